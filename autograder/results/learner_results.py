"""Each learner's result for an assignment, test by test: the gradebook's points, the outcome, the test messages.

Feedback pages, the Moodle export and the trainer's report all read results through here. A hidden test's message
is kept apart (``hidden=True``) so that the learner-facing pages can decide what to show; its source and its
traceback are never read.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from autograder.grading import outcomes
from autograder.grading.grade import db_url
from autograder.grading.manual_grading import Criterion, criteria, is_rubric
from autograder.grading.nbgrader_course import EXERCISES, ensure_tools_on_path, load_config
from autograder.grading.outcomes import Outcome
from autograder.grading.preprocessors.execute import KERNEL_STOPPED
from autograder.moodle_io import roster
from autograder.moodle_io.roster import Participant
from pla.explica import explica_error
from pla.quadern import with_tasks


@dataclass(frozen=True)
class TestCell:
    """A graded cell: an automatic test, or (``manual``) a written answer the trainer grades with a rubric."""
    grade_id: str
    task: str
    hidden: bool
    points: float
    manual: bool = False
    criteria: tuple[Criterion, ...] = ()


@dataclass
class TestResult:
    cell: TestCell
    score: float | None
    message: str = ""
    pending: bool = False   # a rubric cell the trainer has not graded yet
    comment: str = ""       # the trainer's comment on a rubric cell

    @property
    def passed(self) -> bool:
        return not self.pending and self.score is not None and self.score >= self.cell.points


@dataclass
class LearnerResult:
    student: str
    participant: Participant | None
    outcome: Outcome | None
    tests: list[TestResult] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.participant.display_name if self.participant else self.student

    @property
    def has_score(self) -> bool:
        return self.outcome is not None and self.outcome.has_score

    @property
    def score(self) -> float | None:
        """The gradebook's current total: automatic points plus the rubric points the trainer has given."""
        if not self.has_score:
            return None
        return sum(t.score or 0.0 for t in self.tests) if self.tests else self.outcome.score

    @property
    def pending(self) -> list[TestResult]:
        """Rubric cells still waiting for the trainer: until they are graded, the score is not final."""
        return [t for t in self.tests if t.pending]

    @property
    def pending_points(self) -> float:
        return sum(t.cell.points for t in self.pending)

    def tasks(self) -> list[tuple[str, float, float]]:
        """(task, points earned, points available) in notebook order."""
        totals: dict[str, list[float]] = {}
        for test in self.tests:
            earned, available = totals.setdefault(test.cell.task, [0.0, 0.0])
            totals[test.cell.task] = [earned + (test.score or 0.0), available + test.cell.points]
        return [(task, e, a) for task, (e, a) in totals.items()]


def test_cells(course_root: Path, assignment: str) -> list[TestCell]:
    """The assignment's graded cells (tests and rubric answers), each with its task (the heading above it) and
    whether it is a hidden test."""
    source = Path(course_root) / "source" / assignment / f"{assignment}.ipynb"
    nb = nbformat.read(source, as_version=4)
    cells = []
    for task, cell in with_tasks(nb, assignment):
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade") and cell.cell_type == "code":
            cells.append(TestCell(meta["grade_id"], task, "BEGIN HIDDEN TESTS" in cell.source,
                                  float(meta.get("points", 0)), is_rubric(cell), criteria(cell)))
    return cells


def _messages(path: Path) -> dict[str, str]:
    """The message each test cell gave: the error's text when it failed, what it printed when it passed."""
    try:
        nb = nbformat.read(path, as_version=4)
    except (OSError, ValueError):
        return {}
    messages = {}
    for cell in nb.cells:
        gid = cell.metadata.get("nbgrader", {}).get("grade_id")
        if not gid or cell.cell_type != "code":
            continue
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        if errors:
            error = errors[-1]
            name, value = error.get("ename", "Error"), (error.get("evalue") or "").strip()
            # The grader's own error (the kernel had stopped) already says in Catalan what happened; a learner's
            # error is explained in the self-check's words.
            messages[gid] = value if name == KERNEL_STOPPED else explica_error(name, value)
        else:
            text = "".join(o.get("text", "") for o in cell.get("outputs", []) if o.get("output_type") == "stream")
            messages[gid] = text.strip()[:600]
    return messages


def load_results(course_root: Path = EXERCISES, assignment: str = "", db: str | None = None) -> list[LearnerResult]:
    """One result per learner who submitted something (a graded notebook or files without one)."""
    ensure_tools_on_path()
    from nbgrader.api import Gradebook, MissingEntry

    course_root = Path(course_root).resolve()
    cells = test_cells(course_root, assignment)
    people = roster.by_student(course_root, assignment)
    found = outcomes.load_all(course_root, assignment)
    students = sorted(set(found) | {s for s, p in people.items() if p.submitted})
    course_id = load_config(course_root).CourseDirectory.course_id
    results = []
    with Gradebook(db_url(course_root, db), course_id) as gb:
        for student in students:
            result = LearnerResult(student, people.get(student), found.get(student))
            if result.has_score:
                try:
                    notebook = gb.find_submission_notebook(assignment, assignment, student)
                    grades = {g.name: g for g in notebook.grades}
                    comments = {c.name: c.comment or "" for c in notebook.comments}
                except MissingEntry:
                    grades, comments = {}, {}
                path = course_root / "autograded" / student / assignment / f"{assignment}.ipynb"
                messages = _messages(path)
                result.tests = [_result(c, grades.get(c.grade_id), messages.get(c.grade_id, ""),
                                        comments.get(c.grade_id, "")) for c in cells]
            results.append(result)
    return results


def _result(cell: TestCell, grade, message: str, comment: str) -> TestResult:
    if grade is None:
        return TestResult(cell, None, message)
    if cell.manual:  # what the cell printed is not a test's message; the trainer's comment is what counts
        return TestResult(cell, grade.score, "", pending=bool(grade.needs_manual_grade), comment=comment)
    return TestResult(cell, grade.score, message)
