"""«Obre-ho al navegador» in the book: every unit card and every notebook or exercise page links to the same
notebook in the browser edition, at the address ``course.yml`` gives (``navegador: url:``)."""
from __future__ import annotations

import re
from urllib.parse import unquote, urljoin

import pytest

from autograder.model import links
from autograder.model.course import load_course

pytestmark = [pytest.mark.book, pytest.mark.xdist_group("book")]


def _browser_links(html: str) -> list[str]:
    return re.findall(r'<a class="obre-navegador[^"]*" href="([^"]+)">Obre-ho al navegador</a>', html)


def _target(page: str, href: str) -> str:
    """Where a relative link leads, as a path from the book's root."""
    return unquote(urljoin("http://llibre/" + page, href).removeprefix("http://llibre/"))


def test_unit_cards_and_notebook_pages_open_the_notebook_in_the_browser(site):
    course = load_course()
    base = links.base_url(course)
    checked = 0
    for unit in course.units:
        kinds = [k for k in ("quadern", "exercici") if (k == "quadern" or unit.graded) and links.has_notebook(unit, k)]
        chapter = str(unit.chapter.with_suffix(".html"))
        card = (site / chapter).read_text(encoding="utf-8")
        card_links = _browser_links(card.split('class="fitxa-unitat')[1].split("</div>")[0])
        expected = [f"{base}notebooks/index.html?path={links.site_path(unit, k)}" for k in kinds]
        assert [_target(chapter, h) for h in card_links] == expected, unit.name
        pages = {"quadern": unit.notebook, "exercici": unit.release_notebook}
        for kind in kinds:
            page = str(pages[kind].with_suffix(".html"))
            found = _browser_links((site / page).read_text(encoding="utf-8"))
            assert [_target(page, h) for h in found] == [f"{base}notebooks/index.html?path={links.site_path(unit, kind)}"]
            checked += 1
    assert checked >= len(course.units)
