"""Typical mistakes in unit 5's graded notebook, as small edits of the reference solution.

Each case is ``(name, {grade_id: [(old, new), …]}, expected automatic score, {test grade_id: message fragment})``.
The automatic points are 8 (the trainer's rubric gives the other 2).
"""

# A learner who writes the date the Catalan way fails the SMART check (the hidden tests still pass).
DATE_WRONG = {"objectius": [('"data_limit": "2027-04-30"', '"data_limit": "30/04/2027"')]}

CASES = [
    ("data_limit_catalana", DATE_WRONG, 6, {"test_objectius": "la data límit «30/04/2027» no és vàlida"}),
    ("collectius_tots_ciutadania",
     {"collectius": [('"tipus": "empreses"', '"tipus": "ciutadania"'),
                     ('"tipus": "entitats"', '"tipus": "ciutadania"')]},
     6, {"test_collectius": "Tots els col·lectius són del mateix tipus"}),
    ("objectiu_sense_necessitat",
     {"objectius": [('{"codi": "O4", "necessitat": "N4",', '{"codi": "O4",')]},
     5, {"test_objectius": "no diuen de quina necessitat surten: O4",
         "test_objectius_ocult": "no tenen cap objectiu: N4"}),
    ("codi_repetit",
     {"objectius": [('{"codi": "O3", "necessitat": "N3",', '{"codi": "O2", "necessitat": "N3",')]},
     6, {"test_objectius": "Hi ha dos objectius amb el mateix codi"}),
    ("objectiu_de_seguidors",
     {"objectius": [('"indicador": "entitats que presenten la sol·licitud"',
                     '"indicador": "seguidors de la pàgina de Facebook"')]},
     7, {"test_objectius_ocult": "Els seguidors no són l'indicador d'un objectiu"}),
    ("objectiu_inassolible",
     {"objectius": [('"valor_inicial": 60, "valor_objectiu": 80', '"valor_inicial": 60, "valor_objectiu": 200')]},
     6, {"test_objectius": "multiplicar per més de 3"}),
    ("massa_publicacions",
     {"xarxes": [('"frequencia_setmanal": 17', '"frequencia_setmanal": 21')]},
     7, {"test_xarxes": "Les publicacions demanen 10,3 hores setmanals i l'equip només en té 9 per publicar"}),
    ("jovent_per_una_xarxa_poc_usada",
     {"xarxes": [('{"xarxa": "Instagram", "collectius": ["joves"]', '{"xarxa": "Instagram", "collectius": ["comerc"]'),
                 ('{"xarxa": "X", "collectius": ["comerc", "entitats"]',
                  '{"xarxa": "X", "collectius": ["comerc", "entitats", "joves"]')]},
     7, {"test_xarxes": "Per arribar al jovent, tria una de les tres xarxes més usades"}),
    ("justificacio_sense_dada",
     {"xarxes": [('"És la segona xarxa de la gent gran (44 %) i la fan servir les entitats i el comerç."',
                  '"És una de les xarxes preferides de la gent gran i la fan servir les entitats i el comerç."')]},
     7, {"test_xarxes_ocult": "La justificació de Facebook no cita cap dada"}),
    ("text_sense_xarxa_descartada",
     {"justificacio_xarxes": [("TikTok, de moment no.", "Altres xarxes, de moment no."),
                              ("Canal de WhatsApp, de moment no.", "Cap canal de missatgeria, de moment.")]},
     7, {"test_justificacio": "per què descartes almenys una xarxa"}),
    ("text_sense_facebook",
     {"justificacio_xarxes": [("Facebook. Triem Facebook per arribar", "Triem una altra xarxa per arribar")]},
     7, {"test_justificacio": "La justificació no parla de Facebook"}),
]
