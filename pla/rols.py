"""Persones, rols i circuit d'aprovació del pla, amb la matriu RACI.

    rols = {
        "persones": [{"rol": "Responsable del compte", "carrec": "Tècnica de comunicació", "hores_setmanals": 15},
                     {"rol": "Equip editor", "carrec": "Dues persones de l'OAC", "hores_setmanals": 10}],
        "raci": [{"tasca": "Elaborar el calendari mensual", "Responsable del compte": "A", "Equip editor": "R"}],
        "circuit": {"ordinari": ["L'àrea proposa el contingut…", "…"],
                    "urgent": ["La persona de guàrdia atura les publicacions programades…", "…"]},
    }

A la matriu RACI, cada fila és una tasca i cada rol hi té una lletra: R (executa), A (aprova i en respon),
C (és consultat) o I (és informat). Cada tasca ha de tenir exactament una A i almenys una R.
"""
from __future__ import annotations

from pla.comu import buit, claus_que_falten, es_nombre, llista_de_textos

CLAUS_ROLS = {
    "persones": "qui hi treballa: una llista amb el rol, el càrrec i les hores setmanals de cada persona",
    "raci": "la matriu RACI: una fila per tasca amb la lletra de cada rol",
    "circuit": "el circuit d'aprovació, amb els passos «ordinari» i «urgent»",
}
CLAUS_PERSONA = {
    "rol": "el rol, com «Responsable del compte»",
    "carrec": "el càrrec o la unitat (no el nom de la persona)",
    "hores_setmanals": "quantes hores hi dedica cada setmana, com a nombre",
}
LLETRES_RACI = {"R": "executa", "A": "aprova i en respon", "C": "és consultat", "I": "és informat"}
SENSE_PAPER = ("", "-", "—", None)
PERSONES_MINIMES = 2


def valida_persona(persona) -> list[str]:
    """Comprova una persona del pla: rol, càrrec i hores setmanals."""
    if not isinstance(persona, dict):
        return ["Cada persona ha de ser un diccionari amb les claus: " + ", ".join(CLAUS_PERSONA) + "."]
    nom = f"Rol {persona.get('rol') or '(sense rol)'}"
    missatges = claus_que_falten(persona, CLAUS_PERSONA, nom)
    hores = persona.get("hores_setmanals")
    if not buit(hores) and (not es_nombre(hores) or hores <= 0):
        missatges.append(f"{nom}: «hores_setmanals» ha de ser un nombre més gran que zero, sense cometes.")
    return missatges


def valida_fila_raci(fila, rols_valids=None) -> list[str]:
    """Comprova una fila de la matriu RACI: lletres vàlides, exactament una A i almenys una R."""
    if not isinstance(fila, dict) or buit(fila.get("tasca")):
        return ["Cada fila de la matriu RACI ha de ser un diccionari amb la clau «tasca» i una lletra per rol, "
                "per exemple {\"tasca\": \"Publicar\", \"Responsable del compte\": \"A\", \"Equip editor\": \"R\"}."]
    nom = f"RACI «{fila['tasca']}»"
    missatges = []
    lletres = {}
    for rol, lletra in fila.items():
        if rol == "tasca" or lletra in SENSE_PAPER:
            continue
        if rols_valids is not None and rol not in rols_valids:
            missatges.append(f"{nom}: el rol «{rol}» no és cap de les persones del pla ({', '.join(rols_valids)}).")
        if not isinstance(lletra, str) or lletra.strip().upper() not in LLETRES_RACI:
            missatges.append(f"{nom}: «{lletra}» no és cap lletra RACI; fes servir R, A, C o I.")
            continue
        lletres[rol] = lletra.strip().upper()
    aprovadors = [rol for rol, lletra in lletres.items() if lletra == "A"]
    if not aprovadors:
        missatges.append(f"{nom}: ningú no l'aprova; posa una A al rol que en respon.")
    elif len(aprovadors) > 1:
        missatges.append(f"{nom}: hi ha {len(aprovadors)} A ({', '.join(aprovadors)}); n'hi ha d'haver una i només "
                         "una, perquè se sàpiga qui decideix.")
    if "R" not in lletres.values():
        missatges.append(f"{nom}: ningú no l'executa; posa una R almenys a un rol.")
    return missatges


def valida_circuit(circuit) -> list[str]:
    """Comprova el circuit d'aprovació: els passos del circuit ordinari i els del circuit urgent."""
    if not isinstance(circuit, dict):
        return ["El circuit d'aprovació ha de ser un diccionari amb les claus «ordinari» i «urgent», "
                "cadascuna amb una llista de passos."]
    missatges = []
    for clau, que in (("ordinari", "la majoria dels continguts"), ("urgent", "les emergències")):
        if not llista_de_textos(circuit.get(clau)):
            missatges.append(f"Circuit d'aprovació: falta el circuit «{clau}» (per a {que}); escriu-ne els passos "
                             "en una llista de frases.")
    return missatges


def valida_rols(rols) -> list[str]:
    """Comprova les persones, la matriu RACI i el circuit d'aprovació del pla."""
    if not isinstance(rols, dict):
        return ["Els rols han de ser un diccionari amb les claus: " + ", ".join(CLAUS_ROLS) + "."]
    missatges = claus_que_falten(rols, CLAUS_ROLS, "Rols")
    persones = rols.get("persones")
    rols_valids = None
    if not buit(persones):
        if not isinstance(persones, list):
            missatges.append("Rols: «persones» ha de ser una llista de diccionaris.")
        else:
            for persona in persones:
                missatges += valida_persona(persona)
            rols_valids = [p["rol"] for p in persones if isinstance(p, dict) and p.get("rol")]
            if len(persones) < PERSONES_MINIMES:
                missatges.append(f"Rols: hi ha {len(persones)} persona; preveu-ne almenys {PERSONES_MINIMES}, "
                                 "perquè el pla continuï en vacances o baixes.")
    raci = rols.get("raci")
    if not buit(raci):
        if not isinstance(raci, list):
            missatges.append("Rols: «raci» ha de ser una llista de files, una per tasca.")
        else:
            for fila in raci:
                missatges += valida_fila_raci(fila, rols_valids)
    if not buit(rols.get("circuit")):
        missatges += valida_circuit(rols["circuit"])
    return missatges
