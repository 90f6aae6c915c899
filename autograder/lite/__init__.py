"""The browser edition of the course: JupyterLite with a Pyodide kernel, built by `make` into ``dist/navegador/``.

Nothing to install for the learner: the practice notebooks and the student versions of the graded exercises open in
the browser, with the ``pla`` kit installed in the kernel. Everything a graded exercise needs is served by the site
itself (Pyodide from the npm registry's ``pyodide`` package, pure-Python wheels from PyPI bundled at build time).

Modules, one job each:

- ``pyodide_dist``: the offline Pyodide distribution (core files, bundled wheels, rewritten ``pyodide-lock.json``);
- ``pla_wheel``: the wheel of the ``pla`` kit for Pyodide (rule sets as JSON: Pyodide has no PyYAML offline);
- ``contents``: the notebooks the site serves (a note where a chart needs the internet);
- ``landing``: the site's own home page, in Catalan;
- ``build``: the whole build (``jupyter lite build``), ``python -m autograder.lite.build``;
- ``serve``: a local server for the book with the browser edition under ``/navegador/`` (``make serve``, tests).

``open_link`` is where the book (and anything else that links to a notebook) gets the «Obre-ho al navegador» link.
"""
from __future__ import annotations

from pathlib import Path, PurePosixPath
from urllib.parse import quote

from autograder.course import ROOT, Course, Unit, load_course

SITE = ROOT / "dist" / "navegador"
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
