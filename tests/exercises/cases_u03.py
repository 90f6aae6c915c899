"""Typical wrong answers for unit 3's graded notebook: what a learner gets wrong, and the score it must get."""

SWAPPED_WEIGHTS = '''
def puntua_candidatura(candidatura):
    for punts in candidatura["actituds"].values():
        if punts < ACTITUD_MINIMA:
            return 0
    return round(PES_APTITUDS * mitjana(candidatura["actituds"]) + PES_ACTITUDS * mitjana(candidatura["aptituds"]), 2)
'''

TWO_POINTS_EXCLUDED = '''
def puntua_candidatura(candidatura):
    for punts in candidatura["actituds"].values():
        if punts <= ACTITUD_MINIMA:
            return 0
    return round(PES_ACTITUDS * mitjana(candidatura["actituds"]) + PES_APTITUDS * mitjana(candidatura["aptituds"]), 2)
'''

LOW_APTITUDE_EXCLUDED = '''
def puntua_candidatura(candidatura):
    for punts in list(candidatura["actituds"].values()) + list(candidatura["aptituds"].values()):
        if punts < ACTITUD_MINIMA:
            return 0
    return round(PES_ACTITUDS * mitjana(candidatura["actituds"]) + PES_APTITUDS * mitjana(candidatura["aptituds"]), 2)
'''

NO_EXCLUSION = '''
def puntua_candidatura(candidatura):
    return round(PES_ACTITUDS * mitjana(candidatura["actituds"]) + PES_APTITUDS * mitjana(candidatura["aptituds"]), 2)
'''

_RESPONSABLE = ('    {"nom": "Laia Puig Serra", "rol": "responsable", "correu": "lpuig@vilanovadelriu.cat", '
                '"permanent": PERMANENT},\n')


def _equip(*people, permanent="True"):
    return "equip = [\n" + _RESPONSABLE.replace("PERMANENT", permanent) + "".join(
        f'    {{"nom": "{nom}", "rol": "{rol}", "correu": "{correu}", "permanent": True}},\n'
        for nom, rol, correu in people) + "]\n"


_SUPLENT = ("Marc Soler Vidal", "suplent", "msoler@vilanovadelriu.cat")
_EDITORA = ("Aina Ferrer Roca", "persona editora", "aferrer@vilanovadelriu.cat")

TWO_RESPONSIBLES = _equip(_SUPLENT, ("Aina Ferrer Roca", "responsable", "aferrer@vilanovadelriu.cat"), _EDITORA)
PRIVATE_EMAIL = _equip(_SUPLENT, ("Aina Ferrer Roca", "persona editora", "aina.ferrer@gmail.com"))
NO_DEPUTY = _equip(_EDITORA)
TEMPORARY_RESPONSIBLE = _equip(_SUPLENT, _EDITORA, permanent="False")

_PERFIL = '''
perfil = {"xarxa": "Instagram", "usuari": "vilanovadelriu"}
perfil["nom_visible"] = "Ajuntament de Vilanova del Riu"
perfil["bio"] = BIO
perfil["correu_compte"] = CORREU
'''


def _perfil(bio='"Ajuntament de Vilanova del Riu. Serveis, avisos i agenda del municipi."',
            correu='"xarxes@vilanovadelriu.cat"'):
    return _PERFIL.replace("BIO", bio).replace("CORREU", correu)


NAME_IN_BIO = _perfil(bio='"Ajuntament de Vilanova del Riu. Et respon la Laia, de dilluns a divendres."')
PERSONAL_ACCOUNT_EMAIL = _perfil(correu='"lpuig@vilanovadelriu.cat"')
LONG_BIO = _perfil(bio='"Ajuntament de Vilanova del Riu. " * 6')

COUNTS_EVERYONE = '''
def abast_potencial(persones, continguts_setmana):
    return sum(p["contactes"] for p in persones) * continguts_setmana
'''

FORGETS_TRAINING = '''
def abast_potencial(persones, continguts_setmana):
    total = 0
    for persona in persones:
        if persona["voluntaria"]:
            total = total + persona["contactes"]
    return total * continguts_setmana
'''

OR_INSTEAD_OF_AND = '''
def abast_potencial(persones, continguts_setmana):
    total = 0
    for persona in persones:
        if persona["voluntaria"] or persona["formada"]:
            total = total + persona["contactes"]
    return total * continguts_setmana
'''

# (description, {grade_id: new source}, expected score, {test grade_id: fragment of its Catalan message})
CASES = [
    ("pesos intercanviats", {"u03_puntua_candidatura": SWAPPED_WEIGHTS}, 7,
     {"test_u03_puntua": "Revisa els pesos"}),
    ("una actitud de 2 punts deixa fora la candidatura", {"u03_puntua_candidatura": TWO_POINTS_EXCLUDED}, 9,
     {"test_u03_puntua_ocult": "exactament ACTITUD_MINIMA"}),
    ("les aptituds baixes també deixen fora", {"u03_puntua_candidatura": LOW_APTITUDE_EXCLUDED}, 9,
     {"test_u03_puntua_ocult": "Només les actituds"}),
    ("sense el mínim d'actitud", {"u03_puntua_candidatura": NO_EXCLUSION}, 7,
     {"test_u03_puntua": "La candidatura B té una actitud"}),
    ("dues persones responsables", {"u03_equip": TWO_RESPONSIBLES}, 8,
     {"test_u03_equip": "n'hi ha d'haver exactament una"}),
    ("una persona editora amb correu personal", {"u03_equip": PRIVATE_EMAIL}, 8,
     {"test_u03_equip": "no és corporatiu"}),
    ("sense suplent", {"u03_equip": NO_DEPUTY}, 8,
     {"test_u03_equip": "Falta una persona suplent"}),
    ("responsable que no és personal permanent", {"u03_equip": TEMPORARY_RESPONSIBLE}, 8,
     {"test_u03_equip": "personal permanent"}),
    ("el nom de la responsable a la bio", {"u03_perfil": NAME_IN_BIO}, 8,
     {"test_u03_perfil": "El perfil porta noms de l'equip (laia)"}),
    ("el compte obert amb el correu de la responsable", {"u03_perfil": PERSONAL_ACCOUNT_EMAIL}, 8,
     {"test_u03_perfil": "correu corporatiu genèric"}),
    ("bio de més de 160 caràcters", {"u03_perfil": LONG_BIO}, 8,
     {"test_u03_perfil": "com a màxim 160"}),
    ("tothom compta, també qui no s'hi ha apuntat", {"u03_abast_potencial": COUNTS_EVERYONE}, 7,
     {"test_u03_abast": "La Carme no s'hi ha apuntat"}),
    ("oblida la formació", {"u03_abast_potencial": FORGETS_TRAINING}, 9,
     {"test_u03_abast_ocult": "fes servir and"}),
    ("or en lloc d'and", {"u03_abast_potencial": OR_INSTEAD_OF_AND}, 7,
     {"test_u03_abast": "2460"}),
]
