"""The course's question bank inside the backup (``questions.xml``): one category per unit under the course's own
category, as the Moodle XML import creates them, and every question as that import stores it.

Each question is read from the very element ``question_bank.xml_question`` writes for the Moodle XML file, so the
two exports cannot disagree. Field names follow Moodle 4.5's ``backup_questions_structure_step`` and each
question type's ``backup/moodle2`` plugin; each type's part is written by its class (``question_types``).
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from autograder.model.course import Course
from autograder.model.moodle_xml import element, wrap
from autograder.model.question_types import BACKUP_FORMATS
from autograder.model.questions import load_questions, question_type
from autograder.publish.moodle import question_bank

COURSE_LEVEL = 50       # CONTEXT_COURSE


@dataclass
class QuestionBank:
    """Ids given to the categories and questions of the backup (the restore maps them to new ones)."""
    categories: list[ET.Element] = field(default_factory=list)
    unit_entries: dict[int, list[int]] = field(default_factory=dict)   # unit number → question bank entry ids
    category_ids: list[int] = field(default_factory=list)


def _question(qid: int, q: dict, el: ET.Element, stamp: str, now: int, ids) -> ET.Element:
    qtype, plugin = question_type(q).backup_plugin(qid, el, ids)
    return element("question", {
        "parent": 0, "name": el.findtext("name/text"), "questiontext": el.findtext("questiontext/text"),
        "questiontextformat": BACKUP_FORMATS[el.find("questiontext").get("format")],
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
                _question(qid, q, el, f"curs+{course.id}+{q['id']}", now, ids)]}, {"id": qid})
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
