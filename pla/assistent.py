"""La lògica de l'assistent: omplir el pla i la guia a poc a poc, validar-los i exportar-los.

No depèn de cap giny: ``pla.ginys`` hi posa el formulari a sobre, però tot es pot fer (i provar) amb funcions::

    from pla.assistent import Assistent
    assistent = Assistent()
    assistent.estableix("pla", "organitzacio.nom", "Ajuntament de Sant Martí de la Riba")
    assistent.afegeix_des_de_formulari("objectius", {"codi": "O1", "valor_inicial": "1.850", …})
    assistent.missatges()["pla"]          # el que encara falta, en català
    assistent.exporta("sortida")          # Markdown, HTML i Word
"""
from __future__ import annotations

import copy
import json
import re
import unicodedata
from pathlib import Path

from pla.avaluacio import INDICADOR
from pla.camps import etiqueta_de_formulari, tipus_de_formulari
from pla.collectius import COLLECTIU
from pla.comu import buit
from pla.exemple_guia import exemple_guia
from pla.exemple_pla import exemple_pla
from pla.exportacio import exporta
from pla.guia import NORMES, RESPONSABLE, US, valida_guia
from pla.objectius import OBJECTIU
from pla.organitzacio import ORGANITZACIO, PERIODE
from pla.pla_complet import valida_pla
from pla.xarxes import XARXA

# Els formularis de llista: cada secció i el component declarat que en diu els camps.
COMPONENTS_FORMULARIS = {"collectius": COLLECTIU, "objectius": OBJECTIU, "xarxes": XARXA, "indicadors": INDICADOR,
                         "usos": US}
# Què hi ha a cada formulari de llista i de quin tipus és cada camp: «text», «nombre» o «llista» (separada per comes).
FORMULARIS = {seccio: {camp.clau: tipus_de_formulari(camp) for camp in component.camps}
              for seccio, component in COMPONENTS_FORMULARIS.items()}
DOCUMENT_DE = {"usos": "guia"}
# Els camps solts surten dels components declarats: (document, secció, component).
SECCIONS_SOLTES = (("pla", "organitzacio", ORGANITZACIO), ("pla", "periode", PERIODE),
                   ("guia", "responsable", RESPONSABLE), ("guia", "normes", NORMES))
# Els camps solts: (document, ruta, etiqueta, tipus). «linies» vol dir una frase per línia.
CAMPS = [(document, f"{seccio}.{camp.clau}", etiqueta_de_formulari(camp), tipus_de_formulari(camp))
         for document, seccio, component in SECCIONS_SOLTES for camp in component.camps]
FORMATS = (".md", ".html", ".docx")


def converteix(text, tipus: str):
    """Passa el text d'un camp del formulari al tipus que espera el pla.

    «nombre»: «1.850» → 1850 i «1,5» → 1.5 (si no és un nombre, el text es queda tal qual i el validador ho dirà);
    «llista»: «joves, gent-gran» → ["joves", "gent-gran"]; «linies»: una frase per línia. Un camp buit és ``None``.
    """
    text = "" if text is None else str(text).strip()
    if not text:
        return None
    if tipus == "llista":
        return [part.strip() for part in text.split(",") if part.strip()]
    if tipus == "linies":
        return [linia.strip() for linia in text.splitlines() if linia.strip()]
    if tipus == "nombre":
        net = text.replace(" ", "")
        if re.fullmatch(r"-?\d{1,3}(\.\d{3})+", net):
            net = net.replace(".", "")
        net = net.replace(",", ".")
        try:
            valor = float(net)
        except ValueError:
            return text
        return int(valor) if valor.is_integer() else valor
    return text


def nom_de_fitxer(text: str) -> str:
    """Un nom de fitxer sense accents ni espais: «Pla i guia: Ajuntament de Sant Martí» → «pla-i-guia-ajuntament-…»."""
    sense_accents = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", sense_accents.lower()).strip("-") or "document"


