"""One running case: the figures the chapters and the self-assessments quote about Vilanova del Riu come from
``pla.dades`` (and from ``pla.exemple_pla``, the course's reference plan) and agree with them.

Each check recomputes the figure from the data with the ``pla`` toolkit and looks for it, written as the book
writes numbers (thousands with a point, decimals with a comma), in the page that quotes it. If the data or the
page change, the test fails and says where.
"""
from __future__ import annotations

import re

import pytest
import yaml

import pla
from autograder.model.course import ROOT
from pla import dades
from pla.exemple_pla import INDICADORS, OBJECTIUS, XARXES
from pla.temps_resposta import TIPUS_QUE_DEMANEN_RESPOSTA


def _text(path: str) -> str:
    return (ROOT / path).read_text(encoding="utf-8")


def _unit(code: str) -> str:
    return _text(next(str(p.relative_to(ROOT)) for p in (ROOT / "book/unitats").glob(f"{code}-*.md")))


def _question(qid: str) -> dict:
    data = yaml.safe_load(_text(f"book/preguntes/{qid[:3]}.yml"))
    return next(q for q in data["preguntes"] if q["id"] == qid)


def _n(valor: float, decimals: int = 0) -> str:
    """A number as the book writes it: 4.180, 85,7."""
    text = f"{valor:,.{decimals}f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return text


def _consultes(mes: str, canal: str = "X") -> tuple[int, int, int, float]:
    """Queries received, answered, answered in time (2 attention hours) and the indicator, for a month."""
    missatges = [m for m in dades.missatges(canal=canal) if m["rebut"].startswith(mes)]
    consultes = [m for m in missatges if m["tipus"] in TIPUS_QUE_DEMANEN_RESPOSTA]
    valor = pla.compliment_temps_resposta(missatges)
    return len(consultes), sum(1 for m in consultes if m["respost"]), round(valor * len(consultes) / 100), valor


def _x(mes: str) -> dict:
    publicacions = dades.publicacions(xarxa="X", mes=mes)
    seguidors = next(s for s in dades.seguidors(xarxa="X") if s["mes"] == mes)
    return {"propies": sum(p["tipus"] == "propia" for p in publicacions),
            "retuits": sum(p["tipus"] == "republicacio" for p in publicacions),
            "impressions": sum(p["impressions"] for p in publicacions),
            "interaccions": sum(p["interaccions"] for p in publicacions),
            "inici": seguidors["seguidors_inici"], "final": seguidors["seguidors_final"],
            "creixement": pla.creixement(seguidors["seguidors_inici"], seguidors["seguidors_final"]),
            "taxa": pla.taxa_interaccio(publicacions), "ratio": pla.ratio_republicacions(publicacions),
            "percentil": pla.percentil(pla.taxa_interaccio(publicacions),
                                       [pla.taxa_interaccio(p["interaccions"], p["impressions"])
                                        for p in dades.perfils_similars(mes=mes)])}


def test_unit_7_march_figures_are_the_data():
    u07, marc, rebudes_fi = _unit("u07"), _x("2026-03"), dades.seguidors(xarxa="X")[-1]["seguidors_final"]
    for fila, valor in [("Seguidors l'1 de març", marc["inici"]), ("Seguidors el 31 de març", marc["final"]),
                        ("Publicacions pròpies", marc["propies"]), ("Retuits", marc["retuits"]),
                        ("Impressions", marc["impressions"]), ("Interaccions", marc["interaccions"])]:
        assert f"| {fila} | {_n(valor)} |" in u07, fila
    rebudes, _, a_temps, valor = _consultes("2026-03")
    assert f"| Consultes rebudes (preguntes, queixes i suggeriments) | {rebudes} |" in u07
    assert f"| Consultes respostes en menys de 2 hores d'atenció | {a_temps} |" in u07
    assert f"{a_temps} ÷ {rebudes} × 100 = **{_n(valor, 1)} %**" in u07
    actius = len(pla.usuaris_actius(dades.missatges(canal="X")))
    assert f"| Persones que han escrit almenys 5 missatges al compte durant el 2026 | {actius} |" in u07
    assert f"{actius} ÷ {_n(rebudes_fi)} (seguidors el 31 de desembre) × 100 = **{_n(actius / rebudes_fi * 100, 1)} %**" in u07
    assert (f"({_n(marc['final'])} − {_n(marc['inici'])}) ÷ {_n(marc['inici'])} × 100 = "
            f"{_n(marc['final'] - marc['inici'])} ÷ {_n(marc['inici'])} × 100 = **{_n(marc['creixement'], 1)} %**") in u07
    assert f"**{_n(marc['ratio'], 2)}**" in u07


