"""The self-assessments of every unit as a Moodle question bank, in GIFT and in Moodle XML.

One category per unit (``$course$/<course title>/Unitat N. …``); every type of the book maps to its Moodle
type, and every answer keeps its feedback. Rules checked against Moodle's own importers
(``question/format/gift/format.php`` and ``question/format/xml/format.php``):
- GIFT weights are at most two integer digits (``%33.33333%``, never ``%100%``), so a right option of a
  multiple-answer question is written ``~%50%`` and a single-answer one ``=``;
- GIFT escapes ``\\ ~ = # { } :`` with a backslash and a newline as ``\\n``;
- true/false feedback is ``{TRUE#wrong answer's feedback#right answer's feedback}``;
- fractions are values Moodle accepts as grades (100/k and −100/k for k ≤ 10; see ``penalty``).
"""
from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from pathlib import Path

from autograder.course import Course, Unit, load_course
from autograder.questions import load_questions

MOODLE_TYPES = {
    "unica": "multichoice",
    "multiple": "multichoice",
    "vertader_fals": "truefalse",
    "aparellament": "matching",
    "resposta_curta": "shortanswer",
    "numerica": "numerical",
}


def fraction(k: int) -> str:
    """100 ÷ k written as Moodle writes its grade options (``33.33333``, ``12.5``)."""
    value = round(100 / k, 5)
    return f"{value:.5f}".rstrip("0").rstrip(".")


def penalty(wrong: int) -> str:
    """What a wrong option of a multiple-answer question subtracts: −100/k, but GIFT cannot write ``%-100%``
    (its weights have at most two integer digits), so a single wrong option subtracts 90 in both formats."""
    return fraction(wrong) if wrong > 1 else "90"


def category(course: Course, unit: Unit) -> str:
    return f"$course$/{course.title}/{unit.label}"


def category_info(unit: Unit) -> str:
    """The unit category's description, in HTML (only Moodle XML and the course backup carry it)."""
    return f"<p>{html.escape(f'Autoavaluació de la {unit.label}')}</p>"


def question_name(q: dict) -> str:
    text = " ".join(q["enunciat"].split())
    return f"{q['id']} {text[:60]}{'…' if len(text) > 60 else ''}"


# ---------------------------------------------------------------- GIFT

def gift_escape(text) -> str:
    text = str(text).replace("\\", "\\\\")
    for char in "~=#{}:":
        text = text.replace(char, "\\" + char)
    return text.replace("\r", "").replace("\n", "\\n")


def _p(text) -> str:
    """A text as the Moodle XML file writes it in HTML format, escaped for GIFT."""
    return gift_escape(f"<p>{html.escape(str(text))}</p>")


def _gift_answers(q: dict) -> list[str]:
    """Answers in HTML, as in the XML file: the option's text and every feedback in ``<p>``; the short answers and
    the matching's right-hand side stay plain text, as Moodle stores them."""
    kind = q["tipus"]
    if kind == "unica":
        return [("=" if o.get("correcta") else "~") + f"{_p(o['text'])}#{_p(o['retroaccio'])}"
                for o in q["opcions"]]
    if kind == "multiple":
        right = sum(bool(o.get("correcta")) for o in q["opcions"])
        wrong = len(q["opcions"]) - right
        return [(f"~%{fraction(right)}%" if o.get("correcta") else f"~%-{penalty(wrong)}%")
                + f"{_p(o['text'])}#{_p(o['retroaccio'])}" for o in q["opcions"]]
    if kind == "vertader_fals":
        right, wrong = ((q["retroaccio_vertader"], q["retroaccio_fals"]) if q["resposta"]
                        else (q["retroaccio_fals"], q["retroaccio_vertader"]))
        return [f"{'TRUE' if q['resposta'] else 'FALSE'}#{_p(wrong)}#{_p(right)}"]
    if kind == "aparellament":
        return [f"={_p(p['esquerra'])} -> {gift_escape(p['dreta'])}" for p in q["parelles"]]
    if kind == "resposta_curta":
        # The catch-all answer «*» with no credit carries the feedback for any other answer, as in the XML file.
        return ([f"={gift_escape(a)}#{_p(q['retroaccio_correcta'])}" for a in q["acceptades"]]
                + [f"=%0%*#{_p(q['retroaccio_incorrecta'])}"])
    if kind == "numerica":
        return [f"#{q['resposta']}:{q.get('tolerancia', 0)}#{_p(q['retroaccio_correcta'])}",
                f"~#{_p(q['retroaccio_incorrecta'])}"]
    raise ValueError(kind)


def _gift_general_feedback(q: dict) -> str:
    return f"####{_p(q.get('explicacio') or q.get('retroaccio') or '')}"


def gift_question(q: dict) -> str:
    """One question: its ID number in Moodle's ``// [id:…]`` comment, the name, and the text in HTML."""
    answers = _gift_answers(q)
    head = (f"// [id:{str(q['id']).replace(']', chr(92) + ']')}]\n"
            f"::{gift_escape(question_name(q))}::[html]{_p(q['enunciat'])}")
    if q["tipus"] == "vertader_fals":
        return f"{head} {{{answers[0]}{_gift_general_feedback(q)}}}\n"
    if q["tipus"] == "numerica":
        body = "\n\t".join([answers[0].replace("#", "#\n\t=", 1)] + answers[1:])
        return f"{head} {{{body}\n{_gift_general_feedback(q)}}}\n"
    body = "".join(f"\n\t{a}" for a in answers)
    return f"{head} {{{body}\n{_gift_general_feedback(q)}}}\n"


