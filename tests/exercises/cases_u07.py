"""Typical wrong answers for unit 7's graded notebook: what a learner gets wrong, and the score it must get."""

# Tasca 1: the engagement rate.
NO_PERCENT = '''
def taxa_interaccio(publicacions):
    impressions = total(publicacions, "impressions")
    if impressions == 0:
        return None
    return round(total(publicacions, "interaccions") / impressions, 2)
'''

MEAN_OF_POST_RATES = '''
def taxa_interaccio(publicacions):
    taxes = []
    for p in publicacions:
        if p["impressions"] > 0:
            taxes.append(p["interaccions"] / p["impressions"] * 100)
    if len(taxes) == 0:
        return None
    return round(sum(taxes) / len(taxes), 2)
'''

NO_ZERO_GUARD = '''
def taxa_interaccio(publicacions):
    return round(total(publicacions, "interaccions") / total(publicacions, "impressions") * 100, 2)
'''

ZERO_INSTEAD_OF_NONE = '''
def taxa_interaccio(publicacions):
    impressions = total(publicacions, "impressions")
    if impressions == 0:
        return 0
    return round(total(publicacions, "interaccions") / impressions * 100, 2)
'''

ONE_DECIMAL = '''
def taxa_interaccio(publicacions):
    impressions = total(publicacions, "impressions")
    if impressions == 0:
        return None
    return round(total(publicacions, "interaccions") / impressions * 100, 1)
'''

# Tasca 2a: follower growth.
GROWTH_OVER_FINAL = '''
def creixement_seguidors(files):
    if len(files) == 0:
        return None
    inicial = files[0]["seguidors_inici"]
    final = files[-1]["seguidors_final"]
    if final == 0:
        return None
    return round((final - inicial) / final * 100, 1)
'''

GROWTH_NO_GUARD = '''
def creixement_seguidors(files):
    if len(files) == 0:
        return None
    inicial = files[0]["seguidors_inici"]
    final = files[-1]["seguidors_final"]
    return round((final - inicial) / inicial * 100, 1)
'''

GROWTH_FIRST_MONTH_ONLY = '''
def creixement_seguidors(files):
    if len(files) == 0:
        return None
    inicial = files[0]["seguidors_inici"]
    final = files[0]["seguidors_final"]
    if inicial == 0:
        return None
    return round((final - inicial) / inicial * 100, 1)
'''

# Tasca 2b: retweet ratio.
RATIO_UPSIDE_DOWN = '''
def ratio_retuits(publicacions):
    propies = 0
    retuits = 0
    for p in publicacions:
        if p["tipus"] == "propia":
            propies = propies + 1
        else:
            retuits = retuits + 1
    if retuits == 0:
        return None
    return round(propies / retuits, 2)
'''

RATIO_NO_GUARD = '''
def ratio_retuits(publicacions):
    propies = 0
    retuits = 0
    for p in publicacions:
        if p["tipus"] == "propia":
            propies = propies + 1
        else:
            retuits = retuits + 1
    return round(retuits / propies, 2)
'''

RATIO_OVER_ALL_POSTS = '''
def ratio_retuits(publicacions):
    if len(publicacions) == 0:
        return None
    retuits = 0
    for p in publicacions:
        if p["tipus"] == "republicacio":
            retuits = retuits + 1
    return round(retuits / len(publicacions), 2)
'''

# Tasca 3: objective status.
IGNORES_DIRECTION = '''
def estat_objectiu(valor, objectiu):
    if valor is None:
        return "sense dades"
    if valor >= objectiu["valor_objectiu"]:
        return "assolit"
    return "no assolit"
'''

STRICTLY_BETTER = '''
def estat_objectiu(valor, objectiu):
    if valor is None:
        return "sense dades"
    if objectiu["sentit"] == "pujar" and valor > objectiu["valor_objectiu"]:
        return "assolit"
    if objectiu["sentit"] == "baixar" and valor < objectiu["valor_objectiu"]:
        return "assolit"
    return "no assolit"
'''

ZERO_AS_NO_DATA = '''
def estat_objectiu(valor, objectiu):
    if not valor:
        return "sense dades"
    if objectiu["sentit"] == "pujar" and valor >= objectiu["valor_objectiu"]:
        return "assolit"
    if objectiu["sentit"] == "baixar" and valor <= objectiu["valor_objectiu"]:
        return "assolit"
    return "no assolit"
'''

RETURNS_BOOLEAN = '''
def estat_objectiu(valor, objectiu):
    if valor is None:
        return None
    if objectiu["sentit"] == "pujar":
        return valor >= objectiu["valor_objectiu"]
    return valor <= objectiu["valor_objectiu"]
'''

# (description, {grade_id: new source}, expected score, {test grade_id: fragment of its Catalan message})
CASES = [
    ("taxa d'interacció sense multiplicar per 100", {"taxa_interaccio": NO_PERCENT}, 7,
     {"test_taxa_interaccio": "multiplica per 100"}),
    ("taxa d'interacció com a mitjana de les taxes de cada publicació", {"taxa_interaccio": MEAN_OF_POST_RATES}, 7,
     {"test_taxa_interaccio": "però la funció torna 1.91"}),
    ("taxa d'interacció que divideix per zero", {"taxa_interaccio": NO_ZERO_GUARD}, 7,
     {"test_taxa_interaccio": "divideix per zero"}),
    ("taxa d'interacció 0 en lloc de None", {"taxa_interaccio": ZERO_INSTEAD_OF_NONE}, 7,
     {"test_taxa_interaccio": "ha de tornar None, no 0"}),
    ("taxa d'interacció arrodonida a un decimal", {"taxa_interaccio": ONE_DECIMAL}, 7,
     {"test_taxa_interaccio": "Arrodoneix a dos decimals"}),
    ("creixement dividit pels seguidors finals", {"creixement_seguidors": GROWTH_OVER_FINAL}, 8,
     {"test_creixement_seguidors": "el creixement és 4.5"}),
    ("creixement que divideix per zero", {"creixement_seguidors": GROWTH_NO_GUARD}, 9,
     {"test_creixement_seguidors": "divideix per zero"}),
    ("creixement només del primer mes", {"creixement_seguidors": GROWTH_FIRST_MONTH_ONLY}, 8,
     {"test_creixement_seguidors": "el creixement és 25.0"}),
    ("ràtio de retuits a l'inrevés", {"ratio_retuits": RATIO_UPSIDE_DOWN}, 8,
     {"test_ratio_retuits": "no a l'inrevés"}),
    ("ràtio de retuits que divideix per zero", {"ratio_retuits": RATIO_NO_GUARD}, 8,
     {"test_ratio_retuits": "divideix per zero"}),
    ("ràtio de retuits sobre totes les publicacions", {"ratio_retuits": RATIO_OVER_ALL_POSTS}, 8,
     {"test_ratio_retuits": "la ràtio és 0.42"}),
    ("estat sense tenir en compte el sentit", {"estat_objectiu": IGNORES_DIRECTION}, 7,
     {"test_estat_objectiu": "Tingues en compte el sentit"}),
    ("estat que no accepta el valor exacte de l'objectiu", {"estat_objectiu": STRICTLY_BETTER}, 9, {}),
    ("estat que tracta el 0 com a sense dades", {"estat_objectiu": ZERO_AS_NO_DATA}, 9, {}),
    ("estat que torna True o False", {"estat_objectiu": RETURNS_BOOLEAN}, 7,
     {"test_estat_objectiu": "ha de tornar \"assolit\", \"no assolit\" o \"sense dades\""}),
]
