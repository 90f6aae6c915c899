"""Deleted cells come back where the released notebook has them, whatever order the gradebook returns its rows in.

nbgrader 0.9.6 places a missing cell after "the previous cell" in the gradebook's row order (a query without
ORDER BY). Here the gradebook's ``source_cell`` rows are rewritten with every test cell first: nbgrader's own
``OverwriteCells`` then puts the tests at the top of the notebook, before the code they test; the course's
``RestoreMissingCells`` must still give full marks, on SQLite and on PostgreSQL.
"""
from __future__ import annotations

import shutil

import nbformat
import pytest
from nbformat.v4 import new_markdown_cell

from autograder.grading.grade import default_limits, ensure_assignment, grade
from autograder.grading.kernels.sandbox import probe
from autograder.grading.nbgrader_course import api
from autograder.grading.preprocessors.missing_cells import insertion_index
from autograder.publish.release import available_assignments
from tests.autograder.fixtures.course import ASSIGNMENT, release, source
from tests.autograder.fixtures.gradebook import auto_points, graded_test_ids, nbgrader_ids, shuffle_source_cells
from tests.conftest import with_cells

ASSIGNMENTS = available_assignments()
SANDBOX = probe()


def without_tests(root, assignment: str):
    src = source(root, assignment)
    return with_cells(src, {}, delete=tuple(graded_test_ids(src)))


def _submit(root, assignment: str, student: str, nb) -> None:
    folder = root / "submitted" / student / assignment
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, folder / f"{assignment}.ipynb")


def _all_tests(root) -> set[str]:
    return {gid for a in ASSIGNMENTS for gid in graded_test_ids(source(root, a))}


def _grade_every_assignment(root, db: str | None) -> None:
    limits = default_limits(root, cell_timeout=20, notebook_timeout=120)
    for assignment in ASSIGNMENTS:
        _submit(root, assignment, "sense-proves", without_tests(root, assignment))
        results = grade(assignment, root, db=db, workers=1, limits=limits, sandbox=SANDBOX)
        # Full marks: every test's points (answers a person grades with the rubric wait for that person).
        assert [(o.status, o.score) for o in results] == [("ok", auto_points(source(root, assignment)))], \
            (assignment, results)
        graded = nbformat.read(root / "autograded" / "sense-proves" / assignment / f"{assignment}.ipynb",
                               as_version=4)
        # Every cell is back at its place: the same nbgrader cells, in the released notebook's order.
        assert nbgrader_ids(graded) == nbgrader_ids(release(root, assignment)), assignment


def test_insertion_index_follows_the_reference_order():
    cells = [new_markdown_cell(metadata={"nbgrader": {"grade_id": gid}}) for gid in ("a", "c", "e")]
    cells.insert(2, new_markdown_cell("cel·la afegida per l'alumne"))
    order = ["a", "b", "c", "d", "e", "f"]
    assert insertion_index(cells, order, "b") == 1      # after "a"
    assert insertion_index(cells, order, "d") == 2      # right after "c", before the learner's own cell
    assert insertion_index(cells, order, "f") == 4      # after "e", the last one
    assert insertion_index(cells[1:], ["z", *order], "a") == 0   # nothing before it: before the next one
    assert insertion_index(cells, order, "desconeguda") == 4    # not in the released notebook: at the end


def test_nbgrader_alone_misplaces_tests_on_the_shuffled_gradebook(course_root):
    """The shuffled gradebook really breaks nbgrader's own re-insertion (as two simultaneous runs did): the
    course's fix is what the other tests measure."""
    from nbgrader.preprocessors import (
        CheckCellMetadata,
        ClearOutput,
        DeduplicateIds,
        OverwriteCells,
        OverwriteKernelspec,
    )

    shuffle_source_cells(f"sqlite:///{course_root / 'gradebook.db'}", "xarxes-socials-ap", _all_tests(course_root))
    _submit(course_root, ASSIGNMENT, "sense-proves", without_tests(course_root, ASSIGNMENT))
    upstream = api(course_root, Autograde={"sanitize_preprocessors": [
        ClearOutput, DeduplicateIds, OverwriteKernelspec, OverwriteCells, CheckCellMetadata]})
    result = upstream.autograde(ASSIGNMENT, "sense-proves", force=True, create=True)
    # Either it crashes (the «previous cell» is itself still missing) or it grades tests placed too early.
    if result["success"]:
        assert upstream.get_submission(ASSIGNMENT, "sense-proves")["score"] < auto_points(source(course_root))
    else:
        assert "KeyError" in result["log"] and "overwritecells" in result["log"]


