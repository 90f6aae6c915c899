"""Typical wrong answers for unit 12's graded notebook: what a learner gets wrong, and the score it must get."""

_CHECK_HEAD = '''
def comprova_document(document):
    problemes = []
    for clau, nom in CONTINGUTS_MINIMS.items():
        if not document.get(clau):
            problemes.append(f"Falta el contingut mínim «{nom}» (clau \\"{clau}\\").")
    if problemes:
        return problemes
    codis_mesurats = [indicador["objectiu"] for indicador in document["indicadors"]]
'''

FORGETS_GROUPS = _CHECK_HEAD + '''
    for objectiu in document["objectius"]:
        if objectiu["codi"] not in codis_mesurats:
            problemes.append(f"L'objectiu {objectiu['codi']} no té cap indicador.")
    for xarxa in document["xarxes"]:
        if not xarxa["collectius"]:
            problemes.append(f"La xarxa {xarxa['xarxa']} no serveix cap col·lectiu.")
    return problemes
'''

FORGETS_EMPTY_NETWORK = _CHECK_HEAD + '''
    for objectiu in document["objectius"]:
        if objectiu["codi"] not in codis_mesurats:
            problemes.append(f"L'objectiu {objectiu['codi']} no té cap indicador.")
    for codi in collectius_sense_xarxa(document["collectius"], document["xarxes"]):
        problemes.append(f"El col·lectiu {codi} no arriba per cap xarxa.")
    return problemes
'''

WHOLE_OBJECTIVE_NOT_CODE = _CHECK_HEAD + '''
    for objectiu in document["objectius"]:
        if objectiu not in codis_mesurats:
            problemes.append(f"L'objectiu {objectiu['codi']} no té cap indicador.")
    for codi in collectius_sense_xarxa(document["collectius"], document["xarxes"]):
        problemes.append(f"El col·lectiu {codi} no arriba per cap xarxa.")
    for xarxa in document["xarxes"]:
        if not xarxa["collectius"]:
            problemes.append(f"La xarxa {xarxa['xarxa']} no serveix cap col·lectiu.")
    return problemes
'''

ONE_MESSAGE_FOR_ALL_OBJECTIVES = _CHECK_HEAD + '''
    sense = [o["codi"] for o in document["objectius"] if o["codi"] not in codis_mesurats]
    if sense:
        problemes.append("Objectius sense indicador: " + ", ".join(sense))
    for codi in collectius_sense_xarxa(document["collectius"], document["xarxes"]):
        problemes.append(f"El col·lectiu {codi} no arriba per cap xarxa.")
    for xarxa in document["xarxes"]:
        if not xarxa["collectius"]:
            problemes.append(f"La xarxa {xarxa['xarxa']} no serveix cap col·lectiu.")
    return problemes
'''

MISSING_INDICATOR = '''
indicadors = list(INDICADORS)
indicadors += [
    {"codi": "I3", "nom": "trucades a l'OAC el primer dia", "formula": "recompte de trucades rebudes el primer dia",
     "objectiu": "O3"},
]
'''

INDICATOR_FOR_UNKNOWN_OBJECTIVE = '''
indicadors = list(INDICADORS)
indicadors += [
    {"codi": "I3", "nom": "trucades a l'OAC el primer dia", "formula": "recompte de trucades rebudes el primer dia",
     "objectiu": "O3"},
    {"codi": "I4", "nom": "sol·licituds de subvenció", "formula": "recompte de sol·licituds dins de termini",
     "objectiu": "entitats"},
]
'''

TOO_MANY_INDICATORS = '''
indicadors = list(INDICADORS)
for numero in range(3, 9):
    indicadors.append({"codi": f"I{numero}", "nom": f"indicador {numero}",
                       "formula": "recompte mensual de publicacions", "objectiu": f"O{min(numero, 4)}"})
'''

