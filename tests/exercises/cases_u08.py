"""Typical wrong answers for unit 8's graded notebook: what a learner gets wrong, and the score it must get."""

# Tasca 1a: el nom d'usuari.
NAME_NO_CHARACTER_CHECK = '''
def nom_valid(nom, sufix):
    if len(nom) > LLARGADA_MAXIMA_NOM:
        return False
    if not nom.endswith(sufix) or len(nom) <= len(sufix):
        return False
    return True
'''

NAME_ISALNUM = '''
def nom_valid(nom, sufix):
    if len(nom) > LLARGADA_MAXIMA_NOM:
        return False
    if not nom.endswith(sufix) or len(nom) <= len(sufix):
        return False
    for caracter in nom:
        if not (caracter.isalnum() or caracter == "_"):
            return False
    return True
'''

NAME_ONLY_SUFFIX_ACCEPTED = '''
def nom_valid(nom, sufix):
    if len(nom) > LLARGADA_MAXIMA_NOM:
        return False
    if not nom.endswith(sufix):
        return False
    for caracter in nom:
        if caracter not in CARACTERS_PERMESOS:
            return False
    return True
'''

# Tasca 1b: el perfil de Joventut.
_PROFILE = '''
perfil_esports = {
    "xarxa": "Instagram", "nom_usuari": "esportsvilanova", "nom_visible": "Esports Vilanova del Riu",
    "bio": "Servei d'Esports. Ajuntament de Vilanova del Riu. Instal·lacions, curses i activitats per a totes les edats.",
    "web": "vilanovadelriu.cat/esports", "ubicacio": "Vilanova del Riu", "correu": "esports.xarxes@vilanovadelriu.cat",
}
perfil_joventut = {
    "xarxa": "Instagram", "nom_usuari": NOM, "nom_visible": "Joventut Vilanova del Riu",
    "bio": BIO,
    "web": "vilanovadelriu.cat/joventut", "ubicacio": "Vilanova del Riu", "correu": CORREU,
}
'''
GOOD_BIO = '"Servei de Joventut. Ajuntament de Vilanova del Riu. Atenció de dl. a dv., de 9 a 14 h."'


def _profile(nom='"jovevilanova"', bio=GOOD_BIO, correu='"joventut.xarxes@vilanovadelriu.cat"'):
    return _PROFILE.replace("NOM", nom).replace("BIO", bio).replace("CORREU", correu)


PROFILE_NAME_TOO_LONG = _profile(nom='"joventutvilanova"')
PROFILE_BIO_TOO_LONG = _profile(bio=(
    '"Servei de Joventut de l\'Ajuntament de Vilanova del Riu. Informació, activitats i assessorament per a joves. '
    'Atenció de dl. a dv., de 9 a 14 h. Youth Service, Vilanova del Riu."'))
PROFILE_BIO_EDITOR_NAME = _profile(bio='"Servei de Joventut. Ajuntament de Vilanova del Riu. Et respon Marta Soler."')
PROFILE_PERSONAL_EMAIL = _profile(correu='"msoler@vilanovadelriu.cat"')
PROFILE_GMAIL = _profile(correu='"jovevilanova@gmail.com"')

# Tasca 2: l'auditoria de seguretat.
AUDIT_NO_APPS = '''
def auditoria(compte):
    problemes = []
    if not compte["doble_factor"]:
        problemes.append("doble_factor")
    if not compte["contrasenya_unica"]:
        problemes.append("contrasenya_unica")
    if not compte["correu"].endswith(DOMINI_CORREU) or compte["correu"] in CORREUS_PERSONALS:
        problemes.append("correu")
    if not compte["eina_intermedia"]:
        problemes.append("eina_intermedia")
    return problemes
'''

AUDIT_DOMAIN_ONLY = '''
def auditoria(compte):
    problemes = []
    if not compte["doble_factor"]:
        problemes.append("doble_factor")
    if not compte["contrasenya_unica"]:
        problemes.append("contrasenya_unica")
    if not compte["correu"].endswith(DOMINI_CORREU):
        problemes.append("correu")
    if not compte["eina_intermedia"]:
        problemes.append("eina_intermedia")
    for app in compte["apps_vinculades"]:
        if app not in EINES_OFICIALS:
            problemes.append("apps_de_tercers")
            break
    return problemes
'''

AUDIT_APP_REPEATED = '''
def auditoria(compte):
    problemes = []
    if not compte["doble_factor"]:
        problemes.append("doble_factor")
    if not compte["contrasenya_unica"]:
        problemes.append("contrasenya_unica")
    if not compte["correu"].endswith(DOMINI_CORREU) or compte["correu"] in CORREUS_PERSONALS:
        problemes.append("correu")
    if not compte["eina_intermedia"]:
        problemes.append("eina_intermedia")
    for app in compte["apps_vinculades"]:
        if app not in EINES_OFICIALS:
            problemes.append("apps_de_tercers")
    return problemes
'''

