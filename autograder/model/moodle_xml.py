"""Moodle's backup XML at the level of one element: every value is element text and a database NULL is written
``$@NULL@$`` (Moodle 4.5's ``backup/util/xml``). Each question type writes its own question with these
(:mod:`autograder.model.question_types`); the course backup (:mod:`autograder.publish.moodle.mbz`) writes the rest.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

NULL = "$@NULL@$"


def _text(value) -> str:
    if value is None:
        return NULL
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def element(tag: str, fields: dict | None = None, attrs: dict | None = None, children=()) -> ET.Element:
    """``<tag attrs>`` with one child element per field (in order) and then ``children``."""
    el = ET.Element(tag, {k: _text(v) for k, v in (attrs or {}).items()})
    for name, value in (fields or {}).items():
        if isinstance(value, ET.Element):
            el.append(value)
        elif isinstance(value, list):
            wrapper = ET.SubElement(el, name)
            wrapper.extend(value)
        else:
            ET.SubElement(el, name).text = _text(value)
    el.extend(children)
    return el


def wrap(tag: str, children=()) -> ET.Element:
    el = ET.Element(tag)
    el.extend(children)
    return el
