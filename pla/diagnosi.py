"""La diagnosi del pla: l'anàlisi DAFO, les notes d'escolta activa i l'inventari de comptes.

    {"data": "2026-11-16",                       # quan es va fer l'inventari
     "dafo": {"fortaleses": ["…"], "debilitats": ["…"], "oportunitats": ["…"], "amenaces": ["…"]},
     "escolta": [{"tema": "Telèfon de l'OAC col·lapsat", "vegades": 23, "exemple": "Fa una hora que truco…"}],
     "inventari": [{"compte": "@vilanovadelriu", "xarxa": "X", "unitat": "Comunicació",
                    "correu_alta": "corporatiu", "ultima_publicacio": "2026-11-14", "seguidors": 4180,
                    "decisio": "mantenir"}],
     "perfils_similars": [{"perfil": "Perfil A", "motiu": "Ajuntament de la mateixa comarca"}]}  # opcional

Un compte sense cap publicació en sis mesos és inactiu (regla OPEN-09, guia del Departament d'Agricultura).
"""
from __future__ import annotations

from pla.camps import Camp, Component, valida, valida_llista
from pla.comu import llegeix_data
from pla.xarxes import XARXES_CONEGUDES

ELEMENTS_MAXIMS_QUADRANT = 6
DECISIONS = ("mantenir", "reforçar", "reactivar", "fusionar", "tancar")
MESOS_INACTIVITAT = 6

DAFO = Component("DAFO", tuple(
    Camp(quadrant, tipus, quadrant, tipus="linies", maxim=ELEMENTS_MAXIMS_QUADRANT) for quadrant, tipus in (
        ("fortaleses", "internes i positives"),
        ("debilitats", "internes i negatives"),
        ("oportunitats", "externes i positives"),
        ("amenaces", "externes i negatives"),
    )), claus_desconegudes=True, falta_al_camp=True, missatges={
    "no_diccionari": "La DAFO ha de ser un diccionari amb les claus: {claus}.",
    "falta": "{nom}: falta el quadrant «{clau}» (les coses {explicacio}); escriu-hi almenys un element.",
    "linies": "{nom}: «{clau}» ha de ser una llista de frases entre cometes.",
    "desconeguda": "{nom}: la clau «{clau}» no és cap quadrant; fes servir: {claus}."})
QUADRANTS_DAFO = {camp.clau: camp.explicacio for camp in DAFO.camps}

ESCOLTA = Component("Escolta", (
    Camp("tema", "de què es parla", "tema"),
    Camp("vegades", "quantes vegades ha sortit, com a nombre", "vegades", tipus="nombre", minim=1,
         missatges={"nombre": "{nom}: «vegades» ha de ser un nombre enter més gran que zero, sense cometes."}),
    Camp("exemple", "un missatge d'exemple", "exemple", obligatori=False),
), numerat=True, missatges={
    "no_diccionari": "{nom}: cada nota ha de ser un diccionari amb les claus «tema» i «vegades»."})


def _compte_a_mantenir(compte, context, nom) -> list[str]:
    """Un compte obert amb un correu personal o inactiu no es pot mantenir tal com està."""
    missatges, decisio = [], compte.get("decisio")
    if compte.get("correu_alta") == "personal" and decisio == "mantenir":
        missatges.append(f"{nom}: es va obrir amb un correu personal; l'organització n'ha de recuperar el control "
                         "abans de mantenir-lo (canvia'l a una adreça corporativa o decideix tancar-lo).")
    avui = context.get("avui")
    sense = mesos_sense_publicar(compte.get("ultima_publicacio"), avui) if avui else None
    if sense is not None and sense >= MESOS_INACTIVITAT and decisio == "mantenir":
        missatges.append(f"{nom}: fa {sense} mesos que no publica i és inactiu (sis mesos o més); "
                         "no el pots mantenir tal com està: decideix reactivar-lo amb un pla, fusionar-lo o tancar-lo.")
    return missatges


