"""Un endevinador de llengua molt petit: català, castellà o anglès, a partir de paraules buides.

Compta les paraules freqüents i pròpies de cada llengua (les que comparteixen el català i el castellà, com
«de», «la» o «que», no compten) i uns quants trets gràfics (l'apòstrof de «l'» i «d'», la ela geminada, la
«ç», la «ñ», els signes «¿» i «¡»). Si el text és massa curt o el resultat no és clar, no endevina res.
"""
from __future__ import annotations

import re

LLENGUES = {"ca": "català", "es": "castellà", "en": "anglès"}

PARAULES = {
    "ca": set("""i amb els dels als pel pels és són hi ho aquest aquesta aquests aquestes molt més però també quan
        on fins seva seu seus seves teva teu nostre nostra vostre vostra cal avui demà ja tot tots totes tota
        perquè què qui serà hem heu podeu pots pot estan està dia dies obert oberta tancat tancada gràcies des
        nou nova ens us meu meva jo aquí sense mateix ciutadania ajuntament fa fer tens teniu vols veïns
        veïnat informació dilluns dimarts dimecres dijous divendres dissabte diumenge hores avís""".split()),
    "es": set("""y con los las por para muy más pero también cuando donde hasta desde su sus puedes hoy mañana
        ya este esta estos estas está están hay lo nuestro nuestra gracias ayuntamiento día días abierto
        abierta cerrado cerrada sin hacer nuevo nueva todo todos toda porque qué quién será hemos puede
        pueden tienes vecinos información lunes martes miércoles jueves viernes sábado domingo horas aviso
        son""".split()),
    "en": set("""the and of to in is are for with on at by this that from you your please be not will can our
        we it as or an has have was were if all more today tomorrow thanks open closed new information city
        council avoid do don't call area hours warning""".split()),
}

MINIM_PUNTS = 2


def puntuacions_llengua(text: str) -> dict:
    """Els punts de cada llengua per a ``text``: ``{"ca": 5, "es": 0, "en": 1}``."""
    minuscules = str(text).lower().replace("’", "'")
    minuscules = re.sub(r"https?://\S+|\S+\.\w{2,}/\S*|[@#][\w·]+", " ", minuscules)
    paraules = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", minuscules)
    punts = {codi: sum(1 for p in paraules if p in llista) for codi, llista in PARAULES.items()}
    punts["ca"] += len(re.findall(r"\b[ldsmn]'[^\W\d_]", minuscules)) + minuscules.count("l·l")
    punts["ca"] += minuscules.count("ç") + len(re.findall(r"ció\b|cions\b", minuscules))
    punts["es"] += minuscules.count("ñ") + minuscules.count("¿") + minuscules.count("¡")
    punts["es"] += len(re.findall(r"ción\b|ciones\b", minuscules))
    return punts


def detecta_llengua(text: str) -> str | None:
    """Endevina si ``text`` és en català («ca»), castellà («es») o anglès («en»).

    Torna ``None`` si el text no té prou pistes (menys de dos punts) o si dues llengües empaten.

    >>> detecta_llengua("Avui la biblioteca obre fins a les 20 h i també dissabte.")
    'ca'
    """
    punts = puntuacions_llengua(text)
    ordenades = sorted(punts.items(), key=lambda parell: parell[1], reverse=True)
    (primera, maxim), (_, segon) = ordenades[0], ordenades[1]
    if maxim < MINIM_PUNTS or maxim == segon:
        return None
    return primera
