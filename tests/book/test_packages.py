"""The Moodle packages of the book: SCORM 1.2 and IMS CP, checked against what Moodle requires and played in a
real SCORM 1.2 runtime (scorm-again from npm) inside Debian's Chromium driven by Playwright."""
from __future__ import annotations

import functools
import http.server
import re
import shutil
import threading
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from autograder.model.course import ROOT, load_course
from autograder.model.questions import load_questions
from autograder.publish.moodle import packages
from tests.chromium import CHROMIUM

pytestmark = [pytest.mark.book, pytest.mark.xdist_group("book")]
SCORM_AGAIN = ROOT / "node_modules/scorm-again/dist/scorm12.js"
COURSE = load_course()


@pytest.fixture(scope="module")
def zips(site, tmp_path_factory):
    scorm, imscp = packages.write(site, tmp_path_factory.mktemp("dist"), COURSE)
    return {"scorm": scorm, "imscp": imscp}


def _manifest(path: Path) -> ET.Element:
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        assert "imsmanifest.xml" in names, "Moodle: falta imsmanifest.xml a l'arrel"
        assert [n for n in names if n.endswith("imsmanifest.xml")] == ["imsmanifest.xml"]
        return ET.fromstring(zf.read("imsmanifest.xml"))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _items(root: ET.Element):
    orgs = [e for e in root.iter() if _local(e.tag) == "organization"]
    assert len(orgs) == 1
    groups = [e for e in orgs[0] if _local(e.tag) == "item"]
    return groups


@pytest.mark.parametrize("kind", ["scorm", "imscp"])
def test_manifest_follows_the_units_and_lists_every_file(zips, site, kind):
    root = _manifest(zips[kind])
    groups = _items(root)
    titles = [g.find("{*}title").text for g in groups]
    assert titles[1:1 + len(COURSE.units)] == [u.label for u in COURSE.units]
    resources = {r.get("identifier"): r for r in root.iter() if _local(r.tag) == "resource"}
    for unit, group in zip(COURSE.units, groups[1:]):
        children = [i for i in group if _local(i.tag) == "item"]
        # IMS CP: the unit's own item opens the chapter (Moodle's IMS player shows only items with a resource).
        first = resources[(group if kind == "imscp" else children[0]).get("identifierref")]
        assert first.get("href") == str(unit.chapter.with_suffix(".html"))
    # Every page is listed once: no chapter appears both as the unit's item and as its child.
    opened = [resources[i.get("identifierref")].get("href") for i in root.iter()
              if _local(i.tag) == "item" and i.get("identifierref")]
    assert len(opened) == len(set(opened)), [h for h in opened if opened.count(h) > 1]
    listed = {f.get("href") for r in resources.values() for f in r if _local(f.tag) == "file"}
    with zipfile.ZipFile(zips[kind]) as zf:
        in_zip = set(zf.namelist()) - {"imsmanifest.xml"}
    assert listed == in_zip
    assert in_zip == {str(p.relative_to(site)) for p in site.rglob("*") if p.is_file() and ".doctrees" not in p.parts}


@pytest.mark.parametrize("kind", ["scorm", "imscp"])
def test_titles_are_escaped_once(zips, kind):
    """Moodle showed «l&#39;» when the manifest said «l&amp;#39;»: titles are plain text, escaped by the XML writer."""
    with zipfile.ZipFile(zips[kind]) as zf:
        raw = zf.read("imsmanifest.xml").decode("utf-8")
    assert "&amp;#" not in raw and "&amp;amp;" not in raw
    titles = [e.text for e in _manifest(zips[kind]).iter() if _local(e.tag) == "title"]
    assert {"Guia per a l’equip formador", "Declaració d’accessibilitat", COURSE.title} <= set(titles)
    assert not [t for t in titles if "&#" in t or "&amp;" in t or "&quot;" in t]


