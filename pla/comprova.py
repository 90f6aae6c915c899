"""Comprova la teva feina: el que has executat, tasca per tasca, sense sortir del quadern.

Ús, a l'última cel·la d'un exercici avaluable::

    from pla.comprova import comprova
    comprova()

``comprova()`` mira el que **has executat** en aquest nucli (les variables que hi ha ara), encara que no hagis desat
el quadern i es digui com es digui el fitxer, i escriu en català, per a cada tasca, si és correcta, si encara no
l'has feta o si té errors, amb els punts i la frase de cada prova que falla. Tarda molt menys d'un segon: no
engega cap altre nucli ni cap altre procés. Només fa servir la biblioteca estàndard i IPython, de manera que
funciona igual a l'ordinador, en un JupyterHub i a l'edició del curs al navegador (JupyterLite, Pyodide).

Com ho fa: llegeix l'estructura de l'exercici (tasques, proves visibles, punts) del fitxer del quadern, que és la
mateixa es desi o no perquè les cel·les de proves no es poden editar, i torna a passar cada prova visible sobre una
còpia de les variables del nucli. Una tasca «encara no l'has feta» si la darrera vegada que es va executar la seva
cel·la de resposta encara va dir ``NotImplementedError`` (o, si no s'ha executat mai, si el fitxer encara la té per
fer). Les proves ocultes i els punts que valora l'equip formador es compten però no es poden comprovar aquí.

API:

- ``comprova()``: escriu l'informe. No fa res mentre nbgrader corregeix (``NBGRADER_EXECUTION``) o mentre
  ``autograder comprova`` executa el quadern (``CURS_AUTOCOMPROVACIO``). Torna ``None`` (la cel·la no mostra res
  més que l'informe).
- ``avalua(quadern=None, espai=None)``: l'informe com a objecte (:class:`pla.quadern.Report`), per a altres
  interfícies i per a les proves. ``quadern``: el camí del fitxer o el quadern ja llegit (un diccionari); per
  defecte, el del nucli. ``espai``: les variables; per defecte, les del nucli.
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from pathlib import Path

from pla import nucli
from pla.quadern import PENDING, Report, Tasca, Task, TestResult, message, model, nbgrader, source

STUB = "raise NotImplementedError"


def _shell():
    try:
        from IPython import get_ipython
    except ImportError:
        return None
    return get_ipython()


def _llegeix(path: Path) -> dict | None:
    try:
        notebook = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if not isinstance(notebook, dict) or not any(nbgrader(c).get("grade") for c in notebook.get("cells", [])
                                                  if isinstance(c, dict)):
        return None
    return notebook


def _executat(shell) -> tuple[set[str], set[str]]:
    """The cell ids and the code of every cell run in this kernel."""
    ids = {run.cell_id for run in nucli.REGISTRE.execucions if run.cell_id}
    codes = {run.source.strip() for run in nucli.REGISTRE.execucions}
    history = getattr(getattr(shell, "history_manager", None), "input_hist_raw", None) or []
    codes |= {str(code).strip() for code in history}
    return ids, codes


def _candidats(shell) -> list[Path]:
    """Where this kernel's notebook may be: what the front end says first, then every notebook in the folder."""
    named = []
    ns = getattr(shell, "user_ns", {}) or {}
    for value in (ns.get("__vsc_ipynb_file__"), ns.get("__session__"), os.environ.get("JPY_SESSION_NAME")):
        if value:
            path = Path(str(value))
            named += [path, Path.cwd() / path.name]
    return named + sorted(Path.cwd().glob("*.ipynb"), key=lambda p: p.stat().st_mtime, reverse=True)


def troba_quadern(shell=None) -> tuple[Path, dict] | None:
    """The graded notebook this kernel is running: the one whose test cells have been run here.

    A renamed copy («u05-pla-objectius (1).ipynb») is found the same way: by its cells, not by its name.
    """
    shell = shell or _shell()
    ids, codes = _executat(shell)
    best, best_score = None, -1
    seen = set()
    for path in _candidats(shell):
        try:
            key = path.resolve()
        except OSError:
            continue
        if key in seen or not path.is_file():
            continue
        seen.add(key)
        notebook = _llegeix(path)
        if notebook is None:
            continue
        cells = [c for c in notebook["cells"] if nbgrader(c).get("grade") or nbgrader(c).get("solution")]
        score = sum(1 for c in cells if (c.get("id") in ids) or source(c).strip() in codes)
        if score > best_score:  # candidates come in order of preference: a tie keeps the earlier one
            best, best_score = (path, notebook), score
    return best


_CACHE: dict = {}


def _model_del_nucli(shell) -> list[Tasca] | None:
    if _CACHE.get("sense_exercici") == Path.cwd():
        return None  # a folder without graded notebooks (the practice notebooks): not looked at again
    found = troba_quadern(shell)
    if found is None:
        _CACHE["sense_exercici"] = Path.cwd()
        return None
    path, notebook = found
    _CACHE["model"] = (path, model(notebook))
    return _CACHE["model"][1]