class Assistent:
    """L'estat d'un pla i d'una guia que s'omplen a poc a poc, amb la validació i l'exportació.

    La guia comparteix l'organització del pla: el que s'escriu a ``organitzacio`` val per als dos documents.
    """

    def __init__(self, pla=None, guia=None):
        self.pla = copy.deepcopy(pla) if pla else {"organitzacio": {}, "periode": {}, "objectius": [],
                                                   "collectius": [], "xarxes": [], "indicadors": []}
        self.guia = copy.deepcopy(guia) if guia else {"usos": [], "responsable": {}, "normes": {}}
        self.pla.setdefault("organitzacio", {})
        self.guia["organitzacio"] = self.pla["organitzacio"]

    @classmethod
    def amb_exemple(cls) -> "Assistent":
        """Un assistent que comença amb el pla i la guia de Vilanova del Riu."""
        return cls(exemple_pla(), exemple_guia())

    def _document(self, document: str) -> dict:
        if document not in ("pla", "guia"):
            raise ValueError(f"El document ha de ser «pla» o «guia», no «{document}».")
        return self.pla if document == "pla" else self.guia

    def valor(self, document: str, ruta: str):
        """El valor d'un camp, per exemple ``valor("pla", "organitzacio.nom")``."""
        actual = self._document(document)
        for part in ruta.split("."):
            actual = actual.get(part) if isinstance(actual, dict) else None
        return actual

    def estableix(self, document: str, ruta: str, valor, tipus: str | None = None) -> None:
        """Posa ``valor`` a ``ruta`` (com «organitzacio.nom»); amb ``tipus``, abans el converteix amb ``converteix``.
        Un valor buit esborra el camp."""
        valor = converteix(valor, tipus) if tipus else valor
        *cami, ultima = ruta.split(".")
        actual = self._document(document)
        for part in cami:
            if not isinstance(actual.get(part), dict):
                actual[part] = {}
            actual = actual[part]
        if buit(valor):
            actual.pop(ultima, None)
        else:
            actual[ultima] = valor

    def afegeix_des_de_formulari(self, seccio: str, camps: dict) -> list:
        """Afegeix un element (un objectiu, una xarxa…) a partir dels textos d'un formulari i torna els problemes
        d'aquell element en català (una llista buida si és correcte). L'element s'afegeix igualment."""
        if seccio not in FORMULARIS:
            raise ValueError(f"No hi ha cap formulari «{seccio}»; n'hi ha per a: {', '.join(FORMULARIS)}.")
        element = {clau: converteix(camps.get(clau), tipus) for clau, tipus in FORMULARIS[seccio].items()}
        element = {clau: valor for clau, valor in element.items() if valor is not None}
        document = self._document(DOCUMENT_DE.get(seccio, "pla"))
        document.setdefault(seccio, []).append(element)
        return self.missatges_de(seccio, element)

    def missatges_de(self, seccio: str, element: dict) -> list:
        """Els missatges dels validadors que parlen d'un element concret (pel seu codi o la seva xarxa)."""
        nom = str(element.get("codi") or element.get("xarxa") or "")
        totes = self.missatges()["guia" if seccio in DOCUMENT_DE else "pla"]
        return [m for m in totes if nom and re.match(rf"^[^:]*\b{re.escape(nom)}\b[^:]*:", m)]

    def elimina(self, seccio: str, index: int) -> dict:
        """Treu l'element ``index`` (0 és el primer) d'una secció de llista i el torna."""
        llista = self._document(DOCUMENT_DE.get(seccio, "pla")).get(seccio) or []
        if not 0 <= index < len(llista):
            raise IndexError(f"A «{seccio}» no hi ha cap element número {index + 1}; n'hi ha {len(llista)}.")
        return llista.pop(index)

    def missatges(self) -> dict:
        """Els problemes del pla i de la guia: ``{"pla": [...], "guia": [...]}``."""
        return {"pla": valida_pla(self.pla), "guia": valida_guia(self.guia)}

    def resum(self) -> str:
        """Una frase que diu com està la feina."""
        missatges = self.missatges()
        parts = [f"{len(self.pla.get(c) or [])} {nom}" for c, nom in
                 (("objectius", "objectius"), ("collectius", "col·lectius"), ("xarxes", "xarxes"),
                  ("indicadors", "indicadors"))]
        estat = ("el pla i la guia són complets" if not missatges["pla"] and not missatges["guia"] else
                 f"queden {len(missatges['pla'])} problemes al pla i {len(missatges['guia'])} a la guia")
        return f"{', '.join(parts)}; {estat}."

    def exporta(self, carpeta, document: str = "unic", formats=FORMATS) -> list:
        """Exporta el «pla», la «guia» o el document «unic» a ``carpeta`` en els ``formats`` triats i torna els
        camins dels fitxers."""
        arguments = {"pla": {"pla": self.pla}, "guia": {"guia": self.guia},
                     "unic": {"pla": self.pla, "guia": self.guia}}.get(document)
        if arguments is None:
            raise ValueError(f"El document ha de ser «pla», «guia» o «unic», no «{document}».")
        base = {"pla": "pla", "guia": "guia", "unic": "pla-i-guia"}[document]
        nom = nom_de_fitxer(f"{base} {self.pla['organitzacio'].get('nom') or ''}")
        return [exporta(Path(carpeta) / f"{nom}{extensio}", **arguments) for extensio in formats]

    def desa(self, cami):
        """Desa el pla i la guia en un fitxer JSON per continuar-los un altre dia."""
        cami = Path(cami)
        guia = {clau: valor for clau, valor in self.guia.items() if clau != "organitzacio"}
        cami.write_text(json.dumps({"pla": self.pla, "guia": guia}, ensure_ascii=False, indent=1), encoding="utf-8")
        return cami

    @classmethod
    def carrega(cls, cami) -> "Assistent":
        """Recupera un pla i una guia desats amb ``desa``."""
        dades = json.loads(Path(cami).read_text(encoding="utf-8"))
        return cls(dades.get("pla"), dades.get("guia"))
