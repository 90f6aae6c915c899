"""The course's style sheet (CONTRIBUTING.md, «Full d'estil del curs»): what can be checked automatically.

Each rule reads the chapters, the self-assessments and the glossary as a learner reads them (prose only: code,
inline code and URLs are left out) and names the file and the words that break it.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from autograder.model.course import ROOT

CHAPTERS = sorted((ROOT / "book/unitats").glob("u*.md"))
QUESTIONS = sorted((ROOT / "book/preguntes").glob("u*.yml"))
GLOSSARY = sorted((ROOT / "book/glossari").glob("u*.yml"))


def _prose(text: str) -> str:
    """Without code blocks, inline code, roles' targets and URLs."""
    text = re.sub(r"^(```|~~~).*?^\1\s*$", " ", text, flags=re.S | re.M)
    text = re.sub(r"\{(cite:[pt]|doc|ref)\}`[^`]*`", " ", text)
    text = re.sub(r"<[^<>`]+>`", "`", text)           # {term}`text <objectiu>`
    text = re.sub(r"`[^`\n]*`", " ", text)
    return re.sub(r"https?://\S+|\b[\w-]+(\.[\w-]+)+/\S*", " ", text)


def _files() -> list[Path]:
    return CHAPTERS + QUESTIONS + GLOSSARY


def _breaches(pattern: str, files=None, flags=0, quotes=True) -> list[str]:
    """Places where ``pattern`` appears; with ``quotes=False``, quoted posts (blockquotes) are left out."""
    found = []
    for path in files or _files():
        for number, line in enumerate(_prose(path.read_text(encoding="utf-8")).splitlines(), 1):
            if not quotes and line.lstrip().startswith(">"):
                continue
            for match in re.finditer(pattern, line, flags):
                found.append(f"{path.relative_to(ROOT)}:{number}: «{match.group(0)}»")
    return found


def test_community_manager_is_only_the_english_equivalent():
    assert _breaches(r"(?<!\*)\bcommunity manager\b(?!\*)", flags=re.I) == []
    terms = [e["terme"] for p in GLOSSARY for e in yaml.safe_load(p.read_text(encoding="utf-8"))]
    assert "gestor/a de comunitats" in terms
    assert "community manager" not in terms


def test_termcat_in_capitals():
    assert _breaches(r"\bTermcat\b") == []


def test_one_verb_for_retweeting():
    # Els exemples de males pràctiques citats (blockquotes) poden dir «Feu RT!!»: és el que s'hi critica.
    assert _breaches(r"\bretuitej\w*|\b(fer|fes|feu|fa|fem)( un)? RT\b", flags=re.I, quotes=False) == []


def test_one_time_format_outside_code():
    assert _breaches(r"(?<![\d:])\b([01]?\d|2[0-3]):[0-5]\d\b(?!:)") == []


def test_inclusive_generic_forms():
    masculins = r"\b(els|dels|als|pels|Els|Dels)\s+(usuaris|ciutadans|treballadors|empleats|funcionaris)\b"
    assert _breaches(masculins) == []
    assert _breaches(r"\bels veïns\b(?! i les veïnes)", flags=re.I) == []


def _learner_prose(path: Path) -> str:
    """What the course says to the learner: no quoted posts (blockquotes), tables of examples or quiz options."""
    if path.suffix == ".yml":
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return "\n".join(str(q.get(k, "")) for q in data["preguntes"]
                         for k in ("enunciat", "retroaccio", "retroaccio_correcta", "retroaccio_incorrecta",
                                   "retroaccio_vertader", "retroaccio_fals"))
    lines = _prose(path.read_text(encoding="utf-8")).splitlines()
    return "\n".join(ln for ln in lines if not ln.lstrip().startswith(">"))


def test_the_learner_is_addressed_as_tu():
    vosaltres = re.compile(r"\b(vegeu|consulteu|fixeu-vos|recordeu|llegiu|escriviu|comproveu|mireu|tingueu|feu)\b",
                           re.I)
    found = [f"{p.relative_to(ROOT)}: «{m.group(0)}»" for p in CHAPTERS + QUESTIONS
             for m in vosaltres.finditer(_learner_prose(p))]
    assert found == []


def test_the_response_time_rule_is_explained_once():
    # La regla de les dues hores de la guia de la Generalitat s'explica a la unitat 10; les altres hi remeten.
    regla = r"guia[^.]{0,200}(menys de (dues|2) hores|dues hores)"
    fora = [b for b in _breaches(regla, files=CHAPTERS) if "u10-" not in b]
    assert fora == []
    assert _breaches(regla, files=[p for p in CHAPTERS if p.name.startswith("u10-")])


DATED = {"u02": "TikTok", "u08": "segresta", "u09": "IA", "u10": "Estatut bàsic", "u11": "Llei 29/2005"}
MESOS = ("gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre",
         "desembre")


@pytest.mark.parametrize("codi, tema", sorted(DATED.items()))
def test_current_material_is_in_a_dated_box_with_sources_and_questions(codi, tema):
    text = next(p for p in CHAPTERS if p.name.startswith(codi + "-")).read_text(encoding="utf-8")
    any_edicio = yaml.safe_load((ROOT / "course.yml").read_text(encoding="utf-8"))["any"]
    boxes = re.findall(r"^:::\{admonition\} Estat a (?:" + "|".join(MESOS) + r") del (\d{4})[^\n]*\n:class: estat-data\n"
                       r"(.*?)^:::", text, flags=re.M | re.S)
    assert boxes, f"{codi}: falta el requadre «Estat a … del {any_edicio}»"
    for year, body in boxes:
        assert int(year) == any_edicio, f"{codi}: el requadre és del {year} i l'edició, del {any_edicio}"
        assert "{cite:p}`" in body, f"{codi}: el requadre datat ha de citar les fonts"
    preguntes = yaml.safe_load((ROOT / f"book/preguntes/{codi}.yml").read_text(encoding="utf-8"))["preguntes"]
    assert any(tema in yaml.safe_dump(q, allow_unicode=True) for q in preguntes), (
        f"{codi}: cap pregunta d'autoavaluació sobre el material nou ({tema})")
