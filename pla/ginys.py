"""El formulari de l'assistent amb ipywidgets: una capa prima sobre ``pla.assistent.Assistent``.

En un quadern::

    from pla.ginys import mostra_assistent
    mostra_assistent()            # o mostra_assistent(Assistent.amb_exemple())

Cada canvi es valida a l'instant i els missatges apareixen a sota del formulari.
"""
from __future__ import annotations

from html import escape

import ipywidgets as widgets

from pla.assistent import CAMPS, COMPONENTS_FORMULARIS, FORMULARIS, Assistent
from pla.camps import etiqueta_de_formulari

TITOLS_FORMULARIS = {"collectius": "Col·lectius", "objectius": "Objectius", "xarxes": "Xarxes",
                     "indicadors": "Indicadors", "usos": "Guia: usos de les xarxes"}
AMPLADA = widgets.Layout(width="95%")


def _etiqueta(element: dict) -> str:
    """Com es mostra un element a la llista: el codi (o la xarxa) i el nom o la descripció."""
    detall = element.get("nom") or element.get("descripcio") or element.get("us")
    codi = str(element.get("codi") or element.get("xarxa") or "?")
    return f"{codi} — {detall}" if detall else codi


def _llista_html(missatges: list, buit: str) -> str:
    if not missatges:
        return f"<p>{escape(buit, quote=False)}</p>"
    return "<ul>" + "".join(f"<li>{escape(m, quote=False)}</li>" for m in missatges) + "</ul>"


class AssistentGinys:
    """Els ginys de l'assistent. ``arrel`` és el giny que es mostra; la resta d'atributs permeten provar-lo."""

    def __init__(self, assistent: Assistent | None = None):
        self.assistent = assistent or Assistent()
        self.missatges = widgets.HTML()
        self.resultat = widgets.HTML()
        self.camps = {}
        pestanyes = {"Organització i guia": self._camps_solts()}
        self.formularis, self.botons, self.llistes, self.avisos = {}, {}, {}, {}
        for seccio in FORMULARIS:
            pestanyes[TITOLS_FORMULARIS[seccio]] = self._formulari(seccio)
        pestanyes["Exporta"] = self._exportacio()
        self.pestanyes = widgets.Tab(children=list(pestanyes.values()), titles=list(pestanyes))
        self.arrel = widgets.VBox([self.pestanyes, widgets.HTML("<h3>Què falta</h3>"), self.missatges])
        self.actualitza()

    def _camps_solts(self):
        files = []
        for document, ruta, etiqueta, tipus in CAMPS:
            valor = self.assistent.valor(document, ruta)
            text = "\n".join(valor) if isinstance(valor, list) else ("" if valor is None else str(valor))
            giny = (widgets.Textarea if tipus == "linies" or ruta.endswith("descripcio") else widgets.Text)(
                value=text, description=etiqueta, layout=AMPLADA, style={"description_width": "18em"})
            giny.observe(lambda canvi, d=document, r=ruta, t=tipus: self.canvia_camp(d, r, canvi["new"], t),
                         names="value")
            self.camps[(document, ruta)] = giny
            files.append(giny)
        return widgets.VBox(files)

    def _formulari(self, seccio: str):
        camps = {camp.clau: widgets.Text(description=etiqueta_de_formulari(camp), placeholder=camp.explicacio,
                                         layout=AMPLADA, style={"description_width": "14em"})
                 for camp in COMPONENTS_FORMULARIS[seccio].camps}
        boto = widgets.Button(description="Afegeix", button_style="primary", tooltip=f"Afegeix a {seccio}")
        boto.on_click(lambda _boto, s=seccio: self.afegeix(s))
        elimina = widgets.Button(description="Treu l'últim", tooltip=f"Treu l'últim element de {seccio}")
        elimina.on_click(lambda _boto, s=seccio: self.treu_ultim(s))
        self.formularis[seccio], self.botons[seccio] = camps, (boto, elimina)
        self.llistes[seccio], self.avisos[seccio] = widgets.HTML(), widgets.HTML()
        return widgets.VBox([*camps.values(), widgets.HBox([boto, elimina]), self.avisos[seccio], self.llistes[seccio]])

    def _exportacio(self):
        self.document = widgets.Dropdown(
            options=[("Document únic (pla i guia)", "unic"), ("Pla", "pla"), ("Guia", "guia")], description="Document")
        self.carpeta = widgets.Text(value="document", description="Carpeta")
        self.boto_exporta = widgets.Button(description="Exporta", button_style="success",
                                           tooltip="Desa el document en Markdown, HTML i Word")
        self.boto_exporta.on_click(lambda _boto: self.exporta())
        return widgets.VBox([self.document, self.carpeta, self.boto_exporta, self.resultat])

    # --- les accions: cadascuna crida l'assistent i torna a mostrar els missatges -----------------------------

    def canvia_camp(self, document: str, ruta: str, text: str, tipus: str) -> None:
        self.assistent.estableix(document, ruta, text, tipus)
        self.actualitza()

    def afegeix(self, seccio: str) -> None:
        camps = self.formularis[seccio]
        problemes = self.assistent.afegeix_des_de_formulari(seccio, {clau: g.value for clau, g in camps.items()})
        for giny in camps.values():
            giny.value = ""
        self.avisos[seccio].value = _llista_html(problemes, "Afegit sense cap problema.")
        self.actualitza()

    def treu_ultim(self, seccio: str) -> None:
        document = self.assistent.guia if seccio == "usos" else self.assistent.pla
        if document.get(seccio):
            self.assistent.elimina(seccio, len(document[seccio]) - 1)
        self.actualitza()

    def exporta(self) -> None:
        try:
            camins = self.assistent.exporta(self.carpeta.value or "document", self.document.value)
        except OSError as error:
            self.resultat.value = f"<p>No s'ha pogut desar: {escape(str(error), quote=False)}</p>"
            return
        self.resultat.value = "<p>Fitxers desats:</p>" + _llista_html([str(c) for c in camins], "")

    def actualitza(self) -> None:
        missatges = self.assistent.missatges()
        self.missatges.value = (f"<p>{escape(self.assistent.resum(), quote=False)}</p><h4>Pla</h4>"
                                + _llista_html(missatges["pla"], "El pla no té cap problema.")
                                + "<h4>Guia</h4>" + _llista_html(missatges["guia"], "La guia no té cap problema."))
        for seccio in FORMULARIS:
            document = self.assistent.guia if seccio == "usos" else self.assistent.pla
            noms = [_etiqueta(e) for e in document.get(seccio) or [] if isinstance(e, dict)]
            self.llistes[seccio].value = _llista_html(noms, "Encara no n'hi ha cap.")


def mostra_assistent(assistent: Assistent | None = None):
    """Crea el formulari de l'assistent i torna el giny per mostrar-lo (és l'últim valor de la cel·la)."""
    return AssistentGinys(assistent).arrel
