"""Every graded notebook through the real nbgrader: full marks, zero, and the typical mistakes in between."""
from __future__ import annotations

import html
import importlib
import re

import nbformat
import pytest

from autograder.publish.release import available_assignments
from tests.conftest import with_cells

ASSIGNMENTS = available_assignments()


def _cases(assignment):
    module = importlib.import_module(f"tests.exercises.cases_{assignment.split('-')[0]}")
    return module.CASES


def _regions(notebook, begin: str, end: str) -> list[str]:
    """Non-trivial lines between the nbgrader delimiters (solutions or hidden tests) of every cell."""
    lines, inside = [], False
    for cell in notebook.cells:
        for line in cell.source.splitlines():
            if begin in line:
                inside = True
            elif end in line:
                inside = False
            elif inside and len(line.strip()) > 12:
                lines.append(line.strip())
    return lines


def _error_messages(grading_course, assignment, student) -> dict[str, str]:
    path = grading_course.root / "autograded" / student / assignment / f"{assignment}.ipynb"
    nb = nbformat.read(path, as_version=4)
    messages = {}
    for cell in nb.cells:
        gid = cell.metadata.get("nbgrader", {}).get("grade_id")
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                messages[gid] = f"{out['ename']}: {out['evalue']}"
    return messages


def _automatic_points(grading_course, course, assignment) -> float:
    return grading_course.automatic_points(assignment, course.unit_for_assignment(assignment).points)


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_source_scores_full_marks(grading_course, course, assignment):
    """The reference solution gets every automatic point; with the rubric points given through the trainer's own
    code path (``autograder.grading.manual_grading``), exactly the unit's points."""
    unit = course.unit_for_assignment(assignment)
    student = grading_course.submit(assignment, grading_course.source(assignment))
    grading_course.autograde(assignment, student)
    assert grading_course.score(assignment, student) == _automatic_points(grading_course, course, assignment)
    assert grading_course.award_rubric(assignment, student) == unit.points


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_rubric_cells_publish_their_rubric(grading_course, assignment):
    """Every rubric cell carries criteria whose points add up to the cell's, shown in the markdown above it."""
    source = grading_course.source(assignment)
    for index, cell in enumerate(source.cells):
        meta = cell.metadata.get("nbgrader", {})
        if not (meta.get("grade") and meta.get("solution")):
            continue
        criteria = cell.metadata.get("curs", {}).get("rubrica", [])
        assert criteria, f"La cel·la {meta['grade_id']} no té rúbrica a metadata['curs']['rubrica']"
        assert sum(c["punts"] for c in criteria) == meta["points"], meta["grade_id"]
        above = "\n".join(c.source for c in source.cells[max(0, index - 3):index] if c.cell_type == "markdown")
        assert "Com ho valorarà l'equip formador" in above, meta["grade_id"]
        for c in criteria:
            assert c["criteri"] in above, (meta["grade_id"], c["criteri"])


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_release_scores_zero(grading_course, assignment):
    assert grading_course.grade(assignment, grading_course.release(assignment)) == 0


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_release_has_no_solution_and_no_hidden_test(grading_course, assignment):
    source, release = grading_course.source(assignment), grading_course.release(assignment)
    text = "\n".join(c.source for c in release.cells if c.cell_type == "code")
    assert "BEGIN SOLUTION" not in text and "BEGIN HIDDEN TESTS" not in text
    hidden = _regions(source, "BEGIN HIDDEN TESTS", "END HIDDEN TESTS")
    solutions = _regions(source, "BEGIN SOLUTION", "END SOLUTION")
    assert hidden and solutions, "L'exercici ha de tenir solucions i proves ocultes"
    assert [line for line in hidden + solutions if line in text] == []


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_points_match_course(grading_course, course, assignment):
    points = sum(c.metadata["nbgrader"].get("points", 0) for c in grading_course.source(assignment).cells
                 if c.metadata.get("nbgrader", {}).get("grade"))
    assert points == course.unit_for_assignment(assignment).points


@pytest.mark.parametrize("assignment,case", [(a, c) for a in ASSIGNMENTS for c in _cases(a)],
                         ids=lambda v: v if isinstance(v, str) else v[0])
def test_typical_mistake_scores_partial_marks_with_catalan_message(grading_course, assignment, case):
    _, replacements, expected, messages = case
    nb = with_cells(grading_course.source(assignment), replacements)
    student = grading_course.submit(assignment, nb)
    grading_course.autograde(assignment, student)
    assert grading_course.api.get_submission(assignment, student)["score"] == expected
    errors = _error_messages(grading_course, assignment, student)
    for test_id, fragment in messages.items():
        assert fragment in errors.get(test_id, ""), errors


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_every_visible_test_failure_is_a_catalan_sentence(grading_course, assignment):
    """On the empty release, each failing test says something in Catalan, never a bare AssertionError."""
    student = grading_course.submit(assignment, grading_course.release(assignment))
    grading_course.autograde(assignment, student)
    for test_id, message in _error_messages(grading_course, assignment, student).items():
        if test_id and test_id.startswith("test_"):
            assert message not in ("AssertionError: ", "AssertionError"), test_id
            assert re.search(r"[a-zà-ú]{3,} [a-zà-ú]{2,}", message.split(": ", 1)[1]), (test_id, message)


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_deleted_test_cell_is_restored_and_graded(grading_course, course, assignment):
    source = grading_course.source(assignment)
    test_ids = [c.metadata["nbgrader"]["grade_id"] for c in source.cells
                if c.metadata.get("nbgrader", {}).get("grade") and not c.metadata["nbgrader"].get("solution")]
    nb = with_cells(source, {}, delete=(test_ids[0],))
    assert grading_course.grade(assignment, nb) == _automatic_points(grading_course, course, assignment)


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_edited_test_cell_cannot_inflate_the_score(grading_course, assignment):
    release = grading_course.release(assignment)
    tests = {c.metadata["nbgrader"]["grade_id"]: "pass" for c in release.cells
             if c.metadata.get("nbgrader", {}).get("grade")}
    assert grading_course.grade(assignment, with_cells(release, tests)) == 0


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_feedback_hides_hidden_tests_and_their_tracebacks(grading_course, assignment):
    nb = grading_course.release(assignment)
    student = grading_course.submit(assignment, nb)
    grading_course.autograde(assignment, student)
    feedback = html.unescape(re.sub(r"<[^>]+>", "", grading_course.feedback_html(assignment, student)))
    for line in _regions(grading_course.source(assignment), "BEGIN HIDDEN TESTS", "END HIDDEN TESTS"):
        code = line.split(", \"")[0] if line.startswith("assert") else line
        assert code not in feedback, f"La retroacció mostra una prova oculta: {code}"
    assert "HIDDEN TESTS" not in feedback


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_student_version_filled_with_the_answers_scores_full_marks(grading_course, course, assignment):
    """What a learner hands in (the release with right answers) gets every automatic point, hidden tests included."""
    assert grading_course.grade(assignment, grading_course.learner_copy(assignment)) == \
        _automatic_points(grading_course, course, assignment)


def test_typical_mistakes_are_small_edits_of_the_source():
    """A case's ``(old, new)`` edit must match its cell exactly once: a stale case fails loudly, never silently."""
    from tests.conftest import edited

    assert edited("a = 1\nb = 2\n", [("b = 2", "b = 3")]) == "a = 1\nb = 3\n"
    with pytest.raises(AssertionError, match="exactament una vegada"):
        edited("x = 1\nx = 1\n", [("x = 1", "x = 2")])
    with pytest.raises(AssertionError, match="hi surt 0"):
        edited("x = 1\n", [("y", "z")])
