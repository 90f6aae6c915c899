"""Typical wrong answers for unit 2's graded notebook: what a learner gets wrong, and the score it must get."""

STRICTLY_ABOVE_MINIMUM = '''
def tria_xarxes(franges, minim=50):
    triades = {}
    for xarxa in XARXES:
        if percentatge_public(xarxa, franges) > minim:
            triades[xarxa] = percentatge_public(xarxa, franges)
    return sorted(triades, key=triades.get, reverse=True)
'''

NOT_SORTED = '''
def tria_xarxes(franges, minim=50):
    triades = []
    for xarxa in XARXES:
        if percentatge_public(xarxa, franges) >= minim:
            triades.append(xarxa)
    return triades
'''

FIRST_AGE_GROUP_ONLY = '''
def tria_xarxes(franges, minim=50):
    us = US_XARXES[franges[0]]
    triades = {}
    for xarxa in XARXES:
        if us[xarxa] >= minim:
            triades[xarxa] = us[xarxa]
    return sorted(triades, key=triades.get, reverse=True)
'''

HOURS_BEFORE_TAG = '''
def decideix_presencia(peticio):
    if not peticio["objectius"]:
        return NO_OBRIR
    if peticio["hores_setmanals"] < HORES_MINIMES:
        return NO_OBRIR
    if peticio["compte_similar"] or peticio["durada_mesos"] < DURADA_MINIMA_MESOS:
        return ETIQUETA
    return OBRIR
'''

EIGHT_HOURS_NOT_ENOUGH = '''
def decideix_presencia(peticio):
    if not peticio["objectius"]:
        return NO_OBRIR
    if peticio["compte_similar"] or peticio["durada_mesos"] < DURADA_MINIMA_MESOS:
        return ETIQUETA
    if peticio["hores_setmanals"] <= HORES_MINIMES:
        return NO_OBRIR
    return OBRIR
'''

NO_OBJECTIVES_RULE = '''
def decideix_presencia(peticio):
    if peticio["compte_similar"] or peticio["durada_mesos"] < DURADA_MINIMA_MESOS:
        return ETIQUETA
    if peticio["hores_setmanals"] < HORES_MINIMES:
        return NO_OBRIR
    return OBRIR
'''

IGNORES_DURATION = '''
def decideix_presencia(peticio):
    if not peticio["objectius"]:
        return NO_OBRIR
    if peticio["compte_similar"]:
        return ETIQUETA
    if peticio["hores_setmanals"] < HORES_MINIMES:
        return NO_OBRIR
    return OBRIR
'''

HALF_IS_ENOUGH = '''
def tipus_de_compte(compte):
    total = compte["publicacions"] + compte["converses"] + compte["consultes"]
    if total == 0:
        return "inactiu"
    if compte["publicacions"] >= total / 2:
        return "informatiu"
    if compte["converses"] >= total / 2:
        return "relacional"
    if compte["consultes"] >= total / 2:
        return "atencio"
    return "mixt"
'''

WITH_ACCENT = '''
def tipus_de_compte(compte):
    total = compte["publicacions"] + compte["converses"] + compte["consultes"]
    if total == 0:
        return "inactiu"
    if compte["publicacions"] > total / 2:
        return "informatiu"
    if compte["converses"] > total / 2:
        return "relacional"
    if compte["consultes"] > total / 2:
        return "atenció"
    return "mixt"
'''

LARGEST_ACTIVITY = '''
def tipus_de_compte(compte):
    tipus = {"informatiu": compte["publicacions"], "relacional": compte["converses"], "atencio": compte["consultes"]}
    return max(tipus, key=tipus.get)
'''

# (description, {grade_id: new source}, expected score, {test grade_id: fragment of its Catalan message})
CASES = [
    ("xarxes que arriben just al mínim descartades", {"u02_tria_xarxes": STRICTLY_ABOVE_MINIMUM}, 9,
     {"test_u02_tria_ocult": "compara amb >="}),
    ("xarxes sense ordenar per ús", {"u02_tria_xarxes": NOT_SORTED}, 7,
     {"test_u02_tria": "de més a menys ús"}),
    ("només la primera franja del públic", {"u02_tria_xarxes": FIRST_AGE_GROUP_ONLY}, 9,
     {"test_u02_tria_ocult": "totes les franges"}),
    ("les hores abans que l'etiqueta", {"u02_decideix_presencia": HOURS_BEFORE_TAG}, 8,
     {"test_u02_presencia": "Comprova la regla 2 abans de la regla de les hores"}),
    ("vuit hores justes no arriben", {"u02_decideix_presencia": EIGHT_HOURS_NOT_ENOUGH}, 8,
     {"test_u02_presencia_ocult": "Amb exactament HORES_MINIMES"}),
    ("sense la regla dels objectius", {"u02_decideix_presencia": NO_OBJECTIVES_RULE}, 8,
     {"test_u02_presencia_ocult": "Sense objectius"}),
    ("campanyes curtes amb compte propi", {"u02_decideix_presencia": IGNORES_DURATION}, 8,
     {"test_u02_presencia_ocult": "DURADA_MINIMA_MESOS"}),
    ("la meitat justa ja decideix el tipus", {"u02_tipus_de_compte": HALF_IS_ENOUGH}, 9,
     {"test_u02_tipus_ocult": "Exactament la meitat"}),
    ("«atenció» amb accent", {"u02_tipus_de_compte": WITH_ACCENT}, 7,
     {"test_u02_tipus": "sense accent"}),
    ("sempre l'activitat més gran, mai mixt", {"u02_tipus_de_compte": LARGEST_ACTIVITY}, 9,
     {"test_u02_tipus_ocult": "inactiu"}),
]