def gift(course: Course | None = None) -> str:
    course = course or load_course()
    parts = [f"// Banc de preguntes d'autoavaluació: {course.title}\n// Generat a partir de book/preguntes/*.yml.\n"]
    for unit in course.units:
        parts.append(f"$CATEGORY: {category(course, unit)}\n")
        parts += [gift_question(q) for q in load_questions(unit)]
    return "\n".join(parts)


# ---------------------------------------------------------------- Moodle XML

def _text(parent, tag: str, text, fmt: str | None = "html", as_html: bool = True) -> ET.Element:
    el = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    body = f"<p>{html.escape(str(text))}</p>" if (as_html and fmt == "html") else str(text)
    ET.SubElement(el, "text").text = body
    return el


def _answer(parent, fraction_value: str, text, feedback, fmt="html") -> None:
    ans = ET.SubElement(parent, "answer", {"fraction": fraction_value, "format": fmt})
    ET.SubElement(ans, "text").text = f"<p>{html.escape(str(text))}</p>" if fmt == "html" else str(text)
    _text(ans, "feedback", feedback)


def xml_question(q: dict) -> ET.Element:
    kind = q["tipus"]
    el = ET.Element("question", {"type": MOODLE_TYPES[kind]})
    name = ET.SubElement(el, "name")
    ET.SubElement(name, "text").text = question_name(q)
    _text(el, "questiontext", q["enunciat"])
    _text(el, "generalfeedback", q.get("explicacio") or q.get("retroaccio") or "")
    ET.SubElement(el, "defaultgrade").text = "1.0000000"
    ET.SubElement(el, "penalty").text = "1.0000000" if kind == "vertader_fals" else "0.3333333"
    ET.SubElement(el, "hidden").text = "0"
    ET.SubElement(el, "idnumber").text = q["id"]
    if kind in ("unica", "multiple"):
        ET.SubElement(el, "single").text = "true" if kind == "unica" else "false"
        ET.SubElement(el, "shuffleanswers").text = "true"
        ET.SubElement(el, "answernumbering").text = "abc"
        right = sum(bool(o.get("correcta")) for o in q["opcions"])
        wrong = len(q["opcions"]) - right
        for o in q["opcions"]:
            if kind == "unica":
                value = "100" if o.get("correcta") else "0"
            else:
                value = fraction(right) if o.get("correcta") else "-" + penalty(wrong)
            _answer(el, value, o["text"], o["retroaccio"])
    elif kind == "vertader_fals":
        _answer(el, "100" if q["resposta"] else "0", "true", q["retroaccio_vertader"], fmt="moodle_auto_format")
        _answer(el, "0" if q["resposta"] else "100", "false", q["retroaccio_fals"], fmt="moodle_auto_format")
    elif kind == "aparellament":
        ET.SubElement(el, "shuffleanswers").text = "true"
        for pair in q["parelles"]:
            sub = ET.SubElement(el, "subquestion", {"format": "html"})
            ET.SubElement(sub, "text").text = f"<p>{html.escape(pair['esquerra'])}</p>"
            answer = ET.SubElement(sub, "answer")
            ET.SubElement(answer, "text").text = pair["dreta"]
    elif kind == "resposta_curta":
        ET.SubElement(el, "usecase").text = "0"
        for accepted in q["acceptades"]:
            _answer(el, "100", accepted, q["retroaccio_correcta"], fmt="moodle_auto_format")
        _answer(el, "0", "*", q["retroaccio_incorrecta"], fmt="moodle_auto_format")
    elif kind == "numerica":
        ans = ET.SubElement(el, "answer", {"fraction": "100", "format": "moodle_auto_format"})
        ET.SubElement(ans, "text").text = str(q["resposta"])
        _text(ans, "feedback", q["retroaccio_correcta"])
        ET.SubElement(ans, "tolerance").text = str(q.get("tolerancia", 0))
        other = ET.SubElement(el, "answer", {"fraction": "0", "format": "moodle_auto_format"})
        ET.SubElement(other, "text").text = "*"
        _text(other, "feedback", q["retroaccio_incorrecta"])
        ET.SubElement(other, "tolerance").text = "0"
        units = ET.SubElement(el, "units")
        if q.get("unitat"):
            unit = ET.SubElement(units, "unit")
            ET.SubElement(unit, "multiplier").text = "1"
            ET.SubElement(unit, "unit_name").text = q["unitat"]
        ET.SubElement(el, "unitgradingtype").text = "0"
        ET.SubElement(el, "showunits").text = "3"
    return el


def moodle_xml(course: Course | None = None) -> bytes:
    course = course or load_course()
    quiz = ET.Element("quiz")
    for unit in course.units:
        cat = ET.SubElement(quiz, "question", {"type": "category"})
        ET.SubElement(ET.SubElement(cat, "category"), "text").text = category(course, unit)
        _text(cat, "info", category_info(unit), as_html=False)
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
