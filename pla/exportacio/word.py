"""El document en Word (.docx), amb els estils de títol de Word perquè se'n pugui fer l'índex i navegar-hi."""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

LLENGUA = "ca-ES"


def _llengua_catalana(document) -> None:
    """Declara el català als estils, perquè el corrector i els lectors de pantalla el facin servir."""
    for estil in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "Caption"):
        propietats = document.styles[estil].element.get_or_add_rPr()
        llengua = propietats.find(qn("w:lang"))
        if llengua is None:
            llengua = OxmlElement("w:lang")
            propietats.append(llengua)
        llengua.set(qn("w:val"), LLENGUA)


def _capcalera_repetida(fila) -> None:
    """Marca la primera fila com a capçalera de la taula (es repeteix a cada pàgina i la llegeixen com a tal)."""
    propietats = fila._tr.get_or_add_trPr()
    capcalera = OxmlElement("w:tblHeader")
    capcalera.set(qn("w:val"), "true")
    propietats.append(capcalera)


def _taula(document, bloc: dict) -> None:
    document.add_paragraph(bloc["titol"], style="Caption")
    taula = document.add_table(rows=1, cols=len(bloc["capcalera"]))
    taula.style = "Table Grid"
    for cella, text in zip(taula.rows[0].cells, bloc["capcalera"]):
        cella.text = ""
        cella.paragraphs[0].add_run(text).bold = True
    _capcalera_repetida(taula.rows[0])
    for fila in bloc["files"]:
        for cella, text in zip(taula.add_row().cells, fila):
            cella.text = text


def a_word(document: dict, cami) -> Path:
    """Desa el document com a fitxer Word a ``cami`` i en torna el camí."""
    word = Document()
    _llengua_catalana(word)
    word.core_properties.title = document["titol"]
    word.core_properties.language = LLENGUA
    word.add_heading(document["titol"], level=0)
    for etiqueta, valor in document.get("dades") or []:
        word.add_paragraph(f"{etiqueta}: {valor}")
    for bloc in document["blocs"]:
        if bloc["tipus"] == "titol":
            word.add_heading(bloc["text"], level=bloc["nivell"] - 1)
        elif bloc["tipus"] == "paragraf":
            word.add_paragraph(bloc["text"])
        elif bloc["tipus"] == "llista":
            estil = "List Number" if bloc["ordenada"] else "List Bullet"
            for element in bloc["elements"]:
                word.add_paragraph(element, style=estil)
        elif bloc["tipus"] == "taula":
            _taula(word, bloc)
    cami = Path(cami)
    cami.parent.mkdir(parents=True, exist_ok=True)
    word.save(cami)
    return cami
