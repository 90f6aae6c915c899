"""Indicators against hand-computed values (the worked examples of units 7, 10 and 12) and on the datasets;
empty periods and divisions by zero raise a clear Catalan IndicadorError."""
from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

import pytest

import pla
from pla import dades

VILANOVA = {"dies": ["dl", "dt", "dc", "dj", "dv"], "inici": "08:00", "fi": "15:00", "festius": ["2027-01-06"]}


def test_worked_examples_of_unit_7():
    assert pla.creixement(4000, 4180) == 4.5
    assert pla.ratio_republicacions(40, 96, decimals=2) == 0.42
    assert pla.ratio_republicacions(6, 17, decimals=2) == 0.35  # la setmana tipus de la unitat 6
    assert pla.taxa_interaccio(2400, 120000) == 2.0
    assert pla.percentatge_usuaris_actius(1254, 4180) == 30.0
    assert pla.taxa_abast(1500, 2500) == 60.0
    assert pla.interaccio_per_seguidor(75, 2500) == 3.0
    assert pla.taxa_interaccio(75, 2100, decimals=1) == 3.6
    assert pla.taxa_interaccio(75, 2100) == pytest.approx(3.5714285714)
    assert pla.taxa_interaccio_abast(75, 1500) == 5.0
    assert pla.percentil(2.0, [1.2, 1.8, 2.5, 1.5, 3.1]) == 60.0
    assert pla.creixement(480, 300) == -37.5


def test_worked_examples_of_units_10_and_12():
    assert pla.taxa_interaccio(180, 12000) == 1.5
    assert pla.creixement(20, 35) == 75.0
    assert pla.percentil(2.0, [2.0, 1.0, 3.0, 4.0]) == 37.5  # un empat compta com a mig perfil


def test_lists_of_posts_are_summed():
    publicacions = [{"impressions": 1000, "abast": 800, "interaccions": 30, "tipus": "propia"},
                    {"impressions": 3000, "abast": 1200, "interaccions": 50, "tipus": "propia"},
                    {"impressions": 0, "abast": 0, "interaccions": 0, "tipus": "republicacio"}]
    assert pla.taxa_interaccio(publicacions) == 2.0           # 80 ÷ 4.000 × 100
    assert pla.taxa_interaccio_abast(publicacions) == 4.0     # 80 ÷ 2.000 × 100
    assert pla.interaccio_per_seguidor(publicacions, 1000) == 8.0
    assert pla.taxa_abast(publicacions, 1000) == pytest.approx(2000 / 3 / 1000 * 100)  # abast mitjà per publicació
    assert pla.ratio_republicacions(publicacions) == 0.5


def test_indicators_on_the_datasets():
    marc = dades.publicacions(xarxa="X", mes="2026-03")
    assert pla.taxa_interaccio(marc) == 2.0
    assert pla.ratio_republicacions(marc) == 40 / 96
    x = {f["mes"]: f for f in dades.seguidors("X")}["2026-03"]
    assert pla.creixement(x["seguidors_inici"], x["seguidors_final"]) == 4.5
    [oli] = [f for f in dades.publicacions(xarxa="Facebook", mes="2026-03") if f["etiqueta"] == "#RecollimOli"]
    assert pla.interaccio_per_seguidor([oli], 2500) == 3.0
    assert pla.taxa_abast([oli], 2500) == 60.0
    similars = [pla.taxa_interaccio(f["interaccions"], f["impressions"]) for f in dades.perfils_similars("2026-03")]
    assert pla.percentil(pla.taxa_interaccio(marc), similars) == 60.0
    serie = pla.serie_mensual(dades.publicacions(xarxa="X"), decimals=2)
    assert [s["periode"] for s in serie] == [f"2026-{m:02d}" for m in range(1, 13)]
    assert serie[2]["valor"] == 2.0 and max(serie, key=lambda s: s["valor"])["periode"] == "2026-10"  # la riuada


def test_active_users_on_the_dataset():
    missatges = dades.missatges()
    per_usuari = Counter(m["usuari"] for m in missatges)
    actius = pla.usuaris_actius(missatges)
    assert set(actius) == {u for u, n in per_usuari.items() if n >= 5}
    assert actius[0] == per_usuari.most_common(1)[0][0]
    assert pla.usuaris_actius([{"usuari": "b"}, {"usuari": "a"}, {"usuari": "b"}, {"usuari": "a"}], minim=2) == ["a", "b"]
    assert pla.percentatge_usuaris_actius(actius, 4779) == len(actius) / 4779 * 100


