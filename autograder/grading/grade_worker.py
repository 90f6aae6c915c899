"""One grading worker: a long-lived process that grades the submissions it is sent, one at a time.

Protocol (JSON lines): the parent writes ``{"assignment": …, "student": …}`` to stdin; the worker answers each with
the submission's :class:`~autograder.grading.outcomes.Outcome` as one line on stdout, after saving it. Anything else that
would go to stdout (nbgrader's log, warnings) goes to stderr instead.
"""
from __future__ import annotations

import json
import os
import re
import sys
import time
from dataclasses import asdict
from pathlib import Path

from autograder.grading import outcomes, precheck
from autograder.grading.nbgrader_course import CourseFolders
from autograder.grading.outcomes import FAILED, OK, REVIEW, Outcome
from autograder.grading.preprocessors import repair

CELL_PROBLEMS = {
    "CellTimeoutError": "la cel·la «{cell}» ha superat el temps màxim per cel·la (potser un bucle infinit)",
    "KeyboardInterrupt": "la cel·la «{cell}» s'ha hagut d'interrompre (temps o sortida excessius)",
    "SystemExit": "la cel·la «{cell}» crida sys.exit() o exit()",
    "MemoryError": "la cel·la «{cell}» ha superat el límit de memòria",
    "DeadKernelError": "el nucli s'ha aturat a la cel·la «{cell}»",
}


def grade_one(api, course: CourseFolders, assignment: str, student: str, limits) -> Outcome:
    from autograder.grading.preprocessors.execute import RUN

    notebook = course.submitted(student, assignment)
    started = time.monotonic()
    outcome = Outcome(assignment, student, FAILED, sha256=outcomes.file_hash(notebook))
    reason = precheck.problem(notebook)
    restored = reason == precheck.NO_METADATA and _restorable(api, notebook, assignment)
    if reason and not restored:
        outcome.reasons = [reason]
        return _done(outcome, started)
    result = api.autograde(assignment, student, force=True, create=True)
    if not result["success"] and "database is locked" in (result.get("log") or ""):
        time.sleep(1)  # SQLite: another worker held the lock too long; once more is enough
        result = api.autograde(assignment, student, force=True, create=True)
    if not result["success"]:
        outcome.reasons = [_failure_reason(result.get("log") or result.get("error") or "", RUN, limits)]
        return _done(outcome, started)
    from nbgrader.api import Gradebook

    with Gradebook(api.coursedir.db_url, api.coursedir.course_id) as gb:
        submission = gb.find_submission(assignment, student)
        outcome.score, outcome.max_score = submission.score, submission.max_score
    reasons = _repairs(notebook, restored)
    reasons += _autograded_problems(course.autograded(student, assignment))
    if RUN.kernel_died_in is not None:
        reasons.append(f"el nucli de Python s'ha aturat a la cel·la «{RUN.kernel_died_in}» per culpa del codi del "
                       "quadern (per exemple, os._exit(), os.kill() o un excés de memòria): les proves que ja "
                       "s'havien executat conserven els punts i les altres compten 0")
    if RUN.output_truncated:
        reasons.append(f"la sortida del quadern ha superat {limits.output_kb} kB i s'ha tallat")
    # Rubric cells nbgrader leaves "needs manual grade" are not a problem: results.py reads them as pending.
    outcome.status = REVIEW if reasons else OK
    outcome.reasons = [_sentence(r) for r in reasons]
    return _done(outcome, started)


def _restorable(api, notebook: Path, assignment: str) -> bool:
    """Whether a notebook without nbgrader metadata matches the released one unambiguously (nbgrader's
    ``RestoreMetadata`` step then restores it the same way)."""
    import nbformat

    from autograder.grading.preprocessors.missing_cells import reference_notebook

    release = reference_notebook(api.coursedir, assignment, notebook.stem)
    return release is not None and repair.match_release(nbformat.read(notebook, as_version=4), release) is not None


