"""The assistant: its logic (state, validation, export) as plain functions, and the widgets' callbacks without a
browser."""
from __future__ import annotations

import pytest

import pla
from pla.assistent import Assistent, converteix, nom_de_fitxer
from pla.ginys import AssistentGinys, mostra_assistent


@pytest.mark.parametrize("text, tipus, valor", [
    ("1.850", "nombre", 1850), ("1,5", "nombre", 1.5), ("40", "nombre", 40), ("-37,5", "nombre", -37.5),
    ("quaranta", "nombre", "quaranta"), ("", "nombre", None), ("  ", "text", None),
    ("joves, gent-gran ,", "llista", ["joves", "gent-gran"]), ("Una\n\n dues ", "linies", ["Una", "dues"]),
    (" Vilanova ", "text", "Vilanova"),
])
def test_form_text_is_converted(text, tipus, valor):
    assert converteix(text, tipus) == valor


def test_file_names_have_no_accents_or_spaces():
    assert nom_de_fitxer("pla-i-guia Ajuntament de Sant Martí de la Riba") == "pla-i-guia-ajuntament-de-sant-marti-de-la-riba"
    assert nom_de_fitxer("  ") == "document"


def test_a_new_assistant_lists_what_is_missing():
    assistent = Assistent()
    assert assistent.missatges()["pla"][:4] == [
        "El pla no té objectius: és un dels quatre continguts mínims del manual; omple la clau «objectius».",
        "El pla no té col·lectius destinataris: és un dels quatre continguts mínims del manual; omple la clau "
        "«collectius».",
        "El pla no té xarxes: és un dels quatre continguts mínims del manual; omple la clau «xarxes».",
        "El pla no té un sistema d'avaluació (indicadors): és un dels quatre continguts mínims del manual; omple la "
        "clau «indicadors».",
    ]
    assert assistent.resum() == ("0 objectius, 0 col·lectius, 0 xarxes, 0 indicadors; queden 6 problemes al pla i 4 a "
                                 "la guia.")


def test_fields_are_set_converted_and_cleared():
    assistent = Assistent()
    assistent.estableix("pla", "organitzacio.nom", "Ajuntament de Sant Martí de la Riba")
    assert assistent.guia["organitzacio"]["nom"] == "Ajuntament de Sant Martí de la Riba"  # compartida
    assistent.estableix("guia", "responsable.dedicacio_setmanal", "20", "nombre")
    assistent.estableix("guia", "normes.crisi", "Aturar les publicacions programades.\nPublicar només fets.", "linies")
    assert assistent.valor("guia", "responsable.dedicacio_setmanal") == 20
    assert assistent.valor("guia", "normes.crisi") == ["Aturar les publicacions programades.", "Publicar només fets."]
    assistent.estableix("guia", "normes.crisi", "", "linies")
    assert "crisi" not in assistent.guia["normes"]
    with pytest.raises(ValueError, match="El document ha de ser «pla» o «guia», no «pressupost»."):
        assistent.estableix("pressupost", "total", 3)


def test_adding_from_a_form_returns_that_element_s_problems():
    assistent = Assistent()
    problemes = assistent.afegeix_des_de_formulari("objectius", {
        "codi": "O1", "descripcio": "Augmentar la comunitat d'Instagram entre la població jove",
        "indicador": "persones seguidores a Instagram", "valor_inicial": "1.850", "valor_objectiu": "quatre mil",
        "data_limit": "2027-12-31", "collectius": "joves"})
    assert problemes == ["Objectiu O1: «valor_objectiu» ha de ser un nombre positiu o zero, sense cometes "
                         "(ara hi ha 'quatre mil')."]
    assert assistent.pla["objectius"][0]["valor_inicial"] == 1850
    assert assistent.afegeix_des_de_formulari("usos", {"xarxa": "Instagram", "us": "Fotos i activitats per al jovent."}) == []
    assert assistent.guia["usos"] == [{"xarxa": "Instagram", "us": "Fotos i activitats per al jovent."}]
    assert assistent.elimina("objectius", 0)["codi"] == "O1"
    with pytest.raises(IndexError, match="A «objectius» no hi ha cap element número 1; n'hi ha 0."):
        assistent.elimina("objectius", 0)
    with pytest.raises(ValueError, match="No hi ha cap formulari «pressupost»"):
        assistent.afegeix_des_de_formulari("pressupost", {})


