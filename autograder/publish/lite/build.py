"""Build the browser edition: ``python -m autograder.publish.lite.build`` (``make lite``, part of ``make``).

A JupyterLite site (``jupyter lite build``) with the Pyodide kernel, in Catalan, into ``dist/navegador/``:

1. the offline Pyodide distribution (``pyodide_dist``) with the wheel of the ``pla`` kit (``pla_wheel``);
2. the notebooks (``contents``): practice notebooks and the student versions in ``exercises/release``;
3. ``jupyter lite build`` with the course's settings: Catalan interface (the ``jupyterlab-language-pack-ca-es``
   language pack), no nbgrader extension (a learner has nothing to do with the trainer's tools), no news pop-up,
   no PyPI fallback (every package comes from the site or from Pyodide's public distribution);
4. the Catalan the language pack lacks (``catalan``);
5. the site's home page (``landing``) instead of JupyterLite's redirect.

The site is a static folder with relative addresses only: it works from any web server, also under a sub-path.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

from autograder.errors import AutograderError
from autograder.model.course import ROOT, load_course
from autograder.publish.lite import SITE, catalan, contents, landing, pla_wheel, pyodide_dist

WORK = ROOT / "_build" / "navegador"
KERNEL_PLUGIN = "@jupyterlite/pyodide-kernel-extension:kernel"
#: Extensions the learners' site switches off: nbgrader's teacher tools and JupyterLab's news pop-up.
DISABLED = ["@jupyter/nbgrader", "@jupyterlab/apputils-extension:announcements"]
SETTINGS = {
    "@jupyterlab/translation-extension:plugin": {"locale": "ca_ES"},
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
}


class LiteBuildError(AutograderError, RuntimeError):
    pass


def _lite_config(course) -> dict:
    return {"jupyter-lite-schema-version": 0, "jupyter-config-data": {
        "appName": f"{course.title} (edició al navegador)",
        "disabledExtensions": DISABLED,
        "litePluginSettings": {KERNEL_PLUGIN: {"disablePyPIFallback": True}},
    }}


def _served_modules(summary: dict, dist: Path) -> tuple[set[str], set[str]]:
    """(modules the site serves itself, modules only Pyodide's public distribution has), from the lock."""
    lock = json.loads((dist / "pyodide-lock.json").read_text(encoding="utf-8"))["packages"]
    served = {"pyodide", "js", "pyodide_js", "micropip"}
    remote = set()
    for name, entry in lock.items():
        (served if name in summary["bundled"] else remote).update(entry.get("imports", []))
    return served, remote - served


def build(out: Path = SITE, work: Path = WORK, releases: Path | None = None) -> dict:
    """Build the site into ``out``; returns what the report prints (paths, sizes, seconds)."""
    course = load_course()
    started = time.monotonic()
    if work.exists():
        shutil.rmtree(work)
    (work / "static").mkdir(parents=True)
    wheel = pla_wheel.build_wheel(work / "rodes")
    dist = work / "static" / "pyodide"
    summary = pyodide_dist.assemble(dist, [wheel])
    served, remote = _served_modules(summary, dist)
    notebooks = contents.write_contents(work / "contents", served, remote, course, releases)
    (work / "jupyter-lite.json").write_text(json.dumps(_lite_config(course), ensure_ascii=False, indent=1),
                                            encoding="utf-8")
    (work / "overrides.json").write_text(json.dumps(SETTINGS, indent=1), encoding="utf-8")
    if out.exists():
        shutil.rmtree(out)
    jupyter = Path(sys.executable).parent / "jupyter"
    command = [str(jupyter), "lite", "build", "--lite-dir", str(work), "--output-dir", str(out),
               "--contents", str(work / "contents"), "--apps", "lab", "--apps", "notebooks", "--apps", "tree",
               "--no-sourcemaps", "--no-unused-shared-packages"]
    result = subprocess.run(command, cwd=work, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise LiteBuildError("«jupyter lite build» ha fallat; el final del seu registre:\n"
                             + (result.stdout + result.stderr)[-4000:])
    catalan.complete(out)
    landing.write(out, course, notebooks)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return {"site": out, "notebooks": notebooks, "pyodide": summary, "bytes": size,
            "seconds": time.monotonic() - started}


def main() -> int:
    try:
        report = build()
    except (LiteBuildError, pyodide_dist.PyodideDistError) as exc:
        print(exc, file=sys.stderr)
        return 1
    site = report["site"].relative_to(ROOT) if report["site"].is_relative_to(ROOT) else report["site"]
    print(f"Edició al navegador: {site}/ ({len(report['notebooks'])} quaderns, "
          f"{report['bytes'] / 1e6:.0f} MB, Pyodide {report['pyodide']['version']} amb "
          f"{len(report['pyodide']['bundled'])} paquets servits des del lloc; {report['seconds']:.0f} s).")
    for path, modules in report["notebooks"].items():
        if modules and path.startswith("notebooks/"):
            print(f"  {path}: {', '.join(modules)} no és al lloc (el quadern ho avisa).")
        elif modules:
            print(f"  ATENCIÓ: l'exercici {path} importa {', '.join(modules)}, que no és al lloc: al navegador "
                  "fallarà.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
