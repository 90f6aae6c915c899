"""The learner inside Jupyter: the in-kernel self-check, the Catalan error messages and «Run All» past unfinished tasks.

Every notebook runs in a real kernel (nbclient, which honours the ``raises-exception`` tag as JupyterLab does).
The in-kernel self-check (``pla.comprova``) must give the same verdicts as ``autograder comprova`` (a fresh kernel on
the saved file), and the Catalan messages must never hide a failure from nbgrader.
"""
from __future__ import annotations

import copy
import html
import importlib
import json
import os
import re

import nbformat
import pytest
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell
from nbgrader.utils import determine_grade

from autograder.publish.learner_cells import CHECK_SOURCE, TAG, is_check_cell, main, prepare
from autograder.publish.release import available_assignments
from pla.comprova_fitxer import check, kernel_config
from pla.explica import explica_error
from pla.quadern import heading_points, model, task_title
from tests.conftest import with_cells

ASSIGNMENTS = available_assignments()
A = "u05-pla-objectius"
# ``seconds`` is the wall time the learner waits; ``cpu``, the kernel's own processor time, is what the limits below
# check: on a loaded machine (the test suite runs two workers and their kernels) the wall time can double.
SUMMARY = ("import json, time\nfrom pla.comprova import avalua\n_t, _c = time.perf_counter(), time.process_time()\n"
           "_r = avalua()\nprint(json.dumps({**_r.summary(), 'seconds': time.perf_counter() - _t, "
           "'cpu': time.process_time() - _c, 'text': _r.text()}))")


pytestmark = pytest.mark.usefixtures("learner_environment")


def _cases(assignment):
    return importlib.import_module(f"tests.exercises.cases_{assignment.split('-')[0]}").CASES


def _with_mistake(grading_course, assignment, replacements):
    """The learner's copy with a typical mistake: a whole cell (old form) or small edits (old, new) of the answer."""
    full = {gid: new for gid, new in replacements.items() if isinstance(new, str)}
    nb = grading_course.learner_copy(assignment, full)
    for cell in nb.cells:
        edits = replacements.get(cell.metadata.get("nbgrader", {}).get("grade_id"))
        if isinstance(edits, list):
            for old, new in edits:
                cell.source = cell.source.replace(old, new)
    return nb


def run(nb, folder, last_cell: str | None = SUMMARY, allow_errors=True):
    """Run every cell in a new kernel whose working folder is ``folder`` (as JupyterLab's «Run All» does), then,
    in the same kernel, ``last_cell`` (by default the in-kernel self-check's summary); returns the executed notebook
    and the JSON that cell printed (None without one)."""
    nb = copy.deepcopy(nb)
    if last_cell:
        nb.cells.append(new_code_cell(last_cell))
    NotebookClient(nb, timeout=60, kernel_name="python3", config=kernel_config(), allow_errors=allow_errors,
                   resources={"metadata": {"path": str(folder)}}).execute()
    return nb, (printed(nb) if last_cell else None)


def printed(nb):
    """The JSON the notebook's last cell printed (its last line of output)."""
    text = "".join(o.get("text", "") for o in nb.cells[-1].outputs if o.output_type == "stream")
    return json.loads(text.strip().splitlines()[-1])


def _verdicts(summary: dict) -> list[tuple]:
    return [(t["title"], t["status"], t["earned"], sorted(t["failing"])) for t in summary["tasks"]]


def _variants(assignment):
    yield "release", None
    yield "answered", None
    for case in _cases(assignment):
        yield case[0], case[1]


def _variant(grading_course, assignment, variant):
    replacements = dict(_variants(assignment))[variant]
    return grading_course.release(assignment) if variant == "release" else \
        _with_mistake(grading_course, assignment, replacements or {})


# Before each variant after the first: a fresh working folder and IPython's own reset (every variable and the input
# history gone, the execution count back to 1), run silently so that no «pre_run_cell» hook records it.
START_OVER = "import os\nos.chdir({folder!r})\nget_ipython().reset(new_session=True)"


