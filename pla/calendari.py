"""Generador de calendaris de publicacions: reparteix les publicacions previstes al llarg d'un període.

Respecta la freqüència setmanal de cada xarxa, el màxim de publicacions diàries (regla STY-06), la separació
mínima entre publicacions de la mateixa xarxa (STY-15), els formats recurrents a dia i hora fixos (STY-12) i
els dies bloquejats (per exemple, la jornada de reflexió d'unes eleccions). És determinista: amb les mateixes
dades torna sempre el mateix calendari.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from pla.comu import DIES, escriu_hora, llegeix_data, llegeix_dia, llegeix_hora
from pla.conjunts_regles import carrega_regles, valor_regla
from pla.xarxes import nom_canonic

FRANJA_PER_DEFECTE = ("08:00", "20:00")
PAS_MINUTS = 30
CONTINGUT_PER_DEFECTE = "Contingut per definir"


def _dies_bloquejats(dies_bloquejats) -> dict:
    """``{data: motiu}`` a partir d'una llista de dates o de períodes ``{"inici", "fi", "motiu"}``."""
    bloquejats = {}
    for element in dies_bloquejats or []:
        if isinstance(element, dict):
            inici = llegeix_data(element.get("inici") or element.get("data"))
            fi = llegeix_data(element.get("fi") or element.get("data") or element.get("inici"))
            motiu = element.get("motiu") or "dia bloquejat"
        else:
            inici = fi = llegeix_data(element)
            motiu = "dia bloquejat"
        if inici is None or fi is None or fi < inici:
            raise ValueError(f"El dia bloquejat {element!r} no és vàlid; escriu una data «AAAA-MM-DD» o "
                             "{\"inici\": \"AAAA-MM-DD\", \"fi\": \"AAAA-MM-DD\", \"motiu\": \"…\"}.")
        dia = inici
        while dia <= fi:
            bloquejats[dia] = motiu
            dia += timedelta(days=1)
    return bloquejats


def _tria_hores(quantes, ocupades, candidates, separacio) -> list[int]:
    """Hores per a ``quantes`` publicacions, ben repartides i a ``separacio`` minuts de les ``ocupades``."""
    if not candidates or quantes <= 0:
        return []
    inici, fi = candidates[0], candidates[-1]
    triades = []
    for k in range(quantes):
        ideal = inici + (k + 0.5) * (fi - inici) / quantes
        lliures = [c for c in candidates if all(abs(c - h) >= separacio for h in ocupades + triades)]
        if not lliures:
            break
        triades.append(min(lliures, key=lambda c: (abs(c - ideal), c)))
    return sorted(triades)


def _reparteix(quantes, dies) -> dict:
    """Quantes publicacions toquen a cada dia, repartides de manera uniforme."""
    compte = defaultdict(int)
    for i in range(quantes):
        compte[dies[int((i + 0.5) * len(dies) / quantes)]] += 1
    return compte


def _assigna_tipus(calendari, tipus):
    """Posa un tipus de contingut a cada publicació no recurrent, segons els percentatges (torn ponderat)."""
    pesos = [(t["tipus"], float(t.get("percentatge") or 0))
             for t in tipus or [] if isinstance(t, dict) and t.get("tipus")]
    pesos = [(nom, pes) for nom, pes in pesos if pes > 0]
    acumulat = {nom: 0.0 for nom, _ in pesos}
    total = sum(pes for _, pes in pesos)
    for entrada in calendari:
        if entrada["format_recurrent"]:
            continue
        if not pesos:
            entrada["contingut"] = CONTINGUT_PER_DEFECTE
            continue
        for nom, pes in pesos:
            acumulat[nom] += pes
        triat = max(pesos, key=lambda parell: acumulat[parell[0]])[0]
        acumulat[triat] -= total
        entrada["contingut"] = triat


def _llegeix_xarxes(xarxes):
    llegides = []
    for xarxa in xarxes or []:
        nom = nom_canonic(xarxa.get("xarxa")) if isinstance(xarxa, dict) else None
        frequencia = xarxa.get("frequencia_setmanal") if isinstance(xarxa, dict) else None
        if nom is None or not isinstance(frequencia, (int, float)) or isinstance(frequencia, bool) or frequencia <= 0:
            raise ValueError(f"Cada xarxa ha de tenir «xarxa» (un nom conegut) i «frequencia_setmanal» (un nombre més "
                             f"gran que zero); revisa {xarxa!r}.")
        dies = [llegeix_dia(d) for d in xarxa.get("dies") or DIES]
        hores = sorted(h for h in (llegeix_hora(h) for h in xarxa.get("hores") or []) if h is not None)
        llegides.append({"xarxa": nom, "frequencia": frequencia, "dies": {d for d in dies if d is not None},
                         "hores": hores})
    if not llegides:
        raise ValueError("Per generar el calendari cal almenys una xarxa amb «xarxa» i «frequencia_setmanal».")
    return llegides


