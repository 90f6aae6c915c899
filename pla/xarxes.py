"""Xarxes del pla: on publicarà l'organització, per a qui i per què.

    {"xarxa": "Instagram", "collectius": ["joves"], "frequencia_setmanal": 4,
     "proposit": "informatiu",
     "justificacio": "És la xarxa més usada pel jovent de 16 a 24 anys segons les dades del municipi."}
"""
from __future__ import annotations

XARXES_CONEGUDES = (
    "Bluesky", "Facebook", "Instagram", "LinkedIn", "Mastodon", "Telegram", "Threads", "TikTok",
    "WhatsApp", "X", "YouTube",
)

PROPOSITS = {
    "informatiu": "difondre informació i serveis",
    "relacional": "conversar i fer participar",
    "atencio": "atendre consultes de la ciutadania",
}

CLAUS_XARXA = {
    "xarxa": "el nom de la xarxa (" + ", ".join(XARXES_CONEGUDES) + ")",
    "collectius": "la llista de codis dels col·lectius que hi vols trobar",
    "frequencia_setmanal": "quantes publicacions faràs cada setmana (un nombre)",
    "proposit": "per a què la fas servir: " + ", ".join(PROPOSITS),
    "justificacio": "per què aquesta xarxa per a aquests col·lectius, amb dades",
}

PARAULES_MINIMES_JUSTIFICACIO = 8
FREQUENCIA_MAXIMA_SETMANAL = 70  # 10 publicacions al dia: el sostre de la guia de la Generalitat per a X.


def nom_canonic(xarxa) -> str | None:
    """El nom canònic d'una xarxa escrita sense cura de majúscules («instagram» → «Instagram»)."""
    if not isinstance(xarxa, str):
        return None
    net = xarxa.strip().lower()
    if net == "twitter":
        net = "x"
    for coneguda in XARXES_CONEGUDES:
        if coneguda.lower() == net:
            return coneguda
    return None


def valida_xarxa(xarxa, collectius_valids=None) -> list[str]:
    """Comprova una xarxa triada i torna els problemes en català (llista buida si és correcta)."""
    if not isinstance(xarxa, dict):
        return ["Cada xarxa ha de ser un diccionari amb les claus: " + ", ".join(CLAUS_XARXA) + "."]
    nom = f"Xarxa {xarxa.get('xarxa') or '(sense nom)'}"
    missatges = [
        f"{nom}: falta la clau «{clau}» ({explicacio})."
        for clau, explicacio in CLAUS_XARXA.items()
        if xarxa.get(clau) in (None, "", [])
    ]
    if xarxa.get("xarxa") and nom_canonic(xarxa["xarxa"]) is None:
        missatges.append(f"{nom}: no és cap de les xarxes que coneix el curs ({', '.join(XARXES_CONEGUDES)}).")
    collectius = xarxa.get("collectius")
    if collectius not in (None, "", []):
        if not isinstance(collectius, list):
            missatges.append(f"{nom}: «collectius» ha de ser una llista, per exemple [\"joves\"].")
        elif collectius_valids is not None:
            for codi in collectius:
                if codi not in collectius_valids:
                    missatges.append(f"{nom}: el col·lectiu «{codi}» no és cap dels col·lectius del pla.")
    frequencia = xarxa.get("frequencia_setmanal")
    if frequencia not in (None, ""):
        if not isinstance(frequencia, (int, float)) or isinstance(frequencia, bool) or frequencia <= 0:
            missatges.append(f"{nom}: «frequencia_setmanal» ha de ser un nombre més gran que zero, sense cometes.")
        elif frequencia > FREQUENCIA_MAXIMA_SETMANAL:
            missatges.append(f"{nom}: {frequencia} publicacions setmanals són massa; la guia de la Generalitat "
                             "en recomana com a màxim 10 al dia.")
    proposit = xarxa.get("proposit")
    if proposit and proposit not in PROPOSITS:
        missatges.append(f"{nom}: el propòsit «{proposit}» no existeix; tria'n un: {', '.join(PROPOSITS)}.")
    justificacio = xarxa.get("justificacio")
    if isinstance(justificacio, str) and justificacio.strip() and len(justificacio.split()) < PARAULES_MINIMES_JUSTIFICACIO:
        missatges.append(f"{nom}: la justificació és massa curta; explica amb dades per què aquesta xarxa "
                         f"(almenys {PARAULES_MINIMES_JUSTIFICACIO} paraules).")
    return missatges


def collectius_sense_xarxa(collectius, xarxes) -> list[str]:
    """Codis dels col·lectius que cap xarxa no cobreix."""
    coberts = {c for x in xarxes if isinstance(x, dict) for c in (x.get("collectius") or [])}
    return [c["codi"] for c in collectius if isinstance(c, dict) and c.get("codi") not in coberts]
