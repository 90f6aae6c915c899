"""The learner's own plan file: save, load and update; a no-op while grading; an unwritable place; a corrupted file."""
from __future__ import annotations

import json
import os
import runpy

import pytest

import pla


@pytest.fixture
def fitxer(tmp_path, monkeypatch):
    for variable in ("NBGRADER_EXECUTION", "CURS_AUTOCOMPROVACIO", "PLA_FITXER"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path / "el-meu-pla.json"


def test_default_file_is_in_the_home_folder_and_saving_then_loading_returns_the_components(fitxer, capsys):
    objectius = [{"codi": "O1", "descripcio": "Respondre a temps les consultes"}]
    assert pla.carrega_el_meu_pla() == {}
    assert capsys.readouterr().out == f"Encara no has desat res al teu pla ({fitxer}).\n"

    pla.desa_al_meu_pla(5, objectius=objectius, collectius=["joves", "gent-gran"])
    assert capsys.readouterr().out == f"Desat al teu pla ({fitxer}), unitat 5: objectius, collectius.\n"
    pla.desa_al_meu_pla(9, linia_editorial="Propera i útil.")
    capsys.readouterr()

    assert pla.carrega_el_meu_pla() == {"objectius": objectius, "collectius": ["joves", "gent-gran"],
                                        "linia_editorial": "Propera i útil."}
    assert capsys.readouterr().out == ("Carregades 3 peces del teu pla de les unitats 5, 9: "
                                       "objectius, collectius, linia_editorial.\n")
    desat = json.loads(fitxer.read_text(encoding="utf-8"))
    assert desat["origen"]["objectius"]["unitat"] == 5 and desat["origen"]["linia_editorial"]["unitat"] == 9


def test_saving_again_replaces_only_the_components_named(fitxer, capsys):
    pla.desa_al_meu_pla(10, temps_objectiu={"X": 24}, normes_participacio="Respectem totes les opinions.")
    pla.desa_al_meu_pla(10, temps_objectiu={"X": 8})
    assert pla.carrega_el_meu_pla() == {"temps_objectiu": {"X": 8},
                                        "normes_participacio": "Respectem totes les opinions."}


def test_pla_fitxer_chooses_another_file(fitxer, tmp_path, monkeypatch, capsys):
    altre = tmp_path / "carpeta" / "pla-sant-marti.json"
    monkeypatch.setenv("PLA_FITXER", str(altre))
    pla.desa_al_meu_pla(6, linia_editorial="Clara.")
    assert capsys.readouterr().out == f"Desat al teu pla ({altre}), unitat 6: linia_editorial.\n"
    assert not fitxer.exists()
    assert json.loads(altre.read_text(encoding="utf-8"))["components"] == {"linia_editorial": "Clara."}


@pytest.mark.parametrize("variable", ["NBGRADER_EXECUTION", "CURS_AUTOCOMPROVACIO"])
def test_while_grading_nothing_is_read_or_written(fitxer, monkeypatch, capsys, variable):
    pla.desa_al_meu_pla(5, objectius=[])
    capsys.readouterr()
    abans = fitxer.read_bytes()
    monkeypatch.setenv(variable, "autograde")

    pla.desa_al_meu_pla(9, linia_editorial="No s'ha de desar.")
    assert capsys.readouterr().out == "Ara el quadern s'està corregint: no es desa res al teu pla.\n"
    assert fitxer.read_bytes() == abans
    assert pla.carrega_el_meu_pla() == {}


def test_an_unwritable_place_says_so_in_catalan_and_the_notebook_goes_on(fitxer, tmp_path, monkeypatch, capsys):
    no_carpeta = tmp_path / "no-es-una-carpeta"
    no_carpeta.write_text("un fitxer qualsevol", encoding="utf-8")
    monkeypatch.setenv("PLA_FITXER", str(no_carpeta / "el-meu-pla.json"))

    pla.desa_al_meu_pla(9, linia_editorial="Propera.")
    sortida = capsys.readouterr().out
    assert sortida.startswith(f"No s'ha pogut desar el teu pla a {no_carpeta / 'el-meu-pla.json'} (")
    assert "El quadern funciona igual" in sortida and "PLA_FITXER" in sortida
    assert no_carpeta.read_text(encoding="utf-8") == "un fitxer qualsevol"


def test_a_corrupted_file_is_reported_kept_aside_and_nothing_is_lost(fitxer, capsys):
    malmes = '{"format": "el-meu-pla", "components": {"objectius": [1, 2,]}}'
    fitxer.write_text(malmes, encoding="utf-8")

    assert pla.carrega_el_meu_pla() == {}
    assert capsys.readouterr().out.startswith(f"El fitxer del teu pla ({fitxer}) no es pot llegir:")
    assert fitxer.read_text(encoding="utf-8") == malmes

    pla.desa_al_meu_pla(9, linia_editorial="Propera.")
    sortida = capsys.readouterr().out
    copies = list(fitxer.parent.glob("el-meu-pla.malmes-*.json"))
    assert len(copies) == 1 and copies[0].read_text(encoding="utf-8") == malmes
    assert sortida == (f"Desat al teu pla ({fitxer}), unitat 9: linia_editorial. El fitxer que hi havia no es podia "
                       f"llegir: l'hem guardat tal com era a {copies[0]} i n'hem començat un de nou.\n")
    assert pla.carrega_el_meu_pla() == {"linia_editorial": "Propera."}


def test_bad_arguments_get_a_catalan_message_and_the_good_components_are_saved(fitxer, capsys):
    pla.desa_al_meu_pla("cinc", objectius=[])
    assert capsys.readouterr().out == ("No s'ha desat res: el primer valor ha de ser el número de la unitat "
                                       "(p. ex. 5), no «cinc».\n")
    pla.desa_al_meu_pla(5)
    assert capsys.readouterr().out.startswith("No s'ha desat res: escriu cada peça amb el seu nom")
    assert not fitxer.exists()

    pla.desa_al_meu_pla(5, xarxes={"X", "Instagram"}, objectius=[{"codi": "O1"}])
    assert capsys.readouterr().out == (
        "Aquestes peces no s'han desat perquè no són dades senzilles (textos, nombres, llistes o diccionaris): "
        f"xarxes.\nDesat al teu pla ({fitxer}), unitat 5: objectius.\n")
    assert pla.carrega_el_meu_pla() == {"objectius": [{"codi": "O1"}]}


def execute(client, code: str, cell_id: str | None = None):
    """Run ``code`` as a front end would; JupyterLab says which cell it runs in the request's metadata (cellId)."""
    content = {"code": code, "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False,
               "stop_on_error": True}
    msg = client.session.msg("execute_request", content, metadata={"cellId": cell_id} if cell_id else {})
    client.shell_channel.send(msg)
    outputs = []
    while True:
        message = client.get_iopub_msg(timeout=60)
        if message["parent_header"].get("msg_id") != msg["header"]["msg_id"]:
            continue
        if message["msg_type"] == "status" and message["content"]["execution_state"] == "idle":
            break
        outputs.append(message)
    while True:
        reply = client.get_shell_msg(timeout=60)
        if reply["parent_header"].get("msg_id") == msg["header"]["msg_id"]:
            return reply, outputs


LINIA = ("El compte informa dels serveis i dels tràmits municipals amb un to proper i planer; no parla de "
         "política de partit ni fa publicitat de cap empresa.")


def test_unit_12_cell_fills_itself_with_what_earlier_units_saved_in_a_real_kernel(fitxer, monkeypatch):
    """In a real IPython kernel, ``escriu_el_meu_pla`` asks the front end to replace the cell's text
    (``set_next_input`` with ``replace=True``). JupyterLab applies that payload only to a reply with status «ok», so
    the cell must end without an error."""
    from jupyter_client.manager import start_new_kernel

    normes = ["Publiquem en català i amb un to proper.", "Etiquetes curtes, en CamelCase i al final."]
    pla.desa_al_meu_pla(9, normes_estil=normes, linia_editorial=LINIA)
    cell = "import pla\nif pla.escriu_el_meu_pla():\n    raise NotImplementedError"
    manager, client = start_new_kernel(kernel_name="python3", env=dict(os.environ))
    try:
        reply, outputs = execute(client, cell, cell_id="resposta-u12")
        answered, answered_outputs = execute(
            client, "if pla.escriu_el_meu_pla():\n    resposta = 'meva'\nprint(resposta)", cell_id="resposta-u12")
        # Without JupyterLab (no cell id: nbclient, another editor) the text is printed to copy and the task is
        # still undone.
        elsewhere, elsewhere_outputs = execute(client, cell)
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    # A cell whose answer is already written is left alone: its own text runs.
    assert answered["content"]["status"] == "ok" and answered["content"]["payload"] == []
    assert [m["content"]["text"] for m in answered_outputs if m["msg_type"] == "stream"] == ["meva\n"]
    assert reply["content"]["status"] == "ok"
    payload = reply["content"]["payload"]
    assert [p["source"] for p in payload] == ["set_next_input"] and payload[0]["replace"] is True
    printed = "".join(m["content"].get("text", "") for m in outputs if m["msg_type"] == "stream")
    assert "Fet: la cel·la ara conté el teu pla i la teva guia. Revisa-la i torna-la a executar" in printed
    cella = fitxer.parent / "cella.py"
    cella.write_text(payload[0]["text"], encoding="utf-8")
    espai = runpy.run_path(str(cella))
    assert espai["la_meva_guia"]["normes"]["estil"] == normes
    assert espai["el_meu_pla"]["continguts"]["linia_editorial"] == LINIA
    assert pla.valida_pla(espai["el_meu_pla"]) == [] and pla.valida_guia(espai["la_meva_guia"]) == []
    assert "#   organitzacio, periode, diagnosi, objectius" in payload[0]["text"]
    assert elsewhere["content"]["status"] == "error" and elsewhere["content"]["ename"] == "NotImplementedError"
    assert elsewhere["content"]["payload"] == []
    printed = "".join(m["content"].get("text", "") for m in elsewhere_outputs if m["msg_type"] == "stream")
    assert "Copia aquest text a la cel·la de la resposta" in printed and "el_meu_pla = {" in printed


def test_while_grading_the_unit_12_cell_keeps_its_own_text(fitxer, monkeypatch, capsys):
    pla.desa_al_meu_pla(9, normes_estil=["Publiquem en català i amb un to proper."])
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert pla.escriu_el_meu_pla() is True
    assert "Fet" not in capsys.readouterr().out
