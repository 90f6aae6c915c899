"""revisa_publicacio: which rule each draft post breaks, with the exact Catalan message; the rule sets as data."""
from __future__ import annotations

import pytest

import pla
from pla.llengua import puntuacions_llengua

BONA = {"xarxa": "X", "text": "Comença la Festa Major! Concerts, sopar popular i focs, del 7 al 10 d'agost. "
                             "Programa: vilanovadelriu.cat/festamajor #FestaMajor 🎆",
        "imatges": [{"alt": "Cartell de la Festa Major: concerts dv. 7 i ds. 8, sopar popular dg. 9."}],
        "video": {"subtitols": True}}


def regles(publicacio, conjunt=None):
    return [(i["regla"], i["missatge"]) for i in pla.revisa_publicacio(publicacio, conjunt)]


def test_a_good_post_breaks_no_rule():
    assert pla.revisa_publicacio(BONA) == []


def test_each_finding_names_its_rule_and_source():
    [incidencia] = pla.revisa_publicacio({**BONA, "text": BONA["text"] + " #festa"}, None)[:1]
    assert incidencia["regla"] == "TAG-02"
    assert incidencia["font"] == "Guia de xarxes socials de la Generalitat, 9a ed., 2019, §4.1.6 i §6.6."


def test_length_per_network():
    text = "Avui és el dia de la biblioteca i hi ha activitats. " * 6
    assert regles({"xarxa": "X", "text": text}) == [
        ("STY-05", "El text té 312 caràcters i a X el màxim és 280: escurça'l com a mínim 32 caràcters.")]
    assert regles({"xarxa": "twitter", "text": text})[0][0] == "STY-05"  # «Twitter» és X
    assert regles({"xarxa": "Facebook", "text": text}) == []


def test_hashtags_before_and_after():
    # L'exemple «abans» de la unitat 9.
    assert regles({"xarxa": "X", "text": "Comença la #festa a #Vilanova! Mireu el #programa de la "
                                         "#festamajorvilanovadelriu2026"}) == [
        ("TAG-01", "L'etiqueta #festamajorvilanovadelriu2026 té 28 caràcters i el màxim és 12: fes-ne servir una de "
                   "més curta o una que ja existeixi."),
        ("TAG-02", "L'etiqueta #festa no està en CamelCase: escriu cada paraula amb majúscula inicial i la resta en "
                   "minúscules (per exemple #FestaMajor)."),
        ("TAG-02", "L'etiqueta #programa no està en CamelCase: escriu cada paraula amb majúscula inicial i la resta en "
                   "minúscules (per exemple #FestaMajor)."),
        ("TAG-02", "L'etiqueta #festamajorvilanovadelriu2026 no està en CamelCase: escriu cada paraula amb majúscula "
                   "inicial i la resta en minúscules (per exemple #FestaMajor)."),
        ("TAG-03", "L'etiqueta #festa és enmig del text: posa les etiquetes al final, perquè no trenquin la lectura."),
        ("TAG-03", "L'etiqueta #Vilanova és enmig del text: posa les etiquetes al final, perquè no trenquin la lectura."),
        ("TAG-03", "L'etiqueta #programa és enmig del text: posa les etiquetes al final, perquè no trenquin la "
                   "lectura."),
    ]
    # Accents, diverses etiquetes al final, un emoji després i un enllaç amb # no són cap problema.
    assert regles({"xarxa": "X", "text": "Tràmit del dia: vilanovadelriu.cat/ajuts#termini #TràmitFàcil #OAC 🙂"}) == []


def test_all_caps_hashtag_and_middle_dot():
    assert regles({"xarxa": "X", "text": "Ja pots participar en el pressupost. #PRESSUPOST #Col·labora"}) == [
        ("TAG-02", "L'etiqueta #PRESSUPOST no està en CamelCase: escriu cada paraula amb majúscula inicial i la resta "
                   "en minúscules (per exemple #FestaMajor)."),
    ]
    # A X el punt volat forma part de l'etiqueta (twitter-text l'accepta); el que la talla és un punt normal o un pic.
    assert regles({"xarxa": "X", "text": "Ja pots participar en el pressupost. #Col·labora"}) == []
    for signe in ".•":
        assert regles({"xarxa": "X", "text": f"Ja pots participar en el pressupost. #Col{signe}labora"}) == [
            ("TAG-04", f"L'etiqueta #Col{signe}labora porta un punt normal o un pic en lloc del punt volat, i la xarxa "
                       "la tallarà a #Col: escriu la ela geminada amb el punt volat (l·l)."),
        ]


