"""The learners' self-check: a verdict per task that agrees with nbgrader's own validation."""
from __future__ import annotations

import nbformat
import pytest
from nbgrader.validator import Validator

from autograder.publish.release import available_assignments
from pla.comprova_fitxer import check, kernel_config
from tests.conftest import with_cells
from tests.exercises.cases_u05 import DATE_WRONG

A = "u05-pla-objectius"
ASSIGNMENTS = available_assignments()


@pytest.fixture
def write(tmp_path):
    def _write(nb, name=f"{A}.ipynb"):
        path = tmp_path / name
        nbformat.write(nb, path)
        return path
    return _write


def _failing_visible(report) -> set[str]:
    return {t.grade_id for task in report.tasks for t in task.failing}


def _failing_validator(path, nb) -> set[str]:
    result = Validator(config=kernel_config()).validate(str(path))
    sources = [f["source"].strip() for f in result.get("failed", [])]
    # Only autograded tests: a rubric answer (grade + solution) is scored by a trainer, never by the self-check.
    return {c.metadata["nbgrader"]["grade_id"] for c in nb.cells
            if c.metadata.get("nbgrader", {}).get("grade") and not c.metadata["nbgrader"].get("solution")
            and c.source.strip() in sources}


def test_release_says_every_task_is_pending(grading_course, write):
    report = check(write(grading_course.release(A)))
    assert [t.status for t in report.tasks] == ["pendent", "pendent", "pendent", "pendent"]
    assert report.earned == 0 and report.visible_points == 6
    assert "encara no l'has feta" in report.text()
    assert "1 punt més depèn de proves ocultes" in report.text()
    assert "2 punts els valora l'equip formador" in report.text()  # the self-check's and the feedback's words


def test_solution_passes_every_visible_test(grading_course, write):
    report = check(write(grading_course.learner_copy(A)))
    assert report.ok and report.earned == report.visible_points == 6
    assert report.problems == []


def test_a_mistake_is_told_apart_from_a_pending_task(grading_course, write):
    report = check(write(with_cells(grading_course.learner_copy(A), DATE_WRONG)))
    assert [t.status for t in report.tasks] == ["correcta", "amb errors", "correcta", "correcta"]
    assert "la data límit «30/04/2027» no és vàlida" in report.text() and report.earned == 4


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
@pytest.mark.parametrize("variant", ["release", "answered"])
def test_every_assignment_verdict_agrees_with_nbgrader_validate(grading_course, write, assignment, variant):
    nb = grading_course.release(assignment) if variant == "release" else grading_course.learner_copy(assignment)
    path = write(nb, f"{assignment}.ipynb")
    report = check(path)
    assert _failing_visible(report) == _failing_validator(path, nb)
    if variant == "answered":
        assert report.ok, report.text()
    else:
        assert report.earned == 0 and all(t.status == "pendent" for t in report.tasks), report.text()


@pytest.mark.parametrize("variant", ["release", "source", "mistake"])
def test_verdict_agrees_with_nbgrader_validate(grading_course, write, variant):
    nb = {"release": grading_course.release(A), "source": grading_course.learner_copy(A),
          "mistake": with_cells(grading_course.learner_copy(A), DATE_WRONG)}[variant]
    path = write(nb)
    assert _failing_visible(check(path)) == _failing_validator(path, nb)


def test_altered_and_deleted_test_cells_are_reported(grading_course, write):
    release = grading_course.release(A)
    released_path = grading_course.root / "release" / A / f"{A}.ipynb"
    altered = with_cells(release, {"test_collectius": "print('ok')"}, delete=("test_xarxes",))
    report = check(write(altered), released=released_path)
    assert any("«test_collectius» s'ha modificat" in p for p in report.problems)
    assert any("falta la cel·la de proves «test_xarxes»" in p for p in report.problems)
    assert not report.ok


def test_a_broken_file_gets_a_catalan_message(tmp_path):
    path = tmp_path / "trencat.ipynb"
    path.write_text("{ això no és JSON", encoding="utf-8")
    report = check(path)
    assert report.problems == ["el fitxer no és un quadern de Jupyter vàlid (NotJSONError)."] or \
        report.problems[0].startswith("el fitxer no és un quadern de Jupyter vàlid")
    assert "Comprovació de trencat.ipynb" in report.text()


def test_each_check_kernel_has_sockets_of_its_own():
    """Two checks starting at once cannot be given the same TCP port: each kernel gets Unix sockets of its own."""
    from pla.comprova_fitxer import kernel_config

    first, second = kernel_config(), kernel_config()
    assert first.KernelManager.transport == second.KernelManager.transport == "ipc"
    assert first.KernelManager.ip != second.KernelManager.ip
