"""The built book as a learner meets it: Debian's Chromium, driven by Playwright, on a copy served from 127.0.0.1.

One browser and one server for the whole module. The ``recorregut`` fixture visits every page once in light mode
and once in dark mode and records what each visit did (requests, axe-core results, headings, images, texts);
the tests then read that record. Other tests drive the book with the keyboard alone.
"""
from __future__ import annotations

import functools
import http.server
import json
import re
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest
import snowballstemmer

from autograder.model.course import ROOT, load_course
from autograder.model.questions import load_questions
from tests.chromium import ARGS, CHROMIUM

pytestmark = [pytest.mark.book, pytest.mark.xdist_group("book")]

AXE = ROOT / "node_modules/axe-core/axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
MODES = ("light", "dark")

# Textos d'interfície en anglès dels paquets (tema, extensions, Sphinx) i el mal català del tema: cap no ha de
# sortir a la pantalla ni en un atribut que llegeixi un lector de pantalla. Els textos curts han de coincidir
# sencers (un títol anglès de la bibliografia pot dur «Page»); els llargs, en qualsevol lloc.
ENGLISH_EXACT = {
    "Main", "Page", "Contents", "Copy", "Copied!", "Search", "Searching", "Search Results", "Next", "Previous",
    "next page", "previous page", "Light", "Dark", "Color mode", "System Settings", "Launch", "By", "Copyright",
    "Exercise", "Solution", "Home", "Index", "Navigation", "Back to top", "Show Source", "Toggle navigation",
}
ENGLISH_ANYWHERE = [
    "Copy to clipboard", "Failed to copy", "Fullscreen mode", "Toggle primary sidebar", "Toggle secondary sidebar",
    "Toggle hidden content", "Search this book", "Search finished", "Your search did not match",
    "Preparing search", "Hide Search Matches", "Skip to main content", "Download this page", "Download source file",
    "Download notebook file", "Print to PDF", "Launch interactive content", "Launch on", "Open an issue",
    "Edit this page", "Suggest edit", "Source repository", "Show code cell", "Hide code cell", "Click to show",
    "Click to hide", "© Copyright", "On this page", "Section Navigation", "Site navigation", "Solution to",
    "visited on",
    "Technical Report", "PhD thesis", "Master's thesis", " edition,", "Last updated on", "Theme by the",
    # Català automàtic del tema (sphinx-book-theme 1.3.0) i de Sphinx.
    "Obriu un número", "Llançament", "Tema del llibre Esfinx", "número obert", "Navegació de la Secció",
    "Descarregueu", "Descarregar fitxer",
]


