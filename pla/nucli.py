"""Dins del nucli de Jupyter: una frase en català en lloc d'una traça de Python, i el registre del que s'ha executat.

``activa()`` (es crida sol en fer ``import pla`` dins d'un nucli IPython) fa dues coses:

1. Quan una cel·la falla, l'alumnat hi veu **una frase en català** (:func:`pla.explica.explica_error`) en lloc de la
   traça. La sortida continua sent un error de Jupyter (``output_type: "error"``) amb el nom i el missatge
   originals (``ename``, ``evalue``): nbgrader i qualsevol altra eina hi veuen el mateix error que abans. Només
   canvia el text que es mostra (``traceback``). Si una cosa d'aquest mòdul falla, es mostra la traça original.
2. Guarda, per a cada cel·la executada, el seu identificador, el seu codi i si ha fallat: l'autocomprovació
   (:mod:`pla.comprova`) ho fa servir per saber quines tasques encara no estan fetes.

No s'activa quan nbgrader corregeix o valida (``NBGRADER_EXECUTION``): la correcció queda exactament igual.
Només depèn de la biblioteca estàndard i d'IPython (funciona també dins de Pyodide).
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from pla.explica import explica_error


@dataclass
class Execucio:
    """One run of a cell in this kernel."""

    cell_id: str | None
    source: str
    error: str | None  # the exception's class name, or None when the cell ran without error
    after_pending: bool = False  # whether an answer left undone came right before it (see Registre.pendent_ara)


class Registre:
    """What has been run in this kernel since ``pla`` was imported, in order."""

    def __init__(self):
        self.execucions: list[Execucio] = []
        self.actual: tuple[str | None, str] = (None, "")

    def pre_run_cell(self, info) -> None:
        self.actual = (getattr(info, "cell_id", None), getattr(info, "raw_cell", "") or "")

    def post_run_cell(self, result) -> None:
        info = getattr(result, "info", None)
        error = result.error_before_exec or result.error_in_exec
        self.execucions.append(Execucio(getattr(info, "cell_id", None), getattr(info, "raw_cell", "") or "",
                                        type(error).__name__ if error is not None else None,
                                        self.pendent_ara()))

    def darrera(self, cell_id: str | None, source: str) -> Execucio | None:
        """The latest run of a cell: found by its id when the front end sends it, otherwise by its code."""
        for run in reversed(self.execucions):
            if cell_id and run.cell_id == cell_id:
                return run
        for run in reversed(self.execucions):
            if run.source.strip() == source.strip():
                return run
        return None

    def pendent_ara(self) -> bool:
        """Without the notebook at hand: did the latest answer left undone come after the last cell that worked?"""
        for run in reversed(self.execucions):
            if run.error is None:
                return False
            if run.error == "NotImplementedError":
                return True
        return False


REGISTRE = Registre()
_ACTIU = {"shell": None}


def _pendent(shell) -> bool:
    """Whether the failing cell is a test of a task whose answer is still undone."""
    try:
        from pla.comprova import tasca_pendent_de_la_cella

        veredicte = tasca_pendent_de_la_cella(shell, *REGISTRE.actual)
    except Exception:  # noqa: BLE001 - without the notebook, the order of the runs tells
        veredicte = None
    return REGISTRE.pendent_ara() if veredicte is None else veredicte


def frase(shell, etype, value) -> list[str]:
    """The structured traceback the learner sees: one Catalan sentence (in red, as Jupyter shows errors)."""
    nom = getattr(etype, "__name__", "Error")
    # A typo stops the cell before it runs: its own mistake, never a task left undone elsewhere.
    propi = isinstance(etype, type) and issubclass(etype, (NotImplementedError, SyntaxError))
    text = explica_error(nom, str(value), pendent=not propi and _pendent(shell))
    return [f"\x1b[31m✗ {text}\x1b[0m"]


def _handler(shell, etype, value, tb, tb_offset=None):
    """IPython's custom exception handler: always sends Jupyter's error output (IPython does not send the list
    this returns, see ipython/ipython#12378), with the original name and message and a Catalan sentence."""
    try:
        stb = frase(shell, etype, value)
    except BaseException:  # noqa: BLE001 - whatever happens, the learner and the grader still see the error
        stb = shell.InteractiveTB.structured_traceback(etype, value, tb, tb_offset=tb_offset)
    shell._showtraceback(etype, value, stb)
    return stb


def activa(shell=None) -> bool:
    """Install the Catalan messages and the record of runs in the running IPython kernel (once); True if active."""
    if os.environ.get("NBGRADER_EXECUTION"):
        return False
    if shell is None:
        if "IPython" not in sys.modules:  # not inside a kernel (a script, the tests): nothing to do, nothing loaded
            return False
        shell = sys.modules["IPython"].get_ipython()
    if shell is None or not hasattr(shell, "set_custom_exc") or not hasattr(shell, "_showtraceback"):
        return False
    if _ACTIU["shell"] is shell:
        return True
    shell.set_custom_exc((Exception,), _handler)
    shell.events.register("pre_run_cell", REGISTRE.pre_run_cell)
    shell.events.register("post_run_cell", REGISTRE.post_run_cell)
    _ACTIU["shell"] = shell
    return True
