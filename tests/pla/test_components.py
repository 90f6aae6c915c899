"""Each component validator, with a valid example (no messages) and invalid ones (the exact Catalan messages)."""
from __future__ import annotations

import pla
from pla.exemple_guia import PROTOCOL_RESPOSTA
from pla.exemple_pla import CONTINGUTS, DIAGNOSI, ROLS

# --- the lead's modules, kept as they were -----------------------------------------------------------------------

def test_collectiu_valid_and_invalid():
    bo = {"codi": "joves", "nom": "Joves", "tipus": "ciutadania", "descripcio": "Estudiants que busquen la primera feina."}
    assert pla.valida_collectiu(bo) == []
    assert pla.valida_collectiu({"codi": "gent gran", "nom": "Gent gran", "tipus": "avis", "descripcio": "Gent gran"}) == [
        "Col·lectiu gent gran: el codi no pot tenir espais; fes servir guions (p. ex. «gent-gran»).",
        "Col·lectiu gent gran: el tipus «avis» no existeix; tria'n un d'aquests: ciutadania, empreses, entitats, "
        "administracions, mitjans, personal.",
        "Col·lectiu gent gran: descriu-lo amb més detall (almenys 5 paraules): qui són i què esperen de l'organització.",
    ]
    assert pla.valida_collectius([bo, bo]) == [
        "Col·lectiu joves: el codi està repetit; cada col·lectiu ha de tenir un codi propi."]


def test_objectiu_valid_and_invalid():
    bo = pla.exemple_pla()["objectius"][0]
    assert pla.valida_objectiu(bo, "2027-01-01", "2028-12-31", ["joves"]) == []
    dolent = {**bo, "valor_objectiu": 100, "data_limit": "2029-01-01", "collectius": ["avis"]}
    assert pla.valida_objectiu(dolent, "2027-01-01", "2028-12-31", ["joves"]) == [
        "Objectiu O1: passar de 20 a 100 és multiplicar per més de 3; fixa un valor objectiu assolible.",
        "Objectiu O1: la data límit 2029-01-01 cau fora del pla, que acaba el 2028-12-31.",
        "Objectiu O1: el col·lectiu «avis» no és cap dels col·lectius del pla (joves).",
    ]


def test_xarxa_valid_and_invalid():
    bo = pla.exemple_pla()["xarxes"][2]
    assert pla.valida_xarxa(bo, ["joves"]) == []
    assert pla.valida_xarxa({"xarxa": "Tuenti", "collectius": ["joves"], "frequencia_setmanal": 0,
                             "proposit": "vendre", "justificacio": "Perquè sí."}) == [
        "Xarxa Tuenti: no és cap de les xarxes que coneix el curs (Bluesky, Facebook, Instagram, LinkedIn, Mastodon, "
        "Telegram, Threads, TikTok, WhatsApp, X, YouTube).",
        "Xarxa Tuenti: «frequencia_setmanal» ha de ser un nombre més gran que zero, sense cometes.",
        "Xarxa Tuenti: el propòsit «vendre» no existeix; tria'n un: informatiu, relacional, atencio.",
        "Xarxa Tuenti: la justificació és massa curta; explica amb dades per què aquesta xarxa (almenys 8 paraules).",
    ]


# --- organisation and period ---------------------------------------------------------------------------------------

def test_organitzacio_and_periode():
    assert pla.valida_organitzacio(pla.exemple_pla()["organitzacio"]) == []
    assert pla.valida_organitzacio({"nom": "Ajuntament", "descripcio": "Un ajuntament petit.", "compte": "ajuntament"}) == [
        "Organització: la descripció és massa curta; explica qui sou, quins serveis presteu i per què feu el document "
        "(almenys 8 paraules).",
        "Organització: el compte principal s'escriu amb l'arrova, per exemple «@vilanovadelriu».",
    ]
    assert pla.valida_organitzacio("Ajuntament") == [
        "L'organització ha de ser un diccionari amb les claus: nom, descripcio."]
    assert pla.valida_periode({"inici": "2027-01-01", "fi": "2028-12-31"}) == []
    assert pla.valida_periode({"inici": "2027-13-01", "fi": ""}) == [
        "Període: falta la clau «fi» (l'últim dia, en format AAAA-MM-DD).",
        "Període: la data «2027-13-01» no és vàlida; escriu-la com AAAA-MM-DD.",
    ]
    assert pla.valida_periode({"inici": "2028-01-01", "fi": "2027-01-01"}) == [
        "Període: la data de fi (2027-01-01) ha de ser posterior a la d'inici (2028-01-01)."]


