"""One grading worker: a long-lived process that grades the submissions it is sent, one at a time.

Protocol (JSON lines): the parent writes ``{"assignment": …, "student": …}`` to stdin; the worker answers each with
the submission's :class:`~autograder.grading.outcomes.Outcome` as one line on stdout, after saving it. Anything else that
would go to stdout (nbgrader's log, warnings) goes to stderr instead.
"""
from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import asdict
from pathlib import Path

from autograder.grading import outcomes, precheck
from autograder.grading.nbgrader_course import CourseFolders, course_folders
from autograder.grading.outcomes import FAILED, OK, REVIEW, Outcome
from autograder.grading.steps import GRADEBOOK_BUSY, Reason

# The order the trainer reads the notes of a graded notebook in: what was repaired, what each cell hit, then what
# stopped or cut the whole notebook.
NOTE_ORDER = {"metadata_restored": 0, "duplicated_cells": 0, "kernel_stopped": 2, "output_truncated": 3}


def grade_one(api, course: Path | CourseFolders, assignment: str, student: str) -> Outcome:
    """Grade one submission with ``api`` (:class:`autograder.grading.steps.GradingAPI`): its steps record why it
    failed or needs a look."""
    from autograder.grading.preprocessors.missing_cells import reference_notebook

    course = course_folders(course)
    notebook = course.submitted(student, assignment)
    started = time.monotonic()
    outcome = Outcome(assignment, student, FAILED, sha256=outcomes.file_hash(notebook))
    problem = precheck.problem(notebook, reference_notebook(api.coursedir, assignment, notebook.stem))
    if problem is not None:
        return _done(outcome, started, [problem])
    result = api.autograde(assignment, student, force=True, create=True)
    if not result["success"] and api.record.failure == GRADEBOOK_BUSY:
        time.sleep(1)  # SQLite: another worker held the lock too long; once more is enough
        result = api.autograde(assignment, student, force=True, create=True)
    if not result["success"]:
        failure = api.record.failure or Reason("nbgrader_error", "nbgrader no ha pogut corregir el quadern (sense "
                                                                 "detalls): cal revisar-lo a mà.")
        return _done(outcome, started, [failure])
    from nbgrader.api import Gradebook

    with Gradebook(api.coursedir.db_url, api.coursedir.course_id) as gb:
        submission = gb.find_submission(assignment, student)
        outcome.score, outcome.max_score = submission.score, submission.max_score
    # Rubric cells nbgrader leaves "needs manual grade" are not a problem: the results read them as pending.
    notes = sorted(api.record.notes, key=lambda r: NOTE_ORDER.get(r.code, 1))
    outcome.status = REVIEW if notes else OK
    return _done(outcome, started, notes)


def _done(outcome: Outcome, started: float, reasons: list[Reason]) -> Outcome:
    outcome.reasons = [_sentence(r.text) for r in reasons]
    outcome.codes = [r.code for r in reasons]
    outcome.seconds = round(time.monotonic() - started, 2)
    return outcome


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def main() -> int:
    from autograder.grading.grade import nbgrader_api
    from autograder.grading.gradebook_engines import share_engines
    from autograder.grading.kernels.sandbox import Limits, Sandbox
    from autograder.grading.preprocessors.execute import KernelPool

    settings = json.loads(sys.argv[1])
    course = CourseFolders(Path(settings["course_root"]), settings.get("db_url"))
    limits = Limits(**settings["limits"])
    sandbox = Sandbox(settings["bwrap"], settings.get("reason", ""))
    # stdout carries the protocol only: everything else that prints goes to stderr.
    channel = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    share_engines()
    kernels = KernelPool(sandbox, limits, ahead=settings.get("ahead", True))
    api = nbgrader_api(course, limits=limits, kernels=kernels)
    try:
        for line in sys.stdin:
            task = json.loads(line)
            try:
                outcome = grade_one(api, course, task["assignment"], task["student"])
            except Exception as exc:  # never lose the batch: record the failure and go on
                outcome = Outcome(task["assignment"], task["student"], FAILED,
                                  [f"Error inesperat en corregir-lo: {type(exc).__name__}: {exc}"],
                                  codes=["unexpected_error"])
            outcomes.save(course, outcome)
            channel.write(json.dumps(asdict(outcome), ensure_ascii=False) + "\n")
    finally:
        kernels.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
