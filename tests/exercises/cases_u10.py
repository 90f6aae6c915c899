"""Typical wrong answers for unit 10's graded notebook: what a learner gets wrong, and the score it must get."""

# Tasca 1: classificar els missatges.
CLASSIFY_QUESTION_FIRST = '''
def classifica(text):
    if te_dades_personals(text):
        return "dades personals"
    if conte_alguna(text, PARAULES_INSULT) and "?" not in text:
        return "insult"
    if "?" in text:
        return "consulta"
    if conte_alguna(text, PARAULES_QUEIXA):
        return "queixa"
    return "altres"
'''

CLASSIFY_INSULT_ALWAYS = '''
def classifica(text):
    if te_dades_personals(text):
        return "dades personals"
    if conte_alguna(text, PARAULES_INSULT):
        return "insult"
    if conte_alguna(text, PARAULES_QUEIXA):
        return "queixa"
    if "?" in text:
        return "consulta"
    return "altres"
'''

CLASSIFY_NO_OTHERS = '''
def classifica(text):
    if te_dades_personals(text):
        return "dades personals"
    if conte_alguna(text, PARAULES_INSULT) and "?" not in text:
        return "insult"
    if conte_alguna(text, PARAULES_QUEIXA):
        return "queixa"
    return "consulta"
'''

CLASSIFY_CASE_SENSITIVE = '''
def classifica(text):
    if te_dades_personals(text):
        return "dades personals"
    if any(paraula in text for paraula in PARAULES_INSULT) and "?" not in text:
        return "insult"
    if any(expressio in text for expressio in PARAULES_QUEIXA):
        return "queixa"
    if "?" in text:
        return "consulta"
    return "altres"
'''

# Tasca 2: canal i acció.
PROTOCOL_DELETE_EVERYWHERE = '''
def protocol(tipus, xarxa):
    xarxa = nom_canonic(xarxa)
    if tipus == "consulta":
        return {"canal": "públic", "accio": "respondre"}
    if tipus == "queixa":
        return {"canal": "públic", "accio": "respondre i registrar"}
    if tipus == "dades personals":
        return {"canal": "privat", "accio": "ocultar i continuar en privat"}
    if tipus == "insult":
        return {"canal": "cap", "accio": "esborrar"}
    return {"canal": "cap", "accio": "no respondre"}
'''

PROTOCOL_PERSONAL_DATA_IN_PUBLIC = '''
def protocol(tipus, xarxa):
    xarxa = nom_canonic(xarxa)
    if tipus == "consulta" or tipus == "dades personals":
        return {"canal": "públic", "accio": "respondre"}
    if tipus == "queixa":
        return {"canal": "públic", "accio": "respondre i registrar"}
    if tipus == "insult" and xarxa == "X":
        return {"canal": "cap", "accio": "no respondre"}
    if tipus == "insult":
        return {"canal": "cap", "accio": "esborrar"}
    return {"canal": "cap", "accio": "no respondre"}
'''

PROTOCOL_ORIGINAL_NAME = '''
def protocol(tipus, xarxa):
    if tipus == "consulta":
        return {"canal": "públic", "accio": "respondre"}
    if tipus == "queixa":
        return {"canal": "públic", "accio": "respondre i registrar"}
    if tipus == "dades personals":
        return {"canal": "privat", "accio": "ocultar i continuar en privat"}
    if tipus == "insult" and xarxa == "X":
        return {"canal": "cap", "accio": "no respondre"}
    if tipus == "insult":
        return {"canal": "cap", "accio": "esborrar"}
    return {"canal": "cap", "accio": "no respondre"}
'''

PROTOCOL_COMPLAINT_NOT_LOGGED = '''
def protocol(tipus, xarxa):
    xarxa = nom_canonic(xarxa)
    if tipus == "consulta" or tipus == "queixa":
        return {"canal": "públic", "accio": "respondre"}
    if tipus == "dades personals":
        return {"canal": "privat", "accio": "ocultar i continuar en privat"}
    if tipus == "insult" and xarxa == "X":
        return {"canal": "cap", "accio": "no respondre"}
    if tipus == "insult":
        return {"canal": "cap", "accio": "esborrar"}
    return {"canal": "cap", "accio": "no respondre"}
'''

# Tasca 3a: minuts a mà.
MINUTES_CLOCK_HOURS = '''
minuts_a_ma = {"A": 75, "B": 6600, "C": 2820}
'''

MINUTES_HOLIDAYS_COUNTED = '''
minuts_a_ma = {"A": 75, "B": 30 + 660 + 660 + 30, "C": 90}
'''

# Tasca 3b: el percentatge de respostes a temps.
_PERCENT = '''
def percentatge_en_termini(missatges, limit_hores=2):
    resposts = 0
    a_temps = 0
    for missatge in missatges:
        if CONDITION_ANSWERED:
            resposts = resposts + 1
            if minuts_de_servei(missatge["rebut"], missatge["resposta"]) COMPARISON limit_hores * 60:
                a_temps = a_temps + 1
    if resposts == 0:
        return None
    return RESULT
'''


