"""The bibliography a public body can sign: every source can be checked, with its literal title.

Each entry has the address where a reader can check it (``url``) or says it is print-only («Només en paper»).
The few sources whose address could not be located are listed here by key, so that the list can only shrink: a
new entry without an address fails.
"""
from __future__ import annotations

import re

from autograder.model.course import ROOT

# Fonts consultades en còpies desades de les quals no s'ha pogut localitzar l'adreça pública (vegeu la nota de
# cada entrada). Quan se'n trobi l'adreça, s'afegeix el camp «url» i la clau surt d'aquesta llista.
SENSE_ADRECA = {
    "bcn-pla-digital", "cop-atemptats-2017", "usos-internet-cat-2017", "idescat-paae",
    "u00-eapc-presentacio", "u00-eapc-aula-virtual", "u00-eapc-pla-formacio-2017",
    "u03-uab-protocol",
    "u11-directe-2017", "u11-icerda-crisi-2016",
    "u12-diba-plans-comunicacio", "u12-diba-situacions-excepcionals", "u12-riudoms-normes",
}


def _entries() -> dict[str, dict[str, str]]:
    entries = {}
    for path in sorted((ROOT / "book/bib").glob("*.bib")):
        for key, body in re.findall(r"^@\w+\{([^,\s]+),(.*?)^\}", path.read_text(encoding="utf-8"), flags=re.M | re.S):
            entries[key] = {f: v for f, v in re.findall(r"^\s*(\w+)\s*=\s*\{(.*?)\},?\s*$", body, flags=re.M)}
    return entries


ENTRIES = _entries()


def test_entries_are_read():
    assert len(ENTRIES) >= 50
    assert ENTRIES["gencat-guia-9"]["title"] == "Guia de xarxes socials de la Generalitat de Catalunya"


def test_every_entry_has_an_address_or_says_it_is_print_only():
    sense = {k for k, e in ENTRIES.items() if "url" not in e and not e.get("note", "").startswith("Només en paper")}
    assert sense - SENSE_ADRECA == set(), "Entrades noves sense adreça (camp url) ni «Només en paper»"
    for key in sense:
        assert "Adreça pendent de verificar" in ENTRIES[key].get("note", ""), f"{key}: la nota ha de dir que falta l'adreça"


def test_addresses_are_web_addresses():
    for key, entry in ENTRIES.items():
        if "url" in entry:
            assert re.fullmatch(r"https?://[^\s{}]+", entry["url"]), f"{key}: {entry['url']}"


def test_titles_are_literal_not_descriptive():
    for key, entry in ENTRIES.items():
        assert "descriptiu" not in entry.get("note", "").lower(), f"{key}: el títol ha de ser el literal de la font"
        assert not re.search(r"\((fitxa|títol|resum)\b", entry["title"]), f"{key}: {entry['title']}"


def test_generalitat_guide_editions_carry_their_own_titles():
    # La 4a edició es deia «Guia d'usos i estil…»; la 6a (també la versió breu), la 7a i la 9a, «Guia de xarxes
    # socials de la Generalitat de Catalunya» (portades dels PDF del repositori generalitat/guia).
    assert ENTRIES["gencat-guia-4"]["title"] == "Guia d'usos i estil a les xarxes socials de la Generalitat de Catalunya"
    for key in ("gencat-guia-7", "gencat-guia-breu", "gencat-guia-9"):
        assert ENTRIES[key]["title"] == "Guia de xarxes socials de la Generalitat de Catalunya", key
