"""The declared components (pla.camps): every kind of field rule gives its Catalan message, the declarations are
well formed, and the assistant's forms and the export read the same declarations."""
from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import pytest

import pla
from pla.assistent import CAMPS, COMPONENTS_FORMULARIS, FORMULARIS, SECCIONS_SOLTES
from pla.camps import MISSATGES, TIPUS, Camp, Component, valida
from pla.exportacio import exporta_markdown
from pla.ginys import AssistentGinys

# --- one small component with every kind of rule --------------------------------------------------------------------

PECA = Component("Peça", (
    Camp("codi", "un codi curt", patro=r"\A\S+\Z"),
    Camp("nota", "un nombre positiu o zero", tipus="nombre", minim=0, obligatori=False),
    Camp("vots", "més de zero i com a màxim 10", tipus="nombre", minim=0, minim_exclos=True, maxim=10,
         obligatori=False),
    Camp("color", "vermell o blau", valors=("vermell", "blau"), obligatori=False),
    Camp("resum", "tres paraules o més", paraules_minimes=3, obligatori=False),
    Camp("dia", "un dia de la setmana", tipus="dia", obligatori=False),
    Camp("hora", "una hora", tipus="hora", obligatori=False),
    Camp("data", "una data", tipus="data", obligatori=False),
    Camp("xarxa", "una xarxa del pla", tipus="xarxa", referencia="xarxes", obligatori=False),
    Camp("codis", "codis del pla", tipus="codis", referencia="codis", obligatori=False),
    Camp("frases", "d'una a dues frases", tipus="linies", minim=1, maxim=2, obligatori=False),
    Camp("dies", "dies de la setmana", tipus="llista", obligatori=False, element=Camp("dia", tipus="dia")),
    Camp("parella", "un diccionari amb «a»", tipus="diccionari", obligatori=False,
         element=Component("Parella", (Camp("a", "la lletra a"),))),
    Camp("senar", "un nombre senar", tipus="nombre", obligatori=False,
         comprova=lambda valor, element, context, nom: [] if valor % 2 else [f"{nom}: {valor} és parell."]),
), clau_nom="codi", sense_nom="(sense codi)", claus_desconegudes=True)


def _peca(**camps):
    return valida(PECA, {"codi": "P1", **camps}, {"xarxes": ["X"], "codis": ["A", "B"]})