def _pendent(tasca: Tasca, registre: nucli.Registre, now: bool | None = None) -> bool:
    """Whether the task's answer is still undone: its answer cell's latest run said NotImplementedError.

    An answer cell edited and run but not saved cannot be recognised by its code when the front end sends no cell
    ids (Pyodide, nbclient); then the order of the runs tells: was an undone answer run just before the task's test
    (``now``: the test failing at this moment)?"""
    unknown = False
    for cell in tasca.answers:
        run = registre.darrera(cell.cell_id, cell.source)
        if run is not None and run.error == PENDING:
            return True
        unknown = unknown or run is None
    if not unknown:
        return False
    if now is not None:
        return now
    for cell in tasca.tests:
        run = registre.darrera(cell.cell_id, cell.source)
        if run is not None:
            return run.after_pending
    return any(STUB in cell.source for cell in tasca.answers)


def tasca_pendent_de_la_cella(shell, cell_id: str | None, code: str) -> bool | None:
    """For the cell now failing: True if it is a test of a task still undone, False if not, None if unknown."""
    cached = _CACHE.get("model")
    tasks = cached[1] if cached else _model_del_nucli(shell)
    if not tasks:
        return None
    for tasca in tasks:
        for cell in tasca.tests:
            if (cell_id and cell.cell_id == cell_id) or cell.source.strip() == code.strip():
                return _pendent(tasca, nucli.REGISTRE, now=nucli.REGISTRE.pendent_ara())
    return None


@contextlib.contextmanager
def _silenci():
    """Nothing a test prints or displays reaches the check cell: only the report does."""
    publisher = getattr(_shell(), "display_pub", None)
    own = vars(publisher).get("publish") if publisher is not None and hasattr(publisher, "__dict__") else None
    if publisher is not None:
        publisher.publish = lambda *args, **kwargs: None
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            yield
    finally:
        if publisher is not None:
            if own is None:
                del publisher.publish
            else:
                publisher.publish = own


def _prova(code: str, espai: dict) -> tuple[bool, str, str]:
    """Run a test's code on a copy of the learner's variables: (passed, error name, error message)."""
    namespace = dict(espai)
    try:
        with _silenci():
            exec(compile(code, "<prova>", "exec"), namespace)  # noqa: S102 - the notebook's own test cell
    except (Exception, SystemExit) as exc:  # noqa: BLE001 - every failure is a verdict
        return False, type(exc).__name__, str(exc)
    return True, "", ""


def avalua(quadern: str | Path | dict | None = None, espai: dict | None = None,
           registre: nucli.Registre | None = None) -> Report:
    """The verdict on what has been run (see the module docstring)."""
    shell = _shell()
    registre = registre or nucli.REGISTRE
    path: Path | str = ""
    if isinstance(quadern, dict):
        notebook = quadern
    elif quadern is not None:
        path = Path(quadern)
        notebook = _llegeix(path)
    else:
        found = troba_quadern(shell)
        path, notebook = found if found else ("", None)
    report = Report(path)
    if notebook is None:
        report.problems.append("no trobo el fitxer d'aquest exercici a la carpeta on és el quadern. Obre "
                               "l'exercici des de la seva carpeta, executa totes les cel·les i torna-ho a provar.")
        return report
    if espai is None:
        espai = getattr(shell, "user_ns", None) or {}
    tasks = model(notebook)
    _CACHE["model"] = (path, tasks)
    for tasca in tasks:
        if not tasca.points:
            continue
        task = Task(tasca.title, pending=_pendent(tasca, registre))
        for cell in tasca.cells:
            if cell.kind == "answer":
                continue
            result = TestResult(cell.grade_id, tasca.title, cell.points, hidden=cell.hidden,
                                rubric=cell.kind == "rubric", pending=cell.kind == "rubric", criteria=cell.criteria)
            if cell.kind == "test" and not cell.hidden:
                passed, name, text = _prova(cell.source, espai)
                task.pending = task.pending or name == PENDING  # a function still to be written
                result.passed, result.score = passed, cell.points if passed else 0.0
                result.message = "" if passed else message((name, text), task.pending)
            task.tests.append(result)
        report.tasks.append(task)
    return report


def comprova() -> None:
    """Escriu, per a cada tasca, si és correcta, si encara no l'has feta o si té errors (vegeu el mòdul)."""
    if os.environ.get("NBGRADER_EXECUTION") or os.environ.get("CURS_AUTOCOMPROVACIO"):
        return
    nucli.activa()
    # One write, not print(): print writes the text and the newline apart, and ipykernel can flush between the two,
    # which leaves the report as two outputs in the saved notebook.
    sys.stdout.write(avalua().text() + "\n")
