"""The whole course as a Moodle 4.5 course backup (``.mbz``) that a site restores as a new course, in Catalan.

What the restore creates (the trainers' guide explains it in Moodle's words):
- section 0 «General»: the course guide and the course glossary (every entry of ``book/glossari/*.yml``);
- one section per unit, named after it, with its hours, points and learning outcomes as the summary, and:
  - the chapter as a File resource holding the whole built book, opened at the chapter: it reads as the book does
    (its navigation, search, self-assessment and links to the glossary and bibliography keep working), and no
    package is copied thirteen times (Moodle stores each file once);
  - the practice notebook (File resource, ``.ipynb``), its JupyterHub link and the browser edition's link when
    the course has them;
  - the self-assessment as a quiz of the unit's questions (the question bank travels in the backup, one
    category per unit), with immediate feedback and grade 0: it never counts;
  - the graded exercise as an assignment (maximum grade 10): the student notebook attached, one file per
    submission of any type (Moodle does not know ``.ipynb``), offline grading worksheet, feedback comments and
    feedback files;
- the gradebook's course total is the mean of the twelve assignments (an assignment not handed in counts as 0),
  out of 10, with the pass mark of ``course.yml``; course completion requires that course grade. It is Moodle's
  weighted mean with weight 1 for each assignment: an item added later (the SCORM package) with weight 0 leaves
  it unchanged.
The format follows Moodle 4.5's ``backup/moodle2`` and each module's ``backup/moodle2`` step (see ``mbz``).
"""
from __future__ import annotations

import html
import itertools
import mimetypes
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import yaml

from autograder.errors import AutograderError
from autograder.model import links, moodle_names
from autograder.model.course import ROOT, Course, Unit, load_course
from autograder.model.moodle_xml import element, wrap
from autograder.publish.moodle import backup_questions
from autograder.publish.moodle.mbz import Archive
from autograder.publish.toc import GUIDE
from pla.comu import format_nombre

MOODLE_VERSION, MOODLE_RELEASE = "2024100700", "4.5"     # Moodle 4.5 LTS: newer versions restore its backups
COURSE_ID, COURSE_CONTEXT, SYSTEM_CONTEXT, COURSE_GRADE_CATEGORY = 1, 2, 1, 1
# Moodle's constants: GRADE_AGGREGATE_WEIGHTED_MEAN, COMPLETION_CRITERIA_TYPE_GRADE, RESOURCELIB_DISPLAY_OPEN /
# RESOURCELIB_DISPLAY_DOWNLOAD, COMPLETION_TRACKING_AUTOMATIC / MANUAL.
WEIGHTED_MEAN, CRITERIA_GRADE, DISPLAY_OPEN, DISPLAY_DOWNLOAD = 10, 6, 5, 4
COMPLETION_AUTO, COMPLETION_MANUAL = 2, 1
GLOSSARY_AUTHOR = 2


class BackupError(AutograderError, RuntimeError):
    pass


@dataclass
class Activity:
    module: str
    name: str
    section: int
    moduleid: int
    contextid: int
    instance: int
    body: ET.Element | None = None
    files: list[ET.Element] = field(default_factory=list)
    grade_items: list[ET.Element] = field(default_factory=list)
    completion: int = 0
    completionview: int = 0
    completionusegrade: bool = False
    userinfo: bool = False
    inforef: list[ET.Element] = field(default_factory=list)

    @property
    def directory(self) -> str:
        return f"activities/{self.module}_{self.moduleid}"


def browser_edition_url(unit: Unit, root: Path = ROOT) -> str | None:
    """The unit's «Obre-ho al navegador» link (the practice notebook in the browser edition), read from where the
    book's unit card reads it: ``course.yml`` › ``navegador`` › ``url``, in the form the browser edition serves
    (``<url>notebooks/index.html?path=notebooks/<notebook>``). Only a full address works from Moodle; a relative
    one (the book and the browser edition published together) or none leaves the link out."""
    raw = yaml.safe_load((root / "course.yml").read_text(encoding="utf-8")) or {}
    base = str((raw.get("navegador") or {}).get("url") or "").strip()
    if "://" not in base or not links.has_notebook(unit, "quadern", root):
        return None
    return links.link_under(base, unit, "quadern")


