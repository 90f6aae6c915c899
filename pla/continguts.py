"""Continguts del pla: la línia editorial, els tipus de continguts, els formats recurrents i el calendari.

    continguts = {
        "linia_editorial": "El compte informa dels serveis i dels tràmits municipals, …",
        "tipus": [{"tipus": "Informació de servei", "percentatge": 40}, …],
        "formats_recurrents": [{"nom": "Obres de la setmana", "etiqueta": "#ObresSetmana", "xarxa": "X",
                                "dia": "dilluns", "hora": "09:00"}],
    }

    calendari = [{"data": "2027-01-04", "hora": "09:00", "xarxa": "X", "contingut": "Obres de la setmana",
                  "etiqueta": "#ObresSetmana"}, …]
"""
from __future__ import annotations

from collections import defaultdict

from pla.camps import Camp, Component, valida
from pla.comu import DIES, es_nombre, llegeix_data, llegeix_hora
from pla.conjunts_regles import carrega_regles, valor_regla
from pla.xarxes import nom_canonic

ESTATS = ("proposada", "validada", "programada", "publicada")
PARAULES_MINIMES_LINIA = 15
ETIQUETA_MAXIMA = 12
HORA = "{nom}: l'hora «{valor}» no és vàlida; escriu-la com «09:00»."


def _etiqueta(etiqueta, format_recurrent, context, nom) -> list[str]:
    """L'etiqueta d'un format: amb coixinet, curta (TAG-01) i en CamelCase (TAG-02)."""
    net = etiqueta.strip().lstrip("#") if isinstance(etiqueta, str) else ""
    if not str(etiqueta).strip().startswith("#") or not net:
        return [f"{nom}: l'etiqueta ha de començar amb el coixinet, per exemple «#ObresSetmana»."]
    if len(net) > ETIQUETA_MAXIMA:
        return [f"{nom}: l'etiqueta {etiqueta} té {len(net)} caràcters; com a màxim {ETIQUETA_MAXIMA} (TAG-01)."]
    if not net[0].isupper():
        return [f"{nom}: escriu l'etiqueta en CamelCase, amb majúscula a cada paraula (TAG-02)."]
    return []


def _camp_xarxa(explicacio: str) -> Camp:
    """La xarxa d'un format o d'una publicació: una xarxa coneguda i, si se sap, una de les del pla."""
    return Camp("xarxa", explicacio, "xarxa", tipus="xarxa", referencia="xarxes")


FORMAT_RECURRENT = Component("Format", (
    Camp("nom", "el nom del format", "format"),
    Camp("etiqueta", "l'etiqueta fixa, com #ObresSetmana", "etiqueta", comprova=_etiqueta),
    _camp_xarxa("on es publica"),
    Camp("dia", "el dia de la setmana (" + ", ".join(DIES) + ")", "dia", tipus="dia"),
    Camp("hora", "l'hora fixa, com «09:00»", "hora", tipus="hora", missatges={"hora": HORA}),
), clau_nom="nom", sense_nom="(sense nom)",
    missatges={"no_diccionari": "Cada format recurrent ha de ser un diccionari amb les claus: {claus}."})

TIPUS_CONTINGUT = Component("Tipus de contingut", (
    Camp("tipus", "el nom del tipus de contingut", "tipus"),
    Camp("percentatge", "quin percentatge de les publicacions, com a nombre", "percentatge", tipus="nombre",
         minim=0, minim_exclos=True, maxim=100),
), clau_nom="tipus", sense_nom="(sense nom)", missatges={
    "no_diccionari": "Continguts: cada tipus ha de ser un diccionari amb «tipus» i «percentatge».",
    "nombre": "{nom}: el percentatge ha de ser un nombre entre 1 i 100, sense cometes.",
    "maxim": "{nom}: el percentatge ha de ser un nombre entre 1 i 100, sense cometes."})


def _sumen_cent(tipus, continguts, context, nom) -> list[str]:
    percentatges = [t.get("percentatge") for t in tipus if isinstance(t, dict)]
    if percentatges and all(es_nombre(p) for p in percentatges) and abs(sum(percentatges) - 100) > 0.01:
        return [f"{nom}: els percentatges dels tipus sumen {sum(percentatges):g} i han de sumar 100."]
    return []


CONTINGUTS = Component("Continguts", (
    Camp("linia_editorial", "un paràgraf que digui de què parla el compte, amb quin to i de què no parla",
         "línia editorial", paraules_minimes=PARAULES_MINIMES_LINIA,
         missatges={"paraules": "{nom}: la línia editorial és massa curta; explica de què parla el compte, amb quin "
                                "to i de què no parla (almenys {n} paraules)."}),
    Camp("tipus", "la llista de tipus de continguts, amb el percentatge de cadascun", "tipus de continguts",
         tipus="llista", element=TIPUS_CONTINGUT, comprova=_sumen_cent, missatges={
             "llista": "{nom}: «tipus» ha de ser una llista de diccionaris amb «tipus» i «percentatge»."}),
    Camp("formats_recurrents", "els formats que es repeteixen a dia i hora fixos", "formats recurrents",
         tipus="llista", obligatori=False, element=FORMAT_RECURRENT,
         missatges={"llista": "{nom}: «formats_recurrents» ha de ser una llista de formats."}),
), missatges={"no_diccionari": "Els continguts han de ser un diccionari amb les claus: {claus}."})