def _repairs(notebook: Path, restored: bool) -> list[str]:
    """What was repaired before grading, in words the learner also reads."""
    import nbformat

    reasons = []
    if restored:
        reasons.append("el quadern havia perdut les metadades d'nbgrader (potser s'ha desat amb un altre editor): "
                       "s'han recuperat comparant-ne les cel·les amb el quadern publicat i s'ha corregit")
    else:
        duplicated = repair.duplicated_ids(nbformat.read(notebook, as_version=4))
        if duplicated:
            names = ", ".join(f"«{gid}»" for gid in duplicated)
            reasons.append(f"el quadern té cel·les repetides ({names}): s'ha corregit l'última còpia de cadascuna "
                           "i les anteriors s'han executat com a cel·les normals")
    return reasons


def _done(outcome: Outcome, started: float) -> Outcome:
    outcome.seconds = round(time.monotonic() - started, 2)
    return outcome


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _failure_reason(log: str, run, limits) -> str:
    if run.notebook_timeout:
        return (f"Ha superat el temps màxim per quadern ({limits.notebook_timeout} s) i s'ha aturat: "
                "probablement un bucle infinit o un càlcul massa llarg.")
    if "DeadKernelError" in log or "Kernel died" in log or "kernel died" in log:
        return ("El nucli de Python s'ha aturat mentre s'executava el quadern (per exemple, os._exit(), "
                "os.kill() o un excés de memòria): no hi ha puntuació.")
    if "Inconsistent checksums" in log:
        return "S'han modificat les metadades d'una cel·la de proves (checksum inconsistent): cal revisar-lo a mà."
    if "SchemaTooOld" in log or "SchemaTooNew" in log or "nbgrader update" in log or \
            "schema" in log.lower() and "version" in log.lower():
        return "El quadern té metadades d'nbgrader d'una versió diferent: cal revisar-lo a mà."
    if "KeyError" in log and "overwritecells" in log.lower():
        return ("Falten o s'han alterat metadades d'nbgrader d'algunes cel·les (potser s'han copiat a un quadern "
                "nou): cal corregir-lo a mà.")
    last = [line for line in log.strip().splitlines() if line.strip()]
    detail = re.sub(r"\s+", " ", last[-1])[:200] if last else "sense detalls"
    return f"nbgrader no ha pogut corregir el quadern ({detail})."


def _autograded_problems(path: Path) -> list[str]:
    import nbformat

    try:
        nb = nbformat.read(path, as_version=4)
    except (OSError, ValueError):
        return ["no s'ha trobat el quadern corregit"]
    problems = []
    for index, cell in enumerate(nb.cells, start=1):
        name = cell.metadata.get("nbgrader", {}).get("grade_id") or f"núm. {index}"
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error" and output.get("ename") in CELL_PROBLEMS:
                problem = CELL_PROBLEMS[output["ename"]].format(cell=name)
                if problem not in problems:
                    problems.append(problem)
    return problems


def main() -> int:
    from autograder.grading.grade import nbgrader_api
    from autograder.grading.kernels.sandbox import Limits, Sandbox
    from autograder.grading.preprocessors import execute

    settings = json.loads(sys.argv[1])
    course = CourseFolders(Path(settings["course_root"]), settings.get("db_url"))
    limits = Limits(**settings["limits"])
    sandbox = Sandbox(settings["bwrap"], settings.get("reason", ""))
    # stdout carries the protocol only: everything else that prints goes to stderr.
    channel = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    execute.CONTEXT.limits = limits
    execute.CONTEXT.pool = execute.KernelPool(sandbox, limits, ahead=settings.get("ahead", True))
    api = nbgrader_api(course, limits=limits)
    try:
        for line in sys.stdin:
            task = json.loads(line)
            try:
                outcome = grade_one(api, course, task["assignment"], task["student"], limits)
            except Exception as exc:  # never lose the batch: record the failure and go on
                outcome = Outcome(task["assignment"], task["student"], FAILED,
                                  [f"Error inesperat en corregir-lo: {type(exc).__name__}: {exc}"])
            outcomes.save(course, outcome)
            channel.write(json.dumps(asdict(outcome), ensure_ascii=False) + "\n")
    finally:
        execute.CONTEXT.pool.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