class _Silenci(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def _pages(site: Path) -> list[str]:
    pages = []
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        if rel.startswith("_") or "/_" in rel or rel == "index.html":
            continue
        pages.append(rel)
    return pages


# Què es mira a cada pàgina, un cop carregada: títols, imatges i textos (en pantalla i en atributs).
INSPECT = r"""() => {
  const main = document.querySelector("main") || document.body;
  const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length)
      && getComputedStyle(el).visibility !== "hidden";
  const headings = [...main.querySelectorAll("h1,h2,h3,h4,h5,h6")].filter(visible)
      .map((h) => [Number(h.tagName[1]), h.innerText.trim().slice(0, 80)]);
  // Imatges de contingut: <img>, i els <svg> o role="img" que no són la icona d'un botó o d'un enllaç (el nom
  // d'aquests controls ja el comprova axe) ni estan amagats als lectors de pantalla.
  const images = [...main.querySelectorAll("img, svg, [role='img']")].filter(visible)
      .filter((i) => i.tagName === "IMG" || !i.closest("[aria-hidden='true'], button, a"))
      .map((i) => ({src: i.getAttribute("src") || i.tagName, alt: (i.getAttribute("alt")
          || i.getAttribute("aria-label") || (i.querySelector && i.querySelector("title")
          ? i.querySelector("title").textContent : "") || "").trim()}));
  const attrs = [];
  for (const el of document.querySelectorAll("*")) {
    for (const a of ["aria-label", "title", "placeholder", "alt", "data-tooltip", "data-bs-title",
                     "data-bs-original-title", "aria-description", "aria-roledescription"]) {
      const v = el.getAttribute(a);
      if (v) attrs.push(v.trim());
    }
  }
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, parent = node.parentElement;
    if (!parent || parent.closest("script,style,pre,code,.highlight,.cell_input,noscript")) continue;
    const t = node.textContent.trim();
    if (t) texts.push(t);
  }
  return {headings, images, attrs, texts, theme: document.documentElement.dataset.theme,
          lang: document.documentElement.lang, title: document.title};
}"""

AXE_RUN = """async (tags) => {
  const r = await axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]});
  return r.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ") + " → " + n.failureSummary.split("\\n")[1])}));
}"""


@pytest.fixture(scope="module")
def navegador(site):
    """(base URL, browser, problems list) with the built site served on 127.0.0.1 by a threaded server."""
    if not CHROMIUM:
        pytest.fail("Cal el Chromium de Debian (apt-get install chromium; .ci/run l'instal·la)")
    if not AXE.exists():
        pytest.fail("Cal axe-core a node_modules (make setup)")
    from playwright.sync_api import sync_playwright

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Silenci, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield base, browser
        browser.close()
    server.shutdown()


def _watch(page, base: str, problems: list[str]) -> None:
    """Record every request that fails or leaves the machine (anything not on our server)."""
    local = (base + "/", "data:", "blob:", "about:")
    page.on("request", lambda r: r.url.startswith(local) or problems.append(f"surt de la màquina: {r.url}"))
    page.on("requestfailed", lambda r: problems.append(f"ha fallat: {r.url} ({r.failure})"))
    page.on("response", lambda r: r.status >= 400 and problems.append(f"error {r.status}: {r.url}"))
    page.on("pageerror", lambda e: problems.append(f"error de JavaScript: {e}"))


def _new_page(browser, base: str, mode: str = "light"):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ca-ES")
    context.add_init_script(f"localStorage.setItem('mode', '{mode}'); localStorage.setItem('theme', '{mode}');")
    page = context.new_page()
    problems: list[str] = []
    _watch(page, base, problems)
    return page, problems


def _settle(page) -> None:
    page.wait_for_load_state("load")
    # Els ginys es dibuixen després de «load»; a les altres pàgines no hi ha res a esperar.
    if page.locator("script[type='application/vnd.jupyter.widget-view+json']").count():
        page.wait_for_selector(".widget-subarea .jupyter-widgets", timeout=15000)
    page.wait_for_timeout(150)


@pytest.fixture(scope="module")
def recorregut(navegador, site):
    """Every page in both colour modes: {(mode, page): {problems, violations, headings, images, attrs, texts}}."""
    base, browser = navegador
    axe = AXE.read_text(encoding="utf-8")
    record = {}
    for mode in MODES:
        page, problems = _new_page(browser, base, mode)
        for path in _pages(site):
            problems.clear()
            page.goto(f"{base}/{path}")
            _settle(page)
            info = page.evaluate(INSPECT)
            page.add_script_tag(content=axe)
            info["violations"] = page.evaluate(AXE_RUN, WCAG_TAGS)
            info["problems"] = list(problems)
            record[(mode, path)] = info
        page.context.close()
    return record


def test_every_page_was_visited(recorregut, site):
    pages = _pages(site)
    assert len(pages) >= 20, pages
    for required in ("book/index.html", "search.html", "genindex.html", "notebooks/u05-pla-objectius.html",
                     "book/annexos/accessibilitat.html"):
        assert required in pages
    assert {(m, p) for m in MODES for p in pages} == set(recorregut)
    for (mode, path), info in recorregut.items():
        assert info["theme"] == mode, f"{path}: el mode {mode} no s'ha aplicat"
        assert info["lang"] == "ca", path


def test_no_failed_request_and_nothing_leaves_the_machine(recorregut):
    problems = {f"{m} {p}": info["problems"] for (m, p), info in recorregut.items() if info["problems"]}
    assert problems == {}


@pytest.mark.parametrize("mode", MODES)
def test_axe_finds_no_wcag_violation(recorregut, mode):
    """axe-core 4.14 with the WCAG 2.0/2.1 A and AA rules, colour contrast included, on every page."""
    found = {p: info["violations"] for (m, p), info in recorregut.items() if m == mode and info["violations"]}
    assert found == {}, json.dumps(found, ensure_ascii=False, indent=1)


def test_every_image_and_chart_has_alt_text(recorregut):
    missing = [f"{p}: {i['src']}" for (m, p), info in recorregut.items() if m == "light"
               for i in info["images"] if len(i["alt"]) < 3]
    assert missing == []
    charts = [i for (m, p), info in recorregut.items() if m == "light" and p.startswith("notebooks/")
              for i in info["images"]]
    assert charts and all(len(i["alt"]) >= 40 for i in charts), charts


def test_headings_are_in_order(recorregut):
    bad = {}
    for (mode, path), info in recorregut.items():
        levels = [level for level, _ in info["headings"]]
        if mode != "light" or not levels:
            continue
        if levels.count(1) != 1 or levels[0] != 1 or any(b - a > 1 for a, b in zip(levels, levels[1:])):
            bad[path] = info["headings"]
    assert bad == {}, json.dumps(bad, ensure_ascii=False, indent=1)


def _english(strings) -> set[str]:
    found = set()
    for s in strings:
        s = " ".join(s.split())
        if s in ENGLISH_EXACT:
            found.add(s)
        found |= {e for e in ENGLISH_ANYWHERE if e in s}
    return found


def test_interface_shows_and_announces_no_english(recorregut):
    """Text on screen and in the attributes screen readers announce, after every script has run."""
    found = {}
    for (mode, path), info in recorregut.items():
        english = _english(info["texts"]) | _english(info["attrs"])
        if english:
            found[f"{mode} {path}"] = sorted(english)
    assert found == {}


def test_built_html_has_no_english_interface_strings(site):
    """The same list over the HTML files themselves, and over the messages our scripts give the search."""
    found = {}
    attr = re.compile(r'(?:aria-label|title|placeholder|alt|data-tooltip|data-bs-title)="([^"]*)"')
    for path in sorted(site.rglob("*.html")):
        if "_static" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        body = re.sub(r"<(script|style|pre)\b.*?</\1>", " ", text, flags=re.S)
        strings = attr.findall(text) + [t for t in re.split(r"<[^>]+>", body) if t.strip()]
        english = _english(strings)
        if english:
            found[str(path.relative_to(site))] = sorted(english)
    assert found == {}


def _search(page, base, query: str) -> list[str]:
    page.goto(f"{base}/search.html?q={query}")
    page.wait_for_function("""() => { const s = document.querySelector('#search-results .search-summary');
        return s && /Cerca acabada|no ha trobat/.test(s.innerText); }""", timeout=15000)
    page.wait_for_load_state("networkidle")  # els resums de cada resultat es baixen després del recompte
    summary = page.locator("#search-results .search-summary").inner_text()
    assert _english([summary]) == set(), summary
    hrefs = page.eval_on_selector_all("#search-results ul.search li > a", "els => els.map(a => a.href)")
    return sorted({urlparse(h).path.lstrip("/") for h in hrefs})


def _pages_with(site: Path, word: str) -> set[str]:
    """Pages of the site whose words include exactly ``word`` (as Sphinx's index sees them)."""
    found = set()
    for path in site.rglob("*.html"):
        if "_static" in path.parts:
            continue
        text = re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")).lower()
        if re.search(rf"(?<![\w·]){word}(?![\w·])", text):
            found.add(path.relative_to(site).as_posix())
    return found


@pytest.mark.parametrize("singular,plural", [("indicador", "indicadors"), ("objectiu", "objectius"),
                                             ("col·lectiu", "col·lectius")])
def test_search_finds_inflected_forms(navegador, site, singular, plural):
    """Catalan stems on both sides: a word finds its plural, and the plural its singular."""
    base, browser = navegador
    page, problems = _new_page(browser, base)
    found_singular = _search(page, base, singular)
    found_plural = _search(page, base, plural)
    page.context.close()
    assert found_singular and found_singular == found_plural
    only_plural = _pages_with(site, plural) - _pages_with(site, singular)
    assert only_plural & set(found_singular), (
        f"«{singular}» hauria de trobar pàgines que només diuen «{plural}»: {sorted(only_plural)}")
    assert problems == []


def test_search_ignores_catalan_stop_words(navegador):
    base, browser = navegador
    page, _ = _new_page(browser, base)
    assert _search(page, base, "els indicadors de la") == _search(page, base, "indicadors")
    assert _search(page, base, "de la i els") == []
    page.context.close()


def test_js_and_python_stemmers_agree(navegador, site):
    """The query stemmer the browser runs gives the same stem as the index stemmer for every word of the book."""
    base, browser = navegador
    words = set()
    for path in (ROOT / "book").rglob("*.md"):
        words |= {w.lower() for w in re.findall(r"\w+(?:·\w+)*", path.read_text(encoding="utf-8"))}
    words = sorted(w for w in words if not w.isdigit())
    page, _ = _new_page(browser, base)
    page.goto(f"{base}/search.html")
    stems = page.evaluate("ws => { const s = new Stemmer(); return ws.map(w => s.stemWord(w)); }", words)
    page.context.close()
    python = snowballstemmer.stemmer("catalan")
    differ = [(w, js, python.stemWord(w)) for w, js in zip(words, stems) if js != python.stemWord(w)]
    assert len(words) > 3000 and differ == []


def _tab_to(page, js_condition: str, limit: int = 250, key: str = "Tab") -> None:
    for _ in range(limit):
        page.keyboard.press(key)
        if page.evaluate(f"() => {{ const el = document.activeElement; return !!(el && ({js_condition})); }}"):
            return
    raise AssertionError(f"Amb {limit} pulsacions de {key} el focus no arriba a: {js_condition}")


def test_skip_link_and_sidebar_work_with_the_keyboard(navegador):
    base, browser = navegador
    page, problems = _new_page(browser, base)
    page.goto(f"{base}/book/index.html")
    _settle(page)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.innerText.trim()") == "Salta al contingut principal"
    target = "u01-comunicacio-publica.html"
    _tab_to(page, f"el.closest('.bd-sidebar-primary') && el.getAttribute('href') && "
                  f"el.getAttribute('href').endsWith('{target}')")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/{target}")
    assert page.locator("h1").first.inner_text().startswith("Unitat 1.")
    assert problems == []
    page.context.close()


def test_previous_and_next_links_work_with_the_keyboard(navegador):
    base, browser = navegador
    page, problems = _new_page(browser, base)
    page.goto(f"{base}/book/index.html")
    _settle(page)
    _tab_to(page, "el.matches('a.right-next')")
    page.keyboard.press("Enter")
    page.wait_for_url("**/book/guia-del-curs.html")
    _settle(page)
    _tab_to(page, "el.matches('a.left-prev')")
    page.keyboard.press("Enter")
    page.wait_for_url("**/book/index.html")
    assert problems == []
    page.context.close()


def test_search_works_with_the_keyboard(navegador):
    base, browser = navegador
    page, problems = _new_page(browser, base)
    page.goto(f"{base}/book/unitats/u01-comunicacio-publica.html")
    _settle(page)
    page.keyboard.press("Control+k")
    page.wait_for_selector("#pst-search-dialog[open]")
    assert page.evaluate("document.activeElement.matches('#pst-search-dialog input')")
    page.keyboard.type("indicadors")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search.html?q=indicadors*")
    page.wait_for_function("() => document.querySelectorAll('#search-results ul.search li').length > 0")
    page.wait_for_function("() => /Cerca acabada/.test(document.querySelector('#search-results').innerText)")
    # The search page fetches each result page for its summary: leaving before they arrive would abort them.
    page.wait_for_load_state("networkidle")
    _tab_to(page, "el.closest('#search-results ul.search')")
    href = page.evaluate("document.activeElement.getAttribute('href')")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(href.split("?")[0].split("#")[0].lstrip("./"))))
    assert problems == []
    page.context.close()