@pytest.mark.parametrize("rebut, respost, horari, hores", [
    ("2027-01-13 10:00", "2027-01-13 11:30", None, 1.5),          # dimecres, dins l'horari
    ("2027-01-15 18:00", "2027-01-18 09:00", None, 2.0),          # divendres al vespre → dilluns (de 8.30 a 19.30)
    ("2027-01-16 10:00", "2027-01-18 08:45", None, 0.25),         # dissabte → dilluns a primera hora
    ("2027-01-12 07:00", "2027-01-12 09:00", None, 0.5),          # abans d'obrir
    ("2027-01-11 20:00", "2027-01-12 08:40", None, 10 / 60),      # a la nit
    ("2027-01-05 14:00", "2027-01-07 09:00", VILANOVA, 2.0),      # dimarts → dijous, amb el festiu de Reis
    ("2027-01-13 10:00", "2027-01-13 10:00", None, 0.0),
])
def test_response_time_counts_only_service_hours(rebut, respost, horari, hores):
    assert pla.temps_resposta(rebut, respost, horari) == pytest.approx(hores)


MISSATGES = [
    {"rebut": "2027-01-13 10:00", "respost": "2027-01-13 11:30"},   # 1,5 h
    {"rebut": "2027-01-15 18:00", "respost": "2027-01-18 09:00"},   # 2 h: dins del termini
    {"rebut": "2027-01-11 09:00", "respost": "2027-01-11 12:00"},   # 3 h
    {"rebut": "2027-01-12 09:00", "respost": None},                 # sense resposta: fora de termini
    {"rebut": "2027-01-16 10:00", "respost": "2027-01-18 08:45"},   # 15 minuts d'atenció (46 h de rellotge)
]


def test_share_answered_within_the_target():
    # Una sola definició al curs: consultes respostes a temps ÷ consultes rebudes; la que no té resposta, fora.
    assert pla.compliment_temps_resposta(MISSATGES) == 60.0
    assert pla.compliment_temps_resposta(MISSATGES, limit_hores=1) == 20.0
    # Municipi petit: de 9 a 14 h i 5 hores de termini.
    assert pla.compliment_temps_resposta(MISSATGES, regles="municipi-petit") == 80.0
    horari_tarda = {"dies": ["dl", "dt", "dc", "dj", "dv"], "inici": "15:00", "fi": "20:00"}
    # Amb atenció de 15 a 20 h, només el missatge de divendres a les 18 h gasta hores d'atenció (2 h).
    assert pla.compliment_temps_resposta(MISSATGES, horari=horari_tarda) == 80.0
    assert pla.compliment_temps_resposta(MISSATGES, limit_hores=1.5, horari=horari_tarda) == 60.0
    # Els insults i els elogis no demanen resposta: no hi entren, tant si es responen com si no.
    altres = [{"tipus": "insult", "rebut": "2027-01-13 10:00", "respost": None},
              {"tipus": "elogi", "rebut": "2027-01-13 10:00", "respost": None}]
    tipats = [{**m, "tipus": "pregunta"} for m in MISSATGES]
    assert pla.compliment_temps_resposta(tipats + altres) == 60.0
    assert pla.compliment_temps_resposta([{"tipus": "queixa", "rebut": "2027-01-12 09:00", "respost": None}]) == 0.0


def _hores_a_ma(rebut: datetime, respost: datetime) -> float:
    """Un oracle independent: compta minut a minut els que cauen de dilluns a divendres entre 8.30 i 19.30."""
    minuts, moment = 0, rebut
    while moment < respost:
        if moment.weekday() < 5 and 8 * 60 + 30 <= moment.hour * 60 + moment.minute < 19 * 60 + 30:
            minuts += 1
        moment += timedelta(minutes=1)
    return minuts / 60


def test_share_answered_on_the_dataset_matches_a_minute_by_minute_count():
    missatges = [m for m in dades.missatges() if m["rebut"].startswith("2026-03")
                 and m["tipus"] in ("pregunta", "queixa", "suggeriment")][:80]
    assert any(not m["respost"] for m in missatges), "la mostra ha d'incloure consultes sense resposta"
    esperat = sum(bool(m["respost"]) and _hores_a_ma(datetime.fromisoformat(m["rebut"]),
                                                     datetime.fromisoformat(m["respost"])) <= 2
                  for m in missatges) / len(missatges) * 100
    assert pla.compliment_temps_resposta(missatges) == pytest.approx(esperat)
    assert 50 < pla.compliment_temps_resposta(dades.missatges()) < 100


