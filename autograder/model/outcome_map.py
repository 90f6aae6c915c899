"""Where each learning outcome is produced or assessed, and where each exercise's points come from.

Read from the graded notebooks' cell metadata, ``metadata["curs"] = {"tipus": …, "resultats": [i, …]}`` on every
cell with points (``resultats`` are 1-based indices into the unit's ``resultats`` in ``course.yml``), and, for unit 0,
which has no graded exercise, from the self-assessment questions that carry ``resultats`` in
``book/preguntes/u00.yml``. The book's tables (``book/_ext/mapes.py``) and the tests use these functions.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import yaml

from autograder.model.course import ROOT, Course, Unit, load_course
from pla.quadern import with_tasks

KINDS = {"dades": "dades del pla", "text": "text", "rubrica": "rúbrica de l'equip formador", "codi": "codi"}


@dataclass(frozen=True)
class PointsCell:
    grade_id: str
    task: str
    points: float
    kind: str | None           # None: the cell has no ``curs`` metadata
    outcomes: tuple[int, ...]


@dataclass
class OutcomeRow:
    unit: Unit
    index: int                 # 1-based, as in the notebooks' metadata
    text: str
    cells: list[PointsCell] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)

    @property
    def covered(self) -> bool:
        return bool(self.cells or self.questions)


def points_cells(unit: Unit, root: Path = ROOT) -> list[PointsCell]:
    """The cells with points of a unit's graded notebook (source version), in order; empty if there is none."""
    path = root / unit.source_notebook if unit.source_notebook else None
    if path is None or not path.exists():
        return []
    cells = []
    for task, cell in with_tasks(nbformat.read(path, as_version=4)):
        meta = cell.metadata.get("nbgrader", {})
        if not meta.get("grade"):
            continue
        curs = cell.metadata.get("curs", {})
        cells.append(PointsCell(meta["grade_id"], task, float(meta.get("points", 0)), curs.get("tipus"),
                                tuple(int(i) for i in curs.get("resultats", []))))
    return cells


def quiz_outcomes(unit: Unit, root: Path = ROOT) -> dict[int, list[str]]:
    """outcome index → ids of the self-assessment questions that say they assess it."""
    path = root / unit.questions
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    found: dict[int, list[str]] = {}
    for question in data.get("preguntes", []):
        for index in question.get("resultats", []) or []:
            found.setdefault(int(index), []).append(str(question["id"]))
    return found


def outcome_map(course: Course | None = None, root: Path = ROOT) -> list[OutcomeRow]:
    """One row per outcome of every unit. Quiz items count only for units without a graded exercise (unit 0)."""
    course = course or load_course()
    rows = []
    for unit in course.units:
        cells = points_cells(unit, root)
        quiz = {} if unit.graded else quiz_outcomes(unit, root)
        for index, text in enumerate(unit.outcomes, start=1):
            rows.append(OutcomeRow(unit, index, text, [c for c in cells if index in c.outcomes],
                                   quiz.get(index, [])))
    return rows


def metadata_problems(course: Course | None = None, root: Path = ROOT) -> list[str]:
    """Catalan sentences for every points cell whose ``curs`` metadata is missing or wrong."""
    course = course or load_course()
    problems = []
    for unit in course.graded_units:
        for cell in points_cells(unit, root):
            where = f"{unit.assignment}, cel·la «{cell.grade_id}»"
            if cell.kind is None:
                problems.append(f"{where}: falta metadata['curs'] amb «tipus» i «resultats».")
                continue
            if cell.kind not in KINDS:
                problems.append(f"{where}: el tipus «{cell.kind}» no és cap de {', '.join(KINDS)}.")
            if cell.kind == "codi":
                problems.append(f"{where}: una cel·la amb punts no pot ser de tipus «codi» (la programació va a "
                                "«Per anar més lluny», sense punts).")
            wrong = [i for i in cell.outcomes if not 1 <= i <= len(unit.outcomes)]
            if not cell.outcomes or wrong:
                problems.append(f"{where}: «resultats» ha de tenir índexs d'1 a {len(unit.outcomes)} "
                                f"(té {list(cell.outcomes)}).")
    return problems


@dataclass(frozen=True)
class ExerciseRow:
    unit: Unit
    points: dict[str, float]   # kind (or "sense tipus") → points

    @property
    def total(self) -> float:
        return sum(self.points.values())

    @property
    def plan_share(self) -> float:
        """Share of the points that come from the plan: data, text and rubric."""
        plan = sum(self.points.get(k, 0.0) for k in ("dades", "text", "rubrica"))
        return plan / self.total if self.total else 0.0


def exercise_table(course: Course | None = None, root: Path = ROOT) -> list[ExerciseRow]:
    course = course or load_course()
    rows = []
    for unit in course.graded_units:
        points: dict[str, float] = {}
        for cell in points_cells(unit, root):
            kind = cell.kind or "sense tipus"
            points[kind] = points.get(kind, 0.0) + cell.points
        rows.append(ExerciseRow(unit, points))
    return rows
