"""Grade every collected submission of an assignment in parallel, each notebook in a fresh sandboxed kernel.

The parent process hands submissions to long-lived workers (:mod:`autograder.grading.grade_worker`, one per core by default)
and shows a progress bar. Each worker runs nbgrader's own ``autograde`` for one learner at a time and saves the
outcome at once, so an interrupted run (Ctrl+C, kill) loses nothing already graded and the next run resumes.
"""
from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

from autograder.errors import AutograderError
from autograder.grading import outcomes
from autograder.grading.kernels.sandbox import Limits, Sandbox, probe
from autograder.grading.nbgrader_course import (
    EXERCISES,
    CourseFolders,
    api,
    course_folders,
    ensure_tools_on_path,
    load_config,
)
from autograder.grading.outcomes import FAILED, Outcome
from autograder.grading.progress import Progress
from autograder.grading.steps import RETRY
from autograder.model.course import ROOT

WORKER_GRACE = 60  # seconds a worker may take beyond the notebook's limit (start-up, nbgrader's own work)
STOP_GRACE = 10  # seconds a worker has to clean up when the batch ends
SQLITE_TIMEOUT = 60  # seconds a worker waits for the SQLite gradebook while another one writes


class GradeError(AutograderError, RuntimeError):
    pass


def default_limits(course_root: Path | CourseFolders = EXERCISES, **changes) -> Limits:
    """The limits the course's nbgrader configuration gives the execution step (``ExecutePreprocessor.timeout`` per
    cell, ``SandboxedExecute.notebook_timeout``, ``memory_mb``, ``output_kb``, ``file_mb``), with ``changes``."""
    config = course_folders(course_root).config
    values = {"cell_timeout": config.ExecutePreprocessor.get("timeout", Limits.cell_timeout)}
    values.update({name: config.SandboxedExecute.get(name, getattr(Limits, name))
                   for name in ("notebook_timeout", "memory_mb", "output_kb", "file_mb")})
    values.update({k: v for k, v in changes.items() if v is not None})
    return Limits(**{k: int(v) for k, v in values.items()})


def nbgrader_api(course_root: Path | CourseFolders = EXERCISES, db: str | None = None, limits: Limits | None = None,
                 kernels=None):
    """nbgrader's API for the course; with ``limits``, its Execute step is the sandboxed one, configured with them, and
    it is a :class:`~autograder.grading.steps.GradingAPI` whose kernels come from ``kernels`` (a ``KernelPool``)."""
    from autograder.grading.preprocessors import execute

    course = course_folders(course_root, db)
    overrides: dict = {"CourseDirectory": {"db_url": course.db_url}}
    if limits is None:
        return api(course, **overrides)
    from autograder.grading.steps import GradingAPI

    overrides["ExecutePreprocessor"] = {"timeout": limits.cell_timeout, "shutdown_kernel": "immediate"}
    overrides["SandboxedExecute"] = {"notebook_timeout": limits.notebook_timeout, "memory_mb": limits.memory_mb,
                                     "output_kb": limits.output_kb, "file_mb": limits.file_mb}
    configured = course.config.Autograde.get("sanitize_preprocessors")
    overrides["Autograde"] = {"autograde_preprocessors": execute.autograde_preprocessors(),
                              "sanitize_preprocessors": execute.sanitize_preprocessors(configured)}
    ensure_tools_on_path()
    return GradingAPI(kernels, config=load_config(course.root, **overrides))