@pytest.mark.parametrize("camps,missatge", [
    ({"codi": "  "}, "Peça (sense codi): falta la clau «codi» (un codi curt)."),
    ({"codi": "P 1"}, "Peça P 1: «P 1» no té la forma que cal a «codi» (un codi curt)."),
    ({"nota": -1}, "Peça P1: «nota» ha de ser un nombre positiu o zero, sense cometes (ara hi ha -1)."),
    ({"nota": "3"}, "Peça P1: «nota» ha de ser un nombre positiu o zero, sense cometes (ara hi ha '3')."),
    ({"vots": 0}, "Peça P1: «vots» ha de ser un nombre més gran que zero, sense cometes (ara hi ha 0)."),
    ({"vots": 11}, "Peça P1: «vots» ha de ser com a màxim 10 (ara hi ha 11)."),
    ({"color": "verd"}, "Peça P1: «verd» no és cap dels valors possibles de «color»; tria'n un d'aquests: vermell, "
                        "blau."),
    ({"color": ["vermell"]}, "Peça P1: «['vermell']» no és cap dels valors possibles de «color»; tria'n un "
                             "d'aquests: vermell, blau."),
    ({"resum": "Dues paraules"}, "Peça P1: «resum» té massa poques paraules; escriu-n'hi almenys 3."),
    ({"dia": "dx"}, "Peça P1: el dia «dx» no existeix; escriu-ne un d'aquests: dilluns, dimarts, dimecres, dijous, "
                    "divendres, dissabte, diumenge."),
    ({"hora": "25:00"}, "Peça P1: l'hora «25:00» no és vàlida; escriu-la com «09:00»."),
    ({"data": "2027-02-30"}, "Peça P1: la data «2027-02-30» no és vàlida; escriu-la com AAAA-MM-DD."),
    ({"xarxa": "Tuenti"}, "Peça P1: la xarxa «Tuenti» no és cap de les que coneix el curs."),
    ({"xarxa": "instagram"}, "Peça P1: la xarxa Instagram no és cap de les xarxes del pla (X); afegeix-la al pla o "
                             "tria'n una altra."),
    ({"codis": ["A", "C"]}, "Peça P1: «C» no és cap dels valors del pla (A, B)."),
    ({"codis": "A"}, "Peça P1: «codis» ha de ser una llista de codis entre cometes, per exemple [\"O1\"]."),
    ({"frases": ["Una", " "]}, "Peça P1: «frases» ha de ser una llista de frases entre cometes."),
    ({"frases": ["Una", "Dues", "Tres"]}, "Peça P1: «frases» té 3 elements; queda't amb els 2 més importants."),
    ({"dies": ["dl", "dx"]}, "Peça P1: el dia «dx» no existeix; escriu-ne un d'aquests: dilluns, dimarts, dimecres, "
                             "dijous, divendres, dissabte, diumenge."),
    ({"dies": "dl"}, "Peça P1: «dies» ha de ser una llista."),
    ({"parella": {"b": 1}}, "Parella: falta la clau «a» (la lletra a)."),
    ({"parella": "a"}, "Parella ha de ser un diccionari amb les claus: a."),
    ({"senar": 4}, "Peça P1: 4 és parell."),
    ({"forma": "rodona"}, "Peça P1: la clau «forma» no existeix; fes servir: codi, nota, vots, color, resum, dia, "
                          "hora, data, xarxa, codis, frases, dies, parella, senar."),
])
def test_each_kind_of_rule_gives_its_message(camps, missatge):
    assert _peca(**camps) == [missatge]


def test_a_valid_element_has_no_messages_and_a_rule_stops_at_its_first_problem():
    assert _peca(nota=0, vots=10, color="blau", resum="Tres paraules justes", dia="Dl.", hora="9.30",
                 data="2027-06-30", xarxa="twitter", codis=["B"], frases=["Una"], dies=["dilluns"],
                 parella={"a": 1}, senar=3) == []
    # un nombre que no ho és no es compara amb el màxim, ni passa per la comprovació pròpia
    assert _peca(vots="molts", senar="dos") == [
        "Peça P1: «vots» ha de ser un nombre més gran que zero, sense cometes (ara hi ha 'molts').",
        "Peça P1: «senar» ha de ser un nombre, sense cometes (ara hi ha 'dos').",
    ]


def test_missing_keys_come_first_unless_the_component_puts_them_in_place():
    component = Component("C", (Camp("a", "la a", tipus="nombre"), Camp("b", "la b"), Camp("c", "la c")))
    en_ordre = Component("C", component.camps, falta_al_camp=True)
    element = {"a": "u", "b": ""}
    assert valida(component, element) == ["C: falta la clau «b» (la b).", "C: falta la clau «c» (la c).",
                                           "C: «a» ha de ser un nombre, sense cometes (ara hi ha 'u')."]
    assert valida(en_ordre, element) == ["C: «a» ha de ser un nombre, sense cometes (ara hi ha 'u').",
                                         "C: falta la clau «b» (la b).", "C: falta la clau «c» (la c)."]
    assert valida(component, element, obligatoris=("c",)) == [
        "C: falta la clau «c» (la c).", "C: «a» ha de ser un nombre, sense cometes (ara hi ha 'u')."]


def test_numbered_elements_and_custom_messages():
    nota = Component("Nota", (Camp("text", "el text", paraules_minimes=2),), numerat=True,
                     missatges={"paraules": "{nom}: «{valor}» és massa curt ({n} paraules com a mínim)."})
    llista = Component("Llibreta", (Camp("notes", "les notes", tipus="llista", element=nota),))
    assert valida(llista, {"notes": [{"text": "Prou llarg"}, {"text": "Curt"}, "no"]}) == [
        "Nota 2: «Curt» és massa curt (2 paraules com a mínim).",
        "Nota 3 ha de ser un diccionari amb les claus: text."]


