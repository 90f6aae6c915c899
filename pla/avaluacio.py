"""El sistema d'avaluació del pla: els indicadors, amb fórmula, font, periodicitat i valor objectiu.

    {"codi": "I1", "nom": "Taxa d'interacció a X", "formula": "interaccions ÷ impressions × 100",
     "font": "Estadístiques d'X", "periodicitat": "mensual", "valor_inicial": 1.8, "valor_objectiu": 2.5,
     "objectius": ["O1"]}

Cada indicador diu quins objectius mesura (clau «objectius»); el pla comprova que tots els objectius tinguin
almenys un indicador. Les fórmules es poden calcular amb les funcions de ``pla.indicadors``.
"""
from __future__ import annotations

from pla.camps import Camp, Component, valida, valida_llista
from pla.comu import codis_repetits, es_nombre

PERIODICITATS = ("setmanal", "mensual", "trimestral", "semestral", "anual")
# Una fórmula ha de dir com es calcula: amb una operació o amb un recompte explícit.
FORMULA = r"[÷/×*+−-]|(?i:\b(?:recompte|nombre de|suma|mitjana|percentatge)\b)"
VALOR = "{nom}: «{clau}» ha de ser un nombre, sense cometes (ara hi ha {valor!r})."


def _valor_diferent(final, indicador, context, nom) -> list[str]:
    if es_nombre(indicador.get("valor_inicial")) and indicador["valor_inicial"] == final:
        return [f"{nom}: el valor objectiu és igual al valor inicial; fixa el valor que vols assolir."]
    return []


INDICADOR = Component("Indicador", (
    Camp("codi", "un codi curt, com ara «I1»", "codi"),
    Camp("nom", "el nom de l'indicador", "indicador"),
    Camp("formula", "com es calcula, per exemple «interaccions ÷ impressions × 100»", "fórmula",
         patro=FORMULA,
         missatges={"patro": "{nom}: la fórmula «{valor}» no diu com es calcula; escriu-la amb les operacions "
                             "(per exemple «interaccions ÷ impressions × 100») o com un recompte."}),
    Camp("font", "d'on surten les dades (estadístiques de la xarxa, registre de consultes…)", "font"),
    Camp("periodicitat", "cada quan es calcula", "periodicitat", valors=PERIODICITATS,
         missatges={"valors": "{nom}: la periodicitat «{valor}» no existeix; tria'n una: {valors}."}),
    Camp("valor_inicial", "el valor d'avui, com a nombre", "valor inicial", tipus="nombre",
         missatges={"nombre": VALOR}),
    Camp("valor_objectiu", "el valor que vols assolir, com a nombre", "valor objectiu", tipus="nombre",
         missatges={"nombre": VALOR}, comprova=_valor_diferent),
    Camp("objectius", "la llista de codis dels objectius que mesura", "objectius", tipus="codis",
         referencia="objectius", missatges={
             "codis": "{nom}: «objectius» ha de ser una llista de codis entre cometes, per exemple [\"O1\"].",
             "referencia": "{nom}: l'objectiu «{valor}» no és cap dels objectius del pla ({valids})."}),
), clau_nom="codi", sense_nom="(sense codi)",
    missatges={"no_diccionari": "Cada indicador ha de ser un diccionari amb les claus: {claus}."})


def valida_indicador(indicador, objectius_valids=None) -> list[str]:
    """Comprova un indicador del sistema d'avaluació i torna els problemes en català.

    ``objectius_valids`` (opcional): codis dels objectius del pla; l'indicador només en pot mesurar d'aquests.
    """
    return valida(INDICADOR, indicador, {"objectius": objectius_valids})


def valida_indicadors(indicadors, objectius_valids=None) -> list[str]:
    """Comprova la llista d'indicadors: cadascun, i que no hi hagi codis repetits."""
    if not isinstance(indicadors, list) or not indicadors:
        return ["El sistema d'avaluació ha de ser una llista amb almenys un indicador."]
    return (valida_llista(INDICADOR, indicadors, {"objectius": objectius_valids})
            + codis_repetits(indicadors, "Indicador"))


def objectius_sense_indicador(objectius, indicadors) -> list[str]:
    """Codis dels objectius que cap indicador no mesura."""
    mesurats = {codi for i in indicadors or [] if isinstance(i, dict) for codi in (i.get("objectius") or [])}
    return [o["codi"] for o in objectius or [] if isinstance(o, dict) and o.get("codi")
            and o["codi"] not in mesurats]