class _Kernels:
    """One kernel per assignment, kept open for the module: each variant of the assignment is run in it (one kernel
    start instead of one per variant), as a learner who writes the variant, runs everything and checks, then starts
    over in a new folder. The first variant a kernel runs finds it pristine; the command line, which the test
    compares with, always starts a fresh one, so anything a variant left behind that changed a verdict would show
    up as a difference."""

    def __init__(self, base):
        self.base, self.clients = base, {}

    def summary(self, nb, assignment: str, variant: str) -> dict:
        folder = self.base / f"{len(list(self.base.iterdir())):03d}-{assignment}"
        folder.mkdir()
        nbformat.write(nb, folder / f"{assignment}.ipynb")
        client = self.clients.get(assignment)
        if client is None:
            client = NotebookClient(nbformat.v4.new_notebook(), timeout=60, kernel_name="python3", config=kernel_config(), allow_errors=True,
                                    resources={"metadata": {"path": str(folder)}})
            client.km = client.create_kernel_manager()
            client.start_new_kernel()
            client.start_new_kernel_client()
            self.clients[assignment] = client
        else:
            reply = client.wait_for_reply(client.kc.execute(START_OVER.format(folder=str(folder)), silent=True))
            assert reply["content"]["status"] == "ok", reply["content"]
        client.nb = copy.deepcopy(nb)
        client.nb.cells.append(new_code_cell(SUMMARY))
        client.reset_execution_trackers()
        for index, cell in enumerate(client.nb.cells):
            client.execute_cell(cell, index, execution_count=client.code_cells_executed + 1)
        return printed(client.nb)

    def close(self) -> None:
        for client in self.clients.values():
            client._cleanup_kernel()


@pytest.fixture(scope="module")
def kernels(tmp_path_factory):
    shared = _Kernels(tmp_path_factory.mktemp("nuclis"))
    yield shared
    shared.close()


# All the variants of an assignment go to the same worker (``--dist loadgroup``; see tests/conftest.py), which runs
# them in one kernel.
VERDICT_CASES = [pytest.param(a, v, marks=pytest.mark.xdist_group(f"nucli-{a}"))
                 for a in ASSIGNMENTS for v, _ in _variants(a)]


@pytest.mark.parametrize("assignment,variant", VERDICT_CASES)
def test_in_kernel_check_gives_the_same_verdicts_as_the_command_line(grading_course, kernels, tmp_path, assignment,
                                                                     variant):
    nb = _variant(grading_course, assignment, variant)
    path = tmp_path / f"{assignment}.ipynb"
    nbformat.write(nb, path)
    summary = kernels.summary(nb, assignment, variant)
    cli = check(path).summary()
    assert _verdicts(summary) == _verdicts(cli)
    assert summary["points"] == cli["points"]
    assert summary["cpu"] < 1.0 and summary["seconds"] < 5  # #17.3: well under a second of the kernel's time
    if variant == "answered":
        assert all(t["status"] == "correcta" for t in summary["tasks"]), summary["text"]
    if variant == "release":
        assert summary["earned"] == 0 and all(t["status"] == "pendent" for t in summary["tasks"]), summary["text"]


def test_check_judges_what_was_run_not_the_saved_file_whatever_its_name(grading_course, tmp_path):
    """The learner typed the answers and ran everything but never saved; the browser renamed the download."""
    nbformat.write(grading_course.release(A), tmp_path / f"{A} (1).ipynb")  # the file still has the blanks
    _, summary = run(grading_course.learner_copy(A), tmp_path)
    assert [t["status"] for t in summary["tasks"]] == ["correcta"] * 4, summary["text"]
    assert summary["earned"] == 6 and summary["points"] == 10  # unit 5: 2 hidden and 2 rubric points come later
    assert summary["text"].startswith(f"Comprovació de {A} (1).ipynb: 6 de 10 punts")
    assert summary["cpu"] < 0.5 and summary["seconds"] < 5


