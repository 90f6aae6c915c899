"""Collecting Moodle's zip and worksheet: both zip layouts, worksheets in three languages and encodings, names
with accents and apostrophes, and every odd file reported by name."""
from __future__ import annotations

import codecs

import pytest

from autograder.moodle_io import roster
from autograder.moodle_io.collect import collect
from autograder.moodle_io.submissions import read_download
from autograder.moodle_io.worksheet import WorksheetError, read_worksheet
from tests.autograder.fixtures.course import ASSIGNMENT, notebook_bytes, release
from tests.autograder.fixtures.moodle import download_zip, inner_zip, worksheet

NB = b'{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}'


@pytest.mark.parametrize("layout", ["folders", "flat"])
def test_both_zip_layouts_give_participants_and_files(tmp_path, layout):
    path = download_zip(tmp_path / "z.zip", {
        ("Núria Puig i Ferrer", "1001"): [("Exercici 5 (1).ipynb", NB), ("notes_de_classe.pdf", b"%PDF")],
        ("Jordi D'Olot", "1002"): [("lliurament.zip", inner_zip([("carpeta/quadern.ipynb", NB)]))],
    }, layout=layout)
    download = read_download(path)
    nuria, jordi = download.submissions["1001"], download.submissions["1002"]
    assert nuria.full_name == "Núria Puig i Ferrer" and nuria.prefix == "Núria Puig i Ferrer_1001"
    assert sorted(f.name for f in nuria.files) == ["Exercici 5 (1).ipynb", "notes_de_classe.pdf"]
    assert jordi.full_name == "Jordi D'Olot"
    assert [f.name for f in jordi.files] == ["lliurament.zip", "lliurament.zip/carpeta/quadern.ipynb"]
    assert download.unrecognised == []


def test_old_folder_layout_and_stray_entries(tmp_path):
    import zipfile
    path = tmp_path / "z.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("Mª Àngels Camps_1003_assignsubmission_file_/u05.ipynb", NB)   # Moodle < 4.1
        zf.writestr("__MACOSX/._u05.ipynb", b"")
        zf.writestr("llegeix-me.txt", b"hola")
    download = read_download(path)
    assert download.submissions["1003"].full_name == "Mª Àngels Camps"
    assert download.unrecognised == ["llegeix-me.txt"]


@pytest.mark.parametrize("lang", ["ca", "es", "en"])
@pytest.mark.parametrize("bom", [True, False])
def test_worksheet_columns_are_found_by_content_in_any_language(lang, bom):
    sheet = read_worksheet(worksheet([("1001", "Núria Puig i Ferrer", "nuria@exemple.cat", True),
                                      ("1005", "Anna Serra", "anna@exemple.cat", False)], lang=lang, bom=bom))
    assert sheet.bom == bom
    records = sheet.records()
    assert [(r["participant"], r["full_name"], r["email"], r["max_grade"]) for r in records] == \
        [("1001", "Núria Puig i Ferrer", "nuria@exemple.cat", 10.0), ("1005", "Anna Serra", "anna@exemple.cat", 10.0)]
    assert {"grade", "feedback", "max_grade", "status"} <= set(sheet.columns)


def test_worksheet_resaved_with_mojibake_or_semicolons_is_read():
    text = worksheet([("7", "Jordi D'Olot", "jordi@exemple.cat", True)], bom=False).decode("utf-8")
    mojibake = text.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")
    assert read_worksheet(mojibake).records()[0]["full_name"] == "Jordi D'Olot"
    assert "grade" in read_worksheet(mojibake).columns
    semicolons = text.replace('","', '";"').encode("cp1252")       # re-saved by a spreadsheet, Windows-1252
    assert read_worksheet(semicolons).records()[0]["participant"] == "7"


def test_a_csv_that_is_not_a_worksheet_is_refused():
    with pytest.raises(WorksheetError, match="identificador"):
        read_worksheet(codecs.BOM_UTF8 + b"nom,nota\nAnna,5\n")


def test_collect_places_notebooks_registers_learners_and_reports_by_name(course_root, tmp_path):
    good = notebook_bytes(release(course_root))
    zip_path = download_zip(tmp_path / "z.zip", {
        ("Núria Puig i Ferrer", "1001"): [("Exercici 5 (1).ipynb", good)],
        ("Jordi D'Olot", "1002"): [("resposta.docx", b"PK")],
        ("Mª Àngels Camps", "1003"): [("a.ipynb", NB), ("b.ipynb", good)],
        ("Pere Vila", "1009"): [(f"{ASSIGNMENT}.ipynb", good)],
    })
    sheet = tmp_path / "full.csv"
    sheet.write_bytes(worksheet([("1001", "Núria Puig i Ferrer", "nuria@exemple.cat", True),
                                 ("1002", "Jordi D'Olot", "jordi@exemple.cat", True),
                                 ("1003", "Mª Àngels Camps", "mangels@exemple.cat", True),
                                 ("1004", "Anna Serra", "anna@exemple.cat", False)]))
    report = collect(zip_path, ASSIGNMENT, course_root, sheet)
    for pid in ("1001", "1003", "1009"):
        assert (course_root / "submitted" / f"p{pid}" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").read_bytes() == good
    assert not (course_root / "submitted" / "p1002").exists()
    people = {p.participant: p for p in report.participants}
    assert people["1003"].notebook == "b.ipynb"        # the one with the assignment's cells
    assert any("a.ipynb" in p for p in people["1003"].problems)
    assert any("resposta.docx" in p for p in people["1002"].problems)
    assert any("no és al full" in p for p in people["1009"].problems)
    assert [p.display_name for p in report.not_submitted] == ["Anna Serra"]
    text = report.text()
    for name in ("Exercici 5 (1).ipynb", "resposta.docx", "a.ipynb", "Pere Vila", "Anna Serra"):
        assert name in text
    again = collect(zip_path, ASSIGNMENT, course_root, sheet)
    assert again.written == [] and len(again.unchanged) == 3
    assert roster.load(course_root, ASSIGNMENT) == report.participants