# --- diagnosis -----------------------------------------------------------------------------------------------------

def test_diagnosi_valid():
    assert pla.valida_diagnosi(DIAGNOSI) == []


def test_mesos_sense_publicar_and_inactive_accounts():
    # Exemple de la unitat 4: del 15 de març al 16 de novembre hi ha vuit mesos complets.
    assert pla.mesos_sense_publicar("2026-03-15", "2026-11-16") == 8
    assert pla.mesos_sense_publicar("2026-04-02", "2026-11-16") == 7
    assert pla.mesos_sense_publicar("2024-09-10", "2026-11-16") == 26
    assert pla.mesos_sense_publicar("2026-05-17", "2026-11-16") == 5
    assert pla.mesos_sense_publicar("no", "2026-11-16") is None
    inactius = pla.comptes_inactius(DIAGNOSI["inventari"], "2026-11-16")
    assert [(c["compte"], c["mesos_sense_publicar"]) for c in inactius] == [
        ("@bibliovilanova", 8), ("@esportsvilanova", 7), ("Festa Major Vilanova", 26)]
    assert len(inactius) / len(DIAGNOSI["inventari"]) == 0.3  # «de 10 comptes, 3 són inactius: un 30 %»


def test_dafo_invalid():
    assert pla.valida_dafo({"fortaleses": ["a"] * 7, "debilitats": "poques hores", "oportunitats": ["x"],
                            "riscos": ["y"]}) == [
        "DAFO: «fortaleses» té 7 elements; queda't amb els 6 més importants.",
        "DAFO: «debilitats» ha de ser una llista de frases entre cometes.",
        "DAFO: falta el quadrant «amenaces» (les coses externes i negatives); escriu-hi almenys un element.",
        "DAFO: la clau «riscos» no és cap quadrant; fes servir: fortaleses, debilitats, oportunitats, amenaces.",
    ]


def test_escolta_invalid():
    assert pla.valida_escolta([]) == [
        "L'escolta ha de ser una llista amb almenys un tema, per exemple [{\"tema\": \"Horari de la piscina\", "
        "\"vegades\": 5}]."]
    assert pla.valida_escolta([{"tema": "Piscina", "vegades": "cinc"}, {"vegades": 2}]) == [
        "Escolta 1: «vegades» ha de ser un nombre enter més gran que zero, sense cometes.",
        "Escolta 2: falta la clau «tema» (de què es parla).",
    ]


def test_compte_invalid():
    compte = {"compte": "Festa Major Vilanova", "xarxa": "Facebook", "unitat": "Festes", "correu_alta": "personal",
              "ultima_publicacio": "2024-09-10", "decisio": "mantenir"}
    assert pla.valida_compte(compte, "2026-11-16") == [
        "Compte Festa Major Vilanova: es va obrir amb un correu personal; l'organització n'ha de recuperar el control "
        "abans de mantenir-lo (canvia'l a una adreça corporativa o decideix tancar-lo).",
        "Compte Festa Major Vilanova: fa 26 mesos que no publica i és inactiu (sis mesos o més); no el pots mantenir "
        "tal com està: decideix reactivar-lo amb un pla, fusionar-lo o tancar-lo.",
    ]
    assert pla.valida_compte({"compte": "@x", "xarxa": "Orkut", "unitat": "Joventut", "ultima_publicacio": "ahir",
                              "decisio": "oblidar", "seguidors": "molts"}) == [
        "Compte @x: la xarxa «Orkut» no és cap de les que coneix el curs.",
        "Compte @x: la data «ahir» no és vàlida; escriu-la com AAAA-MM-DD.",
        "Compte @x: la decisió «oblidar» no existeix; tria'n una: mantenir, reforçar, reactivar, fusionar, tancar.",
        "Compte @x: «seguidors» ha de ser un nombre sense cometes.",
    ]


