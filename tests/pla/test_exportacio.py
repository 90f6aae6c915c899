"""Export of the plan, the guide and the single document to Markdown, accessible HTML and Word (read back with
python-docx); conversion to PDF when LibreOffice is available."""
from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from docx import Document

import pla
from pla.exportacio import document, exporta, exporta_html, exporta_markdown, exporta_word, titols

APARTATS_PLA = ["1. Presentació i context", "2. Diagnosi", "3. Objectius", "4. Col·lectius destinataris",
                "5. Xarxes i usos", "6. Continguts i calendari", "7. Recursos i circuit d'aprovació",
                "8. Sistema d'avaluació"]
APARTATS_GUIA = ["1. Principis", "2. Obertura i identitat de comptes", "3. Seguretat", "4. Estil i llengua",
                 "5. Accessibilitat", "6. Interacció i temps de resposta", "7. Moderació", "8. Ús personal i alts càrrecs",
                 "9. Crisi", "10. Període electoral", "11. Responsable de continguts digitals"]


def _nivell(titols_document, nivell):
    return [text for n, text in titols_document if n == nivell]


def test_plan_guide_and_single_document_have_the_expected_sections():
    doc_pla = document(pla=pla.exemple_pla())
    assert doc_pla["titol"] == "Pla de comunicació 2.0: Ajuntament de Vilanova del Riu"
    assert _nivell(titols(doc_pla), 2) == APARTATS_PLA
    assert _nivell(titols(doc_pla), 3) == ["2.1 Inventari de comptes", "2.2 Escolta activa", "2.3 Anàlisi DAFO",
                                           "2.4 Perfils similars", "6.1 Línia editorial", "6.2 Tipus de continguts",
                                           "6.3 Formats recurrents", "6.4 Calendari", "7.1 Persones i dedicació",
                                           "7.2 Matriu RACI", "7.3 Circuit d'aprovació"]
    doc_guia = document(guia=pla.exemple_guia())
    assert doc_guia["titol"] == "Guia d'usos i estil a les xarxes socials: Ajuntament de Vilanova del Riu"
    assert _nivell(titols(doc_guia), 2) == APARTATS_GUIA
    unic = document(pla=pla.exemple_pla(), guia=pla.exemple_guia())
    assert unic["titol"] == "Pla i guia de xarxes socials: Ajuntament de Vilanova del Riu"
    assert _nivell(titols(unic), 2) == APARTATS_PLA + ["9. Normes d'ús de les xarxes",
                                                       "10. Responsable de continguts digitals"]
    assert [t for t in _nivell(titols(unic), 3) if t.startswith("9.")] == [
        f"9.{n} {t.split('. ', 1)[1]}" for n, t in enumerate(APARTATS_GUIA[:10], 1)]


def test_markdown_holds_indicator_table_and_calendar():
    text = exporta_markdown(pla.exemple_pla())
    assert text.startswith("# Pla de comunicació 2.0: Ajuntament de Vilanova del Riu\n")
    assert "- Període de vigència: 2027-01-01 a 2028-12-31" in text
    assert ("| codi | indicador | fórmula | font | periodicitat | valor inicial | valor objectiu | objectius |"
            in text)
    assert ("| I7 | Taxa d'interacció a X | interaccions ÷ impressions × 100 | Estadístiques d'X | mensual | 2 | 2,5 | "
            "O2, O4 |") in text
    assert "| 2027-01-11 | dilluns | 09:00 | X | Obres i afectacions de la setmana | #ObresSetmana |" in text
    assert "| @bibliovilanova | X | Biblioteca | 2026-03-15 | inactiu | tancar | 610 | corporatiu |" in text
    assert "| X | comerc, entitats | 17 | atenció |" in text
    assert "| Aprovar el pla i la línia editorial | R | C | C | A |" in text
    assert re.findall(r"^#+ ", text, flags=re.M)[:3] == ["# ", "## ", "## "]


def test_incomplete_documents_still_export_with_pending_sections():
    text = exporta_markdown({"organitzacio": {"nom": "Consorci"}, "objectius": ["no és un diccionari"]})
    assert text.count("Aquest apartat encara no s'ha omplert.") == 8
    assert "## 8. Sistema d'avaluació" in text
    guia = exporta_markdown(guia={"usos": [{"xarxa": "X", "us": "Avisos"}], "normes": {"estil": "no és una llista"}})
    assert "# Guia d'usos i estil a les xarxes socials: [nom de l'organització]" in guia
    assert "| X | Avisos |" in guia