def test_scorm_chapters_are_scos_and_other_pages_assets(zips):
    root = _manifest(zips["scorm"])
    assert root.find("{*}metadata/{*}schemaversion").text == "1.2"
    kinds = {r.get("href"): r.get("{http://www.adlnet.org/xsd/adlcp_rootv1p2}scormtype")
             for r in root.iter() if _local(r.tag) == "resource" and r.get("href")}
    scos = {h for h, k in kinds.items() if k == "sco"}
    assert scos == {str(u.chapter.with_suffix(".html")) for u in COURSE.units}
    assert all(k in ("sco", "asset") for k in kinds.values())


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def runtime(zips, tmp_path_factory):
    if not CHROMIUM or not SCORM_AGAIN.exists():
        pytest.fail("Cal el Chromium de Debian (.ci/run l'instal·la) i scorm-again (make setup)")
    from playwright.sync_api import sync_playwright

    root = tmp_path_factory.mktemp("lms")
    with zipfile.ZipFile(zips["scorm"]) as zf:
        zf.extractall(root / "pkg")
    shutil.copy(SCORM_AGAIN, root / "scorm12.js")
    (root / "launcher.html").write_text(
        '<!doctype html><html lang="ca"><head><meta charset="utf-8"><title>LMS de prova</title>'
        '<script src="scorm12.js"></script></head><body>'
        '<iframe id="sco" title="Contingut" style="width:1200px;height:800px"></iframe></body></html>',
        encoding="utf-8")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        page = browser.new_page()
        problems = []
        page.on("requestfailed", lambda r: problems.append(f"{r.url}: {r.failure}"))
        page.on("response", lambda r: r.status >= 400 and problems.append(f"{r.url}: {r.status}"))
        page.on("request", lambda r: r.url.startswith(base) or r.url.startswith("data:") or problems.append(
            f"surt de la màquina: {r.url}"))
        page.goto(f"{base}/launcher.html")
        yield page, problems, _manifest(zips["scorm"])
        browser.close()
    server.shutdown()


def _launch(page, href: str):
    # Each launch records its own calls: a page left behind reports its session time to its own runtime.
    page.evaluate("() => { const sets = []; window.sets = sets;"
                  " window.API = new Scorm12API({autocommit: false, logLevel: 5});"
                  " window.API.on('LMSSetValue.cmi.*', (el, v) => sets.push([el, String(v)])); }")
    frame_el = page.locator("#sco")
    page.evaluate("h => { document.getElementById('sco').src = 'pkg/' + h; }", href)
    frame_el.wait_for()
    page.wait_for_function("h => { const f = document.getElementById('sco').contentDocument;"
                           " return f && f.readyState === 'complete' && f.location.href.endsWith(h); }", arg=href)
    page.wait_for_timeout(200)
    return page.frame_locator("#sco")


def _status(page) -> str:
    return page.evaluate("() => window.API.LMSGetValue('cmi.core.lesson_status')")


def test_every_item_plays_and_each_chapter_reports_its_status(runtime):
    page, problems, root = runtime
    resources = [r for r in root.iter() if _local(r.tag) == "resource" and r.get("href")]
    for res in resources:
        href = res.get("href")
        _launch(page, href)
        if res.get("{http://www.adlnet.org/xsd/adlcp_rootv1p2}scormtype") == "sco":
            assert _status(page) == "incomplete", href
            page.evaluate("() => { const d = document.getElementById('sco').contentWindow;"
                          " d.scrollTo(0, d.document.body.scrollHeight); }")
            page.wait_for_function("() => window.API.LMSGetValue('cmi.core.lesson_status') === 'completed'",
                                   timeout=5000)
        else:
            assert _status(page) in ("", "not attempted"), href
    assert "\n".join(problems) == ""


def _sets(page) -> list[list[str]]:
    return page.evaluate("() => window.sets")


SESSION_TIME = re.compile(r"^(\d{2,4}):(\d{2}):(\d{2})(\.\d{1,2})?$")   # SCORM 1.2 CMITimespan


