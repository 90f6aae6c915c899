"""Each learner's result for an assignment, task by task: the gradebook's points, the outcome, the test messages.

Feedback pages, the Moodle export and the trainer's report all read results through here, in the learners' own model
of a notebook's tests (:class:`pla.quadern.TestResult`, :class:`pla.quadern.Task`): the same tasks, points and
Catalan messages as the self-check. A hidden test's message is kept apart (``hidden=True``) so that the
learner-facing pages can decide what to show; its source and its traceback are never read.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from autograder.grading import outcomes
from autograder.grading.nbgrader_course import EXERCISES, CourseFolders, course_folders, ensure_tools_on_path
from autograder.grading.outcomes import Outcome
from autograder.moodle_io import roster
from autograder.moodle_io.roster import Participant
from pla.quadern import Tasca, Task, TestResult, model, read_run


@dataclass
class LearnerResult:
    student: str
    participant: Participant | None
    outcome: Outcome | None
    tasks: list[Task] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.participant.display_name if self.participant else self.student

    @property
    def tests(self) -> list[TestResult]:
        """Every graded cell's result (tests and rubric answers), in notebook order."""
        return [t for task in self.tasks for t in task.tests]

    @property
    def has_score(self) -> bool:
        return self.outcome is not None and self.outcome.has_score

    @property
    def score(self) -> float | None:
        """The gradebook's current total: automatic points plus the rubric points the trainer has given."""
        if not self.has_score:
            return None
        return sum(t.earned for t in self.tasks) if self.tasks else self.outcome.score

    @property
    def pending(self) -> list[TestResult]:
        """Rubric cells still waiting for the trainer: until they are graded, the score is not final."""
        return [t for t in self.tests if t.pending]

    @property
    def pending_points(self) -> float:
        return sum(t.points for t in self.pending)


def tasks(course: Path | CourseFolders, assignment: str) -> list[Tasca]:
    """The assignment's tasks and graded cells (tests and rubric answers), read from the trainers' version."""
    return model(nbformat.read(course_folders(course).source_notebook(assignment), as_version=4))


def read_graded(structure: list[Tasca], graded: Path, grades: dict, comments: dict[str, str]) -> list[Task]:
    """One learner's tasks: the verdict of each test read from the graded notebook (:func:`pla.quadern.read_run`),
    with the gradebook's scores, and the trainer's grades and comments on rubric answers."""
    try:
        run = nbformat.read(graded, as_version=4)
    except (OSError, ValueError):
        run = None
    verdicts = read_run(structure, run)
    for result in (t for task in verdicts for t in task.tests):
        grade = grades.get(result.grade_id)
        result.score = None if grade is None else grade.score
        if result.rubric:  # what the cell printed is not a test's message; the trainer's comment is what counts
            result.pending = grade is not None and bool(grade.needs_manual_grade)
            result.comment = comments.get(result.grade_id, "")
        result.passed = not result.pending and result.score is not None and result.score >= result.points
    return verdicts


def load_results(course_root: Path | CourseFolders = EXERCISES, assignment: str = "",
                 db: str | None = None) -> list[LearnerResult]:
    """One result per learner who submitted something (a graded notebook or files without one)."""
    ensure_tools_on_path()
    from nbgrader.api import Gradebook, MissingEntry

    course = course_folders(course_root, db)
    structure = tasks(course, assignment)
    people = roster.by_student(course.root, assignment)
    found = outcomes.load_all(course.root, assignment)
    students = sorted(set(found) | {s for s, p in people.items() if p.submitted})
    results = []
    with Gradebook(course.db_url, course.course_id) as gb:
        for student in students:
            result = LearnerResult(student, people.get(student), found.get(student))
            if result.has_score:
                try:
                    notebook = gb.find_submission_notebook(assignment, assignment, student)
                    grades = {g.name: g for g in notebook.grades}
                    comments = {c.name: c.comment or "" for c in notebook.comments}
                except MissingEntry:
                    grades, comments = {}, {}
                result.tasks = read_graded(structure, course.autograded(student, assignment), grades, comments)
            results.append(result)
    return results
