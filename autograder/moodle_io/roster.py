"""Who takes part in an assignment, as Moodle knows them: one JSON file per assignment, written by ``collect``.

It links Moodle's participant id (which Moodle uses in file names and in the grading worksheet) to the nbgrader
student id, the learner's name and e-mail, what they submitted and any problem found while collecting.
"""
from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from autograder.grading.nbgrader_course import CourseFolders, course_folders


@dataclass
class Participant:
    participant: str
    student: str
    full_name: str = ""
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    id_number: str = ""
    worksheet_status: str = ""
    in_worksheet: bool = False
    submitted: bool = False
    prefix: str = ""                    # "<full name>_<participant id>" as in Moodle's zip
    notebook: str | None = None         # the submitted file graded as the assignment's notebook
    files: list[dict] = field(default_factory=list)   # {"name": …, "role": "notebook" | "ignored" | "extra"}
    notes: list[str] = field(default_factory=list)    # what collect did (renamed notebook, extra files…)
    problems: list[str] = field(default_factory=list)  # what needs the trainer's attention

    @property
    def display_name(self) -> str:
        return self.full_name or f"Participant {self.participant}"

    @property
    def moodle_prefix(self) -> str:
        """The folder name prefix Moodle uses for this learner; without '_' in the name, as Moodle writes it."""
        if self.prefix:
            return self.prefix
        name = re.sub(r"[_/\\:*?\"<>|]", " ", self.display_name).strip()
        return f"{name}_{self.participant}"


def student_id(participant: str) -> str:
    """The nbgrader student id: stable, derived from Moodle's participant id."""
    return f"p{participant}"


def folder(course_root: Path | CourseFolders, assignment: str) -> Path:
    return course_folders(course_root).lms(assignment)


def path(course_root: Path | CourseFolders, assignment: str) -> Path:
    return folder(course_root, assignment) / "participants.json"


def worksheet_path(course_root: Path | CourseFolders, assignment: str) -> Path:
    return folder(course_root, assignment) / "worksheet.csv"


def save(course_root: Path | CourseFolders, assignment: str, participants: list[Participant]) -> Path:
    target = path(course_root, assignment)
    target.parent.mkdir(parents=True, exist_ok=True)
    ordered = sorted(participants, key=lambda p: int(p.participant))
    text = json.dumps([asdict(p) for p in ordered], ensure_ascii=False, indent=1) + "\n"
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")
    return target


def load(course_root: Path | CourseFolders, assignment: str) -> list[Participant]:
    target = path(course_root, assignment)
    if not target.exists():
        return []
    return [Participant(**data) for data in json.loads(target.read_text(encoding="utf-8"))]


def by_student(course_root: Path | CourseFolders, assignment: str) -> dict[str, Participant]:
    return {p.student: p for p in load(course_root, assignment)}


PARTICLES = {"de", "del", "dels", "la", "les", "da", "van", "von", "y", "i"}


def split_name(full_name: str) -> tuple[str, str]:
    """A best guess at (first name, last name) for nbgrader; the full name itself is kept as Moodle wrote it.

    The last name is the last word, with the word before it when joined by «i»/«y» (Puig i Ferrer) and any
    particles before that (de la Torre, d'Olot is one word already).
    """
    words = full_name.split()
    if len(words) < 2:
        return full_name, ""
    start = len(words) - 1
    if start >= 3 and words[start - 1].lower() in ("i", "y"):
        start -= 2
    while start > 1 and words[start - 1].lower() in PARTICLES:
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:])