@dataclass
class Builder:
    course: Course
    site: Path
    root: Path = ROOT
    now: int = field(default_factory=lambda: int(time.time()))
    browser_url: Callable[[Unit], str | None] = browser_edition_url
    archive: Archive = field(default_factory=Archive)
    ids: itertools.count = field(default_factory=lambda: itertools.count(10))
    activities: list[Activity] = field(default_factory=list)
    sections: list[tuple[int, int, str | None, str]] = field(default_factory=list)   # (id, number, name, summary)

    # ------------------------------------------------------------------ files

    def _file(self, ctx: int, component: str, area: str, path: str, data: bytes, sortorder: int = 0,
              itemid: int = 0) -> ET.Element:
        digest = self.archive.add_blob(data)
        folder, _, name = ("/" + path).rpartition("/")
        return element("file", {
            "contenthash": digest, "contextid": ctx, "component": component, "filearea": area, "itemid": itemid,
            "filepath": folder + "/", "filename": name, "userid": None, "filesize": len(data),
            "mimetype": _mimetype(name), "status": 0, "timecreated": self.now, "timemodified": self.now,
            "source": None, "author": self.course.author, "license": "cc-4.0" if "BY-SA" in self.course.licence
            else None, "sortorder": sortorder, "repositorytype": None, "repositoryid": None, "reference": None},
            {"id": next(self.ids)})

    def _site_files(self, ctx: int, main: str) -> list[ET.Element]:
        files = []
        for path in sorted(p for p in self.site.rglob("*") if p.is_file() and ".doctrees" not in p.parts):
            rel = str(path.relative_to(self.site))
            files.append(self._file(ctx, "mod_resource", "content", rel, path.read_bytes(),
                                    sortorder=1 if rel == main else 0))
        if not any(f.findtext("sortorder") == "1" for f in files):
            raise BackupError(f"Falta la pàgina {main} al llibre construït: executa «make book» abans.")
        return files

    # ------------------------------------------------------------------ activities

    def _activity(self, module: str, name: str, section: int, **kw) -> Activity:
        act = Activity(module, name, section, next(self.ids), next(self.ids), next(self.ids), **kw)
        self.activities.append(act)
        return act

    def _instance(self, act: Activity, fields: dict, extra=()) -> None:
        act.body = element("activity", {}, {"id": act.instance, "moduleid": act.moduleid, "modulename": act.module,
                                            "contextid": act.contextid},
                           [element(act.module, fields, {"id": act.instance}, extra)])

    def resource(self, section: int, name: str, intro: str, files: list[ET.Element] | Callable, display: int,
                 act: Activity | None = None) -> Activity:
        act = act or self._activity("resource", name, section, completion=COMPLETION_AUTO, completionview=1)
        act.files = files(act.contextid) if callable(files) else files
        self._instance(act, {"name": name, "intro": intro, "introformat": 1, "tobemigrated": 0, "legacyfiles": 0,
                             "legacyfileslast": None, "display": display,
                             "displayoptions": 'a:1:{s:10:"printintro";i:0;}', "filterfiles": 0, "revision": 1,
                             "timemodified": self.now})
        return act

    def url(self, section: int, name: str, intro: str, address: str) -> Activity:
        act = self._activity("url", name, section)
        self._instance(act, {"name": name, "intro": intro, "introformat": 1, "externalurl": address, "display": 0,
                             "displayoptions": 'a:1:{s:10:"printintro";i:0;}', "parameters": "a:0:{}",
                             "timemodified": self.now})
        return act

    def chapter(self, section: int, name: str, intro: str, page: Path) -> Activity:
        main = str(page.with_suffix(".html"))
        act = self._activity("resource", name, section, completion=COMPLETION_AUTO, completionview=1)
        return self.resource(section, name, intro, lambda ctx: self._site_files(ctx, main), DISPLAY_OPEN, act)

    def notebook(self, section: int, unit: Unit) -> Activity | None:
        path = self.root / unit.notebook
        if not path.exists():
            return None
        act = self._activity("resource", moodle_names.notebook(unit), section, completion=COMPLETION_AUTO, completionview=1)
        intro = ("<p>Descarrega el quadern i obre'l amb Jupyter (la unitat 0 explica com fer-ho). "
                 "No es lliura: és per practicar.</p>")
        return self.resource(section, act.name, intro, lambda ctx: [self._file(
            ctx, "mod_resource", "content", path.name, path.read_bytes(), sortorder=1)], DISPLAY_DOWNLOAD, act)

    def quiz(self, section: int, unit: Unit, entries: list[int]) -> Activity:
        act = self._activity("quiz", moodle_names.quiz(unit), section, completion=COMPLETION_MANUAL)
        review = 69904            # every review option, during and after the attempt
        slots = []
        for slot, entry in enumerate(entries, 1):
            slots.append(element("question_instance", {
                "quizid": act.instance, "slot": slot, "page": slot, "displaynumber": None, "requireprevious": 0,
                "maxmark": "1.0000000", "quizgradeitemid": None,
                "question_reference": element("question_reference", {
                    "usingcontextid": act.contextid, "component": "mod_quiz", "questionarea": "slot",
                    "questionbankentryid": entry, "version": None}, {"id": next(self.ids)})},
                {"id": next(self.ids)}))
        intro = ("<p>Les mateixes preguntes de l'autoavaluació del capítol, amb la resposta explicada en comprovar "
                 "cada pregunta. Pots fer-la tantes vegades com vulguis, sense límit de temps: no compta per a la "
                 "nota.</p>")
        self._instance(act, {
            "name": act.name, "intro": intro, "introformat": 1, "timeopen": 0, "timeclose": 0, "timelimit": 0,
            "overduehandling": "autosubmit", "graceperiod": 0, "preferredbehaviour": "immediatefeedback",
            "canredoquestions": 1, "attempts_number": 0, "attemptonlast": 0, "grademethod": 1, "decimalpoints": 2,
            "questiondecimalpoints": -1, "reviewattempt": review, "reviewcorrectness": review,
            "reviewmaxmarks": review, "reviewmarks": review, "reviewspecificfeedback": review,
            "reviewgeneralfeedback": review, "reviewrightanswer": review, "reviewoverallfeedback": 4368,
            "questionsperpage": 1, "navmethod": "free", "shuffleanswers": 1, "sumgrades": f"{len(entries)}.00000",
            "grade": "0.00000", "timecreated": self.now, "timemodified": self.now, "password": "", "subnet": "",
            "browsersecurity": "-", "delay1": 0, "delay2": 0, "showuserpicture": 0, "showblocks": 0,
            "completionattemptsexhausted": 0, "completionminattempts": 0, "allowofflineattempts": 0,
            "subplugin_quizaccess_seb_quiz": [], "quiz_grade_items": [], "question_instances": slots,
            "sections": [element("section", {"firstslot": 1, "heading": "", "shufflequestions": 0},
                                 {"id": next(self.ids)})],
            "feedbacks": [], "overrides": [], "grades": [], "attempts": []})
        return act

    def assignment(self, section: int, unit: Unit) -> Activity:
        notebook = self.root / unit.release_notebook
        if not notebook.exists():
            raise BackupError(f"Falta {unit.release_notebook}: executa «make release» abans.")
        act = self._activity("assign", moodle_names.assignment(unit), section, completion=COMPLETION_AUTO,
                             completionusegrade=True)
        act.files = [self._file(act.contextid, "mod_assign", "introattachment", notebook.name, notebook.read_bytes())]
        intro = (f"<p>Descarrega el quadern <strong>{html.escape(notebook.name)}</strong> (a sota), completa'l amb "
                 "Jupyter i torna'l a pujar aquí, sense canviar-li el nom. Cada tasca té un exemple fet i proves que "
                 "et diuen què falta.</p><p>Es corregeix automàticament sobre 10 punts; rebràs la qualificació, un "
                 "comentari i un fitxer de retroacció amb el detall de cada prova.</p>")
        configs = [("onlinetext", "assignsubmission", "enabled", 0), ("file", "assignsubmission", "enabled", 1),
                   ("file", "assignsubmission", "maxfilesubmissions", 1),
                   ("file", "assignsubmission", "maxsubmissionsizebytes", 0),
                   ("file", "assignsubmission", "filetypeslist", ""), ("comments", "assignsubmission", "enabled", 0),
                   ("comments", "assignfeedback", "enabled", 1), ("comments", "assignfeedback", "commentinline", 0),
                   ("editpdf", "assignfeedback", "enabled", 0), ("offline", "assignfeedback", "enabled", 1),
                   ("file", "assignfeedback", "enabled", 1)]
        self._instance(act, {
            "name": act.name, "intro": intro, "introformat": 1, "alwaysshowdescription": 1, "submissiondrafts": 0,
            "sendnotifications": 0, "sendlatenotifications": 0, "sendstudentnotifications": 1, "duedate": 0,
            "cutoffdate": 0, "gradingduedate": 0, "allowsubmissionsfromdate": 0, "grade": 10,
            "timemodified": self.now, "completionsubmit": 0, "requiresubmissionstatement": 0, "teamsubmission": 0,
            "requireallteammemberssubmit": 0, "teamsubmissiongroupingid": 0, "blindmarking": 0, "hidegrader": 0,
            "revealidentities": 0, "attemptreopenmethod": "untilpass", "maxattempts": -1, "markingworkflow": 0,
            "markingallocation": 0, "markinganonymous": 0, "preventsubmissionnotingroup": 0, "activity": None,
            "activityformat": 0, "timelimit": 0, "submissionattachments": 0, "userflags": [], "submissions": [],
            "grades": [],
            "plugin_configs": [element("plugin_config", {"plugin": p, "subtype": s, "name": n, "value": v},
                                       {"id": next(self.ids)}) for p, s, n, v in configs],
            "overrides": []})
        act.grade_items = [self._grade_item(act, 10, "mod", "assign", moodle_names.assignment(unit))]
        return act

    def glossary(self, section: int) -> Activity:
        act = self._activity("glossary", "Glossari del curs", section, userinfo=True)
        entries = []
        for path in sorted((self.root / "book/glossari").glob("u*.yml")):
            for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
                definition = " ".join(str(entry["definicio"]).split())
                entries.append(element("entry", {
                    "userid": GLOSSARY_AUTHOR, "concept": str(entry["terme"]).strip(),
                    "definition": f"<p>{html.escape(definition)}</p>", "definitionformat": 1, "definitiontrust": 0,
                    "attachment": "", "timecreated": self.now, "timemodified": self.now, "teacherentry": 1,
                    "sourceglossaryid": 0, "usedynalink": 0, "casesensitive": 0, "fullmatch": 0, "approved": 1,
                    "aliases": [], "ratings": []}, {"id": next(self.ids)}))
        if not entries:
            raise BackupError("No hi ha cap entrada a book/glossari/*.yml.")
        self._instance(act, {
            "name": act.name, "intro": "<p>Els termes del curs, els mateixos del glossari del llibre.</p>",
            "introformat": 1, "allowduplicatedentries": 0, "displayformat": "dictionary", "mainglossary": 1,
            "showspecial": 1, "showalphabet": 1, "showall": 1, "allowcomments": 0, "allowprintview": 1,
            "usedynalink": 0, "defaultapproval": 1, "globalglossary": 0, "entbypage": 20, "editalways": 0,
            "rsstype": 0, "rssarticles": 0, "assessed": 0, "assesstimestart": 0, "assesstimefinish": 0, "scale": 0,
            "timecreated": self.now, "timemodified": self.now, "completionentries": 0, "entries": entries,
            "entriestags": [], "categories": []})
        act.inforef = [wrap("userref", [element("user", {"id": GLOSSARY_AUTHOR})])]
        return act

    # ------------------------------------------------------------------ gradebook

    def _grade_item(self, act: Activity, grademax: float, itemtype: str, module: str, name: str) -> ET.Element:
        return element("grade_item", {
            "categoryid": COURSE_GRADE_CATEGORY, "itemname": name, "itemtype": itemtype, "itemmodule": module,
            "iteminstance": act.instance, "itemnumber": 0, "iteminfo": None, "idnumber": "", "calculation": None,
            "gradetype": 1, "grademax": f"{grademax:.5f}", "grademin": "0.00000", "scaleid": None, "outcomeid": None,
            "gradepass": "0.00000", "multfactor": "1.00000", "plusfactor": "0.00000", "aggregationcoef": "1.00000",
            "aggregationcoef2": "0.00000", "weightoverride": 0, "sortorder": 2 + len(
                [a for a in self.activities if a.grade_items]), "display": 0, "decimals": None, "hidden": 0,
            "locked": 0, "locktime": 0, "needsupdate": 0, "timecreated": self.now, "timemodified": self.now,
            "grade_grades": []}, {"id": next(self.ids)})

    def gradebook(self) -> ET.Element:
        category = element("grade_category", {
            "parent": None, "depth": 1, "path": f"/{COURSE_GRADE_CATEGORY}/", "fullname": "?",
            "aggregation": WEIGHTED_MEAN, "keephigh": 0, "droplow": 0, "aggregateonlygraded": 0,
            "aggregateoutcomes": 0, "timecreated": self.now, "timemodified": self.now, "hidden": 0},
            {"id": COURSE_GRADE_CATEGORY})
        total = element("grade_item", {
            "categoryid": None, "itemname": None, "itemtype": "course", "itemmodule": None,
            "iteminstance": COURSE_GRADE_CATEGORY, "itemnumber": None, "iteminfo": None, "idnumber": None,
            "calculation": None, "gradetype": 1, "grademax": "10.00000", "grademin": "0.00000", "scaleid": None,
            "outcomeid": None, "gradepass": f"{self.course.pass_mark:.5f}", "multfactor": "1.00000",
            "plusfactor": "0.00000", "aggregationcoef": "0.00000", "aggregationcoef2": "0.00000",
            "weightoverride": 0, "sortorder": 1, "display": 0, "decimals": None, "hidden": 0, "locked": 0,
            "locktime": 0, "needsupdate": 0, "timecreated": self.now, "timemodified": self.now, "grade_grades": []},
            {"id": next(self.ids)})
        return element("gradebook", {
            "attributes": [], "grade_categories": [category], "grade_items": [total], "grade_letters": [],
            "grade_settings": [element("grade_setting", {"name": "minmaxtouse", "value": 1}, {"id": ""})]})

    def completion(self) -> ET.Element:
        criteria = element("course_completion_criteria", {
            "course": COURSE_ID, "criteriatype": CRITERIA_GRADE, "module": None, "moduleinstance": None,
            "courseinstanceshortname": None, "enrolperiod": 0, "timeend": 0,
            "gradepass": f"{self.course.pass_mark:.5f}", "role": None, "roleshortname": None,
            "course_completion_crit_completions": []}, {"id": next(self.ids)})
        method = element("course_completion_aggr_methd", {"course": COURSE_ID, "criteriatype": None, "method": 1,
                                                          "value": None}, {"id": next(self.ids)})
        return element("course_completion", {}, {}, [criteria, wrap("course_completions"), method])

    # ------------------------------------------------------------------ course

    def build(self) -> Archive:
        course = self.course
        bank = backup_questions.build(course, COURSE_CONTEXT, COURSE_ID, self.now, self.ids)
        self.sections.append((next(self.ids), 0, None, _general_summary(course)))
        self.chapter(0, "Guia del curs", "<p>Com s'organitza i com s'avalua el curs.</p>", Path(GUIDE + ".md"))
        self.glossary(0)
        hub_links = {(row["unitat"], row["tipus"]): row for row in links.hub_links(course, self.root)}
        for number, unit in enumerate(course.units, 1):
            self.sections.append((next(self.ids), number, unit.label, _unit_summary(unit)))
            self.chapter(number, f"Capítol: {unit.title}", f"<p>El capítol de la {html.escape(unit.label)}, amb "
                         "l'autoavaluació al final.</p>", unit.chapter)
            self.notebook(number, unit)
            link = hub_links.get((unit.number, "Quadern de pràctica"))
            if link:
                self.url(number, moodle_names.hub_notebook(unit),
                         "<p>Obre el quadern al JupyterHub de l'organització, sense instal·lar res.</p>",
                         link["enllac"])
            browser = self.browser_url(unit)
            if browser:
                self.url(number, moodle_names.browser_edition(unit), "<p>El quadern de pràctica al navegador, sense "
                         "instal·lar res ni iniciar sessió.</p>", browser)
            self.quiz(number, unit, bank.unit_entries[unit.number])
            if unit.graded:
                self.assignment(number, unit)
        self._write(bank)
        return self.archive

    def _write(self, bank) -> None:
        a = self.archive
        for act in self.activities:
            d = act.directory
            a.add_xml(f"{d}/{act.module}.xml", act.body)
            a.add_xml(f"{d}/module.xml", self._module(act))
            a.add_xml(f"{d}/grades.xml", element("activity_gradebook", {"grade_items": act.grade_items,
                                                                        "grade_letters": []}))
            refs = list(act.inforef)
            if act.files:
                refs.append(wrap("fileref", [element("file", {"id": f.get("id")}) for f in act.files]))
            if act.grade_items:
                refs.append(wrap("grade_itemref", [element("grade_item", {"id": g.get("id")})
                                                   for g in act.grade_items]))
            if act.module == "quiz":
                refs.append(wrap("question_categoryref", [element("question_category", {"id": c})
                                                          for c in bank.category_ids]))
            a.add_xml(f"{d}/inforef.xml", wrap("inforef", refs))
            for name, root in _EMPTY_ACTIVITY_PARTS.items():
                a.add_xml(f"{d}/{name}", ET.fromstring(root))
        for sid, number, name, summary in self.sections:
            sequence = ",".join(str(x.moduleid) for x in self.activities if x.section == number)
            a.add_xml(f"sections/section_{sid}/section.xml", element("section", {
                "number": number, "name": name, "summary": summary, "summaryformat": 1, "sequence": sequence,
                "visible": 1, "availabilityjson": None, "component": None, "itemid": None,
                "timemodified": self.now}, {"id": sid}))
            a.add_xml(f"sections/section_{sid}/inforef.xml", wrap("inforef"))
        a.add_xml("course/course.xml", self._course_xml())
        a.add_xml("course/inforef.xml", wrap("inforef", [wrap("question_categoryref", [
            element("question_category", {"id": c}) for c in bank.category_ids])]))
        for name, root in _EMPTY_COURSE_PARTS.items():
            a.add_xml(name, ET.fromstring(root))
        a.add_xml("questions.xml", wrap("question_categories", bank.categories))
        a.add_xml("gradebook.xml", self.gradebook())
        a.add_xml("completion.xml", self.completion())
        a.add_xml("users.xml", wrap("users", [_glossary_author(self.course, self.now)]))
        every_file = [f for act in self.activities for f in act.files]
        a.add_xml("files.xml", wrap("files", every_file))
        a.add_xml("moodle_backup.xml", self._moodle_backup())

    def _module(self, act: Activity) -> ET.Element:
        return element("module", {
            "modulename": act.module, "sectionid": self._section_id(act.section), "sectionnumber": act.section,
            "idnumber": "", "added": self.now, "score": 0, "indent": 0, "visible": 1, "visibleoncoursepage": 1,
            "visibleold": 1, "groupmode": 0, "groupingid": 0, "completion": act.completion,
            "completiongradeitemnumber": 0 if act.completionusegrade else None, "completionpassgrade": 0,
            "completionview": act.completionview, "completionexpected": 0, "availability": None,
            "showdescription": 1 if act.module in ("assign", "quiz") else 0, "downloadcontent": 1, "lang": None,
            "tags": []}, {"id": act.moduleid, "version": MOODLE_VERSION})

    def _section_id(self, number: int) -> int:
        return next(sid for sid, n, _, _ in self.sections if n == number)

    def _course_xml(self) -> ET.Element:
        c = self.course
        return element("course", {
            "shortname": c.id, "fullname": c.title, "idnumber": "", "summary": _course_summary(c),
            "summaryformat": 1, "format": "topics", "showgrades": 1, "newsitems": 0, "startdate": self.now,
            "enddate": 0, "marker": 0, "maxbytes": 0, "legacyfiles": 0, "showreports": 0, "visible": 1,
            "groupmode": 0, "groupmodeforce": 0, "defaultgroupingid": 0, "lang": "ca", "theme": "",
            "timecreated": self.now, "timemodified": self.now, "requested": 0, "showactivitydates": 0,
            "showcompletionconditions": 1, "pdfexportfont": None, "enablecompletion": 1, "completionnotify": 0,
            "category": element("category", {"name": "Formació", "description": None}, {"id": 1}),
            "tags": [], "customfields": [],
            "courseformatoptions": [element("courseformatoption", {"format": "topics", "sectionid": 0, "name": n,
                                                                   "value": v})
                                    for n, v in (("hiddensections", 1), ("coursedisplay", 0))]},
            {"id": COURSE_ID, "contextid": COURSE_CONTEXT})

    def _moodle_backup(self) -> ET.Element:
        c = self.course
        name = backup_name(c)
        activities = [element("activity", {"moduleid": x.moduleid, "sectionid": self._section_id(x.section),
                                           "modulename": x.module, "title": x.name, "directory": x.directory,
                                           "insubsection": ""}) for x in self.activities]
        sections = [element("section", {"sectionid": sid, "title": name_ or str(n),
                                         "directory": f"sections/section_{sid}", "parentcmid": "", "modname": ""})
                    for sid, n, name_, _ in self.sections]
        root_settings = {"filename": name, "imscc11": 0, "users": 1, "anonymize": 0, "role_assignments": 0,
                         "activities": 1, "blocks": 0, "files": 1, "filters": 0, "comments": 0, "badges": 0,
                         "calendarevents": 0, "userscompletion": 0, "logs": 0, "grade_histories": 0,
                         "questionbank": 1, "groups": 0, "competencies": 0, "customfield": 0,
                         "contentbankcontent": 0, "xapistate": 0, "legacyfiles": 0}
        settings = [element("setting", {"level": "root", "name": k, "value": v}) for k, v in root_settings.items()]
        for sid, n, _, _ in self.sections:
            for what in ("included", "userinfo"):
                settings.append(element("setting", {"level": "section", "section": f"section_{sid}",
                                                    "name": f"section_{sid}_{what}",
                                                    "value": 1 if what == "included" else 0}))
        for x in self.activities:
            key = f"{x.module}_{x.moduleid}"
            settings.append(element("setting", {"level": "activity", "activity": key, "name": f"{key}_included",
                                                "value": 1}))
            settings.append(element("setting", {"level": "activity", "activity": key, "name": f"{key}_userinfo",
                                                "value": 1 if x.userinfo else 0}))
        info = element("information", {
            "name": name, "moodle_version": MOODLE_VERSION + "00", "moodle_release": "4.5 (Build: 20241007)",
            "backup_version": MOODLE_VERSION, "backup_release": MOODLE_RELEASE, "backup_date": self.now,
            "mnet_remoteusers": 0, "include_files": 1, "include_file_references_to_external_content": 0,
            "original_wwwroot": "https://curs.invalid", "original_site_identifier_hash": c.id,
            "original_course_id": COURSE_ID, "original_course_format": "topics", "original_course_fullname": c.title,
            "original_course_shortname": c.id, "original_course_startdate": self.now, "original_course_enddate": 0,
            "original_course_contextid": COURSE_CONTEXT, "original_system_contextid": SYSTEM_CONTEXT,
            "details": [element("detail", {"type": "course", "format": "moodle2", "interactive": 1, "mode": 10,
                                           "execution": 1, "executiontime": 0}, {"backup_id": c.id})],
            "contents": [wrap("activities", activities), wrap("sections", sections),
                         element("course", {"courseid": COURSE_ID, "title": c.id, "directory": "course"})],
            "settings": settings})
        return wrap("moodle_backup", [info])


