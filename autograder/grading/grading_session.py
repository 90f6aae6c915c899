"""``autograder valora``: the trainer grades the written answers with their rubric, one at a time, in the terminal.

For each answer still pending it shows who wrote it, the task, the learner's text and the published rubric; it asks
the points of each criterion and an optional comment, and records them in nbgrader's gradebook through
:func:`autograder.grading.manual_grading.record_grade` (the same fields nbgrader's formgrader writes). A plain terminal
dialogue works with screen readers and on locked-down computers; nothing is recorded until the last question of an
answer, so stopping halfway (``s`` or Ctrl+D) loses nothing already saved.
"""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

from autograder.grading.manual_grading import (
    ManualGradeError,
    answer_text,
    pending,
    record_grade,
    rubric_cells,
    rubric_comment,
)
from autograder.model.course import load_course
from autograder.moodle_io import roster
from pla.comu import format_nombre
from pla.quadern import Cell, points_text


class Stop(Exception):
    """The trainer asked to stop (``s``) or the input ended."""


def _ask(prompt: str, out) -> str:
    out.write(prompt)
    out.flush()
    line = sys.stdin.readline()
    if not line:
        raise Stop
    answer = line.strip()
    if answer.lower() in ("s", "surt"):
        raise Stop
    return answer


def _points(text: str) -> float | None:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None





def _ask_points(label: str, maximum: float, out) -> float | None:
    """Points for one criterion; ``None`` when the trainer leaves the answer for later (empty line)."""
    while True:
        answer = _ask(f"  Punts {label} (de 0 a {format_nombre(maximum)}): ", out)
        if not answer:
            return None
        value = _points(answer)
        if value is not None and 0 <= value <= maximum:
            return value
        out.write(f"  Escriu un nombre entre 0 i {format_nombre(maximum)} (per exemple 0,5), o deixa-ho buit per "
                  "valorar-la més tard.\n")


def _show(out, index: int, total: int, name: str, cell: Cell, text: str) -> None:
    out.write(f"\n[{index}/{total}] {name}: {cell.task} ({points_text(cell.points)})\n")
    out.write("Resposta:\n")
    paragraphs = [" ".join(p.split()) for p in (text.strip() or "(no ha escrit res)").split("\n\n")]
    for paragraph in paragraphs:
        out.write(textwrap.fill(paragraph, 100, initial_indent="    ", subsequent_indent="    ") + "\n")
    out.write("Rúbrica:\n")
    for number_, criterion in enumerate(cell.criteria, start=1):
        out.write(f"  {number_}. {criterion.text} ({points_text(criterion.points)})\n")


def run(assignment: str, course_root: Path, db: str | None = None, student: str | None = None,
        out=None) -> int:
    """The interactive session; returns how many answers were graded."""
    out = out or sys.stdout
    cells = {c.grade_id: c for c in rubric_cells(course_root, assignment)}
    if not cells:
        out.write(f"L'exercici «{assignment}» no té respostes per valorar amb rúbrica.\n")
        return 0
    waiting = pending(course_root, assignment, db)
    if student:
        waiting = {s: ids for s, ids in waiting.items() if s == student}
    queue = [(s, gid) for s, ids in waiting.items() for gid in ids]
    people = roster.by_student(course_root, assignment)
    out.write(f"Valoració de les respostes escrites de «{load_course().assignment_title(assignment)}»: {len(queue)} respostes "
              f"pendents en {len(waiting)} lliuraments.\n")
    if not queue:
        out.write("No queda res per valorar.\n")
        return 0
    out.write("Per a cada criteri, escriu els punts (0,5 o 0.5 valen igual). Una línia buida deixa la resposta "
              "per a més tard; «s» surt. Res no es desa fins que acabes una resposta.\n")
    done = 0
    try:
        for index, (who, grade_id) in enumerate(queue, start=1):
            cell = cells[grade_id]
            name = people[who].display_name if who in people else who
            _show(out, index, len(queue), name, cell, answer_text(course_root, assignment, who, grade_id))
            scores = []
            for position, criterion in enumerate(cell.criteria or (None,), start=1):
                label = f"del criteri {position}" if criterion else "de la resposta"
                value = _ask_points(label, criterion.points if criterion else cell.points, out)
                if value is None:
                    break
                scores.append(value)
            else:
                comment = _ask("  Comentari per a la persona (opcional, una línia): ", out)
                total = record_grade(course_root, assignment, who, grade_id, sum(scores),
                                     rubric_comment(cell, scores, comment) if cell.criteria else comment, db)
                done += 1
                out.write(f"  Desat: {format_nombre(sum(scores))} de {points_text(cell.points)}. "
                          f"Puntuació actual de {name}: {format_nombre(total)}.\n")
                continue
            out.write("  La deixes per a més tard: continua pendent.\n")
    except Stop:
        out.write("\nS'ha aturat la valoració: es conserva tot el que ja s'ha desat.\n")
    except ManualGradeError as exc:
        out.write(f"\n{exc}\n")
    left = sum(len(ids) for ids in pending(course_root, assignment, db).values())
    out.write(f"Respostes valorades ara: {done}. Encara pendents: {left}.\n")
    return done