# Tasca 3: els comptes inactius.
DECISION_STRICTLY_MORE = '''
def decisio(compte):
    mesos = mesos_sense_publicar(compte["ultima_publicacio"])
    if mesos is None or mesos > MESOS_INACTIU:
        return "tancar"
    if mesos >= MESOS_AVIS or compte["responsable"] == "":
        return "revisar"
    return "mantenir"
'''

DECISION_NO_NONE = '''
def decisio(compte):
    mesos = mesos_sense_publicar(compte["ultima_publicacio"])
    if mesos >= MESOS_INACTIU:
        return "tancar"
    if mesos >= MESOS_AVIS or compte["responsable"] == "":
        return "revisar"
    return "mantenir"
'''

DECISION_NO_RESPONSIBLE = '''
def decisio(compte):
    mesos = mesos_sense_publicar(compte["ultima_publicacio"])
    if mesos is None or mesos >= MESOS_INACTIU:
        return "tancar"
    if mesos >= MESOS_AVIS:
        return "revisar"
    return "mantenir"
'''

DECISION_WRONG_ORDER = '''
def decisio(compte):
    mesos = mesos_sense_publicar(compte["ultima_publicacio"])
    if compte["responsable"] == "":
        return "revisar"
    if mesos is None or mesos >= MESOS_INACTIU:
        return "tancar"
    if mesos >= MESOS_AVIS:
        return "revisar"
    return "mantenir"
'''

CLOSE_ALSO_REVIEW = '''
a_tancar = []
for compte in COMPTES:
    if decisio(compte) != "mantenir":
        a_tancar.append(compte["compte"])
'''

CLOSE_WHOLE_DICTS = '''
a_tancar = []
for compte in COMPTES:
    if decisio(compte) == "tancar":
        a_tancar.append(compte)
'''

# (description, {grade_id: new source}, expected score, {test grade_id: fragment of its Catalan message})
CASES = [
    ("nom sense comprovar els caràcters", {"nom_valid": NAME_NO_CHARACTER_CHECK}, 8,
     {"test_nom_valid": "porta una «ú» amb accent"}),
    ("nom amb isalnum, que accepta accents", {"nom_valid": NAME_ISALNUM}, 8,
     {"test_nom_valid": "porta una «ú» amb accent"}),
    ("nom que només és el sufix", {"nom_valid": NAME_ONLY_SUFFIX_ACCEPTED}, 9, {}),
    ("nom de Joventut de 16 caràcters", {"perfil": PROFILE_NAME_TOO_LONG}, 8,
     {"test_perfil": "té 16 caràcters i el màxim és 15"}),
    ("biografia de 175 caràcters", {"perfil": PROFILE_BIO_TOO_LONG}, 8,
     {"test_perfil": "La biografia té 175 caràcters"}),
    ("biografia amb el nom d'una persona editora", {"perfil": PROFILE_BIO_EDITOR_NAME}, 8,
     {"test_perfil": "hi surt Marta Soler"}),
    ("compte obert amb l'adreça personal", {"perfil": PROFILE_PERSONAL_EMAIL}, 8,
     {"test_perfil": "adreça corporativa genèrica"}),
    ("compte obert amb una adreça de Gmail", {"perfil": PROFILE_GMAIL}, 8,
     {"test_perfil": "«jovevilanova@gmail.com» no serveix"}),
    ("auditoria sense les aplicacions de tercers", {"auditoria": AUDIT_NO_APPS}, 7,
     {"test_auditoria": "no detecta aquests problemes: apps_de_tercers"}),
    ("auditoria que només mira el domini del correu", {"auditoria": AUDIT_DOMAIN_ONLY}, 7,
     {"test_auditoria": "no detecta aquests problemes: correu"}),
    ("auditoria que repeteix el codi de les aplicacions", {"auditoria": AUDIT_APP_REPEATED}, 9, {}),
    ("sis mesos justos no es tanca", {"decisio": DECISION_STRICTLY_MORE}, 8,
     {"test_decisio": "exactament 6 mesos", "test_a_tancar": "Falten aquests comptes"}),
    ("compte que no ha publicat mai", {"decisio": DECISION_NO_NONE}, 8,
     {"test_decisio": "no ha publicat mai", "test_a_tancar": "Falten aquests comptes"}),
    ("decisió sense mirar la persona responsable", {"decisio": DECISION_NO_RESPONSIBLE}, 8,
     {"test_decisio": "sense cap persona responsable"}),
    ("decisió en un ordre equivocat", {"decisio": DECISION_WRONG_ORDER}, 9, {}),
    ("llista amb els comptes per revisar", {"a_tancar": CLOSE_ALSO_REVIEW}, 9,
     {"test_a_tancar": "no són comptes que calgui tancar: @policiavilanova"}),
    ("llista amb diccionaris sencers", {"a_tancar": CLOSE_WHOLE_DICTS}, 9,
     {"test_a_tancar": "no són comptes que calgui tancar"}),
]
