"""pla: el kit de l'alumnat per construir un pla de comunicació 2.0 i una guia d'usos i estil.

Tot són dades senzilles (diccionaris i llistes) i funcions que tornen missatges en català.
"""
from pla.collectius import TIPUS_COLLECTIU, valida_collectiu, valida_collectius
from pla.objectius import valida_objectiu
from pla.xarxes import XARXES_CONEGUDES, collectius_sense_xarxa, valida_xarxa

__all__ = [
    "TIPUS_COLLECTIU", "XARXES_CONEGUDES", "collectius_sense_xarxa", "valida_collectiu",
    "valida_collectius", "valida_objectiu", "valida_xarxa",
]
