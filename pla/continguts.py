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

from pla.comu import DIES, buit, claus_que_falten, es_nombre, llegeix_data, llegeix_dia, llegeix_hora
from pla.conjunts_regles import carrega_regles, valor_regla
from pla.xarxes import nom_canonic

CLAUS_CONTINGUTS = {
    "linia_editorial": "un paràgraf que digui de què parla el compte, amb quin to i de què no parla",
    "tipus": "la llista de tipus de continguts, amb el percentatge de cadascun",
}
CLAUS_TIPUS = {"tipus": "el nom del tipus de contingut",
               "percentatge": "quin percentatge de les publicacions, com a nombre"}
CLAUS_FORMAT = {
    "nom": "el nom del format", "etiqueta": "l'etiqueta fixa, com #ObresSetmana", "xarxa": "on es publica",
    "dia": "el dia de la setmana (" + ", ".join(DIES) + ")", "hora": "l'hora fixa, com «09:00»",
}
CLAUS_ENTRADA = {
    "data": "el dia, en format AAAA-MM-DD", "hora": "l'hora, com «09:00»", "xarxa": "on es publica",
    "contingut": "què es publica",
}
ESTATS = ("proposada", "validada", "programada", "publicada")
PARAULES_MINIMES_LINIA = 15
ETIQUETA_MAXIMA = 12


def valida_format_recurrent(format_recurrent, xarxes_pla=None) -> list[str]:
    """Comprova un format recurrent: nom, etiqueta curta en CamelCase, xarxa, dia i hora fixos."""
    if not isinstance(format_recurrent, dict):
        return ["Cada format recurrent ha de ser un diccionari amb les claus: " + ", ".join(CLAUS_FORMAT) + "."]
    nom = f"Format {format_recurrent.get('nom') or '(sense nom)'}"
    missatges = claus_que_falten(format_recurrent, CLAUS_FORMAT, nom)
    etiqueta = format_recurrent.get("etiqueta")
    if isinstance(etiqueta, str) and etiqueta.strip():
        net = etiqueta.strip().lstrip("#")
        if not etiqueta.strip().startswith("#") or not net:
            missatges.append(f"{nom}: l'etiqueta ha de començar amb el coixinet, per exemple «#ObresSetmana».")
        elif len(net) > ETIQUETA_MAXIMA:
            missatges.append(f"{nom}: l'etiqueta {etiqueta} té {len(net)} caràcters; com a màxim "
                             f"{ETIQUETA_MAXIMA} (TAG-01).")
        elif not net[0].isupper():
            missatges.append(f"{nom}: escriu l'etiqueta en CamelCase, amb majúscula a cada paraula (TAG-02).")
    xarxa = format_recurrent.get("xarxa")
    missatges += _comprova_xarxa(nom, xarxa, xarxes_pla)
    dia = format_recurrent.get("dia")
    if not buit(dia) and llegeix_dia(dia) is None:
        missatges.append(f"{nom}: el dia «{dia}» no existeix; escriu-ne un d'aquests: {', '.join(DIES)}.")
    hora = format_recurrent.get("hora")
    if not buit(hora) and llegeix_hora(hora) is None:
        missatges.append(f"{nom}: l'hora «{hora}» no és vàlida; escriu-la com «09:00».")
    return missatges


def _comprova_xarxa(nom, xarxa, xarxes_pla) -> list[str]:
    if buit(xarxa):
        return []
    if nom_canonic(xarxa) is None:
        return [f"{nom}: la xarxa «{xarxa}» no és cap de les que coneix el curs."]
    if xarxes_pla is not None and nom_canonic(xarxa) not in {nom_canonic(x) for x in xarxes_pla}:
        return [f"{nom}: la xarxa {nom_canonic(xarxa)} no és cap de les xarxes del pla "
                f"({', '.join(xarxes_pla)}); afegeix-la al pla o tria'n una altra."]
    return []


