"""One class per type of self-assessment question: everything the course knows about a type lives in its class.

Each type owns its validation (Catalan messages for course authors), its check of an answer, its HTML for the book
and the data the page script (``book/_static/autoavaluacio.js``) reads, its GIFT, its Moodle XML and its part of the
course backup (``questions.xml``). ``question_bank``, ``backup_questions`` and the book's ``{autoavaluacio}``
directive only assemble what these classes write, so the book and Moodle cannot drift apart.

Short answers follow Moodle's own rule everywhere (``qtype_shortanswer_question::compare_string_with_wildcard``):
both texts in Unicode NFC, the learner's answer without surrounding spaces, case ignored (``usecase`` 0), ``*`` a
wildcard and ``\\*`` a literal asterisk; nothing else is forgiven. Moodle does not ignore accents, so instead of a
book that forgives more than Moodle, both get the same list of accepted answers: the ones the author wrote, then,
for each of them, the same text with its accents dropped and with the other apostrophe (``'`` or ``’``). A learner
who writes «linia de base» or «compte d’atenció» is right in the book and in Moodle alike.

Numbers are read as Moodle reads them on a site in Catalan (``qtype_numerical_answer_processor`` with a decimal
comma and a thousands point, and no unit in the answer, ``showunits`` 3): «12,5», «18 000» and «1,5e3» are numbers;
«12.5», «18.000» and «15 %» are not graded and the learner is asked to write the number again, in the book as in
Moodle, with a message that says how.
"""
from __future__ import annotations

import html
import itertools
import json
import re
import unicodedata
import xml.etree.ElementTree as ET

from autograder.errors import AutograderError
from autograder.model.moodle_xml import element, wrap


class QuestionBankError(AutograderError, ValueError):
    """A question bank that does not follow the format; the message says where and what to fix."""


def need(q: dict, key: str, where: str, kind=str) -> None:
    value = q.get(key)
    if value is None or (kind is str and not str(value).strip()):
        raise QuestionBankError(f"{where}: falta el camp «{key}».")
    if kind is not str and not isinstance(value, kind):
        raise QuestionBankError(f"{where}: el camp «{key}» no té el format esperat.")


# ---------------------------------------------------------------- text in each format

def e(text) -> str:
    """Text escaped for the book's HTML (attributes included)."""
    return html.escape(str(text), quote=True)


def gift_escape(text) -> str:
    text = str(text).replace("\\", "\\\\")
    for char in "~=#{}:":
        text = text.replace(char, "\\" + char)
    return text.replace("\r", "").replace("\n", "\\n")


def gift_p(text) -> str:
    """A text as the Moodle XML file writes it in HTML format, escaped for GIFT."""
    return gift_escape(f"<p>{html.escape(str(text))}</p>")


def xml_text(parent, tag: str, text, fmt: str | None = "html", as_html: bool = True) -> ET.Element:
    el = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    body = f"<p>{html.escape(str(text))}</p>" if (as_html and fmt == "html") else str(text)
    ET.SubElement(el, "text").text = body
    return el


def xml_answer(parent, fraction_value: str, text, feedback, fmt="html") -> ET.Element:
    ans = ET.SubElement(parent, "answer", {"fraction": fraction_value, "format": fmt})
    ET.SubElement(ans, "text").text = f"<p>{html.escape(str(text))}</p>" if fmt == "html" else str(text)
    xml_text(ans, "feedback", feedback)
    return ans


def fraction(k: int) -> str:
    """100 ÷ k written as Moodle writes its grade options (``33.33333``, ``12.5``)."""
    value = round(100 / k, 5)
    return f"{value:.5f}".rstrip("0").rstrip(".")


def penalty(wrong: int) -> str:
    """What a wrong option of a multiple-answer question subtracts: −100/k, but GIFT cannot write ``%-100%``
    (its weights have at most two integer digits), so a single wrong option subtracts 90 in both formats."""
    return fraction(wrong) if wrong > 1 else "90"


# ---------------------------------------------------------------- the course backup (questions.xml)

BACKUP_FORMATS = {"html": 1, "moodle_auto_format": 0, "plain": 2, "markdown": 4}


def _backup_answer(aid: int, ans: ET.Element) -> ET.Element:
    fmt = ans.get("format", "moodle_auto_format")
    return element("answer", {
        "answertext": ans.findtext("text"), "answerformat": BACKUP_FORMATS[fmt],
        "fraction": f"{float(ans.get('fraction')) / 100:.7f}",
        "feedback": ans.findtext("feedback/text") or "", "feedbackformat": 1}, {"id": aid})


