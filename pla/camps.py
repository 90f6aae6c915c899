"""Els components del pla i de la guia declarats com a dades, i el validador únic que en surt.

Cada component (un objectiu, una xarxa, l'horari d'atenció…) és un ``Component`` amb la llista dels seus
``Camp``: la clau, què s'hi ha d'escriure, l'etiqueta curta, el tipus i les regles (límits, valors permesos,
paraules mínimes, un patró). ``valida`` recorre la declaració i torna els missatges en català; els formularis de
l'assistent i les taules de l'exportació llegeixen les mateixes declaracions. L'alumnat continua escrivint
diccionaris senzills: les declaracions només diuen com s'han de llegir.

Els missatges surten de plantilles amb camps com ``{nom}`` (el nom de l'element, «Objectiu O1»), ``{clau}``,
``{valor}``, ``{explicacio}``, ``{etiqueta}``, ``{n}`` (les paraules mínimes), ``{minim}``, ``{maxim}``,
``{quants}`` (els elements d'una llista), ``{valors}`` (els valors permesos), ``{valids}`` (els codis del pla),
``{valids_ordenats}``, ``{canonic}`` (el nom canònic d'una xarxa), ``{dies}`` i ``{abreujats}``. Un camp o un
component poden canviar qualsevol plantilla amb ``missatges``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Union

from pla.comu import (
    ABREUJATS,
    DIES,
    buit,
    es_nombre,
    llegeix_data,
    llegeix_dia,
    llegeix_hora,
    llista_de_textos,
    majuscula,
    nom_canonic,
)

# Els tipus de camp i la comprovació del valor de cadascun («text» no en té: qualsevol valor hi val).
TIPUS = {
    "text": lambda valor: True,
    "nombre": es_nombre,
    "data": lambda valor: llegeix_data(valor) is not None,
    "hora": lambda valor: llegeix_hora(valor) is not None,
    "dia": lambda valor: llegeix_dia(valor) is not None,
    "xarxa": lambda valor: nom_canonic(valor) is not None,
    "llista": lambda valor: isinstance(valor, list),
    "codis": lambda valor: isinstance(valor, list) and all(isinstance(v, str) for v in valor),
    "linies": llista_de_textos,
    "diccionari": lambda valor: isinstance(valor, dict),
}
LLISTES = ("llista", "codis", "linies")

MISSATGES = {
    "no_diccionari": "{nom} ha de ser un diccionari amb les claus: {claus}.",
    "falta": "{nom}: falta la clau «{clau}» ({explicacio}).",
    "nombre": "{nom}: «{clau}» ha de ser {un_nombre}, sense cometes (ara hi ha {valor!r}).",
    "data": "{nom}: la data «{valor}» no és vàlida; escriu-la com AAAA-MM-DD.",
    "hora": "{nom}: l'hora «{valor}» no és vàlida; escriu-la com «09:00».",
    "dia": "{nom}: el dia «{valor}» no existeix; escriu-ne un d'aquests: {dies}.",
    "xarxa": "{nom}: la xarxa «{valor}» no és cap de les que coneix el curs.",
    "llista": "{nom}: «{clau}» ha de ser una llista.",
    "codis": "{nom}: «{clau}» ha de ser una llista de codis entre cometes, per exemple [\"O1\"].",
    "linies": "{nom}: «{clau}» ha de ser una llista de frases entre cometes.",
    "diccionari": "{nom}: «{clau}» ha de ser un diccionari.",
    "valors": "{nom}: «{valor}» no és cap dels valors possibles de «{clau}»; tria'n un d'aquests: {valors}.",
    "paraules": "{nom}: «{clau}» té massa poques paraules; escriu-n'hi almenys {n}.",
    "patro": "{nom}: «{valor}» no té la forma que cal a «{clau}» ({explicacio}).",
    "minim": "{nom}: «{clau}» té {quants} elements; n'hi ha d'haver almenys {minim}.",
    "maxim": "{nom}: «{clau}» ha de ser com a màxim {maxim} (ara hi ha {valor!r}).",
    "maxim_llista": "{nom}: «{clau}» té {quants} elements; queda't amb els {maxim} més importants.",
    "referencia": "{nom}: «{valor}» no és cap dels valors del pla ({valids}).",
    "referencia_xarxa": "{nom}: la xarxa {canonic} no és cap de les xarxes del pla ({valids}); afegeix-la al pla o "
                        "tria'n una altra.",
    "desconeguda": "{nom}: la clau «{clau}» no existeix; fes servir: {claus}.",
}

# Una comprovació pròpia d'un camp: (valor, element, context, nom) → missatges. Només s'hi crida si el valor ha
# passat les regles declarades.
Comprovacio = Callable[[object, dict, dict, str], list]


@dataclass(frozen=True)
class Camp:
    """Un camp d'un component, declarat una sola vegada.

    - ``clau``: la clau del diccionari; ``explicacio``: què s'hi ha d'escriure (surt quan falta);
      ``etiqueta``: el nom curt (capçalera de la taula exportada i etiqueta del formulari).
    - ``tipus``: una de les claus de ``TIPUS``; ``obligatori``: si falta, se'n dona un missatge.
    - ``minim`` i ``maxim``: per a un nombre, el valor més petit i més gran (``minim_exclos``: el mínim no hi val);
      per a una llista, quants elements n'hi ha d'haver com a mínim i com a màxim.
    - ``valors``: els valors permesos; ``paraules_minimes``: per a un text; ``patro``: una expressió regular que
      el text ha de complir; ``referencia``: la clau del context amb els codis vàlids (com «collectius»).
    - ``element``: com es comprova cada element d'una llista (un ``Component``, un ``Camp`` o una funció
      ``(element, context) → missatges``) o el contingut d'un diccionari (un ``Component``).
    - ``missatges``: plantilles pròpies per a qualsevol regla; ``comprova``: una comprovació pròpia.
    """

    clau: str
    explicacio: str = ""
    etiqueta: str = ""
    tipus: str = "text"
    obligatori: bool = True
    minim: float | None = None
    minim_exclos: bool = False
    maxim: float | None = None
    valors: tuple = ()
    paraules_minimes: int | None = None
    patro: str | None = None
    referencia: str | None = None
    element: Union["Component", "Camp", Callable, None] = None
    missatges: dict = field(default_factory=dict, hash=False, compare=False)
    comprova: Comprovacio | None = field(default=None, hash=False, compare=False)

    def __post_init__(self):
        if self.tipus not in TIPUS:
            raise ValueError(f"El camp «{self.clau}» té un tipus que no existeix: «{self.tipus}».")
        if not self.etiqueta:
            object.__setattr__(self, "etiqueta", self.clau.replace("_", " "))


@dataclass(frozen=True)
class Component:
    """Un component del pla o de la guia: el nom dels seus elements, els seus camps i les comprovacions pròpies.

    El nom d'un element és ``nom`` seguit del valor de ``clau_nom`` (o de ``sense_nom`` si no en té), com
    «Objectiu O1»; amb ``numerat``, els elements d'una llista es diuen pel número («Escolta 2»).
    ``claus_desconegudes``: si és cert, una clau que no és cap camp dona un missatge. ``falta_al_camp``: el
    missatge d'una clau que falta surt al seu lloc, entre els dels altres camps, i no tots al principi. ``context``: una funció
    que afegeix dades al context a partir de l'element (per exemple, els rols que la matriu RACI pot fer servir).
    ``comprova``: comprovacions entre camps, després dels camps: ``(element, context, nom) → missatges``.
    """

    nom: str
    camps: tuple
    clau_nom: str | None = None
    sense_nom: str = ""
    numerat: bool = False
    claus_desconegudes: bool = False
    falta_al_camp: bool = False
    missatges: dict = field(default_factory=dict, hash=False, compare=False)
    context: Callable | None = field(default=None, hash=False, compare=False)
    comprova: Callable | None = field(default=None, hash=False, compare=False)

    def camp(self, clau: str) -> Camp:
        """El camp ``clau`` d'aquest component."""
        for camp in self.camps:
            if camp.clau == clau:
                return camp
        raise KeyError(clau)

    def claus(self, obligatoris_nomes: bool = False) -> list[str]:
        """Les claus dels camps, en ordre (només les obligatòries, si cal)."""
        return [c.clau for c in self.camps if c.obligatori or not obligatoris_nomes]

    def etiquetes(self) -> dict:
        """``{clau: etiqueta}`` de tots els camps, en ordre: les columnes d'una taula exportada."""
        return {c.clau: c.etiqueta for c in self.camps}

    def nom_de(self, element) -> str:
        """Com es diu un element als missatges, per exemple «Objectiu O1» o «Objectiu (sense codi)»."""
        if self.clau_nom is None:
            return self.nom
        valor = element.get(self.clau_nom) if isinstance(element, dict) else None
        return f"{self.nom} {self.sense_nom if buit(valor) else valor}"