COMPTE = Component("Compte", (
    Camp("compte", "el nom d'usuari o de la pàgina", "compte"),
    Camp("xarxa", "la xarxa (" + ", ".join(XARXES_CONEGUDES) + ")", "xarxa", tipus="xarxa"),
    Camp("unitat", "la unitat que el porta", "unitat"),
    Camp("ultima_publicacio", "la data de l'última publicació, en format AAAA-MM-DD", "última publicació",
         tipus="data"),
    Camp("decisio", "què en fareu: " + ", ".join(DECISIONS[:-1]) + " o " + DECISIONS[-1], "decisió",
         valors=DECISIONS, missatges={"valors": "{nom}: la decisió «{valor}» no existeix; tria'n una: {valors}."}),
    Camp("seguidors", "quantes persones el segueixen, com a nombre", "persones seguidores", tipus="nombre",
         obligatori=False, minim=0, missatges={"nombre": "{nom}: «seguidors» ha de ser un nombre sense cometes."}),
    Camp("correu_alta", "amb quin correu es va obrir: corporatiu o personal", "correu d'alta", obligatori=False),
), clau_nom="compte", sense_nom="(sense nom)", comprova=_compte_a_mantenir,
    missatges={"no_diccionari": "Cada compte de l'inventari ha de ser un diccionari amb les claus: {claus}."})


def _data_valida(diagnosi, context) -> dict:
    """La data de la diagnosi, si és vàlida, és l'«avui» amb què es miren els comptes inactius."""
    return {"avui": diagnosi.get("data") if llegeix_data(diagnosi.get("data")) else None}


DIAGNOSI = Component("Diagnosi", (
    Camp("data", "el dia que vas fer l'inventari, en format AAAA-MM-DD", "data", tipus="data"),
    Camp("dafo", "l'anàlisi DAFO, amb les claus fortaleses, debilitats, oportunitats i amenaces", "anàlisi DAFO",
         tipus="diccionari", element=DAFO),
    Camp("escolta", "les notes d'escolta activa: una llista de temes amb quantes vegades han sortit",
         "escolta activa", tipus="llista", element=ESCOLTA, missatges={
             "llista": "L'escolta ha de ser una llista amb almenys un tema, per exemple "
                       "[{{\"tema\": \"Horari de la piscina\", \"vegades\": 5}}]."}),
    Camp("inventari", "la llista de comptes de l'organització", "inventari de comptes", tipus="llista",
         element=COMPTE, missatges={"llista": "L'inventari ha de ser una llista amb almenys un compte."}),
    Camp("perfils_similars", "els perfils de referència per comparar-se", "perfils similars", tipus="llista",
         obligatori=False),
), context=_data_valida, missatges={"no_diccionari": "La diagnosi ha de ser un diccionari amb les claus: {claus}."})


def mesos_sense_publicar(ultima_publicacio, avui) -> int | None:
    """Mesos complets entre l'última publicació i ``avui`` (del 15 de març al 16 de novembre, 8)."""
    inici, fi = llegeix_data(ultima_publicacio), llegeix_data(avui)
    if inici is None or fi is None:
        return None
    mesos = (fi.year - inici.year) * 12 + fi.month - inici.month
    return max(0, mesos - (1 if fi.day < inici.day else 0))


def comptes_inactius(inventari, avui, mesos=MESOS_INACTIVITAT) -> list:
    """Els comptes de l'inventari que fa ``mesos`` mesos o més que no publiquen (per defecte, sis).

    Cada compte que torna porta afegida la clau ``"mesos_sense_publicar"``.
    """
    inactius = []
    for compte in inventari or []:
        if isinstance(compte, dict):
            sense = mesos_sense_publicar(compte.get("ultima_publicacio"), avui)
            if sense is not None and sense >= mesos:
                inactius.append({**compte, "mesos_sense_publicar": sense})
    return inactius


def valida_dafo(dafo) -> list[str]:
    """Comprova una anàlisi DAFO: els quatre quadrants, cadascun amb d'un a sis elements escrits com a frases."""
    return valida(DAFO, dafo)


def valida_escolta(escolta) -> list[str]:
    """Comprova les notes d'escolta activa: una llista de temes amb quantes vegades han sortit."""
    if not isinstance(escolta, list) or not escolta:
        return [DIAGNOSI.camp("escolta").missatges["llista"].format()]
    return valida_llista(ESCOLTA, escolta)


def valida_compte(compte, avui=None) -> list[str]:
    """Comprova una fila de l'inventari de comptes; amb ``avui``, també que no es mantingui un compte inactiu."""
    return valida(COMPTE, compte, {"avui": avui})


def valida_inventari(inventari, avui=None) -> list[str]:
    """Comprova l'inventari de comptes: una llista de comptes, cadascun amb les seves dades i una decisió."""
    if not isinstance(inventari, list) or not inventari:
        return [DIAGNOSI.camp("inventari").missatges["llista"]]
    return valida_llista(COMPTE, inventari, {"avui": avui})


def valida_diagnosi(diagnosi) -> list[str]:
    """Comprova la diagnosi sencera: la data, la DAFO, l'escolta activa i l'inventari de comptes."""
    return valida(DIAGNOSI, diagnosi)