def test_an_unknown_field_type_is_refused():
    with pytest.raises(ValueError, match="El camp «x» té un tipus que no existeix: «enter»."):
        Camp("x", tipus="enter")


# --- the real declarations -----------------------------------------------------------------------------------------

def _components() -> dict:
    """Every Component declared in a module of the pla package, by its module and name."""
    trobats = {}
    for modul in pkgutil.iter_modules(pla.__path__):
        if modul.ispkg:
            continue
        objecte = importlib.import_module(f"pla.{modul.name}")
        font = inspect.getsource(objecte)
        for nom, valor in vars(objecte).items():
            if isinstance(valor, Component) and re.search(rf"^{nom} = Component\(", font, flags=re.M):
                trobats[f"{modul.name}.{nom}"] = valor
    return trobats


COMPONENTS = _components()
REGLES = set(MISSATGES) | set(TIPUS)


def test_the_plan_and_the_guide_are_declared_component_by_component():
    assert {"objectius.OBJECTIU", "collectius.COLLECTIU", "xarxes.XARXA", "avaluacio.INDICADOR",
            "continguts.CONTINGUTS", "continguts.ENTRADA", "diagnosi.DIAGNOSI", "rols.ROLS", "protocol.HORARI",
            "protocol.PROTOCOL_RESPOSTA", "guia.US", "guia.RESPONSABLE", "guia.NORMES", "guia.GUIA",
            "organitzacio.ORGANITZACIO", "organitzacio.PERIODE", "pla_complet.PLA"} <= set(COMPONENTS)


@pytest.mark.parametrize("nom", sorted(COMPONENTS))
def test_every_declaration_is_complete_and_its_messages_name_real_rules(nom):
    component = COMPONENTS[nom]
    claus = component.claus()
    assert len(claus) == len(set(claus)), f"{nom}: claus repetides"
    assert set(component.missatges) <= REGLES, f"{nom}: {set(component.missatges) - REGLES}"
    for camp in component.camps:
        assert camp.explicacio and camp.etiqueta, f"{nom}.{camp.clau}: sense explicació o etiqueta"
        assert set(camp.missatges) <= REGLES, f"{nom}.{camp.clau}: {set(camp.missatges) - REGLES}"
        if camp.tipus == "diccionari":
            assert isinstance(camp.element, Component), f"{nom}.{camp.clau}: un diccionari diu el seu component"


def test_one_empty_and_one_date_parser_everywhere():
    objectiu = {**pla.exemple_pla()["objectius"][0], "descripcio": "   ", "data_limit": "2027-06-30T10:00"}
    assert pla.valida_objectiu(objectiu, "2027-01-01", "2028-12-31") == [
        "Objectiu O1: falta la clau «descripcio» (què vols aconseguir, començant amb un verb en infinitiu)."]
    assert pla.valida_periode({"inici": "2027-01-01 ", "fi": "2028-12-31T00:00"}) == []
    assert pla.valida_collectiu({"codi": "joves", "nom": " ", "tipus": "ciutadania",
                                 "descripcio": "Estudiants que busquen la primera feina."}) == [
        "Col·lectiu joves: falta la clau «nom» (el nom del col·lectiu)."]
    assert pla.valida_xarxa({**pla.exemple_pla()["xarxes"][0], "proposit": "\t"}) == [
        "Xarxa X: falta la clau «proposit» (per a què la fas servir: informatiu, relacional, atencio)."]
    objectius, comu = importlib.import_module("pla.objectius"), importlib.import_module("pla.comu")
    assert objectius.llegeix_data is comu.llegeix_data and not hasattr(objectius, "_es_nombre")