def _plantilla(regla: str, camp: Camp | None, component: Component | None) -> str:
    for missatges in (camp.missatges if camp else {}, component.missatges if component else {}):
        if regla in missatges:
            return missatges[regla]
    return MISSATGES[regla]


def _un_nombre(camp: Camp) -> str:
    if camp.minim is None:
        return "un nombre"
    if camp.minim == 0:
        return "un nombre més gran que zero" if camp.minim_exclos else "un nombre positiu o zero"
    return f"un nombre més gran que {camp.minim:g}" if camp.minim_exclos else f"un nombre de {camp.minim:g} o més"


def _missatge(regla, camp, component, nom, valor=None, **altres) -> str:
    dades = {"nom": nom, "valor": valor, "dies": ", ".join(DIES), "abreujats": ", ".join(ABREUJATS)}
    if camp is not None:
        dades.update(clau=camp.clau, explicacio=camp.explicacio, etiqueta=camp.etiqueta, n=camp.paraules_minimes,
                     minim=camp.minim, maxim=camp.maxim, valors=", ".join(camp.valors), un_nombre=_un_nombre(camp))
    dades.update(altres)
    return _plantilla(regla, camp, component).format(**dades)


def _dins_del_minim(camp: Camp, valor) -> bool:
    if camp.tipus != "nombre" or camp.minim is None:
        return True
    return valor > camp.minim if camp.minim_exclos else valor >= camp.minim


