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

from pla.camps import Camp, Component, comprova_camp, valida
from pla.comu import buit
from pla.conjunts_regles import carrega_regles
from pla.organitzacio import ORGANITZACIO
from pla.protocol import PROTOCOL_RESPOSTA
from pla.xarxes import nom_canonic

# Les normes que descriuen «com s'utilitzen les xarxes» (curs, unitat 12, llista de validació).
NORMES_OBLIGATORIES = ("estil", "interaccio", "moderacio", "crisi")
PARAULES_MINIMES_US = 5
FUNCIONS_MINIMES = 3

US = Component("Ús de", (
    Camp("xarxa", "el nom de la xarxa", "xarxa", tipus="xarxa"),
    Camp("us", "per a què i com la fa servir l'organització", "ús", paraules_minimes=PARAULES_MINIMES_US,
         missatges={"paraules": "{nom}: explica amb més detall per a què i com la feu servir "
                                "(almenys {n} paraules)."}),
), clau_nom="xarxa", sense_nom="(sense xarxa)",
    missatges={"no_diccionari": "Cada ús ha de ser un diccionari amb les claus: {claus}."})

RESPONSABLE = Component("Responsable de continguts digitals", (
    Camp("carrec", "el càrrec (no el nom de la persona)", "càrrec de la persona responsable"),
    Camp("unitat", "la unitat on treballa", "unitat", obligatori=False),
    Camp("funcions", "la llista de funcions: planificar, publicar, respondre, moderar, mesurar…", "funcions",
         tipus="linies", minim=FUNCIONS_MINIMES, missatges={
             "linies": "{nom}: «funcions» ha de ser una llista de frases.",
             "minim": "{nom}: descriu almenys {minim} funcions (per exemple planificar, publicar, respondre, moderar, "
                      "mesurar)."}),
    Camp("dedicacio_setmanal", "quantes hores hi dedica cada setmana, com a nombre", "dedicació setmanal (hores)",
         tipus="nombre", minim=0, minim_exclos=True, missatges={
             "nombre": "{nom}: «dedicacio_setmanal» ha de ser un nombre d'hores més gran que zero, sense cometes."}),
    Camp("substitucio", "qui la substitueix quan no hi és", "qui la substitueix"),
    Camp("autoritat", "què pot decidir sense demanar permís", "autoritat", obligatori=False),
    Camp("relacio", "com es relaciona amb la direcció i els serveis", "relació amb la direcció i els serveis",
         obligatori=False),
), missatges={"no_diccionari": "La persona responsable ha de ser un diccionari amb les claus: {claus}."})

NORMES = Component("Normes", tuple(
    Camp(clau, nom, nom, tipus="linies", obligatori=clau in NORMES_OBLIGATORIES) for clau, nom in (
        ("principis", "Principis"),
        ("comptes", "Obertura i identitat de comptes"),
        ("seguretat", "Seguretat"),
        ("estil", "Estil i llengua"),
        ("accessibilitat", "Accessibilitat"),
        ("interaccio", "Interacció i temps de resposta"),
        ("moderacio", "Moderació"),
        ("us_personal", "Ús personal i alts càrrecs"),
        ("crisi", "Crisi"),
        ("periode_electoral", "Període electoral"),
    )), claus_desconegudes=True, missatges={
    "no_diccionari": "Les normes han de ser un diccionari amb un apartat per clau: {totes}.",
    "falta": "{nom}: falta l'apartat «{clau}» ({explicacio}); és part de com s'utilitzen les xarxes, un contingut "
             "mínim de la guia.",
    "linies": "{nom}: l'apartat «{clau}» ha de ser una llista de frases entre cometes.",
    "desconeguda": "{nom}: l'apartat «{clau}» no existeix; fes servir: {claus}."})
SECCIONS_NORMES = {camp.clau: camp.etiqueta for camp in NORMES.camps}


def _xarxes_repetides(usos, guia, context, nom) -> list[str]:
    missatges, vistes = [], set()
    for us in usos:
        xarxa = nom_canonic(us.get("xarxa")) if isinstance(us, dict) else None
        if xarxa and xarxa in vistes:
            missatges.append(f"Ús de {xarxa}: la xarxa surt dues vegades; ajunta'n els usos en una sola entrada.")
        vistes.add(xarxa)
    return missatges


