"""Col·lectius destinataris del pla: a qui s'adreça la comunicació.

    {"codi": "joves", "nom": "Joves de 16 a 29 anys", "tipus": "ciutadania",
     "descripcio": "Estudiants i persones que busquen la primera feina al municipi."}
"""
from __future__ import annotations

from pla.camps import Camp, Component, valida, valida_llista
from pla.comu import codis_repetits

TIPUS_COLLECTIU = {
    "ciutadania": "la ciutadania, o un segment (per edat, territori o interessos)",
    "empreses": "empreses, comerç i persones autònomes",
    "entitats": "associacions, entitats i tercer sector",
    "administracions": "altres administracions",
    "mitjans": "mitjans de comunicació",
    "personal": "el personal de la mateixa organització",
}
PARAULES_MINIMES_DESCRIPCIO = 5

COLLECTIU = Component("Col·lectiu", (
    Camp("codi", "un codi curt sense espais, com ara «joves»", "codi", patro=r"\A\S+\Z",
         missatges={"patro": "{nom}: el codi no pot tenir espais; fes servir guions (p. ex. «gent-gran»)."}),
    Camp("nom", "el nom del col·lectiu", "nom"),
    Camp("tipus", "un d'aquests tipus: " + ", ".join(TIPUS_COLLECTIU), "tipus", valors=tuple(TIPUS_COLLECTIU),
         missatges={"valors": "{nom}: el tipus «{valor}» no existeix; tria'n un d'aquests: {valors}."}),
    Camp("descripcio", "qui són i què necessiten de l'organització", "qui són i què necessiten",
         paraules_minimes=PARAULES_MINIMES_DESCRIPCIO,
         missatges={"paraules": "{nom}: descriu-lo amb més detall (almenys {n} paraules): qui són i què esperen "
                                "de l'organització."}),
), clau_nom="codi", sense_nom="(sense codi)",
    missatges={"no_diccionari": "Cada col·lectiu ha de ser un diccionari amb les claus: {claus}."})


def valida_collectiu(collectiu) -> list[str]:
    """Comprova un col·lectiu destinatari i torna els problemes en català (llista buida si és correcte)."""
    return valida(COLLECTIU, collectiu)


def valida_collectius(collectius) -> list[str]:
    """Comprova una llista de col·lectius: cadascun, i que no hi hagi codis repetits."""
    if not isinstance(collectius, list) or not collectius:
        return ["Els col·lectius han de ser una llista amb almenys un col·lectiu."]
    return valida_llista(COLLECTIU, collectius) + codis_repetits(collectius, "Col·lectiu",
                                                                 "cada col·lectiu ha de tenir un codi propi")