def test_diagnosi_invalid():
    assert pla.valida_diagnosi({"data": "16/11/2026", "dafo": DIAGNOSI["dafo"], "escolta": DIAGNOSI["escolta"]}) == [
        "Diagnosi: falta la clau «inventari» (la llista de comptes de l'organització).",
        "Diagnosi: la data «16/11/2026» no és vàlida; escriu-la com AAAA-MM-DD.",
    ]
    assert pla.valida_diagnosi([]) == [
        "La diagnosi ha de ser un diccionari amb les claus: data, dafo, escolta, inventari."]


# --- contents and calendar -----------------------------------------------------------------------------------------

def test_continguts_valid_and_invalid():
    assert pla.valida_continguts(CONTINGUTS, ["X", "Facebook", "Instagram", "WhatsApp"]) == []
    dolents = {"linia_editorial": "Informem de tot.",
               "tipus": [{"tipus": "Servei", "percentatge": 60}, {"tipus": "Agenda", "percentatge": "30"}],
               "formats_recurrents": [{"nom": "Agenda", "etiqueta": "#agendadelcapdesetmana", "xarxa": "TikTok",
                                       "dia": "dissabtes", "hora": "25:00"}]}
    assert pla.valida_continguts(dolents, ["X"]) == [
        "Continguts: la línia editorial és massa curta; explica de què parla el compte, amb quin to i de què no parla "
        "(almenys 15 paraules).",
        "Tipus de contingut Agenda: el percentatge ha de ser un nombre entre 1 i 100, sense cometes.",
        "Format Agenda: l'etiqueta #agendadelcapdesetmana té 21 caràcters; com a màxim 12 (TAG-01).",
        "Format Agenda: la xarxa TikTok no és cap de les xarxes del pla (X); afegeix-la al pla o tria'n una altra.",
        "Format Agenda: el dia «dissabtes» no existeix; escriu-ne un d'aquests: dilluns, dimarts, dimecres, dijous, "
        "divendres, dissabte, diumenge.",
        "Format Agenda: l'hora «25:00» no és vàlida; escriu-la com «09:00».",
    ]
    assert pla.valida_continguts({"linia_editorial": CONTINGUTS["linia_editorial"],
                                  "tipus": [{"tipus": "Servei", "percentatge": 60}, {"tipus": "Agenda", "percentatge": 30}]}) == [
        "Continguts: els percentatges dels tipus sumen 90 i han de sumar 100."]
    assert pla.valida_format_recurrent({"nom": "Foto", "etiqueta": "FotoDelRiu", "xarxa": "Instagram", "dia": "dg",
                                        "hora": "11:00"}) == [
        "Format Foto: l'etiqueta ha de començar amb el coixinet, per exemple «#ObresSetmana»."]
    assert pla.valida_format_recurrent({"nom": "Foto", "etiqueta": "#fotoDelRiu", "xarxa": "Instagram", "dia": "Dg.",
                                        "hora": "11.00"}) == [
        "Format Foto: escriu l'etiqueta en CamelCase, amb majúscula a cada paraula (TAG-02)."]


