"""Typical wrong answers for unit 6's graded notebook: what a learner gets wrong, and the score it must get."""

_SETMANA = '''
setmana = [
    {"dia": "dilluns", "hora": "09:00", "xarxa": "X", "contingut": "#ObresSetmana"},
    {"dia": "dilluns", "hora": "09:00", "xarxa": "Facebook", "contingut": "#ObresSetmana"},
    {"dia": "dilluns", "hora": "HORA_DILLUNS", "xarxa": "X", "contingut": "informació de servei"},
    {"dia": "dimarts", "hora": "11:00", "xarxa": "Facebook", "contingut": "campanya"},
    {"dia": "dimarts", "hora": "HORA_INSTAGRAM", "xarxa": "Instagram", "contingut": "entre bastidors"},
    {"dia": "dimecres", "hora": "12:00", "xarxa": "X", "contingut": "#TràmitFàcil"},
    {"dia": "dimecres", "hora": "HORA_TRAMIT", "xarxa": "Facebook", "contingut": "#TràmitFàcil"},
    {"dia": "dijous", "hora": "08:30", "xarxa": "X", "contingut": "servei"},
    {"dia": "divendres", "hora": "10:00", "xarxa": "X", "contingut": "#AgendaDelRiu"},
    {"dia": "divendres", "hora": "10:00", "xarxa": "Instagram", "contingut": "#AgendaDelRiu"},
    {"dia": "divendres", "hora": "13:00", "xarxa": "X", "contingut": "campanya"},
    {"dia": "diumenge", "hora": "11:00", "xarxa": "Instagram", "contingut": "#FotoDelRiu"},
]
'''


def _setmana(dilluns="12:30", instagram="19:00", tramit="12:00"):
    return (_SETMANA.replace("HORA_DILLUNS", dilluns).replace("HORA_INSTAGRAM", instagram)
            .replace("HORA_TRAMIT", tramit))


# Tasca 1: the typical week.
TOO_CLOSE = _setmana(dilluns="10:00")           # two posts on X one hour apart
AFTER_HOURS = _setmana(instagram="21:30")        # outside 08:00-20:00
FORMAT_LATE = _setmana(tramit="12:30")           # #TràmitFàcil on Facebook half an hour late
TOO_FEW_FACEBOOK = '''
setmana = [
    {"dia": "dilluns", "hora": "09:00", "xarxa": "X", "contingut": "#ObresSetmana"},
    {"dia": "dilluns", "hora": "09:00", "xarxa": "Facebook", "contingut": "#ObresSetmana"},
    {"dia": "dilluns", "hora": "12:30", "xarxa": "X", "contingut": "informació de servei"},
    {"dia": "dimecres", "hora": "12:00", "xarxa": "X", "contingut": "#TràmitFàcil"},
    {"dia": "dimecres", "hora": "12:00", "xarxa": "Facebook", "contingut": "#TràmitFàcil"},
    {"dia": "dijous", "hora": "08:30", "xarxa": "X", "contingut": "servei"},
    {"dia": "divendres", "hora": "10:00", "xarxa": "X", "contingut": "#AgendaDelRiu"},
    {"dia": "divendres", "hora": "10:00", "xarxa": "Instagram", "contingut": "#AgendaDelRiu"},
    {"dia": "diumenge", "hora": "11:00", "xarxa": "Instagram", "contingut": "#FotoDelRiu"},
]
'''

# Tasca 2: the month's calendar.
IGNORES_BLACKOUT = '''
def calendari_del_mes(setmana, dies, bloquejats):
    calendari = []
    for dia in dies:
        for p in publicacions_del_dia(setmana, dia["dia"]):
            calendari.append({"data": dia["data"], "hora": p["hora"], "xarxa": p["xarxa"],
                              "contingut": p["contingut"]})
    return calendari
'''

EVERY_POST_EVERY_DAY = '''
def calendari_del_mes(setmana, dies, bloquejats):
    calendari = []
    for dia in dies:
        if dia["data"] not in bloquejats:
            for p in setmana:
                calendari.append({"data": dia["data"], "hora": p["hora"], "xarxa": p["xarxa"],
                                  "contingut": p["contingut"]})
    return calendari
'''

HARD_CODED_DATE = '''
def calendari_del_mes(setmana, dies, bloquejats):
    calendari = []
    for dia in dies:
        if dia["data"] != "2027-05-22":
            for p in publicacions_del_dia(setmana, dia["dia"]):
                calendari.append({"data": dia["data"], "hora": p["hora"], "xarxa": p["xarxa"],
                                  "contingut": p["contingut"]})
    return calendari
'''

# Tasca 3a: the RACI check.
AT_LEAST_ONE_A = '''
def tasques_amb_problemes(matriu):
    amb_problemes = []
    for fila in matriu:
        lletres = list(fila.values())
        if "A" not in lletres or "R" not in lletres:
            amb_problemes.append(fila["tasca"])
    return amb_problemes
'''

