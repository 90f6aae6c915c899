"""The book and Moodle accept exactly the same answers to the questions a learner types (short and numerical).

Every such question of the course is played twice with the same responses: through the book's real page script
(``book/_static/autoavaluacio.js``) in Debian's Chromium, on the HTML the ``{autoavaluacio}`` directive writes, and
through Moodle's rule applied to the question as the Moodle XML file exports it. For short answers the responses are
the author's accepted answers and their usual variants (capitals, accents dropped, the other apostrophe, spaces
around, a final full stop, doubled spaces, a wrong answer); for numbers, the answer written the Catalan way and the
other ways people write it (decimal point, unit, thousands separators, out of tolerance). No book build is needed:
the page is the questions' own HTML.
"""
from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET

import pytest

from autograder.model.course import ROOT, load_course
from autograder.model.questions import load_questions, question_type
from autograder.publish.moodle import question_bank
from tests.chromium import ARGS, CHROMIUM

QUESTIONS = [q for u in load_course().units for q in load_questions(u)]
SHORT = [q for q in QUESTIONS if q["tipus"] == "resposta_curta"]
NUMERIC = [q for q in QUESTIONS if q["tipus"] == "numerica"]
WRONG = "una resposta que no hi és"
PHP_TRIM = " \t\n\r\0\x0b"
INVALID = "invàlida"       # Moodle does not grade it and asks for a valid number; the book says what to fix


def moodle_accepts(response: str, el: ET.Element) -> bool:
    """Moodle 4.5 grading a short answer (``qtype_shortanswer_question``): the response trimmed
    (``PARAM_RAW_TRIMMED``), the first answer that matches decides; a match is
    ``compare_string_with_wildcard``: both texts in NFC, the pattern split on unescaped runs of ``*`` (each a
    ``.*``), ``\\*`` a literal asterisk, anchored, ``/u`` and, when ``usecase`` is 0, ``/i``."""
    response = response.strip(" \t\n\r\0\x0b")
    if not response:
        return False
    ignorecase = el.findtext("usecase") == "0"
    for answer in el.findall("answer"):
        pattern = unicodedata.normalize("NFC", answer.findtext("text"))
        bits = [re.escape(bit.replace("\\*", "*")) for bit in re.split(r"(?<!\\)\*+", pattern)]
        regexp = re.compile("^" + ".*".join(bits) + "$", re.IGNORECASE if ignorecase else 0)
        if regexp.search(unicodedata.normalize("NFC", response).strip(" \t\n\r\0\x0b")):
            return float(answer.get("fraction")) == 100
    return False


