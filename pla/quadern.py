"""El model d'un exercici avaluable: les tasques, les seves proves i les cel·les de resposta, i l'informe per tasca.

Només fa servir la biblioteca estàndard (funciona dins de Pyodide i en qualsevol nucli). El comparteixen
l'autocomprovació dins del nucli (:mod:`pla.comprova`), la comprovació des del terminal (``autograder comprova``)
i la pàgina de retroacció (``autograder retroaccio``): les tres diuen les mateixes tasques, els mateixos punts i les
mateixes paraules.

- :func:`model` llegeix un quadern (el diccionari JSON d'un ``.ipynb``) i en torna les :class:`Tasca`.
- :class:`Report` reuneix el resultat de cada prova i escriu l'informe en català (:meth:`Report.text`).

Els noms dels atributs de les classes de dades (``tests``, ``passed``, ``earned``…) són interns, en anglès com a
la resta de l'equip formador; el que llegeix l'alumnat és el text de :meth:`Report.text`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from pla.comu import format_nombre

PENDING = "NotImplementedError"
TASK_HEADING = re.compile(r"^#{2,3}\s+(.+?)\s*$")
TASK_TITLE = re.compile(r"^(Tasca\b|\d)")
POINTS = re.compile(r"\s*\(\s*[\d.,]+\s*punts?\s*\)\s*\.?\s*$")
HIDDEN = "BEGIN HIDDEN TESTS"


def source(cell: dict) -> str:
    text = cell.get("source", "")
    return "".join(text) if isinstance(text, list) else text


def nbgrader(cell: dict) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def hidden_only(code: str) -> bool:
    """A test cell whose only code is hidden (in the learner's copy, nothing but comments is left)."""
    if HIDDEN in code:
        code = code.split(HIDDEN)[0]
    return not [ln for ln in code.splitlines() if ln.strip() and not ln.strip().startswith("#")]


@dataclass
class Cell:
    """A graded test cell, a rubric (manually graded answer) or an answer cell of the notebook."""

    grade_id: str
    source: str
    cell_id: str | None
    points: float = 0.0
    kind: str = "test"  # "test" (autograded) | "rubric" (graded by the trainers) | "answer" (no points)

    @property
    def hidden_only(self) -> bool:
        return self.kind == "test" and hidden_only(self.source)


@dataclass
class Tasca:
    """A task of the exercise: its heading (without the points) and its cells, in notebook order."""

    title: str
    cells: list[Cell] = field(default_factory=list)
    heading_points: float | None = None

    @property
    def tests(self) -> list[Cell]:
        return [c for c in self.cells if c.kind == "test"]

    @property
    def answers(self) -> list[Cell]:
        return [c for c in self.cells if c.kind in ("answer", "rubric")]

    @property
    def points(self) -> float:
        return sum(c.points for c in self.cells)


def task_title(markdown: str) -> str | None:
    """The task a markdown cell starts («Tasca 2. Els objectius SMART»), or None."""
    first = markdown.strip().splitlines()[0] if markdown.strip() else ""
    match = TASK_HEADING.match(first)
    if match and TASK_TITLE.match(match.group(1)):
        return POINTS.sub("", match.group(1)).rstrip(" .")
    return None


def heading_points(markdown: str) -> float | None:
    first = markdown.strip().splitlines()[0] if markdown.strip() else ""
    match = re.search(r"\(\s*([\d.,]+)\s*punts?\s*\)", first)
    return float(match.group(1).replace(",", ".")) if match else None


def model(notebook: dict) -> list[Tasca]:
    """The exercise's tasks («## Tasca N…») with their graded cells and answer cells, in notebook order.

    A graded cell outside any task (after another «##» heading) is never lost: it gets a task named after the heading
    above it."""
    tasks: list[Tasca] = []
    current: Tasca | None = None
    last_heading = "Altres proves"
    for cell in notebook.get("cells", []):
        text = source(cell)
        if cell.get("cell_type") == "markdown":
            first = text.strip().splitlines()[0] if text.strip() else ""
            title = task_title(text)
            if title:
                current = Tasca(title, heading_points=heading_points(text))
                tasks.append(current)
            elif TASK_HEADING.match(first) and first.startswith("## "):
                current = None  # «## Comprova la teva feina», «## Abans de lliurar»…
                last_heading = POINTS.sub("", TASK_HEADING.match(first).group(1)).rstrip(" .")
            continue
        meta = nbgrader(cell)
        if cell.get("cell_type") != "code" or not (meta.get("grade") or meta.get("solution")):
            continue
        if current is None:
            current = Tasca(last_heading)
            tasks.append(current)
        kind = "rubric" if meta.get("grade") and meta.get("solution") else "test" if meta.get("grade") else "answer"
        current.cells.append(Cell(meta.get("grade_id", "?"), text, cell.get("id"),
                                  float(meta.get("points", 0) or 0) if meta.get("grade") else 0.0, kind))
    return [t for t in tasks if t.cells]


def with_tasks(notebook, first: str = ""):
    """Each cell with its task, named as the self-check and the feedback name it (:func:`model`)."""
    titles = {cell.grade_id: task.title for task in model(notebook) for cell in task.cells}
    for cell in notebook.cells:
        yield titles.get(cell.metadata.get("nbgrader", {}).get("grade_id"), first), cell


def points_text(x: float) -> str:
    """«1 punt», «7,5 punts»."""
    return f"{format_nombre(x)} {'punt' if x == 1 else 'punts'}"


@dataclass
class TestResult:
    grade_id: str
    points: float
    passed: bool
    hidden_only: bool
    message: str = ""


@dataclass
class Task:
    """A task's verdict: the results of its visible tests, and whether it is still pending."""

    title: str
    tests: list[TestResult] = field(default_factory=list)
    pending: bool = False
    rubric_points: float = 0.0

    @property
    def visible_points(self) -> float:
        return sum(t.points for t in self.tests if not t.hidden_only)

    @property
    def hidden_points(self) -> float:
        return sum(t.points for t in self.tests if t.hidden_only)

    @property
    def points(self) -> float:
        """All the task's points, as its heading shows them: visible and hidden tests and the trainers' rubric."""
        return self.visible_points + self.hidden_points + self.rubric_points

    @property
    def earned(self) -> float:
        return sum(t.points for t in self.tests if t.passed and not t.hidden_only)

    @property
    def status(self) -> str:
        if self.pending:
            return "pendent"
        return "correcta" if all(t.passed for t in self.tests if not t.hidden_only) else "amb errors"


LABELS = {"correcta": "correcta", "pendent": "encara no l'has feta", "amb errors": "té errors"}


def later_points_text(hidden: float, rubric: float) -> str:
    """«1 punt es comprova en corregir», the same words in the self-check and on the feedback page."""
    parts = []
    if hidden:
        parts.append(f"{points_text(hidden)} més {'depèn' if hidden == 1 else 'depenen'} de proves ocultes, que es "
                     "passen en corregir")
    if rubric:
        parts.append(f"{points_text(rubric)} {'el valora' if rubric == 1 else 'els valora'} l'equip formador")
    return "; ".join(parts)


@dataclass
class Report:
    """The self-check's verdict on a notebook, task by task."""

    path: Path | str
    tasks: list[Task] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return Path(self.path).name if self.path else "el quadern"

    @property
    def visible_points(self) -> float:
        return sum(t.visible_points for t in self.tasks)

    @property
    def points(self) -> float:
        return sum(t.points for t in self.tasks)

    @property
    def earned(self) -> float:
        return sum(t.earned for t in self.tasks)

    @property
    def ok(self) -> bool:
        return not self.problems and all(t.status == "correcta" for t in self.tasks)

    def text(self) -> str:
        later = self.points - self.visible_points
        head = f"Comprovació de {self.name}: {format_nombre(self.earned)} de {points_text(self.points)}"
        head += f" ({points_text(later)} es comproven en corregir)." if later else "."
        lines = [head]
        lines += [f"ATENCIÓ: {p}" for p in self.problems]
        for task in self.tasks:
            lines.append(f"- {task.title}: {LABELS[task.status]} ({format_nombre(task.earned)} de "
                         f"{points_text(task.points)}).")
            if task.status == "amb errors":
                lines += [f"    · {t.message}" for t in task.tests if not t.passed and not t.hidden_only]
            later_text = later_points_text(task.hidden_points, task.rubric_points)
            if later_text:
                lines.append(f"    · {later_text[0].upper()}{later_text[1:]}.")
        if self.ok:
            lines.append("Totes les proves visibles se superen. Desa el quadern (Ctrl+S) i lliura'l.")
        return "\n".join(lines)

    def summary(self) -> dict:
        """A plain summary (for tests and for other front ends): each task's status, points and failing tests."""
        return {"tasks": [{"title": t.title, "status": t.status, "earned": t.earned, "points": t.points,
                           "failing": [r.grade_id for r in t.tests if not r.passed and not r.hidden_only]}
                          for t in self.tasks],
                "earned": self.earned, "points": self.points, "problems": list(self.problems)}