ONLY_THE_A = '''
def tasques_amb_problemes(matriu):
    amb_problemes = []
    for fila in matriu:
        lletres = list(fila.values())
        if lletres.count("A") != 1:
            amb_problemes.append(fila["tasca"])
    return amb_problemes
'''

LISTED_TWICE = '''
def tasques_amb_problemes(matriu):
    amb_problemes = []
    for fila in matriu:
        lletres = list(fila.values())
        if lletres.count("A") != 1:
            amb_problemes.append(fila["tasca"])
        if lletres.count("R") == 0:
            amb_problemes.append(fila["tasca"])
    return amb_problemes
'''

# Tasca 3b: the corrected matrix and the approval circuit.
STILL_TWO_A = '''
raci = [dict(fila) for fila in RACI_ESBORRANY]
canvia_lletra(raci, "Contractar una campanya de pagament", "Responsable del compte", "R")
'''

TASK_DELETED = '''
raci = [dict(fila) for fila in RACI_ESBORRANY if fila["tasca"] != "Contractar una campanya de pagament"]
canvia_lletra(raci, "Publicar avisos d'emergència", "Direcció", "I")
'''

EDITOR_VALIDATES = '''
circuit_ordinari = [
    {"accio": "proposa", "rol": "Àrea municipal", "termini_hores": 0},
    {"accio": "redacta", "rol": "Equip editor", "termini_hores": 24},
    {"accio": "valida", "rol": "Equip editor", "termini_hores": 24},
    {"accio": "publica", "rol": "Equip editor", "termini_hores": 8},
]
'''

SLOW_VALIDATION = '''
circuit_ordinari = [
    {"accio": "proposa", "rol": "Àrea municipal", "termini_hores": 0},
    {"accio": "redacta", "rol": "Equip editor", "termini_hores": 24},
    {"accio": "valida", "rol": "Responsable del compte", "termini_hores": 48},
    {"accio": "publica", "rol": "Equip editor", "termini_hores": 8},
]
'''

PUBLISH_BEFORE_VALIDATION = '''
circuit_ordinari = [
    {"accio": "proposa", "rol": "Àrea municipal", "termini_hores": 0},
    {"accio": "redacta", "rol": "Equip editor", "termini_hores": 24},
    {"accio": "publica", "rol": "Equip editor", "termini_hores": 8},
    {"accio": "valida", "rol": "Responsable del compte", "termini_hores": 24},
]
'''

# (description, {grade_id: new source}, expected score, {test grade_id: fragment of its Catalan message})
CASES = [
    ("dues publicacions a X amb una hora d'espai", {"setmana": TOO_CLOSE}, 8,
     {"test_setmana": "no hi ha 2 hores d'espai"}),
    ("una publicació fora de l'horari", {"setmana": AFTER_HOURS}, 8,
     {"test_setmana": "fora de l'horari de publicació"}),
    ("massa poques publicacions a Facebook", {"setmana": TOO_FEW_FACEBOOK}, 8,
     {"test_setmana": "Facebook: la setmana té 2 publicacions"}),
    ("format recurrent fora de la seva hora", {"setmana": FORMAT_LATE}, 9,
     {"test_formats": "#TràmitFàcil a Facebook (dimecres a les 12:00)"}),
    ("calendari que publica el dia bloquejat", {"calendari": IGNORES_BLACKOUT}, 7,
     {"test_calendari": "és un dia bloquejat"}),
    ("totes les publicacions cada dia", {"calendari": EVERY_POST_EVERY_DAY}, 7,
     {"test_calendari": "només porta les publicacions del seu dia de la setmana"}),
    ("data bloquejada escrita a la funció", {"calendari": HARD_CODED_DATE}, 9, {}),
    ("RACI: almenys una A en lloc d'exactament una", {"problemes_raci": AT_LEAST_ONE_A}, 9,
     {"test_problemes_raci": "té dues A"}),
    ("RACI: sense comprovar la R", {"problemes_raci": ONLY_THE_A}, 8,
     {"test_problemes_raci": "no té cap R"}),
    ("RACI: tasca repetida si incompleix les dues regles", {"problemes_raci": LISTED_TWICE}, 9, {}),
    ("matriu amb una tasca encara amb dues A", {"raci": STILL_TWO_A}, 9,
     {"test_raci": "hi ha 2 A"}),
    ("matriu amb una tasca esborrada", {"raci": TASK_DELETED}, 9,
     {"test_raci": "Has esborrat aquestes tasques"}),
    ("circuit validat per l'equip editor", {"circuit": EDITOR_VALIDATES}, 9,
     {"test_circuit": "Ha de validar qui té l'A"}),
    ("circuit amb una validació de 48 hores", {"circuit": SLOW_VALIDATION}, 9,
     {"test_circuit": "24 com a màxim"}),
    ("circuit que publica abans de validar", {"circuit": PUBLISH_BEFORE_VALIDATION}, 9,
     {"test_circuit": "L'últim pas del circuit ha de ser «publica»"}),
]