def test_practice_notebook_widget_renders_and_responds_to_the_keyboard(navegador):
    base, browser = navegador
    page, problems = _new_page(browser, base)
    page.goto(f"{base}/notebooks/u05-pla-objectius.html")
    _settle(page)
    dropdown = page.locator(".widget-dropdown select")
    assert dropdown.count() == 1
    label = page.locator(".widget-dropdown label").inner_text()
    assert "edat" in label.lower()
    assert page.locator(".widget-dropdown label").get_attribute("for") == dropdown.get_attribute("id")
    before = dropdown.input_value()
    _tab_to(page, "el.matches('.widget-dropdown select')")
    page.keyboard.press("ArrowDown")
    after = dropdown.input_value()
    assert after != before, "el desplegable no respon a la fletxa avall"
    assert after == page.eval_on_selector(".widget-dropdown select", "s => s.options[1].value")
    assert page.locator(".widget-html-content").inner_text().strip()  # la sortida que acompanya el giny
    assert problems == []
    page.context.close()


def _answer_with_keyboard(page, q: dict, form: str) -> None:
    kind = q["tipus"]
    if kind in ("unica", "vertader_fals"):
        _tab_to(page, f"el.closest('{form}') && el.type === 'radio'")
        values = ([str(i) for i in range(len(q["opcions"]))] if kind == "unica"
                  else ["true", "false"])
        right = (next(str(i) for i, o in enumerate(q["opcions"]) if o.get("correcta")) if kind == "unica"
                 else str(q["resposta"]).lower())
        for _ in range(values.index(right)):
            page.keyboard.press("ArrowDown")
        page.keyboard.press("Space")
        _tab_to(page, f"el.closest('{form}') && el.matches('button.comprova')")
        page.keyboard.press("Enter")
    elif kind == "multiple":
        _tab_to(page, f"el.closest('{form}') && el.type === 'checkbox'")
        for i, option in enumerate(q["opcions"]):
            if option.get("correcta"):
                page.keyboard.press("Space")
            if i < len(q["opcions"]) - 1:
                page.keyboard.press("Tab")
        _tab_to(page, f"el.closest('{form}') && el.matches('button.comprova')")
        page.keyboard.press("Enter")
    elif kind == "aparellament":
        choices = [""] + sorted({p["dreta"] for p in q["parelles"]})
        for pair in q["parelles"]:
            _tab_to(page, f"el.closest('{form}') && el.tagName === 'SELECT' && el.value === ''")
            for _ in range(choices.index(pair["dreta"])):
                page.keyboard.press("ArrowDown")
        _tab_to(page, f"el.closest('{form}') && el.matches('button.comprova')")
        page.keyboard.press("Enter")
    else:
        _tab_to(page, f"el.closest('{form}') && el.type === 'text'")
        answer = (q["acceptades"][0] if kind == "resposta_curta"
                  else f"{q['resposta']:g}".replace(".", ","))
        page.keyboard.type(answer)
        page.keyboard.press("Enter")  # envia el formulari des del camp de text


