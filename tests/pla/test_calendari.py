"""The calendar generator against its constraints: weekly frequency, daily maximum (STY-06), minimum gap (STY-15),
recurring formats at a fixed day and hour (STY-12), blackout dates; deterministic, and it says what it could not do."""
from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

import pla
from pla.comu import llegeix_hora
from pla.exemple_pla import CONTINGUTS, XARXES

FORMATS = CONTINGUTS["formats_recurrents"]


def _setmana():
    return pla.genera_calendari(XARXES, "2027-01-11", "2027-01-17", formats=FORMATS, tipus=CONTINGUTS["tipus"])


def _separacions(calendari):
    per_dia = {}
    for e in calendari:
        per_dia.setdefault((e["data"], e["xarxa"]), []).append(llegeix_hora(e["hora"]))
    return per_dia


def test_a_typical_week_meets_every_constraint():
    calendari, avisos = _setmana()
    assert avisos == []
    assert Counter(e["xarxa"] for e in calendari) == {"X": 17, "Facebook": 7, "Instagram": 3, "WhatsApp": 3}
    assert pla.valida_calendari(calendari, "2027-01-11", "2027-01-17", ["X", "Facebook", "Instagram", "WhatsApp"]) == []
    for (dia, xarxa), hores in _separacions(calendari).items():
        assert len(hores) <= {"X": 10, "Facebook": 3}.get(xarxa, 99)
        hores.sort()
        assert all(b - a >= 120 for a, b in zip(hores, hores[1:])), (dia, xarxa)
        assert all(8 * 60 <= h <= 20 * 60 for h in hores)
    assert calendari == sorted(calendari, key=lambda e: (e["data"], e["hora"]))


def test_recurring_formats_keep_their_day_hour_and_hashtag():
    calendari, _ = _setmana()
    recurrents = [(e["data"], e["dia"], e["hora"], e["xarxa"], e["etiqueta"]) for e in calendari if e["format_recurrent"]]
    assert recurrents == [("2027-01-11", "dilluns", "09:00", "X", "#ObresSetmana"),
                          ("2027-01-13", "dimecres", "12:00", "X", "#TràmitFàcil"),
                          ("2027-01-15", "divendres", "10:00", "X", "#AgendaDelRiu"),
                          ("2027-01-17", "diumenge", "11:00", "Instagram", "#FotoDelRiu")]


def test_network_days_and_hours_are_respected():
    calendari, _ = _setmana()
    whatsapp = [(e["dia"], e["hora"]) for e in calendari if e["xarxa"] == "WhatsApp"]
    assert whatsapp == [("dilluns", "12:00"), ("dimecres", "12:00"), ("divendres", "12:00")]


def test_content_types_follow_the_percentages():
    calendari, _ = _setmana()
    ordinaries = [e["contingut"] for e in calendari if not e["format_recurrent"]]
    assert len(ordinaries) == 26
    for tipus in CONTINGUTS["tipus"]:
        assert abs(ordinaries.count(tipus["tipus"]) - 26 * tipus["percentatge"] / 100) < 1
    sense_tipus, _ = pla.genera_calendari([{"xarxa": "X", "frequencia_setmanal": 2}], "2027-01-11", "2027-01-17")
    assert {e["contingut"] for e in sense_tipus} == {"Contingut per definir"}


def test_it_is_deterministic():
    assert _setmana() == _setmana()


def test_blackout_dates_are_left_empty_and_reported():
    calendari, avisos = pla.genera_calendari(
        XARXES, "2027-05-10", "2027-05-30", formats=FORMATS,
        dies_bloquejats=[{"inici": "2027-05-21", "fi": "2027-05-23", "motiu": "jornada de reflexió i eleccions"},
                         "2027-05-12"])
    bloquejats = {"2027-05-12", "2027-05-21", "2027-05-22", "2027-05-23"}
    assert not bloquejats & {e["data"] for e in calendari}
    assert avisos == [
        "Format «Un tràmit explicat pas a pas» (X): no s'ha programat 1 vegada perquè queia en dies bloquejats "
        "(dia bloquejat): 2027-05-12.",
        "Format «Agenda del cap de setmana» (X): no s'ha programat 1 vegada perquè queia en dies bloquejats "
        "(jornada de reflexió i eleccions): 2027-05-21.",
        "Format «La foto de la setmana» (Instagram): no s'ha programat 1 vegada perquè queia en dies bloquejats "
        "(jornada de reflexió i eleccions): 2027-05-23.",
        "Xarxa WhatsApp: s'han programat 7 de les 9 publicacions previstes; en falten a les setmanes que comencen el "
        "2027-05-10, 2027-05-17 (per dies bloquejats, pel màxim diari o per la separació mínima entre publicacions).",
    ]
    # X i Facebook recuperen als altres dies de la setmana les publicacions dels dies bloquejats, també les dels
    # formats que no s'han pogut programar; WhatsApp només publica dl, dc i dv i no en té prou.
    assert Counter(e["xarxa"] for e in calendari) == {"X": 3 * 17, "Facebook": 3 * 7, "Instagram": 3 * 3, "WhatsApp": 7}


