"""The course description (``course.yml``): the single source of truth for units and their files.

Every path a unit owns is derived here from its number and slug, so nothing is listed twice.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
COURSE_FILE = ROOT / "course.yml"


@dataclass(frozen=True)
class Unit:
    number: int
    slug: str
    title: str
    hours: float
    points: int
    outcomes: tuple[str, ...]

    @property
    def code(self) -> str:
        """``u05``: short id used in file names and question ids."""
        return f"u{self.number:02d}"

    @property
    def name(self) -> str:
        """``u05-pla-objectius``: stem of the chapter, notebook and assignment."""
        return f"{self.code}-{self.slug}"

    @property
    def label(self) -> str:
        return f"Unitat {self.number}. {self.title}"

    @property
    def chapter(self) -> Path:
        return Path("book/unitats") / f"{self.name}.md"

    @property
    def questions(self) -> Path:
        return Path("book/preguntes") / f"{self.code}.yml"

    @property
    def notebook(self) -> Path:
        return Path("notebooks") / f"{self.name}.ipynb"

    @property
    def graded(self) -> bool:
        return self.points > 0

    @property
    def assignment(self) -> str | None:
        """nbgrader assignment id, or None for a unit without a graded exercise."""
        return self.name if self.graded else None

    @property
    def source_notebook(self) -> Path | None:
        return Path("exercises/source") / self.name / f"{self.name}.ipynb" if self.graded else None

    @property
    def release_notebook(self) -> Path | None:
        return Path("exercises/release") / self.name / f"{self.name}.ipynb" if self.graded else None


@dataclass(frozen=True)
class Course:
    id: str
    title: str
    subtitle: str
    author: str
    year: int
    licence: str
    manual: str
    pass_mark: float
    units: tuple[Unit, ...] = field(default_factory=tuple)
    hub: dict = field(default_factory=dict)
    browser: dict = field(default_factory=dict)  # ``navegador:``: where the browser edition is published

    @property
    def hours(self) -> float:
        return sum(u.hours for u in self.units)

    @property
    def graded_units(self) -> tuple[Unit, ...]:
        return tuple(u for u in self.units if u.graded)

    @property
    def points(self) -> int:
        return sum(u.points for u in self.units)

    def unit(self, number: int) -> Unit:
        for u in self.units:
            if u.number == number:
                return u
        raise KeyError(f"El curs no té cap unitat {number}.")

    def unit_for_assignment(self, assignment: str) -> Unit:
        for u in self.graded_units:
            if u.assignment == assignment:
                return u
        raise KeyError(f"Cap unitat del curs no té l'exercici «{assignment}».")

    def assignment_title(self, assignment: str) -> str:
        """The unit's label for an exercise («Unitat 5. …»), or the exercise's own name if no unit has it."""
        try:
            return self.unit_for_assignment(assignment).label
        except KeyError:
            return assignment

    def unit_for_path(self, path: str | Path) -> Unit | None:
        """The unit that owns a chapter, notebook or exercise path (relative to the root), if any."""
        p = Path(path).with_suffix("")
        for u in self.units:
            owned = [u.chapter, u.notebook, u.source_notebook, u.release_notebook]
            if any(o is not None and o.with_suffix("") == p for o in owned):
                return u
        return None


def _unit(raw: dict) -> Unit:
    return Unit(
        number=int(raw["numero"]),
        slug=str(raw["slug"]),
        title=str(raw["titol"]),
        hours=float(raw["hores"]),
        points=int(raw.get("punts", 0)),
        outcomes=tuple(raw["resultats"]),
    )


@lru_cache(maxsize=None)
def load_course(path: Path = COURSE_FILE) -> Course:
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return Course(
        id=raw["id"],
        title=raw["titol"],
        subtitle=raw.get("subtitol", ""),
        author=raw["autoria"],
        year=int(raw["any"]),
        licence=raw["llicencia"],
        manual=" ".join(str(raw["manual"]).split()),
        pass_mark=float(raw["nota_aprovat"]),
        units=tuple(_unit(u) for u in raw["unitats"]),
        hub=dict(raw.get("jupyterhub") or {}),
        browser=dict(raw.get("navegador") or {}),
    )