def test_check_cell_shows_only_catalan_sentences(grading_course, tmp_path):
    nb = _with_mistake(grading_course, A, dict(_variants(A))[_cases(A)[0][0]])
    nbformat.write(nb, tmp_path / f"{A}.ipynb")
    executed, _ = run(nb, tmp_path, last_cell=None)
    check_cell = next(c for c in executed.cells if is_check_cell(c))
    assert check_cell.source == CHECK_SOURCE
    assert [o.output_type for o in check_cell.outputs] == ["stream"], check_cell.outputs
    assert check_cell.outputs[0].name == "stdout"
    text = check_cell.outputs[0].text
    assert text.startswith(f"Comprovació de {A}.ipynb:")
    for english in ("WARNING", "Traceback", "Error", "Kernel", "AssertionError", "def ", "import "):
        assert english not in text, (english, text)
    assert "té errors" in text


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_run_all_on_an_untouched_exercise_runs_every_cell_and_says_not_done(grading_course, tmp_path, assignment):
    """nbclient stops at the first error unless the cell is tagged ``raises-exception``, like JupyterLab."""
    release = grading_course.release(assignment)
    nbformat.write(release, tmp_path / f"{assignment}.ipynb")
    nb, summary = run(release, tmp_path, allow_errors=False)  # would raise CellExecutionError at the first stop
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.get("execution_count") for c in code), "Alguna cel·la no s'ha executat"
    for cell in code:
        meta = cell.metadata.get("nbgrader", {})
        errors = [o for o in cell.outputs if o.output_type == "error"]
        if meta.get("grade") and not meta.get("solution") and errors:
            shown = "\n".join(errors[0].traceback)
            assert "Encara no l'has feta" in shown and "Traceback" not in shown, (meta["grade_id"], shown)
    assert all(t["status"] == "pendent" for t in summary["tasks"]), summary["text"]
    assert summary["text"].count("encara no l'has feta") == len(summary["tasks"])


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
@pytest.mark.parametrize("variant", ["release", "mistake"])
def test_catalan_messages_do_not_change_what_nbgrader_records(grading_course, tmp_path, assignment, variant):
    """With the messages on (the learner's kernel) and off (nbgrader's), every graded cell gets the same grade and
    the same error name and message: only the text shown instead of the traceback differs."""
    nb = grading_course.release(assignment) if variant == "release" else \
        _with_mistake(grading_course, assignment, _cases(assignment)[0][1])
    nbformat.write(nb, tmp_path / f"{assignment}.ipynb")
    learner, _ = run(nb, tmp_path, last_cell=None)
    os.environ["NBGRADER_EXECUTION"] = "autograde"
    try:
        graded, _ = run(nb, tmp_path, last_cell=None)
    finally:
        del os.environ["NBGRADER_EXECUTION"]

    def recorded(notebook):
        return [(c.metadata["nbgrader"]["grade_id"], determine_grade(c),
                 [(o.ename, o.evalue) for o in c.outputs if o.output_type == "error"])
                for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade") and c.cell_type == "code"]

    assert recorded(learner) == recorded(graded)
    if variant == "release":
        assert [gid for gid, grade, errors in recorded(learner) if errors], "El quadern en blanc ha de fallar"
    for cell in learner.cells:
        for out in cell.get("outputs", []):
            if out.output_type == "error":
                assert len(out.traceback) == 1 and "Traceback" not in out.traceback[0]
    for cell in graded.cells:
        for out in cell.get("outputs", []):
            if out.output_type == "error" and out.ename == "AssertionError":
                assert len(out.traceback) > 1  # under nbgrader, Python's own traceback, exactly as before


HOSTILE = [
    # The learner's answer breaks the Catalan messages: the error must still reach the grader.
    "import pla.nucli\npla.nucli.frase = None\npla.nucli.explica_error = None\n",
    # The learner switches the messages on during grading: failures must still be recorded as errors.
    "import os\nos.environ.pop('NBGRADER_EXECUTION', None)\nimport pla.nucli\npla.nucli.activa()\n",
    # The learner silences every error with IPython's own hook (no error output at all, ipython/ipython#12378).
    "get_ipython().set_custom_exc((Exception,), lambda *args, **kwargs: None)\n",
]


@pytest.mark.parametrize("hostile", HOSTILE,
                         ids=["trenca-els-missatges", "activa-els-missatges-en-corregir", "silencia-els-errors"])
def test_hostile_answers_cannot_hide_a_failure_from_nbgrader(grading_course, hostile):
    """Through the real nbgrader: the blank release, with the hostile code prepended to its first answer, still
    scores 0, and a typical mistake still scores what it scores without it."""
    release = grading_course.release(A)
    first = next(c for c in release.cells if c.metadata.get("nbgrader", {}).get("solution"))
    gid = first.metadata["nbgrader"]["grade_id"]
    assert grading_course.grade(A, with_cells(release, {gid: hostile + first.source})) == 0
    name, replacements, expected, _ = _cases(A)[0]
    nb = _with_mistake(grading_course, A, replacements)
    cell = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == gid)
    cell.source = hostile + cell.source
    assert grading_course.grade(A, nb) == expected, name


ERRORS = {
    "nom no definit": ("print(resposta_que_no_existeix)", "Python no coneix «resposta_que_no_existeix»"),
    "falta una coma": ('x = ["a" "b",\n     "c" 3]', "Falta una coma"),
    "falten cometes": ('nom = "Gent gran', "Falten unes cometes"),
    "falta un parèntesi": ("x = dict(a=1", "Falta tancar un parèntesi"),
    "falta una clau": ('d = {"codi": "O1"}\nd["descripcio"]', "Falta la clau «descripcio»"),
    "tipus equivocat": ('"20" + 5', "Barreges un nombre amb un text"),
    "prova que falla": ('assert 1 == 2, "Defineix almenys 3 objectius."', "Defineix almenys 3 objectius."),
    "tasca per fer": ("raise NotImplementedError(\"Tasca pendent: encara no l'has feta.\")", "Encara no l'has feta"),
}


