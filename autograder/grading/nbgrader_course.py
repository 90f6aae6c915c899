"""The nbgrader course in ``exercises/`` (or any copy of it), with its own ``nbgrader_config.py``, and where its files are.

:class:`CourseFolders` is the one place that knows the course's paths: nbgrader's own folders (``source``,
``release``, ``submitted``, ``autograded``, ``feedback``, as nbgrader's ``CourseDirectory`` names them in the
course's configuration), the gradebook, and this project's own folders beside them (``lms/`` for what comes from and
goes back to Moodle, ``outcomes/`` for what happened to each submission).
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import cached_property
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


@dataclass(frozen=True)
class CourseFolders:
    """One nbgrader course: its folder, its gradebook (``db``: a URL such as ``postgresql://…``, or ``None`` for the
    course's SQLite file) and the path of everything in it."""

    root: Path
    db: str | None = None

    def __post_init__(self):
        object.__setattr__(self, "root", Path(self.root).resolve())

    @cached_property
    def config(self):
        """The course's nbgrader configuration (read once)."""
        return load_config(self.root)

    @cached_property
    def _coursedir(self):
        from nbgrader.coursedir import CourseDirectory

        return CourseDirectory(config=self.config)

    @property
    def course_id(self) -> str:
        return self.config.CourseDirectory.course_id

    @property
    def db_url(self) -> str:
        """The gradebook: ``db`` when given, else the course's SQLite file."""
        return self.db or f"sqlite:///{self.root / 'gradebook.db'}"

    def _step(self, step: str, student: str, assignment: str) -> Path:
        """nbgrader's folder of ``assignment`` at one step (``{nbgrader_step}/{student_id}/{assignment_id}``)."""
        name = getattr(self._coursedir, f"{step}_directory")
        return Path(self._coursedir.format_path(name, student, assignment))

    def source(self, assignment: str = "") -> Path:
        """The trainers' version of ``assignment`` (the folder with every assignment when none is given)."""
        return self._step("source", ".", assignment)

    def source_notebook(self, assignment: str) -> Path:
        return self.source(assignment) / f"{assignment}.ipynb"

    def release(self, assignment: str = "") -> Path:
        """The learners' version of ``assignment`` (the folder with every assignment when none is given)."""
        return self._step("release", ".", assignment)

    def release_notebook(self, assignment: str) -> Path:
        return self.release(assignment) / f"{assignment}.ipynb"

    def submitted(self, student: str, assignment: str) -> Path:
        """The notebook ``student`` handed in for ``assignment`` (where ``collect`` writes it)."""
        return self._step("submitted", student, assignment) / f"{assignment}.ipynb"

    def submitted_students(self, assignment: str) -> list[str]:
        """The students with a submitted notebook for ``assignment``, sorted."""
        pattern = self.submitted("*", assignment).relative_to(self.root)
        where = pattern.parts.index("*")
        return sorted({path.relative_to(self.root).parts[where] for path in self.root.glob(str(pattern))})

    def autograded(self, student: str, assignment: str) -> Path:
        """The notebook as nbgrader graded it (run, with its test cells restored)."""
        return self._step("autograded", student, assignment) / f"{assignment}.ipynb"

    def feedback(self, student: str, assignment: str) -> Path:
        """nbgrader's own feedback page (``nbgrader generate_feedback``)."""
        return self._step("feedback", student, assignment) / f"{assignment}.html"

    def lms(self, assignment: str) -> Path:
        """What comes from and goes back to Moodle for ``assignment``: roster, worksheet, feedback pages, export."""
        return self.root / "lms" / assignment

    def outcomes(self, assignment: str) -> Path:
        """What happened to each submission of ``assignment`` (:mod:`autograder.grading.outcomes`)."""
        return self.root / "outcomes" / assignment


def course_folders(course: Path | str | CourseFolders = EXERCISES, db: str | None = None) -> CourseFolders:
    """The course as :class:`CourseFolders`, from its folder or as it is (``db`` given only with a folder)."""
    if isinstance(course, CourseFolders):
        return course if db is None or db == course.db else CourseFolders(course.root, db)
    return CourseFolders(Path(course), db)


def api(course_root: Path | CourseFolders = EXERCISES, **overrides):
    ensure_tools_on_path()
    from nbgrader.apps import NbGraderAPI

    return NbGraderAPI(config=load_config(course_folders(course_root).root, **overrides))
