"""Guard of each chapter's required parts: no later change may silently drop them."""
from __future__ import annotations

import re

import pytest
import yaml

from autograder.model.course import ROOT, load_course
from autograder.model.questions import TYPES, load_questions

UNITS = load_course().units
MIN_WORDS = {0: 1200}
DEFAULT_MIN_WORDS = 2500


def _text(unit) -> str:
    return (ROOT / unit.chapter).read_text(encoding="utf-8")


def _prose_words(text: str) -> int:
    """Words of running text: without code blocks, directive fences, roles' targets or table rules."""
    text = re.sub(r"^(```|~~~).*?^\1\s*$", " ", text, flags=re.S | re.M)
    text = re.sub(r"\{[a-z:-]+\}`([^`<]*)(<[^>]*>)?`", r"\1", text)
    text = re.sub(r"^:::.*$", " ", text, flags=re.M)
    return len(re.findall(r"[A-Za-zÀ-ÿ·'’]+", text))


def _section(text: str, heading: str) -> str:
    match = re.search(rf"^## {re.escape(heading)}\s*$(.*?)(?=^## |\Z)", text, flags=re.M | re.S)
    assert match, f"Falta la secció «## {heading}»"
    return match.group(1)


@pytest.fixture(params=UNITS, ids=lambda u: u.code)
def unit(request):
    if not (ROOT / request.param.chapter).exists():
        pytest.fail(f"Falta el capítol {request.param.chapter}")
    return request.param


def test_title_is_the_course_title(unit):
    first = _text(unit).lstrip().splitlines()[0]
    assert first == f"# Unitat {unit.number}. {unit.title}"


def test_opens_with_unit_card_and_case_analysis(unit):
    text = _text(unit)
    h2 = re.findall(r"^## (.+)$", text, flags=re.M)
    assert "```{fitxa-unitat}" in text.split("\n## ")[0], "La fitxa de la unitat ha d'anar just després del títol"
    assert h2[0].startswith("Anàlisi d'un cas"), f"La primera secció ha de ser l'anàlisi d'un cas, no «{h2[0]}»"


def test_has_a_did_you_know_box(unit):
    assert re.search(r"^:::\{admonition\} Sabies que…\s*\n:class: sabies-que", _text(unit), flags=re.M)


def test_has_exactly_three_reflection_questions(unit):
    section = _section(_text(unit), "Qüestions per reflexionar")
    assert re.findall(r"^(\d+)\. \S", section, flags=re.M) == ["1", "2", "3"]


def test_closes_with_key_ideas_and_self_assessment(unit):
    text = _text(unit)
    h2 = re.findall(r"^## (.+)$", text, flags=re.M)
    assert h2[-2:] == ["Idees clau", "Autoavaluació"]
    assert re.findall(r"^- ", _section(text, "Idees clau"), flags=re.M), "Les idees clau són una llista"
    assert _section(text, "Autoavaluació").strip().startswith("```{autoavaluacio}")


def test_headings_do_not_skip_levels(unit):
    levels = [len(h) for h in re.findall(r"^(#{1,6}) ", re.sub(r"```.*?```", "", _text(unit), flags=re.S), flags=re.M)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:])), levels


def test_word_count(unit):
    words = _prose_words(_text(unit))
    assert words >= MIN_WORDS.get(unit.number, DEFAULT_MIN_WORDS), f"{unit.chapter}: {words} paraules"


def test_cites_its_sources(unit):
    assert re.search(r"\{cite:[pt]\}`", _text(unit)), "El capítol ha de citar les fonts amb {cite:p}"


def test_self_assessment_has_ten_questions_of_every_type(unit):
    questions = load_questions(unit)
    assert len(questions) >= 10
    assert {q["tipus"] for q in questions} == set(TYPES)


def test_glossary_terms_introduced_by_the_unit(unit):
    path = ROOT / "book/glossari" / f"{unit.code}.yml"
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert len(entries) >= 5, f"{path}: almenys cinc termes"
    text = _text(unit)
    for entry in entries:
        term = entry["terme"]
        assert entry["definicio"].strip(), term
        assert f"{{term}}`{term}`" in text or f"<{term}>`" in text, f"{unit.chapter} no enllaça «{term}» al glossari"


def test_glossary_terms_are_defined_once():
    terms = [e["terme"].lower() for p in sorted((ROOT / "book/glossari").glob("*.yml"))
             for e in yaml.safe_load(p.read_text(encoding="utf-8"))]
    assert len(terms) == len(set(terms)), sorted({t for t in terms if terms.count(t) > 1})
    assert len(terms) >= 60


def _bib_keys() -> set[str]:
    text = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "book/bib").glob("*.bib"))
    return set(re.findall(r"^@\w+\{([^,\s]+),", text, flags=re.M))


def _cited_keys() -> set[str]:
    text = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "book").rglob("*.md"))
    return {k.strip() for group in re.findall(r"\{cite:[pt]\}`([^`]+)`", text) for k in group.split(",")}


def test_every_bibliography_entry_is_cited():
    assert sorted(_bib_keys() - _cited_keys()) == []


def test_every_citation_has_a_bibliography_entry():
    assert sorted(_cited_keys() - _bib_keys()) == []


def test_bibliography_keys_are_unique():
    text = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "book/bib").glob("*.bib"))
    keys = re.findall(r"^@\w+\{([^,\s]+),", text, flags=re.M)
    assert len(keys) == len(set(keys))


def test_each_unit_bibliography_file_holds_only_its_own_keys():
    for path in (ROOT / "book/bib").glob("u*.bib"):
        keys = re.findall(r"^@\w+\{([^,\s]+),", path.read_text(encoding="utf-8"), flags=re.M)
        assert all(k.startswith(path.stem + "-") for k in keys), path
