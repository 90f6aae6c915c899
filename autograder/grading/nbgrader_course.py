"""Access to the nbgrader course in ``exercises/`` with its own ``nbgrader_config.py``."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from autograder.model.course import ROOT

EXERCISES = ROOT / "exercises"


def ensure_tools_on_path() -> None:
    """nbgrader runs ``alembic`` as a subprocess when it creates a gradebook: put our venv first on PATH."""
    bindir = str(Path(sys.executable).parent)
    if bindir not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = bindir + os.pathsep + os.environ.get("PATH", "")


def load_config(course_root: Path = EXERCISES, **overrides):
    """The course's nbgrader configuration, with ``CourseDirectory.root`` pointing at ``course_root``."""
    from traitlets.config import Config
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(EXERCISES)).load_config()
    extra = Config()
    extra.CourseDirectory.root = str(course_root)
    for section, values in overrides.items():
        for key, value in values.items():
            extra[section][key] = value
    config.merge(extra)
    return config


def api(course_root: Path = EXERCISES, **overrides):
    ensure_tools_on_path()
    from nbgrader.apps import NbGraderAPI

    return NbGraderAPI(config=load_config(course_root, **overrides))