def test_mentions_except_in_emergencies():
    text = "@diarivilanova @radiovilanova @escolariu @clubesportiu Mireu el nostre vídeo de la cursa!! Feu RT!!"
    assert regles({"xarxa": "X", "text": text}) == [
        ("TAG-05", "La publicació té 4 mencions i el màxim és 2: menciona només els comptes que calgui (a qui respons, "
                   "qui cites o qui ha fet la feina).")]
    assert regles({"xarxa": "X", "text": text, "emergencia": True}) == []
    assert regles({"xarxa": "X", "text": "Escriu a info@vilanovadelriu.cat o a @oacvilanova i @vilanovadelriu."}) == []


def test_alt_text_on_images():
    imatges = [{"alt": "Foto"}, {}, {"alt": "IMG_2034.jpg"}, {"alt": "Imatge de l'alcaldessa a la biblioteca"},
               "Persones voluntàries plantant alzines a la riba del riu."]
    assert regles({"xarxa": "Instagram", "text": "Plantada d'arbres al riu.", "imatges": imatges}) == [
        ("ACC-01", "El text alternatiu de la imatge 1 («Foto») és massa breu: descriu el que és rellevant de la imatge "
                   "(almenys 15 caràcters)."),
        ("ACC-01", "La imatge 2 no té text alternatiu: escriu a la clau «alt» què s'hi veu, en una o dues frases."),
        ("ACC-01", "El text alternatiu de la imatge 3 és un nom de fitxer: descriu què s'hi veu."),
        ("ACC-01", "El text alternatiu de la imatge 4 comença amb «Imatge de»: treu-ho, el lector de pantalla ja "
                   "anuncia que és una imatge."),
    ]


def test_video_subtitles():
    assert regles({"xarxa": "YouTube", "text": "Resum del ple de març.", "video": {"subtitols": False}}) == [
        ("ACC-03", "El vídeo no té subtítols: afegeix-n'hi abans de publicar-lo i indica-ho amb "
                   "\"video\": {\"subtitols\": True}.")]
    assert regles({"xarxa": "YouTube", "text": "Resum del ple de març.", "video": {"subtitols": True}}) == []


def test_emojis_and_capitals():
    # L'exemple «abans» de la unitat 9: emoji al començament, repetit sis vegades, i un títol en majúscules.
    assert regles({"xarxa": "Instagram", "text": "🎉🎉🎉 FESTA MAJOR 🎉🎉🎉 ➡️ concerts ➡️ sopar ➡️ focs"}) == [
        ("ACC-11", "La publicació comença amb un emoji (🎉): comença amb text i deixa els emojis per al final."),
        ("ACC-11", "L'emoji 🎉 surt 6 vegades i el màxim és 3: el lector de pantalla el llegeix cada vegada."),
        ("STY-11", "Hi ha paraules en majúscules per destacar-les (FESTA, MAJOR): escriu-les en minúscules; les "
                   "majúscules no destaquen i el lector de pantalla les pot lletrejar."),
    ]
    assert regles({"xarxa": "Facebook", "text": "Programa de la Festa Major:\n✅ concerts\n✅ sopar\nT'hi esperem!"}) == [
        ("ACC-11", "Hi ha emojis fent de pics de llista: el lector de pantalla en llegeix el nom a cada línia; fes "
                   "servir guions o escriu la llista en una frase.")]
    # Les sigles curtes o permeses no són majúscules per destacar.
    assert regles({"xarxa": "X", "text": "L'OAC atén consultes sobre la COVID i l'IBI."}) == []


def test_language_default_and_exceptions():
    castella = "La piscina municipal abre el sábado y el domingo por la mañana. Más información en la web."
    assert regles({"xarxa": "X", "text": castella}) == [
        ("LANG-01", "La publicació sembla escrita en castellà i s'ha d'escriure en català; només s'admeten altres "
                    "llengües en els avisos d'emergència (\"emergencia\": True) i en les republicacions "
                    "(\"tipus\": \"republicacio\").")]
    assert regles({"xarxa": "X", "text": castella, "emergencia": True}) == []
    assert regles({"xarxa": "X", "text": castella, "tipus": "republicacio"}) == []
    assert regles({"xarxa": "X", "text": "Bon dia!"}) == []  # massa curt per endevinar la llengua