def test_newcomers_errors_are_one_catalan_sentence_in_the_kernel(tmp_path):
    """Outside an exercise (no notebook to read), an undone answer is the last case: a cell failing right after it
    is taken as a test of that task."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [new_code_cell("import pla")] + [new_code_cell(code) for code, _ in ERRORS.values()]
    executed, _ = run(nb, tmp_path, last_cell=None)
    for (name, (_, expected)), cell in zip(ERRORS.items(), executed.cells[1:], strict=True):
        errors = [o for o in cell.outputs if o.output_type == "error"]
        assert len(errors) == 1, name
        shown = "\n".join(errors[0].traceback)
        assert expected in shown and "Traceback" not in shown, (name, shown)
        # nbgrader and the feedback page read the original name and message, and explain them with the same words
        assert expected in explica_error(errors[0].ename, errors[0].evalue), name


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_every_source_notebook_follows_the_learner_rules(grading_course, assignment):
    nb = grading_course.source(assignment)
    assert prepare(copy.deepcopy(nb)) == [], "Executa «autograder prepara»"
    assert sum(is_check_cell(c) for c in nb.cells) == 1
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and (meta.get("grade") or meta.get("solution")):
            assert TAG in cell.metadata.get("tags", []), meta["grade_id"]
    tasks = {t.title: t.points for t in model(nb)}
    headings = {task_title(c.source): heading_points(c.source) for c in nb.cells
                if c.cell_type == "markdown" and task_title(c.source)}
    assert {t: p for t, p in headings.items() if t in tasks} == tasks


def test_prepare_check_passes_on_the_repository(capsys):
    assert main(["--check"]) == 0
    assert "ja segueixen" in capsys.readouterr().out


def test_points_are_shown_the_same_way_in_heading_self_check_and_feedback(grading_course, tmp_path):
    from autograder.results.learner_results import tasks

    nb = grading_course.learner_copy(A)
    nbformat.write(nb, tmp_path / f"{A}.ipynb")
    _, summary = run(nb, tmp_path)
    feedback = {}
    for cell in (c for task in tasks(grading_course.root, A) for c in task.cells):
        feedback[cell.task] = feedback.get(cell.task, 0) + cell.points
    headings = {task_title(c.source): heading_points(c.source) for c in nb.cells
                if c.cell_type == "markdown" and task_title(c.source)}
    assert {t["title"]: t["points"] for t in summary["tasks"]} == feedback == headings
    for title, points in headings.items():
        assert re.search(rf"- {re.escape(title)}: correcta \(\d+ de {points:g} punts\)", summary["text"])


def test_feedback_explains_a_newcomers_error_with_the_self_checks_words(grading_course, tmp_path):
    """A missing comma in the first answer: the test after it fails with a NameError. The feedback (the trainers'
    pages and nbgrader's own) and the self-check say the same Catalan sentence, not Python's English message."""
    from autograder.results.learner_results import read_graded, tasks

    answer = next(c for c in grading_course.source(A).cells if c.metadata.get("nbgrader", {}).get("solution"))
    gid = answer.metadata["nbgrader"]["grade_id"]
    broken = answer.source.replace('"tipus": "empreses",', '"tipus": "empreses"', 1)
    assert broken != answer.source
    nb = with_cells(grading_course.source(A), {gid: broken})
    student = grading_course.submit(A, nb)
    grading_course.autograde(A, student)
    graded = grading_course.root / "autograded" / student / A / f"{A}.ipynb"
    first_test = next(c for c in model(nbformat.read(graded, as_version=4))[0].tests)
    messages = {t.grade_id: t.message for task in read_graded(tasks(grading_course.root, A), graded, {}, {})
                for t in task.tests}
    sentence = messages[first_test.grade_id]
    assert sentence.startswith("Python no coneix «collectius»"), sentence
    assert sentence in re.sub(r"\s+", " ", html.unescape(grading_course.feedback_html(A, student)))
    nbformat.write(nb, tmp_path / f"{A}.ipynb")
    _, summary = run(with_cells(grading_course.learner_copy(A), {gid: broken.replace("### BEGIN SOLUTION\n", "")
                                                                 .replace("### END SOLUTION\n", "")}), tmp_path)
    assert sentence in summary["text"]