def test_unit_7_dashboard_is_the_data():
    u07, marc, febrer = _unit("u07"), _x("2026-03"), _x("2026-02")
    _, _, _, resposta_marc = _consultes("2026-03")
    _, _, _, resposta_febrer = _consultes("2026-02")
    assert (f"| Consultes respostes a temps | {_n(resposta_marc, 1)} % | {_n(resposta_febrer, 1)} % |") in u07
    assert (f"| Creixement de seguidors (mitjà per a l'O1) | {_n(marc['creixement'], 1)} % | "
            f"{_n(febrer['creixement'], 1)} % |") in u07
    assert f"| Taxa d'interacció | {_n(marc['taxa'], 0)} % | {_n(febrer['taxa'], 1)} % |" in u07
    assert f"| Ràtio de retuits | {_n(marc['ratio'], 2)} | {_n(febrer['ratio'], 2)} |" in u07
    assert f"| Percentil de la taxa d'interacció | {marc['percentil']:.0f} | {febrer['percentil']:.0f} |" in u07


@pytest.mark.parametrize("lloc, mes", [("u01", "2026-01"), ("u10", "2026-01"), ("u03", "2026-03")])
def test_response_time_examples_in_chapters_are_the_data(lloc, mes):
    rebudes, _, a_temps, valor = _consultes(mes)
    text = _unit(lloc)
    assert f"{a_temps} ÷ {rebudes} × 100" in text, f"{lloc}: falta el càlcul {a_temps} ÷ {rebudes} × 100"
    assert f"{_n(valor, 1)} %" in text


@pytest.mark.parametrize("qid, mes", [("u01-q06", "2026-01"), ("u03-q06", "2026-05"), ("u07-q03", "2026-06"),
                                      ("u10-q06", "2026-10")])
def test_response_time_questions_are_the_data(qid, mes):
    rebudes, respostes, a_temps, valor = _consultes(mes)
    pregunta = _question(qid)
    enunciat = " ".join(pregunta["enunciat"].split())
    assert f"{rebudes} consultes" in enunciat
    assert f"{a_temps} en menys de dues hores" in enunciat or f"{a_temps} en menys de 2 hores" in enunciat
    assert f"{respostes - a_temps} més tard" in enunciat
    assert f"{rebudes - respostes} no les va respondre" in enunciat
    assert pregunta["resposta"] == pytest.approx(valor, abs=pregunta["tolerancia"] or 0.05)


def test_response_time_baseline_is_the_2026_figure():
    _, _, a_temps, valor = _consultes("2026")
    rebudes = _consultes("2026")[0]
    base = round(valor)
    assert next(i for i in INDICADORS if i["codi"] == "I5")["valor_inicial"] == base
    assert f"(el 2026, el {base} %)" in _unit("u05")
    u07 = _unit("u07")
    assert f"| {base} % (X, 2026) | 90 % |" in u07
    assert f"({a_temps} de {rebudes} consultes a X)" in u07


def test_objectives_are_the_reference_plan_everywhere():
    u05, u07 = _unit("u05"), _unit("u07")
    for objectiu in OBJECTIUS:
        fila = (f"| {objectiu['codi']} | {objectiu['descripcio']} | {objectiu['indicador'][0].upper()}"
                f"{objectiu['indicador'][1:]} | {_n(objectiu['valor_inicial'])} | {_n(objectiu['valor_objectiu'])} | "
                f"{objectiu['data_limit']} |")
        assert fila in u05, f"La taula d'objectius de la unitat 5 no diu el mateix que el pla de referència: {fila}"
        inicial, final = objectiu["valor_inicial"], objectiu["valor_objectiu"]
        assert f"| {objectiu['codi']} | ({final} − {inicial}) ÷ {inicial} × 100 |" in u05
    # La unitat 7 fa servir els mateixos codis amb la mateixa descripció.
    for codi, descripcio in re.findall(r"^\| (O\d)\. ([^|]+?) \|", u07, flags=re.M):
        assert descripcio == next(o["descripcio"] for o in OBJECTIUS if o["codi"] == codi), codi


