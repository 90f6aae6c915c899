"""Shared fixtures: the course description and a throw-away nbgrader course graded with the real nbgrader."""
from __future__ import annotations

import copy
import fcntl
import itertools
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from autograder.grading.manual_grading import read_rubric_cells, record_grade
from autograder.grading.nbgrader_course import api, course_folders
from autograder.model.course import ROOT, load_course
from autograder.publish.release import release


@pytest.fixture(scope="session")
def course():
    return load_course()


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """``--dist loadgroup``: pytest-xdist (3.8) puts a test's ``xdist_group`` into its id by setting
    ``item._nodeid``, which pytest 9 no longer reads (the id lives in ``item._id``). Without this every test is
    its own group, and each worker builds the book and the browser edition for itself."""
    if not getattr(config.option, "loadgroup", False):
        return
    from _pytest.nodeid import coerce_node_id

    for item in items:
        grouped = item.__dict__.get("_nodeid")
        if grouped and grouped != item.nodeid:
            item._id = coerce_node_id(grouped)


KERNEL_START_FAILURES = ("Kernel didn't respond", "Kernel died before replying")


class GradingCourse:
    """A copy of ``exercises/source`` in a temporary folder, with its own gradebook.

    ``grade(assignment, notebook)`` submits a notebook as a new student and returns nbgrader's score right after
    ``autograde``: the *automatic* score, where a rubric cell (a manually graded answer) still counts 0 because it
    waits for the trainer. ``award_rubric`` then gives rubric points through the trainer's own code path.
    """

    _ids = itertools.count(1)

    def __init__(self, root: Path, released: Path):
        self.root = root
        self.folders = course_folders(root)
        shutil.copytree(released, root, dirs_exist_ok=True)
        self.api = api(root)

    def source(self, assignment: str) -> nbformat.NotebookNode:
        return nbformat.read(self.folders.source_notebook(assignment), as_version=4)

    def release(self, assignment: str) -> nbformat.NotebookNode:
        return nbformat.read(self.folders.release_notebook(assignment), as_version=4)

    def learner_copy(self, assignment: str, answers: dict[str, str] | None = None) -> nbformat.NotebookNode:
        """The student version with every answer cell filled in as the solution (or ``answers``), as a
        learner would hand it in: no hidden test and checksums intact."""
        solutions = {c.metadata["nbgrader"]["grade_id"]: c.source for c in self.source(assignment).cells
                     if c.metadata.get("nbgrader", {}).get("solution")}
        filled = {gid: "\n".join(line for line in src.splitlines() if "### BEGIN SOLUTION" not in line
                                 and "### END SOLUTION" not in line) for gid, src in solutions.items()}
        filled.update(answers or {})
        return with_cells(self.release(assignment), filled)

    def submit(self, assignment: str, notebook, student: str | None = None) -> str:
        student = student or f"alumne{next(self._ids):03d}"
        target = self.folders.submitted(student, assignment)
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(notebook, (str, bytes)):
            target.write_text(notebook if isinstance(notebook, str) else notebook.decode(), encoding="utf-8")
        else:
            nbformat.write(notebook, target)
        return student

    def autograde(self, assignment: str, student: str) -> dict:
        """nbgrader's autograde, tried again when the kernel failed to start: on a loaded 2-core machine two kernels
        starting at once can race for the same ports («Kernel died before replying to kernel_info»)."""
        for _ in range(3):
            result = self.api.autograde(assignment, student, force=True, create=True)
            if result["success"] or not any(k in result["log"] for k in KERNEL_START_FAILURES):
                break
        assert result["success"], result["log"][-3000:]
        return result

    def grade(self, assignment: str, notebook, student: str | None = None) -> float:
        """The automatic score (rubric points pending count 0)."""
        student = self.submit(assignment, notebook, student)
        self.autograde(assignment, student)
        return self.score(assignment, student)

    def score(self, assignment: str, student: str) -> float:
        return self.api.get_submission(assignment, student)["score"]

    def rubric_points(self, assignment: str) -> dict[str, float]:
        """grade_id → points of each rubric cell (manually graded answer) of the assignment."""
        return {c.grade_id: c.points for c in read_rubric_cells(self.source(assignment))}

    def automatic_points(self, assignment: str, unit_points: float) -> float:
        return unit_points - sum(self.rubric_points(assignment).values())

    def award_rubric(self, assignment: str, student: str, scores: dict[str, float] | None = None,
                     comment: str = "") -> float:
        """Give rubric points (all of them unless ``scores``) as a trainer does; returns the new total score."""
        total = None
        for grade_id, points in (scores or self.rubric_points(assignment)).items():
            total = record_grade(self.root, assignment, student, grade_id, points, comment)
        return self.score(assignment, student) if total is None else total

    def feedback_html(self, assignment: str, student: str) -> str:
        result = self.api.generate_feedback(assignment, student, force=True)
        assert result["success"], result["log"][-3000:]
        return self.folders.feedback(student, assignment).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def released_course(tmp_path_factory) -> Path:
    """``exercises/source`` with its student versions and its gradebook (``release``, nbgrader's
    ``generate_assignment``), made once per test run and shared by pytest-xdist's workers, as in xdist's guide
    («Making session-scoped fixtures execute only once»): the first worker makes it, the others wait for it.

    Read only: every fixture that uses it works on a copy of its own."""
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the folder of the whole run, above each worker's own
    folder = shared / "curs-publicat"
    with open(shared / "curs-publicat.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not folder.exists():
            work = shared / "curs-publicat.tmp"
            shutil.rmtree(work, ignore_errors=True)
            publish_course(work).rename(folder)
    return folder


def publish_course(folder: Path) -> Path:
    """A copy of ``exercises/source`` in ``folder``, with its student versions and its gradebook."""
    shutil.copytree(course_folders().source(), course_folders(folder).source())
    release(course_root=folder)
    return folder


@pytest.fixture(scope="session")
def grading_course(tmp_path_factory, released_course):
    return GradingCourse(tmp_path_factory.mktemp("curs-nbgrader"), released_course)


def edited(source: str, edits, where: str = "") -> str:
    """``source`` with each ``(old, new)`` applied by ``str.replace``; each ``old`` must occur exactly once."""
    for old, new in edits:
        count = source.count(old)
        assert count == 1, f"«{old}» ha de sortir exactament una vegada a la cel·la {where} (hi surt {count})"
        source = source.replace(old, new)
    return source


def with_cells(notebook, replacements: dict, delete: tuple[str, ...] = ()):
    """A copy of ``notebook`` with some cells (by nbgrader grade_id) changed or deleted.

    Each value of ``replacements`` is either the cell's whole new source (a string) or a list of small edits,
    ``[(old, new), …]``, applied in order to the cell's source (see ``edited``).
    """
    nb = copy.deepcopy(notebook)
    ids = {c.metadata.get("nbgrader", {}).get("grade_id") for c in nb.cells}
    missing = (set(replacements) | set(delete)) - ids
    assert not missing, f"Cel·les inexistents: {missing}"
    nb.cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") not in delete]
    for cell in nb.cells:
        gid = cell.metadata.get("nbgrader", {}).get("grade_id")
        if gid in replacements:
            change = replacements[gid]
            cell.source = change if isinstance(change, str) else edited(cell.source, change, gid)
    return nb


@pytest.fixture(scope="session")
def root():
    return ROOT


# What a copy of the repository for a book build leaves out: generated or heavy folders, by where they are.
SKIP = {ROOT: {".git", ".venv", "node_modules", "_build", "dist", ".pytest_cache"},
        ROOT / "exercises": {"release", "submitted", "autograded", "feedback", "gradebook.db", "exchange",
                             "outcomes", "lms"}}


def _ignored(folder: str, names: list[str]) -> set[str]:
    skip = SKIP.get(Path(folder), set())
    return {n for n in names if n in skip or n == "__pycache__" or n.endswith(".egg-info")}


def build_book(out: Path, builder: str = "html", released: Path | None = None) -> Path:
    """Build the book as `make` does (student versions, then Jupyter Book with warnings as errors), from a copy of
    the repository in ``out``, so that no test run shares exercises/release with another or with a trainer.
    ``released``: a course already released from the same sources (``released_course``), whose student versions
    are copied instead of made again.

    A second build in the same ``out`` (another builder, as `make pdf` after `make`) reuses the copy, the executed
    notebooks (jupyter-cache) and Sphinx's doctrees, as a second `make` target does in the repository."""
    src = out / "curs"
    if not src.exists():
        shutil.copytree(ROOT, src, ignore=_ignored)
        if released:
            shutil.copytree(released / "release", src / "exercises" / "release")
        else:
            release(course_root=src / "exercises")
    jb = Path(sys.executable).parent / "jupyter-book"
    result = subprocess.run([str(jb), "build", str(src), "--builder", builder, "--path-output", str(out),
                             "--warningiserror", "--nitpick", "--keep-going"], capture_output=True, text=True)
    assert result.returncode == 0, (result.stdout + result.stderr)[-6000:]
    return out / "_build" / builder


@pytest.fixture(scope="session")
def site(tmp_path_factory, released_course):
    """The book built once per test session (see ``build_book``).

    Tests that use it carry ``pytest.mark.xdist_group("book")`` so that one worker builds it for all of them.
    """
    return build_book(tmp_path_factory.mktemp("llibre"), released=released_course)
