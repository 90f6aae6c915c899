"""L'organització que fa el pla o la guia, i el període de vigència del pla.

    organitzacio = {"nom": "Ajuntament de Vilanova del Riu", "compte": "@vilanovadelriu",
                    "descripcio": "Municipi fictici d'uns 24.000 habitants …",
                    "web": "vilanovadelriu.cat", "aprovacio": "Junta de Govern Local"}   # web i aprovacio, opcionals
    periode = {"inici": "2027-01-01", "fi": "2028-12-31"}
"""
from __future__ import annotations

from pla.camps import Camp, Component, valida
from pla.comu import llegeix_data

ORGANITZACIO = Component("Organització", (
    Camp("nom", "el nom de l'organització", "nom de l'organització"),
    Camp("descripcio", "qui sou, quins serveis presteu i per què feu el document",
         "qui sou i per què feu el document", paraules_minimes=8,
         missatges={"paraules": "{nom}: la descripció és massa curta; explica qui sou, quins serveis presteu i per "
                                "què feu el document (almenys {n} paraules)."}),
    Camp("compte", "el compte principal, amb l'arrova", "compte principal (amb @)", obligatori=False, patro=r"\A@",
         missatges={"patro": "{nom}: el compte principal s'escriu amb l'arrova, per exemple «@vilanovadelriu»."}),
    Camp("web", "l'adreça web", "web", obligatori=False),
    Camp("aprovacio", "l'òrgan que aprova el document", "aprovat per", obligatori=False),
), missatges={"no_diccionari": "L'organització ha de ser un diccionari amb les claus: {claus}."})


def _fi_posterior(fi, periode, context, nom) -> list[str]:
    inici = llegeix_data(periode.get("inici"))
    if inici and llegeix_data(fi) <= inici:
        return [f"{nom}: la data de fi ({fi}) ha de ser posterior a la d'inici ({periode['inici']})."]
    return []


PERIODE = Component("Període", (
    Camp("inici", "el primer dia, en format AAAA-MM-DD", "inici del pla", tipus="data"),
    Camp("fi", "l'últim dia, en format AAAA-MM-DD", "fi del pla", tipus="data", comprova=_fi_posterior),
), missatges={"no_diccionari": "El període ha de ser un diccionari com {{\"inici\": \"2027-01-01\", "
                               "\"fi\": \"2028-12-31\"}}."})


def valida_organitzacio(organitzacio) -> list[str]:
    """Comprova les dades de l'organització: nom i una descripció prou explicativa."""
    return valida(ORGANITZACIO, organitzacio)


def valida_periode(periode) -> list[str]:
    """Comprova el període de vigència del pla: dues dates vàlides, i la de fi posterior a la d'inici."""
    return valida(PERIODE, periode)