def test_chapter_reports_session_time_when_left(runtime):
    page, problems, _ = runtime
    unit = COURSE.unit(3)
    _launch(page, str(unit.chapter.with_suffix(".html")))
    page.wait_for_timeout(2200)
    page.evaluate("() => { document.getElementById('sco').src = 'about:blank'; }")
    page.wait_for_function("() => window.sets.some(s => s[0] === 'cmi.core.session_time')", timeout=5000)
    times = [v for el, v in _sets(page) if el == "cmi.core.session_time"]
    assert len(times) == 1
    hours, minutes, seconds, _ = SESSION_TIME.match(times[0]).groups()
    assert (int(hours), int(minutes)) == (0, 0) and 2 <= int(seconds) < 30, times
    assert page.evaluate("() => window.API.lastErrorCode") in ("0", 0)
    assert problems == []


def test_self_assessment_answers_are_not_sent_as_a_score(runtime):
    """The SCORM grade is completion only (guia per a l'equip formador): answering never sends a score."""
    page, problems, _ = runtime
    unit = COURSE.unit(5)
    questions = load_questions(unit)
    frame = _launch(page, str(unit.chapter.with_suffix(".html")))
    first = questions[0]
    assert first["tipus"] in ("unica", "vertader_fals", "multiple")
    form = frame.locator(f"form#{first['id']}")
    for inp in form.locator("input").all():
        if inp.get_attribute("data-correcta") == "true":
            inp.check()
    form.get_by_role("button").click()
    frame.locator(".autoavaluacio-resum").filter(has_text="n'has encertat 1").wait_for()
    assert [el for el, _ in _sets(page)] == ["cmi.core.lesson_status"]
    assert _sets(page)[0][1] == "incomplete"
    assert page.evaluate("() => window.API.LMSGetValue('cmi.core.score.raw')") == ""
    assert problems == []


def test_no_in_frame_link_to_another_item(runtime):
    page, problems, root = runtime
    unit = COURSE.unit(5)
    frame = _launch(page, str(unit.chapter.with_suffix(".html")))
    assert frame.locator(".prev-next-footer, .bd-sidebar-primary, .bd-search").count() == 0
    links = page.evaluate("""() => {
        const d = document.getElementById('sco').contentDocument, here = d.location.href.split('#')[0];
        const root = new URL('pkg/', location.href).href;
        return [...d.querySelectorAll('a[href]')].map(a => [new URL(a.getAttribute('href'), d.baseURI), a])
            .filter(([u]) => u.href.startsWith(root) && u.pathname.endsWith('.html') && u.href.split('#')[0] !== here)
            .map(([u, a]) => [u.href, a.target, a.rel, a.textContent]);
    }""")
    assert links, "el capítol enllaça amb el glossari, la bibliografia i els quaderns"
    in_frame = [href for href, target, rel, text in links
                if target != "_blank" or rel != "noopener" or "(s'obre en una finestra nova)" not in text]
    assert in_frame == []
    assert problems == []


def test_a_chapter_reached_from_another_page_does_not_report(runtime):
    """Moodle attributes what a page reports to the item selected in its index: a chapter loaded by a link from
    another page of the package (u04's exercise → u05) must not report as if it were that item."""
    page, problems, _ = runtime
    exercise, chapter = COURSE.unit(4).release_notebook, COURSE.unit(5).chapter
    _launch(page, str(exercise.with_suffix(".html")))
    target = "../../../book/unitats/" + chapter.with_suffix(".html").name
    # A link followed inside the frame: the frame's own page starts the navigation (and is its referrer).
    page.main_frame.child_frames[0].evaluate("t => { location.href = t; }", target)
    page.wait_for_function("h => { const f = document.getElementById('sco').contentDocument;"
                           " return f && f.readyState === 'complete' && f.location.href.endsWith(h)"
                           " && f.querySelector('.avis-scorm'); }", arg=chapter.with_suffix(".html").name)
    frame = page.frame_locator("#sco")
    assert "Moodle no en registrarà el progrés" in frame.locator(".avis-scorm").inner_text()
    assert _sets(page) == []
    assert _status(page) in ("", "not attempted")
    assert problems == []