def moodle_numeric(response: str, el: ET.Element):
    """Moodle 4.5 grading a numerical question as exported (no unit in the response, ``showunits`` 3, units not
    graded) on a site in Catalan (``langconfig``: ``decsep`` «,», ``thousandssep`` «.»): ``None`` when there is
    nothing to grade, ``INVALID`` when ``is_complete_response`` refuses it, else whether the first answer within
    tolerance is worth 100. Read from ``qtype_numerical_question`` and ``qtype_numerical_answer_processor``."""
    response = response.strip(PHP_TRIM)
    if not response:
        return None
    text = re.sub(r"(?:e|E|(?:x|\*|×)10(?:\^|\*\*))([+-]?\d+)", r"e\1", response.replace(" ", ""))
    if "." in text or text.count(",") > 1:
        text = text.replace(",", "")
    else:
        text = text.replace(".", "").replace(",", ".")
    number = re.match(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?", text, re.ASCII)
    if not number or text[number.end():] or "." in response:
        return INVALID
    value = float(number.group())
    for answer in el.findall("answer"):
        if answer.findtext("text") == "*":
            return float(answer.get("fraction")) == 100
        right, tolerance = float(answer.findtext("text")), float(answer.findtext("tolerance"))
        margin = tolerance + 1e-14 * max(abs(tolerance), abs(right), 1e-14)
        if right - margin <= value <= right + margin:
            return float(answer.get("fraction")) == 100
    return False


def _ca(x: float) -> str:
    return f"{x:g}".replace(".", ",")


def numbers_right(q: dict) -> list[str]:
    r = q["resposta"]
    out = [_ca(r), f" {_ca(r)}  ", _ca(r + q.get("tolerancia", 0) / 2)]
    if abs(r) >= 1000:
        out.append(f"{r:,.0f}".replace(",", " "))
    return out


def numbers_other(q: dict) -> list[str]:
    r, t = q["resposta"], q.get("tolerancia", 0)
    out = [f"{r:g}", f"{_ca(r)} {q.get('unitat') or 'unitats'}", f"{_ca(r)}{q.get('unitat') or 'u'}",
           _ca(r + 2 * t + 1), _ca(-r - 1), "abc", "", "0", f"{r:,.0f}".replace(",", "."), _ca(r + t),
           f"{r:g}e0", "1,2,3", "," + _ca(r)]
    return out


def _fold(text: str) -> str:
    """Accents dropped and the typographic apostrophe made straight."""
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return text.replace("’", "'")


def must_accept(q: dict) -> list[str]:
    """What a learner who knows the answer writes: an accepted answer in any case, without its accents, with
    either apostrophe, with spaces around."""
    out = []
    for answer in map(str, q["acceptades"]):
        out += [answer, answer.upper(), answer.lower(), answer.capitalize(), f"  {answer} ", _fold(answer),
                _fold(answer).upper(), answer.replace("'", "’"), answer.replace("’", "'"), _fold(answer).replace("'", "’")]
    return out


def either(q: dict) -> list[str]:
    """Variants both sides must judge alike, whatever the verdict."""
    out = [WRONG, "*", ""]
    for answer in map(str, q["acceptades"]):
        out += [answer + ".", answer.replace(" ", "  "), re.sub(r"[«»\"'’.,;:!?¡¿()]", " ", answer).strip(),
                answer[:-1], answer + "s", "la " + answer]
    return out


@pytest.fixture(scope="module")
def exported():
    root = ET.fromstring(question_bank.moodle_xml())
    return {el.findtext("idnumber"): el for el in root.findall("question") if el.get("type") == "shortanswer"}


@pytest.fixture(scope="module")
def exported_numeric():
    root = ET.fromstring(question_bank.moodle_xml())
    return {el.findtext("idnumber"): el for el in root.findall("question") if el.get("type") == "numerical"}


@pytest.fixture(scope="module")
def book_accepts():
    """``(question, responses) → verdicts`` from the real page script in Chromium, on the directive's HTML."""
    if not CHROMIUM:
        pytest.fail("Cal el Chromium de Debian (apt-get install chromium; .ci/run l'instal·la)")
    from playwright.sync_api import sync_playwright

    script = (ROOT / "book/_static/autoavaluacio.js").read_text(encoding="utf-8")
    forms = "\n".join(question_type(q).html(q, n) for n, q in enumerate(QUESTIONS, 1))
    page_html = (f'<!DOCTYPE html><html lang="ca"><head><meta charset="utf-8"><title>Autoavaluació</title>'
                 f'<script>{script}</script></head><body><section class="autoavaluacio">{forms}'
                 f'<p class="autoavaluacio-resum" role="status" aria-live="polite"></p></section></body></html>')
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        page = browser.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.set_content(page_html)

        def judge(q: dict, responses: list) -> list[list[str]]:
            """A response is the text typed, the values of the options marked (a list) or the right-hand side
            chosen for each pair (a list, for a matching)."""
            verdicts = page.evaluate("""([id, responses]) => responses.map((r) => {
                const form = document.getElementById(id);
                const selects = [...form.querySelectorAll("select")];
                if (selects.length) selects.forEach((s, i) => { s.value = r[i]; });
                else if (Array.isArray(r)) form.querySelectorAll("input").forEach((o) => {
                    o.checked = r.includes(o.value); });
                else form.querySelector("input").value = r;
                form.querySelector("button.comprova").click();
                const box = form.querySelector(".retroaccio");
                return [box.querySelector(".retroaccio-estat").textContent, box.innerText, form.dataset.estat];
            })""", [q["id"], responses])
            assert errors == []
            return verdicts

        yield judge
        browser.close()


VERDICT = {"Correcte.": True, "No és correcte.": False, "Encara no has respost aquesta pregunta.": None,
           "Revisa com has escrit el nombre.": INVALID}


@pytest.mark.parametrize("q", SHORT, ids=[q["id"] for q in SHORT])
def test_book_and_moodle_accept_the_same_short_answers(q, exported, book_accepts):
    el = exported[q["id"]]
    right, other = must_accept(q), either(q)
    book = [VERDICT[v] for v, _, _ in book_accepts(q, right + other)]
    moodle = [moodle_accepts(r, el) for r in right + other]
    # An empty answer is not graded in Moodle (is_complete_response) and not checked in the book.
    assert [bool(b) for b in book] == moodle, [
        (r, b, m) for r, b, m in zip(right + other, book, moodle) if bool(b) != m]
    assert all(book[: len(right)]), [r for r, b in zip(right, book) if not b]
    assert book[len(right):len(right) + 3] == [False, False, None]   # a wrong answer, «*», nothing
    assert [question_type(q).accepts(q, r) for r in right + other] == moodle


@pytest.mark.parametrize("q", NUMERIC, ids=[q["id"] for q in NUMERIC])
def test_book_and_moodle_read_numbers_alike(q, exported_numeric, book_accepts):
    el = exported_numeric[q["id"]]
    right, other = numbers_right(q), numbers_other(q)
    judged = book_accepts(q, right + other)
    book = [VERDICT[v] for v, _, _ in judged]
    moodle = [moodle_numeric(r, el) for r in right + other]
    assert book == moodle, [(r, b, m) for r, b, m in zip(right + other, book, moodle) if b != m]
    assert book[: len(right)] == [True] * len(right)
    for (state, text, estat), verdict in zip(judged, book):
        if verdict == INVALID:   # says what to fix, and the summary does not count it as answered
            assert estat == "" and len(text) > len(state) + 20, text
    assert INVALID in book and False in book


def moodle_choice(chosen: list[str], el: ET.Element) -> bool:
    """Full marks in Moodle for the options (``answer`` texts ``true``/``false``, or positions) chosen: a
    multichoice or true/false question adds up the fractions of the chosen answers, limited to 0–100, and is right
    above 99.9999 % (``question_state::graded_state_for_fraction``); a matching is right when every stem gets
    its own answer."""
    if el.get("type") == "matching":
        return chosen == [sub.findtext("answer/text") for sub in el.findall("subquestion")]
    answers = el.findall("answer")
    if el.get("type") == "truefalse":
        picked = [a for a in answers if a.findtext("text") in chosen]
    else:
        picked = [a for i, a in enumerate(answers) if str(i) in chosen]
        if el.findtext("single") == "true" and len(picked) > 1:
            return False
    total = min(max(sum(float(a.get("fraction")) for a in picked), 0), 100)
    return total / 100 > 0.999999


def choice_responses(q: dict) -> list[list[str]]:
    """Every set of options (every pairing that swaps two right-hand sides, for a matching)."""
    if q["tipus"] == "vertader_fals":
        return [["true"], ["false"], []]
    if q["tipus"] == "aparellament":
        right = [p["dreta"] for p in q["parelles"]]
        swaps = []
        for i in range(len(right)):
            for j in range(i + 1, len(right)):
                swapped = list(right)
                swapped[i], swapped[j] = swapped[j], swapped[i]
                swaps.append(swapped)
        return [right, *swaps, [""] + right[1:]]
    n = len(q["opcions"])
    if q["tipus"] == "unica":
        return [[str(i)] for i in range(n)] + [[]]
    return [[str(i) for i in range(n) if mask >> i & 1] for mask in range(2 ** n)]


CHOICES = [q for q in QUESTIONS if q["tipus"] in ("unica", "multiple", "vertader_fals", "aparellament")]


@pytest.mark.parametrize("q", CHOICES, ids=[q["id"] for q in CHOICES])
def test_book_and_moodle_give_full_marks_to_the_same_choices(q, book_accepts):
    el = question_bank.xml_question(q)
    responses = choice_responses(q)
    book = [VERDICT[v] for v, _, _ in book_accepts(q, responses)]
    moodle = [moodle_choice(r, el) for r in responses]
    assert [bool(b) for b in book] == moodle, [(r, b, m) for r, b, m in zip(responses, book, moodle) if bool(b) != m]
    assert sum(moodle) == 1                  # one right answer, the author's
    assert None in book                      # nothing chosen (or a pair left empty) is not an answer


def test_moodle_rule_is_the_one_of_its_source():
    """The transcription of Moodle's rule that the test above trusts, on cases read from Moodle's own tests
    (``question/type/shortanswer/tests/question_test.php``)."""
    def answer(pattern, usecase="0"):
        el = ET.fromstring(f'<question><usecase>{usecase}</usecase><answer fraction="100"><text/></answer></question>')
        el.find("answer/text").text = pattern
        return el

    assert moodle_accepts("Frog", answer("frog")) and not moodle_accepts("Frog", answer("frog", usecase="1"))
    assert moodle_accepts("  frog  ", answer("frog")) and not moodle_accepts("frogs", answer("frog"))
    assert moodle_accepts("Tadpole", answer("*")) and moodle_accepts("toad", answer("t*d"))
    assert moodle_accepts("t*d", answer("t\\*d")) and not moodle_accepts("toad", answer("t\\*d"))
    assert moodle_accepts("a.b", answer("a.b")) and not moodle_accepts("axb", answer("a.b"))
    assert moodle_accepts("ÉTÉ", answer("été")) and not moodle_accepts("ete", answer("été"))
    # NFC: «é» written as «e» plus a combining accent is the same letter.
    assert moodle_accepts("e\u0301te\u0301", answer("été"))


def test_moodle_number_reading_is_the_one_of_its_source():
    """The transcription of Moodle's numbers on a Catalan site, on cases worked out from ``apply_units`` and
    ``is_complete_response``: comma decimals, spaces as thousands separators, no unit and no point."""
    el = ET.fromstring('<question><answer fraction="100"><text>1500</text><tolerance>0.5</tolerance></answer>'
                       '<answer fraction="0"><text>*</text><tolerance>0</tolerance></answer></question>')
    assert [moodle_numeric(r, el) for r in ("1500", " 1 500 ", "1500,4", "1,5e3", "1500,6", "1.500", "1500 €",
                                             "mil", "")] == \
        [True, True, True, True, False, INVALID, INVALID, INVALID, None]


@pytest.mark.parametrize("q", SHORT, ids=[q["id"] for q in SHORT])
def test_exported_answers_are_the_authors_then_their_variants(q, exported):
    """The author's answers first and in order; after them only the same texts without accents or with the
    other apostrophe, each one needed (no earlier answer already accepts it)."""
    answers = [a.findtext("text") for a in exported[q["id"]].findall("answer")]
    authored = [str(a) for a in q["acceptades"]]
    assert answers[: len(authored)] == authored and answers[-1] == "*"
    extra = answers[len(authored):-1]
    folded = {_fold(a).lower() for a in authored}
    for i, variant in enumerate(extra):
        assert _fold(variant).lower() in folded, variant
        earlier = answers[: len(authored) + i]
        assert not any(unicodedata.normalize("NFC", variant).lower() == unicodedata.normalize("NFC", a).lower()
                       for a in earlier), variant
    # Every variant a learner may type without accents is there.
    for a in authored:
        assert any(_fold(a).lower() == x.lower() for x in answers), a
