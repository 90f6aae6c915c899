"""Revisió d'un esborrany de publicació amb les regles comprovables de la guia d'usos.

Una publicació és un diccionari::

    {"xarxa": "X",
     "text": "Comença la Festa Major! Programa: vilanovadelriu.cat/festamajor #FestaMajor",
     "imatges": [{"alt": "Cartell de la Festa Major amb els concerts de divendres i dissabte."}],
     "video": {"subtitols": True},      # opcional
     "tipus": "propia",                  # opcional: "propia", "republicacio" o "resposta"
     "emergencia": False}                # opcional: True en un avís d'emergència

``revisa_publicacio`` torna una llista d'incidències ``{"regla", "missatge", "font"}`` (buida si tot és correcte).
Els valors de les regles (llargades, màxims…) surten d'un conjunt de regles: vegeu ``pla.carrega_regles``.
"""
from __future__ import annotations

import re
from collections import Counter

from pla.conjunts_regles import carrega_regles, font_regla, valor_regla
from pla.llengua import LLENGUES, detecta_llengua
from pla.xarxes import XARXES_CONEGUDES, nom_canonic

URL = re.compile(r"https?://\S+|www\.\S+|\b[\w-]+(?:\.[\w-]+)+/\S*")
ETIQUETA = re.compile(r"(?<![\w&])#([\w·]+)")
# Una ela geminada escrita amb un punt (l.l) o un pic (l•l) dins d'una etiqueta: X només enllaça fins al punt.
ELA_MAL_ESCRITA = re.compile(r"(?<![\w&])#([\w·]*[lL])[.•][lL][\w·]*")
MENCIO = re.compile(r"(?<![\w@])@(\w{1,50})")
EMOJI = re.compile("[\U0001F1E6-\U0001F1FF\U0001F300-\U0001F3FA\U0001F400-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF"
                   "\u2300-\u23FF]")
COMENCAMENTS_POBRES = ("imatge de", "imatge d'", "imatge", "foto de", "foto", "fotografia de", "fotografia")
NOM_DE_FITXER = re.compile(r"^\S+\.(jpe?g|png|gif|webp|heic)$", re.I)


def _incidencia(regla: str, missatge: str, conjunt: dict | None = None) -> dict:
    return {"regla": regla, "missatge": missatge, "font": font_regla(conjunt, regla) if conjunt else ""}


def _sense_urls(text: str) -> str:
    return URL.sub(" ", text)


def _llargada(pub, valor):
    maxim = valor.get(pub["xarxa"]) if isinstance(valor, dict) else None
    n = len(pub["text"])
    if maxim and n > maxim:
        yield (f"El text té {n} caràcters i a {pub['xarxa']} el màxim és {maxim}: "
               f"escurça'l com a mínim {n - maxim} caràcters.")


def _etiquetes_llargues(pub, maxim):
    for etiqueta in pub["etiquetes"]:
        if len(etiqueta) > maxim:
            yield (f"L'etiqueta #{etiqueta} té {len(etiqueta)} caràcters i el màxim és {maxim}: "
                   "fes-ne servir una de més curta o una que ja existeixi.")


def _camel_case(pub, _valor):
    for etiqueta in pub["etiquetes"]:
        lletres = [c for c in etiqueta if c.isalpha()]
        if not lletres:
            continue
        if not lletres[0].isupper() or (len(lletres) > 4 and all(c.isupper() for c in lletres)):
            yield (f"L'etiqueta #{etiqueta} no està en CamelCase: escriu cada paraula amb majúscula inicial "
                   "i la resta en minúscules (per exemple #FestaMajor).")


def _etiquetes_al_final(pub, _valor):
    # Una ela geminada mal escrita (TAG-04) no ha de fer que la resta de l'etiqueta sembli text.
    text = ELA_MAL_ESCRITA.sub(lambda m: m.group(0).replace(".", "·").replace("•", "·"), _sense_urls(pub["text"]))
    for coincidencia in ETIQUETA.finditer(text):
        resta = ETIQUETA.sub(" ", MENCIO.sub(" ", text[coincidencia.end():]))
        if re.search(r"[^\W_]", resta):
            yield (f"L'etiqueta #{coincidencia.group(1)} és enmig del text: posa les etiquetes al final, "
                   "perquè no trenquin la lectura.")


