"""Bring a Moodle "Download all submissions" zip (and its grading worksheet) into the nbgrader course.

Each learner's notebook lands in ``submitted/p<participant id>/<assignment>/<assignment>.ipynb`` whatever they named
it; name, e-mail and participant id go to nbgrader's gradebook and to the roster (:mod:`autograder.moodle_io.roster`).
Nothing is dropped silently: renamed notebooks, several notebooks, extra files, a zip inside the zip, no notebook
at all: each one is noted by name. Running it twice changes nothing.
"""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from autograder.grading import outcomes
from autograder.grading.nbgrader_course import EXERCISES, CourseFolders, course_folders, ensure_tools_on_path
from autograder.grading.outcomes import NO_NOTEBOOK, Outcome
from autograder.moodle_io import roster
from autograder.moodle_io.roster import Participant
from autograder.moodle_io.submissions import Download, Submission, SubmittedFile, read_download
from autograder.moodle_io.worksheet import Worksheet, read_worksheet


@dataclass
class CollectReport:
    assignment: str
    participants: list[Participant] = field(default_factory=list)
    written: list[str] = field(default_factory=list)     # students whose notebook was new or changed
    unchanged: list[str] = field(default_factory=list)
    unrecognised: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def submitted(self) -> list[Participant]:
        return [p for p in self.participants if p.submitted]

    @property
    def not_submitted(self) -> list[Participant]:
        return [p for p in self.participants if p.in_worksheet and not p.submitted]

    def text(self) -> str:
        lines = [f"Exercici {self.assignment}: {len(self.submitted)} lliuraments al zip"
                 f" ({len(self.written)} nous o canviats, {len(self.unchanged)} sense canvis)."]
        if any(p.in_worksheet for p in self.participants):
            lines.append(f"Al full de qualificacions: {sum(p.in_worksheet for p in self.participants)} persones; "
                         f"{len(self.not_submitted)} no han lliurat res.")
            if self.not_submitted:
                lines.append("No han lliurat: " + ", ".join(f"{p.display_name} (participant {p.participant})"
                                                            for p in self.not_submitted) + ".")
        lines += [f"ATENCIÓ: {w}" for w in self.warnings]
        for p in self.participants:
            for problem in p.problems:
                lines.append(f"ATENCIÓ — {p.display_name} (participant {p.participant}): {problem}")
            for note in p.notes:
                lines.append(f"Nota — {p.display_name} (participant {p.participant}): {note}")
        for name in self.unrecognised:
            lines.append(f"ATENCIÓ: el fitxer «{name}» del zip no segueix el format de Moodle i no s'ha recollit.")
        return "\n".join(lines)


def collect(zip_path: Path, assignment: str, course_root: Path = EXERCISES, worksheet: Path | None = None,
            db: str | None = None) -> CollectReport:
    course = course_folders(course_root, db)
    download = read_download(zip_path)
    sheet = _worksheet(course, assignment, worksheet)
    report = CollectReport(assignment, unrecognised=download.unrecognised)
    previous = {p.participant: p for p in roster.load(course, assignment)}
    participants = _participants(sheet, download, previous)
    grade_ids = _grade_ids(course, assignment)
    for participant in participants.values():
        submission = download.submissions.get(participant.participant)
        if submission is not None:
            _place(course, assignment, participant, submission, grade_ids, report)
    if sheet is None and not previous:
        report.warnings.append("No s'ha donat el full de qualificacions: no se sabrà qui no ha lliurat res, "
                               "ni es podrà omplir el full per a Moodle.")
    report.participants = sorted(participants.values(), key=lambda p: int(p.participant))
    roster.save(course, assignment, report.participants)
    _register_students(course, report.participants)
    return report


def _worksheet(course: CourseFolders, assignment: str, worksheet: Path | None) -> Worksheet | None:
    """The worksheet given now (kept beside the roster for the export), or the one kept from a previous run."""
    kept = roster.worksheet_path(course, assignment)
    if worksheet is not None:
        sheet = read_worksheet(worksheet)   # fails with a clear message before anything is written
        kept.parent.mkdir(parents=True, exist_ok=True)
        if not kept.exists() or kept.read_bytes() != Path(worksheet).read_bytes():
            shutil.copyfile(worksheet, kept)
        return sheet
    return read_worksheet(kept) if kept.exists() else None


