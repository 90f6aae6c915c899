"""Typical wrong answers for unit 11's graded notebook: what a learner gets wrong, and the score it must get."""

ALWAYS_PLUS_FIVE = '''
def propera_actualitzacio(hora):
    return ("avui", hora + HORES_SENSE_NOVETATS)
'''

NIGHT_HOURS_COUNT = '''
def propera_actualitzacio(hora):
    if hora + HORES_SENSE_NOVETATS <= 24:
        return ("avui", hora + HORES_SENSE_NOVETATS)
    return ("demà", hora + HORES_SENSE_NOVETATS - 24)
'''

FORGETS_EARLY_MORNING = '''
def propera_actualitzacio(hora):
    if hora + HORES_SENSE_NOVETATS <= FI_DIA:
        return ("avui", hora + HORES_SENSE_NOVETATS)
    if hora < FI_DIA:
        return ("demà", INICI_DIA + HORES_SENSE_NOVETATS - (FI_DIA - hora))
    return ("demà", INICI_DIA + HORES_SENSE_NOVETATS)
'''

FROM_LAST_WANTED = '''
def avisos_a_enviar(avisos):
    enviats = []
    anterior = None
    for moment in avisos:
        if anterior is None or hores_entre(anterior, moment) >= HORES_ENTRE_AVISOS:
            enviats.append(moment)
        anterior = moment
    return enviats
'''

STRICTLY_MORE_THAN_24 = '''
def avisos_a_enviar(avisos):
    enviats = []
    for moment in avisos:
        if enviats == [] or hores_entre(enviats[-1], moment) > HORES_ENTRE_AVISOS:
            enviats.append(moment)
    return enviats
'''

IGNORES_ACTIVE_EMERGENCY = '''
def surt_programada(publicacio, emergencia):
    moment = publicacio["moment"]
    return moment < emergencia["inici"] or moment > emergencia["fi"]
'''

END_NOT_INCLUDED = '''
def surt_programada(publicacio, emergencia):
    moment = publicacio["moment"]
    if moment < emergencia["inici"]:
        return True
    if emergencia["fi"] is None:
        return False
    return moment >= emergencia["fi"]
'''

IGNORES_DATES = '''
def revisa_electoral(publicacio):
    problemes = []
    text = publicacio["text"].lower()
    for expressio in EXPRESSIONS_PROHIBIDES:
        if expressio in text:
            problemes.append(f"Conté «{expressio}»: no es publiquen realitzacions en període electoral.")
    for compte in CANDIDATS:
        if compte in text:
            problemes.append(f"Menciona {compte}, que es presenta a les eleccions.")
    return problemes
'''

FORGETS_CANDIDATES = '''
def revisa_electoral(publicacio):
    problemes = []
    text = publicacio["text"].lower()
    if publicacio["data"] < CONVOCATORIA or publicacio["data"] > ELECCIONS:
        return problemes
    for expressio in EXPRESSIONS_PROHIBIDES:
        if expressio in text:
            problemes.append(f"Conté «{expressio}»: no es publiquen realitzacions en període electoral.")
    return problemes
'''

POLLING_DAY_EXCLUDED = '''
def revisa_electoral(publicacio):
    problemes = []
    text = publicacio["text"].lower()
    if publicacio["data"] < CONVOCATORIA or publicacio["data"] >= ELECCIONS:
        return problemes
    for expressio in EXPRESSIONS_PROHIBIDES:
        if expressio in text:
            problemes.append(f"Conté «{expressio}»: no es publiquen realitzacions en període electoral.")
    for compte in CANDIDATS:
        if compte in text:
            problemes.append(f"Menciona {compte}, que es presenta a les eleccions.")
    return problemes
'''

