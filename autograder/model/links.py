"""Where a unit's notebooks open: the browser edition's «Obre-ho al navegador» links and the JupyterHub's
nbgitpuller links, for the book and for Moodle.

Part of the course model because the book's extension needs it and must not import the publishing tools; the build of
the browser edition (:mod:`autograder.publish.lite`) puts each notebook at :func:`site_path`.
"""
from __future__ import annotations

from pathlib import Path, PurePosixPath
from urllib.parse import quote, urlencode

from autograder.model.course import ROOT, Course, Unit, load_course

#: Where the browser edition is published when ``course.yml`` does not say (``navegador: url:``): next to the book,
#: in the folder ``navegador/`` of the book's root.
DEFAULT_URL = "navegador/"


def site_path(unit: Unit, kind: str) -> PurePosixPath:
    """The notebook's path inside the site: ``notebooks/uNN-….ipynb`` or, for an exercise, ``uNN-….ipynb``.

    Exercises sit at the top: JupyterLite names a downloaded file after its whole path (``exercicis/u05/u05.ipynb``
    would download as ``exercicis_u05_u05.ipynb``), and the learner hands in the file with the exercise's own name.
    """
    if kind == "quadern":
        return PurePosixPath("notebooks") / f"{unit.name}.ipynb"
    if kind == "exercici" and unit.graded:
        return PurePosixPath(f"{unit.name}.ipynb")
    raise ValueError(f"La unitat {unit.number} no té cap «{kind}» a l'edició al navegador.")


def base_url(course: Course | None = None) -> str:
    """The published address of the browser edition (``course.yml`` → ``navegador: url:``), ending in ``/``.

    A relative address (the default, ``navegador/``) is relative to the book's root.
    """
    course = course or load_course()
    url = str(course.browser.get("url") or DEFAULT_URL)
    return url if url.endswith("/") else url + "/"


def open_link(unit: Unit, kind: str, course: Course | None = None) -> str:
    """The «Obre-ho al navegador» address of a unit's practice notebook (``quadern``) or exercise (``exercici``).

    It opens the notebook in JupyterLite's single-notebook interface. Relative when the site's address is.
    """
    return link_under(base_url(course), unit, kind)


def link_under(base: str, unit: Unit, kind: str) -> str:
    """The address of a unit's notebook in a browser edition published at ``base``."""
    base = base if base.endswith("/") else base + "/"
    return f"{base}notebooks/index.html?path={quote(str(site_path(unit, kind)))}"


def has_notebook(unit: Unit, kind: str, root: Path = ROOT) -> bool:
    """Whether the site has that notebook (decided by its source, as the book's unit card does)."""
    witness = unit.notebook if kind == "quadern" else unit.source_notebook
    return witness is not None and (root / witness).exists()


def hub_folder(repository: str) -> str:
    """The folder nbgitpuller clones the repository into: the last part of its address, without ``.git``."""
    name = repository.rstrip("/").rsplit("/", 1)[-1]
    return name[:-4] if name.endswith(".git") else name


def hub_launch_link(course: Course, notebook: Path) -> str:
    hub = course.hub
    params = {
        "repo": hub["repositori"],
        "branch": hub.get("branca", "main"),
        "urlpath": f"lab/tree/{hub_folder(hub['repositori'])}/{notebook.as_posix()}",
    }
    return f"{hub['url'].rstrip('/')}/hub/user-redirect/git-pull?{urlencode(params, quote_via=quote)}"


def hub_links(course: Course | None = None, root: Path | None = None) -> list[dict]:
    """The nbgitpuller launch links on the organisation's JupyterHub (``course.yml`` → ``jupyterhub:``): one row per
    notebook that exists, with unit, kind, title, path and link (empty list without a hub)."""
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
                             "cami": path.as_posix(), "enllac": hub_launch_link(course, path)})
    return rows
