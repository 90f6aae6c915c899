"""Self-check for learners: run a graded notebook as nbgrader would and say, task by task, how it stands.

From a terminal: ``autograder comprova quadern.ipynb``; from the notebook's last cell: ``comprova("quadern.ipynb")``.
For each task it gives the points of its visible tests and the Catalan message of each failing test, and it tells
apart a task not done yet (its answer cell still raises ``NotImplementedError``) from a task with a mistake. It says
when a test cell has been altered (nbgrader's checksum) or deleted (compared with the released version).
Hidden tests are not in the learner's copy: they are only run when the trainer grades. A written answer graded by the
trainer with a rubric (an nbgrader manually graded answer) counts as done once written; its points are not part of
the self-check's total, and the report says how many the trainer will grade.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from autograder.course import ROOT

PENDING = "NotImplementedError"


@dataclass
class TestResult:
    grade_id: str
    points: float
    passed: bool
    hidden_only: bool
    message: str = ""
    manual: bool = False   # a written answer the trainer grades with a rubric: "passed" means it is written


@dataclass
class Task:
    title: str
    tests: list[TestResult] = field(default_factory=list)
    pending: bool = False

    @property
    def visible_points(self) -> float:
        return sum(t.points for t in self.tests if not t.hidden_only and not t.manual)

    @property
    def earned(self) -> float:
        return sum(t.points for t in self.tests if t.passed and not t.hidden_only and not t.manual)

    @property
    def rubric_points(self) -> float:
        return sum(t.points for t in self.tests if t.manual)

    @property
    def status(self) -> str:
        if self.pending:
            return "pendent"
        return "correcta" if all(t.passed for t in self.tests if not t.hidden_only) else "amb errors"


@dataclass
class Report:
    path: Path
    tasks: list[Task] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def visible_points(self) -> float:
        return sum(t.visible_points for t in self.tasks)

    @property
    def earned(self) -> float:
        return sum(t.earned for t in self.tasks)

    @property
    def ok(self) -> bool:
        return not self.problems and all(t.status == "correcta" for t in self.tasks)

    def text(self) -> str:
        lines = [f"Comprovació de {self.path.name}: {_num(self.earned)} de {_num(self.visible_points)} punts "
                 "de les proves visibles."]
        lines += [f"ATENCIÓ: {p}" for p in self.problems]
        for task in self.tasks:
            if not task.tests:
                continue
            label = {"correcta": "correcta", "pendent": "encara no l'has feta",
                     "amb errors": "té errors"}[task.status]
            lines.append(f"- {task.title}: {label} ({_num(task.earned)}/{_num(task.visible_points)} punts).")
            if task.status == "amb errors":
                lines += [f"    · {t.message}" for t in task.tests if not t.passed and not t.hidden_only]
            if task.rubric_points:
                who = "el valorarà" if task.rubric_points == 1 else "els valorarà"
                lines.append(f"    · {_points(task.rubric_points)} més {who} l'equip formador amb la rúbrica de "
                             "l'enunciat.")
            hidden = sum(t.points for t in task.tests if t.hidden_only)
            if hidden:
                lines.append(f"    · {_points(hidden)} més {'depèn' if hidden == 1 else 'depenen'} de proves ocultes, "
                             "que es passen en corregir.")
        if self.ok:
            lines.append("Totes les proves visibles se superen. Desa el quadern i lliura'l.")
        return "\n".join(lines)


def _num(x: float) -> str:
    return f"{x:g}".replace(".", ",")


def _points(x: float) -> str:
    return f"{_num(x)} {'punt' if x == 1 else 'punts'}"


def _nbgrader(cell) -> dict:
    return cell.metadata.get("nbgrader", {})


def _hidden_only(cell) -> bool:
    code = [ln for ln in cell.source.splitlines() if ln.strip() and not ln.strip().startswith("#")]
    return not code


def _error(cell) -> tuple[str, str] | None:
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            return out.get("ename", "Error"), out.get("evalue", "")
    return None


def _released_copy(path: Path) -> Path | None:
    """The released version of the same assignment in this checkout (found by the notebook's file name)."""
    stem = path.stem.split(" (")[0]  # «u05-pla-objectius (1).ipynb», as browsers rename downloads
    candidate = ROOT / "exercises" / "release" / stem / f"{stem}.ipynb"
    return candidate if candidate.exists() and candidate.resolve() != path.resolve() else None


def _integrity(nb, path: Path, released: Path | None) -> list[str]:
    from nbgrader.utils import compute_checksum

    problems = []
    for cell in nb.cells:
        meta = _nbgrader(cell)
        if meta.get("grade") and not meta.get("solution") and meta.get("checksum") and \
                compute_checksum(cell) != meta["checksum"]:
            problems.append(f"la cel·la de proves «{meta.get('grade_id')}» s'ha modificat. En corregir es fa servir "
                            "l'original; desfés el canvi o torna a descarregar l'exercici.")
    released = released or _released_copy(path)
    if released:
        ref = nbformat.read(released, as_version=4)
        present = {_nbgrader(c).get("grade_id") for c in nb.cells}
        for cell in ref.cells:
            gid = _nbgrader(cell).get("grade_id")
            if _nbgrader(cell).get("grade") and _nbgrader(cell).get("solution") and gid not in present:
                problems.append(f"falta la cel·la de resposta «{gid}»: l'has esborrada? Copia-la de l'exercici "
                                "original i escriu-hi la resposta, o no tindràs aquests punts.")
            elif _nbgrader(cell).get("grade") and gid not in present:
                problems.append(f"falta la cel·la de proves «{gid}»: l'has esborrat? En corregir es tornarà a "
                                "afegir; copia-la de l'exercici original.")
    return problems


def check(path: str | Path, timeout: int = 30, released: Path | None = None) -> Report:
    """Run the notebook in a fresh kernel and report by task (see the module docstring).

    ``released``: the student version to compare with (by default, the one in ``exercises/release``).
    """
    from nbclient import NotebookClient

    path = Path(path)
    report = Report(path)
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception as exc:  # noqa: BLE001 - any unreadable file gets the same Catalan answer
        report.problems.append(f"el fitxer no és un quadern de Jupyter vàlid ({exc.__class__.__name__}).")
        return report
    if not any(_nbgrader(c).get("grade") for c in nb.cells):
        report.problems.append("aquest quadern no té cap cel·la de proves d'nbgrader: és un exercici avaluable?")
        return report
    report.problems += _integrity(nb, path, released)

    previous = os.environ.get("CURS_AUTOCOMPROVACIO")
    os.environ["CURS_AUTOCOMPROVACIO"] = "1"  # the notebook's own self-check cell must not run again
    try:
        NotebookClient(nb, timeout=timeout, allow_errors=True, kernel_name="python3",
                       resources={"metadata": {"path": str(path.parent.resolve())}}).execute()
    except Exception as exc:  # noqa: BLE001 - a dead kernel or a timeout is a verdict, not a crash
        report.problems.append(f"el quadern no s'ha pogut executar fins al final ({exc.__class__.__name__}): "
                               "revisa si hi ha un bucle infinit o una cel·la que no acaba.")
    finally:
        if previous is None:
            os.environ.pop("CURS_AUTOCOMPROVACIO", None)
        else:
            os.environ["CURS_AUTOCOMPROVACIO"] = previous

    task = Task("Abans de la primera tasca")
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            heading = re.match(r"^#{2,3}\s+(.+)$", cell.source.strip().splitlines()[0] if cell.source.strip() else "")
            if heading and re.match(r"(Tasca|\d|[0-9]+[a-z]\b)", heading.group(1)):
                task = Task(heading.group(1).strip())
                report.tasks.append(task)
            continue
        meta = _nbgrader(cell)
        error = _error(cell)
        if meta.get("solution") and error and error[0] == PENDING:
            task.pending = True
        if meta.get("grade"):
            message = f"{error[0]}: {error[1]}" if error else ""
            if error and error[0] in (PENDING, "NameError"):
                task.pending = task.pending or error[0] == PENDING
            manual = bool(meta.get("solution"))
            task.tests.append(TestResult(meta.get("grade_id", "?"), float(meta.get("points", 0)),
                                         error is None, _hidden_only(cell) and not manual, message, manual))
    report.tasks = [t for t in report.tasks if t.tests]
    return report


def comprova(path: str | Path = None) -> Report | None:
    """For the notebook's last cell: prints the self-check. Does nothing while nbgrader or the self-check run it."""
    if os.environ.get("NBGRADER_EXECUTION") or os.environ.get("CURS_AUTOCOMPROVACIO"):
        return None
    report = check(path)
    print(report.text())
    return report
