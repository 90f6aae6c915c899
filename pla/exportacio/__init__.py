"""Exportació del pla, de la guia o del document únic a Markdown, HTML accessible i Word.

Amb ``pla`` s'exporta el pla de comunicació 2.0; amb ``guia``, la guia d'usos i estil; amb tots dos, el document
únic d'una organització petita (el pla als apartats 1 a 8 i la guia als apartats 9 i 10).
"""
from __future__ import annotations

from pathlib import Path

from pla.exportacio.blocs import titols
from pla.exportacio.document_guia import document_guia, document_pla, document_unic
from pla.exportacio.html import a_html
from pla.exportacio.markdown import a_markdown

FORMATS = {".md": "Markdown", ".html": "HTML", ".docx": "Word"}

__all__ = ["FORMATS", "document", "exporta", "exporta_html", "exporta_markdown", "exporta_word", "titols"]


def document(pla=None, guia=None) -> dict:
    """El document que s'exportarà: el pla, la guia o, si hi ha tots dos, el document únic."""
    if pla is None and guia is None:
        raise ValueError("Per exportar cal un pla (pla=...), una guia (guia=...) o tots dos.")
    if pla is not None and guia is not None:
        return document_unic(pla, guia)
    return document_pla(pla) if pla is not None else document_guia(guia)


def exporta_markdown(pla=None, guia=None) -> str:
    """El pla, la guia o el document únic en Markdown (un text)."""
    return a_markdown(document(pla, guia))


def exporta_html(pla=None, guia=None) -> str:
    """El pla, la guia o el document únic com a pàgina HTML accessible (un text)."""
    return a_html(document(pla, guia))


def exporta_word(cami, pla=None, guia=None):
    """Desa el pla, la guia o el document únic com a fitxer Word (.docx) a ``cami`` i en torna el camí."""
    from pla.exportacio.word import a_word  # python-docx només es carrega quan cal

    return a_word(document(pla, guia), cami)


def exporta(cami, pla=None, guia=None):
    """Desa el document a ``cami``; el format surt de l'extensió: ``.md``, ``.html`` o ``.docx``.

    ``pla.exporta("pla-vilanova.docx", pla=el_meu_pla)`` desa el pla en Word;
    ``pla.exporta("document-unic.html", pla=el_meu_pla, guia=la_meva_guia)``, el document únic en HTML.
    """
    cami = Path(cami)
    extensio = cami.suffix.lower()
    if extensio not in FORMATS:
        raise ValueError(f"No sé exportar a «{cami.suffix or cami.name}»; fes servir una d'aquestes extensions: "
                         + ", ".join(FORMATS) + ".")
    if extensio == ".docx":
        return exporta_word(cami, pla, guia)
    text = exporta_markdown(pla, guia) if extensio == ".md" else exporta_html(pla, guia)
    cami.parent.mkdir(parents=True, exist_ok=True)
    cami.write_text(text, encoding="utf-8")
    return cami
