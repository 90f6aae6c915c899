"""Càlcul dels indicadors del sistema d'avaluació, amb les fórmules de la unitat 7.

Les funcions accepten nombres (``taxa_interaccio(2400, 120000)``) o, les que ho diuen, una llista de
publicacions com les de ``pla.dades.publicacions()`` (``taxa_interaccio(publicacions)``): aleshores sumen les
columnes que calguin. Tornen el valor sense arrodonir; amb ``decimals=1`` el tornen arrodonit a un decimal.

Quan un indicador no es pot calcular (un període sense impressions, una divisió per zero, una dada que no és
un nombre) no tornen cap valor estrany: aixequen un ``IndicadorError`` amb un missatge en català que diu
per què.
"""
from __future__ import annotations

from collections import Counter

from pla.comu import es_nombre
from pla.temps_resposta import IndicadorError, compliment_temps_resposta, temps_resposta

__all__ = [
    "IndicadorError", "compliment_temps_resposta", "creixement", "interaccio_per_seguidor",
    "percentatge_usuaris_actius", "percentil", "ratio_republicacions", "serie_mensual", "taxa_abast",
    "taxa_interaccio", "taxa_interaccio_abast", "temps_resposta", "usuaris_actius",
]


def _arrodoneix(valor: float, decimals):
    return valor if decimals is None else round(valor, decimals)


def _nombre(valor, clau: str, nom: str) -> float:
    if not es_nombre(valor) or valor < 0:
        raise IndicadorError(f"No es pot calcular {nom}: «{clau}» ha de ser un nombre positiu o zero, sense cometes "
                             f"(ara hi ha {valor!r}).")
    return valor


def _suma(files, clau: str, nom: str) -> float:
    total = 0
    for numero, fila in enumerate(files, 1):
        if not isinstance(fila, dict) or clau not in fila:
            raise IndicadorError(f"No es pot calcular {nom}: la publicació {numero} no té la clau «{clau}».")
        total += _nombre(fila[clau] or 0, clau, nom)
    return total


def _valor_o_suma(valor, clau: str, nom: str):
    """Un nombre tal qual, o la suma de ``clau`` si ``valor`` és una llista de publicacions."""
    if isinstance(valor, (list, tuple)):
        return _suma(valor, clau, nom)
    return _nombre(valor, clau, nom)


def taxa_interaccio(interaccions, impressions=None, decimals=None) -> float:
    """Taxa d'interacció: quina part del que es veu provoca una reacció.

    Fórmula: **interaccions ÷ impressions × 100**.

    ``taxa_interaccio(2400, 120000)`` torna ``2.0``. També accepta una llista de publicacions:
    ``taxa_interaccio(publicacions)`` suma les interaccions i les impressions de totes.
    """
    nom = "la taxa d'interacció"
    if isinstance(interaccions, (list, tuple)):
        interaccions, impressions = _suma(interaccions, "interaccions", nom), _suma(interaccions, "impressions", nom)
    else:
        interaccions = _nombre(interaccions, "interaccions", nom)
        impressions = _nombre(impressions, "impressions", nom)
    if impressions == 0:
        raise IndicadorError("No es pot calcular la taxa d'interacció: el període no té cap impressió.")
    return _arrodoneix(interaccions / impressions * 100, decimals)


def taxa_interaccio_abast(interaccions, abast=None, decimals=None) -> float:
    """Interacció sobre l'abast: quina part de les persones que han vist el contingut hi ha reaccionat.

    Fórmula: **interaccions ÷ abast × 100**. Accepta nombres o una llista de publicacions.
    """
    nom = "la interacció sobre l'abast"
    if isinstance(interaccions, (list, tuple)):
        interaccions, abast = _suma(interaccions, "interaccions", nom), _suma(interaccions, "abast", nom)
    else:
        interaccions, abast = _nombre(interaccions, "interaccions", nom), _nombre(abast, "abast", nom)
    if abast == 0:
        raise IndicadorError("No es pot calcular la interacció sobre l'abast: el període no té cap persona d'abast.")
    return _arrodoneix(interaccions / abast * 100, decimals)


def interaccio_per_seguidor(interaccions, seguidors, decimals=None) -> float:
    """Interacció per seguidor: com respon la comunitat pròpia.

    Fórmula: **interaccions ÷ seguidors × 100**. ``interaccions`` pot ser un nombre o una llista de publicacions.
    ``interaccio_per_seguidor(75, 2500)`` torna ``3.0``.
    """
    nom = "la interacció per seguidor"
    interaccions = _valor_o_suma(interaccions, "interaccions", nom)
    if _nombre(seguidors, "seguidors", nom) == 0:
        raise IndicadorError("No es pot calcular la interacció per seguidor: el compte no té cap persona seguidora.")
    return _arrodoneix(interaccions / seguidors * 100, decimals)


def taxa_abast(abast, seguidors, decimals=None) -> float:
    """Taxa d'abast: quina proporció de l'audiència veu el contingut (pot passar del 100 %).

    Fórmula: **abast ÷ seguidors × 100**. ``taxa_abast(1500, 2500)`` torna ``60.0``. Si ``abast`` és una llista
    de publicacions, fa servir l'abast mitjà per publicació.
    """
    nom = "la taxa d'abast"
    if isinstance(abast, (list, tuple)):
        if not abast:
            raise IndicadorError("No es pot calcular la taxa d'abast: el període no té cap publicació.")
        abast = _suma(abast, "abast", nom) / len(abast)
    else:
        abast = _nombre(abast, "abast", nom)
    if _nombre(seguidors, "seguidors", nom) == 0:
        raise IndicadorError("No es pot calcular la taxa d'abast: el compte no té cap persona seguidora.")
    return _arrodoneix(abast / seguidors * 100, decimals)


