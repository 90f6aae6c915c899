"""The Moodle packages of the book: SCORM 1.2 and IMS CP, checked against what Moodle requires and played in a
real SCORM 1.2 runtime (scorm-again from npm) inside Debian's Chromium driven by Playwright."""
from __future__ import annotations

import functools
import http.server
import shutil
import threading
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from autograder.course import ROOT, load_course
from autograder.moodle import packages
from autograder.questions import load_questions

pytestmark = [pytest.mark.book, pytest.mark.xdist_group("book")]
CHROMIUM = shutil.which("chromium")
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
        first = resources[children[0].get("identifierref")]
        assert first.get("href") == str(unit.chapter.with_suffix(".html"))
    listed = {f.get("href") for r in resources.values() for f in r if _local(f.tag) == "file"}
    with zipfile.ZipFile(zips[kind]) as zf:
        in_zip = set(zf.namelist()) - {"imsmanifest.xml"}
    assert listed == in_zip
    assert in_zip == {str(p.relative_to(site)) for p in site.rglob("*") if p.is_file() and ".doctrees" not in p.parts}


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
    page.evaluate("() => { window.API = new Scorm12API({autocommit: false, logLevel: 5}); }")
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


def test_self_assessment_score_reaches_the_lms(runtime):
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
    expected = str(round(100 / len(questions)))
    page.wait_for_function("v => window.API.LMSGetValue('cmi.core.score.raw') === v", arg=expected, timeout=5000)
    assert page.evaluate("() => window.API.LMSGetValue('cmi.core.score.max')") == "100"
    assert problems == []
