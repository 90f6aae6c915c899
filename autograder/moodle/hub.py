"""nbgitpuller launch links: each notebook opened on the organisation's JupyterHub with one click.

The hub's address, the repository and the branch are settings in ``course.yml`` (``jupyterhub:``). The
repository is the learners' one, with the content of ``dist/alumnat`` (``student_materials``): practice
notebooks in ``notebooks/`` and the student versions of the exercises in ``exercicis/<exercici>/``.
"""
from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path
from urllib.parse import quote, urlencode

from autograder import hub_requirements
from autograder.course import ROOT, Course, load_course


def repo_folder(repository: str) -> str:
    """The folder nbgitpuller clones the repository into: the last part of its address, without ``.git``."""
    name = repository.rstrip("/").rsplit("/", 1)[-1]
    return name[:-4] if name.endswith(".git") else name


def launch_link(course: Course, notebook: Path) -> str:
    hub = course.hub
    params = {
        "repo": hub["repositori"],
        "branch": hub.get("branca", "main"),
        "urlpath": f"lab/tree/{repo_folder(hub['repositori'])}/{notebook.as_posix()}",
    }
    return f"{hub['url'].rstrip('/')}/hub/user-redirect/git-pull?{urlencode(params, quote_via=quote)}"


def links(course: Course | None = None, root: Path | None = None) -> list[dict]:
    """One row per notebook that exists: unit, kind, title, path and link (empty list without a hub)."""
    course = course or load_course()
    if not course.hub.get("url"):
        return []
    root = root or ROOT
    rows = []
    for unit in course.units:
        candidates = [("Quadern de pràctica", unit.notebook, unit.notebook)]
        if unit.graded:
            # Learners open the student version, which `make` generates from the source.
            candidates.append(("Exercici avaluable", Path("exercicis") / unit.name / f"{unit.name}.ipynb",
                               unit.source_notebook))
        for kind, path, witness in candidates:
            if (root / witness).exists():
                rows.append({"unitat": unit.number, "tipus": kind, "titol": f"{unit.label}: {kind.lower()}",
                             "cami": path.as_posix(), "enllac": launch_link(course, path)})
    return rows


def links_csv(course: Course | None = None) -> str:
    """A CSV a trainer can use to create Moodle URL resources (name, URL, unit)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["Unitat", "Nom del recurs", "URL"])
    for row in links(course):
        writer.writerow([row["unitat"], row["titol"], row["enllac"]])
    return out.getvalue()


def student_materials(dest: Path, course: Course | None = None, releases: Path | None = None) -> Path:
    """``dest`` filled with what learners get on a hub: practice notebooks, released exercises, the ``pla`` kit.

    ``releases``: the folder with the student versions (by default, ``exercises/release``).
    """
    course = course or load_course()
    releases = releases or ROOT / "exercises" / "release"
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