def test_all_correct_without_tests_gets_full_marks_on_shuffled_sqlite(course_root):
    shuffle_source_cells(f"sqlite:///{course_root / 'gradebook.db'}", "xarxes-socials-ap", _all_tests(course_root))
    _grade_every_assignment(course_root, None)


def test_all_correct_without_tests_gets_full_marks_on_shuffled_postgresql(course_root, postgres_db):
    for assignment in ASSIGNMENTS:
        ensure_assignment(course_root, assignment, postgres_db)
    shuffle_source_cells(postgres_db, "xarxes-socials-ap", _all_tests(course_root))
    _grade_every_assignment(course_root, postgres_db)


@pytest.fixture
def course_with_task_and_manual_cells(course_root):
    """Unit 5 with a task cell and a manually graded answer (what the rubric cells are), published again."""
    path = course_root / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    nb = nbformat.read(path, as_version=4)
    first_test = next(i for i, c in enumerate(nb.cells) if c.metadata.get("nbgrader", {}).get("grade_id")
                      in graded_test_ids(nb))
    nb.cells.insert(first_test + 1, new_markdown_cell(
        "Explica en dues frases per què has triat aquests col·lectius.\n\n### BEGIN SOLUTION\nResposta.\n"
        "### END SOLUTION", metadata={"nbgrader": {"grade": True, "solution": True, "locked": False,
                                                   "grade_id": "justificacio", "points": 1, "schema_version": 3}}))
    nb.cells.insert(first_test + 2, new_markdown_cell(
        "Tasca: revisa que els objectius siguin mesurables.", metadata={"nbgrader": {
            "grade": False, "solution": False, "task": True, "locked": True, "grade_id": "tasca_revisio",
            "points": 1, "schema_version": 3}}))
    nbformat.write(nb, path)
    (course_root / "gradebook.db").unlink()
    shutil.rmtree(course_root / "release")
    result = api(course_root).generate_assignment(ASSIGNMENT, force=True, create=True)
    assert result["success"], result["log"][-2000:]
    return course_root


def test_task_and_manually_graded_cells_come_back_in_place(course_with_task_and_manual_cells):
    root = course_with_task_and_manual_cells
    src = source(root)
    shuffle_source_cells(f"sqlite:///{root / 'gradebook.db'}", "xarxes-socials-ap",
                         set(graded_test_ids(src)) | {"justificacio", "tasca_revisio"})
    _submit(root, ASSIGNMENT, "sense-proves", with_cells(src, {}, delete=(
        *graded_test_ids(src), "justificacio", "tasca_revisio")))
    limits = default_limits(root, cell_timeout=20, notebook_timeout=120)
    [outcome] = grade(ASSIGNMENT, root, workers=1, limits=limits, sandbox=SANDBOX)
    # The manual and the task points wait for a person.
    assert outcome.score == auto_points(src)
    assert outcome.max_score == sum(c.metadata["nbgrader"].get("points", 0) for c in src.cells
                                    if c.metadata.get("nbgrader", {}).get("grade") or
                                    c.metadata.get("nbgrader", {}).get("task"))
    graded = nbformat.read(root / "autograded" / "sense-proves" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)
    assert nbgrader_ids(graded) == nbgrader_ids(release(root))
    restored = {c.metadata["nbgrader"]["grade_id"]: c for c in graded.cells
                if c.metadata.get("nbgrader", {}).get("grade_id") in ("justificacio", "tasca_revisio")}
    assert restored["tasca_revisio"].metadata["nbgrader"]["task"] is True
    assert restored["justificacio"].metadata["nbgrader"]["solution"] is True
    assert "faltava al quadern lliurat" in restored["justificacio"].source
