"""course.yml is the single source of truth: every file of the course must agree with it."""
from __future__ import annotations

from pathlib import Path

import yaml

from autograder.model.course import ROOT
from autograder.publish.toc import toc_text

# Units whose notebook is not written yet. These sets may only shrink: the test fails when one of these appears,
# so that it is removed from here. Every unit now has both.
PENDING_ASSIGNMENTS: set[int] = set()
PENDING_NOTEBOOKS: set[int] = set()


def test_units_are_numbered_0_to_12_with_unique_slugs(course):
    assert [u.number for u in course.units] == list(range(13))
    assert len({u.slug for u in course.units}) == 13
    assert all(u.outcomes and u.hours > 0 for u in course.units)
    assert [u.number for u in course.units if not u.graded] == [0]
    assert all(u.points == 10 for u in course.graded_units)


def test_every_unit_has_its_chapter(course):
    assert [str(u.chapter) for u in course.units if not (ROOT / u.chapter).exists()] == []


def test_no_chapter_file_outside_the_course(course):
    known = {u.chapter.name for u in course.units}
    assert {p.name for p in (ROOT / "book/unitats").glob("*.md")} == known


def test_toc_is_generated_from_the_course():
    assert (ROOT / "_toc.yml").read_text(encoding="utf-8") == toc_text(), "Executa «autograder toc»."


def test_toc_lists_every_unit_in_order(course):
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    units = next(p for p in toc["parts"] if p["caption"] == "Unitats")["chapters"]
    assert [c["file"] for c in units] == [str(u.chapter.with_suffix("")) for u in course.units]


def test_assignment_folders_match_graded_units(course):
    folders = {p.name for p in (ROOT / "exercises/source").iterdir() if p.is_dir()}
    expected = {u.assignment for u in course.graded_units}
    assert folders <= expected, f"Carpetes d'exercici que no són a course.yml: {folders - expected}"
    missing = {u.number for u in course.graded_units if u.assignment not in folders}
    assert missing == PENDING_ASSIGNMENTS, "Actualitzeu PENDING_ASSIGNMENTS: només pot reduir-se."
    for u in course.graded_units:
        if u.assignment in folders:
            assert (ROOT / u.source_notebook).exists(), f"Falta {u.source_notebook}"


def test_practice_notebooks_match_units(course):
    files = {p.name for p in (ROOT / "notebooks").glob("*.ipynb")}
    expected = {u.notebook.name for u in course.units}
    assert files <= expected, f"Quaderns que no són de cap unitat: {files - expected}"
    missing = {u.number for u in course.units if u.notebook.name not in files}
    assert missing == PENDING_NOTEBOOKS, "Actualitzeu PENDING_NOTEBOOKS: només pot reduir-se."


def test_book_title_is_the_course_title(course):
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    assert config["title"] == course.title
    assert config["sphinx"]["config"]["language"] == "ca"


def test_question_banks_and_glossaries_belong_to_units(course):
    codes = {u.code for u in course.units}
    for folder in ("book/preguntes", "book/glossari"):
        stray = {p.stem for p in (ROOT / folder).glob("*.yml")} - codes
        assert not stray, f"{folder}: fitxers que no són de cap unitat: {stray}"
    for bib in (ROOT / "book/bib").glob("u*.bib"):
        assert bib.stem in codes, f"{bib}: no és de cap unitat"


def test_unit_paths_are_derived_from_number_and_slug(course):
    u = course.unit(5)
    assert u.chapter == Path("book/unitats/u05-pla-objectius.md")
    assert u.notebook == Path("notebooks/u05-pla-objectius.ipynb")
    assert u.source_notebook == Path("exercises/source/u05-pla-objectius/u05-pla-objectius.ipynb")
    assert u.questions == Path("book/preguntes/u05.yml")
    assert course.unit_for_path("exercises/release/u05-pla-objectius/u05-pla-objectius.ipynb") == u