def test_ics_rule_set_keeps_catalan_even_in_retweets():
    castella = {"xarxa": "X", "text": "La piscina abre el sábado y el domingo. Más información en la web.",
                "tipus": "republicacio"}
    assert regles(castella, "ics") == [
        ("LANG-01", "La publicació sembla escrita en castellà i s'ha d'escriure en català; només s'admeten altres "
                    "llengües en els avisos d'emergència (\"emergencia\": True).")]
    assert pla.revisa_publicacio(castella, "ics")[0]["font"].startswith("L'ICS a les xarxes socials, 2013")


def test_small_municipality_rule_set_and_overrides():
    dues = {"xarxa": "Facebook", "text": "Gràcies a @clubesportiu i a @escolariu per la cursa!"}
    assert regles(dues) == []
    assert regles(dues, "municipi-petit") == [
        ("TAG-05", "La publicació té 2 mencions i el màxim és 1: menciona només els comptes que calgui (a qui respons, "
                   "qui cites o qui ha fet la feina).")]
    assert regles({"xarxa": "X", "text": "Ja és aquí la #FestaMajor"}, {"TAG-01": 8}) == [
        ("TAG-01", "L'etiqueta #FestaMajor té 10 caràcters i el màxim és 8: fes-ne servir una de més curta o una que ja "
                   "existeixi.")]
    assert regles({"xarxa": "X", "text": "Ja és aquí la #FestaMajor"}, {"TAG-01": False}) == []


def test_malformed_posts_get_a_clear_message():
    assert regles("Hola") == [("FORMAT", "La publicació ha de ser un diccionari amb almenys les claus «xarxa» i "
                                         "«text».")]
    assert regles({"text": ""}) == [
        ("FORMAT", "La publicació no diu a quina xarxa va: afegeix la clau «xarxa» (per exemple \"X\" o \"Instagram\")."),
        ("FORMAT", "La publicació no té text: escriu-lo a la clau «text»."),
    ]
    assert regles({"xarxa": "Tuenti", "text": "Hola", "imatges": "foto.jpg"}) == [
        ("FORMAT", "La xarxa «Tuenti» no és cap de les que coneix el curs: Bluesky, Facebook, Instagram, LinkedIn, "
                   "Mastodon, Telegram, Threads, TikTok, WhatsApp, X, YouTube."),
        ("FORMAT", "«imatges» ha de ser una llista, per exemple [{\"alt\": \"Descripció de la imatge\"}]."),
    ]


def test_rule_sets_record_a_source_for_every_value():
    assert set(pla.conjunts_disponibles()) == {"generalitat", "ics", "municipi-petit"}
    for nom in pla.conjunts_disponibles():
        conjunt = pla.carrega_regles(nom)
        assert conjunt["font"]
        for codi, regla in conjunt["regles"].items():
            assert regla.get("font"), f"{nom}: la regla {codi} no diu d'on surt el valor"
            assert regla.get("descripcio"), f"{nom}: la regla {codi} no té descripció"
    generalitat = pla.carrega_regles()
    assert generalitat["font"] == "Guia de xarxes socials de la Generalitat de Catalunya, 9a ed., 2019"
    assert pla.valor_regla(generalitat, "TAG-01") == 12
    assert pla.valor_regla(pla.carrega_regles("ics"), "TAG-01") == 12  # heretada
    assert pla.valor_regla(pla.carrega_regles("ics"), "STY-06") == {"X": [3, 10], "Facebook": [1, 3]}
    assert pla.font_regla(pla.carrega_regles({"TAG-01": 10}), "TAG-01") == "Valor triat per l'organització."


def test_unknown_rule_sets_and_rules_are_clear_errors():
    with pytest.raises(ValueError, match="No hi ha cap conjunt de regles «diba»; tria'n un d'aquests: generalitat, "
                                         "ics, municipi-petit."):
        pla.carrega_regles("diba")
    with pytest.raises(ValueError, match="La regla «TAG-99» no existeix"):
        pla.carrega_regles({"TAG-99": 3})


@pytest.mark.parametrize("text, llengua", [
    ("Canvi d'horari de la deixalleria: a partir del dilluns 3 de maig obrirà de dimarts a dissabte.", "ca"),
    ("La piscina municipal abre el sábado y el domingo por la mañana.", "es"),
    ("Flood warning: avoid the Ribera area and call 112 if you have an emergency.", "en"),
    ("Hola!", None),
    ("12345", None),
])
def test_language_guesser(text, llengua):
    assert pla.detecta_llengua(text) == llengua


def test_language_guesser_scores():
    # «avui», «i» i «demà» són paraules catalanes; l'apòstrof de «l'OAC» suma un punt més.
    assert puntuacions_llengua("L'OAC obre avui i demà.") == {"ca": 4, "es": 0, "en": 0}