def test_a_list_where_a_word_is_expected_gives_a_message_and_not_an_error():
    assert pla.valida_collectiu({"codi": "joves", "nom": "Joves", "tipus": ["ciutadania"],
                                 "descripcio": "Estudiants que busquen la primera feina."}) == [
        "Col·lectiu joves: el tipus «['ciutadania']» no existeix; tria'n un d'aquests: ciutadania, empreses, "
        "entitats, administracions, mitjans, personal."]


# --- the assistant's forms and the export read the same declarations ----------------------------------------------

@pytest.mark.parametrize("seccio", sorted(COMPONENTS_FORMULARIS))
def test_each_form_has_the_declared_keys_labels_and_types(seccio):
    component = COMPONENTS_FORMULARIS[seccio]
    assert list(FORMULARIS[seccio]) == component.claus()
    ginys = AssistentGinys()
    assert list(ginys.formularis[seccio]) == component.claus()
    for camp in component.camps:
        giny = ginys.formularis[seccio][camp.clau]
        assert giny.description.lower().startswith(camp.etiqueta.lower())
        assert giny.placeholder == camp.explicacio
        assert FORMULARIS[seccio][camp.clau] == {"nombre": "nombre", "codis": "llista", "llista": "llista",
                                                  "linies": "linies"}.get(camp.tipus, "text")


def test_the_loose_fields_are_the_declared_fields():
    declarats = [(document, f"{seccio}.{camp.clau}") for document, seccio, component in SECCIONS_SOLTES
                 for camp in component.camps]
    assert [(document, ruta) for document, ruta, _, _ in CAMPS] == declarats
    etiquetes = {ruta: etiqueta for _, ruta, etiqueta, _ in CAMPS}
    assert etiquetes["periode.inici"] == "Inici del pla (AAAA-MM-DD)"
    assert etiquetes["normes.crisi"] == "Crisi (una per línia)"
    assert set(AssistentGinys().camps) == set(declarats)


def _capcaleres(text: str) -> list[list[str]]:
    """The header row of every Markdown table."""
    linies = text.splitlines()
    return [[c.strip() for c in linia.strip("|").split("|")] for linia, seguent in zip(linies, linies[1:])
            if linia.startswith("| ") and re.fullmatch(r"\|(---\|)+", seguent)]


@pytest.mark.parametrize("nom", ["objectius.OBJECTIU", "collectius.COLLECTIU", "xarxes.XARXA",
                                 "avaluacio.INDICADOR", "continguts.TIPUS_CONTINGUT", "continguts.FORMAT_RECURRENT",
                                 "continguts.ENTRADA", "rols.PERSONA", "diagnosi.ESCOLTA", "diagnosi.COMPTE",
                                 "guia.US"])
def test_the_export_has_a_column_for_every_declared_field(nom):
    capcaleres = _capcaleres(exporta_markdown(pla=pla.exemple_pla(), guia=pla.exemple_guia()))
    etiquetes = list(COMPONENTS[nom].etiquetes().values())
    assert any([c for c in capcalera if c in etiquetes] == etiquetes for capcalera in capcaleres), etiquetes


def test_the_export_shows_every_declared_field_of_the_responsible_person_and_the_cases():
    guia = pla.exemple_guia()
    guia["responsable"] = {camp.clau: ["Planificar", "Publicar", "Mesurar"] if camp.tipus == "linies" else
                           f"valor de {camp.clau}" for camp in COMPONENTS["guia.RESPONSABLE"].camps}
    text = exporta_markdown(guia=guia)
    for camp in COMPONENTS["guia.RESPONSABLE"].camps:
        etiqueta = camp.etiqueta[:1].upper() + camp.etiqueta[1:]
        assert f"{etiqueta}: valor de {camp.clau}" in text or f"{etiqueta}:\n\n- Planificar" in text, camp.clau
    for camp in COMPONENTS["protocol.CASOS"].camps:
        if camp.clau in guia["protocol_resposta"]["casos"]:
            assert f"| {camp.etiqueta[:1].upper() + camp.etiqueta[1:]} |" in text, camp.clau
