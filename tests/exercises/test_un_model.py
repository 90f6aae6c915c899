"""One model of a notebook's tests (issue #15.4): the self-check in the kernel, the self-check of the saved file, the
learner results read from nbgrader's gradebook and the feedback page give the same tasks, points and messages for
the same notebook with a typical mistake."""
from __future__ import annotations

import html
import re

import nbformat
import pytest

from autograder.grading import outcomes
from autograder.grading.nbgrader_course import course_folders
from autograder.grading.outcomes import OK, Outcome
from autograder.results.feedback import render
from autograder.results.learner_results import load_results
from pla.comprova_fitxer import check
from pla.comu import format_nombre
from pla.quadern import heading_points, task_title
from tests.exercises.cases_u05 import CASES
from tests.exercises.test_comprova_nucli import run

A = "u05-pla-objectius"
CASE = "objectiu_sense_necessitat"   # a visible and a hidden test fail
IN_KERNEL = ("import json\nfrom pla.comprova import avalua\n_r = avalua()\n"
             "print(json.dumps([[t.title, t.points, [[r.grade_id, r.hidden, r.rubric, r.points, r.passed, r.message]"
             " for r in t.tests]] for t in _r.tasks]))")


pytestmark = pytest.mark.usefixtures("learner_environment")


def _plain(tasks) -> list:
    return [[t.title, t.points, [[r.grade_id, r.hidden, r.rubric, r.points, r.passed, r.message] for r in t.tests]]
            for t in tasks]


def _in_kernel(nb, folder) -> list:
    return run(nb, folder, last_cell=IN_KERNEL)[1]


def _visible(plain: list) -> list:
    """What a learner can check before handing in: each task's visible tests, whether they pass and, when they fail,
    their message."""
    return [[title, [[gid, passed, "" if passed else message] for gid, hidden, rubric, _, passed, message in tests
                     if not hidden and not rubric]] for title, _, tests in plain]


def _structure(plain: list) -> list:
    """Tasks, their points and each graded cell's id, kind and points."""
    return [[title, points, [[gid, hidden, rubric, pts] for gid, hidden, rubric, pts, *_ in tests]]
            for title, points, tests in plain]


def test_self_check_results_and_feedback_agree_on_a_typical_mistake(grading_course, tmp_path):
    name, edits, automatic, fragments = next(case for case in CASES if case[0] == CASE)
    nb = grading_course.learner_copy(A)
    for cell in nb.cells:
        for old, new in edits.get(cell.metadata.get("nbgrader", {}).get("grade_id"), []):
            assert cell.source.count(old) == 1
            cell.source = cell.source.replace(old, new)
    path = tmp_path / f"{A}.ipynb"
    nbformat.write(nb, path)

    # The learner's two self-checks, on the copy they hand in.
    kernel = _in_kernel(nb, tmp_path)
    saved = _plain(check(path, released=course_folders(grading_course.root).release_notebook(A)).tasks)
    # The trainers' side: the real nbgrader grades it; the results are read back from its gradebook.
    student = grading_course.submit(A, nb)
    grading_course.autograde(A, student)
    score = grading_course.score(A, student)
    assert score == automatic
    outcomes.save(grading_course.root, Outcome(A, student, OK, score=score, max_score=10.0))
    result = next(r for r in load_results(grading_course.root, A) if r.student == student)
    graded = _plain(result.tasks)

    # The same tasks, points and cells everywhere, in notebook order.
    assert _structure(kernel) == _structure(saved) == _structure(graded)
    headings = {task_title(c.source): heading_points(c.source) for c in nb.cells
                if c.cell_type == "markdown" and task_title(c.source)}
    assert len(headings) == 4 and {t[0]: t[1] for t in kernel} == headings
    assert sum(headings.values()) == 10
    # The same verdict and the same Catalan sentence for every visible test.
    assert _visible(kernel) == _visible(saved) == _visible(graded)
    failing = {gid: message for _, _, tests in graded for gid, hidden, rubric, _, passed, message in tests
               if not rubric and not passed}
    assert set(failing) == set(fragments)
    for gid, fragment in fragments.items():
        assert fragment in failing[gid], (gid, failing[gid])
    assert sum(t.earned for t in result.tasks) == automatic == result.score

    # The feedback page shows those tasks with their points and those sentences, and nothing of the hidden tests' code.
    page = re.sub(r"\s+", " ", html.unescape(render(result, "Unitat 5")))
    for task in result.tasks:
        assert re.search(rf"<th scope=\"row\">{re.escape(task.title)}</th><td>{format_nombre(task.earned)}</td>"
                         rf"<td>{format_nombre(task.points)}</td>", page), task.title
    for message in failing.values():
        assert re.sub(r"\s+", " ", message) in page
    hidden_source = [c.source for c in grading_course.source(A).cells if "BEGIN HIDDEN TESTS" in c.source]
    assert hidden_source
    for source in hidden_source:
        hidden = source.split("BEGIN HIDDEN TESTS", 1)[1]
        for line in (ln.strip() for ln in hidden.splitlines()):
            if line.startswith(("assert", "from ", "import ")) or " = " in line:
                assert line not in page, line


def test_a_test_the_stopped_kernel_could_not_run_says_so_in_catalan():
    """The grader marks the cells a stopped kernel could not run with its own error name and a Catalan message;
    the learners' model shows that message as it is (the feedback, the report and nbgrader's own pages)."""
    from autograder.grading.preprocessors.execute import KERNEL_STOPPED
    from pla.explica import NUCLI_ATURAT, explica_error
    from pla.quadern import cell_error, message

    assert KERNEL_STOPPED == NUCLI_ATURAT
    said = "El nucli s'havia aturat abans d'aquesta cel·la: no s'ha pogut executar."
    cell = {"outputs": [{"output_type": "stream", "text": "hola"},
                        {"output_type": "error", "ename": KERNEL_STOPPED, "evalue": said, "traceback": []}]}
    assert cell_error(cell) == (NUCLI_ATURAT, said)
    assert message(cell_error(cell)) == message(cell_error(cell), pending=True) == said
    assert explica_error("NameError", "name 'x' is not defined") != said
