"""Catalan interface strings that the installed packages lack (sphinx-exercise ships no Catalan).

Each ``locale/<catalog>.po`` here is compiled to ``.mo`` at start-up with Babel (already a Sphinx
dependency) and registered before the package's own catalog, so it takes precedence.
"""
from __future__ import annotations

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

HERE = Path(__file__).resolve().parent / "locale"
BUILT = Path(__file__).resolve().parents[2] / "_build" / "locale"


def _compile() -> Path:
    for po in HERE.glob("*.po"):
        mo = BUILT / "ca" / "LC_MESSAGES" / f"{po.stem}.mo"
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            mo.parent.mkdir(parents=True, exist_ok=True)
            with po.open("rb") as src:
                catalog = read_po(src, locale="ca")
            with mo.open("wb") as out:
                write_mo(out, catalog)
    return BUILT


def setup(app):
    built = _compile()
    for po in HERE.glob("*.po"):
        app.add_message_catalog(po.stem, str(built))
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
