"""Typical mistakes in unit 7's graded notebook, as small edits of the reference solution.

Each case is ``(name, {grade_id: [(old, new), …]}, expected automatic score, {test grade_id: message fragment})``.
The automatic points are 7 (the trainer's rubric gives the other 3).
"""

SENTENCE_PROFILES = ("Respecte als cinc perfils similars som al percentil 60: superem tres perfils, però els perfils C "
                     "i E aconsegueixen més interacció.")
ACTION_PROFILES = "mirarà què fan els perfils C i E (formats, hores i imatges) i en provarà dues idees a #TràmitFàcil"

CASES = [
    ("objectiu_sense_indicador",
     {"indicadors": [('"valor_inicial": 45, "valor_objectiu": 60,\n     "objectius": ["O4"]',
                      '"valor_inicial": 45, "valor_objectiu": 60,\n     "objectius": ["O2"]'),
                     ('"objectius": ["O2", "O4"]', '"objectius": ["O2"]')]},
     5, {"test_indicadors": "Aquests objectius no tenen cap indicador: O4"}),
    ("periodicitat_lliure",
     {"indicadors": [('"periodicitat": "trimestral"', '"periodicitat": "cada tres mesos"')]},
     5, {"test_indicadors": "la periodicitat «cada tres mesos» no existeix"}),
    ("formula_sense_calcul",
     {"indicadors": [('"formula": "(seguidors a final d\'any − seguidors a l\'inici) ÷ seguidors a l\'inici × 100"',
                      '"formula": "seguidors d\'Instagram"')]},
     5, {"test_indicadors": "no diu com es calcula"}),
    ("objectiu_inexistent",
     {"indicadors": [('"objectius": ["O2", "O4"]', '"objectius": ["O2", "O5"]')]},
     5, {"test_indicadors": "l'objectiu «O5» no és cap dels objectius del pla"}),
    ("temps_de_resposta_sobre_les_respostes",
     {"indicadors": [("÷ consultes rebudes × 100", "÷ consultes respostes × 100")]},
     6, {"test_indicadors_ocult": "divideix per les respostes"}),
    ("trucades_que_no_baixen",
     {"indicadors": [('"valor_inicial": 480, "valor_objectiu": 300', '"valor_inicial": 480, "valor_objectiu": 520')]},
     6, {"test_indicadors_ocult": "L'objectiu O3 vol reduir una xifra"}),
    ("linia_de_base_inventada",
     {"indicadors": [('"valor_inicial": 2.41', '"valor_inicial": 2.0')]},
     6, {"test_linies_base_ocult": "ha de ser la de les dades del 2026, 2.41, i no 2.0"}),
    ("nom_que_no_es_de_la_taula",
     {"indicadors": [('"nom": "Taxa d\'interacció a X"', '"nom": "Taxa d\'interacció d\'X"')]},
     5, {"test_linies_base": "Fes servir almenys dos indicadors de la taula de línies de base"}),
    ("informe_sense_accions",
     {"informe_marc": [("Accions per a l'abril.", "Què farem a l'abril:")]},
     5, {"test_informe": "Falta l'apartat que comença per «Accions per a l'abril.»"}),
    ("informe_sense_comparativa",
     {"informe_marc": [(SENTENCE_PROFILES, ""), (ACTION_PROFILES, "revisarà els continguts de #TràmitFàcil")]},
     5, {"test_informe": "Compara el compte amb els perfils similars"}),
]
