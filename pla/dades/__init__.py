"""Dades fictícies de l'Ajuntament de Vilanova del Riu (any 2026), com a llistes de diccionaris.

Cada funció llegeix un fitxer CSV d'aquesta carpeta i en torna les files amb els nombres ja convertits
(les cel·les buides són ``None``). El significat de cada columna és a ``pla/dades/DICCIONARI.md``.

>>> from pla import dades
>>> len(dades.publicacions(xarxa="X", mes="2026-03", tipus="propia"))
96
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

CARPETA = Path(__file__).parent
ENTERS = {"seguidors", "persones_amb_acces", "seguidors_inici", "seguidors_final", "impressions", "abast",
          "interaccions", "clics", "minuts_resposta", "frequencia", "importancia", "percentatge", "publicacions"}


def _converteix(columna: str, valor: str):
    if valor == "":
        return None
    return int(valor) if columna in ENTERS else valor


@lru_cache(maxsize=None)
def _llegeix(nom: str) -> tuple:
    cami = CARPETA / f"{nom}.csv"
    if not cami.exists():
        raise FileNotFoundError(f"No trobo {cami}; genera les dades amb «python -m pla.dades.genera».")
    with cami.open(encoding="utf-8", newline="") as fitxer:
        return tuple({columna: _converteix(columna, valor) for columna, valor in fila.items()}
                     for fila in csv.DictReader(fitxer))


def _files(nom: str, **filtres) -> list:
    files = [dict(fila) for fila in _llegeix(nom)]
    for columna, valor in filtres.items():
        if valor is not None:
            files = [f for f in files if f[columna] == valor]
    return files


def comptes() -> list:
    """Inventari dels 10 comptes de l'Ajuntament fet el 16 de novembre de 2026 (unitat 4)."""
    return _files("comptes")


def publicacions(xarxa=None, mes=None, tipus=None) -> list:
    """Les publicacions del 2026 dels comptes generals (X, Facebook, Instagram i YouTube), amb les mètriques.

    Filtres opcionals: ``xarxa`` («X»…), ``mes`` («2026-03») i ``tipus`` («propia» o «republicacio»).
    """
    files = _files("publicacions", xarxa=xarxa, tipus=tipus)
    return [f for f in files if f["data"].startswith(mes)] if mes else files


def seguidors(xarxa=None) -> list:
    """Persones seguidores a l'inici i al final de cada mes del 2026, per xarxa."""
    return _files("seguidors", xarxa=xarxa)


def missatges(canal=None, tipus=None) -> list:
    """Missatges de la ciutadania del 2026: canal, persona usuària (seudònim), tipus, quan es va rebre i respondre."""
    return _files("missatges", canal=canal, tipus=tipus)


def enquesta_personal() -> list:
    """Respostes de l'enquesta de necessitats al personal: una fila per persona i necessitat."""
    return _files("enquesta_personal")


def us_xarxes_edat() -> list:
    """Percentatge de persones de cada franja d'edat que fan servir cada xarxa (enquesta municipal de 2026)."""
    return _files("us_xarxes_edat")


def us_xarxes() -> dict:
    """Les mateixes dades d'ús per edats com a diccionari: ``{"16-24": {"WhatsApp": 95, …}, …}``."""
    resultat = {}
    for fila in us_xarxes_edat():
        resultat.setdefault(fila["franja"], {})[fila["xarxa"]] = fila["percentatge"]
    return resultat


def perfils_similars(mes=None) -> list:
    """Dades mensuals a X dels cinc perfils similars que Vilanova del Riu fa servir per comparar-se."""
    return _files("perfils_similars", mes=mes)
