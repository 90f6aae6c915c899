"""Typical wrong answers for unit 1's graded notebook: what a learner gets wrong, and the score it must get."""

_ORGANITZACIO = '''
organitzacio = {
    "nom": "Ajuntament de Vilanova del Riu",
    "tipus": "ajuntament",
}
organitzacio["habitants"] = HABITANTS
organitzacio["compte_principal"] = COMPTE
organitzacio["unitat_responsable"] = "Gabinet d'alcaldia"
organitzacio["finalitat"] = "Que la ciutadania sàpiga quins serveis li ofereix l'Ajuntament i com fer-los servir."
organitzacio["publics"] = ["ciutadania", "entitats", "mitjans"]
organitzacio["qualitats"] = QUALITATS
'''


def _organitzacio(habitants="24000", compte='"@vilanovadelriu"', qualitats='["eficaç", "transparent", "entenedora"]'):
    return (_ORGANITZACIO.replace("HABITANTS", habitants).replace("COMPTE", compte)
            .replace("= QUALITATS", "= " + qualitats))


HABITANTS_AS_TEXT = _organitzacio(habitants='"24.000"')
ACCOUNT_WITHOUT_AT = _organitzacio(compte='"vilanovadelriu"')
MISSING_QUALITY = _organitzacio(qualitats='["eficaç", "entenedora"]')

COUNTS_LETTERS = '''
def frases_llargues(text, maxim=25):
    resultat = []
    for frase in frases(text):
        if len(frase) > maxim:
            resultat.append(frase)
    return resultat
'''

GREATER_OR_EQUAL = '''
def frases_llargues(text, maxim=25):
    resultat = []
    for frase in frases(text):
        if len(frase.split()) >= maxim:
            resultat.append(frase)
    return resultat
'''

FIXED_25 = '''
def frases_llargues(text, maxim=25):
    resultat = []
    for frase in frases(text):
        if len(frase.split()) > 25:
            resultat.append(frase)
    return resultat
'''

EVERY_ACRONYM = '''
def sigles_sense_explicar(text):
    return sigles(text)
'''

IGNORES_KNOWN_ACRONYMS = '''
def sigles_sense_explicar(text):
    resultat = []
    for sigla in sigles(text):
        if sigla not in sigles_explicades(text):
            resultat.append(sigla)
    return resultat
'''

RETURNS_THE_COUNT = '''
def pilar_govern_obert(iniciativa):
    millor = 0
    for pilar in PARAULES_CLAU:
        n = compta_paraules(iniciativa, PARAULES_CLAU[pilar])
        if n > millor:
            millor = n
    return millor
'''

DEFAULT_PILLAR = '''
def pilar_govern_obert(iniciativa):
    millor = "transparència"
    maxim = 0
    for pilar in PARAULES_CLAU:
        n = compta_paraules(iniciativa, PARAULES_CLAU[pilar])
        if n > maxim:
            millor = pilar
            maxim = n
    return millor
'''

TIE_GOES_TO_THE_LAST = '''
def pilar_govern_obert(iniciativa):
    millor = None
    maxim = 0
    for pilar in PARAULES_CLAU:
        n = compta_paraules(iniciativa, PARAULES_CLAU[pilar])
        if n >= maxim and n > 0:
            millor = pilar
            maxim = n
    return millor
'''

_ACCIONS = '''
accions_govern_obert = [
    {"pilar": "transparència",
     "accio": "Publicar cada mes una targeta sobre on van els impostos, amb l'enllaç al pressupost municipal",
     "xarxa": "Instagram", "retorn": ""},
    {"pilar": "participació",
     "accio": "Explicar el procés per decidir els usos de l'antiga fàbrica i convidar a les sessions obertes",
     "xarxa": "Facebook", "retorn": RETORN},
]
'''

NO_COLLABORATION = _ACCIONS.replace("RETORN", '"Un mes després publicarem què hem fet amb cada proposta."')

NO_FEEDBACK_TO_PARTICIPANTS = _ACCIONS.replace("RETORN", '""') + '''
accions_govern_obert.append({"pilar": "col·laboració", "xarxa": "WhatsApp", "retorn": "",
    "accio": "Compartir els avisos de protecció civil amb les entitats de voluntariat del municipi"})
'''

TWITTER = _ACCIONS.replace("RETORN", '"Un mes després publicarem què hem fet amb cada proposta."') + '''
accions_govern_obert.append({"pilar": "col·laboració", "xarxa": "Twitter", "retorn": "",
    "accio": "Compartir els avisos de protecció civil amb les entitats de voluntariat del municipi"})
'''

# (description, {grade_id: new source}, expected score, {test grade_id: fragment of its Catalan message})
CASES = [
    ("habitants escrits com a text amb punt de milers", {"u01_organitzacio": HABITANTS_AS_TEXT}, 8,
     {"test_u01_organitzacio": "sense cometes ni punt de milers"}),
    ("compte principal sense @", {"u01_organitzacio": ACCOUNT_WITHOUT_AT}, 8,
     {"test_u01_organitzacio": "amb @ al davant"}),
    ("falta una de les tres qualitats", {"u01_organitzacio": MISSING_QUALITY}, 8,
     {"test_u01_organitzacio": "Falten qualitats que el manual demana a la comunicació pública: transparent"}),
    ("frases llargues comptant lletres en lloc de paraules", {"u01_frases_llargues": COUNTS_LETTERS}, 8,
     {"test_u01_frases": "no lletres amb len(frase)"}),
    ("frases de 25 paraules comptades com a llargues", {"u01_frases_llargues": GREATER_OR_EQUAL}, 9,
     {"test_u01_frases_ocult": "compara amb > maxim"}),
    ("el màxim de 25 paraules escrit a dins de la funció", {"u01_frases_llargues": FIXED_25}, 9,
     {"test_u01_frases_ocult": "Fes servir el paràmetre maxim"}),
    ("totes les sigles, també les explicades", {"u01_sigles_sense_explicar": EVERY_ACRONYM}, 8,
     {"test_u01_sigles": "Descarta les sigles que són a sigles_explicades"}),
    ("sigles conegudes com DNI tornades com a sense explicar", {"u01_sigles_sense_explicar": IGNORES_KNOWN_ACRONYMS}, 9,
     {"test_u01_sigles_ocult": "SIGLES_CONEGUDES"}),
    ("el nombre de paraules en lloc del nom del pilar", {"u01_pilar_govern_obert": RETURNS_THE_COUNT}, 8,
     {"test_u01_pilar": "transparència"}),
    ("transparència quan no hi ha cap paraula clau", {"u01_pilar_govern_obert": DEFAULT_PILLAR}, 9,
     {"test_u01_pilar_ocult": "ha de tornar None"}),
    ("en un empat guanya l'últim pilar", {"u01_pilar_govern_obert": TIE_GOES_TO_THE_LAST}, 9,
     {"test_u01_pilar_ocult": "En cas d'empat"}),
    ("cap acció de col·laboració", {"u01_accions_govern_obert": NO_COLLABORATION}, 8,
     {"test_u01_accions": "Cap acció no treballa aquests pilars: col·laboració"}),
    ("participació sense retorn", {"u01_accions_govern_obert": NO_FEEDBACK_TO_PARTICIPANTS}, 8,
     {"test_u01_accions": "com i quan explicaràs"}),
    ("Twitter en lloc d'X", {"u01_accions_govern_obert": TWITTER}, 8,
     {"test_u01_accions": "La xarxa «Twitter» no és cap"}),
]
