"""The notebooks the browser edition serves.

Practice notebooks go to ``notebooks/``, the student versions of the graded exercises to the top folder (see
``autograder.model.links.site_path``), for every unit of ``course.yml`` whose notebook exists. A practice notebook that imports a package the site does not
serve (matplotlib for its charts…) gets a note at the top, added here: in the browser that package comes from
Pyodide's public distribution, so those cells need the internet.
"""
from __future__ import annotations

import ast
import shutil
import sys
from pathlib import Path

import nbformat

from autograder.grading.nbgrader_course import course_folders
from autograder.model.course import ROOT, Course, load_course
from autograder.model.links import site_path

NOTE_ID = "navegador-connexio"


def imported_modules(nb) -> set[str]:
    """Top-level modules imported by the notebook's code cells (cells that are not valid Python are skipped)."""
    found = set()
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        source = "\n".join(line for line in cell.source.splitlines() if not line.lstrip().startswith(("%", "!")))
        try:
            tree = ast.parse(source)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module.split(".")[0])
    return found


def missing_modules(nb, served: set[str]) -> list[str]:
    """The modules a notebook imports that are neither in Python's standard library nor served by the site."""
    return sorted(m for m in imported_modules(nb) if m not in sys.stdlib_module_names and m not in served)


def _note(remote: list[str], unavailable: list[str]) -> nbformat.NotebookNode:
    def names(modules):
        return ", ".join(f"`{m}`" for m in modules)

    parts = ["> **Edició al navegador.**"]
    if remote:
        parts.append(f"Aquest quadern fa servir {names(remote)} (per als gràfics), que aquesta edició no porta: la "
                     "primera cel·la que en fa ús el baixa de la distribució pública de Pyodide, a internet, i triga "
                     "uns segons. Sense connexió, aquestes cel·les donen un error.")
    if unavailable:
        parts.append(f"Les cel·les que fan servir {names(unavailable)} no funcionen al navegador: fes-les a "
                     "l'ordinador o al JupyterHub del curs.")
    parts.append("La resta del quadern funciona igual, i els exercicis avaluables no necessiten res d'internet.")
    cell = nbformat.v4.new_markdown_cell(" ".join(parts))
    cell.id = NOTE_ID
    cell.metadata["curs"] = {"nota": "navegador"}
    return cell


def write_contents(dest: Path, served: set[str], remote: set[str], course: Course | None = None,
                   releases: Path | None = None) -> dict[str, list[str]]:
    """Fill ``dest`` with the notebooks; returns ``{site path: modules the site does not serve}``.

    ``served``: modules the site serves itself; ``remote``: modules Pyodide's public distribution has.
    """
    course = course or load_course()
    releases = releases or course_folders().release()
    if dest.exists():
        shutil.rmtree(dest)
    written = {}
    for unit in course.units:
        sources = [("quadern", ROOT / unit.notebook)]
        if unit.graded:
            sources.append(("exercici", releases / unit.name / f"{unit.name}.ipynb"))
        for kind, source in sources:
            if not source.exists():
                continue
            target = dest / site_path(unit, kind)
            target.parent.mkdir(parents=True, exist_ok=True)
            nb = nbformat.read(source, as_version=4)
            missing = missing_modules(nb, served)
            if missing and kind == "quadern":
                note = _note([m for m in missing if m in remote], [m for m in missing if m not in remote])
                nb.cells.insert(1 if nb.cells and nb.cells[0].cell_type == "markdown" else 0, note)
            if kind == "exercici":
                # Files beside the exercise (data it reads) travel with it, as in the hub materials.
                for extra in source.parent.iterdir():
                    if extra.is_file() and extra != source:
                        shutil.copy2(extra, target.parent / extra.name)
            nbformat.write(nb, target)
            written[str(site_path(unit, kind))] = missing
    return written
