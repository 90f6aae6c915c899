"""pla: el kit de l'alumnat per construir un pla de comunicació 2.0 i una guia d'usos i estil.

Tot són dades senzilles (diccionaris i llistes) i funcions que tornen missatges en català.
Els mòduls ``pla.dades`` (dades de Vilanova del Riu), ``pla.grafics`` (gràfics) i ``pla.assistent`` (formulari)
es carreguen la primera vegada que s'hi accedeix, perquè ``import pla`` sigui ràpid.
"""
import importlib

from pla.avaluacio import objectius_sense_indicador, valida_indicador, valida_indicadors
from pla.calendari import genera_calendari
from pla.collectius import TIPUS_COLLECTIU, valida_collectiu, valida_collectius
from pla.conjunts_regles import carrega_regles, conjunts_disponibles, font_regla, valor_regla
from pla.continguts import valida_calendari, valida_continguts, valida_format_recurrent
from pla.diagnosi import (
    comptes_inactius,
    mesos_sense_publicar,
    valida_compte,
    valida_dafo,
    valida_diagnosi,
    valida_escolta,
    valida_inventari,
)
from pla.el_meu_pla import carrega_el_meu_pla, desa_al_meu_pla, escriu_el_meu_pla
from pla.exemple_guia import exemple_guia
from pla.exemple_pla import exemple_pla
from pla.exportacio import exporta, exporta_html, exporta_markdown, exporta_word
from pla.guia import SECCIONS_NORMES, valida_guia, valida_normes, valida_responsable, valida_us, valida_usos
from pla.indicadors import (
    IndicadorError,
    compliment_temps_resposta,
    creixement,
    interaccio_per_seguidor,
    percentatge_usuaris_actius,
    percentil,
    ratio_republicacions,
    serie_mensual,
    taxa_abast,
    taxa_interaccio,
    taxa_interaccio_abast,
    temps_resposta,
    usuaris_actius,
)
from pla.llengua import detecta_llengua
from pla.objectius import valida_objectiu
from pla.organitzacio import valida_organitzacio, valida_periode
from pla.pla_complet import valida_pla
from pla.protocol import valida_horari, valida_protocol_resposta
from pla.revisio import revisa_publicacio
from pla.rols import valida_circuit, valida_fila_raci, valida_persona, valida_rols
from pla.xarxes import XARXES_CONEGUDES, collectius_sense_xarxa, valida_xarxa

__all__ = [
    "IndicadorError", "compliment_temps_resposta", "creixement", "interaccio_per_seguidor",
    "percentatge_usuaris_actius", "percentil", "ratio_republicacions", "serie_mensual", "taxa_abast",
    "taxa_interaccio", "taxa_interaccio_abast", "temps_resposta", "usuaris_actius",
    "SECCIONS_NORMES", "TIPUS_COLLECTIU", "XARXES_CONEGUDES", "carrega_regles", "collectius_sense_xarxa",
    "carrega_el_meu_pla", "comptes_inactius", "conjunts_disponibles", "desa_al_meu_pla", "detecta_llengua",
    "escriu_el_meu_pla", "exemple_guia", "exemple_pla", "exporta",
    "exporta_html", "exporta_markdown", "exporta_word", "font_regla",
    "genera_calendari", "mesos_sense_publicar", "objectius_sense_indicador", "revisa_publicacio", "valida_calendari",
    "valida_circuit", "valida_collectiu", "valida_collectius", "valida_compte", "valida_continguts", "valida_dafo",
    "valida_diagnosi", "valida_escolta", "valida_fila_raci", "valida_format_recurrent", "valida_guia",
    "valida_horari", "valida_indicador", "valida_indicadors", "valida_inventari", "valida_normes", "valida_objectiu",
    "valida_organitzacio", "valida_periode", "valida_persona", "valida_pla", "valida_protocol_resposta",
    "valida_responsable", "valida_rols", "valida_us", "valida_usos", "valida_xarxa", "valor_regla",
]

MODULS_DIFERITS = ("assistent", "dades", "grafics")


def __getattr__(nom):
    """Carrega ``pla.grafics``, ``pla.dades`` o ``pla.assistent`` només quan es fan servir."""
    if nom in MODULS_DIFERITS:
        return importlib.import_module(f"pla.{nom}")
    raise AttributeError(f"El paquet pla no té «{nom}».")


def _activa_missatges_en_catala():
    """Dins d'un quadern, un error es mostra com una frase en català (vegeu pla.nucli); la correcció no canvia."""
    from pla import nucli

    nucli.activa()


_activa_missatges_en_catala()
