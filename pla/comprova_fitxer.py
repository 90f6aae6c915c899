"""Self-check from a terminal: run a graded notebook as nbgrader would and say, task by task, how it stands.

``autograder comprova quadern.ipynb`` (or ``python -m pla.comprova_fitxer quadern.ipynb`` where only the learners'
kit is installed, with Jupyter) runs the *saved* file in a fresh kernel. Inside the notebook, learners use
:func:`pla.comprova.comprova`, which judges what they have run without starting anything. Both share the model of
the notebook's tasks and tests and the report's words (:mod:`pla.quadern`, :mod:`pla.explica`).

For each task it gives the points of its visible tests and the Catalan sentence of each failing test, and it tells
apart a task not done yet (its answer cell still raises ``NotImplementedError``) from a task with a mistake. It says
when a test cell has been altered (nbgrader's checksum) or deleted (compared with the released version).
Hidden tests are not in the learner's copy: they are only run when the trainer grades.
"""
from __future__ import annotations

import os
from pathlib import Path

import nbformat

from pla.quadern import Report, model, read_run


def _nbgrader(cell) -> dict:
    return cell.metadata.get("nbgrader", {})


def _released_copy(path: Path) -> Path | None:
    """The released version of the same assignment in the course's checkout (found by the notebook's file name).

    The checkout is the first folder, from the notebook's own and then from the working folder upwards, that has
    ``exercises/release``: a self-learner's clone, wherever in it the notebook was saved."""
    stem = path.stem.split(" (")[0]  # «u05-pla-objectius (1).ipynb», as browsers rename downloads
    here = path.resolve().parent
    for folder in (here, *here.parents, Path.cwd(), *Path.cwd().parents):
        candidate = folder / "exercises" / "release" / stem / f"{stem}.ipynb"
        if candidate.exists():
            return candidate if candidate.resolve() != path.resolve() else None
    return None


def _integrity(nb, path: Path, released: Path | None) -> list[str]:
    from nbgrader.utils import compute_checksum

    problems = []
    for cell in nb.cells:
        meta = _nbgrader(cell)
        # Rubric answers (grade + solution) are the learner's to write: only test cells must stay as released.
        if meta.get("grade") and not meta.get("solution") and meta.get("checksum") \
                and compute_checksum(cell) != meta["checksum"]:
            problems.append(f"la cel·la de proves «{meta.get('grade_id')}» s'ha modificat. En corregir es fa servir "
                            "l'original; desfés el canvi o torna a descarregar l'exercici.")
    released = released or _released_copy(path)
    if released:
        ref = nbformat.read(released, as_version=4)
        present = {_nbgrader(c).get("grade_id") for c in nb.cells}
        for cell in ref.cells:
            gid = _nbgrader(cell).get("grade_id")
            if _nbgrader(cell).get("grade") and not _nbgrader(cell).get("solution") and gid not in present:
                problems.append(f"falta la cel·la de proves «{gid}»: l'has esborrat? En corregir es tornarà a "
                                "afegir; copia-la de l'exercici original.")
    return problems


def kernel_config():
    """The kernel's sockets: on Linux, Unix sockets at a path of its own, not TCP ports.

    jupyter_client picks free TCP ports and the kernel binds them a moment later: with two kernels starting at once
    (two checks, or the tests' two processes), both could get the same port and one died at start («Kernel died
    before replying to kernel_info», ``Address already in use``). A socket path unique to the kernel cannot clash.
    Elsewhere (macOS paths can be too long for a socket, Windows has none), TCP as usual."""
    import sys
    import tempfile
    import uuid

    from traitlets.config import Config

    if not sys.platform.startswith("linux"):
        return Config()
    prefix = Path(tempfile.gettempdir()) / f"nucli-{uuid.uuid4().hex}"
    return Config({"KernelManager": {"transport": "ipc", "ip": str(prefix)}})


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
        NotebookClient(nb, timeout=timeout, allow_errors=True, kernel_name="python3", config=kernel_config(),
                       resources={"metadata": {"path": str(path.parent.resolve())}}).execute()
    except Exception as exc:  # noqa: BLE001 - a dead kernel or a timeout is a verdict, not a crash
        report.problems.append(f"el quadern no s'ha pogut executar fins al final ({exc.__class__.__name__}): "
                               "revisa si hi ha un bucle infinit o una cel·la que no acaba.")
    finally:
        if previous is None:
            os.environ.pop("CURS_AUTOCOMPROVACIO", None)
        else:
            os.environ["CURS_AUTOCOMPROVACIO"] = previous

    report.tasks = read_run(model(nb), nb, hidden_run=False)
    return report


def comprova(path: str | Path | None = None) -> Report | None:
    """Kept for notebooks released before the in-kernel self-check: prints the check of the saved file.

    Does nothing while nbgrader or the self-check run it."""
    if os.environ.get("NBGRADER_EXECUTION") or os.environ.get("CURS_AUTOCOMPROVACIO"):
        return None
    report = check(path)
    print(report.text())
    return report


def main(argv: list[str] | None = None) -> int:
    """``python -m pla.comprova_fitxer quadern.ipynb``: prints the check; exit status 0 when every task is right."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m pla.comprova_fitxer",
                                     description="Comprova un exercici desat: punts de les proves visibles per tasca "
                                                 "i què cal corregir.")
    parser.add_argument("quadern", help="el fitxer .ipynb de l'exercici")
    report = check(parser.parse_args(argv).quadern)
    print(report.text())
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
