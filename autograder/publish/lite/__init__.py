"""The browser edition of the course: JupyterLite with a Pyodide kernel, built by `make` into ``dist/navegador/``.

Nothing to install for the learner: the practice notebooks and the student versions of the graded exercises open in
the browser, with the ``pla`` kit installed in the kernel. Everything a graded exercise needs is served by the site
itself (Pyodide from the npm registry's ``pyodide`` package, pure-Python wheels from PyPI bundled at build time).

Modules, one job each:

- ``pyodide_dist``: the offline Pyodide distribution (core files, bundled wheels, rewritten ``pyodide-lock.json``);
- ``pla_wheel``: the wheel of the ``pla`` kit for Pyodide (rule sets as JSON: Pyodide has no PyYAML offline);
- ``contents``: the notebooks the site serves (a note where a chart needs the internet);
- ``landing``: the site's own home page, in Catalan;
- ``build``: the whole build (``jupyter lite build``), ``python -m autograder.publish.lite.build``;
- ``serve``: a local server for the book with the browser edition under ``/navegador/`` (``make serve``, tests).

Where each notebook sits in the site and the «Obre-ho al navegador» links are part of the course model
(:mod:`autograder.model.links`): the book links to them without importing these tools.
"""
from __future__ import annotations

from autograder.model.course import ROOT

SITE = ROOT / "dist" / "navegador"
