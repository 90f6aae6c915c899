"""The sandbox around learners' kernels: what it hides, what it limits, and what it says when it is missing."""
from __future__ import annotations

import subprocess
import sys

import pytest

from autograder.grading.kernels.sandbox import Limits, Sandbox, kernel_env, probe

SANDBOX = probe()
needs_bwrap = pytest.mark.skipif(not SANDBOX.isolated, reason=f"bubblewrap no disponible: {SANDBOX.reason}")

CHECKS = r'''
import os, socket, sys
print("uid", os.getuid())
print("course", os.path.exists(sys.argv[1]))
print("root", sorted(os.listdir("/")))
try:
    bytearray(1536 * 1024 * 1024)
    print("memory", "no limit")
except MemoryError:
    print("memory", "limited")
print("env", sorted(k for k in os.environ if "TOKEN" in k or "SECRET" in k))
'''


def _run(sandbox, tmp_path, code, *args):
    for name in ("treball", "home", "run"):
        (tmp_path / name).mkdir(exist_ok=True)
    cmd = sandbox.wrap([sys.executable, "-c", code, *args], limits=Limits(memory_mb=1024),
                       workdir=tmp_path / "treball", home=tmp_path / "home", rundir=tmp_path / "run",
                       env=kernel_env())
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60, env={"API_TOKEN": "x", "PATH": "/usr/bin"})


@needs_bwrap
def test_sandboxed_process_sees_no_course_files_has_memory_limit_and_clean_env(tmp_path):
    from autograder.grading.nbgrader_course import EXERCISES
    result = _run(SANDBOX, tmp_path, CHECKS, str(EXERCISES / "nbgrader_config.py"))
    assert result.returncode == 0, result.stderr
    out = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert out["uid"] == "65534" and out["course"] == "False" and out["memory"] == "limited"
    assert out["env"] == "[]"
    assert "treball" in out["root"] and "work" in out["root"] or "treball" in out["root"]


def test_without_bwrap_the_limits_still_apply_and_the_trainer_is_told(tmp_path):
    plain = Sandbox(None, "no s'ha trobat l'ordre bwrap")
    result = _run(plain, tmp_path, "try:\n bytearray(1536*1024*1024); print('no limit')\nexcept MemoryError:"
                                   " print('limited')")
    assert result.stdout.strip() == "limited"
    text = " ".join(plain.protections(Limits()))
    assert "bubblewrap NO disponible (no s'ha trobat l'ordre bwrap)" in text
    assert "accés a la xarxa" in text and "temps" in text and "memòria" in text


def test_probe_reports_a_missing_bwrap(monkeypatch):
    monkeypatch.setattr("shutil.which", lambda name: None)
    sandbox = probe()
    assert not sandbox.isolated and "bubblewrap" in sandbox.reason
