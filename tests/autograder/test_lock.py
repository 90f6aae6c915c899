"""One grading at a time per assignment: a second command stops at once, says who holds the assignment and changes
nothing; a lock left by a killed run is released; with PostgreSQL the lock is the database's own."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time

import pytest

from autograder.cli import main
from autograder.grading import lock, outcomes
from autograder.grading.lock import LockError, assignment_lock, lock_for
from tests.autograder.fixtures.course import ASSIGNMENT, notebook_bytes, source
from tests.autograder.fixtures.gradebook import auto_points
from tests.conftest import with_cells

HOLD = '''
import sys, time
from pathlib import Path
from autograder.grading.lock import assignment_lock
with assignment_lock(Path(sys.argv[1]), sys.argv[2], sys.argv[3] or None, "corregeix"):
    print("bloquejat", flush=True)
    time.sleep(600)
'''


def _snapshot(root):
    """Every file under the course with its size and modification time (the lock files aside)."""
    return {str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(root.rglob("*"))
            if p.is_file() and not p.name.endswith(".bloqueig")}


def _submit(root, student, data):
    folder = root / "submitted" / student / ASSIGNMENT
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{ASSIGNMENT}.ipynb").write_bytes(data)


def _holder_process(root, db=""):
    """Another process (as another trainer's would be) holding the assignment's lock until it is killed."""
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(root), ASSIGNMENT, db], stdout=subprocess.PIPE,
                               text=True, start_new_session=True)
    assert process.stdout.readline().strip() == "bloquejat"
    return process


def _kill(process) -> None:
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def _cli(capsys, *args) -> tuple[int, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_every_racing_command_stops_and_changes_nothing(course_root, tmp_path, capsys):
    _submit(course_root, "alumne1", notebook_bytes(source(course_root)))
    holder = _holder_process(course_root)
    try:
        before = _snapshot(course_root)
        root = str(course_root)
        zip_path = tmp_path / "trameses.zip"
        zip_path.write_bytes(b"no cal que sigui un zip: no s'ha d'obrir")
        for args in (("corregeix", ASSIGNMENT, "--curs", root), ("recull", ASSIGNMENT, str(zip_path), "--curs", root),
                     ("retroaccio", ASSIGNMENT, "--curs", root), ("exporta", ASSIGNMENT, "--curs", root)):
            started = time.monotonic()
            code, text = _cli(capsys, *args)
            assert code == 1, (args, text)
            assert time.monotonic() - started < 5, args
            assert f"L'exercici «{ASSIGNMENT}» està ocupat" in text and "No s'ha fet cap canvi" in text
            assert "«autograder corregeix»" in text and f"procés {holder.pid}" in text
            assert f"ordinador {socket.gethostname()}" in text and "des del " in text
            assert f"usuari {lock._user()}" in text
        assert _snapshot(course_root) == before
    finally:
        _kill(holder)


def test_lock_of_a_killed_run_is_released_and_grading_goes_on(course_root, capsys):
    _submit(course_root, "alumne1", notebook_bytes(source(course_root)))
    holder = _holder_process(course_root)
    _kill(holder)   # a killed run: its lock file stays behind
    assert lock_for(course_root, ASSIGNMENT, None, "corregeix").path.exists()
    code, text = _cli(capsys, "corregeix", ASSIGNMENT, "--curs", str(course_root), "--treballadors", "1")
    assert code == 0, text
    assert "S'ha alliberat un bloqueig abandonat" in text and f"el procés {holder.pid} ja no existeix" in text
    assert outcomes.load(course_root, ASSIGNMENT, "alumne1").score == auto_points(source(course_root))
    assert not lock_for(course_root, ASSIGNMENT, None, "corregeix").path.exists()   # released at the end


def test_lock_file_from_another_machine(course_root):
    path = lock_for(course_root, ASSIGNMENT, None, "corregeix").path
    other = lock.Holder("corregeix", user="marta", host="portatil-formacio", pid=4242)
    path.write_text(json.dumps(other.__dict__), encoding="utf-8")
    # Still alive (its time stamp moves): it holds the assignment.
    with pytest.raises(LockError) as refused:
        with assignment_lock(course_root, ASSIGNMENT, None, "retroaccio"):
            pass
    assert "usuari marta a l'ordinador portatil-formacio (procés 4242)" in str(refused.value)
    assert str(path) in str(refused.value)   # where to look if that machine is gone for good
    # Its time stamp stopped moving long ago: a run killed on that machine.
    old = time.time() - lock.STALE_AFTER - 60
    os.utime(path, (old, old))
    with assignment_lock(course_root, ASSIGNMENT, None, "retroaccio") as held:
        assert "no dona senyals de vida" in held.released_stale
        assert json.loads(path.read_text(encoding="utf-8"))["command"] == "retroaccio"
    assert not path.exists()


def test_lock_file_heartbeat_keeps_a_long_run_alive(course_root, monkeypatch):
    monkeypatch.setattr(lock, "HEARTBEAT", 0.2)
    with assignment_lock(course_root, ASSIGNMENT, None, "corregeix") as held:
        old = time.time() - 1000
        os.utime(held.path, (old, old))
        time.sleep(1)
        assert time.time() - held.path.stat().st_mtime < 5


def test_second_corregeix_during_a_real_grading(course_root):
    """Two trainers at once: the second run stops at once, the first one grades everything correctly."""
    src = source(course_root)
    slow = with_cells(src, {"collectius": "import time\ntime.sleep(3)\n" + next(
        c.source for c in src.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "collectius")})
    for i in range(2):
        _submit(course_root, f"lent{i}", notebook_bytes(slow))
    cmd = [sys.executable, "-m", "autograder.cli", "corregeix", ASSIGNMENT, "--curs", str(course_root),
           "--treballadors", "1"]
    first = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    path = lock_for(course_root, ASSIGNMENT, None, "corregeix").path
    deadline = time.monotonic() + 60
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    second = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    out, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert second.returncode == 1 and "està ocupat" in second.stderr and f"procés {first.pid}" in second.stderr
    assert {s: (o.status, o.score) for s, o in outcomes.load_all(course_root, ASSIGNMENT).items()} == \
        {f"lent{i}": ("ok", auto_points(src)) for i in range(2)}


def test_postgresql_lock_is_the_databases_and_dies_with_its_session(course_root, postgres_db, capsys):
    holder = _holder_process(course_root, postgres_db)
    try:
        with pytest.raises(LockError) as refused:
            with assignment_lock(course_root, ASSIGNMENT, postgres_db, "exporta"):
                pass
        message = str(refused.value)
        assert f"procés {holder.pid}" in message and "«autograder corregeix»" in message
        assert "PostgreSQL" in message
        # Not a file: another machine sharing the database sees the same lock.
        assert not list(course_root.rglob("*.bloqueig"))
        code, text = _cli(capsys, "retroaccio", ASSIGNMENT, "--curs", str(course_root), "--db", postgres_db)
        assert code == 1 and "està ocupat" in text
    finally:
        _kill(holder)
    # The killed process's session is gone, and the server released its lock with it.
    deadline = time.monotonic() + 10
    while True:
        try:
            with assignment_lock(course_root, ASSIGNMENT, postgres_db, "corregeix") as held:
                assert held.released_stale is None
            break
        except LockError:
            assert time.monotonic() < deadline, "PostgreSQL no ha alliberat el bloqueig de la sessió morta"
            time.sleep(0.2)


def test_postgresql_session_of_a_dead_process_here_is_ended(course_root, postgres_db):
    """A session still open for a process that no longer exists on this machine (e.g. a stuck connection)."""
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stuck = lock_for(course_root, ASSIGNMENT, postgres_db, "corregeix")
    stuck.holder.pid, stuck.holder.started = dead.pid, 1.0
    stuck.acquire()
    try:
        with assignment_lock(course_root, ASSIGNMENT, postgres_db, "corregeix") as held:
            assert f"el procés {dead.pid} ja no existeix" in held.released_stale
    finally:
        with pytest.raises(Exception):  # its session was ended by the server
            stuck.conn.execute("SELECT 1")
        stuck.conn.close()
