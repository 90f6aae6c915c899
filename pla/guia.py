"""La guia d'usos i estil: com s'utilitzen les xarxes, les normes i la persona responsable de continguts digitals.

    guia = {
        "organitzacio": {...},                      # com al pla (vegeu pla.organitzacio)
        "usos": [{"xarxa": "X", "us": "Avisos de servei, agenda i atenció de consultes en menys de dues hores."}],
        "responsable": {"carrec": "Tècnica de comunicació", "unitat": "Gabinet d'Alcaldia",
                        "funcions": ["Planificar el calendari", "Validar les publicacions", "…"],
                        "dedicacio_setmanal": 20, "substitucio": "La cap de l'OAC, amb accés a l'eina de gestió."},
        "normes": {"principis": ["…"], "comptes": ["…"], "seguretat": ["…"], "estil": ["…"],
                   "accessibilitat": ["…"], "interaccio": ["…"], "moderacio": ["…"], "us_personal": ["…"],
                   "crisi": ["…"], "periode_electoral": ["…"]},
        "protocol_resposta": {...},                 # opcional (vegeu pla.protocol)
        "regles": "generalitat",                    # opcional: el conjunt de regles comprovables
    }

Els dos continguts mínims del manual són com s'utilitzen les xarxes («usos» i les normes d'estil, interacció,
moderació i crisi) i el rol de la persona responsable de continguts digitals («responsable»).
"""
from __future__ import annotations

from pla.comu import buit, claus_que_falten, es_nombre, llista_de_textos
from pla.conjunts_regles import carrega_regles
from pla.organitzacio import valida_organitzacio
from pla.protocol import valida_protocol_resposta
from pla.xarxes import nom_canonic

SECCIONS_NORMES = {
    "principis": "Principis",
    "comptes": "Obertura i identitat de comptes",
    "seguretat": "Seguretat",
    "estil": "Estil i llengua",
    "accessibilitat": "Accessibilitat",
    "interaccio": "Interacció i temps de resposta",
    "moderacio": "Moderació",
    "us_personal": "Ús personal i alts càrrecs",
    "crisi": "Crisi",
    "periode_electoral": "Període electoral",
}
# Les normes que descriuen «com s'utilitzen les xarxes» (curs, unitat 12, llista de validació).
NORMES_OBLIGATORIES = ("estil", "interaccio", "moderacio", "crisi")
CLAUS_US = {"xarxa": "el nom de la xarxa", "us": "per a què i com la fa servir l'organització"}
CLAUS_RESPONSABLE = {
    "carrec": "el càrrec (no el nom de la persona)",
    "funcions": "la llista de funcions: planificar, publicar, respondre, moderar, mesurar…",
    "dedicacio_setmanal": "quantes hores hi dedica cada setmana, com a nombre",
    "substitucio": "qui la substitueix quan no hi és",
}
CLAUS_GUIA = {
    "organitzacio": "qui fa la guia",
    "usos": "com s'utilitza cada xarxa",
    "responsable": "el rol de la persona responsable de continguts digitals",
    "normes": "les normes d'ús, per apartats",
}
PARAULES_MINIMES_US = 5
FUNCIONS_MINIMES = 3


def valida_us(us) -> list[str]:
    """Comprova com s'utilitza una xarxa: ``{"xarxa": "X", "us": "…"}``."""
    if not isinstance(us, dict):
        return ["Cada ús ha de ser un diccionari amb les claus: " + ", ".join(CLAUS_US) + "."]
    nom = f"Ús de {us.get('xarxa') or '(sense xarxa)'}"
    missatges = claus_que_falten(us, CLAUS_US, nom)
    if us.get("xarxa") and nom_canonic(us["xarxa"]) is None:
        missatges.append(f"{nom}: la xarxa «{us['xarxa']}» no és cap de les que coneix el curs.")
    text = us.get("us")
    if isinstance(text, str) and text.strip() and len(text.split()) < PARAULES_MINIMES_US:
        missatges.append(f"{nom}: explica amb més detall per a què i com la feu servir "
                         f"(almenys {PARAULES_MINIMES_US} paraules).")
    return missatges


def valida_usos(usos) -> list[str]:
    """Comprova la llista d'usos de les xarxes: almenys una xarxa, cap de repetida."""
    if not isinstance(usos, list) or not usos:
        return ["Els usos han de ser una llista amb almenys una xarxa, per exemple "
                "[{\"xarxa\": \"X\", \"us\": \"Avisos de servei i atenció de consultes.\"}]."]
    missatges, vistes = [], set()
    for us in usos:
        missatges += valida_us(us)
        xarxa = nom_canonic(us.get("xarxa")) if isinstance(us, dict) else None
        if xarxa and xarxa in vistes:
            missatges.append(f"Ús de {xarxa}: la xarxa surt dues vegades; ajunta'n els usos en una sola entrada.")
        vistes.add(xarxa)
    return missatges