def _backup_answers(el: ET.Element, ids) -> tuple[list[int], list[ET.Element]]:
    answers = el.findall("answer")
    answer_ids = [next(ids) for _ in answers]
    return answer_ids, [_backup_answer(a, ans) for a, ans in zip(answer_ids, answers)]


def _combined_feedback() -> dict:
    return {"correctfeedback": "", "correctfeedbackformat": 1, "partiallycorrectfeedback": "",
            "partiallycorrectfeedbackformat": 1, "incorrectfeedback": "", "incorrectfeedbackformat": 1}


# ---------------------------------------------------------------- Moodle's short-answer rule

def moodle_matches(response, pattern, ignorecase: bool = True) -> bool:
    """Moodle's ``compare_string_with_wildcard``: NFC, response trimmed, ``*`` any run of characters, ``\\*`` a
    literal asterisk, the whole text, case ignored unless the question uses case."""
    pattern = unicodedata.normalize("NFC", str(pattern))
    response = unicodedata.normalize("NFC", str(response)).strip(" \t\n\r\0\x0b")
    bits = [re.escape(bit.replace("\\*", "*")) for bit in re.split(r"(?<!\\)\*+", pattern)]
    flags = re.IGNORECASE if ignorecase else 0
    return re.fullmatch(".*".join(bits), response, flags) is not None


APOSTROPHES = ("'", "’")