class _Estructura(HTMLParser):
    def __init__(self):
        super().__init__()
        self.lang, self.titols, self.th, self.taules, self.captions = None, [], [], 0, 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if re.fullmatch(r"h[1-6]", tag):
            self.titols.append(int(tag[1]))
        if tag == "th":
            self.th.append(attrs.get("scope"))
        self.taules += tag == "table"
        self.captions += tag == "caption"


def test_html_is_accessible():
    text = exporta_html(pla.exemple_pla(), pla.exemple_guia())
    estructura = _Estructura()
    estructura.feed(text)
    assert estructura.lang == "ca"
    assert estructura.titols[0] == 1 and estructura.titols.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(estructura.titols, estructura.titols[1:])), "els títols salten nivells"
    assert estructura.th and set(estructura.th) <= {"col", "row"}
    assert estructura.taules == estructura.captions > 10
    assert "<title>Pla i guia de xarxes socials: Ajuntament de Vilanova del Riu</title>" in text
    assert '<th scope="row">I7</th><td>Taxa d&#x27;interacció a X</td>' in text
    assert "<h2>10. Responsable de continguts digitals</h2>" in text


def _titols_docx(cami):
    word = Document(cami)
    return word, [(p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith(("Heading", "Title"))]


def test_word_document_read_back(tmp_path):
    cami = exporta_word(tmp_path / "pla.docx", pla=pla.exemple_pla())
    word, titols_word = _titols_docx(cami)
    assert titols_word[0] == ("Title", "Pla de comunicació 2.0: Ajuntament de Vilanova del Riu")
    assert [t for estil, t in titols_word if estil == "Heading 1"] == APARTATS_PLA
    assert ("Heading 2", "6.4 Calendari") in titols_word
    assert word.core_properties.title == "Pla de comunicació 2.0: Ajuntament de Vilanova del Riu"
    capcaleres = {tuple(c.text for c in t.rows[0].cells): t for t in word.tables}
    indicadors = capcaleres[("codi", "indicador", "fórmula", "font", "periodicitat", "valor inicial", "valor objectiu",
                             "objectius")]
    assert len(indicadors.rows) == 1 + 7
    assert [c.text for c in indicadors.rows[1].cells][:3] == ["I1", "Inscripcions de joves des de les xarxes",
                                                              "recompte mensual d'inscripcions amb l'enllaç de les xarxes"]
    calendari = capcaleres[("data", "dia", "hora", "xarxa", "contingut", "etiqueta", "estat")]
    assert len(calendari.rows) == 1 + len(pla.exemple_pla()["calendari"])
    assert 'w:tblHeader' in indicadors.rows[0]._tr.xml
    assert 'w:val="ca-ES"' in word.styles["Normal"].element.xml


def test_single_document_in_word(tmp_path):
    cami = exporta(tmp_path / "sortida" / "document-unic.docx", pla=pla.exemple_pla(), guia=pla.exemple_guia())
    _, titols_word = _titols_docx(cami)
    assert [t for estil, t in titols_word if estil == "Heading 1"][-2:] == [
        "9. Normes d'ús de les xarxes", "10. Responsable de continguts digitals"]
    assert ("Heading 2", "9.10 Període electoral") in titols_word


def test_exporta_picks_the_format_from_the_extension(tmp_path):
    assert exporta(tmp_path / "guia.md", guia=pla.exemple_guia()).read_text(encoding="utf-8").startswith(
        "# Guia d'usos i estil")
    assert '<html lang="ca">' in exporta(tmp_path / "guia.html", guia=pla.exemple_guia()).read_text(encoding="utf-8")
    with pytest.raises(ValueError, match=r"No sé exportar a «\.pdf»; fes servir una d'aquestes extensions: \.md, "
                                         r"\.html, \.docx\."):
        exporta(tmp_path / "guia.pdf", guia=pla.exemple_guia())
    with pytest.raises(ValueError, match="Per exportar cal un pla"):
        exporta_markdown()


@pytest.mark.skipif(not (shutil.which("libreoffice") or shutil.which("soffice")),
                    reason="LibreOffice no és al PATH: no es pot comprovar la conversió del Word a PDF.")
def test_word_converts_to_pdf_with_libreoffice(tmp_path):
    cami = exporta_word(tmp_path / "document-unic.docx", pla=pla.exemple_pla(), guia=pla.exemple_guia())
    programa = shutil.which("libreoffice") or shutil.which("soffice")
    resultat = subprocess.run([programa, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(cami)],
                              capture_output=True, text=True, timeout=120)
    pdf = tmp_path / "document-unic.pdf"
    assert resultat.returncode == 0 and pdf.exists(), resultat.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
