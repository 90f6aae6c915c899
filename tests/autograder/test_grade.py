"""A batch of hostile and broken submissions, graded in one run: each gets an outcome with a reason, no score is
inflated, the gradebook and the other learners' results stay intact, and the batch ends in bounded time."""
from __future__ import annotations

import json
import time

import nbformat
import pytest
from markupsafe import escape

from autograder.grading import outcomes
from autograder.grading.grade import default_limits, grade, pending
from autograder.grading.kernels.sandbox import probe
from autograder.results.feedback import write_feedback
from tests.autograder.fixtures.course import ASSIGNMENT, notebook_bytes, release, source
from tests.autograder.fixtures.gradebook import auto_points, points_before
from tests.conftest import with_cells

SANDBOX = probe()
needs_bwrap = pytest.mark.skipif(not SANDBOX.isolated, reason=f"bubblewrap no disponible: {SANDBOX.reason}")

STEAL_SOURCE = '''
import json
SOURCE = {source!r}
nb = json.load(open(SOURCE, encoding="utf-8"))
for cell in nb["cells"]:
    if cell["metadata"].get("nbgrader", {{}}).get("solution"):
        exec(cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"]))
'''
WRITE_GRADEBOOK = '''
import sqlite3
db = sqlite3.connect({db!r})
db.execute("UPDATE grade SET auto_score = 100")
db.commit()
'''
SOCKET = '''
import socket
socket.create_connection(("127.0.0.1", {port}), timeout=3)
'''


