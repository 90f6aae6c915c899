"""Honest about the manual: the course guide maps every unit to the manual's chapters, and the units that go
beyond the manual say so at the top of the page."""
from __future__ import annotations

import re

from autograder.model.course import ROOT, load_course

UNITS = load_course().units


def _guide_map() -> dict[int, tuple[str, str]]:
    text = (ROOT / "book/guia-del-curs.md").read_text(encoding="utf-8")
    section = re.search(r"^## El curs i el manual\s*$(.*?)(?=^## |\Z)", text, flags=re.M | re.S)
    assert section, "La guia del curs ha de tenir l'apartat «El curs i el manual»"
    rows = re.findall(r"^\| (\d+) \| ([^|]+) \| ([^|]+) \|$", section.group(1), flags=re.M)
    return {int(n): (capitol.strip(), afegit.strip()) for n, capitol, afegit in rows}


def test_the_course_guide_maps_every_unit_to_the_manual():
    mapa = _guide_map()
    assert sorted(mapa) == sorted(u.number for u in UNITS)
    assert all(capitol and afegit for capitol, afegit in mapa.values())


def test_units_that_go_beyond_the_manual_say_so_on_the_page():
    extensions = {n for n, (capitol, afegit) in _guide_map().items()
                  if afegit.startswith("Extensió") and n != 0}
    assert extensions >= {6, 9, 10, 11}
    for unit in UNITS:
        if unit.number in extensions:
            text = (ROOT / unit.chapter).read_text(encoding="utf-8").split("\n## ")[0]
            assert re.search(r"^:::\{admonition\} D'on surt aquesta unitat\n:class: abast-manual\n.*manual",
                             text, flags=re.M | re.S), f"{unit.chapter}: ha de dir a l'inici que va més enllà del manual"


def test_course_rules_of_thumb_are_labelled_as_the_course_proposal():
    u05 = next(u for u in UNITS if u.number == 5)
    u03 = next(u for u in UNITS if u.number == 3)
    assert re.search(r"quatre xarxes[^.]*\. És una proposta del curs", (ROOT / u05.chapter).read_text(encoding="utf-8"))
    assert "el criteri de donar més pes a l'actitud són una proposta del curs" in (
        ROOT / u03.chapter).read_text(encoding="utf-8")