def _participants(sheet: Worksheet | None, download: Download, previous: dict) -> dict[str, Participant]:
    people: dict[str, Participant] = {}
    for record in sheet.records() if sheet else []:
        pid = record["participant"]
        first, last = roster.split_name(record["full_name"])
        people[pid] = Participant(pid, roster.student_id(pid), record["full_name"], first, last, record["email"],
                                  record["id_number"], record["status"], in_worksheet=True)
    for pid, submission in download.submissions.items():
        person = people.get(pid)
        if person is None:
            old = previous.get(pid)
            name = submission.full_name
            first, last = roster.split_name(name)
            person = people[pid] = Participant(pid, roster.student_id(pid), name, first, last,
                                               old.email if old else "", old.id_number if old else "")
            if sheet is not None:
                person.problems.append("Ha lliurat, però no és al full de qualificacions (s'ha donat de baixa?).")
        person.submitted = True
        person.prefix = submission.prefix
        person.problems += submission.problems
    for pid, old in previous.items():   # learners seen before but absent from this zip and sheet stay known
        if pid not in people:
            people[pid] = old
    return people


def _grade_ids(course: CourseFolders, assignment: str) -> set[str]:
    source = course.source_notebook(assignment)
    if not source.exists():
        return set()
    return _cell_ids(source.read_bytes())


def _cell_ids(data: bytes) -> set[str]:
    try:
        nb = json.loads(data.decode("utf-8-sig"))
        return {c.get("metadata", {}).get("nbgrader", {}).get("grade_id") for c in nb.get("cells", [])} - {None}
    except (ValueError, AttributeError, TypeError):
        return set()


def _place(course: CourseFolders, assignment: str, participant: Participant, submission: Submission,
           grade_ids: set[str], report: CollectReport) -> None:
    """Choose the learner's notebook among their files and write it where nbgrader expects it."""
    notebooks = [f for f in submission.files
                 if f.name.lower().endswith(".ipynb") and ".ipynb_checkpoints" not in f.name]
    others = [f for f in submission.files if f not in notebooks and not f.name.lower().endswith(".zip")]
    target = course.submitted(participant.student, assignment)
    if not notebooks:
        names = ", ".join(f"«{f.name}»" for f in submission.files) or "cap fitxer"
        participant.problems.append(f"No hi ha cap quadern (.ipynb) entre els fitxers lliurats ({names}).")
        participant.files = [{"name": f.name, "role": "extra"} for f in submission.files]
        participant.notebook = None
        target.unlink(missing_ok=True)  # an older notebook is no longer what Moodle holds for this learner
        outcomes.save(course, Outcome(assignment, participant.student, NO_NOTEBOOK,
                                           [participant.problems[-1]]))
        return
    chosen = _choose(notebooks, assignment, grade_ids, participant)
    participant.notebook = chosen.name
    participant.files = [{"name": f.name, "role": "notebook" if f is chosen else
                          ("ignored" if f in notebooks else "extra")} for f in submission.files]
    if PurePosixPath(chosen.name).name != f"{assignment}.ipynb":
        participant.notes.append(f"El quadern «{chosen.name}» es corregeix com a {assignment}.ipynb.")
    if others:
        participant.notes.append("Fitxers addicionals que no es corregeixen: "
                                 + ", ".join(f"«{f.name}»" for f in others) + ".")
    if target.exists() and target.read_bytes() == chosen.data:
        report.unchanged.append(participant.student)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(chosen.data)
    report.written.append(participant.student)


def _choose(notebooks: list[SubmittedFile], assignment: str, grade_ids: set[str],
            participant: Participant) -> SubmittedFile:
    """The exact name wins; else the notebook with most of the assignment's cells, then the newest."""
    exact = [f for f in notebooks if PurePosixPath(f.name).name == f"{assignment}.ipynb"]
    pool = exact or notebooks
    ranked = sorted(pool, key=lambda f: (len(_cell_ids(f.data) & grade_ids), f.modified, f.name), reverse=True)
    chosen = ranked[0]
    rest = [f for f in notebooks if f is not chosen]
    if rest:
        names = ", ".join(f"«{f.name}»" for f in rest)
        message = f"Ha lliurat {len(notebooks)} quaderns: es corregeix «{chosen.name}» i no {names}."
        (participant.notes if exact else participant.problems).append(message)
    return chosen


def _register_students(course: CourseFolders, participants: list[Participant]) -> None:
    """Name, e-mail and participant id in nbgrader's gradebook (Student.lms_user_id keeps the participant id)."""
    ensure_tools_on_path()
    from nbgrader.api import Gradebook

    with Gradebook(course.db_url, course.course_id) as gb:
        for p in participants:
            if not p.submitted:
                continue
            fields = {"first_name": p.first_name or None, "last_name": p.last_name or None,
                      "lms_user_id": p.participant}
            if p.email:
                fields["email"] = p.email
            gb.update_or_create_student(p.student, **fields)