def test_self_assessment_works_with_the_keyboard_and_gives_feedback(navegador):
    """Every question of unit 5 answered and checked with the keyboard alone; the feedback is a live region."""
    unit = load_course().unit(5)
    questions = load_questions(unit)
    base, browser = navegador
    page, problems = _new_page(browser, base)
    page.goto(f"{base}/{unit.chapter.with_suffix('.html').as_posix()}")
    _settle(page)

    # Una resposta equivocada primer: retroacció d'error i la del mateix banc de preguntes.
    short = next(q for q in questions if q["tipus"] == "resposta_curta")
    form = f"form#{short['id']}"
    _tab_to(page, f"el.closest('{form}') && el.type === 'text'")
    page.keyboard.type("una resposta que no hi és")
    page.keyboard.press("Enter")
    feedback = page.locator(f"{form} .retroaccio")
    assert feedback.get_attribute("role") == "status" and feedback.get_attribute("aria-live") == "polite"
    assert feedback.locator(".retroaccio-estat").inner_text() == "No és correcte."
    assert " ".join(short["retroaccio_incorrecta"].split()) in " ".join(feedback.inner_text().split())

    page.evaluate("() => document.activeElement.blur()")
    page.evaluate("() => window.scrollTo(0, 0)")
    page.locator("h1").first.focus()
    for q in questions:
        form = f"form#{q['id']}"
        if q is short:
            page.locator(f"{form} input[type=text]").fill("")
        _answer_with_keyboard(page, q, form)
        state = page.locator(f"{form} .retroaccio .retroaccio-estat").inner_text()
        feedback = " ".join(page.locator(f"{form} .retroaccio").inner_text().split())
        assert state == "Correcte.", f"{q['id']} ({q['tipus']}): {feedback}"
        assert len(feedback) > 40, f"{q['id']}: la retroacció només diu «{feedback}»"  # explica el perquè
        if q.get("explicacio"):  # l'explicació general també s'anuncia (és dins de la regió viva)
            assert " ".join(q["explicacio"].split()) in feedback
    summary = page.locator(".autoavaluacio-resum").inner_text()
    n = len(questions)
    assert summary == f"Has respost {n} de {n} preguntes; n'has encertat {n}."
    assert problems == []
    page.context.close()


def test_copy_button_speaks_catalan(navegador):
    base, browser = navegador
    page, problems = _new_page(browser, base)
    page.goto(f"{base}/book/annexos/plantilles.html")
    _settle(page)
    button = page.locator("button.copybtn").first
    assert button.get_attribute("data-tooltip") == "Copia"
    assert "Copia al porta-retalls" in button.inner_html()
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("b => b.getAttribute('data-tooltip') !== 'Copia'", arg=button.element_handle())
    assert button.get_attribute("data-tooltip") in ("S'ha copiat", "No s'ha pogut copiar")
    assert problems == []
    page.context.close()


def test_colour_mode_button_names_the_current_mode(navegador):
    base, browser = navegador
    page, _ = _new_page(browser, base, "light")
    page.goto(f"{base}/book/index.html")
    _settle(page)
    button = page.locator(".article-header-buttons .theme-switch-button")
    assert button.get_attribute("aria-label") == "Mode de color: clar"
    button.focus()
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-label") in ("Mode de color: fosc", "Mode de color: el del sistema")
    page.context.close()
