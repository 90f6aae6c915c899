"""L'organització que fa el pla o la guia, i el període de vigència del pla.

    organitzacio = {"nom": "Ajuntament de Vilanova del Riu", "compte": "@vilanovadelriu",
                    "descripcio": "Municipi fictici d'uns 24.000 habitants …",
                    "web": "vilanovadelriu.cat", "aprovacio": "Junta de Govern Local"}   # web i aprovacio, opcionals
    periode = {"inici": "2027-01-01", "fi": "2028-12-31"}
"""
from __future__ import annotations

from pla.comu import buit, claus_que_falten, llegeix_data

CLAUS_ORGANITZACIO = {
    "nom": "el nom de l'organització",
    "descripcio": "qui sou, quins serveis presteu i per què feu el document",
}
CLAUS_PERIODE = {"inici": "el primer dia, en format AAAA-MM-DD", "fi": "l'últim dia, en format AAAA-MM-DD"}
PARAULES_MINIMES_DESCRIPCIO = 8


def valida_organitzacio(organitzacio) -> list[str]:
    """Comprova les dades de l'organització: nom i una descripció prou explicativa."""
    if not isinstance(organitzacio, dict):
        return ["L'organització ha de ser un diccionari amb les claus: " + ", ".join(CLAUS_ORGANITZACIO) + "."]
    missatges = claus_que_falten(organitzacio, CLAUS_ORGANITZACIO, "Organització")
    descripcio = organitzacio.get("descripcio")
    if isinstance(descripcio, str) and descripcio.strip() and len(descripcio.split()) < PARAULES_MINIMES_DESCRIPCIO:
        missatges.append("Organització: la descripció és massa curta; explica qui sou, quins serveis presteu i per "
                         f"què feu el document (almenys {PARAULES_MINIMES_DESCRIPCIO} paraules).")
    compte = organitzacio.get("compte")
    if not buit(compte) and (not isinstance(compte, str) or not compte.startswith("@")):
        missatges.append("Organització: el compte principal s'escriu amb l'arrova, per exemple «@vilanovadelriu».")
    return missatges


def valida_periode(periode) -> list[str]:
    """Comprova el període de vigència del pla: dues dates vàlides, i la de fi posterior a la d'inici."""
    if not isinstance(periode, dict):
        return ["El període ha de ser un diccionari com {\"inici\": \"2027-01-01\", \"fi\": \"2028-12-31\"}."]
    missatges = claus_que_falten(periode, CLAUS_PERIODE, "Període")
    dates = {}
    for clau in CLAUS_PERIODE:
        if not buit(periode.get(clau)):
            dates[clau] = llegeix_data(periode[clau])
            if dates[clau] is None:
                missatges.append(f"Període: la data «{periode[clau]}» no és vàlida; escriu-la com AAAA-MM-DD.")
    if dates.get("inici") and dates.get("fi") and dates["fi"] <= dates["inici"]:
        missatges.append(f"Període: la data de fi ({periode['fi']}) ha de ser posterior a la d'inici "
                         f"({periode['inici']}).")
    return missatges