def patient_db_url(url: str) -> str:
    """The gradebook URL the workers use: SQLite waits up to a minute for another worker's write (the default,
    5 s, can run out on a loaded machine and fail a notebook that has nothing wrong)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or "timeout" in parsed.query:
        return url
    return parsed.update_query_dict({"timeout": str(SQLITE_TIMEOUT)}).render_as_string(hide_password=False)


def ensure_assignment(course_root: Path | CourseFolders, assignment: str, db: str | None = None) -> None:
    """nbgrader grades only assignments in its gradebook; a new gradebook (e.g. PostgreSQL) gets it from source."""
    from nbgrader.api import Gradebook, MissingEntry

    course = course_folders(course_root, db)
    with Gradebook(course.db_url, course.course_id) as gb:
        try:
            if gb.find_assignment(assignment).notebooks:
                return
        except MissingEntry:
            pass
    if not course.source(assignment).is_dir():
        raise GradeError(f"No existeix l'exercici «{assignment}» a {course.source()}.")
    result = nbgrader_api(course).generate_assignment(assignment, force=True, create=True)
    if not result["success"]:
        raise GradeError(f"No s'ha pogut preparar l'exercici «{assignment}» al llibre de qualificacions:\n"
                         f"{result['log'][-2000:]}")


def pending(course_root: Path | CourseFolders, assignment: str, force: bool = False,
            students: list[str] | None = None) -> list[str]:
    """Submissions to grade: all with ``force``, else those without an outcome for their current file or whose
    grading failed for a reason that has nothing to do with the notebook (:data:`steps.RETRY`); only ``students``
    (in that order) when given."""
    course = course_folders(course_root)
    todo = []
    found = course.submitted_students(assignment)
    for student in found if students is None else [s for s in students if s in found]:
        done = outcomes.load(course, assignment, student)
        if (force or done is None or done.sha256 != outcomes.file_hash(course.submitted(student, assignment))
                or (done.status == FAILED and RETRY & set(done.codes))):
            todo.append(student)
    return todo


class _Worker:
    def __init__(self, settings: dict, log):
        ensure_tools_on_path()
        env = dict(os.environ, PYTHONUTF8="1")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "autograder.grading.grade_worker", json.dumps(settings)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, text=True, encoding="utf-8",
            start_new_session=True,  # Ctrl+C reaches the parent only, which stops workers cleanly
            env=env, cwd=str(ROOT))
        self.task: str | None = None
        self.deadline = 0.0

    def send(self, assignment: str, student: str, seconds: float) -> None:
        self.task = student
        self.deadline = time.monotonic() + seconds
        self.process.stdin.write(json.dumps({"assignment": assignment, "student": student}) + "\n")
        self.process.stdin.flush()

    def stop(self) -> None:
        """End an idle worker: it closes its kernel template and removes its temporary folders, then exits."""
        try:
            self.process.stdin.close()
            self.process.wait(STOP_GRACE)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self.kill()

    def kill(self) -> None:
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except OSError:
            pass
        self.process.wait()


def grade(assignment: str, course_root: Path = EXERCISES, *, db: str | None = None, workers: int | None = None,
          force: bool = False, limits: Limits | None = None, sandbox: Sandbox | None = None,
          stream=None, ahead: bool = True, students: list[str] | None = None) -> list[Outcome]:
    """Grade the pending submissions of ``assignment`` (only ``students``, in that order, when given); returns the
    outcomes of this run. The score of a submission does not depend on the order, the number of workers or what
    the gradebook graded before."""
    stream = stream or sys.stderr
    course = course_folders(course_root, db)
    limits = limits or default_limits(course)
    sandbox = sandbox or probe()
    ensure_tools_on_path()
    ensure_assignment(course, assignment)
    todo = pending(course, assignment, force, students)
    print(f"Exercici {assignment}: {len(todo)} lliuraments per corregir"
          f" ({len(course.submitted_students(assignment)) - len(todo)} ja corregits).", file=stream)
    print("Proteccions actives:", file=stream)
    for line in sandbox.protections(limits):
        print(f"  - {line}", file=stream)
    if not todo:
        return []
    settings = {"course_root": str(course.root), "db_url": patient_db_url(course.db_url),
                "limits": asdict(limits),
                "bwrap": sandbox.bwrap, "reason": sandbox.reason, "ahead": ahead}
    count = max(1, min(workers or os.cpu_count() or 1, len(todo)))
    log_path = course.outcomes(assignment) / "correccio.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    progress = Progress(len(todo), stream)
    results: list[Outcome] = []
    with open(log_path, "a", encoding="utf-8") as log:
        pool = [_Worker(settings, log) for _ in range(count)]
        previous = signal.signal(signal.SIGTERM, _raise_interrupt)
        try:
            _run(pool, assignment, todo, limits, settings, log, progress, results, course)
        except KeyboardInterrupt:
            progress.close()
            print(f"S'ha interromput la correcció: es conserven els {len(results)} lliuraments ja corregits. "
                  "Torna a executar la mateixa ordre per continuar.", file=stream)
            raise
        finally:
            signal.signal(signal.SIGTERM, previous)
            for worker in pool:
                worker.stop()
    progress.close()
    return results


def _raise_interrupt(signum, frame):
    raise KeyboardInterrupt


def _run(pool, assignment, todo, limits, settings, log, progress, results, course) -> None:
    queue = list(todo)
    budget = limits.notebook_timeout + WORKER_GRACE
    selector = selectors.DefaultSelector()
    for worker in pool:
        selector.register(worker.process.stdout, selectors.EVENT_READ, worker)
    busy = 0
    for worker in pool:
        if queue:
            worker.send(assignment, queue.pop(0), budget)
            busy += 1
    while busy:
        now = time.monotonic()
        timeout = max(0.1, min(w.deadline for w in pool if w.task) - now)
        for key, _ in selector.select(timeout):
            worker = key.data
            line = worker.process.stdout.readline()
            if line:
                outcome = Outcome(**json.loads(line))
            else:  # the worker died: record it, replace the worker
                outcome = _lost(course, assignment, worker.task, "worker_died",
                                "El procés de correcció s'ha aturat inesperadament amb aquest lliurament.")
                selector.unregister(worker.process.stdout)
                worker.kill()
                pool[pool.index(worker)] = worker = _Worker(settings, log)
                selector.register(worker.process.stdout, selectors.EVENT_READ, worker)
            _record(outcome, results, progress)
            worker.task, busy = None, busy - 1
            if queue:
                worker.send(assignment, queue.pop(0), budget)
                busy += 1
        for worker in list(pool):
            if worker.task and time.monotonic() > worker.deadline:
                outcome = _lost(course, assignment, worker.task, "worker_timeout",
                                f"No ha acabat en {budget} s (límit per quadern més marge): s'ha aturat.")
                selector.unregister(worker.process.stdout)
                worker.kill()
                pool[pool.index(worker)] = new = _Worker(settings, log)
                selector.register(new.process.stdout, selectors.EVENT_READ, new)
                _record(outcome, results, progress)
                busy -= 1
                if queue:
                    new.send(assignment, queue.pop(0), budget)
                    busy += 1


def _lost(course: CourseFolders, assignment: str, student: str, code: str, reason: str) -> Outcome:
    outcome = Outcome(assignment, student, FAILED, [reason], sha256=outcomes.file_hash(course.submitted(student, assignment)),
                      codes=[code])
    outcomes.save(course, outcome)
    return outcome


def _record(outcome: Outcome, results: list, progress: Progress) -> None:
    results.append(outcome)
    score = f" ({outcome.score:g}/{outcome.max_score:g})" if outcome.has_score else ""
    progress.update(outcome.status, f"{outcome.student}: {outcome.label}{score}")
