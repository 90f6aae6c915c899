"""The whole plan and the whole guide: the manual's minimum contents and the links between the parts."""
from __future__ import annotations

import pla


def test_examples_are_valid_and_fresh_copies():
    assert pla.valida_pla(pla.exemple_pla()) == []
    assert pla.valida_guia(pla.exemple_guia()) == []
    primer = pla.exemple_pla()
    primer["objectius"].clear()
    assert pla.exemple_pla()["objectius"], "exemple_pla() ha de tornar una còpia nova cada vegada"
    assert pla.exemple_pla()["organitzacio"]["compte"] == "@vilanovadelriu"


def test_plan_keys_are_the_documented_ones():
    assert set(pla.exemple_pla()) == {"organitzacio", "periode", "diagnosi", "objectius", "collectius", "xarxes",
                                      "continguts", "calendari", "rols", "indicadors"}


def test_empty_plan_lists_the_four_minimum_contents():
    assert pla.valida_pla({}) == [
        "El pla no té objectius: és un dels quatre continguts mínims del manual; omple la clau «objectius».",
        "El pla no té col·lectius destinataris: és un dels quatre continguts mínims del manual; omple la clau "
        "«collectius».",
        "El pla no té xarxes: és un dels quatre continguts mínims del manual; omple la clau «xarxes».",
        "El pla no té un sistema d'avaluació (indicadors): és un dels quatre continguts mínims del manual; omple la "
        "clau «indicadors».",
        "Al pla li falta la clau «organitzacio» (qui fa el pla).",
        "Al pla li falta la clau «periode» (el període de vigència, amb «inici» i «fi»).",
    ]
    assert pla.valida_pla("pla") == [
        "El pla ha de ser un diccionari amb les claus: organitzacio, periode, diagnosi, objectius, collectius, xarxes, "
        "continguts, calendari, rols, indicadors."]


def test_minimum_plan_without_optional_parts_is_valid():
    complet = pla.exemple_pla()
    minim = {clau: complet[clau] for clau in ("organitzacio", "periode", "objectius", "collectius", "xarxes",
                                              "indicadors")}
    assert pla.valida_pla(minim) == []


def test_objective_without_indicator():
    p = pla.exemple_pla()
    p["indicadors"] = [i for i in p["indicadors"] if i["codi"] not in ("I3", "I7")]
    assert pla.valida_pla(p) == [
        "Objectiu O2: cap indicador no el mesura; afegeix el codi O2 a la clau «objectius» d'algun indicador."]


def test_target_group_without_network_and_without_objective():
    p = pla.exemple_pla()
    p["collectius"].append({"codi": "mitjans", "nom": "Mitjans locals", "tipus": "mitjans",
                            "descripcio": "La ràdio i el diari local, que reprodueixen els avisos municipals."})
    assert pla.valida_pla(p) == [
        "Col·lectiu mitjans: cap xarxa no hi arriba; afegeix-lo a la clau «collectius» d'alguna xarxa.",
        "Col·lectiu mitjans: cap objectiu no s'hi adreça; afegeix-lo a la clau «collectius» d'algun objectiu o "
        "treu-lo del pla.",
    ]


def test_network_that_serves_nobody_and_unknown_codes():
    p = pla.exemple_pla()
    p["xarxes"][3]["collectius"] = []
    p["xarxes"].append({**p["xarxes"][2], "collectius": ["turistes"]})
    p["indicadors"][0]["objectius"] = ["O9"]
    p["objectius"][0]["collectius"] = ["joves", "turistes"]
    assert pla.valida_pla(p) == [
        "Objectiu O1: el col·lectiu «turistes» no és cap dels col·lectius del pla (comerc, entitats, gent-gran, joves).",
        "Xarxa WhatsApp: falta la clau «collectius» (la llista de codis dels col·lectius que hi vols trobar).",
        "Xarxa Instagram: el col·lectiu «turistes» no és cap dels col·lectius del pla.",
        "Indicador I1: l'objectiu «O9» no és cap dels objectius del pla (O1, O2, O3, O4).",
        "Xarxa Instagram: surt dues vegades al pla; ajunta-la en una sola entrada.",
    ]