_EMPTY_ACTIVITY_PARTS = {
    "calendar.xml": "<events/>", "comments.xml": "<comments/>",
    "competencies.xml": "<course_module_competencies><competencies/></course_module_competencies>",
    "completion.xml": "<completions><completionviews/></completions>",
    "filters.xml": "<filters><filter_actives/><filter_configs/></filters>",
    "grade_history.xml": "<grade_history><grade_grades/></grade_history>",
    "roles.xml": "<roles><role_overrides/><role_assignments/></roles>", "xapistate.xml": "<states/>",
}
_EMPTY_COURSE_PARTS = {
    "course/calendar.xml": "<events/>", "course/comments.xml": "<comments/>",
    "course/competencies.xml": "<course_competencies><competencies/><user_competencies/></course_competencies>",
    "course/completiondefaults.xml": "<course_completion_defaults/>", "course/contentbank.xml": "<contents/>",
    "course/enrolments.xml": "<enrolments><enrols/></enrolments>",
    "course/filters.xml": "<filters><filter_actives/><filter_configs/></filters>",
    "course/roles.xml": "<roles><role_overrides/><role_assignments/></roles>",
    "roles.xml": "<roles_definition/>", "groups.xml": "<groups><groupcustomfields/><groupings>"
    "<groupingcustomfields/></groupings></groups>", "outcomes.xml": "<outcomes_definition/>",
    "scales.xml": "<scales_definition/>", "badges.xml": "<badges/>",
    "grade_history.xml": "<grade_history><grade_grades/></grade_history>",
}