THREE_NETWORKS = '''
xarxes = [XARXES["Instagram"], XARXES["Facebook"], XARXES["WhatsApp"]]
'''

NETWORKS_MISS_GROUPS = '''
xarxes = [XARXES["Instagram"], XARXES["WhatsApp"]]
'''

DATES_IN_CATALAN_FORMAT = '''
organitzacio = {"nom": "Ajuntament de Vilanova del Riu", "compte": "@vilanovadelriu", "habitants": 24000,
                "inici": "01/01/2027", "fi": "31/12/2028", "aprovacio": "Junta de Govern Local"}
'''

THOUSANDS_WITH_DOT = '''
organitzacio = {"nom": "Ajuntament de Vilanova del Riu", "compte": "vilanovadelriu", "habitants": 24.000,
                "inici": "2027-01-01", "fi": "2028-12-31", "aprovacio": "Junta de Govern Local"}
'''

USOS_WITHOUT_ELECTIONS = '''
usos = {
    "estil i llengua": ["Publiquem en català, amb un to proper i en primera persona del plural."],
    "accessibilitat": ["Totes les imatges porten text alternatiu i tots els vídeos, subtítols."],
    "interacció i temps de resposta": ["Els dies feiners, de 8 a 15 h, responem en menys de 2 hores."],
    "moderació": ["Publiquem unes normes de participació i retirem els comentaris que les incompleixen."],
}
usos["crisi"] = ["En una emergència aturem les publicacions programades i actualitzem cada 5 hores diürnes."]
'''

CRISIS_WITHOUT_SCHEDULED_POSTS = '''
usos = {
    "estil i llengua": ["Publiquem en català, amb un to proper i en primera persona del plural."],
    "accessibilitat": ["Totes les imatges porten text alternatiu i tots els vídeos, subtítols."],
    "interacció i temps de resposta": ["Els dies feiners, de 8 a 15 h, responem en menys de 2 hores."],
    "moderació": ["Publiquem unes normes de participació i retirem els comentaris que les incompleixen."],
}
usos["crisi"] = ["En una emergència publiquem una actualització com a mínim cada 5 hores diürnes."]
usos["període electoral"] = ["En període electoral no publiquem inauguracions ni balanços del mandat."]
'''

TWO_FUNCTIONS = '''
responsable = {"carrec": "Tècnica de comunicació del gabinet d'alcaldia", "dedicacio_hores": 10,
               "funcions": ["Publicar els continguts", "Respondre la ciutadania"],
               "substitucio": "Auxiliar de l'Oficina d'Atenció Ciutadana"}
guia_usos = {"usos": usos, "responsable": responsable}
'''

SELF_SUBSTITUTE = '''
responsable = {"carrec": "Tècnica de comunicació", "dedicacio_hores": 10,
               "funcions": ["Planificar el calendari", "Publicar els continguts", "Respondre la ciutadania"],
               "substitucio": "Tècnica de comunicació"}
guia_usos = {"usos": usos, "responsable": responsable}
'''

NO_JOIN = '''
def seccio_indicadors(indicadors):
    linies = ["## 8. Sistema d'avaluació", "", "| codi | indicador | fórmula | objectiu vinculat |", "|---|---|---|---|"]
    for indicador in indicadors:
        linies.append(f"| {indicador['codi']} | {indicador['nom']} | {indicador['formula']} | {indicador['objectiu']} |")
    return linies
'''

RETURN_INSIDE_LOOP = '''
def seccio_indicadors(indicadors):
    linies = ["## 8. Sistema d'avaluació", "", "| codi | indicador | fórmula | objectiu vinculat |", "|---|---|---|---|"]
    for indicador in indicadors:
        linies.append(f"| {indicador['codi']} | {indicador['nom']} | {indicador['formula']} | {indicador['objectiu']} |")
        return "\\n".join(linies)
'''

