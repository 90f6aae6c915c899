"""Els blocs d'un document exportat i com es formen les xifres i les cel·les.

Un document és ``{"titol": str, "dades": [(etiqueta, valor)], "blocs": [...]}`` i cada bloc és un d'aquests:

- ``{"tipus": "titol", "nivell": 2, "text": "1. Presentació i context"}`` (el nivell 1 és el títol del document);
- ``{"tipus": "paragraf", "text": "…"}``;
- ``{"tipus": "llista", "elements": ["…"], "ordenada": False}``;
- ``{"tipus": "taula", "titol": "…", "capcalera": ["…"], "files": [["…"]]}``.

Els tres formats (Markdown, HTML i Word) dibuixen els mateixos blocs; així tenen sempre els mateixos apartats.
"""
from __future__ import annotations

from pla.comu import format_nombre

PENDENT = "Aquest apartat encara no s'ha omplert."


def titol(nivell: int, text: str) -> dict:
    return {"tipus": "titol", "nivell": nivell, "text": text}


def paragraf(text) -> dict:
    return {"tipus": "paragraf", "text": text_de(text)}


def llista(elements, ordenada: bool = False) -> dict:
    return {"tipus": "llista", "elements": [text_de(e) for e in elements], "ordenada": ordenada}


def taula(titol_taula: str, capcalera: list, files: list) -> dict:
    return {"tipus": "taula", "titol": titol_taula, "capcalera": [text_de(c) for c in capcalera],
            "files": [[text_de(c) for c in fila] for fila in files]}


def nombre(valor) -> str:
    """Una xifra a la manera catalana: punt de milers i coma decimal (2.500; 1,5)."""
    return format_nombre(valor)


def text_de(valor) -> str:
    """El text d'una cel·la: llistes separades per comes, xifres a la catalana i res per als buits."""
    if valor is None:
        return ""
    if isinstance(valor, bool):
        return "sí" if valor else "no"
    if isinstance(valor, (list, tuple)):
        return ", ".join(text_de(v) for v in valor)
    if isinstance(valor, dict):
        return "; ".join(f"{clau}: {text_de(v)}" for clau, v in valor.items() if text_de(v))
    if isinstance(valor, (int, float)) and not isinstance(valor, bool):
        return nombre(valor)
    return str(valor).strip()


def diccionaris(elements) -> list:
    """Només els elements que són diccionaris: un document a mig fer no ha d'aturar l'exportació."""
    return [e for e in elements or [] if isinstance(e, dict)] if isinstance(elements, list) else []


def taula_de(titol_taula: str, elements, columnes: dict) -> list:
    """Una taula amb una columna per clau de ``columnes`` (``{clau: capçalera}``), o el text de pendent."""
    files = [[e.get(clau) for clau in columnes] for e in diccionaris(elements)]
    if not files:
        return [paragraf(PENDENT)]
    return [taula(titol_taula, list(columnes.values()), files)]


def titols(document: dict) -> list:
    """Els títols del document, en ordre: ``[(nivell, text), …]`` (útil per comprovar l'estructura)."""
    return [(1, document["titol"])] + [(b["nivell"], b["text"]) for b in document["blocs"] if b["tipus"] == "titol"]
