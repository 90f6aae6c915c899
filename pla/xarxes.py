"""Xarxes del pla: on publicarà l'organització, per a qui i per què.

    {"xarxa": "Instagram", "collectius": ["joves"], "frequencia_setmanal": 4,
     "proposit": "informatiu",
     "justificacio": "És la xarxa més usada pel jovent de 16 a 24 anys segons les dades del municipi."}
"""
from __future__ import annotations

from pla.camps import Camp, Component, valida
from pla.comu import XARXES_CONEGUDES, nom_canonic

__all__ = ["PROPOSITS", "XARXA", "XARXES_CONEGUDES", "collectius_sense_xarxa", "nom_canonic", "valida_xarxa"]

PROPOSITS = {
    "informatiu": "difondre informació i serveis",
    "relacional": "conversar i fer participar",
    "atencio": "atendre consultes de la ciutadania",
}
PARAULES_MINIMES_JUSTIFICACIO = 8
FREQUENCIA_MAXIMA_SETMANAL = 70  # 10 publicacions al dia: el sostre de la guia de la Generalitat per a X.

XARXA = Component("Xarxa", (
    Camp("xarxa", "el nom de la xarxa (" + ", ".join(XARXES_CONEGUDES) + ")", "xarxa", tipus="xarxa",
         missatges={"xarxa": "{nom}: no és cap de les xarxes que coneix el curs (" + ", ".join(XARXES_CONEGUDES)
                             + ")."}),
    Camp("collectius", "la llista de codis dels col·lectius que hi vols trobar", "col·lectius", tipus="llista",
         referencia="collectius", missatges={
             "llista": "{nom}: «collectius» ha de ser una llista, per exemple [\"joves\"].",
             "referencia": "{nom}: el col·lectiu «{valor}» no és cap dels col·lectius del pla."}),
    Camp("frequencia_setmanal", "quantes publicacions faràs cada setmana (un nombre)", "publicacions per setmana",
         tipus="nombre", minim=0, minim_exclos=True, maxim=FREQUENCIA_MAXIMA_SETMANAL, missatges={
             "nombre": "{nom}: «frequencia_setmanal» ha de ser un nombre més gran que zero, sense cometes.",
             "maxim": "{nom}: {valor} publicacions setmanals són massa; la guia de la Generalitat en recomana com a "
                      "màxim 10 al dia."}),
    Camp("proposit", "per a què la fas servir: " + ", ".join(PROPOSITS), "propòsit", valors=tuple(PROPOSITS),
         missatges={"valors": "{nom}: el propòsit «{valor}» no existeix; tria'n un: {valors}."}),
    Camp("justificacio", "per què aquesta xarxa per a aquests col·lectius, amb dades", "justificació",
         paraules_minimes=PARAULES_MINIMES_JUSTIFICACIO,
         missatges={"paraules": "{nom}: la justificació és massa curta; explica amb dades per què aquesta xarxa "
                                "(almenys {n} paraules)."}),
), clau_nom="xarxa", sense_nom="(sense nom)",
    missatges={"no_diccionari": "Cada xarxa ha de ser un diccionari amb les claus: {claus}."})


def valida_xarxa(xarxa, collectius_valids=None) -> list[str]:
    """Comprova una xarxa triada i torna els problemes en català (llista buida si és correcta)."""
    return valida(XARXA, xarxa, {"collectius": collectius_valids})


def collectius_sense_xarxa(collectius, xarxes) -> list[str]:
    """Codis dels col·lectius que cap xarxa no cobreix."""
    coberts = {c for x in xarxes if isinstance(x, dict) for c in (x.get("collectius") or [])}
    return [c["codi"] for c in collectius if isinstance(c, dict) and c.get("codi") not in coberts]