def valida_continguts(continguts, xarxes_pla=None) -> list[str]:
    """Comprova la línia editorial, els tipus de continguts (que sumin el 100 %) i els formats recurrents.

    ``xarxes_pla`` (opcional): noms de les xarxes del pla; els formats recurrents hi han de ser.
    """
    if not isinstance(continguts, dict):
        return ["Els continguts han de ser un diccionari amb les claus: " + ", ".join(CLAUS_CONTINGUTS) + "."]
    missatges = claus_que_falten(continguts, CLAUS_CONTINGUTS, "Continguts")
    linia = continguts.get("linia_editorial")
    if isinstance(linia, str) and linia.strip() and len(linia.split()) < PARAULES_MINIMES_LINIA:
        missatges.append(f"Continguts: la línia editorial és massa curta; explica de què parla el compte, amb quin to "
                         f"i de què no parla (almenys {PARAULES_MINIMES_LINIA} paraules).")
    tipus = continguts.get("tipus")
    if not buit(tipus):
        if not isinstance(tipus, list):
            missatges.append("Continguts: «tipus» ha de ser una llista de diccionaris amb «tipus» i «percentatge».")
        else:
            for element in tipus:
                if not isinstance(element, dict):
                    missatges.append("Continguts: cada tipus ha de ser un diccionari amb «tipus» i «percentatge».")
                    continue
                nom = f"Tipus de contingut {element.get('tipus') or '(sense nom)'}"
                missatges += claus_que_falten(element, CLAUS_TIPUS, nom)
                valor = element.get("percentatge")
                if not buit(valor) and (not es_nombre(valor) or not 0 < valor <= 100):
                    missatges.append(f"{nom}: el percentatge ha de ser un nombre entre 1 i 100, sense cometes.")
            percentatges = [t.get("percentatge") for t in tipus if isinstance(t, dict)]
            if percentatges and all(es_nombre(p) for p in percentatges) and abs(sum(percentatges) - 100) > 0.01:
                missatges.append(f"Continguts: els percentatges dels tipus sumen {sum(percentatges):g} i han de "
                                 "sumar 100.")
    formats = continguts.get("formats_recurrents")
    if not buit(formats):
        if not isinstance(formats, list):
            missatges.append("Continguts: «formats_recurrents» ha de ser una llista de formats.")
        else:
            for format_recurrent in formats:
                missatges += valida_format_recurrent(format_recurrent, xarxes_pla)
    return missatges


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
    data_inici, data_fi = llegeix_data(inici) if inici else None, llegeix_data(fi) if fi else None
    missatges, per_dia = [], defaultdict(list)
    for numero, entrada in enumerate(calendari, 1):
        nom = f"Calendari, publicació {numero}"
        if not isinstance(entrada, dict):
            missatges.append(f"{nom}: ha de ser un diccionari amb les claus: " + ", ".join(CLAUS_ENTRADA) + ".")
            continue
        missatges += claus_que_falten(entrada, CLAUS_ENTRADA, nom)
        data, hora = llegeix_data(entrada.get("data")), llegeix_hora(entrada.get("hora"))
        if not buit(entrada.get("data")) and data is None:
            missatges.append(f"{nom}: la data «{entrada['data']}» no és vàlida; escriu-la com AAAA-MM-DD.")
        elif data and ((data_inici and data < data_inici) or (data_fi and data > data_fi)):
            missatges.append(f"{nom}: el {data.isoformat()} cau fora del període del pla ({inici} – {fi}).")
        if not buit(entrada.get("hora")) and hora is None:
            missatges.append(f"{nom}: l'hora «{entrada['hora']}» no és vàlida; escriu-la com «09:00».")
        missatges += _comprova_xarxa(nom, entrada.get("xarxa"), xarxes_pla)
        estat = entrada.get("estat")
        if not buit(estat) and estat not in ESTATS:
            missatges.append(f"{nom}: l'estat «{estat}» no existeix; tria'n un: {', '.join(ESTATS)}.")
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