def genera_calendari(xarxes, inici, fi, formats=None, dies_bloquejats=None, regles=None,
                     franja=FRANJA_PER_DEFECTE, tipus=None) -> tuple[list, list]:
    """Genera un calendari de publicacions entre ``inici`` i ``fi`` i diu quines condicions no ha pogut complir.

    - ``xarxes``: les xarxes del pla, amb «xarxa» i «frequencia_setmanal»; opcionalment «dies» (els dies de la
      setmana en què s'hi publica) i «hores» (les hores preferides, com ["09:00", "13:00"]).
    - ``formats``: els formats recurrents, amb «nom», «etiqueta», «xarxa», «dia» i «hora»; compten dins la
      freqüència de la seva xarxa.
    - ``dies_bloquejats``: dates «AAAA-MM-DD» o períodes ``{"inici", "fi", "motiu"}`` sense publicacions.
    - ``regles``: el conjunt de regles d'on surten el màxim diari (STY-06) i la separació mínima (STY-15).
    - ``franja``: primera i última hora possibles, per defecte de 08:00 a 20:00.
    - ``tipus``: els tipus de contingut amb el seu percentatge, per posar un contingut a cada publicació.

    Torna ``(calendari, avisos)``: la llista de publicacions previstes, ordenada per data i hora, i una llista
    d'avisos en català amb les condicions que no s'han pogut complir (buida si s'han complert totes).
    """
    data_inici, data_fi = llegeix_data(inici), llegeix_data(fi)
    if data_inici is None or data_fi is None or data_fi < data_inici:
        raise ValueError(f"El període del calendari no és vàlid ({inici} – {fi}); escriu dues dates AAAA-MM-DD i "
                         "que la de fi no sigui anterior a la d'inici.")
    franja_inici, franja_fi = llegeix_hora(franja[0]), llegeix_hora(franja[1])
    if franja_inici is None or franja_fi is None or franja_fi <= franja_inici:
        raise ValueError(f"La franja {franja!r} no és vàlida; escriu-la com (\"08:00\", \"20:00\").")
    llegides = _llegeix_xarxes(xarxes)
    bloquejats = _dies_bloquejats(dies_bloquejats)
    conjunt = carrega_regles(regles)
    maxims = valor_regla(conjunt, "STY-06", {}) or {}
    separacio = valor_regla(conjunt, "STY-15", 0) or 0
    avisos, calendari = [], []
    graella = list(range(franja_inici, franja_fi + 1, PAS_MINUTS))

    for xarxa in llegides:
        interval = maxims.get(xarxa["xarxa"])
        maxim_diari = interval[1] if interval else None
        if maxim_diari is not None and xarxa["frequencia"] > 7 * maxim_diari:
            avisos.append(f"Xarxa {xarxa['xarxa']}: {xarxa['frequencia']:g} publicacions setmanals superen el màxim de "
                          f"la guia ({maxim_diari} al dia, {7 * maxim_diari} a la setmana, STY-06); se'n programen "
                          "com a màxim aquestes.")
        if interval and interval[0] > 0 and xarxa["frequencia"] < 7 * interval[0]:
            avisos.append(f"Xarxa {xarxa['xarxa']}: amb {xarxa['frequencia']:g} publicacions setmanals hi haurà dies "
                          f"sense cap publicació, i la guia en demana almenys {interval[0]} al dia (STY-06).")
        xarxa["maxim"] = maxim_diari
        xarxa["candidates"] = [h for h in xarxa["hores"] if franja_inici <= h <= franja_fi] or graella

    formats_per_xarxa = defaultdict(list)
    for format_recurrent in formats or []:
        nom = nom_canonic(format_recurrent.get("xarxa"))
        dia, hora = llegeix_dia(format_recurrent.get("dia")), llegeix_hora(format_recurrent.get("hora"))
        if nom is None or dia is None or hora is None:
            raise ValueError(f"El format recurrent {format_recurrent!r} ha de tenir «xarxa», «dia» i «hora» vàlids.")
        formats_per_xarxa[nom].append({**format_recurrent, "xarxa": nom, "_dia": dia, "_hora": hora})
        if nom not in {x["xarxa"] for x in llegides}:
            avisos.append(f"Format «{format_recurrent.get('nom')}»: la xarxa {nom} no és al calendari; "
                          "no s'ha programat.")

    for xarxa in llegides:
        entrades, perdudes, previstes = _programa_xarxa(xarxa, formats_per_xarxa[xarxa["xarxa"]], data_inici, data_fi,
                                                        bloquejats, separacio, avisos)
        calendari += entrades
        if perdudes:
            setmanes = ", ".join(s.isoformat() for s in perdudes[:6]) + (" …" if len(perdudes) > 6 else "")
            avisos.append(f"Xarxa {xarxa['xarxa']}: s'han programat {len(entrades)} de les {previstes} publicacions "
                          f"previstes; en falten a les setmanes que comencen el {setmanes} (per dies bloquejats, pel "
                          "màxim diari o per la separació mínima entre publicacions).")
    ordre = {x["xarxa"]: i for i, x in enumerate(llegides)}
    calendari.sort(key=lambda e: (e["data"], e["hora"], ordre[e["xarxa"]]))
    _assigna_tipus(calendari, tipus)
    return calendari, avisos