def creixement(valor_inicial, valor_final, decimals=None) -> float:
    """Creixement percentual entre dos valors, per exemple de persones seguidores.

    Fórmula: **(valor final − valor inicial) ÷ valor inicial × 100**. ``creixement(4000, 4180)`` torna ``4.5``;
    una reducció dona un valor negatiu.
    """
    nom = "el creixement"
    valor_inicial = _nombre(valor_inicial, "valor_inicial", nom)
    valor_final = _nombre(valor_final, "valor_final", nom)
    if valor_inicial == 0:
        raise IndicadorError("No es pot calcular el creixement: el valor inicial és 0 i no es pot dividir per zero.")
    return _arrodoneix((valor_final - valor_inicial) / valor_inicial * 100, decimals)


def ratio_republicacions(republicacions, propies=None, decimals=None) -> float:
    """Ràtio de republicacions (retuits) sobre publicacions pròpies; ha de ser igual o inferior a 1 (STY-07).

    Fórmula: **republicacions ÷ publicacions pròpies**. ``ratio_republicacions(40, 96)`` torna ``0.4166…``.
    També accepta una llista de publicacions amb la clau «tipus» («propia» o «republicacio»).
    """
    nom = "la ràtio de republicacions"
    if isinstance(republicacions, (list, tuple)):
        tipus = Counter(f.get("tipus") for f in republicacions if isinstance(f, dict))
        republicacions, propies = tipus["republicacio"], tipus["propia"]
    else:
        republicacions = _nombre(republicacions, "republicacions", nom)
        propies = _nombre(propies, "propies", nom)
    if propies == 0:
        raise IndicadorError("No es pot calcular la ràtio de republicacions: el període no té cap publicació pròpia.")
    return _arrodoneix(republicacions / propies, decimals)


def usuaris_actius(missatges, minim=5) -> list:
    """Les persones usuàries actives: les que han escrit almenys ``minim`` missatges (per defecte, 5).

    ``missatges`` és una llista de diccionaris amb la clau «usuari», com ``pla.dades.missatges()``. Torna la
    llista de persones usuàries, de la que n'ha escrit més a la que menys (i per ordre alfabètic si empaten).
    """
    comptador = Counter()
    for numero, missatge in enumerate(missatges or [], 1):
        if not isinstance(missatge, dict) or not missatge.get("usuari"):
            raise IndicadorError(f"No es poden comptar els usuaris actius: el missatge {numero} no té la clau "
                                 "«usuari».")
        comptador[missatge["usuari"]] += 1
    return [u for u, n in sorted(comptador.items(), key=lambda parell: (-parell[1], parell[0])) if n >= minim]


def percentatge_usuaris_actius(actius, seguidors, decimals=None) -> float:
    """Percentatge d'usuaris actius: quina part de l'audiència és activa.

    Fórmula: **usuaris actius ÷ seguidors × 100**. ``actius`` pot ser un nombre o la llista que torna
    ``usuaris_actius``. ``percentatge_usuaris_actius(1254, 4180)`` torna ``30.0``.
    """
    nom = "el percentatge d'usuaris actius"
    actius = len(actius) if isinstance(actius, (list, tuple)) else _nombre(actius, "actius", nom)
    if _nombre(seguidors, "seguidors", nom) == 0:
        raise IndicadorError("No es pot calcular el percentatge d'usuaris actius: el compte no té cap persona "
                             "seguidora.")
    return _arrodoneix(actius / seguidors * 100, decimals)


def percentil(valor, similars, decimals=None) -> float:
    """Percentil respecte als perfils similars: quina part dels perfils de referència queda per sota.

    Fórmula: **perfils amb un valor inferior ÷ nombre de perfils × 100**; un perfil amb el mateix valor compta
    com a mig perfil. ``percentil(2.0, [1.2, 1.8, 2.5, 1.5, 3.1])`` torna ``60.0``.
    """
    nom = "el percentil"
    valor = _nombre(valor, "valor", nom)
    if not isinstance(similars, (list, tuple)) or not similars:
        raise IndicadorError("No es pot calcular el percentil: no hi ha cap perfil similar per comparar.")
    similars = [_nombre(s, "similars", nom) for s in similars]
    inferiors = sum(1 for s in similars if s < valor) + 0.5 * sum(1 for s in similars if s == valor)
    return _arrodoneix(inferiors / len(similars) * 100, decimals)


def serie_mensual(publicacions, indicador=taxa_interaccio, decimals=None) -> list:
    """Aplica un indicador a les publicacions de cada mes: ``[{"periode": "2026-01", "valor": 2.3}, …]``.

    Els mesos en què l'indicador no es pot calcular (per exemple, sense cap impressió) no hi surten.
    """
    per_mes = {}
    for fila in publicacions or []:
        per_mes.setdefault(str(fila.get("data", ""))[:7], []).append(fila)
    serie = []
    for mes in sorted(per_mes):
        try:
            serie.append({"periode": mes, "valor": indicador(per_mes[mes], decimals=decimals)})
        except IndicadorError:
            continue
    return serie