@pytest.mark.parametrize("crida, missatge", [
    (lambda: pla.taxa_interaccio(0, 0), "No es pot calcular la taxa d'interacció: el període no té cap impressió."),
    (lambda: pla.taxa_interaccio([]), "No es pot calcular la taxa d'interacció: el període no té cap impressió."),
    (lambda: pla.taxa_interaccio(dades.publicacions(xarxa="X", mes="2027-01")),
     "No es pot calcular la taxa d'interacció: el període no té cap impressió."),
    (lambda: pla.taxa_interaccio("12", 100),
     "No es pot calcular la taxa d'interacció: «interaccions» ha de ser un nombre positiu o zero, sense cometes "
     "(ara hi ha '12')."),
    (lambda: pla.taxa_interaccio([{"interaccions": 3}]),
     "No es pot calcular la taxa d'interacció: la publicació 1 no té la clau «impressions»."),
    (lambda: pla.taxa_interaccio_abast(5, 0),
     "No es pot calcular la interacció sobre l'abast: el període no té cap persona d'abast."),
    (lambda: pla.interaccio_per_seguidor(75, 0),
     "No es pot calcular la interacció per seguidor: el compte no té cap persona seguidora."),
    (lambda: pla.taxa_abast([], 100), "No es pot calcular la taxa d'abast: el període no té cap publicació."),
    (lambda: pla.taxa_abast(100, 0), "No es pot calcular la taxa d'abast: el compte no té cap persona seguidora."),
    (lambda: pla.creixement(0, 10),
     "No es pot calcular el creixement: el valor inicial és 0 i no es pot dividir per zero."),
    (lambda: pla.creixement(-1, 10),
     "No es pot calcular el creixement: «valor_inicial» ha de ser un nombre positiu o zero, sense cometes "
     "(ara hi ha -1)."),
    (lambda: pla.ratio_republicacions([]),
     "No es pot calcular la ràtio de republicacions: el període no té cap publicació pròpia."),
    (lambda: pla.percentatge_usuaris_actius([], 0),
     "No es pot calcular el percentatge d'usuaris actius: el compte no té cap persona seguidora."),
    (lambda: pla.usuaris_actius([{"canal": "X"}]),
     "No es poden comptar els usuaris actius: el missatge 1 no té la clau «usuari»."),
    (lambda: pla.percentil(2.0, []), "No es pot calcular el percentil: no hi ha cap perfil similar per comparar."),
    (lambda: pla.compliment_temps_resposta([]),
     "No es pot calcular el percentatge de consultes respostes a temps: el període no té cap consulta que demani "
     "resposta."),
    (lambda: pla.compliment_temps_resposta([{"tipus": "insult", "rebut": "2027-01-12 09:00", "respost": None}]),
     "No es pot calcular el percentatge de consultes respostes a temps: el període no té cap consulta que demani "
     "resposta."),
    (lambda: pla.compliment_temps_resposta(MISSATGES, horari={"dies": ["dl"], "inici": "15:00", "fi": "9:00"}),
     "No es pot calcular el percentatge de consultes respostes a temps: Horari: l'hora de fi (9:00) ha de ser posterior a la "
     "d'inici (15:00)."),
    (lambda: pla.temps_resposta("2027-01-13 12:00", "2027-01-13 10:00"),
     "No es pot calcular el temps de resposta: la resposta (2027-01-13 10:00) és anterior al missatge "
     "(2027-01-13 12:00)."),
    (lambda: pla.temps_resposta("dimecres", "2027-01-13 10:00"),
     "No es pot calcular el temps de resposta: «rebut» ('dimecres') no és una data i hora vàlida; escriu-la com "
     "AAAA-MM-DD HH:MM."),
])
def test_impossible_indicators_raise_a_clear_catalan_error(crida, missatge):
    with pytest.raises(pla.IndicadorError) as error:
        crida()
    assert str(error.value) == missatge


def test_series_skip_months_without_data():
    publicacions = [{"data": "2026-01-05", "impressions": 100, "interaccions": 2},
                    {"data": "2026-02-05", "impressions": 0, "interaccions": 0}]
    assert pla.serie_mensual(publicacions) == [{"periode": "2026-01", "valor": 2.0}]
    assert pla.serie_mensual([]) == []
