"""The Moodle question bank (GIFT and Moodle XML) read back and compared with the source, question by question."""
from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

import pytest

from autograder.model.course import load_course
from autograder.model.question_types import variants
from autograder.model.questions import QuestionBankError, check_question, load_questions, question_type
from autograder.publish.moodle import question_bank
from tests.autograder.gift_parser import parse

COURSE = load_course()
SOURCE = [(u, q) for u in COURSE.units for q in load_questions(u)]
VALID_FRACTIONS = {100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667,
                   14.28571, 12.5, 11.11111, 10, 5, 0}


def _strip(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", text or "")).strip()


@pytest.fixture(scope="module")
def gift_questions():
    return parse(question_bank.gift(COURSE))


@pytest.fixture(scope="module")
def xml_root():
    return ET.fromstring(question_bank.moodle_xml(COURSE))


def test_gift_has_every_question_in_its_unit_category(gift_questions):
    assert len(gift_questions) == len(SOURCE)
    for (unit, q), parsed in zip(SOURCE, gift_questions):
        assert parsed["category"] == f"$course$/{COURSE.title}/{unit.label}"
        assert parsed["name"].startswith(q["id"] + " ")
        assert parsed["idnumber"] == q["id"]
        assert parsed["format"] == "html"
        assert _strip(parsed["text"]) == q["enunciat"].strip()


@pytest.mark.parametrize("index", range(len(SOURCE)), ids=[q["id"] for _, q in SOURCE])
def test_gift_question_round_trips(gift_questions, index):
    _, q = SOURCE[index]
    parsed = gift_questions[index]
    kind = q["tipus"]
    if kind in ("unica", "multiple"):
        assert parsed["type"] == "multichoice" and parsed["single"] == (kind == "unica")
        assert [_strip(a["text"]) for a in parsed["answers"]] == [o["text"].strip() for o in q["opcions"]]
        assert [_strip(a["feedback"]) for a in parsed["answers"]] == [o["retroaccio"].strip() for o in q["opcions"]]
        right = [a["fraction"] > 0 for a in parsed["answers"]]
        assert right == [bool(o.get("correcta")) for o in q["opcions"]]
        assert abs(sum(a["fraction"] for a in parsed["answers"] if a["fraction"] > 0) - 100) < 0.01
    elif kind == "vertader_fals":
        assert parsed["type"] == "truefalse" and parsed["answer"] is q["resposta"]
        right, wrong = ("retroaccio_vertader", "retroaccio_fals") if q["resposta"] else ("retroaccio_fals", "retroaccio_vertader")
        assert _strip(parsed["right_feedback"]) == q[right].strip() and _strip(parsed["wrong_feedback"]) == q[wrong].strip()
    elif kind == "aparellament":
        assert parsed["type"] == "match"
        assert [(_strip(left), right) for left, right in parsed["pairs"]] == \
            [(p["esquerra"].strip(), p["dreta"].strip()) for p in q["parelles"]]
    elif kind == "resposta_curta":
        # The author's answers, then the variants both the book and Moodle accept (tests/browser/test_resposta_curta.py).
        accepted = question_type(q).accepted(q)
        assert accepted[: len(q["acceptades"])] == [str(a) for a in q["acceptades"]]
        assert [(a, w) for a, _, w in parsed["answers"]] == [(a.strip(), 100.0) for a in accepted] + [("*", 0.0)]
        assert [_strip(f) for _, f, _ in parsed["answers"]] == \
            [q["retroaccio_correcta"].strip()] * len(accepted) + [q["retroaccio_incorrecta"].strip()]
    elif kind == "numerica":
        assert parsed["type"] == "numerical"
        assert parsed["answer"] == pytest.approx(q["resposta"]) and parsed["tolerance"] == pytest.approx(q.get("tolerancia", 0))
        assert _strip(parsed["feedback"]) == q["retroaccio_correcta"].strip()
        assert _strip(parsed["wrong_feedback"]) == q["retroaccio_incorrecta"].strip()


def test_gift_escapes_special_characters():
    q = {"id": "u05-q99", "tipus": "unica", "enunciat": "Què vol dir {a} = b: #1 ~ c\\d?",
         "opcions": [{"text": "x = 1", "correcta": True, "retroaccio": "Sí: ok #"},
                     {"text": "y ~ 2", "correcta": False, "retroaccio": "No {gens}"}]}
    parsed = parse(question_bank.gift_question(q))[0]
    assert parsed["idnumber"] == "u05-q99"
    assert _strip(parsed["text"]) == q["enunciat"]
    assert [(_strip(a["text"]), _strip(a["feedback"])) for a in parsed["answers"]] == \
        [("x = 1", "Sí: ok #"), ("y ~ 2", "No {gens}")]


def test_xml_categories_and_questions(xml_root):
    questions = xml_root.findall("question")
    categories = [q for q in questions if q.get("type") == "category"]
    assert [c.findtext("category/text") for c in categories] == [
        f"$course$/{COURSE.title}/{u.label}" for u in COURSE.units]
    real = [q for q in questions if q.get("type") != "category"]
    assert len(real) == len(SOURCE)


@pytest.mark.parametrize("index", range(len(SOURCE)), ids=[q["id"] for _, q in SOURCE])
def test_xml_question_has_every_field_moodle_reads(xml_root, index):
    _, q = SOURCE[index]
    el = [e for e in xml_root.findall("question") if e.get("type") != "category"][index]
    assert el.get("type") == question_bank.MOODLE_TYPES[q["tipus"]]
    assert el.findtext("idnumber") == q["id"]
    assert el.findtext("name/text").startswith(q["id"])
    assert el.find("questiontext").get("format") == "html"
    assert _strip(el.findtext("questiontext/text")) == q["enunciat"].strip()
    assert float(el.findtext("defaultgrade")) == 1.0
    answers = el.findall("answer")
    fractions = [abs(float(a.get("fraction"))) for a in answers]
    assert all(round(f, 5) in VALID_FRACTIONS for f in fractions), fractions
    kind = q["tipus"]
    if kind in ("unica", "multiple"):
        assert el.findtext("single") == ("true" if kind == "unica" else "false")
        assert [_strip(a.findtext("text")) for a in answers] == [o["text"].strip() for o in q["opcions"]]
        assert [_strip(a.findtext("feedback/text")) for a in answers] == [o["retroaccio"].strip() for o in q["opcions"]]
        assert [float(a.get("fraction")) > 0 for a in answers] == [bool(o.get("correcta")) for o in q["opcions"]]
    elif kind == "vertader_fals":
        values = {a.findtext("text"): float(a.get("fraction")) for a in answers}
        assert values == {"true": 100.0 if q["resposta"] else 0.0, "false": 0.0 if q["resposta"] else 100.0}
        feedback = {a.findtext("text"): _strip(a.findtext("feedback/text")) for a in answers}
        assert feedback == {"true": q["retroaccio_vertader"].strip(), "false": q["retroaccio_fals"].strip()}
    elif kind == "aparellament":
        subs = [(_strip(s.findtext("text")), s.findtext("answer/text")) for s in el.findall("subquestion")]
        assert subs == [(p["esquerra"].strip(), p["dreta"]) for p in q["parelles"]]
    elif kind == "resposta_curta":
        right = [a.findtext("text") for a in answers if float(a.get("fraction")) == 100]
        assert right[: len(q["acceptades"])] == [str(a) for a in q["acceptades"]]
        assert right == question_type(q).accepted(q)
        assert [(a.findtext("text"), float(a.get("fraction"))) for a in answers[len(right):]] == [("*", 0.0)]
    elif kind == "numerica":
        assert float(answers[0].findtext("text")) == pytest.approx(q["resposta"])
        assert float(answers[0].findtext("tolerance")) == pytest.approx(q.get("tolerancia", 0))
        assert _strip(answers[1].findtext("feedback/text")) == q["retroaccio_incorrecta"].strip()


@pytest.mark.parametrize(("acceptades", "message"), [
    (["SMART", " "], "pregunta 1: la resposta acceptada 2 és buida."),
    ([True], "pregunta 1: la resposta acceptada 1 és true o false; posa-la entre cometes si és un text."),
    (["**"], "pregunta 1: la resposta acceptada 1 és només «*», que accepta qualsevol resposta."),
])
def test_short_answer_bank_errors_say_what_to_fix(acceptades, message):
    q = {"id": "u05-q99", "tipus": "resposta_curta", "enunciat": "Quina sigla?", "acceptades": acceptades,
         "retroaccio_correcta": "Sí.", "retroaccio_incorrecta": "No."}
    with pytest.raises(QuestionBankError) as error:
        check_question(q, "book/preguntes/u05.yml, pregunta 1")
    assert str(error.value) == f"book/preguntes/u05.yml, {message}"


def test_short_answer_variants_drop_accents_and_swap_apostrophes():
    q = {"id": "u05-q99", "tipus": "resposta_curta", "enunciat": "Quin compte?", "acceptades": ["compte d'atenció", "Compte d'atencio"],
         "retroaccio_correcta": "Sí.", "retroaccio_incorrecta": "No."}
    assert question_type(q).accepted(q) == ["compte d'atenció", "Compte d'atencio", "compte d’atenció", "compte d’atencio"]
    assert question_type(q).accepts(q, " COMPTE D’ATENCIO ") and not question_type(q).accepts(q, "compte d atencio")


def test_long_answers_get_only_the_uniform_variants():
    """Past four accents and apostrophes the 2^n mixtures are left out: all kept or all dropped, either apostrophe."""
    assert variants("l'educació i la comunicació d'àmbit") == [
        "l'educació i la comunicació d'àmbit", "l’educació i la comunicació d’àmbit",
        "l'educacio i la comunicacio d'ambit", "l’educacio i la comunicacio d’ambit"]
    assert len(variants("comunicació d'àmbit")) == 8
