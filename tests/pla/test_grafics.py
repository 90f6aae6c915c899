"""Every chart renders with the Agg backend, uses the Okabe-Ito palette and Catalan labels, and comes with a text
alternative that states the data's key facts."""
from __future__ import annotations

import matplotlib
import pytest
from matplotlib.colors import to_hex

import pla
from pla import dades
from pla.grafics import (
    PALETA_OKABE_ITO,
    Grafic,
    grafic_calendari,
    grafic_evolucio,
    grafic_interaccio_per_xarxa,
    grafic_mapa_activitat,
    grafic_progres_objectius,
)

matplotlib.use("Agg")

PUBLICACIONS = [
    {"data": "2027-01-11", "hora": "09:00", "xarxa": "X", "impressions": 1000, "interaccions": 20},
    {"data": "2027-01-11", "hora": "09:30", "xarxa": "X", "impressions": 1000, "interaccions": 30},
    {"data": "2027-01-12", "hora": "18:00", "xarxa": "Facebook", "impressions": 500, "interaccions": 20},
    {"data": "2027-01-14", "hora": "09:15", "xarxa": "Instagram", "impressions": 0, "interaccions": 0},
]


def _renderitza(grafic: Grafic):
    assert isinstance(grafic, Grafic)
    png = grafic.png()
    assert png.startswith(b"\x89PNG") and len(png) > 5000
    eixos = grafic.figura.axes[0]
    assert eixos.get_title()
    return eixos


def _colors(eixos):
    return {to_hex(p.get_facecolor()).upper() for p in eixos.patches}


def test_evolution_chart():
    grafic = grafic_evolucio({"2026-01": 2.27, "2026-02": 2.1, "2026-03": 2.0}, "Taxa d'interacció a X", " %")
    eixos = _renderitza(grafic)
    assert eixos.get_xlabel() == "període" and eixos.get_ylabel() == "valor (%)"
    assert to_hex(eixos.lines[0].get_color()).upper() == PALETA_OKABE_ITO[0]
    assert grafic.alt == ("Gràfic de línies: Taxa d'interacció a X, de 2026-01 a 2026-03 (3 valors). Comença en 2,3 % "
                          "i acaba en 2 %. El valor més alt és 2,3 % (2026-01) i el més baix, 2 % (2026-03).")
    serie = pla.serie_mensual(dades.publicacions(xarxa="X"))
    assert "El valor més alt és 2,9 % (2026-10)" in grafic_evolucio(serie, "Taxa d'interacció", " %").alt


def test_engagement_by_network_chart():
    grafic = grafic_interaccio_per_xarxa(PUBLICACIONS)
    eixos = _renderitza(grafic)
    assert eixos.get_ylabel() == "taxa d'interacció (%)"
    assert [t.get_text() for t in eixos.get_xticklabels()] == ["Facebook", "X"]
    assert _colors(eixos) <= set(PALETA_OKABE_ITO)
    assert grafic.alt == ("Gràfic de barres: Taxa d'interacció per xarxa, calculada com a interaccions dividides per "
                          "impressions per cent. De més a menys: Facebook, 4 %; X, 2,5 %.")


def test_weekday_hour_heatmap():
    grafic = grafic_mapa_activitat(PUBLICACIONS, titol="Publicacions per dia i hora")
    eixos = _renderitza(grafic)
    assert [t.get_text() for t in eixos.get_yticklabels()] == ["dl.", "dt.", "dc.", "dj.", "dv.", "ds.", "dg."]
    assert eixos.images[0].get_cmap().name == "cividis"
    assert grafic.alt == ("Mapa de calor: Publicacions per dia i hora, 4 registres en total. Les franges amb més "
                          "activitat són: dl. a les 9 h, 2; dt. a les 18 h, 1; dj. a les 9 h, 1. El dia amb més activitat "
                          "és el dl. (2) i el que en té menys, el dc. (0); l'hora amb més activitat és les 9 h.")
    ponderat = grafic_mapa_activitat(PUBLICACIONS, valor="interaccions")
    assert "70 interaccions en total" in ponderat.alt and "dl. a les 9 h, 50" in ponderat.alt
    missatges = grafic_mapa_activitat(dades.missatges())
    assert f"{len(dades.missatges()):,} registres".replace(",", ".") in missatges.alt


