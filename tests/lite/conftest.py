"""The browser edition built once per test session, from the same student versions the grading course uses."""
from __future__ import annotations

import pytest

from autograder.publish.lite.build import build


@pytest.fixture(scope="session")
def lite_site(tmp_path_factory, grading_course):
    """(site folder, build report): ``dist/navegador`` as `make` builds it, in a temporary folder.

    Tests that use it carry ``pytest.mark.xdist_group("navegador")`` so that one worker builds it for all of them.
    """
    tmp = tmp_path_factory.mktemp("navegador")
    report = build(out=tmp / "navegador", work=tmp / "treball", releases=grading_course.root / "release")
    return report["site"], report
