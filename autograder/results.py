"""Each learner's result for an assignment, test by test: the gradebook's points, the outcome, the test messages.

Feedback pages, the Moodle export and the trainer's report all read results through here. A hidden test's message
is kept apart (``hidden=True``) so that the learner-facing pages can decide what to show; its source and its
traceback are never read.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from autograder import outcomes, roster
from autograder.grade import db_url
from autograder.nbgrader_course import EXERCISES, ensure_tools_on_path, load_config
from autograder.outcomes import Outcome
from autograder.roster import Participant
from pla.explica import explica_error
from pla.quadern import model


@dataclass(frozen=True)
class TestCell:
    grade_id: str
    task: str
    hidden: bool
    points: float


@dataclass
class TestResult:
    cell: TestCell
    score: float | None
    message: str = ""

    @property
    def passed(self) -> bool:
        return self.score is not None and self.score >= self.cell.points


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

    def tasks(self) -> list[tuple[str, float, float]]:
        """(task, points earned, points available) in notebook order."""
        totals: dict[str, list[float]] = {}
        for test in self.tests:
            earned, available = totals.setdefault(test.cell.task, [0.0, 0.0])
            totals[test.cell.task] = [earned + (test.score or 0.0), available + test.cell.points]
        return [(task, e, a) for task, (e, a) in totals.items()]


def test_cells(course_root: Path, assignment: str) -> list[TestCell]:
    """The assignment's graded cells, each with its task (as the heading above it, the self-check and the heading's
    points name it: :func:`pla.quadern.model`) and whether it is hidden."""
    source = Path(course_root) / "source" / assignment / f"{assignment}.ipynb"
    nb = nbformat.read(source, as_version=4)
    return [TestCell(cell.grade_id, task.title, "BEGIN HIDDEN TESTS" in cell.source, cell.points)
            for task in model(nb) for cell in task.cells if cell.kind in ("test", "rubric")]


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
            value = (error.get("evalue") or "").strip()
            messages[gid] = explica_error(error.get("ename", "Error"), value)  # the self-check's words
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
                    grades = {g.name: g.score for g in
                              gb.find_submission_notebook(assignment, assignment, student).grades}
                except MissingEntry:
                    grades = {}
                path = course_root / "autograded" / student / assignment / f"{assignment}.ipynb"
                messages = _messages(path)
                result.tests = [TestResult(c, grades.get(c.grade_id), messages.get(c.grade_id, "")) for c in cells]
            results.append(result)
    return results