FORGETS_MINORS = '''
def revisa_foto(foto):
    problemes = []
    if foto["adults_identificables"] and not foto["autoritzacio_adults"]:
        problemes.append("Hi surten persones adultes identificables sense autorització.")
    for dada in foto["dades_visibles"]:
        problemes.append(f"Es veu una dada que no cal mostrar ({dada}).")
    if foto["autoria"] == "":
        problemes.append("No hi consta l'autoria.")
    if foto["llicencia"] == "":
        problemes.append("No té cap llicència.")
    return problemes
'''

MINORS_NEVER_ALLOWED = '''
def revisa_foto(foto):
    problemes = []
    if foto["adults_identificables"] and not foto["autoritzacio_adults"]:
        problemes.append("Hi surten persones adultes identificables sense autorització.")
    if foto["menors_identificables"]:
        problemes.append("Hi surten menors identificables.")
    for dada in foto["dades_visibles"]:
        problemes.append(f"Es veu una dada que no cal mostrar ({dada}).")
    if foto["autoria"] == "":
        problemes.append("No hi consta l'autoria.")
    if foto["llicencia"] == "":
        problemes.append("No té cap llicència.")
    return problemes
'''

FORGETS_LICENCE = '''
def revisa_foto(foto):
    problemes = []
    if foto["adults_identificables"] and not foto["autoritzacio_adults"]:
        problemes.append("Hi surten persones adultes identificables sense autorització.")
    if foto["menors_identificables"] and not foto["autoritzacio_families"]:
        problemes.append("Hi surten menors identificables sense l'autorització de les famílies.")
    for dada in foto["dades_visibles"]:
        problemes.append(f"Es veu una dada que no cal mostrar ({dada}).")
    if foto["autoria"] == "" or foto["llicencia"] == "":
        problemes.append("Falta l'autoria o la llicència.")
    return problemes
'''

# (description, {grade_id: new source}, expected score, {test grade_id: fragment of its Catalan message})
CASES = [
    ("actualització sempre 5 hores després, sense nit", {"actualitzacio": ALWAYS_PLUS_FIVE}, 8,
     {"test_actualitzacio": "les 2 que falten es compten a partir de les 8 h"}),
    ("les hores de nit compten", {"actualitzacio": NIGHT_HOURS_COUNT}, 8,
     {"test_actualitzacio": "(\"demà\", 10)"}),
    ("oblida el cas de matinada (només ho veuen les proves ocultes)", {"actualitzacio": FORGETS_EARLY_MORNING}, 9,
     {}),
    ("compta les 24 hores des de l'última notificació volguda", {"avisos": FROM_LAST_WANTED}, 8,
     {"test_avisos": "des de l'última notificació ENVIADA"}),
    ("exigeix més de 24 hores (només ho veuen les proves ocultes)", {"avisos": STRICTLY_MORE_THAN_24}, 9, {}),
    ("no preveu una emergència encara activa", {"programades": IGNORES_ACTIVE_EMERGENCY}, 9,
     {"test_programades": "pregunta primer si és None"}),
    ("la fi de l'emergència no hi és inclosa", {"programades": END_NOT_INCLUDED}, 9,
     {"test_programades": "hi està inclòs"}),
    ("revisa els textos sense mirar la data", {"electoral": IGNORES_DATES}, 7,
     {"test_electoral": "fora del període electoral"}),
    ("no revisa les mencions als candidats", {"electoral": FORGETS_CANDIDATES}, 7,
     {"test_electoral": "no es mencionen els càrrecs que es presenten"}),
    ("deixa fora el dia de la votació (només ho veuen les proves ocultes)", {"electoral": POLLING_DAY_EXCLUDED}, 9,
     {}),
    ("no revisa els menors", {"fotos": FORGETS_MINORS}, 8,
     {"test_fotos": "sense l'autorització de les famílies"}),
    ("els menors mai no poden sortir, encara que hi hagi autorització", {"fotos": MINORS_NEVER_ALLOWED}, 9,
     {"test_fotos": "els infants poden sortir a la foto"}),
    ("un sol problema per a l'autoria i la llicència", {"fotos": FORGETS_LICENCE}, 9,
     {"test_fotos": "dos problemes"}),
]
