"""What every graded notebook must have for the learner inside Jupyter; rewritten by a re-runnable step.

``autograder prepara`` (or ``python -m autograder.publish.learner_cells``) brings each source notebook in
``exercises/source`` to these rules, and ``autograder prepara --check`` only says which ones do not follow them
(a test runs the check on every exercise):

1. The self-check cell (grade_id ``comprova``) is just ``from pla.comprova import comprova`` and ``comprova()``: it
   judges what the learner has run, whatever the file is called (:mod:`pla.comprova`); its markdown (grade_id
   ``comprova_md``) says so.
2. Every code cell from the first answer cell on (answers, tests, «Desa-ho al teu pla», «Per anar més lluny»; not
   the check cell) carries the ``raises-exception`` tag, so that «Run All» in JupyterLab (and nbclient) goes on past
   an unfinished task. nbgrader's grading runs every cell anyway
   (``allow_errors``) and reads the error outputs, so scores do not change.
3. ``pla`` is imported before the first answer cell (if no code cell above it does, the first code cell starts with
   ``import pla``): importing it turns, inside the learner's kernel, each error into one Catalan sentence
   (:mod:`pla.nucli`), from the first unfinished task on.
4. Each task heading («## Tasca 2. … (4 punts)») shows the task's points as the sum of its graded cells (visible
   and hidden tests and rubric), the same number the self-check and the feedback page show.

Only these cells and metadata change: answers, tests and the rest of the text are the authors'.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat

from autograder.grading.nbgrader_course import EXERCISES, course_folders
from pla.quadern import POINTS, model, points_text, task_title

TAG = "raises-exception"
IMPORT = "import pla  # el kit del curs: també explica en català els errors de les cel·les"
IMPORTS_PLA = re.compile(r"^\s*(import pla\b|from pla(\.\w+)* import )", re.MULTILINE)
CHECK_SOURCE = "from pla.comprova import comprova\ncomprova()"
CHECK_MARKDOWN = """## Comprova la teva feina

Executa la cel·la següent quan hagis acabat, o quan vulguis saber com vas. Mira el que has executat (no cal que
desis el quadern abans) i et diu, per a cada tasca, si és correcta, si encara no l'has feta o si té errors, amb els
punts i el que cal corregir. Si has canviat una resposta, torna a executar-la abans de comprovar. Les proves ocultes
i els punts que valora l'equip formador no es poden comprovar aquí: es compten en corregir."""


def _gid(cell) -> str | None:
    return cell.metadata.get("nbgrader", {}).get("grade_id")


def is_check_cell(cell) -> bool:
    """The self-check cell: grade_id «comprova» or «uNN_comprova», or a cell that imports the self-check."""
    meta = cell.metadata.get("nbgrader", {})
    gid = _gid(cell) or ""
    return cell.cell_type == "code" and not meta.get("grade") and not meta.get("solution") and \
        (gid == "comprova" or gid.endswith("_comprova") or "import comprova" in cell.source)


def is_check_markdown(cell) -> bool:
    return cell.cell_type == "markdown" and cell.source.lstrip().startswith("## Comprova la teva feina")


def _graded_or_answer(cell) -> bool:
    meta = cell.metadata.get("nbgrader", {})
    return cell.cell_type == "code" and bool(meta.get("grade") or meta.get("solution"))


def _heading_with_points(text: str, points: float) -> str:
    lines = text.split("\n")
    first = POINTS.sub("", lines[0].rstrip()).rstrip()
    lines[0] = f"{first} ({points_text(points)})"
    return "\n".join(lines)


def prepare(nb) -> list[str]:
    """Bring one notebook to the rules (in place); returns what changed, in Catalan (empty if nothing)."""
    changes = []
    started = False  # from the first answer on, any code cell may depend on an unfinished task
    for cell in nb.cells:
        gid = _gid(cell)
        started = started or bool(cell.metadata.get("nbgrader", {}).get("solution"))
        if is_check_cell(cell) and cell.source != CHECK_SOURCE:
            cell.source = CHECK_SOURCE
            changes.append("cel·la d'autocomprovació")
        elif is_check_markdown(cell) and cell.source != CHECK_MARKDOWN:
            cell.source = CHECK_MARKDOWN
            changes.append("text de l'autocomprovació")
        if _graded_or_answer(cell) or (cell.cell_type == "code" and started and not is_check_cell(cell)):
            tags = cell.metadata.setdefault("tags", [])
            if TAG not in tags:
                tags.append(TAG)
                changes.append(f"etiqueta {TAG} a «{gid}»")
    code = [c for c in nb.cells if c.cell_type == "code"]
    first_answer = next((i for i, c in enumerate(code) if c.metadata.get("nbgrader", {}).get("solution")), None)
    if code and first_answer is not None and not any(IMPORTS_PLA.search(c.source) for c in code[:first_answer]):
        code[0].source = f"{IMPORT}\n{code[0].source}"
        changes.append("import pla abans de la primera tasca")
    points = {t.title: t.points for t in model(nb)}
    for cell in nb.cells:
        title = task_title(cell.source) if cell.cell_type == "markdown" else None
        if points.get(title):
            new = _heading_with_points(cell.source, points[title])
            if new != cell.source:
                cell.source = new
                changes.append(f"punts del títol «{title}»")
    return changes


def notebooks(course_root: Path = EXERCISES) -> list[Path]:
    return sorted(course_folders(course_root).source().glob("*/*.ipynb"))


def main(argv: list[str] | None = None, course_root: Path = EXERCISES) -> int:
    check = "--check" in (argv or [])
    pending = 0
    for path in notebooks(course_root):
        nb = nbformat.read(path, as_version=4)
        changes = prepare(nb)
        if not changes:
            continue
        pending += 1
        if check:
            print(f"{path.relative_to(course_root)}: cal «autograder prepara» ({', '.join(changes)}).")
        else:
            nbformat.write(nb, path)
            print(f"{path.relative_to(course_root)}: {', '.join(changes)}.")
    if not pending:
        print("Tots els exercicis ja segueixen les regles de l'autocomprovació.")
    return 1 if check and pending else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