def test_calendari_valid_and_invalid():
    assert pla.valida_calendari(pla.exemple_pla()["calendari"], "2027-01-01", "2028-12-31",
                                ["X", "Facebook", "Instagram", "WhatsApp"]) == []
    assert pla.valida_calendari([]) == ["El calendari ha de ser una llista amb almenys una publicació prevista."]
    calendari = [
        {"data": "2026-12-31", "hora": "09:00", "xarxa": "X", "contingut": "Bon any"},
        {"data": "2027-01-04", "hora": "9", "xarxa": "Facebook", "contingut": "Obres", "estat": "esborrany"},
        {"data": "2027-01-04", "hora": "10:00", "xarxa": "Facebook", "contingut": "Agenda"},
        {"data": "2027-01-04", "hora": "12:00", "xarxa": "Facebook", "contingut": "Servei"},
        {"data": "2027-01-04", "hora": "18:00", "xarxa": "Facebook", "contingut": "Campanya"},
        {"data": "2027-02-30", "hora": "mig dia", "xarxa": "TikTok"},
    ]
    assert pla.valida_calendari(calendari, "2027-01-01", "2028-12-31", ["X", "Facebook"]) == [
        "Calendari, publicació 1: el 2026-12-31 cau fora del període del pla (2027-01-01 – 2028-12-31).",
        "Calendari, publicació 2: l'estat «esborrany» no existeix; tria'n un: proposada, validada, programada, publicada.",
        "Calendari, publicació 6: falta la clau «contingut» (què es publica).",
        "Calendari, publicació 6: la data «2027-02-30» no és vàlida; escriu-la com AAAA-MM-DD.",
        "Calendari, publicació 6: l'hora «mig dia» no és vàlida; escriu-la com «09:00».",
        "Calendari, publicació 6: la xarxa TikTok no és cap de les xarxes del pla (X, Facebook); afegeix-la al pla o "
        "tria'n una altra.",
        "Calendari: el 2027-01-04 hi ha 4 publicacions a Facebook i el màxim és 3 al dia (STY-06); passa'n alguna a "
        "un altre dia.",
        "Calendari: el 2027-01-04 a Facebook hi ha dues publicacions amb només 60 minuts de separació; deixa'n almenys "
        "120 (STY-15).",
    ]


# --- roles, RACI and approval circuit ------------------------------------------------------------------------------

def test_rols_valid():
    assert pla.valida_rols(ROLS) == []


def test_raci_rows():
    rols = ["Responsable", "Editor", "Direcció"]
    assert pla.valida_fila_raci({"tasca": "Publicar", "Responsable": "A", "Editor": "r", "Direcció": "—"}, rols) == []
    assert pla.valida_fila_raci({"tasca": "Publicar", "Responsable": "A", "Direcció": "A"}, rols) == [
        "RACI «Publicar»: hi ha 2 A (Responsable, Direcció); n'hi ha d'haver una i només una, perquè se sàpiga qui decideix.",
        "RACI «Publicar»: ningú no l'executa; posa una R almenys a un rol.",
    ]
    assert pla.valida_fila_raci({"tasca": "Informe", "Editor": "R", "Becari": "X"}, rols) == [
        "RACI «Informe»: el rol «Becari» no és cap de les persones del pla (Responsable, Editor, Direcció).",
        "RACI «Informe»: «X» no és cap lletra RACI; fes servir R, A, C o I.",
        "RACI «Informe»: ningú no l'aprova; posa una A al rol que en respon.",
    ]
    assert pla.valida_fila_raci({"Editor": "R"}) == [
        "Cada fila de la matriu RACI ha de ser un diccionari amb la clau «tasca» i una lletra per rol, per exemple "
        "{\"tasca\": \"Publicar\", \"Responsable del compte\": \"A\", \"Equip editor\": \"R\"}."]


