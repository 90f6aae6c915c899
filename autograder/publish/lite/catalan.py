"""The Catalan of the browser edition's interface: the language pack's catalogue plus the course's own translations
of what the pack lacks (``catala.json``: the menus, buttons and labels a learner meets in a notebook).

The pack (jupyterlab-language-pack-ca-ES 4.5) has a few hundred strings for JupyterLab 4.6's thousands: without
these, «Run All Cells», «Download» or «Not Trusted» stay in English. The pack's own translations win.
"""
from __future__ import annotations

import json
from pathlib import Path

CATALOGUE = Path(__file__).with_name("catala.json")
DOMAINS = ("jupyterlab", "notebook", "jupyterlite", "@jupyterlite")


def course_strings() -> dict[str, list[str]]:
    """``{English: [Catalan]}``, or ``[singular, plural]`` for the strings JupyterLab counts."""
    raw = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    return {k: v if isinstance(v, list) else [v] for k, v in raw.items() if k != "_"}


def complete(site: Path) -> int:
    """Add the course's translations to the site's ``ca_ES`` catalogue; returns how many were missing."""
    path = site / "api" / "translations" / "ca_ES.json"
    pack = json.loads(path.read_text(encoding="utf-8"))
    added = 0
    for domain in DOMAINS:
        messages = pack["data"].setdefault(domain, {"": {"domain": domain, "language": "ca-ES",
                                                        "plural_forms": "nplurals=2; plural=(n != 1);"}})
        for english, catalan in course_strings().items():
            if english not in messages:
                messages[english] = catalan
                added += domain == "jupyterlab"
    path.write_text(json.dumps(pack, ensure_ascii=False), encoding="utf-8")
    return added
