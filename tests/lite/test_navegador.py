"""The browser edition as a learner meets it: Debian's Chromium, driven by Playwright, on the site served from
127.0.0.1 under a sub-path (``/navegador/``), with every request to any other address blocked and recorded.

The journey: open a graded exercise, type the reference answers into its answer cells, run all cells, read the
self-check (every task correct), save, reload the page (the work is still there: browser storage), download the
notebook, and grade the downloaded file with the real nbgrader: the same score as the reference solution.
The landing page, which the course writes, passes axe-core's WCAG 2.1 AA rules and speaks Catalan only.
"""
from __future__ import annotations

import re
import time
from pathlib import Path

import nbformat
import pytest

from autograder.model import links
from autograder.model.course import ROOT, load_course
from autograder.publish.lite.serve import server
from tests.chromium import ARGS as CHROME_ARGS
from tests.chromium import CHROMIUM

pytestmark = [pytest.mark.xdist_group("navegador")]

AXE = ROOT / "node_modules/axe-core/axe.min.js"
ARGS = [*CHROME_ARGS,
        # No network but the site's own server, for every part of Chromium (web and service workers included).
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PREFIX = "/navegador/"


@pytest.fixture(scope="module")
def browser_site(lite_site, tmp_path_factory):
    """(base URL of the site, browser, list of requests that tried to leave 127.0.0.1)."""
    if not CHROMIUM:
        pytest.fail("Cal el Chromium de Debian (apt-get install chromium; .ci/run l'instal·la)")
    from playwright.sync_api import sync_playwright

    site, _ = lite_site
    book = tmp_path_factory.mktemp("llibre-buit")
    httpd = server(book=book, site=site, prefix=PREFIX)
    base = f"http://127.0.0.1:{httpd.server_address[1]}{PREFIX}"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield base, browser
        browser.close()
    httpd.shutdown()


def _context(browser, outside: list[str], **kwargs):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ca-ES", **kwargs)

    def route(r):
        if r.request.url.startswith(("http://127.0.0.1", "data:", "blob:")):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    context.on("request", lambda r: r.url.startswith(("http://127.0.0.1", "data:", "blob:"))
               or outside.append(r.url))
    return context


def _exercise():
    """The first graded exercise of course.yml that exists (the journey keeps to one, to stay quick)."""
    return next(u for u in load_course().graded_units if (ROOT / u.source_notebook).exists())


def _answers(grading_course, assignment: str) -> dict[int, str]:
    """Cell index in the student version → the reference answer to type there."""
    filled = grading_course.learner_copy(assignment)
    released = grading_course.release(assignment)
    answers = {}
    for i, (cell, done) in enumerate(zip(released.cells, filled.cells)):
        if cell.metadata.get("nbgrader", {}).get("solution") and cell.source != done.source:
            answers[i] = done.source
    assert answers
    return answers


def _cell(page, index: int):
    return page.locator(".jp-Notebook .jp-Cell").nth(index)


def _type_into(page, index: int, text: str) -> None:
    editor = _cell(page, index).locator(".cm-content")
    editor.scroll_into_view_if_needed()
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(text)


def _menu(page, menu: str, command: str, label: str) -> None:
    """A command from the menu bar, found by JupyterLab's command id; its label must be the Catalan one."""
    page.locator(".lm-MenuBar-item", has_text=menu).click()
    item = page.locator(f".lm-Menu-item[data-command='{command}']")
    assert item.locator(".lm-Menu-itemLabel").inner_text() == label
    item.click()


def _editor_text(page, index: int) -> str:
    """The text in a cell's editor, one line after another (off-screen cells are in the page, not painted)."""
    lines = _cell(page, index).locator(".cm-content .cm-line")
    lines.first.wait_for(state="attached", timeout=10_000)
    return "\n".join(lines.all_text_contents())


def test_graded_exercise_journey_offline(browser_site, grading_course, tmp_path, record_property):
    base, browser = browser_site
    unit = _exercise()
    answers = _answers(grading_course, unit.assignment)
    outside: list[str] = []
    context = _context(browser, outside, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))

    started = time.monotonic()
    page.goto(f"{base}notebooks/index.html?path={links.site_path(unit, 'exercici')}")
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    shown = time.monotonic() - started
    menus = page.locator(".lm-MenuBar-itemLabel").all_inner_texts()
    assert menus[:4] == ["Fitxer", "Edita", "Visualitza", "Executa"] and "Nbgrader" not in menus, menus
    assert page.get_by_text("Validate").count() == 0
    first_code = page.locator(".jp-Notebook .jp-CodeCell").first
    first_code.locator(".cm-content").click()
    page.keyboard.press("Shift+Enter")
    first_code.locator(".jp-OutputArea-output").first.wait_for(timeout=120_000)
    first_result = time.monotonic() - started

    for index, text in answers.items():
        _type_into(page, index, text)
    _menu(page, "Executa", "runmenu:run-all", "Executa totes les cel·les")
    check = page.locator(".jp-Notebook .jp-CodeCell").last
    report = check.locator(".jp-OutputArea-output", has_text="Comprovació de")
    report.wait_for(timeout=120_000)
    text = report.inner_text()
    assert "Totes les proves visibles se superen" in text, text
    tasks = [line for line in text.splitlines() if line.startswith("- ")]
    assert tasks and all(": correcta (" in line for line in tasks), text

    before = {index: _editor_text(page, index) for index in answers}
    _menu(page, "Fitxer", "docmanager:save", "Desa el fitxer")
    page.wait_for_selector(".jp-Notebook.jp-mod-dirty, .jp-mod-dirty .jp-Notebook", state="detached")
    page.reload()
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    for index, answer in answers.items():
        first_line = next(line for line in answer.splitlines() if line.strip())
        assert first_line.strip() in before[index]
        assert first_line.strip() in _editor_text(page, index), f"cel·la {index}: la resposta no s'ha conservat"

    with page.expect_download() as download:
        _menu(page, "Fitxer", "docmanager:download", "Baixa")
    downloaded = tmp_path / download.value.suggested_filename
    download.value.save_as(downloaded)
    context.close()
    assert downloaded.name == f"{unit.name}.ipynb"

    nb = nbformat.read(downloaded, as_version=4)
    reference = grading_course.grade(unit.assignment, grading_course.learner_copy(unit.assignment))
    assert grading_course.grade(unit.assignment, nb) == reference > 0
    assert outside == [] and errors == []

    record_property("quadern_visible_s", round(shown, 1))
    record_property("primer_resultat_s", round(first_result, 1))
    print(f"\n{unit.name}: quadern visible als {shown:.1f} s, resultat de la primera cel·la als {first_result:.1f} s")
    assert first_result < 120


