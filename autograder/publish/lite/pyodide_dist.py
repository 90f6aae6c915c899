"""The Pyodide distribution the browser edition serves itself: nothing a graded exercise needs comes from a CDN.

- The core (``pyodide.mjs``, the WebAssembly, the standard library, ``pyodide-lock.json``) comes from the npm
  registry's ``pyodide`` package (``node_modules/pyodide``, pinned in ``package.json``).
- The pure-Python wheels the kernel loads (``requirements-navegador.txt``) come from PyPI, downloaded by
  ``make setup`` into ``.venv/navegador-rodes``. PyPI's wheels are not byte-identical to Pyodide's builds, so each
  bundled package's ``sha256`` in the lock is rewritten (Pyodide checks it with Subresource Integrity).
- Packages that are not in the lock (``comm``, ``ipywidgets``, ``pla``) are added to it with their ``imports``, so
  the kernel installs them from the site when a cell imports them.
- Every other package of the lock (numpy, matplotlib…: compiled for WebAssembly, on no registry we reach) keeps
  Pyodide's public distribution as its address: it loads from the internet, only if a cell imports it.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

from autograder.errors import AutograderError
from autograder.model.course import ROOT

NPM_PYODIDE = ROOT / "node_modules" / "pyodide"
WHEELS = ROOT / ".venv" / "navegador-rodes"
REQUIREMENTS = ROOT / "requirements-navegador.txt"
CORE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide.js")


class PyodideDistError(AutograderError, RuntimeError):
    pass


def normalize(name: str) -> str:
    """PEP 503 name: ``Prompt_Toolkit`` → ``prompt-toolkit``."""
    return re.sub(r"[-_.]+", "-", name).lower()


def wheel_name_version(path: Path) -> tuple[str, str]:
    name, version = path.name.split("-")[:2]
    return normalize(name), version


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def public_url(version: str) -> str:
    """Pyodide's public distribution for a version (the address the kernel itself falls back to)."""
    from jupyterlite_pyodide_kernel.constants import PYODIDE_CDN_URL, PYODIDE_VERSION

    return PYODIDE_CDN_URL.replace(PYODIDE_VERSION, version)


def pinned_wheels(wheels: Path = WHEELS, requirements: Path = REQUIREMENTS) -> list[Path]:
    """The downloaded wheel of every line of ``requirements-navegador.txt``; a clear error if one is missing."""
    pins = {}
    for line in requirements.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            pins[normalize(name)] = version
    found = {wheel_name_version(p): p for p in sorted(wheels.glob("*.whl"))} if wheels.exists() else {}
    missing = [f"{n}=={v}" for n, v in pins.items() if (n, v) not in found]
    if missing:
        raise PyodideDistError("Falten rodes de l'edició al navegador (" + ", ".join(missing) + "): executa "
                               "«make setup», que les baixa de PyPI a .venv/navegador-rodes.")
    return [found[(n, v)] for n, v in pins.items()]


def _lock_entry(wheel: Path, imports: list[str]) -> dict:
    name, version = wheel_name_version(wheel)
    return {"name": name, "version": version, "file_name": wheel.name, "install_dir": "site",
            "sha256": _sha256(wheel), "package_type": "package", "imports": imports, "depends": [],
            "unvendored_tests": False}


def _top_level_imports(wheel: Path) -> list[str]:
    """The importable top-level names in a wheel (its folders with ``__init__.py`` and its modules)."""
    import zipfile

    names = set()
    for item in zipfile.ZipFile(wheel).namelist():
        top = item.split("/")[0]
        if top.endswith((".dist-info", ".data")):
            continue
        if "/" in item and item.endswith("/__init__.py") and item.count("/") == 1:
            names.add(top)
        elif "/" not in item and item.endswith(".py"):
            names.add(item[:-3])
    return sorted(names)


def assemble(dest: Path, extra_wheels: list[Path], npm_pyodide: Path = NPM_PYODIDE,
             wheels: list[Path] | None = None) -> dict:
    """Fill ``dest`` with Pyodide's core, the wheels and the rewritten lock; returns a summary for the report.

    ``extra_wheels``: wheels of our own (the ``pla`` kit) added to the lock.
    """
    if not (npm_pyodide / "pyodide-lock.json").exists():
        raise PyodideDistError("No hi ha el paquet npm «pyodide» a node_modules: executa «make setup».")
    wheels = pinned_wheels() if wheels is None else wheels
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for name in CORE_FILES:
        shutil.copy2(npm_pyodide / name, dest / name)
    lock = json.loads((npm_pyodide / "pyodide-lock.json").read_text(encoding="utf-8"))
    version = json.loads((npm_pyodide / "package.json").read_text(encoding="utf-8"))["version"]
    remote = public_url(version).rstrip("/") + "/"
    packages = lock["packages"]
    bundled = {}
    for wheel in [*wheels, *extra_wheels]:
        name, wheel_version = wheel_name_version(wheel)
        shutil.copy2(wheel, dest / wheel.name)
        entry = packages.get(name)
        if entry is None:
            packages[name] = _lock_entry(wheel, _top_level_imports(wheel))
        else:
            if entry["version"] != wheel_version:
                raise PyodideDistError(
                    f"La roda {wheel.name} no és la versió que el pyodide-lock.json de Pyodide {version} espera "
                    f"({name} {entry['version']}): corregeix requirements-navegador.txt.")
            entry.update(file_name=wheel.name, sha256=_sha256(wheel))
        bundled[name] = wheel.name
    for name, entry in packages.items():
        if name not in bundled and "://" not in entry["file_name"]:
            entry["file_name"] = remote + entry["file_name"]
    (dest / "pyodide-lock.json").write_text(json.dumps(lock, ensure_ascii=False, indent=1), encoding="utf-8")
    return {"version": version, "bundled": sorted(bundled), "remote": len(packages) - len(bundled)}