def _es_permes(camp: Camp, valor) -> bool:
    try:
        return valor in camp.valors
    except TypeError:  # una llista o un diccionari no poden ser cap dels valors permesos
        return False


def _referencies(camp, component, valor, context, nom) -> list[str]:
    valids = context.get(camp.referencia) if camp.referencia else None
    if valids is None:
        return []
    dades = {"valids": ", ".join(map(str, valids)), "valids_ordenats": ", ".join(sorted(map(str, valids)))}
    if camp.tipus == "xarxa":
        canonic = nom_canonic(valor)
        if canonic in {nom_canonic(x) for x in valids}:
            return []
        return [_missatge("referencia_xarxa", camp, component, nom, valor, canonic=canonic, **dades)]
    elements = valor if isinstance(valor, list) else [valor]
    return [_missatge("referencia", camp, component, nom, codi, **dades) for codi in elements if codi not in valids]


def _elements(camp: Camp, valor, context: dict, nom: str) -> list[str]:
    """Els missatges dels elements d'una llista o del contingut d'un diccionari."""
    if camp.element is None:
        return []
    if camp.tipus == "diccionari":
        return valida(camp.element, valor, context)
    if isinstance(camp.element, Component):
        return valida_llista(camp.element, valor, context)
    missatges = []
    for element in valor:
        if isinstance(camp.element, Camp):
            if not TIPUS[camp.element.tipus](element):
                missatges.append(_missatge(camp.element.tipus, camp.element, None, nom, element))
        else:
            missatges += camp.element(element, context)
    return missatges