COLUMNS_SWAPPED = '''
def seccio_indicadors(indicadors):
    linies = ["## 8. Sistema d'avaluació", "", "| codi | indicador | fórmula | objectiu vinculat |", "|---|---|---|---|"]
    for indicador in indicadors:
        linies.append(f"| {indicador['codi']} | {indicador['formula']} | {indicador['nom']} | {indicador['objectiu']} |")
    return "\\n".join(linies)
'''

# (description, {grade_id: new source}, expected score, {test grade_id: fragment of its Catalan message})
CASES = [
    ("no comprova que cada col·lectiu tingui xarxa", {"comprova_document": FORGETS_GROUPS}, 7,
     {"test_comprova_document": "un sol missatge que digui «families»"}),
    ("no comprova les xarxes sense col·lectius (només ho veuen les proves ocultes)",
     {"comprova_document": FORGETS_EMPTY_NETWORK}, 9, {}),
    ("compara l'objectiu sencer en lloc del codi", {"comprova_document": WHOLE_OBJECTIVE_NOT_CODE}, 7,
     {"test_comprova_document": "és complet i coherent"}),
    ("un sol missatge per a tots els objectius sense indicador (només ho veuen les proves ocultes)",
     {"comprova_document": ONE_MESSAGE_FOR_ALL_OBJECTIVES}, 9, {}),
    ("un objectiu sense indicador", {"indicadors": MISSING_INDICATOR}, 8,
     {"test_pla": "encara no tenen cap indicador: O4"}),
    ("un indicador vinculat a un col·lectiu en lloc d'un objectiu", {"indicadors": INDICATOR_FOR_UNKNOWN_OBJECTIVE}, 8,
     {"test_pla": "«entitats» no és cap dels objectius del pla"}),
    ("massa indicadors", {"indicadors": TOO_MANY_INDICATORS}, 9,
     {"test_proporcionalitat": "de tres a cinc"}),
    ("tres xarxes", {"tria_xarxes": THREE_NETWORKS}, 9,
     {"test_proporcionalitat": "una o dues ben actives"}),
    ("dues xarxes que no arriben al comerç ni a les entitats", {"tria_xarxes": NETWORKS_MISS_GROUPS}, 8,
     {"test_pla": "no arriben per cap de les xarxes triades: comerc, entitats"}),
    ("dates de vigència en format català", {"organitzacio": DATES_IN_CATALAN_FORMAT}, 8,
     {"test_pla": "escriu-la com AAAA-MM-DD"}),
    ("compte sense @ i milers amb punt", {"organitzacio": THOUSANDS_WITH_DOT}, 8,
     {"test_pla": "escriu 24000 i no 24.000"}),
    ("normes d'ús sense l'apartat de període electoral", {"usos": USOS_WITHOUT_ELECTIONS}, 9,
     {"test_usos": "falta l'apartat «període electoral»"}),
    ("el protocol de crisi no atura les publicacions programades", {"usos": CRISIS_WITHOUT_SCHEDULED_POSTS}, 9,
     {"test_usos": "s'aturen les publicacions programades"}),
    ("només dues funcions", {"responsable": TWO_FUNCTIONS}, 9,
     {"test_responsable": "almenys tres funcions"}),
    ("la responsable es substitueix a si mateixa", {"responsable": SELF_SUBSTITUTE}, 9,
     {"test_responsable": "una altra persona"}),
    ("la secció torna una llista en lloc d'un text", {"seccio_indicadors": NO_JOIN}, 8,
     {"test_seccio_indicadors": "ha de tornar un text"}),
    ("return dins del for: només surt el primer indicador", {"seccio_indicadors": RETURN_INSIDE_LOOP}, 8,
     {"test_seccio_indicadors": "Falta la fila de l'indicador I2"}),
    ("columnes de la taula canviades d'ordre", {"seccio_indicadors": COLUMNS_SWAPPED}, 8,
     {"test_seccio_indicadors": "ha de ser exactament"}),
]