def _dins_del_periode(text, entrada, context, nom) -> list[str]:
    data, inici, fi = llegeix_data(text), context.get("inici"), context.get("fi")
    data_inici, data_fi = llegeix_data(inici) if inici else None, llegeix_data(fi) if fi else None
    if (data_inici and data < data_inici) or (data_fi and data > data_fi):
        return [f"{nom}: el {data.isoformat()} cau fora del període del pla ({inici} – {fi})."]
    return []


ENTRADA = Component("Calendari, publicació", (
    Camp("data", "el dia, en format AAAA-MM-DD", "data", tipus="data", comprova=_dins_del_periode),
    Camp("dia", "el dia de la setmana", "dia", tipus="dia", obligatori=False),
    Camp("hora", "l'hora, com «09:00»", "hora", tipus="hora", missatges={"hora": HORA}),
    _camp_xarxa("on es publica"),
    Camp("contingut", "què es publica", "contingut"),
    Camp("etiqueta", "l'etiqueta del format recurrent, si n'és un", "etiqueta", obligatori=False),
    Camp("estat", "en quin punt és: " + ", ".join(ESTATS), "estat", obligatori=False, valors=ESTATS,
         missatges={"valors": "{nom}: l'estat «{valor}» no existeix; tria'n un: {valors}."}),
), numerat=True, missatges={"no_diccionari": "{nom}: ha de ser un diccionari amb les claus: {claus}."})


def valida_format_recurrent(format_recurrent, xarxes_pla=None) -> list[str]:
    """Comprova un format recurrent: nom, etiqueta curta en CamelCase, xarxa, dia i hora fixos."""
    return valida(FORMAT_RECURRENT, format_recurrent, {"xarxes": xarxes_pla})


def valida_continguts(continguts, xarxes_pla=None) -> list[str]:
    """Comprova la línia editorial, els tipus de continguts (que sumin el 100 %) i els formats recurrents.

    ``xarxes_pla`` (opcional): noms de les xarxes del pla; els formats recurrents hi han de ser.
    """
    return valida(CONTINGUTS, continguts, {"xarxes": xarxes_pla})


def valida_calendari(calendari, inici=None, fi=None, xarxes_pla=None, regles=None) -> list[str]:
    """Comprova un calendari de publicacions.

    Cada entrada ha de tenir data, hora, xarxa i contingut; la data ha de caure dins del període del pla
    (``inici``–``fi``) i la xarxa ha de ser del pla (``xarxes_pla``). També comprova el màxim de publicacions
    diàries per xarxa (regla STY-06) i la separació mínima entre publicacions de la mateixa xarxa (STY-15)
    del conjunt de ``regles`` (per defecte, el de la Generalitat).
    """
    if not isinstance(calendari, list) or not calendari:
        return ["El calendari ha de ser una llista amb almenys una publicació prevista."]
    conjunt = carrega_regles(regles)
    maxims = valor_regla(conjunt, "STY-06", {}) or {}
    separacio = valor_regla(conjunt, "STY-15", 0) or 0
    missatges, per_dia = [], defaultdict(list)
    for numero, entrada in enumerate(calendari, 1):
        missatges += valida(ENTRADA, entrada, {"inici": inici, "fi": fi, "xarxes": xarxes_pla},
                            f"{ENTRADA.nom} {numero}")
        if not isinstance(entrada, dict):
            continue
        data, hora = llegeix_data(entrada.get("data")), llegeix_hora(entrada.get("hora"))
        if data and hora is not None and nom_canonic(entrada.get("xarxa")):
            per_dia[(data, nom_canonic(entrada["xarxa"]))].append(hora)
    for (data, xarxa), hores in sorted(per_dia.items()):
        interval = maxims.get(xarxa)
        if interval and len(hores) > interval[1]:
            missatges.append(f"Calendari: el {data.isoformat()} hi ha {len(hores)} publicacions a {xarxa} i el "
                             f"màxim és {interval[1]} al dia (STY-06); passa'n alguna a un altre dia.")
        hores = sorted(hores)
        for abans, despres in zip(hores, hores[1:]):
            if despres - abans < separacio:
                missatges.append(f"Calendari: el {data.isoformat()} a {xarxa} hi ha dues publicacions amb només "
                                 f"{despres - abans} minuts de separació; deixa'n almenys {separacio} (STY-15).")
    return missatges
