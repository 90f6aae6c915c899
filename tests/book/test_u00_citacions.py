"""Unit 0 quotes what a learner really sees, word for word: if the kit's sentences change, the chapter must follow.

The sentences of a failing cell come from :mod:`pla.explica`, the self-check's lines from :mod:`pla.quadern`, the
«Desa-ho al teu pla» line from :func:`pla.desa_al_meu_pla` and the rubric from unit 5's exercise.
"""
from __future__ import annotations

import json

import pytest

from autograder.model.course import ROOT, load_course
from pla import desa_al_meu_pla
from pla.explica import PENDENT, PROVA_PENDENT, explica_error
from pla.quadern import later_points_text

COURSE = load_course()
CHAPTER = ROOT / COURSE.unit(0).chapter


def _chapter() -> str:
    """The chapter's text without the backticks of inline code (the learner reads the words, not the marks)."""
    return CHAPTER.read_text(encoding="utf-8").replace("`", "")


def _sentence(code: str) -> str:
    """The Catalan sentence a learner sees when a cell with this code fails."""
    try:
        exec(compile(code, "<cel·la>", "exec"), {})  # noqa: S102 - the examples of the chapter's table
    except Exception as error:  # noqa: BLE001 - every error has its sentence
        return explica_error(type(error).__name__, str(error))
    pytest.fail(f"«{code}» no dona cap error")


@pytest.mark.parametrize("sentence", [PENDENT, PROVA_PENDENT,
                                      explica_error("NameError", "name 'objectius' is not defined")])
def test_quotes_whole_sentences_of_a_failing_cell(sentence):
    assert f"*{sentence}*" in _chapter()


@pytest.mark.parametrize("code, start", [
    ('xarxa = «Instagram»', "Hi ha un error d'escriptura"),
    ('nom = "Gent gran', "Falten unes cometes"),
    ('collectius = [{"codi": "joves"} {"codi": "comerc"}]', "Falta una coma"),
    ("actiu = true", "Python no coneix «true»"),
])
def test_table_of_typing_errors_shows_how_the_real_sentence_starts(code, start):
    assert _sentence(code).startswith(start)
    assert f"*{start}…*" in _chapter()


def test_a_missing_comma_between_texts_gives_no_error_but_joins_them():
    namespace: dict = {}
    exec('collectius = ["joves" "entitats"]', namespace)  # noqa: S102
    assert namespace["collectius"] == ["jovesentitats"]
    assert '"jovesentitats"' in _chapter()


def test_self_check_lines_are_the_kits():
    text = _chapter()
    hidden, rubric = later_points_text(1, 0), later_points_text(0, 2)
    assert f"· {hidden[0].upper()}{hidden[1:]}." in text
    assert f"· {rubric[0].upper()}{rubric[1:]}." in text


def test_saved_to_your_plan_line_is_the_kits(tmp_path, monkeypatch, capsys):
    fitxer = tmp_path / "el-meu-pla.json"
    monkeypatch.setenv("PLA_FITXER", str(fitxer))
    for variable in ("NBGRADER_EXECUTION", "CURS_AUTOCOMPROVACIO"):
        monkeypatch.delenv(variable, raising=False)
    desa_al_meu_pla(5, collectius=[], objectius=[], xarxes=[], justificacio_xarxes="")
    line = capsys.readouterr().out.strip().replace(str(fitxer), "/home/marta/el-meu-pla.json")
    assert line in _chapter()


def test_rubric_example_is_unit_5s():
    unit = COURSE.unit(5)
    notebook = json.loads((ROOT / unit.source_notebook).read_text(encoding="utf-8"))
    rubrics = [c["metadata"]["curs"]["rubrica"] for c in notebook["cells"]
               if c["metadata"].get("curs", {}).get("tipus") == "rubrica"]
    criteria = [f"- {r['criteri']} ({r['punts']} punt{'s' if r['punts'] != 1 else ''})" for r in rubrics[0]]
    assert criteria and all(c in _chapter() for c in criteria), criteria
