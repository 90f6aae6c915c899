"""Rubric points: the written answers that the trainer grades by hand, in nbgrader's own gradebook.

A rubric cell is an nbgrader *manually graded answer* (``solution`` and ``grade``) whose metadata carries the
published rubric, ``metadata["curs"]["rubrica"] = [{"criteri": …, "punts": n}, …]``. ``nbgrader autograde`` leaves
it "needs manual grade" (it counts 0 until a person grades it) unless the learner left it untouched (then 0 for "no
answer"). The trainer's score and comment are written here exactly as nbgrader's formgrader writes them
(``Grade.manual_score``, ``Comment.manual_comment``, ``needs_manual_grade``), so formgrader, ``nbgrader export`` and
this course's tools all see the same grades.
"""
from __future__ import annotations

from pathlib import Path

import nbformat

from autograder.errors import AutograderError
from autograder.grading.nbgrader_course import CourseFolders, course_folders, ensure_tools_on_path
from pla.comu import format_nombre
from pla.quadern import Cell, model


class ManualGradeError(AutograderError, ValueError):
    """A manual grade that cannot be recorded; the message is a Catalan sentence for the trainer."""


def read_rubric_cells(notebook) -> list[Cell]:
    """The rubric cells of a notebook (source version): the manually graded answers a person scores, each with its
    task and published rubric (:func:`pla.quadern.model`)."""
    return [c for task in model(notebook) for c in task.cells if c.kind == "rubric"]


def rubric_cells(course_root: Path | CourseFolders, assignment: str) -> list[Cell]:
    return read_rubric_cells(nbformat.read(course_folders(course_root).source_notebook(assignment), as_version=4))


def _gradebook(course_root: Path | CourseFolders, db: str | None):
    ensure_tools_on_path()
    from nbgrader.api import Gradebook

    course = course_folders(course_root, db)
    return Gradebook(course.db_url, course.course_id)


def record_grade(course_root: Path, assignment: str, student: str, grade_id: str, score: float,
                 comment: str = "", db: str | None = None) -> float:
    """Record the trainer's score (and comment) for one rubric cell; returns the submission's new total.

    The same writes as nbgrader's formgrader: the manual score takes precedence over the automatic one and the cell
    no longer needs a manual grade.
    """
    from nbgrader.api import MissingEntry

    course_root = Path(course_root).resolve()
    cells = {c.grade_id: c for c in rubric_cells(course_root, assignment)}
    if grade_id not in cells:
        raise ManualGradeError(f"La cel·la «{grade_id}» no és cap resposta valorada per l'equip formador a "
                               f"«{assignment}». Les que hi ha: {', '.join(cells) or 'cap'}.")
    cell = cells[grade_id]
    if not 0 <= score <= cell.points:
        raise ManualGradeError(f"La puntuació de «{grade_id}» ha de ser entre 0 i {cell.points:g} punts; "
                               f"has escrit {score:g}.")
    with _gradebook(course_root, db) as gb:
        try:
            grade = gb.find_grade(grade_id, assignment, assignment, student)
        except MissingEntry:
            raise ManualGradeError(f"No hi ha cap lliurament corregit de «{student}» per a «{assignment}»: "
                                   "executa primer «autograder corregeix».") from None
        grade.manual_score = float(score)
        grade.needs_manual_grade = False
        if comment is not None:
            gb.find_comment(grade_id, assignment, assignment, student).manual_comment = comment.strip() or None
        gb.db.commit()
        return gb.find_submission(assignment, student).score


def pending(course_root: Path, assignment: str, db: str | None = None) -> dict[str, list[str]]:
    """student → the rubric cells still waiting for the trainer, from the gradebook."""
    rubric = [c.grade_id for c in rubric_cells(course_root, assignment)]
    waiting: dict[str, list[str]] = {}
    if not rubric:
        return waiting
    with _gradebook(Path(course_root).resolve(), db) as gb:
        from nbgrader.api import MissingEntry

        try:
            submissions = gb.find_assignment(assignment).submissions
        except MissingEntry:
            return waiting
        for submission in submissions:
            for notebook in submission.notebooks:
                cells = [g.name for g in notebook.grades if g.name in rubric and g.needs_manual_grade]
                if cells:
                    waiting.setdefault(submission.student.id, []).extend(sorted(cells, key=rubric.index))
    return dict(sorted(waiting.items()))


def answer_text(course_root: Path, assignment: str, student: str, grade_id: str) -> str:
    """What the learner wrote in a rubric cell, as graded: the string's text when the cell assigns one string."""
    import ast

    course = course_folders(course_root)
    path = course.autograded(student, assignment)
    if not path.exists():
        path = course.submitted(student, assignment)
    try:
        nb = nbformat.read(path, as_version=4)
    except (OSError, ValueError):
        return ""
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == grade_id:
            try:
                tree = ast.parse(cell.source)
            except SyntaxError:
                return cell.source
            strings = [node.value.value for node in tree.body if isinstance(node, ast.Assign)
                       and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)]
            return "\n\n".join(s.strip() for s in strings) if len(strings) == len(tree.body) and strings \
                else cell.source
    return ""


def rubric_comment(cell: Cell, scores: list[float], comment: str = "") -> str:
    """The comment the learner reads: the points of each criterion, then the trainer's own words."""

    lines = [f"{c.text}: {format_nombre(s)} de {format_nombre(c.points)}." for c, s in zip(cell.criteria, scores)]
    if comment.strip():
        lines.append(comment.strip())
    return "\n".join(lines)