def _programa_xarxa(xarxa, formats, data_inici, data_fi, bloquejats, separacio, avisos):
    entrades, setmanes_curtes, previstes = [], [], 0
    omesos = defaultdict(list)
    dilluns = data_inici - timedelta(days=data_inici.weekday())
    while dilluns <= data_fi:
        dies = [dilluns + timedelta(days=i) for i in range(7)]
        dins = [d for d in dies if data_inici <= d <= data_fi]
        objectiu = int(xarxa["frequencia"] * len(dins) / 7 + 0.5)
        previstes += objectiu
        ocupades = defaultdict(list)
        fets = 0
        for format_recurrent in formats:
            dia = dies[format_recurrent["_dia"]]
            if dia not in dins:
                continue
            if dia in bloquejats:
                omesos[format_recurrent.get("nom")].append(dia)
                continue
            ocupades[dia].append(format_recurrent["_hora"])
            entrades.append(_entrada(dia, format_recurrent["_hora"], xarxa["xarxa"], format_recurrent.get("nom"),
                                     format_recurrent.get("etiqueta", ""), True))
            fets += 1
        disponibles = [d for d in dins if d not in bloquejats and d.weekday() in xarxa["dies"]]
        pendents = max(0, objectiu - fets)
        if disponibles and pendents:
            repartiment = _reparteix(pendents, disponibles)
            if xarxa["maxim"] is not None:
                sobrants = 0
                for dia in disponibles:
                    cap = max(0, xarxa["maxim"] - len(ocupades[dia]))
                    sobrants += max(0, repartiment[dia] - cap)
                    repartiment[dia] = min(repartiment[dia], cap)
                for dia in sorted(disponibles, key=lambda d: (repartiment[d] + len(ocupades[d]), d)):
                    afegides = min(sobrants, max(0, xarxa["maxim"] - len(ocupades[dia]) - repartiment[dia]))
                    repartiment[dia] += afegides
                    sobrants -= afegides
            for dia in disponibles:
                for hora in _tria_hores(repartiment[dia], ocupades[dia], xarxa["candidates"], separacio):
                    entrades.append(_entrada(dia, hora, xarxa["xarxa"], CONTINGUT_PER_DEFECTE, "", False))
                    fets += 1
        if fets < objectiu:
            setmanes_curtes.append(dilluns)
        dilluns += timedelta(days=7)
    for nom, dies in omesos.items():
        llista = ", ".join(d.isoformat() for d in dies[:6]) + (" …" if len(dies) > 6 else "")
        motius = ", ".join(dict.fromkeys(bloquejats[d] for d in dies))
        vegades = "1 vegada" if len(dies) == 1 else f"{len(dies)} vegades"
        avisos.append(f"Format «{nom}» ({xarxa['xarxa']}): no s'ha programat {vegades} perquè queia en dies "
                      f"bloquejats ({motius}): {llista}.")
    return entrades, setmanes_curtes, previstes


def _entrada(dia: date, hora: int, xarxa: str, contingut, etiqueta, recurrent: bool) -> dict:
    return {"data": dia.isoformat(), "dia": DIES[dia.weekday()], "hora": escriu_hora(hora), "xarxa": xarxa,
            "contingut": contingut or CONTINGUT_PER_DEFECTE, "etiqueta": etiqueta or "", "format_recurrent": recurrent,
            "estat": "proposada"}