def test_daily_maximum_and_gap_limits_are_reported():
    calendari, avisos = pla.genera_calendari([{"xarxa": "Facebook", "frequencia_setmanal": 25},
                                              {"xarxa": "X", "frequencia_setmanal": 20}],
                                             "2027-01-11", "2027-01-24", franja=("09:00", "12:00"))
    assert avisos == [
        "Xarxa Facebook: 25 publicacions setmanals superen el màxim de la guia (3 al dia, 21 a la setmana, STY-06); "
        "se'n programen com a màxim aquestes.",
        "Xarxa Facebook: s'han programat 28 de les 50 publicacions previstes; en falten a les setmanes que comencen el "
        "2027-01-11, 2027-01-18 (per dies bloquejats, pel màxim diari o per la separació mínima entre publicacions).",
        "Xarxa X: s'han programat 28 de les 40 publicacions previstes; en falten a les setmanes que comencen el "
        "2027-01-11, 2027-01-18 (per dies bloquejats, pel màxim diari o per la separació mínima entre publicacions).",
    ]
    assert {h for hores in _separacions(calendari).values() for h in hores} == {9 * 60 + 30, 11 * 60 + 30}
    assert pla.valida_calendari(calendari) == []


def test_too_few_posts_for_the_daily_minimum_is_reported():
    _, avisos = pla.genera_calendari([{"xarxa": "Facebook", "frequencia_setmanal": 5}], "2027-01-11", "2027-01-17")
    assert avisos == ["Xarxa Facebook: amb 5 publicacions setmanals hi haurà dies sense cap publicació, i la guia en "
                      "demana almenys 1 al dia (STY-06)."]
    _, avisos = pla.genera_calendari([{"xarxa": "Facebook", "frequencia_setmanal": 5}], "2027-01-11", "2027-01-17",
                                     regles="municipi-petit")
    assert avisos == []


def test_partial_weeks_are_prorated_and_rule_sets_apply():
    calendari, _ = pla.genera_calendari([{"xarxa": "X", "frequencia_setmanal": 14}], "2027-01-13", "2027-01-17")
    assert len(calendari) == 10  # 14 × 5/7
    assert min(e["data"] for e in calendari) == "2027-01-13"
    calendari, _ = pla.genera_calendari([{"xarxa": "X", "frequencia_setmanal": 14}], "2027-01-11", "2027-01-17",
                                        regles={"STY-15": 300})
    assert all(len(h) <= 3 for h in _separacions(calendari).values())  # de 8 a 20 h, cada 5 hores


def test_a_two_year_plan_is_generated_quickly():
    calendari, avisos = pla.genera_calendari(XARXES, "2027-01-01", "2028-12-31", formats=FORMATS)
    assert avisos == []
    assert min(e["data"] for e in calendari) == "2027-01-01" and max(e["data"] for e in calendari) == "2028-12-31"
    setmanes = Counter(date.fromisoformat(e["data"]).isocalendar()[:2] for e in calendari if e["xarxa"] == "X")
    assert Counter(setmanes.values()).most_common(1)[0][0] == 17


@pytest.mark.parametrize("arguments, missatge", [
    (([], "2027-01-01", "2027-01-07"), "Per generar el calendari cal almenys una xarxa"),
    (([{"xarxa": "Orkut", "frequencia_setmanal": 3}], "2027-01-01", "2027-01-07"), "Cada xarxa ha de tenir «xarxa»"),
    (([{"xarxa": "X", "frequencia_setmanal": 3}], "2027-01-07", "2027-01-01"), "El període del calendari no és vàlid"),
])
def test_unusable_input_is_a_clear_error(arguments, missatge):
    with pytest.raises(ValueError, match=missatge):
        pla.genera_calendari(*arguments)
    with pytest.raises(ValueError, match="El dia bloquejat 'demà' no és vàlid"):
        pla.genera_calendari(XARXES, "2027-01-01", "2027-01-07", dies_bloquejats=["demà"])