def test_weekly_publications_match_the_data_and_the_plan():
    setmanes = 52
    per_xarxa = {x["xarxa"]: x["frequencia_setmanal"] for x in XARXES}
    for xarxa in ("X", "Facebook", "Instagram"):
        real = len(dades.publicacions(xarxa=xarxa, tipus="propia")) / setmanes
        assert abs(real - per_xarxa[xarxa]) < 1.5, (xarxa, real, per_xarxa[xarxa])
    total = per_xarxa["X"] + per_xarxa["Facebook"] + per_xarxa["Instagram"]
    u05, u06 = _unit("u05"), _unit("u06")
    assert f"| **Publicacions setmanals** | {per_xarxa['X']} | {per_xarxa['Facebook']} | {per_xarxa['Instagram']} | — |" in u05
    assert f"{per_xarxa['X']} + {per_xarxa['Facebook']} + {per_xarxa['Instagram']} = {total} publicacions" in u05
    assert (f"Les {total} publicacions són les {per_xarxa['X']} pròpies d'X, les {per_xarxa['Facebook']} de Facebook "
            f"i les {per_xarxa['Instagram']} d'Instagram") in u06


def test_network_use_by_age_is_the_survey():
    u05, us = _unit("u05"), dades.us_xarxes()
    for xarxa in ("WhatsApp", "Instagram", "YouTube", "TikTok", "Facebook", "Telegram", "X", "LinkedIn"):
        fila = f"| {xarxa} | " + " | ".join(f"{us[f][xarxa]} %" for f in ("16-24", "25-44", "45-64", "65+")) + " |"
        assert fila in u05, fila
    assert f"la fa servir el {us['16-24']['Instagram']} % d'aquesta franja" in u05
    minim, maxim = min(v["X"] for v in us.values()), max(v["X"] for v in us.values())
    assert f"només el fa servir entre el {minim} % i el {maxim} % de cada franja" in u05


def test_no_objective_is_a_follower_count():
    # La unitat 5 diu que els seguidors són un mitjà: cap objectiu de cap capítol no es mesura en seguidors.
    for path in sorted((ROOT / "book/unitats").glob("u*.md")):
        for fila in re.findall(r"^\| O\d[ .|][^\n]*$", path.read_text(encoding="utf-8"), flags=re.M):
            indicador = fila.split("|")[3].lower() if fila.startswith("| O") and fila.count("|") > 4 else ""
            assert "seguidor" not in indicador, f"{path.name}: objectiu mesurat en seguidors: {fila}"
    assert all("seguidor" not in o["indicador"] for o in OBJECTIUS)


def test_unit_4_inventory_is_the_data():
    from datetime import date

    u04, avui = _unit("u04"), date(2026, 11, 16)
    inactius = 0
    for compte in dades.comptes():
        ultima = date.fromisoformat(compte["ultima_publicacio"])
        mesos = (avui.year - ultima.year) * 12 + avui.month - ultima.month - (avui.day < ultima.day)
        inactius += mesos >= 6
        fila = (f"| {compte['compte']} | {compte['xarxa']} | {compte['unitat']} | {compte['correu_alta']}")
        assert fila in u04, fila
        assert f"| {compte['ultima_publicacio']} | {mesos} |" in u04, (compte["compte"], compte["xarxa"], mesos)
    total = len(dades.comptes())
    assert f"De {total} comptes, {inactius} són inactius: un {round(inactius / total * 100)} %." in u04


def test_unit_7_oil_campaign_is_the_data():
    u07 = _unit("u07")
    oli = next(p for p in dades.publicacions(xarxa="Facebook", mes="2026-03") if p["etiqueta"] == "#RecollimOli")
    seguidors = next(s for s in dades.seguidors(xarxa="Facebook") if s["mes"] == "2026-03")["seguidors_final"]
    assert f"La pàgina té {_n(seguidors)} seguidors." in " ".join(u07.split())
    assert (f"{_n(oli['impressions'])} impressions, un abast de {_n(oli['abast'])} persones i "
            f"{oli['interaccions']} interaccions") in " ".join(u07.split())
    assert f"{_n(oli['abast'])} ÷ {_n(seguidors)} × 100 = **{_n(pla.taxa_abast(oli['abast'], seguidors), 0)} %**" in u07
