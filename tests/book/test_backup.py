"""The Moodle course backup (.mbz): Moodle's archive structure, every referenced file inside it, and every section,
question, activity and glossary entry checked against the course's own sources (course.yml, book/preguntes,
book/glossari, notebooks, the student notebooks and the built book). A real Moodle 4.5.6 restore is a hand check
(see the trainers' guide)."""
from __future__ import annotations

import hashlib
import html
import re
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from autograder.model import moodle_names
from autograder.model.course import load_course
from autograder.model.moodle_xml import NULL
from autograder.model.questions import load_questions
from autograder.publish.moodle import backup, question_bank

pytestmark = [pytest.mark.book, pytest.mark.xdist_group("book")]
COURSE = load_course()


def _browser(unit):
    return f"https://navegador.exemple.cat/?unitat={unit.number}"


class Backup:
    def __init__(self, path: Path):
        with tarfile.open(path, "r:gz") as tar:
            self.entries = {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}

    def xml(self, name: str) -> ET.Element:
        return ET.fromstring(self.entries[name])


@pytest.fixture(scope="module")
def repo(site):
    return site.parent.parent / "curs"      # the copy of the repository the book was built from (conftest)


@pytest.fixture(scope="module")
def mbz(site, repo, tmp_path_factory):
    path = backup.write(site, tmp_path_factory.mktemp("mbz"), COURSE, root=repo, browser_url=_browser)
    return Backup(path)


def _activities(mbz):
    return [(a.findtext("modulename"), a.findtext("title"), a.findtext("directory"), a.findtext("sectionid"))
            for a in mbz.xml("moodle_backup.xml").iterfind("information/contents/activities/activity")]


def _by_section(mbz):
    sections = {}
    for s in mbz.xml("moodle_backup.xml").iterfind("information/contents/sections/section"):
        section = mbz.xml(f"{s.findtext('directory')}/section.xml")
        sections[int(section.findtext("number"))] = (section, section.get("id"))
    return sections


def test_archive_has_every_part_moodle_restores(mbz):
    info = mbz.xml("moodle_backup.xml").find("information")
    assert info.findtext("backup_release") == "4.5" and info.findtext("original_course_format") == "topics"
    for name in ("course/course.xml", "questions.xml", "gradebook.xml", "completion.xml", "files.xml", "users.xml",
                 "roles.xml", "groups.xml", "outcomes.xml", "scales.xml", ".ARCHIVE_INDEX"):
        assert name in mbz.entries, name
    for module, title, directory, _ in _activities(mbz):
        for part in (f"{module}.xml", "module.xml", "grades.xml", "inforef.xml", "roles.xml", "completion.xml"):
            assert f"{directory}/{part}" in mbz.entries, (title, part)
    for s in mbz.xml("moodle_backup.xml").iterfind("information/contents/sections/section"):
        assert f"{s.findtext('directory')}/section.xml" in mbz.entries
    index = mbz.entries[".ARCHIVE_INDEX"].decode("utf-8").splitlines()
    listed = {line.split("\t")[0] for line in index[1:] if line.split("\t")[1] == "f"}
    assert listed == set(mbz.entries) - {".ARCHIVE_INDEX"}
    assert index[0] == f"Moodle archive file index. Count: {len(index) - 1}"


def test_every_referenced_file_is_inside_and_every_file_is_referenced(mbz):
    files = {f.get("id"): f for f in mbz.xml("files.xml").iter("file")}
    for f in files.values():
        blob = mbz.entries[f"files/{f.findtext('contenthash')[:2]}/{f.findtext('contenthash')}"]
        assert hashlib.sha1(blob).hexdigest() == f.findtext("contenthash")
        assert len(blob) == int(f.findtext("filesize"))
    referenced = set()
    for _, _, directory, _ in _activities(mbz):
        refs = {e.findtext("id") for e in mbz.xml(f"{directory}/inforef.xml").iter("file")}
        assert refs <= set(files), directory
        referenced |= refs
    assert referenced == set(files)
    blobs = {n.rsplit("/", 1)[1] for n in mbz.entries if n.startswith("files/")}
    assert blobs == {f.findtext("contenthash") for f in files.values()}
    # No value was written as Python's None or as a self-closing list Moodle would misread.
    for name, data in mbz.entries.items():
        if name.endswith(".xml"):
            text = data.decode("utf-8")
            assert ">None<" not in text and "/>" not in text, name


def test_one_section_per_unit_with_title_hours_and_outcomes(mbz):
    sections = _by_section(mbz)
    assert sorted(sections) == list(range(len(COURSE.units) + 1))
    assert sections[0][0].findtext("name") == NULL
    for number, unit in enumerate(COURSE.units, 1):
        section = sections[number][0]
        assert section.findtext("name") == unit.label
        summary = html.unescape(section.findtext("summary"))
        assert f"Durada estimada: {unit.hours:g} h.".replace(".", ",", 1 if unit.hours % 1 else 0) in summary
        for outcome in unit.outcomes:
            assert f"<li>{outcome}</li>" in summary


