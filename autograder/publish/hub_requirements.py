"""What a JupyterHub needs to run the learners' materials (``dist/alumnat``): the ``pla`` kit as a wheel and a
requirements file pinned to the course's own versions.

``pip install -r requirements.txt``, run in ``dist/alumnat`` (or in the learners' repository made from it), installs
the kernel, the packages the notebooks import and the kit, self-check included (``pla.comprova``, standard library
and IPython only): nothing of the trainers' tools (nbgrader, Jupyter Book, ``autograder``).
"""
from __future__ import annotations

import re
from pathlib import Path

from autograder.model.course import ROOT
from autograder.publish.lite.pla_wheel import build_wheel

#: What the learners' notebooks need on a hub, besides the kit: the kernel and what the notebooks and ``pla`` import.
PACKAGES = ("ipykernel", "ipywidgets", "matplotlib", "PyYAML", "python-docx")
CONSTRAINTS = "restriccions.txt"


def _pins(requirements: Path) -> list[str]:
    return [line.strip() for line in requirements.read_text(encoding="utf-8").splitlines()
            if re.match(r"^[A-Za-z0-9]", line.strip())]


def write(dest: Path, requirements: Path = ROOT / "requirements.txt") -> Path:
    """``requirements.txt``, ``restriccions.txt`` and ``rodes/pla-….whl`` in ``dest``; returns the requirements file."""
    wheel = build_wheel(dest / "rodes")
    pins = _pins(requirements)
    (dest / CONSTRAINTS).write_text(
        "# Les versions amb què el curs es prova (requirements.txt del curs): pip no en baixa cap altra.\n"
        + "\n".join(pins) + "\n", encoding="utf-8")
    target = dest / "requirements.txt"
    target.write_text(
        "# Què cal al JupyterHub per als quaderns del curs. Des d'aquesta carpeta:\n"
        "#     pip install -r requirements.txt\n"
        "# Instal·la el nucli de Python, els paquets que fan servir els quaderns i el kit pla (amb l'autocomprovació\n"
        "# dels exercicis, pla.comprova), a les versions amb què el curs es prova.\n"
        f"-c {CONSTRAINTS}\n" + "\n".join(PACKAGES) + f"\n./rodes/{wheel.name}\n", encoding="utf-8")
    return target
