"""What happened to each submission when it was graded: one small JSON file per learner and assignment.

nbgrader's gradebook keeps the scores; it has no place for "this notebook looped" or "this file is not a
notebook". These files do, and they make a batch resumable: each one is written atomically as soon as its
submission is graded, so an interrupted run loses nothing and the next run skips what is already done.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from autograder.grading.nbgrader_course import CourseFolders, course_folders

OK = "ok"                    # graded, nothing unusual
REVIEW = "review"            # graded, but the trainer should look at it (a loop, a crash in a cell, output cut…)
FAILED = "failed"            # no score: the notebook could not be graded
NO_NOTEBOOK = "no_notebook"  # the learner submitted files, but no notebook

LABELS = {OK: "corregit", REVIEW: "corregit, cal revisar-lo", FAILED: "no s'ha pogut corregir",
          NO_NOTEBOOK: "sense quadern"}
NEEDS_ATTENTION = (REVIEW, FAILED, NO_NOTEBOOK)


@dataclass
class Outcome:
    assignment: str
    student: str
    status: str
    reasons: list[str] = field(default_factory=list)
    score: float | None = None
    max_score: float | None = None
    sha256: str = ""
    seconds: float = 0.0
    codes: list[str] = field(default_factory=list)   # what each reason is, for programs (autograder.grading.steps)

    @property
    def label(self) -> str:
        return LABELS[self.status]

    @property
    def needs_attention(self) -> bool:
        return self.status in NEEDS_ATTENTION

    @property
    def has_score(self) -> bool:
        return self.status in (OK, REVIEW) and self.score is not None


def folder(course_root: Path | CourseFolders, assignment: str) -> Path:
    return course_folders(course_root).outcomes(assignment)


def path(course_root: Path | CourseFolders, assignment: str, student: str) -> Path:
    return folder(course_root, assignment) / f"{student}.json"


def save(course_root: Path | CourseFolders, outcome: Outcome) -> Path:
    target = path(course_root, outcome.assignment, outcome.student)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(asdict(outcome), fh, ensure_ascii=False, indent=1)
    os.replace(tmp, target)  # atomic: a reader never sees half a file, a kill never leaves one
    return target


def load(course_root: Path | CourseFolders, assignment: str, student: str) -> Outcome | None:
    try:
        data = json.loads(path(course_root, assignment, student).read_text(encoding="utf-8"))
        return Outcome(**data)
    except (OSError, ValueError, TypeError):
        return None


def load_all(course_root: Path | CourseFolders, assignment: str) -> dict[str, Outcome]:
    outcomes = {}
    for file in sorted(folder(course_root, assignment).glob("*.json")):
        outcome = load(course_root, assignment, file.stem)
        if outcome is not None:
            outcomes[outcome.student] = outcome
    return outcomes


def remove(course_root: Path | CourseFolders, assignment: str, student: str) -> None:
    path(course_root, assignment, student).unlink(missing_ok=True)


def file_hash(file: Path) -> str:
    return hashlib.sha256(Path(file).read_bytes()).hexdigest()
