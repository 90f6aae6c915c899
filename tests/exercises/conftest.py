"""Fixtures of the exercise tests."""
from __future__ import annotations

import pytest


@pytest.fixture
def learner_environment(monkeypatch):
    """The kernels run as a learner's: not under nbgrader nor under the command-line self-check."""
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    monkeypatch.delenv("CURS_AUTOCOMPROVACIO", raising=False)
