"""Typical wrong answers for unit 9's graded notebook: what a learner gets wrong, and the score it must get."""

# Tasca 1: l'etiqueta en CamelCase.
TAG_WITH_SPACES = '''
def fes_etiqueta(paraules):
    etiqueta = ""
    for paraula in paraules:
        if "·" in paraula:
            return None
        etiqueta = etiqueta + " " + paraula.capitalize()
    if len(etiqueta) > LLARGADA_MAXIMA_ETIQUETA:
        return None
    return "#" + etiqueta.strip()
'''

TAG_COUNTS_THE_HASH = '''
def fes_etiqueta(paraules):
    etiqueta = "#"
    for paraula in paraules:
        if "·" in paraula:
            return None
        etiqueta = etiqueta + paraula.capitalize()
    if len(etiqueta) > LLARGADA_MAXIMA_ETIQUETA:
        return None
    return etiqueta
'''

TAG_NO_LENGTH_LIMIT = '''
def fes_etiqueta(paraules):
    etiqueta = ""
    for paraula in paraules:
        if "·" in paraula:
            return None
        etiqueta = etiqueta + paraula.capitalize()
    return "#" + etiqueta
'''

TAG_KEEPS_CAPITALS = '''
def fes_etiqueta(paraules):
    etiqueta = ""
    for paraula in paraules:
        if "·" in paraula:
            return None
        etiqueta = etiqueta + paraula[0].upper() + paraula[1:]
    if len(etiqueta) > LLARGADA_MAXIMA_ETIQUETA:
        return None
    return "#" + etiqueta
'''

# Tasca 2a: les normes del text.
TEXT_FIXED_280 = '''
def problemes_text(publicacio):
    text = publicacio["text"]
    problemes = []
    if len(text) > 280:
        problemes.append("llargada")
    for etiqueta in etiquetes(text):
        if len(etiqueta) > LLARGADA_MAXIMA_ETIQUETA:
            problemes.append("etiqueta-llarga")
        if etiqueta[0].islower():
            problemes.append("etiqueta-minuscula")
    if paraules_despres_etiqueta(text):
        problemes.append("etiqueta-al-mig")
    return problemes
'''

TEXT_NO_POSITION = '''
def problemes_text(publicacio):
    text = publicacio["text"]
    problemes = []
    if len(text) > llargada_maxima(publicacio["xarxa"]):
        problemes.append("llargada")
    for etiqueta in etiquetes(text):
        if len(etiqueta) > LLARGADA_MAXIMA_ETIQUETA:
            problemes.append("etiqueta-llarga")
        if etiqueta[0].islower():
            problemes.append("etiqueta-minuscula")
    return problemes
'''

TEXT_ONLY_FIRST_TAG = '''
def problemes_text(publicacio):
    text = publicacio["text"]
    problemes = []
    if len(text) > llargada_maxima(publicacio["xarxa"]):
        problemes.append("llargada")
    llista = etiquetes(text)
    if llista and len(llista[0]) > LLARGADA_MAXIMA_ETIQUETA:
        problemes.append("etiqueta-llarga")
    if llista and llista[0][0].islower():
        problemes.append("etiqueta-minuscula")
    if paraules_despres_etiqueta(text):
        problemes.append("etiqueta-al-mig")
    return problemes
'''

# Tasca 2b: les normes d'accessibilitat.
ACCESS_EVERY_CAPITAL = '''
def problemes_accessibilitat(publicacio):
    text = publicacio["text"]
    problemes = []
    for imatge in publicacio.get("imatges", []):
        if len(imatge.get("alt", "").split()) < PARAULES_MINIMES_ALT:
            problemes.append("text-alternatiu")
    if es_emoji(text.strip()[0]):
        problemes.append("emoji-inicial")
    for emoji in emojis(text):
        if emojis(text).count(emoji) > REPETICIONS_MAXIMES_EMOJI:
            problemes.append("emoji-repetit")
    for paraula in paraules_del_text(text):
        if paraula.isupper():
            problemes.append("majuscules")
    return problemes
'''

ACCESS_THREE_IS_TOO_MANY = '''
def problemes_accessibilitat(publicacio):
    text = publicacio["text"]
    problemes = []
    for imatge in publicacio.get("imatges", []):
        if len(imatge.get("alt", "").split()) < PARAULES_MINIMES_ALT:
            problemes.append("text-alternatiu")
    if es_emoji(text.strip()[0]):
        problemes.append("emoji-inicial")
    for emoji in emojis(text):
        if emojis(text).count(emoji) >= REPETICIONS_MAXIMES_EMOJI:
            problemes.append("emoji-repetit")
    for paraula in paraules_del_text(text):
        if len(paraula) >= 2 and paraula.isupper() and paraula not in SIGLES_ADMESES:
            problemes.append("majuscules")
    return problemes
'''

ACCESS_ALL_EMOJIS_COUNTED = '''
def problemes_accessibilitat(publicacio):
    text = publicacio["text"]
    problemes = []
    for imatge in publicacio.get("imatges", []):
        if len(imatge.get("alt", "").split()) < PARAULES_MINIMES_ALT:
            problemes.append("text-alternatiu")
    if es_emoji(text[0]):
        problemes.append("emoji-inicial")
    if len(emojis(text)) > REPETICIONS_MAXIMES_EMOJI:
        problemes.append("emoji-repetit")
    for paraula in paraules_del_text(text):
        if len(paraula) >= 2 and paraula.isupper() and paraula not in SIGLES_ADMESES:
            problemes.append("majuscules")
    return problemes
'''