def _regles(regles, guia, context, nom) -> list[str]:
    try:
        carrega_regles(regles)
    except ValueError as error:
        return [f"Regles: {error}"]
    return []


GUIA = Component("La guia", (
    Camp("organitzacio", "qui fa la guia", "organització", tipus="diccionari", element=ORGANITZACIO,
         missatges={"falta": "La guia no diu de quina organització és: omple la clau «organitzacio»."}),
    Camp("usos", "com s'utilitza cada xarxa", "usos de les xarxes", tipus="llista", element=US,
         comprova=_xarxes_repetides, missatges={
             "falta": "La guia no diu com s'utilitza cada xarxa: és un dels dos continguts mínims del manual; "
                      "omple la clau «usos».",
             "llista": "Els usos han de ser una llista amb almenys una xarxa, per exemple "
                       "[{{\"xarxa\": \"X\", \"us\": \"Avisos de servei i atenció de consultes.\"}}]."}),
    Camp("responsable", "el rol de la persona responsable de continguts digitals", "responsable de continguts "
         "digitals", tipus="diccionari", element=RESPONSABLE, missatges={
             "falta": "La guia no descriu el rol de la persona responsable de continguts digitals: és un dels dos "
                      "continguts mínims del manual; omple la clau «responsable»."}),
    Camp("normes", "les normes d'ús, per apartats", "normes d'ús", tipus="diccionari", element=NORMES, missatges={
        "falta": "La guia no té normes d'ús: omple la clau «normes» almenys amb els apartats "
                 + ", ".join(NORMES_OBLIGATORIES) + "."}),
    Camp("protocol_resposta", "el protocol de resposta a la ciutadania", "protocol de resposta",
         tipus="diccionari", obligatori=False, element=PROTOCOL_RESPOSTA),
    Camp("regles", "el conjunt de regles comprovables de les publicacions", "regles", obligatori=False,
         comprova=_regles),
))
# L'ordre dels missatges de «falta»: primer els dos continguts mínims del manual.
ORDRE_FALTA = ("usos", "responsable", "organitzacio", "normes")


def valida_us(us) -> list[str]:
    """Comprova com s'utilitza una xarxa: ``{"xarxa": "X", "us": "…"}``."""
    return valida(US, us)


def valida_usos(usos) -> list[str]:
    """Comprova la llista d'usos de les xarxes: almenys una xarxa, cap de repetida."""
    if not isinstance(usos, list) or not usos:
        return [GUIA.camp("usos").missatges["llista"].format()]
    return comprova_camp(GUIA.camp("usos"), usos, {}, {}, GUIA.nom)


def valida_responsable(responsable) -> list[str]:
    """Comprova el rol de la persona responsable de continguts digitals: càrrec, funcions, dedicació i substitució."""
    return valida(RESPONSABLE, responsable)


def valida_normes(normes, obligatories=NORMES_OBLIGATORIES) -> list[str]:
    """Comprova les normes de la guia: cada apartat és una llista de frases; els ``obligatories`` no poden faltar."""
    return valida(NORMES, normes, obligatoris=obligatories)


def valida_guia(guia) -> list[str]:
    """Comprova la guia d'usos i estil sencera i torna els problemes en català (llista buida si és correcta).

    Exigeix els dos continguts mínims del manual: com s'utilitzen les xarxes (els usos de cada xarxa i les
    normes d'estil, interacció, moderació i crisi) i el rol de la persona responsable de continguts digitals.
    """
    if not isinstance(guia, dict):
        return ["La guia ha de ser un diccionari amb les claus: " + ", ".join(GUIA.claus(True)) + "."]
    missatges = [GUIA.camp(clau).missatges["falta"] for clau in ORDRE_FALTA if buit(guia.get(clau))]
    for camp in GUIA.camps:
        missatges += comprova_camp(camp, guia.get(camp.clau), guia, {}, GUIA.nom)
    for clau in guia:
        if clau not in GUIA.claus():
            missatges.append(f"La guia té una clau que no coneixem, «{clau}»; les claus possibles són: "
                             + ", ".join(GUIA.claus()) + ".")
    return missatges
