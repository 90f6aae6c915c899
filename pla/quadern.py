"""El model d'un exercici avaluable: les tasques, les seves proves i les cel·les de resposta, i el resultat de cada prova.

Només fa servir la biblioteca estàndard (funciona dins de Pyodide i en qualsevol nucli). És l'únic model de les
proves d'un quadern: el comparteixen l'autocomprovació dins del nucli (:mod:`pla.comprova`), la comprovació d'un fitxer
desat (:mod:`pla.comprova_fitxer`), els resultats llegits del llibre de qualificacions, la pàgina de retroacció i
l'informe de l'equip formador (``autograder.results``): tots diuen les mateixes tasques, els mateixos punts i les
mateixes paraules.

- :func:`model` llegeix un quadern (el diccionari JSON d'un ``.ipynb``) i en torna les :class:`Tasca`.
- :class:`TestResult` és el resultat d'una cel·la puntuada (tasca, visible o oculta, punts, puntuació, missatge) i
  :class:`Task`, el d'una tasca; :func:`read_run` els llegeix de les sortides d'un quadern executat, amb un sol
  lector de l'error d'una cel·la (:func:`cell_error`).
- :class:`Report` reuneix el resultat de cada tasca i escriu l'informe en català (:meth:`Report.text`).

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


@dataclass(frozen=True)
class Criterion:
    """One criterion of a rubric answer's published rubric (``metadata["curs"]["rubrica"]``)."""

    text: str
    points: float


def criteria(cell: dict) -> tuple[Criterion, ...]:
    rubric = cell.get("metadata", {}).get("curs", {}).get("rubrica", [])
    return tuple(Criterion(str(c["criteri"]), float(c["punts"])) for c in rubric)


@dataclass
class Cell:
    """A graded test cell, a rubric (manually graded answer) or an answer cell of the notebook, with its task."""

    grade_id: str
    source: str
    cell_id: str | None
    points: float = 0.0
    kind: str = "test"  # "test" (autograded) | "rubric" (graded by the trainers) | "answer" (no points)
    task: str = ""
    criteria: tuple[Criterion, ...] = ()

    @property
    def hidden_only(self) -> bool:
        return self.kind == "test" and hidden_only(self.source)

    @property
    def hidden(self) -> bool:
        """A hidden test: in the trainers' version it has hidden tests; in the learner's copy nothing is left of it."""
        return self.kind == "test" and (HIDDEN in self.source or hidden_only(self.source))


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
                                  float(meta.get("points", 0) or 0) if meta.get("grade") else 0.0, kind,
                                  current.title, criteria(cell)))
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
    """The result of one graded cell: the one model shared by the self-check (in the kernel and from a saved file),
    the learner results read from the gradebook, the feedback page and the trainer's report.

    ``rubric``: a written answer the trainers grade with a rubric (``criteria``), not a test. ``hidden``: a hidden
    test (nothing of it is left in the learner's copy); its source and traceback are never read, and what it printed
    when it passed is not kept. ``score``: the points earned, or ``None`` when they are not known (a hidden test or a
    rubric answer in the self-check, a notebook not graded). ``message``: the Catalan sentence of a failed test
    (:func:`message`), what a visible test printed when it passed, or nothing. ``pending``: a rubric answer the
    trainers have not graded yet; ``comment``: theirs.
    """

    grade_id: str
    task: str = ""
    points: float = 0.0
    passed: bool = False
    hidden: bool = False
    rubric: bool = False
    score: float | None = None
    message: str = ""
    pending: bool = False
    comment: str = ""
    criteria: tuple[Criterion, ...] = ()

    @property
    def visible(self) -> bool:
        """A test the learner can check before handing in (not hidden, not a rubric answer)."""
        return not self.hidden and not self.rubric


@dataclass
class Task:
    """A task's verdict: the results of its graded cells (tests and rubric answers), and whether it is still undone."""

    title: str
    tests: list[TestResult] = field(default_factory=list)
    pending: bool = False

    @property
    def visible_points(self) -> float:
        return sum(t.points for t in self.tests if t.visible)

    @property
    def hidden_points(self) -> float:
        return sum(t.points for t in self.tests if t.hidden and not t.rubric)

    @property
    def rubric_points(self) -> float:
        return sum(t.points for t in self.tests if t.rubric)

    @property
    def points(self) -> float:
        """All the task's points, as its heading shows them: visible and hidden tests and the trainers' rubric."""
        return sum(t.points for t in self.tests)

    @property
    def earned(self) -> float:
        """The points known to be earned: in the self-check, those of the visible tests that pass."""
        return sum(t.score or 0.0 for t in self.tests)

    @property
    def failing(self) -> list[TestResult]:
        """The visible tests that fail: the ones whose message the learner reads."""
        return [t for t in self.tests if t.visible and not t.passed]

    @property
    def status(self) -> str:
        if self.pending:
            return "pendent"
        return "amb errors" if self.failing else "correcta"