def comprova_camp(camp: Camp, valor, element: dict, context: dict, nom: str, component: Component | None = None):
    """Els missatges d'un camp amb valor: el tipus, els valors permesos, les paraules, el patró, els límits, les
    referències, els elements i la comprovació pròpia. Després d'una regla que falla, no se'n comproven més
    (els missatges dels elements, però, no aturen la comprovació del nombre d'elements)."""
    if buit(valor):
        return []
    if not TIPUS[camp.tipus](valor) or not _dins_del_minim(camp, valor):
        if camp.tipus == "diccionari" and isinstance(camp.element, Component) and "diccionari" not in camp.missatges:
            return valida(camp.element, valor, context)
        return [_missatge(camp.tipus, camp, component, nom, valor)]
    if camp.valors and not _es_permes(camp, valor):
        return [_missatge("valors", camp, component, nom, valor)]
    if camp.paraules_minimes and isinstance(valor, str) and len(valor.split()) < camp.paraules_minimes:
        return [_missatge("paraules", camp, component, nom, valor)]
    if camp.patro and not re.search(camp.patro, str(valor)):
        return [_missatge("patro", camp, component, nom, valor)]
    if camp.tipus == "nombre" and camp.maxim is not None and valor > camp.maxim:
        return [_missatge("maxim", camp, component, nom, valor)]
    missatges = _referencies(camp, component, valor, context, nom)
    if missatges:
        return missatges
    missatges = _elements(camp, valor, context, nom)
    if camp.tipus in LLISTES:
        if camp.minim is not None and len(valor) < camp.minim:
            return missatges + [_missatge("minim", camp, component, nom, valor, quants=len(valor))]
        if camp.maxim is not None and len(valor) > camp.maxim:
            return missatges + [_missatge("maxim_llista", camp, component, nom, valor, quants=len(valor))]
    if camp.comprova is not None:
        missatges += camp.comprova(valor, element, context, nom)
    return missatges


def valida(component: Component, element, context: dict | None = None, nom: str | None = None,
           obligatoris=None) -> list[str]:
    """Comprova ``element`` amb la declaració de ``component`` i torna els problemes en català.

    ``context``: dades del pla que calen per comprovar referències, com ``{"collectius": ["joves"]}`` o
    ``{"inici": "2027-01-01", "fi": "2028-12-31"}``. ``nom``: el nom de l'element als missatges, si no és el
    que surt del component. ``obligatoris``: les claus obligatòries, si no són les de la declaració.
    """
    context = dict(context or {})
    nom = nom or component.nom_de(element)
    exigits = [c for c in component.camps if (c.clau in obligatoris if obligatoris is not None else c.obligatori)]
    if not isinstance(element, dict):
        return [_missatge("no_diccionari", None, component, nom, element,
                          claus=", ".join(c.clau for c in exigits), totes=", ".join(component.claus()))]
    if component.context is not None:
        context.update(component.context(element, context))
    claus_exigides = {c.clau for c in exigits}
    falten = [_missatge("falta", camp, component, nom, element.get(camp.clau))
              if camp.clau in claus_exigides and buit(element.get(camp.clau)) else None for camp in component.camps]
    missatges = [] if component.falta_al_camp else [m for m in falten if m]
    for camp, falta in zip(component.camps, falten):
        if falta and component.falta_al_camp:
            missatges.append(falta)
        missatges += comprova_camp(camp, element.get(camp.clau), element, context, nom, component)
    if component.claus_desconegudes:
        missatges += [_missatge("desconeguda", None, component, nom, element[clau], clau=clau,
                                claus=", ".join(component.claus()))
                      for clau in element if clau not in component.claus()]
    if component.comprova is not None:
        missatges += component.comprova(element, context, nom)
    return missatges


def valida_llista(component: Component, elements, context: dict | None = None) -> list[str]:
    """Comprova cada element d'una llista amb ``component`` (els elements numerats es diuen pel número)."""
    missatges = []
    for numero, element in enumerate(elements, 1):
        missatges += valida(component, element, context, f"{component.nom} {numero}" if component.numerat else None)
    return missatges


def tipus_de_formulari(camp: Camp) -> str:
    """Com s'escriu un camp en un formulari de text: «nombre», «llista» (separada per comes), «linies» o «text»."""
    if camp.tipus in ("llista", "codis"):
        return "llista"
    return camp.tipus if camp.tipus in ("nombre", "linies") else "text"


def etiqueta_de_formulari(camp: Camp) -> str:
    """L'etiqueta d'un camp en un formulari: l'etiqueta amb majúscula i, si cal, com s'escriu."""
    pista = {"data": " (AAAA-MM-DD)", "linies": " (una per línia)", "hora": " (HH:MM)"}.get(camp.tipus, "")
    return majuscula(camp.etiqueta) + pista