def _ela_geminada(pub, _valor):
    for coincidencia in ELA_MAL_ESCRITA.finditer(_sense_urls(pub["text"])):
        escrita, tallada = coincidencia.group(0), coincidencia.group(1)
        yield (f"L'etiqueta {escrita} porta un punt normal o un pic en lloc del punt volat, i la xarxa la tallarà a "
               f"#{tallada}: escriu la ela geminada amb el punt volat (l·l).")


def _mencions(pub, maxim):
    n = len(pub["mencions"])
    if n > maxim and not pub.get("emergencia"):
        yield (f"La publicació té {n} mencions i el màxim és {maxim}: menciona només els comptes que calgui "
               "(a qui respons, qui cites o qui ha fet la feina).")


def _text_alternatiu(pub, valor):
    minim = valor.get("caracters_minims", 1) if isinstance(valor, dict) else 1
    for numero, imatge in enumerate(pub["imatges"], 1):
        alt = imatge if isinstance(imatge, str) else (imatge.get("alt") if isinstance(imatge, dict) else None)
        alt = (alt or "").strip()
        if not alt:
            yield (f"La imatge {numero} no té text alternatiu: escriu a la clau «alt» què s'hi veu, "
                   "en una o dues frases.")
        elif NOM_DE_FITXER.match(alt):
            yield f"El text alternatiu de la imatge {numero} és un nom de fitxer: descriu què s'hi veu."
        elif len(alt) < minim:
            yield (f"El text alternatiu de la imatge {numero} («{alt}») és massa breu: descriu el que és "
                   f"rellevant de la imatge (almenys {minim} caràcters).")
        else:
            inici = next((c for c in COMENCAMENTS_POBRES if alt.lower().startswith(c + " ")
                          or alt.lower().startswith(c) and c.endswith("'")), None)
            if inici:
                yield (f"El text alternatiu de la imatge {numero} comença amb «{alt[:len(inici)]}»: treu-ho, "
                       "el lector de pantalla ja anuncia que és una imatge.")


def _subtitols(pub, _valor):
    video = pub.get("video")
    if video and not (isinstance(video, dict) and video.get("subtitols")):
        yield ("El vídeo no té subtítols: afegeix-n'hi abans de publicar-lo i indica-ho amb "
               "\"video\": {\"subtitols\": True}.")


def _emojis(pub, valor):
    maxim = valor.get("repeticions_maximes", 3) if isinstance(valor, dict) else 3
    text = pub["text"].strip()
    if text and EMOJI.match(text):
        yield f"La publicació comença amb un emoji ({text[0]}): comença amb text i deixa els emojis per al final."
    linies = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if sum(1 for ln in linies if EMOJI.match(ln)) >= 2:
        yield ("Hi ha emojis fent de pics de llista: el lector de pantalla en llegeix el nom a cada línia; "
               "fes servir guions o escriu la llista en una frase.")
    for emoji, vegades in Counter(EMOJI.findall(text)).items():
        if vegades > maxim:
            yield (f"L'emoji {emoji} surt {vegades} vegades i el màxim és {maxim}: "
                   "el lector de pantalla el llegeix cada vegada.")


def _majuscules(pub, valor):
    minim = valor.get("lletres_minimes", 4) if isinstance(valor, dict) else 4
    permeses = set(valor.get("sigles_permeses", [])) if isinstance(valor, dict) else set()
    text = MENCIO.sub(" ", ETIQUETA.sub(" ", _sense_urls(pub["text"])))
    cridaneres = [p for p in re.findall(r"[^\W\d_]+", text) if len(p) >= minim and p.isupper() and p not in permeses]
    if cridaneres:
        yield (f"Hi ha paraules en majúscules per destacar-les ({', '.join(dict.fromkeys(cridaneres))}): "
               "escriu-les en minúscules; les majúscules no destaquen i el lector de pantalla les pot lletrejar.")