def _without_accents(char: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", base)


MAX_MIXED = 4   # beyond this many accents and apostrophes, only all kept or all changed (2^n grows fast)


def variants(answer: str) -> list[str]:
    """``answer`` with every combination of its accents kept or dropped and of either apostrophe."""
    choices = []
    for char in unicodedata.normalize("NFC", answer):
        if char in APOSTROPHES:
            choices.append((char,) + tuple(a for a in APOSTROPHES if a != char))
        elif _without_accents(char) != char:
            choices.append((char, _without_accents(char)))
        else:
            choices.append((char,))
    if sum(len(c) > 1 for c in choices) > MAX_MIXED:
        return ["".join(c[0] if len(c) == 1 else c[swap] if c[0] in APOSTROPHES else c[drop] for c in choices)
                for drop in (0, 1) for swap in (0, 1)]
    return ["".join(combo) for combo in itertools.product(*choices)]


# ---------------------------------------------------------------- the types

class QuestionType:
    """What every type shares; subclasses fill in their fields, check, HTML, GIFT, XML and backup."""
    key = ""
    name = ""
    moodle_type = ""
    moodle_penalty = "0.3333333"
    help_text = ""

    # Validation ---------------------------------------------------------------
    def validate(self, q: dict, where: str) -> None:
        raise NotImplementedError

    # The book -----------------------------------------------------------------
    def page_data(self, q: dict) -> dict:
        """What the page script reads from the form's ``data-pregunta`` (JSON)."""
        return {"tipus": self.key}

    def html_body(self, q: dict, qid: str) -> list[str]:
        raise NotImplementedError

    def html(self, q: dict, n: int) -> str:
        """The question as a form the page script corrects: a fieldset with a legend, the controls, a button and a
        live region for the feedback."""
        qid = e(q["id"])
        legend = (f'<legend><span class="pregunta-num">Pregunta {n}</span> '
                  f'<span class="pregunta-tipus">({self.name})</span> '
                  f'<span class="pregunta-enunciat">{e(q["enunciat"])}</span></legend>')
        body = self.html_body(q, qid)
        data = self.page_data(q)
        general = f'<p class="explicacio" hidden>{e(q["explicacio"])}</p>' if q.get("explicacio") else ""
        return (f'<form class="pregunta" id="{qid}" data-pregunta="{e(json.dumps(data, ensure_ascii=False))}" '
                f'novalidate><fieldset>{legend}{"".join(body)}</fieldset>'
                f'<button type="submit" class="comprova">Comprova la resposta</button>'
                f'<div class="retroaccio" role="status" aria-live="polite"></div>{general}</form>')

    # GIFT ---------------------------------------------------------------------
    def gift_answers(self, q: dict) -> list[str]:
        """Answers in HTML, as in the XML file: the option's text and every feedback in ``<p>``."""
        raise NotImplementedError

    def gift_body(self, answers: list[str], general: str) -> str:
        return " {" + "".join(f"\n\t{a}" for a in answers) + f"\n{general}}}"

    # Moodle XML ---------------------------------------------------------------
    def xml_fields(self, el: ET.Element, q: dict) -> None:
        """The type's own elements, after the ones every question has."""
        raise NotImplementedError

    # Course backup ------------------------------------------------------------
    def backup_plugin(self, qid: int, el: ET.Element, ids) -> tuple[str, ET.Element]:
        """Moodle's ``qtype`` and the ``plugin_qtype_…_question`` element, read from the Moodle XML element ``el``."""
        raise NotImplementedError


def _need_feedback(q: dict, where: str, *keys: str) -> None:
    for key in keys:
        need(q, key, where)


class _Choice(QuestionType):
    """``unica`` and ``multiple``: ``opcions``, each {text, correcta: bool, retroaccio}."""
    moodle_type = "multichoice"
    input_type = "radio"

    def validate(self, q, where):
        need(q, "opcions", where, list)
        for i, option in enumerate(q["opcions"], 1):
            for key in ("text", "retroaccio"):
                need(option, key, f"{where}, opció {i}")
            if not isinstance(option.get("correcta", False), bool):
                raise QuestionBankError(f"{where}, opció {i}: «correcta» ha de ser true o false.")
        if len(q["opcions"]) < 2:
            raise QuestionBankError(f"{where}: calen almenys dues opcions.")
        self.validate_rights(q, where, sum(bool(o.get("correcta")) for o in q["opcions"]))

    def validate_rights(self, q, where, right):
        raise NotImplementedError

    def accepts(self, q, chosen) -> bool:
        """``chosen``: the indices of the options marked."""
        return set(chosen) == {i for i, o in enumerate(q["opcions"]) if o.get("correcta")}

    def html_body(self, q, qid):
        body = [self.help_text] if self.help_text else []
        for i, option in enumerate(q["opcions"]):
            oid = f"{qid}-o{i}"
            body.append(
                f'<div class="opcio"><input type="{self.input_type}" name="{qid}" id="{oid}" value="{i}" '
                f'data-correcta="{str(bool(option.get("correcta"))).lower()}" '
                f'data-retroaccio="{e(option["retroaccio"])}">'
                f' <label for="{oid}">{e(option["text"])}</label></div>')
        return body

    def fractions(self, q) -> list[tuple[str, str]]:
        """(GIFT prefix, XML fraction) of every option."""
        raise NotImplementedError

    def gift_answers(self, q):
        return [prefix + f"{gift_p(o['text'])}#{gift_p(o['retroaccio'])}"
                for (prefix, _), o in zip(self.fractions(q), q["opcions"])]

    def xml_fields(self, el, q):
        ET.SubElement(el, "single").text = "true" if self.key == "unica" else "false"
        ET.SubElement(el, "shuffleanswers").text = "true"
        ET.SubElement(el, "answernumbering").text = "abc"
        for (_, value), o in zip(self.fractions(q), q["opcions"]):
            xml_answer(el, value, o["text"], o["retroaccio"])

    def backup_plugin(self, qid, el, ids):
        _, answers = _backup_answers(el, ids)
        body = [wrap("answers", answers), element("multichoice", {
            "layout": 0, "single": 1 if el.findtext("single") == "true" else 0,
            "shuffleanswers": 1 if el.findtext("shuffleanswers") == "true" else 0, **_combined_feedback(),
            "answernumbering": el.findtext("answernumbering"), "shownumcorrect": 0, "showstandardinstruction": 1},
            {"id": qid})]
        return "multichoice", wrap("plugin_qtype_multichoice_question", body)


class Unica(_Choice):
    key, name = "unica", "resposta única"

    def validate_rights(self, q, where, right):
        if right != 1:
            raise QuestionBankError(f"{where}: una pregunta de resposta única ha de tenir exactament una opció "
                                    f"correcta (en té {right}).")

    def fractions(self, q):
        return [("=", "100") if o.get("correcta") else ("~", "0") for o in q["opcions"]]


class Multiple(_Choice):
    key, name = "multiple", "resposta múltiple"
    input_type = "checkbox"
    help_text = '<p class="pregunta-ajuda">Pots marcar més d\'una opció.</p>'

    def validate_rights(self, q, where, right):
        if not (2 <= right < len(q["opcions"]) and right <= 10):
            raise QuestionBankError(f"{where}: una pregunta de resposta múltiple necessita almenys dues opcions "
                                    "correctes (si només n'hi ha una, és de resposta única) i almenys una "
                                    "d'incorrecta.")

    def fractions(self, q):
        right = sum(bool(o.get("correcta")) for o in q["opcions"])
        wrong = len(q["opcions"]) - right
        return [(f"~%{fraction(right)}%", fraction(right)) if o.get("correcta")
                else (f"~%-{penalty(wrong)}%", "-" + penalty(wrong)) for o in q["opcions"]]


class VertaderFals(QuestionType):
    """``resposta``: bool; ``retroaccio_vertader``, ``retroaccio_fals``."""
    key, name, moodle_type = "vertader_fals", "vertader o fals", "truefalse"
    moodle_penalty = "1.0000000"

    def validate(self, q, where):
        if not isinstance(q.get("resposta"), bool):
            raise QuestionBankError(f"{where}: «resposta» ha de ser true o false.")
        _need_feedback(q, where, "retroaccio_vertader", "retroaccio_fals")

    def accepts(self, q, value: bool) -> bool:
        return value is q["resposta"]

    def page_data(self, q):
        return {**super().page_data(q), "resposta": q["resposta"]}

    def html_body(self, q, qid):
        body = []
        for value, text, fb in (("true", "Vertader", q["retroaccio_vertader"]), ("false", "Fals", q["retroaccio_fals"])):
            oid = f"{qid}-{value}"
            correct = str(q["resposta"]).lower() == value
            body.append(
                f'<div class="opcio"><input type="radio" name="{qid}" id="{oid}" value="{value}" '
                f'data-correcta="{str(correct).lower()}" data-retroaccio="{e(fb)}">'
                f' <label for="{oid}">{text}</label></div>')
        return body

    def gift_answers(self, q):
        right, wrong = ((q["retroaccio_vertader"], q["retroaccio_fals"]) if q["resposta"]
                        else (q["retroaccio_fals"], q["retroaccio_vertader"]))
        return [f"{'TRUE' if q['resposta'] else 'FALSE'}#{gift_p(wrong)}#{gift_p(right)}"]

    def gift_body(self, answers, general):
        return f" {{{answers[0]}{general}}}"

    def xml_fields(self, el, q):
        xml_answer(el, "100" if q["resposta"] else "0", "true", q["retroaccio_vertader"], fmt="moodle_auto_format")
        xml_answer(el, "0" if q["resposta"] else "100", "false", q["retroaccio_fals"], fmt="moodle_auto_format")

    def backup_plugin(self, qid, el, ids):
        answer_ids, answers = _backup_answers(el, ids)
        by_text = dict(zip([a.findtext("text") for a in el.findall("answer")], answer_ids))
        for a in answers:   # Moodle stores the answers as «True» and «False».
            a.find("answertext").text = a.find("answertext").text.capitalize()
        body = [wrap("answers", answers), element("truefalse", {
            "trueanswer": by_text["true"], "falseanswer": by_text["false"], "showstandardinstruction": 0},
            {"id": qid})]
        return "truefalse", wrap("plugin_qtype_truefalse_question", body)


class Aparellament(QuestionType):
    """``parelles``: list of {esquerra, dreta}, at least three, every right-hand side different; ``retroaccio``."""
    key, name, moodle_type = "aparellament", "aparellament", "matching"

    def validate(self, q, where):
        need(q, "parelles", where, list)
        if len(q["parelles"]) < 3:
            raise QuestionBankError(f"{where}: un aparellament necessita almenys tres parelles.")
        for i, pair in enumerate(q["parelles"], 1):
            for key in ("esquerra", "dreta"):
                need(pair, key, f"{where}, parella {i}")
        rights = [p["dreta"] for p in q["parelles"]]
        if len(set(rights)) != len(rights):
            raise QuestionBankError(f"{where}: dues parelles tenen la mateixa resposta de la dreta.")
        need(q, "retroaccio", where)

    def accepts(self, q, chosen) -> bool:
        """``chosen``: the right-hand side picked for each pair, in order."""
        return list(chosen) == [p["dreta"] for p in q["parelles"]]

    def page_data(self, q):
        return {**super().page_data(q), "retroaccio": q["retroaccio"]}

    def html_body(self, q, qid):
        choices = sorted({p["dreta"] for p in q["parelles"]})
        body = []
        for i, pair in enumerate(q["parelles"]):
            sid = f"{qid}-s{i}"
            options = '<option value="">Tria una resposta</option>' + "".join(
                f'<option value="{e(c)}">{e(c)}</option>' for c in choices)
            body.append(f'<div class="parella"><label for="{sid}">{e(pair["esquerra"])}</label> '
                        f'<select id="{sid}" data-correcta="{e(pair["dreta"])}">{options}</select></div>')
        return body

    def gift_answers(self, q):
        # The right-hand side stays plain text, as Moodle stores it.
        return [f"={gift_p(p['esquerra'])} -> {gift_escape(p['dreta'])}" for p in q["parelles"]]

    def xml_fields(self, el, q):
        ET.SubElement(el, "shuffleanswers").text = "true"
        for pair in q["parelles"]:
            sub = ET.SubElement(el, "subquestion", {"format": "html"})
            ET.SubElement(sub, "text").text = f"<p>{html.escape(pair['esquerra'])}</p>"
            answer = ET.SubElement(sub, "answer")
            ET.SubElement(answer, "text").text = pair["dreta"]

    def backup_plugin(self, qid, el, ids):
        matches = [element("match", {"questiontext": sub.findtext("text"), "questiontextformat": 1,
                                     "answertext": sub.findtext("answer/text")}, {"id": next(ids)})
                   for sub in el.findall("subquestion")]
        body = [element("matchoptions", {"shuffleanswers": 1 if el.findtext("shuffleanswers") == "true" else 0,
                                         **_combined_feedback(), "shownumcorrect": 0}, {"id": qid}),
                wrap("matches", matches)]
        return "match", wrap("plugin_qtype_match_question", body)


class _TextAnswer(QuestionType):
    """A text box: ``retroaccio_correcta`` and ``retroaccio_incorrecta``."""
    input_mode = ""

    def validate(self, q, where):
        self.validate_answer(q, where)
        _need_feedback(q, where, "retroaccio_correcta", "retroaccio_incorrecta")

    def validate_answer(self, q, where):
        raise NotImplementedError

    def page_data(self, q):
        return {**super().page_data(q), "correcta": q["retroaccio_correcta"], "incorrecta": q["retroaccio_incorrecta"]}

    def html_body(self, q, qid):
        iid = f"{qid}-resposta"
        mode = f'inputmode="{self.input_mode}"' if self.input_mode else ""
        unit = f' <span class="unitat-resposta">{e(q.get("unitat", ""))}</span>' if q.get("unitat") else ""
        return [f'<div class="resposta"><label for="{iid}">La teva resposta</label> '
                f'<input type="text" id="{iid}" {mode} autocomplete="off">{unit}</div>']


class RespostaCurta(_TextAnswer):
    """``acceptades``: the accepted answers; see the module's docstring for the rule, the same in the book and Moodle."""
    key, name, moodle_type = "resposta_curta", "resposta curta", "shortanswer"

    def validate_answer(self, q, where):
        need(q, "acceptades", where, list)
        for i, answer in enumerate(q["acceptades"], 1):
            if not str(answer).strip():
                raise QuestionBankError(f"{where}: la resposta acceptada {i} és buida.")
            if answer is True or answer is False:
                raise QuestionBankError(f"{where}: la resposta acceptada {i} és true o false; posa-la entre "
                                        "cometes si és un text.")
            if re.fullmatch(r"(?<!\\)\*+", str(answer).strip()):
                raise QuestionBankError(f"{where}: la resposta acceptada {i} és només «*», que accepta qualsevol "
                                        "resposta.")

    def accepted(self, q) -> list[str]:
        """The answers Moodle and the book accept: the author's, as written, then the variants of each (accents
        dropped, the other apostrophe) that none of the previous ones already accepts."""
        answers = [str(a) for a in q["acceptades"]]
        for answer in list(answers):
            for variant in variants(answer):
                if not any(moodle_matches(variant, a) for a in answers):
                    answers.append(variant)
        return answers

    def accepts(self, q, response: str) -> bool:
        return bool(str(response).strip()) and any(moodle_matches(response, a) for a in self.accepted(q))

    def page_data(self, q):
        return {**super().page_data(q), "acceptades": self.accepted(q)}

    def gift_answers(self, q):
        # The catch-all answer «*» with no credit carries the feedback for any other answer, as in the XML file.
        return ([f"={gift_escape(a)}#{gift_p(q['retroaccio_correcta'])}" for a in self.accepted(q)]
                + [f"=%0%*#{gift_p(q['retroaccio_incorrecta'])}"])

    def xml_fields(self, el, q):
        ET.SubElement(el, "usecase").text = "0"
        for accepted in self.accepted(q):
            xml_answer(el, "100", accepted, q["retroaccio_correcta"], fmt="moodle_auto_format")
        xml_answer(el, "0", "*", q["retroaccio_incorrecta"], fmt="moodle_auto_format")

    def backup_plugin(self, qid, el, ids):
        _, answers = _backup_answers(el, ids)
        body = [wrap("answers", answers), element("shortanswer", {"usecase": el.findtext("usecase")}, {"id": qid})]
        return "shortanswer", wrap("plugin_qtype_shortanswer_question", body)


class Numerica(_TextAnswer):
    """``resposta``: number, ``tolerancia``: number ≥ 0, ``unitat``: optional text."""
    key, name, moodle_type = "numerica", "numèrica", "numerical"
    input_mode = "decimal"

    def validate_answer(self, q, where):
        if not isinstance(q.get("resposta"), (int, float)) or isinstance(q.get("resposta"), bool):
            raise QuestionBankError(f"{where}: «resposta» ha de ser un nombre.")
        if not isinstance(q.get("tolerancia", 0), (int, float)) or q.get("tolerancia", 0) < 0:
            raise QuestionBankError(f"{where}: «tolerancia» ha de ser un nombre no negatiu.")

    def accepts(self, q, number: float) -> bool:
        """Whether an already read number is right: Moodle's nominal tolerance interval, as the page script."""
        right, tolerance = q["resposta"], q.get("tolerancia", 0)
        margin = tolerance + 1e-14 * max(abs(tolerance), abs(right), 1e-14)
        return right - margin <= number <= right + margin

    def page_data(self, q):
        return {**super().page_data(q), "resposta": q["resposta"], "tolerancia": q.get("tolerancia", 0)}

    def gift_answers(self, q):
        return [f"#{q['resposta']}:{q.get('tolerancia', 0)}#{gift_p(q['retroaccio_correcta'])}",
                f"~#{gift_p(q['retroaccio_incorrecta'])}"]

    def gift_body(self, answers, general):
        body = "\n\t".join([answers[0].replace("#", "#\n\t=", 1)] + answers[1:])
        return f" {{{body}\n{general}}}"

    def xml_fields(self, el, q):
        ans = ET.SubElement(el, "answer", {"fraction": "100", "format": "moodle_auto_format"})
        ET.SubElement(ans, "text").text = str(q["resposta"])
        xml_text(ans, "feedback", q["retroaccio_correcta"])
        ET.SubElement(ans, "tolerance").text = str(q.get("tolerancia", 0))
        other = ET.SubElement(el, "answer", {"fraction": "0", "format": "moodle_auto_format"})
        ET.SubElement(other, "text").text = "*"
        xml_text(other, "feedback", q["retroaccio_incorrecta"])
        ET.SubElement(other, "tolerance").text = "0"
        units = ET.SubElement(el, "units")
        if q.get("unitat"):
            unit = ET.SubElement(units, "unit")
            ET.SubElement(unit, "multiplier").text = "1"
            ET.SubElement(unit, "unit_name").text = q["unitat"]
        ET.SubElement(el, "unitgradingtype").text = "0"
        ET.SubElement(el, "showunits").text = "3"

    def backup_plugin(self, qid, el, ids):
        answer_ids, answers = _backup_answers(el, ids)
        units = [element("numerical_unit", {"multiplier": "1.0000000000000000000", "unit": u.findtext("unit_name")},
                         {"id": next(ids)}) for u in el.findall("units/unit")]
        records = [element("numerical_record", {"answer": a, "tolerance": ans.findtext("tolerance")}, {"id": next(ids)})
                   for a, ans in zip(answer_ids, el.findall("answer"))]
        body = [wrap("answers", answers), wrap("numerical_units", units),
                wrap("numerical_options", [element("numerical_option", {
                    "showunits": el.findtext("showunits"), "unitsleft": 0,
                    "unitgradingtype": el.findtext("unitgradingtype"), "unitpenalty": "0.1000000"}, {"id": qid})]),
                wrap("numerical_records", records)]
        return "numerical", wrap("plugin_qtype_numerical_question", body)


QUESTION_TYPES: dict[str, QuestionType] = {t.key: t for t in (
    Unica(), Multiple(), VertaderFals(), Aparellament(), RespostaCurta(), Numerica())}


def question_type(q: dict) -> QuestionType:
    """The class of an already checked question."""
    return QUESTION_TYPES[q["tipus"]]
