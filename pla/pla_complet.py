"""El pla de comunicació 2.0 sencer: els continguts mínims del manual i els enllaços entre les parts.

    pla = {
        "organitzacio": {...},            # pla.organitzacio
        "periode": {"inici": "2027-01-01", "fi": "2028-12-31"},
        "diagnosi": {...},                # pla.diagnosi (opcional)
        "objectius": [...],               # pla.objectius      ─┐
        "collectius": [...],              # pla.collectius      │ els quatre continguts
        "xarxes": [...],                  # pla.xarxes          │ mínims del manual
        "indicadors": [...],              # pla.avaluacio      ─┘
        "continguts": {...},              # pla.continguts (opcional)
        "calendari": [...],               # pla.continguts (opcional)
        "rols": {...},                    # pla.rols (opcional)
    }
"""
from __future__ import annotations

from pla.avaluacio import objectius_sense_indicador, valida_indicadors
from pla.collectius import valida_collectius
from pla.comu import buit, codis_repetits
from pla.continguts import valida_calendari, valida_continguts
from pla.diagnosi import valida_diagnosi
from pla.objectius import valida_objectiu
from pla.organitzacio import valida_organitzacio, valida_periode
from pla.rols import valida_rols
from pla.xarxes import collectius_sense_xarxa, nom_canonic, valida_xarxa

CLAUS_PLA = {
    "organitzacio": "qui fa el pla",
    "periode": "el període de vigència, amb «inici» i «fi»",
    "diagnosi": "la DAFO, l'escolta activa i l'inventari de comptes",
    "objectius": "els objectius SMART",
    "collectius": "els col·lectius destinataris",
    "xarxes": "les xarxes, amb propòsit i freqüència",
    "continguts": "la línia editorial i els tipus de continguts",
    "calendari": "les publicacions previstes",
    "rols": "les persones, la matriu RACI i el circuit d'aprovació",
    "indicadors": "el sistema d'avaluació",
}
MINIMS = {
    "objectius": "objectius",
    "collectius": "col·lectius destinataris",
    "xarxes": "xarxes",
    "indicadors": "un sistema d'avaluació (indicadors)",
}


def _codis(elements) -> list[str]:
    return [e["codi"] for e in elements or [] if isinstance(e, dict) and e.get("codi")]


def valida_pla(pla) -> list[str]:
    """Comprova el pla de comunicació 2.0 sencer i torna els problemes en català (llista buida si és correcte).

    Exigeix els quatre continguts mínims del manual (objectius, col·lectius destinataris, xarxes i sistema
    d'avaluació), comprova cada part amb el seu validador i revisa els enllaços entre les parts: cada objectiu
    es mesura amb algun indicador i s'adreça a col·lectius del pla, cada col·lectiu té algun objectiu i alguna
    xarxa, cada xarxa serveix algun col·lectiu, i el calendari fa servir les xarxes del pla dins del període.
    """
    if not isinstance(pla, dict):
        return ["El pla ha de ser un diccionari amb les claus: " + ", ".join(CLAUS_PLA) + "."]
    missatges = []
    for clau, nom in MINIMS.items():
        if buit(pla.get(clau)):
            missatges.append(f"El pla no té {nom}: és un dels quatre continguts mínims del manual; "
                             f"omple la clau «{clau}».")
    for clau in ("organitzacio", "periode"):
        if buit(pla.get(clau)):
            missatges.append(f"Al pla li falta la clau «{clau}» ({CLAUS_PLA[clau]}).")
    for clau in pla:
        if clau not in CLAUS_PLA:
            missatges.append(f"El pla té una clau que no coneixem, «{clau}»; les claus possibles són: "
                             + ", ".join(CLAUS_PLA) + ".")

    periode = pla.get("periode") if isinstance(pla.get("periode"), dict) else {}
    periode_valid = not buit(periode) and not valida_periode(periode)
    inici, fi = (periode.get("inici"), periode.get("fi")) if periode_valid else (None, None)
    if not buit(pla.get("organitzacio")):
        missatges += valida_organitzacio(pla["organitzacio"])
    if not buit(periode):
        missatges += valida_periode(periode)
    if not buit(pla.get("diagnosi")):
        missatges += valida_diagnosi(pla["diagnosi"])

    collectius = pla.get("collectius") if isinstance(pla.get("collectius"), list) else []
    objectius = pla.get("objectius") if isinstance(pla.get("objectius"), list) else []
    xarxes = pla.get("xarxes") if isinstance(pla.get("xarxes"), list) else []
    indicadors = pla.get("indicadors") if isinstance(pla.get("indicadors"), list) else []
    codis_collectius = _codis(collectius)
    if not buit(pla.get("collectius")):
        missatges += valida_collectius(pla["collectius"])
    for objectiu in objectius:
        missatges += valida_objectiu(objectiu, inici, fi, codis_collectius or None)
    missatges += codis_repetits(objectius, "Objectiu")
    if not buit(pla.get("objectius")) and not isinstance(pla["objectius"], list):
        missatges.append("Els objectius han de ser una llista de diccionaris.")
    for xarxa in xarxes:
        missatges += valida_xarxa(xarxa, codis_collectius or None)
    if not buit(pla.get("xarxes")) and not isinstance(pla["xarxes"], list):
        missatges.append("Les xarxes han de ser una llista de diccionaris.")
    if not buit(pla.get("indicadors")):
        missatges += valida_indicadors(pla["indicadors"], _codis(objectius) or None)

    noms_xarxes = [nom_canonic(x.get("xarxa")) for x in xarxes if isinstance(x, dict) and nom_canonic(x.get("xarxa"))]
    if not buit(pla.get("continguts")):
        missatges += valida_continguts(pla["continguts"], noms_xarxes or None)
    if not buit(pla.get("calendari")):
        missatges += valida_calendari(pla["calendari"], inici, fi, noms_xarxes or None)
    if not buit(pla.get("rols")):
        missatges += valida_rols(pla["rols"])
    return missatges + _enllacos(objectius, collectius, xarxes, indicadors)


def _enllacos(objectius, collectius, xarxes, indicadors) -> list[str]:
    """Els enllaços entre objectius, col·lectius, xarxes i indicadors."""
    missatges = []
    if objectius and indicadors:
        for codi in objectius_sense_indicador(objectius, indicadors):
            missatges.append(f"Objectiu {codi}: cap indicador no el mesura; afegeix el codi {codi} a la clau "
                             "«objectius» d'algun indicador.")
    if collectius and xarxes:
        for codi in collectius_sense_xarxa(collectius, xarxes):
            missatges.append(f"Col·lectiu {codi}: cap xarxa no hi arriba; afegeix-lo a la clau «collectius» "
                             "d'alguna xarxa.")
    if collectius and objectius:
        adreçats = {c for o in objectius if isinstance(o, dict) and isinstance(o.get("collectius"), list)
                    for c in o["collectius"]}
        for codi in _codis(collectius):
            if codi not in adreçats:
                missatges.append(f"Col·lectiu {codi}: cap objectiu no s'hi adreça; afegeix-lo a la clau "
                                 "«collectius» d'algun objectiu o treu-lo del pla.")
    vistes = set()
    for xarxa in xarxes:
        nom = nom_canonic(xarxa.get("xarxa")) if isinstance(xarxa, dict) else None
        if nom and nom in vistes:
            missatges.append(f"Xarxa {nom}: surt dues vegades al pla; ajunta-la en una sola entrada.")
        vistes.add(nom)
    return missatges