def valida_responsable(responsable) -> list[str]:
    """Comprova el rol de la persona responsable de continguts digitals: càrrec, funcions, dedicació i substitució."""
    if not isinstance(responsable, dict):
        return ["La persona responsable ha de ser un diccionari amb les claus: " + ", ".join(CLAUS_RESPONSABLE) + "."]
    missatges = claus_que_falten(responsable, CLAUS_RESPONSABLE, "Responsable de continguts digitals")
    funcions = responsable.get("funcions")
    if not buit(funcions):
        if not llista_de_textos(funcions):
            missatges.append("Responsable de continguts digitals: «funcions» ha de ser una llista de frases.")
        elif len(funcions) < FUNCIONS_MINIMES:
            missatges.append(f"Responsable de continguts digitals: descriu almenys {FUNCIONS_MINIMES} funcions "
                             "(per exemple planificar, publicar, respondre, moderar, mesurar).")
    dedicacio = responsable.get("dedicacio_setmanal")
    if not buit(dedicacio) and (not es_nombre(dedicacio) or dedicacio <= 0):
        missatges.append("Responsable de continguts digitals: «dedicacio_setmanal» ha de ser un nombre d'hores més "
                         "gran que zero, sense cometes.")
    return missatges


def valida_normes(normes, obligatories=NORMES_OBLIGATORIES) -> list[str]:
    """Comprova les normes de la guia: cada apartat és una llista de frases; els ``obligatories`` no poden faltar."""
    if not isinstance(normes, dict):
        return ["Les normes han de ser un diccionari amb un apartat per clau: " + ", ".join(SECCIONS_NORMES) + "."]
    missatges = []
    for clau in obligatories:
        if buit(normes.get(clau)):
            missatges.append(f"Normes: falta l'apartat «{clau}» ({SECCIONS_NORMES[clau]}); és part de com "
                             "s'utilitzen les xarxes, un contingut mínim de la guia.")
    for clau, valor in normes.items():
        if clau not in SECCIONS_NORMES:
            missatges.append(f"Normes: l'apartat «{clau}» no existeix; fes servir: " + ", ".join(SECCIONS_NORMES) + ".")
        elif not buit(valor) and not llista_de_textos(valor):
            missatges.append(f"Normes: l'apartat «{clau}» ha de ser una llista de frases entre cometes.")
    return missatges


def valida_guia(guia) -> list[str]:
    """Comprova la guia d'usos i estil sencera i torna els problemes en català (llista buida si és correcta).

    Exigeix els dos continguts mínims del manual: com s'utilitzen les xarxes (els usos de cada xarxa i les
    normes d'estil, interacció, moderació i crisi) i el rol de la persona responsable de continguts digitals.
    """
    if not isinstance(guia, dict):
        return ["La guia ha de ser un diccionari amb les claus: " + ", ".join(CLAUS_GUIA) + "."]
    missatges = []
    if buit(guia.get("usos")):
        missatges.append("La guia no diu com s'utilitza cada xarxa: és un dels dos continguts mínims del manual; "
                         "omple la clau «usos».")
    if buit(guia.get("responsable")):
        missatges.append("La guia no descriu el rol de la persona responsable de continguts digitals: és un dels "
                         "dos continguts mínims del manual; omple la clau «responsable».")
    if buit(guia.get("organitzacio")):
        missatges.append("La guia no diu de quina organització és: omple la clau «organitzacio».")
    if buit(guia.get("normes")):
        missatges.append("La guia no té normes d'ús: omple la clau «normes» almenys amb els apartats "
                         + ", ".join(NORMES_OBLIGATORIES) + ".")
    if not buit(guia.get("organitzacio")):
        missatges += valida_organitzacio(guia["organitzacio"])
    if not buit(guia.get("usos")):
        missatges += valida_usos(guia["usos"])
    if not buit(guia.get("responsable")):
        missatges += valida_responsable(guia["responsable"])
    if not buit(guia.get("normes")):
        missatges += valida_normes(guia["normes"])
    if not buit(guia.get("protocol_resposta")):
        missatges += valida_protocol_resposta(guia["protocol_resposta"])
    if not buit(guia.get("regles")):
        try:
            carrega_regles(guia["regles"])
        except ValueError as error:
            missatges.append(f"Regles: {error}")
    for clau in guia:
        if clau not in CLAUS_GUIA and clau not in ("protocol_resposta", "regles"):
            missatges.append(f"La guia té una clau que no coneixem, «{clau}»; les claus possibles són: "
                             + ", ".join([*CLAUS_GUIA, "protocol_resposta", "regles"]) + ".")
    return missatges
