"""JupyterLab per a l'alumnat: en català, sense les eines d'nbgrader de l'equip formador i sense avisos de notícies.

Ús (des de la carpeta del curs)::

    make alumnat                                  # obre els exercicis publicats
    .venv/bin/python -m pla.laboratori notebooks  # o la carpeta que vulguis

Fa servir la configuració d'aquesta carpeta (``page_config.json`` i ``overrides.json``) en lloc de la general:

- la interfície en català (el paquet de llengua ``jupyterlab-language-pack-ca-ES``);
- cap extensió d'nbgrader: ni el menú «Nbgrader», ni el botó «Validate», ni la barra «Create Assignment», ni el
  Formgrader (tampoc al servidor);
- cap finestra que demani si vols rebre notícies de Jupyter.

L'equip formador obre ``jupyter lab`` com sempre i hi té totes les eines d'nbgrader.
"""
from __future__ import annotations

import sys
from pathlib import Path

CONFIG = Path(__file__).resolve().parent
NBGRADER_SERVER_EXTENSIONS = ("formgrader", "validate_assignment", "assignment_list", "course_list")


def arguments(extra: list[str] | None = None) -> list[str]:
    """The command line of ``jupyter lab`` for learners (``extra``: a folder and other options of jupyter lab)."""
    args = [f"--LabApp.app_settings_dir={CONFIG}"]
    args += [f"--ServerApp.jpserver_extensions=nbgrader.server_extensions.{name}=False"
             for name in NBGRADER_SERVER_EXTENSIONS]
    return args + list(extra or [])


def main(argv: list[str] | None = None) -> None:
    from jupyterlab.labapp import LabApp

    LabApp.launch_instance(argv=arguments(sys.argv[1:] if argv is None else argv))