def test_rols_invalid():
    rols = {"persones": [{"rol": "Responsable", "carrec": "Tècnica", "hores_setmanals": "20"}],
            "raci": [{"tasca": "Publicar", "Responsable": "A", "Editor": "R"}],
            "circuit": {"ordinari": ["Redacta", "Valida"]}}
    assert pla.valida_rols(rols) == [
        "Rol Responsable: «hores_setmanals» ha de ser un nombre més gran que zero, sense cometes.",
        "Rols: hi ha 1 persona; preveu-ne almenys 2, perquè el pla continuï en vacances o baixes.",
        "RACI «Publicar»: el rol «Editor» no és cap de les persones del pla (Responsable).",
        "Circuit d'aprovació: falta el circuit «urgent» (per a les emergències); escriu-ne els passos en una llista de "
        "frases.",
    ]
    assert pla.valida_rols({}) == [
        "Rols: falta la clau «persones» (qui hi treballa: una llista amb el rol, el càrrec i les hores setmanals de "
        "cada persona).",
        "Rols: falta la clau «raci» (la matriu RACI: una fila per tasca amb la lletra de cada rol).",
        "Rols: falta la clau «circuit» (el circuit d'aprovació, amb els passos «ordinari» i «urgent»).",
    ]


# --- indicators (the evaluation system) ----------------------------------------------------------------------------

def test_indicadors_valid_and_invalid():
    indicadors = pla.exemple_pla()["indicadors"]
    assert pla.valida_indicadors(indicadors, ["O1", "O2", "O3", "O4"]) == []
    dolent = {"codi": "I9", "nom": "Informes", "formula": "farem informes", "font": "Gabinet",
              "periodicitat": "quan calgui", "valor_inicial": "10", "valor_objectiu": 20, "objectius": ["O7"]}
    assert pla.valida_indicador(dolent, ["O1"]) == [
        "Indicador I9: la fórmula «farem informes» no diu com es calcula; escriu-la amb les operacions (per exemple "
        "«interaccions ÷ impressions × 100») o com un recompte.",
        "Indicador I9: la periodicitat «quan calgui» no existeix; tria'n una: setmanal, mensual, trimestral, semestral, "
        "anual.",
        "Indicador I9: «valor_inicial» ha de ser un nombre, sense cometes (ara hi ha '10').",
        "Indicador I9: l'objectiu «O7» no és cap dels objectius del pla (O1).",
    ]
    assert pla.valida_indicadors([indicadors[0], indicadors[0]]) == [
        "Indicador I1: el codi està repetit; dona a cada element un codi propi."]
    assert pla.valida_indicadors([]) == ["El sistema d'avaluació ha de ser una llista amb almenys un indicador."]
    assert pla.objectius_sense_indicador([{"codi": "O1"}, {"codi": "O2"}], [{"objectius": ["O1"]}]) == ["O2"]


# --- response protocol and service hours ---------------------------------------------------------------------------

def test_protocol_valid_and_invalid():
    assert pla.valida_protocol_resposta(PROTOCOL_RESPOSTA) == []
    assert pla.valida_horari({"dies": ["dl", "dm"], "inici": "19:30", "fi": "08:30", "festius": ["Nadal"]}) == [
        "Horari: el dia «dm» no existeix; fes servir dl, dt, dc, dj, dv, ds, dg o dilluns, dimarts, dimecres, dijous, "
        "divendres, dissabte, diumenge.",
        "Horari: l'hora de fi (08:30) ha de ser posterior a la d'inici (19:30).",
        "Horari: el festiu «Nadal» no és una data vàlida; escriu-lo com AAAA-MM-DD.",
    ]
    protocol = {"temps_maxim_hores": 48, "horari": {"dies": ["dl"], "inici": "9:00", "fi": "14:00"},
                "casos": {"pregunta": "Respondre pel mateix canal.", "queixa": ""}}
    assert pla.valida_protocol_resposta(protocol) == [
        "Protocol de resposta: 48 hores d'atenció són massa; la guia de la Generalitat demana menys de 2 hores i, per "
        "als comentaris del blog, 24 com a màxim.",
        "Protocol de resposta: falta el cas «queixa»; explica què es fa. Referència: les queixes i les crítiques "
        "sempre es responen (RESP-03).",
        "Protocol de resposta: falta el cas «insult»; explica què es fa. Referència: els insults no es responen i es "
        "moderen segons les normes (RESP-09).",
        "Protocol de resposta: falta el cas «dades_personals»; explica què es fa. Referència: si hi ha dades "
        "personals, no es respon en públic (PRIV-04).",
    ]