def _mimetype(name: str) -> str:
    if name.endswith(".ipynb"):
        return "application/x-ipynb+json"
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def _glossary_author(course: Course, now: int) -> ET.Element:
    """The author of the glossary entries: an account that cannot log in (Moodle keeps entries as user data)."""
    fields = {"username": f"{course.id}-glossari", "idnumber": "", "email": "", "phone1": "", "phone2": "",
              "institution": "", "department": "", "address": "", "city": "", "country": "", "lastip": "",
              "picture": 0, "description": None, "descriptionformat": 1, "imagealt": None, "auth": "nologin",
              "firstnamephonetic": None, "lastnamephonetic": None, "middlename": None, "alternatename": None,
              "firstname": "Glossari", "lastname": "del curs", "confirmed": 1, "policyagreed": 0, "deleted": 0,
              "lang": "ca", "theme": "", "timezone": "99", "firstaccess": 0, "lastaccess": 0, "lastlogin": 0,
              "currentlogin": 0, "mailformat": 1, "maildigest": 0, "maildisplay": 0, "autosubscribe": 0,
              "trackforums": 0, "timecreated": now, "timemodified": now, "trustbitmask": 0, "custom_fields": [],
              "tags": [], "preferences": [],
              "roles": element("roles", {"role_overrides": [], "role_assignments": []})}
    return element("user", fields, {"id": GLOSSARY_AUTHOR, "contextid": 3})





