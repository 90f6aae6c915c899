"""Typical wrong answers for unit 4's graded notebook: what a learner gets wrong, and the score it must get."""

# Tasca 1a: the months between two dates.
NO_DAY_ADJUSTMENT = '''
def mesos_sense_publicar(ultima_publicacio, data_referencia):
    a1, m1, d1 = parts_data(ultima_publicacio)
    a2, m2, d2 = parts_data(data_referencia)
    return (a2 - a1) * 12 + (m2 - m1)
'''

IGNORES_YEARS = '''
def mesos_sense_publicar(ultima_publicacio, data_referencia):
    a1, m1, d1 = parts_data(ultima_publicacio)
    a2, m2, d2 = parts_data(data_referencia)
    mesos = m2 - m1
    if d2 < d1:
        mesos = mesos - 1
    return mesos
'''

# Tasca 1b: the inactive accounts.
STRICTLY_GREATER = '''
def comptes_inactius(inventari, data_referencia, llindar=LLINDAR_INACTIU):
    inactius = []
    for compte in inventari:
        if mesos_sense_publicar(compte["ultima_publicacio"], data_referencia) > llindar:
            inactius.append(compte)
    return inactius
'''

ONLY_NAMES = '''
def comptes_inactius(inventari, data_referencia, llindar=LLINDAR_INACTIU):
    inactius = []
    for compte in inventari:
        if mesos_sense_publicar(compte["ultima_publicacio"], data_referencia) >= llindar:
            inactius.append(compte["compte"])
    return inactius
'''

FIXED_THRESHOLD = '''
def comptes_inactius(inventari, data_referencia, llindar=LLINDAR_INACTIU):
    inactius = []
    for compte in inventari:
        if mesos_sense_publicar(compte["ultima_publicacio"], data_referencia) >= 6:
            inactius.append(compte)
    return inactius
'''

# Tasca 2: the SWOT analysis and its actions.
_DAFO = '''
dafo = {
    "debilitats": ["Tres comptes inactius de deu, un obert amb el correu personal d'una antiga treballadora",
                   "No hi ha cap guia d'usos ni circuit d'aprovació",
                   "Poques hores de personal dedicades a les xarxes",
                   "No es mesura cap indicador de manera regular"],
    "amenaces": [AMENACES],
    "fortaleses": ["L'OAC coneix bé les preguntes freqüents", "Molts tràmits es fan al web",
                   "La pàgina de Facebook té comunitat"],
    "oportunitats": ["El 81 % del jovent fa servir Instagram", "Entitats i comerç volen més difusió",
                     "La diputació ofereix suport als ajuntaments"],
}
'''

TWO_THREATS = _DAFO.replace("AMENACES", '"Rumors en grups veïnals de Facebook", "La gent gran no fa servir xarxes"')

REPEATED_ITEM = _DAFO.replace("AMENACES", '"Rumors en grups veïnals de Facebook", "La gent gran no fa servir xarxes", '
                                          '"Molts tràmits es fan al web"')

ACTION_MISSING = '''
accions = {
    "Tres comptes inactius de deu, un obert amb el correu personal d'una antiga treballadora":
        "Recuperar l'accés a la pàgina de la Festa Major i tancar els comptes inactius",
    "No hi ha cap guia d'usos ni circuit d'aprovació": "Redactar la guia d'usos i estil aquest any",
    "Poques hores de personal dedicades a les xarxes": "Assignar deu hores setmanals a dues persones",
}
'''

ACTION_KEY_MISCOPIED = '''
accions = {
    "Tres comptes inactius de deu, un obert amb el correu personal d'una antiga treballadora":
        "Recuperar l'accés a la pàgina de la Festa Major i tancar els comptes inactius",
    "No hi ha cap guia d'usos ni circuit d'aprovació": "Redactar la guia d'usos i estil aquest any",
    "Poques hores de personal dedicades a les xarxes": "Assignar deu hores setmanals a dues persones",
    "No es mesura cap indicador regularment": "Elaborar un informe mensual amb els indicadors del pla",
}
'''

# Tasca 3: the benchmark percentile.
NO_TIES = '''
def percentil(valor, similars):
    if len(similars) == 0:
        return None
    per_sota = 0
    for altre in similars:
        if altre < valor:
            per_sota = per_sota + 1
    return round(per_sota / len(similars) * 100, 1)
'''

ALWAYS_FIVE = '''
def percentil(valor, similars):
    if len(similars) == 0:
        return None
    punts = 0
    for altre in similars:
        if altre < valor:
            punts = punts + 1
        elif altre == valor:
            punts = punts + 0.5
    return round(punts / 5 * 100, 1)
'''

FRACTION_NOT_PERCENT = '''
def percentil(valor, similars):
    if len(similars) == 0:
        return None
    punts = 0
    for altre in similars:
        if altre < valor:
            punts = punts + 1
        elif altre == valor:
            punts = punts + 0.5
    return round(punts / len(similars), 1)
'''

NO_EMPTY_CASE = '''
def percentil(valor, similars):
    punts = 0
    for altre in similars:
        if altre < valor:
            punts = punts + 1
        elif altre == valor:
            punts = punts + 0.5
    return round(punts / len(similars) * 100, 1)
'''

# (description, {grade_id: new source}, expected score, {test grade_id: fragment of its Catalan message})
CASES = [
    # Tasca 1a loses its two points, and 1b's hidden test (another date) fails with it: 7.
    ("mesos sense restar el mes incomplet", {"mesos": NO_DAY_ADJUSTMENT}, 7,
     {"test_mesos": "Si el dia de referència és més petit, resta 1"}),
    # Without the years, the Festa Major page (26 months) looks active: 1b fails too.
    ("mesos sense comptar els anys", {"mesos": IGNORES_YEARS}, 6,
     {"test_mesos": "multiplicar per 12", "test_inactius": "la funció troba"}),
    ("inactiu només si supera estrictament el llindar", {"inactius": STRICTLY_GREATER}, 9, {}),
    ("torna només els noms dels comptes", {"inactius": ONLY_NAMES}, 8,
     {"test_inactius": "els comptes sencers"}),
    ("llindar fix de 6 mesos", {"inactius": FIXED_THRESHOLD}, 9, {}),
    ("un quadrant amb dos elements", {"dafo": TWO_THREATS}, 8,
     {"test_dafo": "El quadrant «amenaces» té 2 elements"}),
    ("un element repetit en dos quadrants", {"dafo": REPEATED_ITEM}, 8,
     {"test_dafo": "surten més d'una vegada"}),
    ("una debilitat sense acció", {"accions": ACTION_MISSING}, 9,
     {"test_accions": "no tenen cap acció"}),
    ("la clau d'una acció mal copiada", {"accions": ACTION_KEY_MISCOPIED}, 9,
     {"test_accions": "no són cap debilitat"}),
    ("percentil sense comptar els empats", {"percentil": NO_TIES}, 7,
     {"test_percentil": "Compta els iguals com a mig perfil"}),
    ("percentil dividit sempre per 5", {"percentil": ALWAYS_FIVE}, 9, {}),
    ("percentil sense multiplicar per 100", {"percentil": FRACTION_NOT_PERCENT}, 7,
     {"test_percentil": "× 100"}),
    ("percentil sense el cas de la llista buida", {"percentil": NO_EMPTY_CASE}, 9, {}),
]