def _module_names(mbz, number):
    sections = _by_section(mbz)
    sid = sections[number][0].get("id")
    return [(m, t, d) for m, t, d, s in _activities(mbz) if s == sid]


def test_each_unit_has_chapter_notebook_links_quiz_and_assignment(mbz, site, repo):
    files = list(mbz.xml("files.xml").iter("file"))
    site_files = {str(p.relative_to(site)) for p in site.rglob("*") if p.is_file() and ".doctrees" not in p.parts}
    for number, unit in enumerate(COURSE.units, 1):
        acts = _module_names(mbz, number)
        expected = [("resource", f"Capítol: {unit.title}"), ("resource", moodle_names.notebook(unit)),
                    ("url", moodle_names.hub_notebook(unit)),
                    ("url", moodle_names.browser_edition(unit)), ("quiz", moodle_names.quiz(unit))]
        if unit.graded:
            expected.append(("assign", moodle_names.assignment(unit)))
        assert [(m, t) for m, t, _ in acts] == expected
        contexts = {t: mbz.xml(f"{d}/{m}.xml").get("contextid") for m, t, d in acts}
        chapter = [f for f in files if f.findtext("contextid") == contexts[f"Capítol: {unit.title}"]]
        paths = {f.findtext("filepath")[1:] + f.findtext("filename") for f in chapter}
        assert paths == site_files
        main = [f for f in chapter if f.findtext("sortorder") == "1"]
        assert [m.findtext("filepath") + m.findtext("filename") for m in main] == [
            "/" + str(unit.chapter.with_suffix(".html"))]
        notebook = [f for f in files if f.findtext("contextid") == contexts[moodle_names.notebook(unit)]]
        assert [(f.findtext("filename"), f.findtext("contenthash")) for f in notebook] == [
            (unit.notebook.name, hashlib.sha1((repo / unit.notebook).read_bytes()).hexdigest())]
        urls = {t: mbz.xml(f"{d}/url.xml").findtext("url/externalurl") for m, t, d in acts if m == "url"}
        assert urls[moodle_names.browser_edition(unit)] == _browser(unit)
        assert "git-pull" in urls[moodle_names.hub_notebook(unit)]


def test_assignments_take_the_notebook_out_of_10_with_worksheet_and_feedback(mbz, repo):
    files = list(mbz.xml("files.xml").iter("file"))
    for unit in COURSE.graded_units:
        directory = next(d for m, t, d, _ in _activities(mbz) if t == moodle_names.assignment(unit))
        assign = mbz.xml(f"{directory}/assign.xml")
        body = assign.find("assign")
        assert body.findtext("name") == moodle_names.assignment(unit) and body.findtext("grade") == "10"
        configs = {(c.findtext("subtype"), c.findtext("plugin"), c.findtext("name")): c.findtext("value")
                   for c in body.iter("plugin_config")}
        assert configs[("assignsubmission", "file", "enabled")] == "1"
        assert configs[("assignsubmission", "file", "maxfilesubmissions")] == "1"
        assert configs[("assignsubmission", "file", "filetypeslist")] == ""    # Moodle refuses .ipynb otherwise
        assert configs[("assignsubmission", "onlinetext", "enabled")] == "0"
        for plugin in ("offline", "comments", "file"):
            assert configs[("assignfeedback", plugin, "enabled")] == "1", plugin
        attached = [f for f in files if f.findtext("contextid") == assign.get("contextid")]
        assert [(f.findtext("filearea"), f.findtext("filename"), f.findtext("contenthash")) for f in attached] == [
            ("introattachment", unit.release_notebook.name,
             hashlib.sha1((repo / unit.release_notebook).read_bytes()).hexdigest())]
        grade = mbz.xml(f"{directory}/grades.xml").find("grade_items/grade_item")
        assert (grade.findtext("itemmodule"), grade.findtext("grademax"), grade.findtext("itemname")) == (
            "assign", "10.00000", moodle_names.assignment(unit))
        assert moodle_names.grade_column(unit) == f"Tasca:{grade.findtext('itemname')}"


