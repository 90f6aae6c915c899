"""Checks on a submitted file before nbgrader sees it: is it a Jupyter notebook of this assignment at all?

nbgrader either crashes or quietly gives 0 on such files; here each gets a reason (a code and a Catalan sentence) for
the trainer, as every grading step records one (:mod:`autograder.grading.steps`).
"""
from __future__ import annotations

import json
from pathlib import Path

import nbformat

from autograder.grading.preprocessors import repair
from autograder.grading.steps import Reason

MAX_BYTES = 20 * 1024 * 1024
NO_METADATA = Reason("no_metadata", "El quadern no té les metadades d'nbgrader (potser s'han copiat les cel·les a un "
                                    "quadern nou) i no s'ha pogut saber amb seguretat quina cel·la respon cada tasca "
                                    "comparant-lo amb el quadern publicat. Cal corregir-lo a mà.")


def problem(path: Path, release=None) -> Reason | None:
    """Why this file cannot be graded, or None when it looks like a notebook with nbgrader's cells, or one whose
    cells match ``release`` (the released notebook) unambiguously: nbgrader's sanitizing then restores its metadata
    (:class:`autograder.grading.preprocessors.repair.RestoreMetadata`)."""
    path = Path(path)
    size = path.stat().st_size
    if size == 0:
        return Reason("empty_file", "El fitxer lliurat és buit (0 bytes).")
    if size > MAX_BYTES:
        return Reason("too_large", f"El fitxer lliurat fa {size // (1024 * 1024)} MB: és massa gran per ser un quadern "
                                   "d'aquest exercici.")
    raw = path.read_bytes()
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return Reason("not_text", "El fitxer no és un quadern de Jupyter: no és text (potser és un PDF, un document o "
                                  "una imatge).")
    except json.JSONDecodeError as exc:
        return Reason("invalid_json", f"El fitxer no és un quadern de Jupyter vàlid: el JSON està malmès a la línia "
                                      f"{exc.lineno}, columna {exc.colno} (potser s'ha editat a mà o s'ha desat a "
                                      "mitges).")
    if not isinstance(data, dict) or "cells" not in data and "worksheets" not in data:
        return Reason("not_notebook", "El fitxer és JSON però no és un quadern de Jupyter (no té cel·les).")
    try:
        nb = nbformat.reads(raw.decode("utf-8-sig"), as_version=4)
    except Exception as exc:  # nbformat raises several kinds of errors for malformed notebooks
        return Reason("unreadable", f"El quadern no té un format que Jupyter pugui llegir ({type(exc).__name__}).")
    if not repair.has_nbgrader_cells(nb) and (release is None or repair.match_release(nb, release) is None):
        return NO_METADATA
    return None
