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

from pla.comu import buit, claus_que_falten, es_nombre, llegeix_data, llista_de_textos
from pla.xarxes import XARXES_CONEGUDES, nom_canonic

CLAUS_DIAGNOSI = {
    "data": "el dia que vas fer l'inventari, en format AAAA-MM-DD",
    "dafo": "l'anàlisi DAFO, amb les claus fortaleses, debilitats, oportunitats i amenaces",
    "escolta": "les notes d'escolta activa: una llista de temes amb quantes vegades han sortit",
    "inventari": "la llista de comptes de l'organització",
}
QUADRANTS_DAFO = {
    "fortaleses": "internes i positives",
    "debilitats": "internes i negatives",
    "oportunitats": "externes i positives",
    "amenaces": "externes i negatives",
}
ELEMENTS_MAXIMS_QUADRANT = 6
CLAUS_ESCOLTA = {"tema": "de què es parla", "vegades": "quantes vegades ha sortit, com a nombre"}
CLAUS_COMPTE = {
    "compte": "el nom d'usuari o de la pàgina",
    "xarxa": "la xarxa (" + ", ".join(XARXES_CONEGUDES) + ")",
    "unitat": "la unitat que el porta",
    "ultima_publicacio": "la data de l'última publicació, en format AAAA-MM-DD",
    "decisio": "què en fareu: mantenir, reforçar, reactivar, fusionar o tancar",
}
DECISIONS = ("mantenir", "reforçar", "reactivar", "fusionar", "tancar")
MESOS_INACTIVITAT = 6


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
    if not isinstance(dafo, dict):
        return ["La DAFO ha de ser un diccionari amb les claus: " + ", ".join(QUADRANTS_DAFO) + "."]
    missatges = []
    for quadrant, tipus in QUADRANTS_DAFO.items():
        elements = dafo.get(quadrant)
        if buit(elements):
            missatges.append(f"DAFO: falta el quadrant «{quadrant}» (les coses {tipus}); escriu-hi almenys un element.")
        elif not llista_de_textos(elements):
            missatges.append(f"DAFO: «{quadrant}» ha de ser una llista de frases entre cometes.")
        elif len(elements) > ELEMENTS_MAXIMS_QUADRANT:
            missatges.append(f"DAFO: «{quadrant}» té {len(elements)} elements; queda't amb els "
                             f"{ELEMENTS_MAXIMS_QUADRANT} més importants.")
    for clau in dafo:
        if clau not in QUADRANTS_DAFO:
            missatges.append(f"DAFO: la clau «{clau}» no és cap quadrant; fes servir: "
                             + ", ".join(QUADRANTS_DAFO) + ".")
    return missatges


def valida_escolta(escolta) -> list[str]:
    """Comprova les notes d'escolta activa: una llista de temes amb quantes vegades han sortit."""
    if not isinstance(escolta, list) or not escolta:
        return ["L'escolta ha de ser una llista amb almenys un tema, per exemple "
                "[{\"tema\": \"Horari de la piscina\", \"vegades\": 5}]."]
    missatges = []
    for numero, nota in enumerate(escolta, 1):
        if not isinstance(nota, dict):
            missatges.append(f"Escolta {numero}: cada nota ha de ser un diccionari amb les claus «tema» i «vegades».")
            continue
        missatges += claus_que_falten(nota, CLAUS_ESCOLTA, f"Escolta {numero}")
        vegades = nota.get("vegades")
        if not buit(vegades) and (not es_nombre(vegades) or vegades < 1):
            missatges.append(f"Escolta {numero}: «vegades» ha de ser un nombre enter més gran que zero, sense cometes.")
    return missatges


def valida_compte(compte, avui=None) -> list[str]:
    """Comprova una fila de l'inventari de comptes; amb ``avui``, també que no es mantingui un compte inactiu."""
    if not isinstance(compte, dict):
        return ["Cada compte de l'inventari ha de ser un diccionari amb les claus: " + ", ".join(CLAUS_COMPTE) + "."]
    nom = f"Compte {compte.get('compte') or '(sense nom)'}"
    missatges = claus_que_falten(compte, CLAUS_COMPTE, nom)
    if compte.get("xarxa") and nom_canonic(compte["xarxa"]) is None:
        missatges.append(f"{nom}: la xarxa «{compte['xarxa']}» no és cap de les que coneix el curs.")
    ultima = compte.get("ultima_publicacio")
    if not buit(ultima) and llegeix_data(ultima) is None:
        missatges.append(f"{nom}: la data «{ultima}» no és vàlida; escriu-la com AAAA-MM-DD.")
    decisio = compte.get("decisio")
    if not buit(decisio) and decisio not in DECISIONS:
        missatges.append(f"{nom}: la decisió «{decisio}» no existeix; tria'n una: {', '.join(DECISIONS)}.")
    seguidors = compte.get("seguidors")
    if not buit(seguidors) and (not es_nombre(seguidors) or seguidors < 0):
        missatges.append(f"{nom}: «seguidors» ha de ser un nombre sense cometes.")
    if compte.get("correu_alta") == "personal" and decisio == "mantenir":
        missatges.append(f"{nom}: es va obrir amb un correu personal; l'organització n'ha de recuperar el control "
                         "abans de mantenir-lo (canvia'l a una adreça corporativa o decideix tancar-lo).")
    sense = mesos_sense_publicar(ultima, avui) if avui else None
    if sense is not None and sense >= MESOS_INACTIVITAT and decisio == "mantenir":
        missatges.append(f"{nom}: fa {sense} mesos que no publica i és inactiu (sis mesos o més); "
                         "no el pots mantenir tal com està: decideix reactivar-lo amb un pla, fusionar-lo o tancar-lo.")
    return missatges


def valida_inventari(inventari, avui=None) -> list[str]:
    """Comprova l'inventari de comptes: una llista de comptes, cadascun amb les seves dades i una decisió."""
    if not isinstance(inventari, list) or not inventari:
        return ["L'inventari ha de ser una llista amb almenys un compte."]
    missatges = []
    for compte in inventari:
        missatges += valida_compte(compte, avui)
    return missatges


def valida_diagnosi(diagnosi) -> list[str]:
    """Comprova la diagnosi sencera: la data, la DAFO, l'escolta activa i l'inventari de comptes."""
    if not isinstance(diagnosi, dict):
        return ["La diagnosi ha de ser un diccionari amb les claus: " + ", ".join(CLAUS_DIAGNOSI) + "."]
    missatges = claus_que_falten(diagnosi, CLAUS_DIAGNOSI, "Diagnosi")
    avui = diagnosi.get("data")
    if not buit(avui) and llegeix_data(avui) is None:
        missatges.append(f"Diagnosi: la data «{avui}» no és vàlida; escriu-la com AAAA-MM-DD.")
        avui = None
    if not buit(diagnosi.get("dafo")):
        missatges += valida_dafo(diagnosi["dafo"])
    if not buit(diagnosi.get("escolta")):
        missatges += valida_escolta(diagnosi["escolta"])
    if not buit(diagnosi.get("inventari")):
        missatges += valida_inventari(diagnosi["inventari"], avui)
    return missatges