def test_question_bank_and_quizzes_match_the_course_questions(mbz):
    categories = {c.get("id"): c for c in mbz.xml("questions.xml").iter("question_category")}
    by_name = {c.findtext("name"): c for c in categories.values()}
    root = by_name[COURSE.title]
    assert categories[root.findtext("parent")].findtext("name") == "top"
    for unit in COURSE.units:
        category = by_name[unit.label]
        assert category.findtext("parent") == root.get("id")
        entries = list(category.iter("question_bank_entry"))
        source = load_questions(unit)
        assert [e.findtext("idnumber") for e in entries] == [q["id"] for q in source]
        for entry, q in zip(entries, source):
            xml = question_bank.xml_question(q)
            stored = entry.find("question_version/question_versions/questions/question")
            assert stored.findtext("name") == xml.findtext("name/text")
            assert stored.findtext("questiontext") == xml.findtext("questiontext/text")
            assert stored.findtext("qtype") == {"matching": "match"}.get(xml.get("type"), xml.get("type"))
            answers = [(a.findtext("answertext"), float(a.findtext("fraction")), a.findtext("feedback"))
                       for a in stored.iterfind(".//answers/answer")]
            expected = [(a.findtext("text"), round(float(a.get("fraction")) / 100, 7), a.findtext("feedback/text"))
                        for a in xml.findall("answer")]
            if xml.get("type") == "truefalse":
                expected = [(t.capitalize(), f, fb) for t, f, fb in expected]
            assert answers == expected, q["id"]
            matches = [(m.findtext("questiontext"), m.findtext("answertext")) for m in stored.iter("match")]
            assert matches == [(s.findtext("text"), s.findtext("answer/text")) for s in xml.findall("subquestion")]
        directory = next(d for m, t, d, _ in _activities(mbz) if t == moodle_names.quiz(unit))
        quiz = mbz.xml(f"{directory}/quiz.xml").find("quiz")
        assert quiz.findtext("grade") == "0.00000"     # never counts
        assert quiz.findtext("attempts_number") == "0" and quiz.findtext("timelimit") == "0"
        assert [r.findtext("questionbankentryid") for r in quiz.iter("question_reference")] == [
            e.get("id") for e in entries]
        assert mbz.xml(f"{directory}/grades.xml").find("grade_items/grade_item") is None


def test_glossary_has_every_entry_of_the_sources(mbz, repo):
    directory = next(d for m, t, d, _ in _activities(mbz) if m == "glossary")
    entries = [(e.findtext("concept"), re.sub(r"^<p>|</p>$", "", html.unescape(e.findtext("definition"))))
               for e in mbz.xml(f"{directory}/glossary.xml").iter("entry")]
    expected = [(str(e["terme"]).strip(), " ".join(str(e["definicio"]).split()))
                for path in sorted((repo / "book/glossari").glob("u*.yml"))
                for e in yaml.safe_load(path.read_text(encoding="utf-8")) or []]
    assert entries == expected and len(entries) > 50
    author = mbz.xml("users.xml").find("user")
    assert {e.findtext("userid") for e in mbz.xml(f"{directory}/glossary.xml").iter("entry")} == {author.get("id")}
    assert author.findtext("auth") == "nologin"


def test_gradebook_is_the_mean_of_the_assignments_with_the_course_pass_mark(mbz):
    gradebook = mbz.xml("gradebook.xml")
    category = gradebook.find("grade_categories/grade_category")
    assert category.findtext("aggregation") == "10"    # «Mitjana ponderada de les qualificacions», weight 1 each
    assert category.findtext("aggregateonlygraded") == "0"    # an exercise not handed in counts as 0
    total = gradebook.find("grade_items/grade_item")
    assert total.findtext("itemtype") == "course" and float(total.findtext("grademax")) == 10
    assert float(total.findtext("gradepass")) == COURSE.pass_mark
    items = [g for _, _, d, _ in _activities(mbz) for g in mbz.xml(f"{d}/grades.xml").iter("grade_item")]
    assert sorted(g.findtext("itemname") for g in items) == sorted(moodle_names.assignment(u) for u in COURSE.graded_units)
    assert {g.findtext("aggregationcoef") for g in items} == {"1.00000"}
    criteria = mbz.xml("completion.xml").find("course_completion_criteria")
    assert criteria.findtext("criteriatype") == "6" and float(criteria.findtext("gradepass")) == COURSE.pass_mark
    course = mbz.xml("course/course.xml")
    assert (course.findtext("enablecompletion"), course.findtext("lang")) == ("1", "ca")


def test_no_browser_link_without_a_browser_edition(site, repo, tmp_path):
    mbz = Backup(backup.write(site, tmp_path, COURSE, root=repo, browser_url=lambda unit: None))
    assert not [t for m, t, _, _ in _activities(mbz) if t.startswith("Obre-ho al navegador")]


@pytest.mark.parametrize("url, expected", [
    ("https://formacio.exemple.cat/navegador/",
     "https://formacio.exemple.cat/navegador/notebooks/index.html?path=notebooks/u05-pla-objectius.ipynb"),
    ("navegador/", None),        # relative to the book: no use from Moodle
    ("", None)])
def test_browser_link_comes_from_course_yml(tmp_path, url, expected):
    unit = COURSE.unit(5)
    (tmp_path / "notebooks").mkdir()
    (tmp_path / unit.notebook).write_text("{}", encoding="utf-8")
    (tmp_path / "course.yml").write_text(yaml.safe_dump({"navegador": {"url": url}}), encoding="utf-8")
    assert backup.browser_edition_url(unit, tmp_path) == expected
