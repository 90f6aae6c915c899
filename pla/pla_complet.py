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

from pla.avaluacio import INDICADOR, objectius_sense_indicador, valida_indicadors
from pla.camps import Camp, Component
from pla.collectius import COLLECTIU, valida_collectius
from pla.comu import buit, codis_repetits
from pla.continguts import CONTINGUTS, ENTRADA, valida_calendari, valida_continguts
from pla.diagnosi import DIAGNOSI, valida_diagnosi
from pla.objectius import OBJECTIU, valida_objectiu
from pla.organitzacio import ORGANITZACIO, PERIODE, valida_organitzacio, valida_periode
from pla.rols import ROLS, valida_rols
from pla.xarxes import XARXA, collectius_sense_xarxa, nom_canonic, valida_xarxa


def _minim(nom: str, clau: str) -> str:
    return f"El pla no té {nom}: és un dels quatre continguts mínims del manual; omple la clau «{clau}»."


PLA = Component("El pla", (
    Camp("organitzacio", "qui fa el pla", "organització", tipus="diccionari", element=ORGANITZACIO),
    Camp("periode", "el període de vigència, amb «inici» i «fi»", "període", tipus="diccionari", element=PERIODE),
    Camp("diagnosi", "la DAFO, l'escolta activa i l'inventari de comptes", "diagnosi", tipus="diccionari",
         obligatori=False, element=DIAGNOSI),
    Camp("objectius", "els objectius SMART", "objectius", tipus="llista", element=OBJECTIU,
         missatges={"falta": _minim("objectius", "objectius")}),
    Camp("collectius", "els col·lectius destinataris", "col·lectius destinataris", tipus="llista", element=COLLECTIU,
         missatges={"falta": _minim("col·lectius destinataris", "collectius")}),
    Camp("xarxes", "les xarxes, amb propòsit i freqüència", "xarxes", tipus="llista", element=XARXA,
         missatges={"falta": _minim("xarxes", "xarxes")}),
    Camp("continguts", "la línia editorial i els tipus de continguts", "continguts", tipus="diccionari",
         obligatori=False, element=CONTINGUTS),
    Camp("calendari", "les publicacions previstes", "calendari", tipus="llista", obligatori=False, element=ENTRADA),
    Camp("rols", "les persones, la matriu RACI i el circuit d'aprovació", "rols", tipus="diccionari",
         obligatori=False, element=ROLS),
    Camp("indicadors", "el sistema d'avaluació", "indicadors", tipus="llista", element=INDICADOR,
         missatges={"falta": _minim("un sistema d'avaluació (indicadors)", "indicadors")}),
), missatges={"falta": "Al pla li falta la clau «{clau}» ({explicacio})."})
# L'ordre dels missatges de «falta»: primer els quatre continguts mínims del manual.
ORDRE_FALTA = ("objectius", "collectius", "xarxes", "indicadors", "organitzacio", "periode")


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
        return ["El pla ha de ser un diccionari amb les claus: " + ", ".join(PLA.claus()) + "."]
    missatges = [PLA.camp(clau).missatges.get("falta", PLA.missatges["falta"]).format(
        clau=clau, explicacio=PLA.camp(clau).explicacio) for clau in ORDRE_FALTA if buit(pla.get(clau))]
    for clau in pla:
        if clau not in PLA.claus():
            missatges.append(f"El pla té una clau que no coneixem, «{clau}»; les claus possibles són: "
                             + ", ".join(PLA.claus()) + ".")

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
