"""Typical wrong answers for unit 5's graded notebook: what a learner gets wrong, and the score it must get."""

ONLY_RATIO = '''
def creixement_necessari(objectiu):
    return round((objectiu["valor_objectiu"] - objectiu["valor_inicial"]) / objectiu["valor_inicial"], 1)
'''

NO_ZERO_CASE = '''
def creixement_necessari(objectiu):
    inicial = objectiu["valor_inicial"]
    return round((objectiu["valor_objectiu"] - inicial) / inicial * 100, 1)
'''

ASCENDING = '''
def xarxes_mes_usades(franja, n=3):
    us = US_XARXES[franja]
    return sorted(us, key=us.get)[:n]
'''

FIXED_N = '''
def xarxes_mes_usades(franja, n=3):
    us = US_XARXES[franja]
    return sorted(us, key=us.get, reverse=True)[:3]
'''

DATE_WRONG = '''
collectius_codis = [c["codi"] for c in collectius]
objectius = [
    {"codi": "O1", "descripcio": "Augmentar la inscripció de joves a les ofertes d'ocupació",
     "indicador": "inscripcions mensuals", "valor_inicial": 20, "valor_objectiu": 35,
     "data_limit": "31/12/2027", "collectius": collectius_codis},
    {"codi": "O2", "descripcio": "Reduir les trucades a l'OAC el primer dia", "indicador": "trucades",
     "valor_inicial": 480, "valor_objectiu": 300, "data_limit": "2028-06-30", "collectius": ["gent-gran"]},
    {"codi": "O3", "descripcio": "Augmentar les parades inscrites a la fira de primavera", "indicador": "parades",
     "valor_inicial": 60, "valor_objectiu": 80, "data_limit": "2027-04-30", "collectius": ["comerc"]},
]
'''

UNCOVERED_GROUP = '''
objectius = [
    {"codi": "O1", "descripcio": "Augmentar la inscripció de joves a les ofertes d'ocupació",
     "indicador": "inscripcions mensuals", "valor_inicial": 20, "valor_objectiu": 35,
     "data_limit": "2027-12-31", "collectius": ["joves"]},
    {"codi": "O2", "descripcio": "Reduir les trucades a l'OAC el primer dia", "indicador": "trucades",
     "valor_inicial": 480, "valor_objectiu": 300, "data_limit": "2028-06-30", "collectius": ["gent-gran"]},
    {"codi": "O3", "descripcio": "Augmentar les parades inscrites a la fira de primavera", "indicador": "parades",
     "valor_inicial": 60, "valor_objectiu": 80, "data_limit": "2027-04-30", "collectius": ["comerc"]},
]
'''

ONE_GROUP_TYPE = '''
collectius = [
    {"codi": "joves", "nom": "Joves de 16 a 24 anys", "tipus": "ciutadania",
     "descripcio": "Estudiants i persones que busquen la primera feina al municipi."},
    {"codi": "gent-gran", "nom": "Gent gran", "tipus": "ciutadania",
     "descripcio": "Persones de més de 65 anys que truquen a l'OAC."},
    {"codi": "comerc", "nom": "Botiguers i botigueres", "tipus": "ciutadania",
     "descripcio": "Veïns i veïnes que tenen una botiga al centre."},
    {"codi": "entitats", "nom": "Persones sòcies d'entitats", "tipus": "ciutadania",
     "descripcio": "Veïns i veïnes que formen part d'associacions del municipi."},
]
'''

GROUP_BAD_TYPE = '''
collectius = [
    {"codi": "joves", "nom": "Joves de 16 a 24 anys", "tipus": "ciutadania",
     "descripcio": "Estudiants i persones que busquen la primera feina al municipi."},
    {"codi": "comerc", "nom": "Comerç local", "tipus": "comerç",
     "descripcio": "Botigues i parades del mercat municipal."},
    {"codi": "gent-gran", "nom": "Gent gran", "tipus": "ciutadania",
     "descripcio": "Persones de més de 65 anys que truquen a l'OAC."},
    {"codi": "entitats", "nom": "Entitats", "tipus": "entitats",
     "descripcio": "Associacions culturals i esportives del municipi."},
]
'''

TOO_MANY_NETWORKS = '''
xarxes = [
    {"xarxa": nom, "collectius": ["joves", "comerc", "gent-gran", "entitats"], "frequencia_setmanal": 2,
     "proposit": "informatiu", "justificacio": "És una xarxa que fa servir molta gent del municipi segons l'enquesta."}
    for nom in ["Instagram", "Facebook", "WhatsApp", "YouTube", "TikTok"]
]
'''

OVER_BUDGET = '''
xarxes = [
    {"xarxa": "Instagram", "collectius": ["joves"], "frequencia_setmanal": 14, "proposit": "informatiu",
     "justificacio": "La fa servir el 81 % del jovent de 16 a 24 anys segons l'enquesta."},
    {"xarxa": "Facebook", "collectius": ["gent-gran", "comerc", "entitats"], "frequencia_setmanal": 14,
     "proposit": "relacional", "justificacio": "És la segona xarxa de la gent gran i la fan servir les entitats."},
]
'''

# (description, {grade_id: new source}, expected score, {test grade_id: fragment of its Catalan message})
CASES = [
    ("col·lectius tots del mateix tipus", {"collectius": ONE_GROUP_TYPE}, 8,
     {"test_collectius": "del mateix tipus"}),
    ("col·lectiu amb un tipus inventat", {"collectius": GROUP_BAD_TYPE}, 8,
     {"test_collectius": "el tipus «comerç» no existeix"}),
    ("data límit en format català", {"objectius": DATE_WRONG}, 8,
     {"test_objectius": "escriu-la com AAAA-MM-DD"}),
    ("un col·lectiu sense objectiu", {"objectius": UNCOVERED_GROUP}, 8,
     {"test_objectius": "no tenen cap objectiu: entitats"}),
    ("creixement sense multiplicar per 100", {"creixement": ONLY_RATIO}, 8,
     {"test_creixement": "és 75.0 %"}),
    ("creixement sense el cas del valor inicial 0", {"creixement": NO_ZERO_CASE}, 9, {}),
    ("xarxes ordenades al revés", {"mes_usades": ASCENDING}, 8,
     {"test_mes_usades": "calia"}),
    ("n sempre igual a 3", {"mes_usades": FIXED_N}, 8,
     {"test_mes_usades": "calia"}),
    ("cinc xarxes", {"xarxes": TOO_MANY_NETWORKS}, 8,
     {"test_xarxes": "com a màxim quatre"}),
    ("massa publicacions per a l'equip", {"xarxes": OVER_BUDGET}, 8,
     {"test_xarxes": "hores setmanals"}),
]