AXE_RUN = """async (tags) => {
  const r = await axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]});
  return r.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" "))}));
}"""


def test_landing_page_is_accessible_catalan_and_links_every_notebook(browser_site, lite_site):
    base, browser = browser_site
    _, report = lite_site
    outside: list[str] = []
    context = _context(browser, outside)
    page = context.new_page()
    page.goto(base)
    assert page.evaluate("document.documentElement.lang") == "ca"
    assert page.locator("h1").count() == 1
    levels = page.eval_on_selector_all("main h1, main h2, main h3", "hs => hs.map(h => Number(h.tagName[1]))")
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:]))
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    assert page.evaluate(AXE_RUN, WCAG_TAGS) == []
    hrefs = page.eval_on_selector_all("main a", "as => as.map(a => a.getAttribute('href'))")
    opened = {h.split("?path=")[1] for h in hrefs if "?path=" in h}
    assert opened == set(report["notebooks"])
    texts = page.locator("main a").all_inner_texts()
    assert all(len(t) > 10 for t in texts), texts  # descriptive link text, not «aquí»
    words = set(re.findall(r"[a-z]+", page.locator("main").inner_text().lower()))
    assert not words & {"the", "open", "notebook", "download", "click", "here"}
    context.close()
    assert outside == []


def test_landing_page_and_notes_pass_the_catalan_spell_checker(lite_site):
    """The same hunspell-ca check and word list the book's pages get (tests/book/test_ortografia.py), on the
    landing page and on the note the build adds to notebooks."""
    from autograder.publish.lite import contents
    from tests.book import test_ortografia as ortografia

    if not ortografia.HUNSPELL or not Path("/usr/share/hunspell/ca.dic").exists():
        pytest.fail("Cal hunspell i hunspell-ca (apt-get install hunspell hunspell-ca; .ci/run els instal·la)")
    site, _ = lite_site
    html = (site / "index.html").read_text(encoding="utf-8")
    text = re.sub(r"<(style|script)\b.*?</\1>", " ", html, flags=re.S)
    text += " " + contents._note(["matplotlib"], ["docx"]).source
    text = re.sub(r"<code>.*?</code>|`[^`]*`", " ", text)
    text = re.sub(r"<[^>]+>", " ", text).replace("&#x27;", "'").replace("&#39;", "'")
    found = set(ortografia.words(text))
    found |= {p for w in found for p in ortografia._parts(w)}
    unknown = ortografia._hunspell_unknown(found) - ortografia.word_list()
    wrong = [w for w in sorted(unknown) if not (ortografia._parts(w) and set(ortografia._parts(w)).isdisjoint(unknown))]
    assert wrong == []


AXE_CONTENT = """async (tags) => {
  const r = await axe.run({include: [[".jp-Notebook .jp-RenderedMarkdown"]]},
                          {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]});
  return r.violations.map((v) => ({id: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" "))}));
}"""


def test_notebook_content_is_accessible_and_says_when_charts_need_internet(browser_site, lite_site):
    """The course's own content in the site (the notebook's text and the note the build adds), with axe-core's
    WCAG 2.1 AA rules; JupyterLite's interface around it is not the course's to fix."""
    base, browser = browser_site
    _, report = lite_site
    path = next(p for p, missing in report["notebooks"].items() if "matplotlib" in missing)
    outside: list[str] = []
    context = _context(browser, outside)
    page = context.new_page()
    page.goto(f"{base}notebooks/index.html?path={path}")
    page.wait_for_selector(".jp-Notebook .jp-RenderedMarkdown", timeout=60_000)
    page.wait_for_timeout(500)
    note = page.locator(".jp-Notebook .jp-RenderedMarkdown", has_text="Edició al navegador").first
    assert "internet" in note.inner_text() and "matplotlib" in note.inner_text()
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    assert page.evaluate(AXE_CONTENT, WCAG_TAGS) == []
    context.close()
    assert outside == []
