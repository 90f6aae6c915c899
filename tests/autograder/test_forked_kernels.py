"""Kernels forked from the kernel template: each notebook still gets a pristine kernel, and the scores are nbgrader's.

One submission tries to leave state for the next one in the same worker (module attributes, a monkeypatched ``pla``
function, an environment variable, files in /tmp, /dev/shm, the home and the working folder, a background thread and
a background process); the next submission checks for all of it before doing its work, so any leftover costs it
points. The first submission runs the same check itself, which shows that the check does see that state. Another
submission attacks every process it can name (signals, writes to /proc/…/mem): it stops only its own kernel.
"""
from __future__ import annotations

import shutil

import pytest

from autograder.grading.grade import default_limits, grade
from autograder.grading.kernels.forked_kernels import ForkedKernelManager
from autograder.grading.kernels.sandbox import SandboxKernelManager, probe
from autograder.grading.preprocessors import execute
from tests.autograder.fixtures.course import ASSIGNMENT, notebook_bytes, release, source
from tests.autograder.fixtures.gradebook import auto_points
from tests.conftest import with_cells

SANDBOX = probe()
needs_bwrap = pytest.mark.skipif(not SANDBOX.isolated, reason=f"bubblewrap no disponible: {SANDBOX.reason}")

LEAVE_STATE = '''
import json, os, subprocess, sys, threading, time
import pla
pla._fuita = "quadern anterior"
json._fuita = "quadern anterior"
pla.valida_objectiu = lambda *args, **kwargs: []
os.environ["FUITA"] = "quadern anterior"
for path in ("/tmp/fuita", "/dev/shm/fuita", os.path.expanduser("~/fuita"), "fuita"):
    with open(path, "w") as f:
        f.write("quadern anterior")
threading.Thread(target=time.sleep, args=(600,), name="fuita", daemon=True).start()
subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)  # fuita-proces"], start_new_session=True,
                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
time.sleep(0.5)
'''
CHECK_STATE = '''
import glob, json, os, threading
import pla
fuites = []
if getattr(pla, "_fuita", None) or getattr(json, "_fuita", None):
    fuites.append("atribut de mòdul")
if pla.valida_objectiu.__module__ != "pla.objectius":
    fuites.append("funció de pla substituïda")
if os.environ.get("FUITA"):
    fuites.append("variable d'entorn")
fuites += [path for path in ("/tmp/fuita", "/dev/shm/fuita", os.path.expanduser("~/fuita"), "fuita")
           if os.path.exists(path)]
if any(t.name == "fuita" for t in threading.enumerate()):
    fuites.append("fil")
for cmdline in glob.glob("/proc/[0-9]*/cmdline"):
    try:
        if b"fuita-proces" in open(cmdline, "rb").read():
            fuites.append("procés " + cmdline)
    except OSError:
        pass
if fuites:
    raise RuntimeError(f"Estat d'un altre quadern: {fuites}")
'''
ATTACK = '''
import glob, os, signal
for path in glob.glob("/proc/[0-9]*/mem"):
    try:
        with open(path, "wb") as f:
            f.write(b"x")
    except OSError:
        pass
for pid in range(1, 4096):
    if pid != os.getpid():
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
os.kill(os.getpid(), signal.SIGKILL)
'''
FORKED = '''
import sys
assert "pla.grafics" in sys.modules, "aquest nucli no s'ha bifurcat de la plantilla"
'''


def _answer(nb, grade_id: str) -> str:
    return next(c.source for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def _submit(root, student, nb):
    folder = root / "submitted" / student / ASSIGNMENT
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{ASSIGNMENT}.ipynb").write_bytes(notebook_bytes(nb))


@needs_bwrap
def test_pool_forks_kernels_from_the_template():
    pool = execute.KernelPool(SANDBOX, default_limits())
    try:
        assert isinstance(pool.take("python3"), ForkedKernelManager)
    finally:
        pool.close()
    plain = execute.KernelPool(SANDBOX, default_limits(), fork=False)
    km = plain.take("python3")
    shutil.rmtree(km.scratch)
    assert type(km) is SandboxKernelManager


@needs_bwrap
def test_no_state_crosses_from_one_forked_kernel_to_the_next(course_root):
    src = source(course_root)
    answer = _answer(src, "collectius")
    order = ["a_deixa_estat", "b_comprova", "c_deixa_estat", "d_comprova", "e_ataca", "f_comprova", "g_buit"]
    _submit(course_root, "a_deixa_estat", with_cells(src, {"collectius": LEAVE_STATE + CHECK_STATE + answer}))
    _submit(course_root, "b_comprova", with_cells(src, {"collectius": FORKED + CHECK_STATE + answer}))
    _submit(course_root, "c_deixa_estat", with_cells(src, {"collectius": answer + LEAVE_STATE}))
    _submit(course_root, "d_comprova", with_cells(src, {"collectius": FORKED + CHECK_STATE + answer}))
    _submit(course_root, "e_ataca", with_cells(src, {"collectius": ATTACK + answer}))
    _submit(course_root, "f_comprova", with_cells(src, {"collectius": FORKED + CHECK_STATE + answer}))
    _submit(course_root, "g_buit", release(course_root))
    limits = default_limits(course_root, cell_timeout=10, notebook_timeout=60)
    results = {o.student: o for o in grade(ASSIGNMENT, course_root, workers=1, limits=limits, sandbox=SANDBOX,
                                           students=order)}
    full = auto_points(src)   # every test's points (the rubric answer waits for a person)
    # The check sees the state in the kernel that left it: the task fails there (and the tasks that use it).
    assert results["a_deixa_estat"].score < full, results["a_deixa_estat"]
    # The next kernels, forked from the same template in the same worker, start clean: full marks.
    assert results["b_comprova"].status == "ok" and results["b_comprova"].score == full, results["b_comprova"]
    assert results["c_deixa_estat"].score == full, results["c_deixa_estat"]
    assert results["d_comprova"].status == "ok" and results["d_comprova"].score == full, results["d_comprova"]
    # A kernel that signals every process it can name and tries to write into the others' memory stops only
    # itself; the batch goes on with a clean kernel.
    assert results["e_ataca"].status == "review" and results["e_ataca"].score < full, results["e_ataca"]
    assert results["f_comprova"].status == "ok" and results["f_comprova"].score == full, results["f_comprova"]
    assert results["g_buit"].status == "ok" and results["g_buit"].score == 0, results["g_buit"]
    assert list(results) == order
