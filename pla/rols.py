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

from pla.camps import Camp, Component, valida
from pla.comu import buit

LLETRES_RACI = {"R": "executa", "A": "aprova i en respon", "C": "és consultat", "I": "és informat"}
SENSE_PAPER = ("", "-", "—", None)
PERSONES_MINIMES = 2

PERSONA = Component("Rol", (
    Camp("rol", "el rol, com «Responsable del compte»", "rol"),
    Camp("carrec", "el càrrec o la unitat (no el nom de la persona)", "càrrec"),
    Camp("hores_setmanals", "quantes hores hi dedica cada setmana, com a nombre", "hores setmanals",
         tipus="nombre", minim=0, minim_exclos=True,
         missatges={"nombre": "{nom}: «hores_setmanals» ha de ser un nombre més gran que zero, sense cometes."}),
), clau_nom="rol", sense_nom="(sense rol)",
    missatges={"no_diccionari": "Cada persona ha de ser un diccionari amb les claus: {claus}."})

PASSOS = "{nom}: falta el circuit «{clau}» (per a {explicacio}); escriu-ne els passos en una llista de frases."
CIRCUIT = Component("Circuit d'aprovació", (
    Camp("ordinari", "la majoria dels continguts", "circuit ordinari", tipus="linies"),
    Camp("urgent", "les emergències", "circuit urgent (emergències)", tipus="linies"),
), falta_al_camp=True, missatges={"falta": PASSOS, "linies": PASSOS,
              "no_diccionari": "El circuit d'aprovació ha de ser un diccionari amb les claus «ordinari» i «urgent», "
                               "cadascuna amb una llista de passos."})


def valida_persona(persona) -> list[str]:
    """Comprova una persona del pla: rol, càrrec i hores setmanals."""
    return valida(PERSONA, persona)


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
    return valida(CIRCUIT, circuit)


def _rols_del_pla(rols, context) -> dict:
    """Els rols que la matriu RACI pot fer servir: els de les persones del pla (si n'hi ha)."""
    persones = rols.get("persones")
    if buit(persones) or not isinstance(persones, list):
        return {"rols": None}
    return {"rols": [p["rol"] for p in persones if isinstance(p, dict) and p.get("rol")]}


ROLS = Component("Rols", (
    Camp("persones", "qui hi treballa: una llista amb el rol, el càrrec i les hores setmanals de cada persona",
         "persones i dedicació", tipus="llista", element=PERSONA, minim=PERSONES_MINIMES, missatges={
             "llista": "{nom}: «persones» ha de ser una llista de diccionaris.",
             "minim": "{nom}: hi ha {quants} persona; preveu-ne almenys {minim}, perquè el pla continuï en "
                      "vacances o baixes."}),
    Camp("raci", "la matriu RACI: una fila per tasca amb la lletra de cada rol", "matriu RACI", tipus="llista",
         element=lambda fila, context: valida_fila_raci(fila, context.get("rols")),
         missatges={"llista": "{nom}: «raci» ha de ser una llista de files, una per tasca."}),
    Camp("circuit", "el circuit d'aprovació, amb els passos «ordinari» i «urgent»", "circuit d'aprovació",
         tipus="diccionari", element=CIRCUIT),
), context=_rols_del_pla, missatges={"no_diccionari": "Els rols han de ser un diccionari amb les claus: {claus}."})


def valida_rols(rols) -> list[str]:
    """Comprova les persones, la matriu RACI i el circuit d'aprovació del pla."""
    return valida(ROLS, rols)