def _corpus(root, port=9):
    src, rel = source(root), release(root)
    gradebook = str(root / "gradebook.db")
    stolen = str(root / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb")
    tests = {c.metadata["nbgrader"]["grade_id"]: "pass" for c in rel.cells if c.metadata.get("nbgrader", {}).get("grade")}
    stripped = json.loads(notebook_bytes(src))
    for cell in stripped["cells"]:
        cell["metadata"] = {}
    ambiguous = json.loads(json.dumps(stripped))   # an extra cell next to an answer: which one is the answer?
    answer = next(i for i, c in enumerate(src.cells) if c.metadata.get("nbgrader", {}).get("grade_id") == "objectius")
    ambiguous["cells"].insert(answer + 1, {"cell_type": "code", "metadata": {}, "source": "print(objectius)",
                                           "outputs": [], "execution_count": None, "id": "afegida"})
    duplicated = with_cells(src, {})
    first = next(i for i, c in enumerate(duplicated.cells)
                 if c.metadata.get("nbgrader", {}).get("grade_id") == "collectius")
    copy = json.loads(json.dumps(duplicated.cells[first]))
    copy["id"] = "copia"
    duplicated.cells.insert(first, nbformat.from_dict(copy))
    full = auto_points(src)                                  # every test passes (rubric answers wait for a person)
    first_test_lost = full - _points(src, "test_collectius")   # at least the first task's test fails
    answers = [c.metadata["nbgrader"]["grade_id"] for c in src.cells
               if c.metadata.get("nbgrader", {}).get("solution") and c.cell_type == "code"]
    return {
        # name: (file content, expected status, highest acceptable score)
        "honest_full": (notebook_bytes(src), "ok", full),
        "honest_empty": (notebook_bytes(rel), "ok", 0),
        "loop_cell": (notebook_bytes(with_cells(src, {"collectius": "while True:\n    pass"})), "review",
                      first_test_lost),
        # Every answer loops: more cells reach the cell limit than the notebook's limit allows.
        "loop_notebook": (notebook_bytes(with_cells(src, {g: "while True:\n    pass" for g in answers})),
                          "failed", None),
        "memory_bomb": (notebook_bytes(with_cells(src, {"collectius": "x = bytearray(8 * 1024 ** 3)"})),
                        "review", first_test_lost),
        "huge_output": (notebook_bytes(with_cells(src, {"collectius": "while True:\n    print('x' * 10000)"})),
                        "review", first_test_lost),
        "sys_exit": (notebook_bytes(with_cells(src, {"collectius": "import sys\nsys.exit(1)"})), "review",
                     first_test_lost),
        # The learner's own code stops the kernel: the tests that ran keep their points, the rest score 0.
        "killed_kernel": (notebook_bytes(with_cells(src, {"collectius": "import os\nos.kill(os.getpid(), 9)"})),
                          "review", 0),
        "killed_late": (notebook_bytes(with_cells(src, {"xarxes": "import os\nos._exit(3)"})), "review",
                        points_before(src, "xarxes")),
        "steal_source": (notebook_bytes(with_cells(rel, {"collectius": STEAL_SOURCE.format(source=stolen)})),
                         "ok", 0),
        "write_gradebook": (notebook_bytes(with_cells(rel, {"collectius": WRITE_GRADEBOOK.format(db=gradebook)})),
                            "ok", 0),
        "socket": (notebook_bytes(with_cells(src, {"collectius": SOCKET.format(port=port)})), "ok", first_test_lost),
        "altered_tests": (notebook_bytes(with_cells(rel, tests)), "ok", 0),
        "deleted_test": (notebook_bytes(with_cells(src, {}, delete=("test_objectius",))), "ok", full),
        "stripped_metadata": (json.dumps(stripped).encode(), "review", auto_points(src)),
        "stripped_ambiguous": (json.dumps(ambiguous).encode(), "failed", None),
        "duplicated_cell": (notebook_bytes(duplicated), "review", auto_points(src)),
        "invalid_json": (notebook_bytes(src)[:-200], "failed", None),
        "empty_file": (b"", "failed", None),
    }


def _points(nb, grade_id: str) -> float:
    return next(float(c.metadata["nbgrader"].get("points", 0)) for c in nb.cells
                if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def _submit(root, student, data):
    folder = root / "submitted" / student / ASSIGNMENT
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{ASSIGNMENT}.ipynb").write_bytes(data)


def test_hostile_and_broken_batch(course_root, capsys):
    corpus = _corpus(course_root)
    for name, (data, _, _) in corpus.items():
        _submit(course_root, name, data)
    limits = default_limits(course_root, cell_timeout=5, notebook_timeout=15, memory_mb=1024, output_kb=256)
    started = time.monotonic()
    results = {o.student: o for o in grade(ASSIGNMENT, course_root, workers=2, limits=limits, sandbox=SANDBOX)}
    elapsed = time.monotonic() - started
    assert elapsed < 120, f"El lot ha trigat {elapsed:.0f} s"
    assert set(results) == set(corpus)
    for name, (_, status, ceiling) in corpus.items():
        outcome = results[name]
        assert outcome.status == status, (name, outcome)
        if status != "ok":
            assert outcome.reasons and all(r[0].isupper() for r in outcome.reasons), (name, outcome)
        if ceiling is None:
            assert outcome.score is None, name
        else:
            assert outcome.score is not None and outcome.score <= ceiling, (name, outcome)
    src = source(course_root)
    assert results["honest_full"].score == results["deleted_test"].score == auto_points(src)
    assert "temps màxim per quadern" in results["loop_notebook"].reasons[0]
    assert "nucli de Python s'ha aturat a la cel·la «collectius»" in results["killed_kernel"].reasons[0]
    assert results["killed_late"].score == points_before(src, "xarxes") > 0
    assert "cel·la «xarxes»" in results["killed_late"].reasons[0]
    assert results["stripped_metadata"].score == auto_points(src)
    assert "s'han recuperat" in results["stripped_metadata"].reasons[0]
    assert results["duplicated_cell"].score == auto_points(src)
    assert "«collectius»" in results["duplicated_cell"].reasons[0]
    assert any("memòria" in r for r in results["memory_bomb"].reasons)
    assert any("sortida" in r for r in results["huge_output"].reasons)
    assert any("sys.exit" in r for r in results["sys_exit"].reasons)
    assert "buit" in results["empty_file"].reasons[0]
    assert "JSON" in results["invalid_json"].reasons[0]
    assert "metadades d'nbgrader" in results["stripped_ambiguous"].reasons[0]
    # The learner reads the same reason in the feedback page, and still no hidden test.
    pages = write_feedback(ASSIGNMENT, course_root)
    for name in ("killed_late", "stripped_metadata", "duplicated_cell"):
        page = pages[name].read_text(encoding="utf-8")
        assert str(escape(results[name].reasons[0])) in page, name
        assert "BEGIN HIDDEN TESTS" not in page and "creixement_necessari({" not in page
    killed = pages["killed_late"].read_text(encoding="utf-8")
    assert "no s&#39;ha executat perquè el nucli de Python s&#39;havia aturat abans" in killed
    # The gradebook is intact: the honest learner keeps every test's points and nobody has an impossible score.
    from nbgrader.api import Gradebook
    with Gradebook(f"sqlite:///{course_root / 'gradebook.db'}", "xarxes-socials-ap") as gb:
        assert gb.find_submission(ASSIGNMENT, "honest_full").score == auto_points(src)
        for sub in gb.assignment_submissions(ASSIGNMENT):
            assert sub.score <= 10
    # Outcomes are on disk, so a new run has nothing left to do.
    assert pending(course_root, ASSIGNMENT) == []
    assert "aïllament amb bubblewrap" in capsys.readouterr().err


@needs_bwrap
def test_sandbox_hides_course_files_and_network(course_root):
    import socket
    listener = socket.create_server(("127.0.0.1", 0))   # reachable from the trainer's side, not from the kernel
    listener.settimeout(0.1)
    corpus = _corpus(course_root, port=listener.getsockname()[1])
    for name in ("steal_source", "write_gradebook", "socket"):
        _submit(course_root, name, corpus[name][0])
    limits = default_limits(course_root, cell_timeout=5, notebook_timeout=30)
    grade(ASSIGNMENT, course_root, workers=2, limits=limits, sandbox=SANDBOX)
    import nbformat
    errors = {}
    for name in ("steal_source", "write_gradebook", "socket"):
        nb = nbformat.read(course_root / "autograded" / name / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)
        cell = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "collectius")
        errors[name] = " ".join(o.get("evalue", "") for o in cell.outputs if o.get("output_type") == "error")
    assert "No such file" in errors["steal_source"]
    assert "unable to open database file" in errors["write_gradebook"]
    assert "refused" in errors["socket"] or "unreachable" in errors["socket"], errors["socket"]
    with pytest.raises(socket.timeout):
        listener.accept()
    listener.close()


def test_interrupted_run_resumes_without_regrading(course_root):
    src = notebook_bytes(source(course_root))
    for student in ("a1", "a2", "a3"):
        _submit(course_root, student, src)
    limits = default_limits(course_root, cell_timeout=5, notebook_timeout=30)
    # A previous run graded a1 and was killed: its outcome is on disk, the others are not.
    first = grade(ASSIGNMENT, course_root, workers=1, limits=limits, sandbox=SANDBOX)
    assert {o.student for o in first} == {"a1", "a2", "a3"}
    outcomes.remove(course_root, ASSIGNMENT, "a2")
    outcomes.remove(course_root, ASSIGNMENT, "a3")
    assert pending(course_root, ASSIGNMENT) == ["a2", "a3"]
    second = grade(ASSIGNMENT, course_root, workers=2, limits=limits, sandbox=SANDBOX)
    assert sorted(o.student for o in second) == ["a2", "a3"]
    # A changed submission is graded again; --force grades everything.
    _submit(course_root, "a1", notebook_bytes(release(course_root)))
    assert pending(course_root, ASSIGNMENT) == ["a1"]
    assert len(pending(course_root, ASSIGNMENT, force=True)) == 3


def test_a_failure_that_is_not_the_notebooks_is_graded_again_by_the_next_run(course_root):
    """«Torna a executar la correcció» must be true: a busy gradebook or a kernel that did not start is retried
    without --force; a notebook that cannot be graded (here, broken JSON) is not."""
    from autograder.grading.nbgrader_course import course_folders
    from autograder.grading.outcomes import FAILED, Outcome
    from autograder.grading.steps import GRADEBOOK_BUSY, KERNEL_START

    course = course_folders(course_root)
    codes = {"ocupat": GRADEBOOK_BUSY.code, "sense_nucli": KERNEL_START.code, "trencat": "invalid_json"}
    for student, code in codes.items():
        _submit(course_root, student, notebook_bytes(release(course_root)))
        outcomes.save(course, Outcome(ASSIGNMENT, student, FAILED, ["…"], codes=[code],
                                      sha256=outcomes.file_hash(course.submitted(student, ASSIGNMENT))))
    assert pending(course_root, ASSIGNMENT) == ["ocupat", "sense_nucli"]
    assert "torna a executar la correcció" in GRADEBOOK_BUSY.text and "torna a executar la correcció" in KERNEL_START.text


def test_ctrl_c_keeps_what_is_graded_and_the_next_run_finishes(course_root):
    import signal
    import subprocess
    import sys
    src = notebook_bytes(source(course_root))
    for i in range(6):
        _submit(course_root, f"c{i}", src)
    run = subprocess.Popen([sys.executable, "-m", "autograder.cli", "grade", ASSIGNMENT, "--curs", str(course_root),
                            "--treballadors", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 90
    while len(outcomes.load_all(course_root, ASSIGNMENT)) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    run.send_signal(signal.SIGINT)
    _, err = run.communicate(timeout=60)
    assert run.returncode == 130 and "S'ha interromput" in err
    kept = outcomes.load_all(course_root, ASSIGNMENT)
    full = auto_points(source(course_root))
    assert 2 <= len(kept) < 6 and all(o.status == "ok" and o.score == full for o in kept.values())
    rest = grade(ASSIGNMENT, course_root, limits=default_limits(course_root), sandbox=SANDBOX)
    assert sorted(o.student for o in rest) == sorted(set(f"c{i}" for i in range(6)) - set(kept))
