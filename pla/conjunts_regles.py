"""Conjunts de regles comprovables: els valors (llargades, terminis, horaris…) com a dades, amb la font de cadascun.

Els conjunts són fitxers YAML de ``pla/regles/``. Cada regla té un identificador (el de les notes del curs),
una descripció, un valor i la font d'on surt el valor::

    STY-05:
      descripcio: Llargada màxima del text de cada publicació, en caràcters, per xarxa.
      valor: {X: 280, Instagram: 2200}
      font: "X: 280 caràcters des del novembre del 2017 …"

Un conjunt pot heretar d'un altre (``hereta: generalitat``) i canviar-ne només unes quantes regles.
Conjunts inclosos: ``generalitat`` (per defecte), ``ics`` i ``municipi-petit``.

A l'edició al navegador (Pyodide) no hi ha PyYAML: la roda del kit que s'hi instal·la porta els mateixos conjunts
en JSON, generats dels YAML en construir-la (``autograder/publish/lite/pla_wheel.py``), i aquest mòdul els llegeix amb la
biblioteca estàndard.
"""
from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path

try:
    import yaml
except ImportError:  # edició al navegador: els conjunts hi són en JSON
    yaml = None

CARPETA_REGLES = Path(__file__).parent / "regles"
CONJUNT_PER_DEFECTE = "generalitat"
EXTENSIO = ".yml" if yaml is not None else ".json"


def conjunts_disponibles() -> dict:
    """Els conjunts de regles inclosos al kit: ``{identificador: nom}``."""
    return {cami.stem: _llegeix(cami.stem)["nom"] for cami in sorted(CARPETA_REGLES.glob(f"*{EXTENSIO}"))}


@lru_cache(maxsize=None)
def _llegeix(nom: str) -> dict:
    cami = CARPETA_REGLES / f"{nom}{EXTENSIO}"
    if not cami.exists():
        disponibles = ", ".join(sorted(c.stem for c in CARPETA_REGLES.glob(f"*{EXTENSIO}")))
        raise ValueError(f"No hi ha cap conjunt de regles «{nom}»; tria'n un d'aquests: {disponibles}.")
    text = cami.read_text(encoding="utf-8")
    return yaml.safe_load(text) if yaml is not None else json.loads(text)


def _resol(nom: str, cadena: tuple = ()) -> dict:
    if nom in cadena:
        raise ValueError(f"El conjunt de regles «{nom}» s'hereta a si mateix; revisa la clau «hereta».")
    dades = copy.deepcopy(_llegeix(nom))
    pare = dades.pop("hereta", None)
    if not pare:
        return dades
    base = _resol(pare, cadena + (nom,))
    for codi, regla in dades.get("regles", {}).items():
        heretada = base["regles"].get(codi, {})
        base["regles"][codi] = {**heretada, **regla}
    base.update({clau: valor for clau, valor in dades.items() if clau != "regles"})
    base["hereta"] = pare
    return base


def carrega_regles(conjunt=None) -> dict:
    """Torna un conjunt de regles complet: ``{"id", "nom", "font", "regles": {codi: {"descripcio", "valor", "font"}}}``.

    ``conjunt`` pot ser:

    - ``None``: el conjunt per defecte, el de la guia de la Generalitat;
    - el nom d'un conjunt inclòs (``"ics"``, ``"municipi-petit"``…);
    - un conjunt complet ja carregat (un diccionari amb la clau ``"regles"``), que es torna tal qual;
    - uns quants canvis sobre el conjunt de la Generalitat, com ``{"TAG-01": 10}`` o
      ``{"TAG-01": {"valor": 10, "font": "Guia pròpia, 2027"}}``.
    """
    if conjunt is None:
        return _resol(CONJUNT_PER_DEFECTE)
    if isinstance(conjunt, str):
        return _resol(conjunt.strip().lower())
    if not isinstance(conjunt, dict):
        raise ValueError("Les regles han de ser el nom d'un conjunt (per exemple «generalitat») o un diccionari.")
    if "regles" in conjunt:
        return conjunt
    resultat = _resol(CONJUNT_PER_DEFECTE)
    for codi, canvi in conjunt.items():
        if codi not in resultat["regles"]:
            raise ValueError(f"La regla «{codi}» no existeix; les que es poden canviar són: "
                             + ", ".join(resultat["regles"]) + ".")
        if isinstance(canvi, dict) and "valor" in canvi:
            resultat["regles"][codi].update(canvi)
        else:
            resultat["regles"][codi].update({"valor": canvi, "font": "Valor triat per l'organització."})
    resultat["id"] = f"{CONJUNT_PER_DEFECTE}-modificat"
    return resultat


def valor_regla(regles: dict, codi: str, per_defecte=None):
    """El valor d'una regla d'un conjunt carregat, o ``per_defecte`` si el conjunt no la té."""
    return regles.get("regles", {}).get(codi, {}).get("valor", per_defecte)


def font_regla(regles: dict, codi: str) -> str:
    """La font (document, edició i apartat) d'on surt el valor d'una regla."""
    return regles.get("regles", {}).get(codi, {}).get("font", "")
