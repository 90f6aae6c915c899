"""Files for Moodle: the grading worksheet filled in, the feedback files zip and a gradebook import CSV.

* the worksheet keeps every column and row Moodle gave; only the grade and the feedback comment change, and only
  for learners with a final score (those that need the trainer's attention keep an empty grade: never a silent 0;
  those with rubric answers the trainer has not graded yet keep an empty grade too and are listed as pending:
  never a partial grade sent as if it were final);
* the feedback zip follows Moodle's "upload multiple feedback files in a zip" layout,
  ``<Full name>_<participant id>_assignsubmission_file_/feedback.html``;
* the gradebook CSV (an alternative: Moodle stores what it imports as overrides, with no feedback file) is keyed by
  e-mail and ID number, and its grade and feedback columns carry the names Moodle gives the assignment's grade item
  (``autograder.model.moodle_names``), for Grades › Import › CSV file.
All CSV is UTF-8, written with the csv module, with a point as decimal separator.
"""
from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from autograder.grading.nbgrader_course import EXERCISES, CourseFolders, course_folders
from autograder.grading.outcomes import REVIEW
from autograder.model import moodle_names
from autograder.model.course import load_course
from autograder.moodle_io import roster
from autograder.moodle_io.worksheet import format_grade, read_worksheet
from autograder.results.feedback import write_feedback
from autograder.results.learner_results import LearnerResult, load_results
from pla.comu import format_nombre


@dataclass
class ExportReport:
    worksheet: Path | None = None
    feedback_zip: Path | None = None
    gradebook_csv: Path | None = None
    graded: int = 0
    withheld: list[str] = field(default_factory=list)   # learners left without a grade, with the reason
    pending: list[str] = field(default_factory=list)    # learners whose rubric answers are not graded yet
    warnings: list[str] = field(default_factory=list)

    def text(self) -> str:
        lines = [f"Qualificacions exportades: {self.graded}."]
        for path, what in ((self.worksheet, "Full de qualificacions per pujar a Moodle"),
                           (self.feedback_zip, "Zip de fitxers de retroacció"),
                           (self.gradebook_csv, "Alternativa, CSV per al llibre de qualificacions (sense fitxers "
                                                "de retroacció; Moodle hi desa les notes com a rectificades)")):
            if path:
                lines.append(f"{what}: {path}")
        lines += [f"Sense qualificació (cal revisar-ho): {w}" for w in self.withheld]
        lines += [f"Sense qualificació (pendent de valorar amb la rúbrica): {p}" for p in self.pending]
        if self.pending:
            lines.append("Valora les respostes pendents amb «autograder valora» i torna a exportar: fins llavors "
                         "no s'envia cap nota parcial a Moodle.")
        lines += [f"ATENCIÓ: {w}" for w in self.warnings]
        return "\n".join(lines)


def comment(result: LearnerResult, provisional: bool = False) -> str:
    """The short comment for Moodle's feedback-comments column."""
    outcome = result.outcome
    kind = "Puntuació provisional" if provisional else \
        "Puntuació" if any(t.rubric for t in result.tests) else "Puntuació automàtica"
    parts = [f"{kind}: {format_nombre(result.score)} de {format_nombre(outcome.max_score)} punts."]
    tasks = "; ".join(f"{t.title}: {format_nombre(t.earned)}/{format_nombre(t.points)}" for t in result.tasks)
    if tasks:
        parts.append(tasks + ".")
    parts.append("Trobaràs el detall de cada prova al fitxer de retroacció.")
    return " ".join(parts)


def scaled(result: LearnerResult, maximum: float | None) -> float:
    """The score on Moodle's scale (the worksheet's maximum grade) when it differs from the notebook's points."""
    score, max_score = result.score, result.outcome.max_score
    if maximum and max_score:
        return score / max_score * maximum
    return score


def export(assignment: str, course_root: Path | CourseFolders = EXERCISES, db: str | None = None,
           dest: Path | None = None, include_review: bool = False) -> ExportReport:
    course = course_folders(course_root, db)
    dest = Path(dest) if dest else course.lms(assignment) / "export"
    dest.mkdir(parents=True, exist_ok=True)
    results = load_results(course, assignment)
    report = ExportReport()
    exportable = {}
    for r in results:
        if r.has_score and r.pending:
            cells = ", ".join(t.task for t in r.pending)
            report.pending.append(f"{r.name}: falten {format_nombre(r.pending_points)} punts ({cells}).")
        elif r.has_score and (r.outcome.status != REVIEW or include_review):
            exportable[r.student] = r
        else:
            why = "; ".join(r.outcome.reasons) if r.outcome else "no s'ha corregit"
            report.withheld.append(f"{r.name}: {why}")
    report.graded = len(exportable)
    sheet_path = roster.worksheet_path(course, assignment)
    maxima = {}
    if sheet_path.exists():
        sheet = read_worksheet(sheet_path)
        maxima = {rec["participant"]: rec["max_grade"] for rec in sheet.records()}
        marks = {}
        for r in exportable.values():
            if r.participant is None:
                continue
            grade = format_grade(scaled(r, maxima.get(r.participant.participant)))
            marks[r.participant.participant] = (grade, comment(r, r.outcome.status == REVIEW))
        if "feedback" not in sheet.columns:
            report.warnings.append("El full no té columna de comentaris de retroacció: activa'ls a la tasca "
                                   "de Moodle per rebre'ls; s'han escrit només les qualificacions.")
        report.worksheet = sheet.write(dest / f"{assignment}-full-qualificacions.csv", marks)
    else:
        report.warnings.append("No hi ha full de qualificacions (recull-lo amb --full): no s'ha pogut omplir.")
    report.feedback_zip = _feedback_zip(assignment, course, dest, results)
    report.gradebook_csv = _gradebook_csv(assignment, dest, exportable, maxima)
    return report


def _feedback_zip(assignment: str, course: CourseFolders, dest: Path, results: list[LearnerResult]) -> Path:
    pages = write_feedback(assignment, course)
    target = dest / f"{assignment}-retroaccio.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for r in results:
            if r.participant is None or r.student not in pages:
                continue
            folder = f"{r.participant.moodle_prefix}_assignsubmission_file_"
            zf.writestr(f"{folder}/feedback.html", pages[r.student].read_bytes())
    return target


def _gradebook_csv(assignment: str, dest: Path, exportable: dict[str, LearnerResult], maxima: dict) -> Path:
    try:
        unit = load_course().unit_for_assignment(assignment)
        columns = [moodle_names.grade_column(unit), moodle_names.feedback_column(unit)]
    except KeyError:
        title = load_course().assignment_title(assignment)
        columns = [title, f"Retroacció: {title}"]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["Número ID", "Adreça electrònica", "Nom complet", *columns])
    for r in sorted(exportable.values(), key=lambda r: r.name):
        p = r.participant
        if p is None or not (p.email or p.id_number):
            continue
        grade = format_grade(scaled(r, maxima.get(p.participant)))
        writer.writerow([p.id_number, p.email, p.display_name, grade, comment(r, r.outcome.status == REVIEW)])
    target = dest / f"{assignment}-llibre-qualificacions.csv"
    target.write_text(out.getvalue(), encoding="utf-8")
    return target