def test_the_example_is_complete_and_exports_three_formats(tmp_path):
    assistent = Assistent.amb_exemple()
    assert assistent.missatges() == {"pla": [], "guia": []}
    camins = assistent.exporta(tmp_path, "unic")
    assert [c.name for c in camins] == ["pla-i-guia-ajuntament-de-vilanova-del-riu.md",
                                        "pla-i-guia-ajuntament-de-vilanova-del-riu.html",
                                        "pla-i-guia-ajuntament-de-vilanova-del-riu.docx"]
    assert all(c.stat().st_size > 1000 for c in camins)
    [guia] = assistent.exporta(tmp_path, "guia", formats=(".md",))
    assert guia.read_text(encoding="utf-8").startswith("# Guia d'usos i estil a les xarxes socials: Ajuntament")
    with pytest.raises(ValueError, match="El document ha de ser «pla», «guia» o «unic», no «tot»."):
        assistent.exporta(tmp_path, "tot")


def test_save_and_load(tmp_path):
    assistent = Assistent.amb_exemple()
    assistent.estableix("pla", "organitzacio.nom", "Consell Comarcal del Riu")
    recuperat = Assistent.carrega(assistent.desa(tmp_path / "feina.json"))
    assert recuperat.pla == assistent.pla and recuperat.guia == assistent.guia
    assert recuperat.guia["organitzacio"] is recuperat.pla["organitzacio"]


# --- the widgets: thin layer, exercised without a browser ----------------------------------------------------------

def test_widgets_update_the_state_and_the_messages_live():
    ginys = AssistentGinys()
    assert "queden 6 problemes al pla i 4 a la guia" in ginys.missatges.value
    ginys.camps[("pla", "organitzacio.nom")].value = "Ajuntament de Sant Martí de la Riba"
    assert ginys.assistent.pla["organitzacio"]["nom"] == "Ajuntament de Sant Martí de la Riba"
    assert "Al pla li falta la clau «organitzacio»" not in ginys.missatges.value
    ginys.camps[("guia", "responsable.funcions")].value = "Planificar\nPublicar"
    assert ("Responsable de continguts digitals: descriu almenys 3 funcions (per exemple planificar, publicar, "
            "respondre, moderar, mesurar).") in ginys.missatges.value


def test_form_button_adds_an_element_and_shows_its_problems():
    ginys = AssistentGinys()
    formulari = ginys.formularis["collectius"]
    formulari["codi"].value = "gent gran"
    formulari["nom"].value = "Gent gran"
    formulari["tipus"].value = "ciutadania"
    formulari["descripcio"].value = "Persones de més de 65 anys que truquen a l'OAC."
    ginys.botons["collectius"][0].click()
    assert ginys.assistent.pla["collectius"][0]["codi"] == "gent gran"
    assert "el codi no pot tenir espais" in ginys.avisos["collectius"].value
    assert "gent gran — Gent gran" in ginys.llistes["collectius"].value
    assert all(g.value == "" for g in formulari.values()), "el formulari es buida després d'afegir"
    assert "1 col·lectius" in ginys.missatges.value
    ginys.botons["collectius"][1].click()  # treu l'últim
    assert ginys.assistent.pla["collectius"] == []
    assert "Encara no n'hi ha cap." in ginys.llistes["collectius"].value


def test_export_button_writes_the_files(tmp_path):
    ginys = AssistentGinys(Assistent.amb_exemple())
    assert "El pla no té cap problema." in ginys.missatges.value and "La guia no té cap problema." in ginys.missatges.value
    ginys.carpeta.value = str(tmp_path)
    ginys.document.value = "pla"
    ginys.boto_exporta.click()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pla-ajuntament-de-vilanova-del-riu.docx",
                                                          "pla-ajuntament-de-vilanova-del-riu.html",
                                                          "pla-ajuntament-de-vilanova-del-riu.md"]
    assert "Fitxers desats:" in ginys.resultat.value


def test_mostra_assistent_returns_a_displayable_widget():
    giny = mostra_assistent()
    assert giny.children[0].titles[:2] == ("Organització i guia", "Col·lectius")
    assert pla.assistent.Assistent is Assistent
