"""Peces comunes dels validadors: llegir dates, hores, dies de la setmana i noms de xarxes escrits a mà.

Són funcions petites i tolerants: accepten «9:00» i «09.00», «dl.» i «Dilluns», i tornen ``None`` quan el
text no es pot llegir, perquè cada validador pugui explicar el problema amb les seves paraules.
"""
from __future__ import annotations

import re
from datetime import date, datetime

DIES = ("dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge")
ABREUJATS = ("dl", "dt", "dc", "dj", "dv", "ds", "dg")
FEINERS = ABREUJATS[:5]
XARXES_CONEGUDES = (
    "Bluesky", "Facebook", "Instagram", "LinkedIn", "Mastodon", "Telegram", "Threads", "TikTok",
    "WhatsApp", "X", "YouTube",
)


def es_nombre(valor) -> bool:
    """Cert si ``valor`` és un nombre escrit sense cometes (``True`` i ``False`` no compten)."""
    return isinstance(valor, (int, float)) and not isinstance(valor, bool)


def buit(valor) -> bool:
    """Cert si ``valor`` no té contingut: ``None``, un text en blanc o una llista o un diccionari buits."""
    if valor is None:
        return True
    if isinstance(valor, str):
        return not valor.strip()
    if isinstance(valor, (list, tuple, dict, set)):
        return len(valor) == 0
    return False


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


def llegeix_data(text) -> date | None:
    """Converteix «AAAA-MM-DD» en una data; torna ``None`` si el text no és una data vàlida."""
    if isinstance(text, datetime):
        return text.date()
    if isinstance(text, date):
        return text
    try:
        return date.fromisoformat(str(text).strip()[:10])
    except ValueError:
        return None


def llegeix_moment(text) -> datetime | None:
    """Converteix «AAAA-MM-DD HH:MM» (o «AAAA-MM-DDTHH:MM») en data i hora; ``None`` si no es pot llegir."""
    if isinstance(text, datetime):
        return text
    if not isinstance(text, str) or not text.strip():
        return None
    try:
        return datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    except ValueError:
        return None


def llegeix_hora(text) -> int | None:
    """Minuts des de mitjanit d'una hora escrita «09:00», «9:00», «9.30» o «9 h»; ``None`` si no és vàlida."""
    if isinstance(text, int) and not isinstance(text, bool) and 0 <= text < 24:
        return text * 60
    coincidencia = re.fullmatch(r"\s*(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*h?\s*", str(text))
    if not coincidencia:
        return None
    hores, minuts = int(coincidencia.group(1)), int(coincidencia.group(2) or 0)
    if hores > 24 or minuts > 59 or (hores == 24 and minuts):
        return None
    return hores * 60 + minuts


def escriu_hora(minuts: int) -> str:
    """«HH:MM» a partir dels minuts des de mitjanit."""
    return f"{minuts // 60:02d}:{minuts % 60:02d}"


def llegeix_dia(text) -> int | None:
    """Número del dia de la setmana (dilluns = 0) a partir de «dilluns», «Dl.» o «dl»; ``None`` si no existeix."""
    if not isinstance(text, str):
        return None
    net = text.strip().lower().rstrip(".")
    if net in DIES:
        return DIES.index(net)
    if net in ABREUJATS:
        return ABREUJATS.index(net)
    return None


def majuscula(text: str) -> str:
    """El text amb la primera lletra en majúscula («data límit» → «Data límit»)."""
    return text[:1].upper() + text[1:]


def llista_de_textos(valor) -> bool:
    """Cert si ``valor`` és una llista no buida de textos amb contingut."""
    return isinstance(valor, list) and bool(valor) and all(isinstance(v, str) and v.strip() for v in valor)


def codis_repetits(elements, nom_element: str, que_cal_fer: str = "dona a cada element un codi propi") -> list[str]:
    """Missatges per als codis que surten més d'un cop en una llista de diccionaris amb clau «codi»."""
    vistos, missatges = set(), []
    for element in elements:
        codi = element.get("codi") if isinstance(element, dict) else None
        if codi in vistos and codi:
            missatges.append(f"{nom_element} {codi}: el codi està repetit; {que_cal_fer}.")
        vistos.add(codi)
    return missatges


def format_nombre(valor, decimals: int = 2) -> str:
    """Una xifra a la manera catalana: punt de milers i coma decimal (2.500; 1,5; 7,5 i 10 punts); «—» si no n'hi ha.

    L'únic formatador de xifres del curs: el fan servir el kit, la retroacció, l'informe, la còpia de Moodle i el llibre.
    """
    if valor is None:
        return "—"
    if isinstance(valor, bool) or not isinstance(valor, (int, float)):
        return str(valor)
    if isinstance(valor, float) and not round(valor, decimals).is_integer():
        enter, part = f"{valor:,.{decimals}f}".rstrip("0").split(".")
        return enter.replace(",", ".") + "," + part
    return f"{round(valor):,}".replace(",", ".")
