"""What a JupyterHub gets: the learners' materials (``dist/alumnat``) and the CSV of nbgitpuller launch links.

The links themselves are part of the course model (:func:`autograder.model.links.hub_links`): the book shows them too.
The hub's repository is the learners' one, with the content of ``dist/alumnat`` (:func:`student_materials`):
practice notebooks in ``notebooks/`` and the student versions of the exercises in ``exercicis/<exercici>/``.
"""
from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

from autograder.grading.nbgrader_course import course_folders
from autograder.model.course import ROOT, Course, load_course
from autograder.model.links import hub_links
from autograder.publish import hub_requirements


def links_csv(course: Course | None = None) -> str:
    """A CSV a trainer can use to create Moodle URL resources (name, URL, unit)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["Unitat", "Nom del recurs", "URL"])
    for row in hub_links(course):
        writer.writerow([row["unitat"], row["titol"], row["enllac"]])
    return out.getvalue()


def student_materials(dest: Path, course: Course | None = None, releases: Path | None = None) -> Path:
    """``dest`` filled with what learners get on a hub: practice notebooks, released exercises, the ``pla`` kit.

    ``releases``: the folder with the student versions (by default, ``exercises/release``).
    """
    course = course or load_course()
    releases = releases or course_folders().release()
    if dest.exists():
        shutil.rmtree(dest)
    (dest / "notebooks").mkdir(parents=True)
    for unit in course.units:
        if (ROOT / unit.notebook).exists():
            shutil.copy(ROOT / unit.notebook, dest / unit.notebook)
        if unit.graded and (releases / unit.name / f"{unit.name}.ipynb").exists():
            shutil.copytree(releases / unit.name, dest / "exercicis" / unit.name)
    shutil.copytree(ROOT / "pla", dest / "pla", ignore=shutil.ignore_patterns("__pycache__"))
    hub_requirements.write(dest)
    (dest / "README.md").write_text(
        f"# {course.title}: materials de l'alumnat\n\n"
        "Quaderns de pràctica (`notebooks/`) i exercicis avaluables (`exercicis/`). Al JupyterHub, instal·la des\n"
        "d'aquesta carpeta el que necessiten (`pip install -r requirements.txt`): el nucli, els paquets dels quaderns\n"
        "i el kit `pla` (la carpeta `pla/` en té el codi), amb l'autocomprovació dels exercicis.\n",
        encoding="utf-8")
    return dest
