"""The book's interface in Catalan and accessible, where the theme and the extensions fall short.

- Our ``locale/*.po`` catalogs take precedence over the packages' own (sphinx-book-theme's Catalan is machine
  translated: "Obriu un número", "Llançament"), not only fill their gaps: their messages are written into the
  loaded translators once every extension has registered its catalog.
- sphinx-togglebutton's hints are set in Catalan.
- ``interficie-ca.js`` translates what other scripts write at run time (copy button, toggle button), names the
  colour-mode button after the current mode.
- sphinx-thebe's assets leave the pages while Thebe is off (they raised a JavaScript error on every page).
- Page HTML fixes that no template reaches: the sidebar's disclosure triangles (``<summary>``) get a name, and the
  bibliography's ``role="doc-biblioentry"`` (deprecated in DPUB-ARIA 1.1) becomes ``listitem`` of its
  ``role="list"``.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

from babel.messages.pofile import read_po
from markupsafe import Markup
from sphinx import locale

LOCALE = Path(__file__).resolve().parent / "locale"

TOGGLE_HINTS = {"togglebutton_hint": "Mostra", "togglebutton_hint_hide": "Amaga"}


def _messages(po: Path) -> dict[str, str]:
    with po.open("rb") as src:
        catalog = read_po(src, locale="ca")
    return {m.id: m.string for m in catalog if m.id and m.string and isinstance(m.id, str)}


def _catalogs_first(app) -> None:
    """Write our translations into the translators Sphinx has loaded, ahead of the packages' ones."""
    if (app.config.language or "").split("_")[0] != "ca":
        return
    for po in sorted(LOCALE.glob("*.po")):
        messages = _messages(po)
        loaded = [t for (_, catalog), t in locale.translators.items() if catalog == po.stem]
        for translator in loaded:
            if hasattr(translator, "_catalog"):  # GNUTranslations: the first one answers before its fallbacks
                translator._catalog.update(messages)
            else:  # no catalog at all for this language: ours becomes it
                from gettext import GNUTranslations
                fresh = GNUTranslations()
                fresh._catalog = dict(messages)
                fresh.plural = lambda n: int(n != 1)
                translator.add_fallback(fresh)


def _config_inited(app, config) -> None:
    for name, value in TOGGLE_HINTS.items():
        if name in config:
            config[name] = value


SUMMARY = re.compile(
    r'(<a [^>]*class="[^"]*\breference\b[^"]*"[^>]*>(?P<title>(?:(?!</a>).)*)</a>\s*<details[^>]*>\s*<summary)>', re.S)


def _name_summaries(text: str) -> str:
    """``<summary>`` of the sidebar only holds a chevron icon: give it a name, after its section's title."""
    def named(match):
        title = html.unescape(re.sub(r"<[^>]+>", "", match.group("title"))).strip()
        label = html.escape(f"Mostra o amaga les pàgines de: {title}", quote=True)
        return f'{match.group(1)} aria-label="{label}">'
    return SUMMARY.sub(named, text)


def _thebe_enabled(app) -> bool:
    launch = (app.config.html_theme_options or {}).get("launch_buttons") or {}
    return bool(launch.get("thebe")) or bool((getattr(app.config, "thebe_config", None) or {}).get("always_load"))


def _without_thebe(app, context) -> None:
    """Thebe (running code through Binder) is off, yet sphinx-thebe puts its assets on every page, and its config
    script twice: a JavaScript error («THEBE_JS_URL has already been declared») and a CDN address on each page."""
    if _thebe_enabled(app):
        return
    scripts = context.get("script_files")
    if isinstance(scripts, list):
        scripts[:] = [js for js in scripts if "thebe" not in str(js) and "THEBE_JS_URL" not in
                      str(getattr(js, "attributes", {}).get("body", ""))]
    styles = context.get("css_files")
    if isinstance(styles, list):
        styles[:] = [css for css in styles if "sphinx-thebe" not in str(css)]


def _page_context(app, pagename, templatename, context, doctree) -> None:
    _without_thebe(app, context)
    body = context.get("body")
    if body and "doc-biblioentry" in body:
        context["body"] = body.replace('role="doc-biblioentry"', 'role="listitem"')
    generate = context.get("generate_toctree_html")
    if generate is not None and not getattr(generate, "_curs_named", False):
        def generate_named(*args, **kwargs):
            return Markup(_name_summaries(str(generate(*args, **kwargs))))
        generate_named._curs_named = True
        context["generate_toctree_html"] = generate_named


def setup(app):
    app.connect("config-inited", _config_inited)
    app.connect("builder-inited", _catalogs_first, priority=900)
    app.connect("html-page-context", _page_context, priority=900)
    # Després de copybutton.js i togglebutton.js (prioritat 500), perquè en corregeix els textos.
    app.add_js_file("interficie-ca.js", priority=800)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
