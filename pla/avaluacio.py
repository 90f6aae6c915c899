"""El sistema d'avaluació del pla: els indicadors, amb fórmula, font, periodicitat i valor objectiu.

    {"codi": "I1", "nom": "Taxa d'interacció a X", "formula": "interaccions ÷ impressions × 100",
     "font": "Estadístiques d'X", "periodicitat": "mensual", "valor_inicial": 1.8, "valor_objectiu": 2.5,
     "objectius": ["O1"]}

Cada indicador diu quins objectius mesura (clau «objectius»); el pla comprova que tots els objectius tinguin
almenys un indicador. Les fórmules es poden calcular amb les funcions de ``pla.indicadors``.
"""
from __future__ import annotations

import re

from pla.comu import buit, claus_que_falten, codis_repetits, es_nombre

CLAUS_INDICADOR = {
    "codi": "un codi curt, com ara «I1»",
    "nom": "el nom de l'indicador",
    "formula": "com es calcula, per exemple «interaccions ÷ impressions × 100»",
    "font": "d'on surten les dades (estadístiques de la xarxa, registre de consultes…)",
    "periodicitat": "cada quan es calcula",
    "valor_inicial": "el valor d'avui, com a nombre",
    "valor_objectiu": "el valor que vols assolir, com a nombre",
    "objectius": "la llista de codis dels objectius que mesura",
}
PERIODICITATS = ("setmanal", "mensual", "trimestral", "semestral", "anual")
# Una fórmula ha de dir com es calcula: amb una operació o amb un recompte explícit.
FORMULA = re.compile(r"[÷/×*+−-]|\b(recompte|nombre de|suma|mitjana|percentatge)\b", re.I)


def valida_indicador(indicador, objectius_valids=None) -> list[str]:
    """Comprova un indicador del sistema d'avaluació i torna els problemes en català.

    ``objectius_valids`` (opcional): codis dels objectius del pla; l'indicador només en pot mesurar d'aquests.
    """
    if not isinstance(indicador, dict):
        return ["Cada indicador ha de ser un diccionari amb les claus: " + ", ".join(CLAUS_INDICADOR) + "."]
    nom = f"Indicador {indicador.get('codi') or '(sense codi)'}"
    missatges = claus_que_falten(indicador, CLAUS_INDICADOR, nom)
    formula = indicador.get("formula")
    if isinstance(formula, str) and formula.strip() and not FORMULA.search(formula):
        missatges.append(f"{nom}: la fórmula «{formula}» no diu com es calcula; escriu-la amb les operacions "
                         "(per exemple «interaccions ÷ impressions × 100») o com un recompte.")
    periodicitat = indicador.get("periodicitat")
    if not buit(periodicitat) and periodicitat not in PERIODICITATS:
        missatges.append(f"{nom}: la periodicitat «{periodicitat}» no existeix; tria'n una: "
                         + ", ".join(PERIODICITATS) + ".")
    for clau in ("valor_inicial", "valor_objectiu"):
        valor = indicador.get(clau)
        if not buit(valor) and not es_nombre(valor):
            missatges.append(f"{nom}: «{clau}» ha de ser un nombre, sense cometes (ara hi ha {valor!r}).")
    if es_nombre(indicador.get("valor_inicial")) and indicador.get("valor_inicial") == indicador.get("valor_objectiu"):
        missatges.append(f"{nom}: el valor objectiu és igual al valor inicial; fixa el valor que vols assolir.")
    objectius = indicador.get("objectius")
    if not buit(objectius):
        if not isinstance(objectius, list) or not all(isinstance(o, str) for o in objectius):
            missatges.append(f"{nom}: «objectius» ha de ser una llista de codis entre cometes, per exemple [\"O1\"].")
        elif objectius_valids is not None:
            for codi in objectius:
                if codi not in objectius_valids:
                    missatges.append(f"{nom}: l'objectiu «{codi}» no és cap dels objectius del pla "
                                     f"({', '.join(objectius_valids)}).")
    return missatges


def valida_indicadors(indicadors, objectius_valids=None) -> list[str]:
    """Comprova la llista d'indicadors: cadascun, i que no hi hagi codis repetits."""
    if not isinstance(indicadors, list) or not indicadors:
        return ["El sistema d'avaluació ha de ser una llista amb almenys un indicador."]
    missatges = []
    for indicador in indicadors:
        missatges += valida_indicador(indicador, objectius_valids)
    return missatges + codis_repetits(indicadors, "Indicador")


def objectius_sense_indicador(objectius, indicadors) -> list[str]:
    """Codis dels objectius que cap indicador no mesura."""
    mesurats = {codi for i in indicadors or [] if isinstance(i, dict) for codi in (i.get("objectius") or [])}
    return [o["codi"] for o in objectius or [] if isinstance(o, dict) and o.get("codi")
            and o["codi"] not in mesurats]