def _percent(answered='missatge["resposta"] is not None', comparison="<=",
             result="round(a_temps / resposts * 100, 1)"):
    return (_PERCENT.replace("CONDITION_ANSWERED", answered).replace("COMPARISON", comparison)
            .replace("RESULT", result))


PERCENT_STRICTLY_LESS = _percent(comparison="<")
PERCENT_NOT_ROUNDED = _percent(result="a_temps / resposts * 100")
PERCENT_NO_HUNDRED = _percent(result="round(a_temps / resposts, 1)")

PERCENT_ALL_MESSAGES = '''
def percentatge_en_termini(missatges, limit_hores=2):
    a_temps = 0
    for missatge in missatges:
        if missatge["resposta"] is not None:
            if minuts_de_servei(missatge["rebut"], missatge["resposta"]) <= limit_hores * 60:
                a_temps = a_temps + 1
    if len(missatges) == 0:
        return None
    return round(a_temps / len(missatges) * 100, 1)
'''

PERCENT_CLOCK_HOURS = '''
def percentatge_en_termini(missatges, limit_hores=2):
    resposts = 0
    a_temps = 0
    for missatge in missatges:
        if missatge["resposta"] is not None:
            resposts = resposts + 1
            durada = datetime.fromisoformat(missatge["resposta"]) - datetime.fromisoformat(missatge["rebut"])
            if durada.total_seconds() / 60 <= limit_hores * 60:
                a_temps = a_temps + 1
    if resposts == 0:
        return None
    return round(a_temps / resposts * 100, 1)
'''

PERCENT_FIXED_TWO_HOURS = '''
def percentatge_en_termini(missatges, limit_hores=2):
    resposts = 0
    a_temps = 0
    for missatge in missatges:
        if missatge["resposta"] is not None:
            resposts = resposts + 1
            if minuts_de_servei(missatge["rebut"], missatge["resposta"]) <= 120:
                a_temps = a_temps + 1
    if resposts == 0:
        return None
    return round(a_temps / resposts * 100, 1)
'''

# (description, {grade_id: new source}, expected score, {test grade_id: fragment of its Catalan message})
CASES = [
    ("la consulta es mira abans que la queixa", {"classifica": CLASSIFY_QUESTION_FIRST}, 7,
     {"test_classifica": "la queixa es mira abans que la consulta"}),
    ("insult encara que hi hagi una pregunta", {"classifica": CLASSIFY_INSULT_ALWAYS}, 7,
     {"test_classifica": "l'insult porta una pregunta real"}),
    ("sense el tipus altres", {"classifica": CLASSIFY_NO_OTHERS}, 7,
     {"test_classifica": "no és cap dels quatre primers tipus"}),
    ("classificació que distingeix majúscules", {"classifica": CLASSIFY_CASE_SENSITIVE}, 9, {}),
    ("esborrar els insults també a X", {"protocol": PROTOCOL_DELETE_EVERYWHERE}, 7,
     {"test_protocol": "l'acció és 'no respondre'"}),
    ("dades personals respostes en públic", {"protocol": PROTOCOL_PERSONAL_DATA_IN_PUBLIC}, 7,
     {"test_protocol": "el canal és 'privat'"}),
    ("queixes sense registrar", {"protocol": PROTOCOL_COMPLAINT_NOT_LOGGED}, 7,
     {"test_protocol": "l'acció és 'respondre i registrar'"}),
    ("sense normalitzar el nom de la xarxa", {"protocol": PROTOCOL_ORIGINAL_NAME}, 9, {}),
    ("minuts en hores de rellotge", {"minuts_a_ma": MINUTES_CLOCK_HOURS}, 9,
     {"test_minuts_a_ma": "has comptat hores de rellotge"}),
    ("minuts comptant els festius", {"minuts_a_ma": MINUTES_HOLIDAYS_COUNTED}, 9,
     {"test_minuts_a_ma": "divendres 3 i dilluns 6 són festius"}),
    ("120 minuts justos no és a temps", {"percentatge": PERCENT_STRICTLY_LESS}, 8,
     {"test_percentatge": "«més petit o igual» (<=)"}),
    ("dividir per tots els missatges", {"percentatge": PERCENT_ALL_MESSAGES}, 7,
     {"test_percentatge": "divideix pels 10 missatges resposts"}),
    ("percentatge sense multiplicar per 100", {"percentatge": PERCENT_NO_HUNDRED}, 7,
     {"test_percentatge": "Falta multiplicar per 100"}),
    ("percentatge sense arrodonir", {"percentatge": PERCENT_NOT_ROUNDED}, 9, {}),
    ("temps en hores de rellotge", {"percentatge": PERCENT_CLOCK_HOURS}, 7,
     {"test_percentatge": "Fes servir minuts_de_servei"}),
    ("límit sempre de dues hores", {"percentatge": PERCENT_FIXED_TWO_HOURS}, 7,
     {"test_percentatge": "Fes servir limit_hores * 60"}),
]