def group(results: list[TestResult]) -> list[Task]:
    """The results grouped into their tasks, in notebook order."""
    tasks: dict[str, Task] = {}
    for result in results:
        tasks.setdefault(result.task, Task(result.task)).tests.append(result)
    return list(tasks.values())


def cell_error(cell: dict | None) -> tuple[str, str] | None:
    """The error a run cell ended with, ``(ename, evalue)`` of its (last) error output, or ``None``: the one reader of
    a cell's error for the self-check, the results, the feedback and the grader."""
    errors = [o for o in (cell or {}).get("outputs", []) if o.get("output_type") == "error"]
    if not errors:
        return None
    return (errors[-1].get("ename") or "Error"), (errors[-1].get("evalue") or "").strip()


def printed(cell: dict | None, limit: int = 600) -> str:
    """What a run cell printed (its stream outputs), cut to ``limit`` characters."""
    text = "".join(o.get("text", "") for o in (cell or {}).get("outputs", []) if o.get("output_type") == "stream")
    return text.strip()[:limit]


def message(error: tuple[str, str], pending: bool = False) -> str:
    """The Catalan sentence a learner reads for a failed test (:func:`pla.explica.explica_error`)."""
    from pla.explica import explica_error

    return explica_error(*error, pendent=pending)


def read_run(tasks: list[Tasca], run: dict | None, hidden_run: bool = True) -> list[Task]:
    """Each task's verdict read from the outputs of a run notebook (matched by grade id): a test that ended with an
    error failed, and its message explains the error; a task whose answer (or a test) still says
    ``NotImplementedError`` is pending. ``hidden_run=False``: the hidden tests were not in the notebook that ran (a
    learner's copy), so their result is unknown. Rubric answers are waiting for the trainers. Tasks without points
    are left out."""
    cells = {nbgrader(c).get("grade_id"): c for c in (run or {}).get("cells", []) if nbgrader(c).get("grade_id")}
    verdicts = []
    for tasca in tasks:
        if not tasca.points:
            continue
        errors = {c.grade_id: cell_error(cells.get(c.grade_id)) for c in tasca.cells}
        ran = [c for c in tasca.tests if hidden_run or not c.hidden]
        task = Task(tasca.title, pending=any((errors[c.grade_id] or ("",))[0] == PENDING for c in tasca.answers + ran))
        for cell in tasca.cells:
            if cell.kind == "answer":
                continue
            result = TestResult(cell.grade_id, tasca.title, cell.points, hidden=cell.hidden,
                                rubric=cell.kind == "rubric", criteria=cell.criteria)
            if cell.kind == "rubric":
                result.pending = True
            elif cell in ran:
                error = errors[cell.grade_id]
                result.passed = error is None
                result.score = cell.points if result.passed else 0.0
                if error:
                    result.message = message(error, task.pending)
                elif not cell.hidden:
                    result.message = printed(cells.get(cell.grade_id))
            task.tests.append(result)
        verdicts.append(task)
    return verdicts


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
        whose = f"de {self.name}" if self.path else "del quadern"
        head = f"Comprovació {whose}: {format_nombre(self.earned)} de {points_text(self.points)}"
        head += f" ({points_text(later)} es comproven en corregir)." if later else "."
        lines = [head]
        lines += [f"ATENCIÓ: {p}" for p in self.problems]
        for task in self.tasks:
            lines.append(f"- {task.title}: {LABELS[task.status]} ({format_nombre(task.earned)} de "
                         f"{points_text(task.points)}).")
            if task.status == "amb errors":
                # a message of several lines stays under its bullet
                lines += ["    · " + t.message.replace("\n", "\n      ") for t in task.failing]
            later_text = later_points_text(task.hidden_points, task.rubric_points)
            if later_text:
                lines.append(f"    · {later_text[0].upper()}{later_text[1:]}.")
        if self.ok:
            lines.append("Totes les proves visibles se superen. Desa el quadern (Ctrl+S) i lliura'l.")
        return "\n".join(lines)

    def summary(self) -> dict:
        """A plain summary (for tests and for other front ends): each task's status, points and failing tests."""
        return {"tasks": [{"title": t.title, "status": t.status, "earned": t.earned, "points": t.points,
                           "failing": [r.grade_id for r in t.failing]}
                          for t in self.tasks],
                "earned": self.earned, "points": self.points, "problems": list(self.problems)}
