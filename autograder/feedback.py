"""One accessible HTML feedback page in Catalan per learner and assignment.

Points per task, the result of each test and the visible tests' messages; for the written answers the trainer grades,
the published rubric, the points and the trainer's comment, or that they are still pending (then the score is
provisional). Hidden tests appear by name only
("prova oculta"), with the hint their author wrote when they fail; never their source or traceback, which
:mod:`autograder.results` does not even read.
"""
from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from autograder import roster
from autograder.course import load_course
from autograder.nbgrader_course import EXERCISES
from autograder.results import LearnerResult, load_results

TEMPLATES = Path(__file__).resolve().parent / "templates"


def environment() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]))


def number(value: float | None) -> str:
    """Points as a Catalan reader expects them: 7,5 and 10 (not 7.5 and 10.0)."""
    if value is None:
        return "—"
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def assignment_title(assignment: str) -> str:
    try:
        return load_course().unit_for_assignment(assignment).label
    except KeyError:
        return assignment


def render(result: LearnerResult, title: str) -> str:
    outcome = result.outcome
    tests, rubric = [], []
    for test in result.tests:
        if test.cell.manual:
            rubric.append({"task": test.cell.task, "pending": test.pending, "points": number(test.score or 0),
                           "max": number(test.cell.points), "comment": test.comment,
                           "criteria": [(c.text, number(c.points)) for c in test.cell.criteria]})
            continue
        message = test.message
        if test.cell.hidden and test.passed:
            message = ""  # what a hidden test printed on success is not the learner's business
        tests.append({"task": test.cell.task, "passed": test.passed, "points": number(test.score or 0),
                      "max": number(test.cell.points), "message": message,
                      "kind": "prova oculta" if test.cell.hidden else "prova visible"})
    return environment().get_template("feedback.html.j2").render(
        title=title, name=result.name, tests=tests, rubric=rubric,
        tasks=[(t, number(e), number(a)) for t, e, a in result.tasks()],
        score=number(result.score) if result.has_score else None,
        max_score=number(outcome.max_score) if result.has_score else None,
        pending_points=number(result.pending_points) if result.pending else None,
        reasons=outcome.reasons if outcome else [])


def folder(course_root: Path, assignment: str) -> Path:
    return roster.folder(course_root, assignment) / "feedback"


def write_feedback(assignment: str, course_root: Path = EXERCISES, db: str | None = None) -> dict[str, Path]:
    """Write every learner's page; returns student id → page."""
    course_root = Path(course_root).resolve()
    title = assignment_title(assignment)
    dest = folder(course_root, assignment)
    dest.mkdir(parents=True, exist_ok=True)
    pages = {}
    for result in load_results(course_root, assignment, db):
        page = dest / f"{result.student}.html"
        page.write_text(render(result, title), encoding="utf-8")
        pages[result.student] = page
    return pages
