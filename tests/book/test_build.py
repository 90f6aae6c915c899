"""The book builds with warnings as errors and what a learner sees is there, in Catalan, with no CDN."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from autograder.model.course import load_course
from autograder.model.questions import load_questions

pytestmark = [pytest.mark.book, pytest.mark.xdist_group("book")]
CDN = re.compile(r"(?:src|href)=\"https?://(?!www\.w3\.org)[^\"]+\.(?:js|css|woff2?)", re.I)


def _page(site: Path, path) -> str:
    """A built page, with typographic apostrophes and non-breaking spaces made plain for comparisons."""
    text = (site / Path(path).with_suffix(".html")).read_text(encoding="utf-8")
    return text.replace("&#8217;", "'").replace("\u2019", "'").replace("\xa0", " ").replace("&nbsp;", " ")


def test_every_page_is_catalan(site):
    pages = [p for p in site.rglob("*.html") if "_static" not in p.parts]
    assert len(pages) > 10
    for page in pages:
        text = page.read_text(encoding="utf-8")
        if "http-equiv=\"Refresh\"" in text:
            continue
        assert '<html lang="ca"' in text, page
        assert "Search this book" not in text, page
        assert "Cerca en aquest llibre" in text, page


def test_no_page_loads_anything_from_a_cdn(site):
    offenders = {str(p.relative_to(site)): CDN.findall(p.read_text(encoding="utf-8")) for p in site.rglob("*.html")
                 if "_static" not in p.parts}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_home_page_lists_every_unit_with_hours(site):
    text = _page(site, "book/index")
    course = load_course()
    for unit in course.units:
        assert unit.title in text, unit.title
    assert f"{course.hours:g}".replace(".", ",") in text


def test_unit_card_shows_outcomes_and_links_to_notebook_and_exercise(site):
    unit = load_course().unit(5)
    text = _page(site, unit.chapter)
    card = text.split('class="fitxa-unitat')[1].split("</div>")[0]
    for outcome in unit.outcomes:
        assert outcome in card
    assert f'href="../../{unit.notebook.with_suffix(".html")}"' in card
    assert f'href="../../{unit.release_notebook.with_suffix(".html")}"' in card


@pytest.mark.parametrize("unit", load_course().units, ids=lambda u: u.code)
def test_self_assessment_renders_every_question(site, unit):
    text = _page(site, unit.chapter)
    questions = load_questions(unit)
    assert text.count('<form class="pregunta"') == len(questions)
    assert text.count("<legend>") == len(questions)
    assert 'aria-live="polite"' in text
    assert "autoavaluacio.js" in text


def test_release_notebook_is_shown_without_running_it_and_without_solutions(site):
    unit = load_course().unit(5)
    text = _page(site, unit.release_notebook)
    assert "Tasca 1" in text
    assert "NotImplementedError" in text
    assert "BEGIN SOLUTION" not in text and "HIDDEN TESTS" not in text
    assert '<div class="cell_output' not in text


def test_practice_notebook_has_accessible_chart_and_offline_widget(site):
    text = _page(site, load_course().unit(5).notebook)
    assert re.search(r'<img alt="Gràfic de barres[^"]{40,}"', text)
    assert "application/vnd.jupyter.widget-state+json" in text
    assert "_static/widgets/embed-amd.js" in text
    assert (site / "_static/widgets/libembed-amd.js").exists()


def test_exercise_directive_labels_are_catalan(site):
    text = _page(site, load_course().unit(5).chapter)
    assert "Exercici" in text and "Solució" in text
    assert "Exercise" not in text and "Solution to" not in text


def test_code_cell_prompts_are_catalan(site):
    assert "Show code cell" not in "".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))


def test_glossary_and_bibliography_pages(site):
    glossary = _page(site, "book/annexos/glossari")
    assert glossary.count('<dt id="term-') >= 60
    bibliography = _page(site, "book/annexos/bibliografia")
    assert "Palomar i Baget" in bibliography


def test_trainers_guide_shows_the_outcome_map_and_the_exercise_table(site):
    """#12.3 and #12.7: the generated tables are in the built guide, each with its caption and header row."""
    text = _page(site, "book/guia-formador")
    assert "Valorar les respostes escrites amb la rúbrica" in text
    assert "autograder valora" in re.sub(r"<[^>]+>", "", text)
    course = load_course()
    outcomes = text.split("Mapa dels resultats d'aprenentatge</span>")[1].split("</table>")[0]
    assert "<thead>" in outcomes
    for unit in course.units:
        for index, outcome in enumerate(unit.outcomes, start=1):
            assert f"{index}. {outcome}" in outcomes, outcome
    table = text.split("Punts de cada exercici avaluable segons d'on surten</span>")[1].split("</table>")[0]
    for unit in course.graded_units:
        assert unit.title in table, unit.title
