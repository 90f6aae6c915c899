"""El temps de resposta comptat en hores d'atenció, i el percentatge de respostes dins del termini.

Un missatge que arriba divendres a les 18 h i es respon dilluns a les 9 h, amb un horari de dilluns a
divendres de 8.30 a 19.30 h, s'ha respost en 1 hora i mitja d'atenció (de 18 a 19.30 h divendres), més mitja
hora dilluns (de 8.30 a 9 h): 2 hores. Les hores de fora de l'horari, els dies que no hi ha atenció i els
festius no compten.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from pla.comu import llegeix_data, llegeix_dia, llegeix_hora, llegeix_moment
from pla.conjunts_regles import carrega_regles, valor_regla
from pla.protocol import valida_horari


class IndicadorError(ValueError):
    """Un indicador que no es pot calcular; el missatge, en català, diu per què i com arreglar-ho."""


def _horari(horari, regles, nom: str) -> dict:
    if horari is None:
        horari = valor_regla(carrega_regles(regles), "RESP-05")
    problemes = valida_horari(horari)
    if problemes:
        raise IndicadorError(f"No es pot calcular {nom}: {problemes[0]}")
    return {"dies": {llegeix_dia(d) for d in horari["dies"]},
            "obre": llegeix_hora(horari["inici"]), "tanca": llegeix_hora(horari["fi"]),
            "festius": {llegeix_data(f) for f in horari.get("festius") or []}}


def _hores_atencio(inici: datetime, fi: datetime, horari: dict) -> float:
    segons = 0.0
    dia = inici.date()
    while dia <= fi.date():
        if dia.weekday() in horari["dies"] and dia not in horari["festius"]:
            mitjanit = datetime.combine(dia, datetime.min.time())
            desde = max(inici, mitjanit + timedelta(minutes=horari["obre"]))
            fins = min(fi, mitjanit + timedelta(minutes=horari["tanca"]))
            segons += max(0.0, (fins - desde).total_seconds())
        dia += timedelta(days=1)
    return segons / 3600


def _moment(valor, clau: str, nom: str) -> datetime:
    moment = llegeix_moment(valor)
    if moment is None:
        raise IndicadorError(f"No es pot calcular {nom}: «{clau}» ({valor!r}) no és una data i hora vàlida; "
                             "escriu-la com AAAA-MM-DD HH:MM.")
    return moment


def temps_resposta(rebut, respost, horari=None, regles=None) -> float:
    """Hores d'atenció entre que arriba un missatge (``rebut``) i es respon (``respost``).

    Les dates s'escriuen «AAAA-MM-DD HH:MM». ``horari`` és un horari d'atenció (vegeu
    ``pla.valida_horari``); si no se'n dona cap, es fa servir el de la regla RESP-05 del conjunt de
    ``regles`` (per defecte, de dilluns a divendres de 8.30 a 19.30 h). Només compten les hores dins
    l'horari: ni les nits, ni els dies sense atenció, ni els festius.
    """
    nom = "el temps de resposta"
    inici, fi = _moment(rebut, "rebut", nom), _moment(respost, "respost", nom)
    if fi < inici:
        raise IndicadorError(f"No es pot calcular el temps de resposta: la resposta ({respost}) és anterior al "
                             f"missatge ({rebut}).")
    return _hores_atencio(inici, fi, _horari(horari, regles, nom))


# Els missatges que demanen resposta: consultes, queixes i suggeriments (guia de la Generalitat, 9a ed., §5.1).
# Els insults no es responen i els elogis no cal agrair-los (unitat 10), de manera que no entren a l'indicador.
TIPUS_QUE_DEMANEN_RESPOSTA = ("pregunta", "queixa", "suggeriment")


def compliment_temps_resposta(missatges, limit_hores=None, horari=None, regles=None, decimals=None) -> float:
    """Percentatge de consultes respostes a temps: l'única definició de l'indicador al curs.

    Fórmula: **consultes respostes en ``limit_hores`` hores d'atenció o menys ÷ consultes rebudes × 100**. Una
    consulta **sense resposta compta com a fora de termini**: si no, respondre menys milloraria l'indicador.

    ``missatges`` és una llista de diccionaris amb «rebut» i «respost» (buit o ``None`` si no s'ha respost),
    com ``pla.dades.missatges()``. Si un missatge té «tipus», només compten els que demanen resposta
    (``TIPUS_QUE_DEMANEN_RESPOSTA``: preguntes, queixes i suggeriments); els insults i els elogis no entren a
    l'indicador. ``limit_hores`` és el termini (per defecte, el de la regla RESP-04: 2 hores) i ``horari``,
    l'horari d'atenció (per defecte, el de la regla RESP-05).
    """
    nom = "el percentatge de consultes respostes a temps"
    conjunt = carrega_regles(regles)
    limit = valor_regla(conjunt, "RESP-04", 2) if limit_hores is None else limit_hores
    if isinstance(limit, bool) or not isinstance(limit, (int, float)) or limit <= 0:
        raise IndicadorError(f"No es pot calcular {nom}: «limit_hores» ha de ser un nombre d'hores més gran que zero.")
    calendari = _horari(horari, conjunt, nom)
    consultes = dins = 0
    for numero, missatge in enumerate(missatges or [], 1):
        if not isinstance(missatge, dict) or "rebut" not in missatge:
            raise IndicadorError(f"No es pot calcular {nom}: el missatge {numero} no té la clau «rebut».")
        if missatge.get("tipus") is not None and missatge["tipus"] not in TIPUS_QUE_DEMANEN_RESPOSTA:
            continue
        inici = _moment(missatge["rebut"], "rebut", nom)
        consultes += 1
        if not missatge.get("respost"):
            continue  # sense resposta: compta com a fora de termini
        fi = _moment(missatge["respost"], "respost", nom)
        if fi < inici:
            raise IndicadorError(f"No es pot calcular {nom}: al missatge {numero}, la resposta és anterior al "
                                 "missatge.")
        dins += _hores_atencio(inici, fi, calendari) <= limit + 1e-9
    if consultes == 0:
        raise IndicadorError(f"No es pot calcular {nom}: el període no té cap consulta que demani resposta.")
    valor = dins / consultes * 100
    return valor if decimals is None else round(valor, decimals)
