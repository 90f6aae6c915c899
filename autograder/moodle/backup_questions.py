"""The course's question bank inside the backup (``questions.xml``): one category per unit under the course's own
category, as the Moodle XML import creates them, and every question as that import stores it.

Each question is read from the very element ``question_bank.xml_question`` writes for the Moodle XML file, so the
two exports cannot disagree. Field names follow Moodle 4.5's ``backup_questions_structure_step`` and each
question type's ``backup/moodle2`` plugin.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from autograder.course import Course
from autograder.moodle import question_bank
from autograder.moodle.mbz import element, wrap
from autograder.questions import load_questions

COURSE_LEVEL = 50       # CONTEXT_COURSE
FORMATS = {"html": 1, "moodle_auto_format": 0, "plain": 2, "markdown": 4}


@dataclass
class QuestionBank:
    """Ids given to the categories and questions of the backup (the restore maps them to new ones)."""
    categories: list[ET.Element] = field(default_factory=list)
    unit_entries: dict[int, list[int]] = field(default_factory=dict)   # unit number → question bank entry ids
    category_ids: list[int] = field(default_factory=list)


def _fraction(percent: str) -> str:
    return f"{float(percent) / 100:.7f}"


def _answer(aid: int, ans: ET.Element) -> ET.Element:
    fmt = ans.get("format", "moodle_auto_format")
    return element("answer", {
        "answertext": ans.findtext("text"), "answerformat": FORMATS[fmt], "fraction": _fraction(ans.get("fraction")),
        "feedback": ans.findtext("feedback/text") or "", "feedbackformat": 1}, {"id": aid})


def _combined_feedback() -> dict:
    return {"correctfeedback": "", "correctfeedbackformat": 1, "partiallycorrectfeedback": "",
            "partiallycorrectfeedbackformat": 1, "incorrectfeedback": "", "incorrectfeedbackformat": 1}


def _plugin(qid: int, el: ET.Element, ids) -> ET.Element:
    qtype = el.get("type")
    answers = el.findall("answer")
    answer_ids = [next(ids) for _ in answers]
    answer_els = [_answer(a, ans) for a, ans in zip(answer_ids, answers)]
    if qtype == "multichoice":
        body = [wrap("answers", answer_els), element("multichoice", {
            "layout": 0, "single": 1 if el.findtext("single") == "true" else 0,
            "shuffleanswers": 1 if el.findtext("shuffleanswers") == "true" else 0, **_combined_feedback(),
            "answernumbering": el.findtext("answernumbering"), "shownumcorrect": 0, "showstandardinstruction": 1},
            {"id": qid})]
    elif qtype == "truefalse":
        by_text = dict(zip([a.findtext("text") for a in answers], answer_ids))
        for a in answer_els:   # Moodle stores the answers as «True» and «False».
            a.find("answertext").text = a.find("answertext").text.capitalize()
        body = [wrap("answers", answer_els), element("truefalse", {
            "trueanswer": by_text["true"], "falseanswer": by_text["false"], "showstandardinstruction": 0},
            {"id": qid})]
    elif qtype == "shortanswer":
        body = [wrap("answers", answer_els), element("shortanswer", {"usecase": el.findtext("usecase")}, {"id": qid})]
    elif qtype == "numerical":
        units = [element("numerical_unit", {"multiplier": "1.0000000000000000000", "unit": u.findtext("unit_name")},
                         {"id": next(ids)}) for u in el.findall("units/unit")]
        records = [element("numerical_record", {"answer": a, "tolerance": ans.findtext("tolerance")}, {"id": next(ids)})
                   for a, ans in zip(answer_ids, answers)]
        body = [wrap("answers", answer_els), wrap("numerical_units", units),
                wrap("numerical_options", [element("numerical_option", {
                    "showunits": el.findtext("showunits"), "unitsleft": 0,
                    "unitgradingtype": el.findtext("unitgradingtype"), "unitpenalty": "0.1000000"}, {"id": qid})]),
                wrap("numerical_records", records)]
    elif qtype == "matching":
        qtype = "match"
        matches = [element("match", {"questiontext": sub.findtext("text"), "questiontextformat": 1,
                                     "answertext": sub.findtext("answer/text")}, {"id": next(ids)})
                   for sub in el.findall("subquestion")]
        body = [element("matchoptions", {"shuffleanswers": 1 if el.findtext("shuffleanswers") == "true" else 0,
                                         **_combined_feedback(), "shownumcorrect": 0}, {"id": qid}),
                wrap("matches", matches)]
    else:
        raise ValueError(qtype)
    return qtype, wrap(f"plugin_qtype_{qtype}_question", body)


def _question(qid: int, el: ET.Element, stamp: str, now: int, ids) -> ET.Element:
    qtype, plugin = _plugin(qid, el, ids)
    return element("question", {
        "parent": 0, "name": el.findtext("name/text"), "questiontext": el.findtext("questiontext/text"),
        "questiontextformat": FORMATS[el.find("questiontext").get("format")],
        "generalfeedback": el.findtext("generalfeedback/text"), "generalfeedbackformat": 1,
        "defaultmark": el.findtext("defaultgrade"), "penalty": el.findtext("penalty"), "qtype": qtype,
        "length": 1, "stamp": stamp, "timecreated": now, "timemodified": now, "createdby": None,
        "modifiedby": None}, {"id": qid}, [
        plugin, wrap("plugin_qbank_comment_question", [wrap("comments")]),
        wrap("plugin_qbank_customfields_question", [wrap("customfields")]), wrap("question_hints"), wrap("tags")])


def _category(cid: int, name: str, info: str, parent: int, context: int, course_id: int, stamp: str,
              entries=()) -> ET.Element:
    return element("question_category", {
        "name": name, "contextid": context, "contextlevel": COURSE_LEVEL, "contextinstanceid": course_id,
        "info": info, "infoformat": 1 if info else 0, "stamp": stamp, "parent": parent,
        "sortorder": 0 if parent == 0 else 999, "idnumber": None, "question_bank_entries": list(entries)},
        {"id": cid})


def build(course: Course, context: int, course_id: int, now: int, ids) -> QuestionBank:
    """Categories ``top`` › course title › one per unit (as ``$course$/<title>/<unit>`` imports them)."""
    bank = QuestionBank()
    top, root = next(ids), next(ids)
    bank.categories.append(_category(top, "top", "", 0, context, course_id, f"curs+{course.id}+top"))
    bank.categories.append(_category(root, course.title, "", top, context, course_id, f"curs+{course.id}+arrel"))
    bank.category_ids += [top, root]
    for unit in course.units:
        cid = next(ids)
        entries, numbers = [], []
        for q in load_questions(unit):
            el = question_bank.xml_question(q)
            qid = next(ids)
            version = element("question_versions", {"version": 1, "status": "ready", "questions": [
                _question(qid, el, f"curs+{course.id}+{q['id']}", now, ids)]}, {"id": qid})
            entries.append(element("question_bank_entry", {
                "questioncategoryid": cid, "idnumber": q["id"], "ownerid": None,
                "question_version": [version]}, {"id": qid}))
            numbers.append(qid)
        info_el = question_bank.category_info(unit)
        bank.categories.append(_category(cid, unit.label, info_el, root, context, course_id,
                                         f"curs+{course.id}+{unit.code}", entries))
        bank.category_ids.append(cid)
        bank.unit_entries[unit.number] = numbers
    return bank
