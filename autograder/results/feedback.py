"""One accessible HTML feedback page in Catalan per learner and assignment.

Points per task, the result of each test and the visible tests' messages; for the written answers the trainer grades,
the published rubric, the points and the trainer's comment, or that they are still pending (then the score is
provisional). Hidden tests appear by name only
("prova oculta"), with the hint their author wrote when they fail; never their source or traceback, which
:mod:`autograder.results.learner_results` does not even read, nor what they printed when they passed, which the
learners' model of a notebook's tests does not keep (:func:`pla.quadern.read_run`).
"""
from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from autograder.grading.nbgrader_course import EXERCISES, CourseFolders, course_folders
from autograder.model.course import load_course
from autograder.results.learner_results import LearnerResult, load_results
from pla.comu import format_nombre

TEMPLATES = Path(__file__).resolve().parent / "templates"


def environment() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]))


def render(result: LearnerResult, title: str) -> str:
    outcome = result.outcome
    tests, rubric = [], []
    for test in result.tests:
        if test.rubric:
            rubric.append({"task": test.task, "pending": test.pending, "points": format_nombre(test.score or 0),
                           "max": format_nombre(test.points), "comment": test.comment,
                           "criteria": [(c.text, format_nombre(c.points)) for c in test.criteria]})
            continue
        tests.append({"task": test.task, "passed": test.passed, "points": format_nombre(test.score or 0),
                      "max": format_nombre(test.points), "message": test.message,
                      "kind": "prova oculta" if test.hidden else "prova visible"})
    return environment().get_template("feedback.html.j2").render(
        title=title, name=result.name, tests=tests, rubric=rubric,
        tasks=[(t.title, format_nombre(t.earned), format_nombre(t.points)) for t in result.tasks],
        score=format_nombre(result.score) if result.has_score else None,
        max_score=format_nombre(outcome.max_score) if result.has_score else None,
        pending_points=format_nombre(result.pending_points) if result.pending else None,
        reasons=outcome.reasons if outcome else [])


def folder(course_root: Path | CourseFolders, assignment: str) -> Path:
    return course_folders(course_root).lms(assignment) / "feedback"


def write_feedback(assignment: str, course_root: Path | CourseFolders = EXERCISES,
                   db: str | None = None) -> dict[str, Path]:
    """Write every learner's page; returns student id → page."""
    course = course_folders(course_root, db)
    title = load_course().assignment_title(assignment)
    dest = folder(course, assignment)
    dest.mkdir(parents=True, exist_ok=True)
    pages = {}
    for result in load_results(course, assignment):
        page = dest / f"{result.student}.html"
        page.write_text(render(result, title), encoding="utf-8")
        pages[result.student] = page
    return pages