def _llengua(pub, valor):
    if not isinstance(valor, dict):
        return
    detectada = detecta_llengua(pub["text"])
    per_defecte = valor.get("per_defecte", "ca")
    if detectada is None or detectada == per_defecte:
        return
    tipus = pub.get("tipus") or "propia"
    if pub.get("emergencia") and detectada in valor.get("emergencies", []):
        return
    if tipus == "republicacio" and valor.get("republicacions") == "original":
        return
    if tipus == "resposta" and valor.get("respostes") == "usuari":
        return
    nom, nom_defecte = LLENGUES.get(detectada, detectada), LLENGUES.get(per_defecte, per_defecte)
    excepcions = []
    if valor.get("emergencies"):
        excepcions.append("en els avisos d'emergència (\"emergencia\": True)")
    if valor.get("republicacions") == "original":
        excepcions.append("en les republicacions (\"tipus\": \"republicacio\")")
    afegit = f"; només s'admeten altres llengües {' i '.join(excepcions)}" if excepcions else ""
    yield f"La publicació sembla escrita en {nom} i s'ha d'escriure en {nom_defecte}{afegit}."


COMPROVACIONS = (
    ("STY-05", _llargada), ("TAG-01", _etiquetes_llargues), ("TAG-02", _camel_case), ("TAG-03", _etiquetes_al_final),
    ("TAG-04", _ela_geminada), ("TAG-05", _mencions), ("ACC-01", _text_alternatiu), ("ACC-03", _subtitols),
    ("ACC-11", _emojis), ("STY-11", _majuscules), ("LANG-01", _llengua),
)


def _prepara(publicacio) -> tuple[dict | None, list[dict]]:
    if not isinstance(publicacio, dict):
        return None, [_incidencia("FORMAT", "La publicació ha de ser un diccionari amb almenys les claus "
                                            "«xarxa» i «text».")]
    errors = []
    xarxa = publicacio.get("xarxa")
    if not xarxa:
        errors.append(_incidencia("FORMAT", "La publicació no diu a quina xarxa va: afegeix la clau «xarxa» "
                                            "(per exemple \"X\" o \"Instagram\")."))
    elif nom_canonic(xarxa) is None:
        errors.append(_incidencia("FORMAT", f"La xarxa «{xarxa}» no és cap de les que coneix el curs: "
                                            + ", ".join(XARXES_CONEGUDES) + "."))
    text = publicacio.get("text")
    if not isinstance(text, str) or not text.strip():
        errors.append(_incidencia("FORMAT", "La publicació no té text: escriu-lo a la clau «text»."))
    imatges = publicacio.get("imatges") or []
    if not isinstance(imatges, list):
        errors.append(_incidencia("FORMAT", "«imatges» ha de ser una llista, per exemple "
                                            "[{\"alt\": \"Descripció de la imatge\"}]."))
    if errors:
        return None, errors
    net = _sense_urls(text)
    return {**publicacio, "xarxa": nom_canonic(xarxa), "text": text, "imatges": imatges,
            "etiquetes": ETIQUETA.findall(net), "mencions": MENCIO.findall(net)}, []


def revisa_publicacio(publicacio, regles=None) -> list[dict]:
    """Revisa un esborrany de publicació i torna quines regles incompleix.

    Cada incidència és un diccionari ``{"regla": "TAG-01", "missatge": "…", "font": "…"}``: l'identificador
    de la regla, què cal corregir (en català) i d'on surt el valor de la regla. Si no hi ha cap incidència,
    torna una llista buida.

    ``regles`` és el conjunt de regles que s'aplica (per defecte, el de la guia de la Generalitat); pot ser el
    nom d'un altre conjunt, com ``"ics"``, o uns canvis, com ``{"TAG-05": 1}``. Una regla amb valor ``False``
    no es comprova.

    Comprova la llargada per xarxa (STY-05), les etiquetes (TAG-01 a TAG-04; la TAG-04, que la ela geminada porti el punt volat), les mencions (TAG-05), el text
    alternatiu de les imatges (ACC-01), els subtítols (ACC-03), els emojis (ACC-11), les paraules en
    majúscules (STY-11) i la llengua (LANG-01). La llargada es compta en caràcters de Python, com els compta
    ``len``; algunes xarxes compten diferent els enllaços i els emojis.
    """
    pub, errors = _prepara(publicacio)
    if errors:
        return errors
    conjunt = carrega_regles(regles)
    incidencies = []
    for codi, comprova in COMPROVACIONS:
        valor = valor_regla(conjunt, codi)
        if valor is None or valor is False:
            continue
        incidencies += [_incidencia(codi, missatge, conjunt) for missatge in comprova(pub, valor)]
    return incidencies