def _general_summary(course: Course) -> str:
    return (f"<p>{html.escape(course.subtitle)}. {len(course.units)} unitats, unes {format_nombre(course.hours)} hores.</p>"
            "<p>Cada unitat té un capítol amb autoavaluació, un quadern de pràctica i, de la 1 a la "
            f"{max(u.number for u in course.graded_units)}, un exercici avaluable. La nota final és la mitjana dels "
            f"exercicis, sobre 10; se supera amb un {format_nombre(course.pass_mark)}. Les autoavaluacions no compten per "
            "a la nota.</p>")


def _course_summary(course: Course) -> str:
    return f"<p>{html.escape(course.subtitle)}.</p><p>{html.escape(course.manual)}</p>"


def _unit_summary(unit: Unit) -> str:
    facts = f"Durada estimada: {format_nombre(unit.hours)} h."
    if unit.graded:
        facts += f" Exercici avaluable: {unit.points} punts."
    outcomes = "".join(f"<li>{html.escape(o)}</li>" for o in unit.outcomes)
    return f"<p>{facts}</p><p>En acabar aquesta unitat podràs:</p><ul>{outcomes}</ul>"


def backup_name(course: Course) -> str:
    return f"{course.id}-moodle45.mbz"


def write(site: Path, dest: Path, course: Course | None = None, root: Path = ROOT, now: int | None = None,
          browser_url: Callable[[Unit], str | None] | None = None) -> Path:
    course = course or load_course()
    builder = Builder(course, site, root)
    if now is not None:
        builder.now = now
    if browser_url is not None:
        builder.browser_url = browser_url
    archive = builder.build()
    dest.mkdir(parents=True, exist_ok=True)
    target = dest / backup_name(course)
    archive.write(target, builder.now)
    return target
