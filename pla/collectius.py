"""Col·lectius destinataris del pla: a qui s'adreça la comunicació.

    {"codi": "joves", "nom": "Joves de 16 a 29 anys", "tipus": "ciutadania",
     "descripcio": "Estudiants i persones que busquen la primera feina al municipi."}
"""
from __future__ import annotations

TIPUS_COLLECTIU = {
    "ciutadania": "la ciutadania, o un segment (per edat, territori o interessos)",
    "empreses": "empreses, comerç i persones autònomes",
    "entitats": "associacions, entitats i tercer sector",
    "administracions": "altres administracions",
    "mitjans": "mitjans de comunicació",
    "personal": "el personal de la mateixa organització",
}

CLAUS_COLLECTIU = {
    "codi": "un codi curt sense espais, com ara «joves»",
    "nom": "el nom del col·lectiu",
    "tipus": "un d'aquests tipus: " + ", ".join(TIPUS_COLLECTIU),
    "descripcio": "qui són i què necessiten de l'organització",
}

PARAULES_MINIMES_DESCRIPCIO = 5


def valida_collectiu(collectiu) -> list[str]:
    """Comprova un col·lectiu destinatari i torna els problemes en català (llista buida si és correcte)."""
    if not isinstance(collectiu, dict):
        return ["Cada col·lectiu ha de ser un diccionari amb les claus: " + ", ".join(CLAUS_COLLECTIU) + "."]
    nom = f"Col·lectiu {collectiu.get('codi') or '(sense codi)'}"
    missatges = [
        f"{nom}: falta la clau «{clau}» ({explicacio})."
        for clau, explicacio in CLAUS_COLLECTIU.items()
        if not str(collectiu.get(clau) or "").strip()
    ]
    codi = collectiu.get("codi")
    if isinstance(codi, str) and codi.strip() and (" " in codi.strip() or codi != codi.strip()):
        missatges.append(f"{nom}: el codi no pot tenir espais; fes servir guions (p. ex. «gent-gran»).")
    tipus = collectiu.get("tipus")
    if tipus and tipus not in TIPUS_COLLECTIU:
        missatges.append(f"{nom}: el tipus «{tipus}» no existeix; tria'n un d'aquests: "
                         + ", ".join(TIPUS_COLLECTIU) + ".")
    descripcio = collectiu.get("descripcio")
    if isinstance(descripcio, str) and descripcio.strip() and len(descripcio.split()) < PARAULES_MINIMES_DESCRIPCIO:
        missatges.append(f"{nom}: descriu-lo amb més detall (almenys {PARAULES_MINIMES_DESCRIPCIO} paraules): "
                         "qui són i què esperen de l'organització.")
    return missatges


def valida_collectius(collectius) -> list[str]:
    """Comprova una llista de col·lectius: cadascun, i que no hi hagi codis repetits."""
    if not isinstance(collectius, list) or not collectius:
        return ["Els col·lectius han de ser una llista amb almenys un col·lectiu."]
    missatges = []
    vistos = set()
    for collectiu in collectius:
        missatges += valida_collectiu(collectiu)
        codi = collectiu.get("codi") if isinstance(collectiu, dict) else None
        if codi in vistos:
            missatges.append(f"Col·lectiu {codi}: el codi està repetit; cada col·lectiu ha de tenir un codi propi.")
        vistos.add(codi)
    return missatges
