"""The wheel of the ``pla`` kit that the browser edition installs in Pyodide.

The kit is pure Python, but its rule sets are YAML and Pyodide has no PyYAML offline: the wheel carries each rule set
also as JSON, generated here from the YAML, and ``pla.conjunts_regles`` reads the JSON when ``yaml`` cannot be
imported. The wheel is written with ``zipfile`` (a wheel is a zip with a ``.dist-info`` folder, PEP 427): building
it with pip would need setuptools fetched into an isolated environment at build time.
"""
from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from pathlib import Path

import yaml

from autograder.model.course import ROOT

NAME = "pla"
VERSION = "1.0.0"
# Fixed date inside the zip: the same sources give the same wheel, byte for byte (its sha256 goes into the lock).
ZIP_DATE = (2026, 1, 1, 0, 0, 0)


def _files(package: Path) -> list[tuple[str, bytes]]:
    files = []
    for path in sorted(package.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix in (".pyc", ".pyo"):
            continue
        rel = path.relative_to(package.parent).as_posix()
        files.append((rel, path.read_bytes()))
        if path.suffix == ".yml" and path.parent.name == "regles":
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            files.append((rel[:-4] + ".json", json.dumps(data, ensure_ascii=False, indent=1).encode()))
    return files


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def build_wheel(dest: Path, package: Path = ROOT / NAME) -> Path:
    """Write ``pla-<version>-py3-none-any.whl`` into ``dest`` and return its path."""
    dist_info = f"{NAME}-{VERSION}.dist-info"
    files = _files(package)
    files.append((f"{dist_info}/METADATA", (
        f"Metadata-Version: 2.1\nName: {NAME}\nVersion: {VERSION}\n"
        "Summary: El kit de l'alumnat del curs: pla de comunicació 2.0 i guia d'usos i estil\n"
        "Requires-Python: >=3.11\n").encode()))
    files.append((f"{dist_info}/WHEEL", (
        "Wheel-Version: 1.0\nGenerator: autograder.publish.lite\nRoot-Is-Purelib: true\nTag: py3-none-any\n").encode()))
    record = "\n".join([_record_line(n, d) for n, d in files] + [f"{dist_info}/RECORD,,"]) + "\n"
    files.append((f"{dist_info}/RECORD", record.encode()))
    dest.mkdir(parents=True, exist_ok=True)
    target = dest / f"{NAME}-{VERSION}-py3-none-any.whl"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files:
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return target