ACCESS_NO_FIRST_EMOJI = '''
def problemes_accessibilitat(publicacio):
    text = publicacio["text"]
    problemes = []
    for imatge in publicacio.get("imatges", []):
        if len(imatge.get("alt", "").split()) < PARAULES_MINIMES_ALT:
            problemes.append("text-alternatiu")
    for emoji in emojis(text):
        if emojis(text).count(emoji) > REPETICIONS_MAXIMES_EMOJI:
            problemes.append("emoji-repetit")
    for paraula in paraules_del_text(text):
        if len(paraula) >= 2 and paraula.isupper() and paraula not in SIGLES_ADMESES:
            problemes.append("majuscules")
    return problemes
'''

# Tasca 3: la publicació de la Festa Major.
_POST = '''
festa_major = {"xarxa": "X", "text": TEXT, "imatges": IMATGES}
'''
_GOOD_TEXT = ('"Comença la Festa Major! Concerts, sopar popular i focs, del 7 al 10 d\'agost. '
              'Programa: vilanovadelriu.cat/festamajor #FestaMajor"')
_GOOD_IMAGES = '[{"alt": "Cartell de la Festa Major: concerts, sopar popular i focs del 7 al 10 d\'agost."}]'


def _post(text=_GOOD_TEXT, imatges=_GOOD_IMAGES):
    return _POST.replace("TEXT", text).replace("IMATGES", imatges)


POST_TAG_IN_THE_MIDDLE = _post(text=(
    '"Comença la #FestaMajor! Concerts, sopar popular i focs, del 7 al 10 d\'agost. '
    'Programa: vilanovadelriu.cat/festamajor"'))
POST_LOST_THE_LINK = _post(text='"Comença la Festa Major! Concerts, sopar popular i focs, del 7 al 10 d\'agost. #FestaMajor"')
POST_ALT_IS_FILE_NAME = _post(imatges='[{"alt": "IMG_2034.jpg"}]')
POST_NO_IMAGE = _post(imatges="[]")
POST_STILL_SHOUTING = _post(text=(
    '"🎉 FESTA MAJOR! Concerts, sopar popular i focs, del 7 al 10 d\'agost. '
    'Programa: vilanovadelriu.cat/festamajor #FestaMajor"'))

# (description, {grade_id: new source}, expected score, {test grade_id: fragment of its Catalan message})
CASES = [
    ("etiqueta amb espais", {"fes_etiqueta": TAG_WITH_SPACES}, 7,
     {"test_fes_etiqueta": "sense espais"}),
    ("etiqueta que compta el #", {"fes_etiqueta": TAG_COUNTS_THE_HASH}, 8,
     {"test_fes_etiqueta": "Compta els caràcters sense el #"}),
    ("etiqueta sense límit de llargada", {"fes_etiqueta": TAG_NO_LENGTH_LIMIT}, 7,
     {"test_fes_etiqueta": "té 18 caràcters, més de 12"}),
    ("etiqueta que no passa la resta a minúscules", {"fes_etiqueta": TAG_KEEPS_CAPITALS}, 9, {}),
    ("llargada de 280 per a totes les xarxes", {"problemes_text": TEXT_FIXED_280}, 9, {}),
    ("revisor que no mira on van les etiquetes", {"problemes_text": TEXT_NO_POSITION}, 8,
     {"test_problemes_text": "no detecta aquests problemes: etiqueta-al-mig"}),
    ("revisor que només mira la primera etiqueta", {"problemes_text": TEXT_ONLY_FIRST_TAG}, 9,
     {"test_problemes_text": "no detecta aquests problemes: etiqueta-llarga"}),
    ("qualsevol paraula en majúscules és un crit", {"problemes_accessibilitat": ACCESS_EVERY_CAPITAL}, 9, {}),
    ("tres emojis iguals ja són massa", {"problemes_accessibilitat": ACCESS_THREE_IS_TOO_MANY}, 9, {}),
    ("compta tots els emojis junts", {"problemes_accessibilitat": ACCESS_ALL_EMOJIS_COUNTED}, 9, {}),
    ("revisor sense la norma de l'emoji inicial", {"problemes_accessibilitat": ACCESS_NO_FIRST_EMOJI}, 8,
     {"test_problemes_accessibilitat": "no detecta aquests problemes: emoji-inicial"}),
    ("etiqueta enmig del text", {"festa_major": POST_TAG_IN_THE_MIDDLE}, 7,
     {"test_festa_major": "Les etiquetes van al final del text"}),
    ("publicació sense l'enllaç al programa", {"festa_major": POST_LOST_THE_LINK}, 7,
     {"test_festa_major": "vilanovadelriu.cat/festamajor"}),
    ("cartell amb el nom del fitxer com a text alternatiu", {"festa_major": POST_ALT_IS_FILE_NAME}, 7,
     {"test_festa_major": "«IMG_2034.jpg», no el descriu"}),
    ("publicació sense el cartell", {"festa_major": POST_NO_IMAGE}, 7,
     {"test_festa_major": "ha de tenir una imatge"}),
    ("publicació que encara crida", {"festa_major": POST_STILL_SHOUTING}, 7,
     {"test_festa_major": "no pot començar amb un emoji"}),
]
