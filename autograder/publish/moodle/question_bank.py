"""The self-assessments of every unit as a Moodle question bank, in GIFT and in Moodle XML.

One category per unit (``$course$/<course title>/Unitat N. …``); every type of the book maps to its Moodle
type, and every answer keeps its feedback. Rules checked against Moodle's own importers
(``question/format/gift/format.php`` and ``question/format/xml/format.php``):
- GIFT weights are at most two integer digits (``%33.33333%``, never ``%100%``), so a right option of a
  multiple-answer question is written ``~%50%`` and a single-answer one ``=``;
- GIFT escapes ``\\ ~ = # { } :`` with a backslash and a newline as ``\\n``;
- true/false feedback is ``{TRUE#wrong answer's feedback#right answer's feedback}``;
- fractions are values Moodle accepts as grades (100/k and −100/k for k ≤ 10; see ``penalty``).
What each type writes is in its class (``autograder/model/question_types.py``); this module assembles the files.
"""
from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from pathlib import Path

from autograder.model.course import Course, Unit, load_course
from autograder.model.question_types import (
    QUESTION_TYPES,
    fraction,
    gift_escape,
    gift_p,
    penalty,
    question_type,
    xml_text,
)
from autograder.model.questions import load_questions

__all__ = ["MOODLE_TYPES", "fraction", "penalty", "gift_escape", "gift_question", "gift", "xml_question",
           "moodle_xml", "write", "category", "category_info", "question_name"]

MOODLE_TYPES = {key: t.moodle_type for key, t in QUESTION_TYPES.items()}


def category(course: Course, unit: Unit) -> str:
    return f"$course$/{course.title}/{unit.label}"


def category_info(unit: Unit) -> str:
    """The unit category's description, in HTML (only Moodle XML and the course backup carry it)."""
    return f"<p>{html.escape(f'Autoavaluació de la {unit.label}')}</p>"


def question_name(q: dict) -> str:
    text = " ".join(q["enunciat"].split())
    return f"{q['id']} {text[:60]}{'…' if len(text) > 60 else ''}"


def _general_feedback(q: dict) -> str:
    return q.get("explicacio") or q.get("retroaccio") or ""


# ---------------------------------------------------------------- GIFT

def gift_question(q: dict) -> str:
    """One question: its ID number in Moodle's ``// [id:…]`` comment, the name, the text in HTML and the answers
    its type writes."""
    qtype = question_type(q)
    head = (f"// [id:{str(q['id']).replace(']', chr(92) + ']')}]\n"
            f"::{gift_escape(question_name(q))}::[html]{gift_p(q['enunciat'])}")
    return head + qtype.gift_body(qtype.gift_answers(q), f"####{gift_p(_general_feedback(q))}") + "\n"


def gift(course: Course | None = None) -> str:
    course = course or load_course()
    parts = [f"// Banc de preguntes d'autoavaluació: {course.title}\n// Generat a partir de book/preguntes/*.yml.\n"]
    for unit in course.units:
        parts.append(f"$CATEGORY: {category(course, unit)}\n")
        parts += [gift_question(q) for q in load_questions(unit)]
    return "\n".join(parts)


# ---------------------------------------------------------------- Moodle XML

def xml_question(q: dict) -> ET.Element:
    """The fields every question has, then its type's own."""
    qtype = question_type(q)
    el = ET.Element("question", {"type": qtype.moodle_type})
    name = ET.SubElement(el, "name")
    ET.SubElement(name, "text").text = question_name(q)
    xml_text(el, "questiontext", q["enunciat"])
    xml_text(el, "generalfeedback", _general_feedback(q))
    ET.SubElement(el, "defaultgrade").text = "1.0000000"
    ET.SubElement(el, "penalty").text = qtype.moodle_penalty
    ET.SubElement(el, "hidden").text = "0"
    ET.SubElement(el, "idnumber").text = q["id"]
    qtype.xml_fields(el, q)
    return el


def moodle_xml(course: Course | None = None) -> bytes:
    course = course or load_course()
    quiz = ET.Element("quiz")
    for unit in course.units:
        cat = ET.SubElement(quiz, "question", {"type": "category"})
        ET.SubElement(ET.SubElement(cat, "category"), "text").text = category(course, unit)
        xml_text(cat, "info", category_info(unit), as_html=False)
        for q in load_questions(unit):
            quiz.append(xml_question(q))
    ET.indent(quiz)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="utf-8") + b"\n"


def write(dest: Path, course: Course | None = None) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    gift_path, xml_path = dest / "preguntes.gift.txt", dest / "preguntes.moodle.xml"
    gift_path.write_text(gift(course), encoding="utf-8")
    xml_path.write_bytes(moodle_xml(course))
    return [gift_path, xml_path]