def test_plan_links_calendar_to_networks_and_period():
    p = pla.exemple_pla()
    p["calendari"][0]["xarxa"] = "TikTok"
    p["calendari"][1]["data"] = "2029-01-01"
    p["objectius"][1]["data_limit"] = "2026-12-31"
    p["sobrant"] = 1
    assert pla.valida_pla(p) == [
        "El pla té una clau que no coneixem, «sobrant»; les claus possibles són: organitzacio, periode, diagnosi, "
        "objectius, collectius, xarxes, continguts, calendari, rols, indicadors.",
        "Objectiu O2: la data límit 2026-12-31 és anterior a l'inici del pla (2027-01-01).",
        "Calendari, publicació 1: la xarxa TikTok no és cap de les xarxes del pla (X, Facebook, Instagram, WhatsApp); "
        "afegeix-la al pla o tria'n una altra.",
        "Calendari, publicació 2: el 2029-01-01 cau fora del període del pla (2027-01-01 – 2028-12-31).",
    ]


def test_duplicate_objective_codes_and_invalid_parts():
    p = pla.exemple_pla()
    p["objectius"].append(dict(p["objectius"][0]))
    p["rols"]["raci"][0]["Direcció"] = "R"
    p["diagnosi"]["dafo"].pop("amenaces")
    assert pla.valida_pla(p) == [
        "DAFO: falta el quadrant «amenaces» (les coses externes i negatives); escriu-hi almenys un element.",
        "Objectiu O1: el codi està repetit; dona a cada element un codi propi.",
        "RACI «Aprovar el pla i la línia editorial»: ningú no l'aprova; posa una A al rol que en respon.",
    ]


# --- the guide -----------------------------------------------------------------------------------------------------

def test_empty_guide_lists_its_two_minimum_contents():
    assert pla.valida_guia({}) == [
        "La guia no diu com s'utilitza cada xarxa: és un dels dos continguts mínims del manual; omple la clau «usos».",
        "La guia no descriu el rol de la persona responsable de continguts digitals: és un dels dos continguts mínims "
        "del manual; omple la clau «responsable».",
        "La guia no diu de quina organització és: omple la clau «organitzacio».",
        "La guia no té normes d'ús: omple la clau «normes» almenys amb els apartats estil, interaccio, moderacio, "
        "crisi.",
    ]
    assert pla.valida_guia(None) == ["La guia ha de ser un diccionari amb les claus: organitzacio, usos, responsable, "
                                     "normes."]


def test_guide_norms_must_describe_how_networks_are_used():
    g = pla.exemple_guia()
    del g["normes"]["moderacio"]
    g["normes"]["crisi"] = []
    g["normes"]["xat"] = ["Responem els xats."]
    g["normes"]["estil"] = "Català"
    assert pla.valida_guia(g) == [
        "Normes: falta l'apartat «moderacio» (Moderació); és part de com s'utilitzen les xarxes, un contingut mínim "
        "de la guia.",
        "Normes: falta l'apartat «crisi» (Crisi); és part de com s'utilitzen les xarxes, un contingut mínim de la guia.",
        "Normes: l'apartat «estil» ha de ser una llista de frases entre cometes.",
        "Normes: l'apartat «xat» no existeix; fes servir: principis, comptes, seguretat, estil, accessibilitat, "
        "interaccio, moderacio, us_personal, crisi, periode_electoral.",
    ]


def test_guide_responsible_person_and_uses():
    g = pla.exemple_guia()
    g["responsable"] = {"carrec": "Tècnica", "funcions": ["Publicar"], "dedicacio_setmanal": 0}
    g["usos"].append({"xarxa": "x", "us": "Més avisos."})
    g["regles"] = "diputacio"
    assert pla.valida_guia(g) == [
        "Ús de x: explica amb més detall per a què i com la feu servir (almenys 5 paraules).",
        "Ús de X: la xarxa surt dues vegades; ajunta'n els usos en una sola entrada.",
        "Responsable de continguts digitals: falta la clau «substitucio» (qui la substitueix quan no hi és).",
        "Responsable de continguts digitals: descriu almenys 3 funcions (per exemple planificar, publicar, respondre, "
        "moderar, mesurar).",
        "Responsable de continguts digitals: «dedicacio_setmanal» ha de ser un nombre d'hores més gran que zero, "
        "sense cometes.",
        "Regles: No hi ha cap conjunt de regles «diputacio»; tria'n un d'aquests: generalitat, ics, municipi-petit.",
    ]


def test_guide_checks_its_response_protocol():
    g = pla.exemple_guia()
    g["protocol_resposta"]["horari"]["fi"] = "07:00"
    assert pla.valida_guia(g) == ["Horari: l'hora de fi (07:00) ha de ser posterior a la d'inici (08:00)."]