def test_objective_progress_chart():
    objectius = pla.exemple_pla()["objectius"]
    grafic = grafic_progres_objectius(objectius, {"O1": 29, "O2": 82, "O3": 390})
    eixos = _renderitza(grafic)
    assert eixos.get_xlabel() == "progrés cap al valor objectiu (%)"
    assert _colors(eixos) <= set(PALETA_OKABE_ITO)
    assert grafic.alt == ("Gràfic de barres horitzontals: Progrés dels objectius, on el 100 % vol dir objectiu assolit. "
                          "O1, 60 % (de 20 a 29, objectiu 35); O2, 110 % (de 60 a 82, objectiu 80); O3, 50 % (de 480 a "
                          "390, objectiu 300). 1 de 3 objectius assolits. Sense dada actual: O4.")


def test_calendar_chart_daily_and_weekly():
    grafic = grafic_calendari(pla.exemple_pla()["calendari"])
    eixos = _renderitza(grafic)
    assert eixos.get_ylabel() == "publicacions" and eixos.get_xlabel() == "dia"
    assert _colors(eixos) <= set(PALETA_OKABE_ITO)
    assert len({p.get_hatch() for p in eixos.patches}) == 4  # una trama per xarxa, a més del color
    assert grafic.alt == ("Gràfic de barres apilades: Publicacions previstes per dia i per xarxa, del 2027-01-11 al "
                          "2027-01-17. 30 publicacions en total: X, 17; WhatsApp, 3; Facebook, 7; Instagram, 3. El dia "
                          "amb més publicacions és el 2027-01-11, amb 5.")
    calendari, _ = pla.genera_calendari([{"xarxa": "X", "frequencia_setmanal": 5}], "2027-03-01", "2027-04-30",
                                        dies_bloquejats=[{"inici": "2027-03-15", "fi": "2027-03-21"}])
    setmanal = grafic_calendari(calendari)
    assert setmanal.figura.axes[0].get_xlabel() == "setmana que comença el"
    assert setmanal.alt.endswith("Hi ha 1 setmana sense cap publicació.")


def test_charts_display_with_their_alt_text_and_save(tmp_path):
    grafic = grafic_evolucio({"2026-01": 1, "2026-02": 2})
    paquet = grafic._repr_mimebundle_()
    assert paquet["text/plain"] == grafic.alt
    assert paquet["text/html"].startswith('<img src="data:image/png;base64,') and 'alt="Gràfic de línies' in paquet[
        "text/html"]
    cami = grafic.desa(tmp_path / "evolucio.png")
    assert cami.read_bytes().startswith(b"\x89PNG")
    assert pla.grafics.Grafic is Grafic  # pla.grafics es carrega quan s'hi accedeix


@pytest.mark.parametrize("crida, missatge", [
    (lambda: grafic_evolucio([]), "No hi ha cap valor per dibuixar: la sèrie és buida."),
    (lambda: grafic_interaccio_per_xarxa([{"xarxa": "X", "impressions": 0, "interaccions": 0}]),
     "No hi ha cap valor per dibuixar: cap xarxa no té impressions."),
    (lambda: grafic_mapa_activitat([]), "No hi ha cap valor per dibuixar: cap registre no té data i hora."),
    (lambda: grafic_progres_objectius(pla.exemple_pla()["objectius"], {}),
     "No hi ha cap valor per dibuixar: cap objectiu no té valor actual, inicial i objectiu."),
    (lambda: grafic_calendari([]), "No hi ha cap valor per dibuixar: el calendari no té cap publicació amb data."),
])
def test_empty_data_is_a_clear_error(crida, missatge):
    with pytest.raises(ValueError) as error:
        crida()
    assert str(error.value) == missatge
