"""The fictional municipality's datasets: reproducible byte for byte, small, and holding the book's figures."""
from __future__ import annotations

import subprocess
import sys
from collections import Counter
from datetime import date

import pla
from pla import dades
from pla.dades import genera

FITXERS = ("comptes", "publicacions", "seguidors", "missatges", "enquesta_personal", "us_xarxes_edat",
           "perfils_similars")


def test_regenerating_gives_byte_identical_files(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pla.dades.genera", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    for nom in FITXERS:
        assert (tmp_path / f"{nom}.csv").read_bytes() == (dades.CARPETA / f"{nom}.csv").read_bytes(), nom
    assert sorted(p.stem for p in tmp_path.glob("*.csv")) == sorted(FITXERS)


def test_files_are_small_and_documented():
    diccionari = (dades.CARPETA / "DICCIONARI.md").read_text(encoding="utf-8")
    for nom in FITXERS:
        cami = dades.CARPETA / f"{nom}.csv"
        assert cami.stat().st_size < 300 * 1024, nom
        assert f"## {nom}.csv" in diccionari, f"{nom}.csv no és al diccionari de dades"
        for columna in cami.read_text(encoding="utf-8").splitlines()[0].split(","):
            assert f"`{columna}`" in diccionari, f"{nom}.csv: la columna {columna} no és al diccionari"


def test_loaders_convert_numbers_and_filter():
    files = dades.publicacions(xarxa="Facebook", mes="2026-03")
    assert files and all(f["xarxa"] == "Facebook" and f["data"].startswith("2026-03") for f in files)
    assert isinstance(files[0]["impressions"], int)
    sense_resposta = [m for m in dades.missatges(tipus="insult")]
    assert sense_resposta and all(m["respost"] is None and m["minuts_resposta"] is None for m in sense_resposta)
    dades.publicacions()[0]["xarxa"] = "canviat"
    assert dades.publicacions()[0]["xarxa"] != "canviat", "cada crida ha de tornar files noves"


def test_inventory_matches_unit_4():
    comptes = dades.comptes()
    assert len(comptes) == 10
    inactius = pla.comptes_inactius(comptes, "2026-11-16")
    assert [c["compte"] for c in inactius] == ["@bibliovilanova", "@esportsvilanova", "Festa Major Vilanova"]
    assert [c["correu_alta"] for c in inactius] == ["corporatiu", "corporatiu", "personal"]
    # L'exemple de pla fa servir els mateixos seguidors que les dades.
    exemple = {(c["compte"], c["xarxa"]): c["seguidors"] for c in pla.exemple_pla()["diagnosi"]["inventari"]}
    assert {(c["compte"], c["xarxa"]): c["seguidors"] for c in comptes} == exemple


def test_posts_hold_the_figures_of_unit_7():
    marc = dades.publicacions(xarxa="X", mes="2026-03")
    assert Counter(f["tipus"] for f in marc) == {"propia": 96, "republicacio": 40}
    assert sum(f["impressions"] for f in marc) == 120000
    assert sum(f["interaccions"] for f in marc) == 2400
    [oli] = [f for f in dades.publicacions(xarxa="Facebook") if f["etiqueta"] == "#RecollimOli"]
    assert (oli["impressions"], oli["abast"], oli["interaccions"]) == (2100, 1500, 75)
    x = {f["mes"]: f for f in dades.seguidors("X")}
    assert (x["2026-03"]["seguidors_inici"], x["2026-03"]["seguidors_final"]) == (4000, 4180)
    assert {f["mes"]: f for f in dades.seguidors("Facebook")}["2026-03"]["seguidors_final"] == 2500
    taxes = {f["perfil"]: round(f["interaccions"] / f["impressions"] * 100, 1) for f in dades.perfils_similars("2026-03")}
    assert taxes == {"Perfil A": 1.2, "Perfil B": 1.8, "Perfil C": 2.5, "Perfil D": 1.5, "Perfil E": 3.1}


def test_posts_are_consistent():
    for f in dades.publicacions():
        assert f["abast"] <= f["impressions"] and f["clics"] <= f["interaccions"] <= f["impressions"], f["id"]
        if f["tipus"] == "republicacio":
            assert f["impressions"] == 0
    # Cap publicació dels comptes generals entre la seva última publicació i el dia de l'inventari.
    ultimes = {c["xarxa"]: c["ultima_publicacio"] for c in dades.comptes()[:4]}
    for f in dades.publicacions():
        assert not ultimes[f["xarxa"]] < f["data"] <= "2026-11-16", f["id"]
        if f["data"] == ultimes[f["xarxa"]]:
            ultimes[f["xarxa"]] = "trobada"
    assert set(ultimes.values()) == {"trobada"}


def test_flood_week_is_a_spike():
    def setmana(inici, fi):
        files = [f for f in dades.publicacions(xarxa="X", tipus="propia") if inici <= f["data"] <= fi]
        return len(files), sum(f["impressions"] for f in files)
    normal, riuada = setmana("2026-10-05", "2026-10-11"), setmana("2026-10-12", "2026-10-18")
    assert riuada[0] > 2 * normal[0] and riuada[1] > 4 * normal[1]
    assert all(f["tema"] == "Emergència" for f in dades.publicacions() if f["etiqueta"] == "#RiuadaVdR")
    per_dia = Counter(m["rebut"][:10] for m in dades.missatges())
    assert per_dia["2026-10-15"] > 5 * per_dia["2026-10-08"]


def test_weekday_and_season_effects():
    per_dia = Counter()
    quants = Counter()
    for f in dades.publicacions(xarxa="X", tipus="propia"):
        if f["etiqueta"] != "#RiuadaVdR":
            dia = date.fromisoformat(f["data"]).weekday()
            per_dia[dia] += f["impressions"]
            quants[dia] += 1
    mitjana = {d: per_dia[d] / quants[d] for d in per_dia}
    assert mitjana[2] > mitjana[6]  # dimecres per sobre de diumenge
    agost = dades.publicacions(xarxa="Facebook", mes="2026-08", tipus="propia")
    gener = dades.publicacions(xarxa="Facebook", mes="2026-01", tipus="propia")
    assert (sum(f["impressions"] for f in agost) / len(agost)) > (sum(f["impressions"] for f in gener) / len(gener))


def test_messages_have_active_users_and_answers_follow_service_hours():
    missatges = dades.missatges()
    per_usuari = Counter(m["usuari"] for m in missatges)
    assert sum(1 for n in per_usuari.values() if n >= 5) >= 20
    assert set(m["tipus"] for m in missatges) == {"pregunta", "queixa", "suggeriment", "elogi", "insult"}
    for m in missatges:
        if m["respost"]:
            assert m["respost"] > m["rebut"]


def test_survey_and_usage_by_age():
    enquesta = dades.enquesta_personal()
    assert len({f["persona"] for f in enquesta}) == 72
    assert all(1 <= f["frequencia"] <= 5 and 1 <= f["importancia"] <= 5 for f in enquesta)
    us = dades.us_xarxes()
    assert us["16-24"]["Instagram"] == 81 and us["65+"]["Facebook"] == 44
    assert sorted(us["65+"], key=us["65+"].get, reverse=True)[:2] == ["WhatsApp", "Facebook"]


def test_generator_uses_only_seeded_random():
    text = (dades.CARPETA / "genera.py").read_text(encoding="utf-8") + (dades.CARPETA / "generadors.py").read_text(
        encoding="utf-8")
    assert "random.Random(LLAVOR" in text and "random.random(" not in text and "import numpy" not in text
    assert genera.LLAVOR
