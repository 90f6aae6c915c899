"""From Moodle's zip and worksheet to the filled worksheet, the feedback zip and the report, with real grading."""
from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import datetime, timezone

import pytest

from autograder.cli import main
from autograder.grading import outcomes
from autograder.moodle_io import roster
from autograder.moodle_io.worksheet import HEADERS, normalise
from tests.autograder.fixtures.course import ASSIGNMENT, notebook_bytes, release, source
from tests.autograder.fixtures.moodle import download_zip, inner_zip, worksheet
from tests.conftest import with_cells
from tests.exercises.cases_u05 import DATE_WRONG

PEOPLE = [("1001", "Núria Puig i Ferrer", "nuria.puig@exemple.cat", True),
          ("1002", "Jordi D'Olot", "jordi.dolot@exemple.cat", True),
          ("1003", "Mª Àngels Camps", "mangels.camps@exemple.cat", True),
          ("1004", "Pere Vila", "pere.vila@exemple.cat", True),
          ("1005", "Anna Serra", "anna.serra@exemple.cat", False),
          ("1006", "Laia Font", "laia.font@exemple.cat", True)]


@pytest.fixture
def moodle_files(course_root, tmp_path):
    full, empty = notebook_bytes(source(course_root)), notebook_bytes(release(course_root))
    partial = notebook_bytes(with_cells(source(course_root), DATE_WRONG))
    zip_path = download_zip(tmp_path / "baixada.zip", {
        ("Núria Puig i Ferrer", "1001"): [(f"{ASSIGNMENT}.ipynb", full)],
        ("Jordi D'Olot", "1002"): [("Exercici 5 (1).ipynb", partial), ("notes.pdf", b"%PDF-1.4")],
        ("Mª Àngels Camps", "1003"): [("lliurament.zip", inner_zip([(f"{ASSIGNMENT}.ipynb", empty)]))],
        ("Pere Vila", "1004"): [("resposta.docx", b"PK\x03\x04 no")],
        ("Laia Font", "1006"): [(f"{ASSIGNMENT}.ipynb", full), ("còpia.ipynb", empty)],
    })
    sheet = tmp_path / "full.csv"
    sheet.write_bytes(worksheet(PEOPLE))
    return zip_path, sheet


def _run(*args) -> int:
    return main(list(args))


def test_moodle_zip_to_worksheet_feedback_and_report(course_root, moodle_files, tmp_path, capsys):
    zip_path, sheet = moodle_files
    root = str(course_root)
    assert _run("recull", ASSIGNMENT, str(zip_path), "--full", str(sheet), "--curs", root) == 0
    collected = capsys.readouterr().out
    assert "Exercici 5 (1).ipynb" in collected and "notes.pdf" in collected
    assert "Pere Vila" in collected and "resposta.docx" in collected

    # Collecting again changes nothing.
    roster_file = roster.path(course_root, ASSIGNMENT)
    before = roster_file.read_bytes(), roster_file.stat().st_mtime_ns
    assert _run("collect", ASSIGNMENT, str(zip_path), "--full", str(sheet), "--curs", root) == 0
    assert "0 nous o canviats" in capsys.readouterr().out
    assert (roster_file.read_bytes(), roster_file.stat().st_mtime_ns) == before

    assert _run("corregeix", ASSIGNMENT, "--curs", root, "--treballadors", "2") == 0
    # The automatic points only: the written justification (2 rubric points) waits for the trainer, except in the
    # empty notebook, where there is nothing to read.
    assert "Pendents de valorar amb la rúbrica: 3 respostes escrites de 3 lliuraments" in capsys.readouterr().out
    found = outcomes.load_all(course_root, ASSIGNMENT)
    scores = {s: (o.status, o.score) for s, o in found.items()}
    assert scores == {"p1001": ("ok", 8.0), "p1002": ("ok", 6.0), "p1003": ("ok", 0.0),
                      "p1004": ("no_notebook", None), "p1006": ("ok", 8.0)}
    # The trainer gives the rubric points through the same command a person uses.
    for student in ("p1001", "p1002", "p1006"):
        assert _run("valora", ASSIGNMENT, "--curs", root, "--alumne", student, "--cella", "justificacio_xarxes",
                    "--punts", "2") == 0

    # Names, e-mails and participant ids are in nbgrader's gradebook.
    from nbgrader.api import Gradebook
    with Gradebook(f"sqlite:///{course_root / 'gradebook.db'}", "xarxes-socials-ap") as gb:
        nuria = gb.find_student("p1001")
        assert (nuria.first_name, nuria.last_name, nuria.email, nuria.lms_user_id) == \
            ("Núria", "Puig i Ferrer", "nuria.puig@exemple.cat", "1001")
        assert (gb.find_student("p1003").first_name, gb.find_student("p1003").last_name) == ("Mª Àngels", "Camps")

    # Grading again skips what is graded.
    assert _run("grade", ASSIGNMENT, "--curs", root) == 0
    assert "No hi havia res per corregir" in capsys.readouterr().out

    dest = tmp_path / "moodle"
    before_export = datetime.now(timezone.utc).replace(microsecond=0)
    assert _run("exporta", ASSIGNMENT, "--curs", root, "--desti", str(dest)) == 0
    after_export = datetime.now(timezone.utc)
    original = list(csv.reader(io.StringIO(sheet.read_bytes().decode("utf-8-sig"))))
    filled_bytes = (dest / f"{ASSIGNMENT}-full-qualificacions.csv").read_bytes()
    assert filled_bytes.startswith(b"\xef\xbb\xbf")
    filled = list(csv.reader(io.StringIO(filled_bytes.decode("utf-8-sig"))))
    assert filled[0] == original[0] and len(filled) == len(original)
    header = [normalise(h) for h in filled[0]]
    grade, comments = header.index("qualificacio"), header.index("comentaris de retroaccio")
    modified = header.index("darrera modificacio qualificacio")
    by_pid = {row[0]: row for row in filled[1:]}
    expected = {"1001": "10.00", "1002": "8.00", "1003": "0.00", "1004": "", "1005": "", "1006": "10.00"}
    for pid, value in expected.items():
        row, old = by_pid[f"Participant {pid}"], next(r for r in original[1:] if r[0] == f"Participant {pid}")
        assert row[grade] == value, pid
        assert [c for i, c in enumerate(row) if i not in (grade, comments, modified)] == \
            [c for i, c in enumerate(old) if i not in (grade, comments, modified)]
        # A new grade carries the export's time in a form PHP's strtotime() reads; no grade, no change.
        if value:
            assert before_export <= datetime.fromisoformat(row[modified]) <= after_export, row[modified]
        else:
            assert row[modified] == old[modified]
    assert "8 de 10 punts" in by_pid["Participant 1002"][comments]
    assert by_pid["Participant 1004"][comments] == ""

    with zipfile.ZipFile(dest / f"{ASSIGNMENT}-retroaccio.zip") as zf:
        names = set(zf.namelist())
        assert "Núria Puig i Ferrer_1001_assignsubmission_file_/feedback.html" in names
        assert "Jordi D'Olot_1002_assignsubmission_file_/feedback.html" in names
        page = zf.read("Jordi D'Olot_1002_assignsubmission_file_/feedback.html").decode("utf-8")
    assert '<html lang="ca">' in page and '<th scope="col">' in page and '<th scope="row">' in page
    assert "8 de 10 punts" in page and "la data límit «30/04/2027» no és vàlida" in page  # a visible test
    assert "BEGIN HIDDEN TESTS" not in page and "Traceback" not in page
    assert "sense_objectiu = [n for n in NECESSITATS" not in page   # a hidden test's source

    gradebook_rows = list(csv.reader(io.StringIO((dest / f"{ASSIGNMENT}-llibre-qualificacions.csv")
                                                 .read_text(encoding="utf-8"))))
    assert gradebook_rows[0] == ["Número ID", "Adreça electrònica", "Nom complet",
                                 "Tasca:Exercici avaluable de la unitat 5",
                                 "Retroacció per a Tasca:Exercici avaluable de la unitat 5"]
    assert {r[1]: r[3] for r in gradebook_rows[1:]} == {"nuria.puig@exemple.cat": "10.00",
                                                        "jordi.dolot@exemple.cat": "8.00",
                                                        "mangels.camps@exemple.cat": "0.00",
                                                        "laia.font@exemple.cat": "10.00"}

    report = tmp_path / "informe.html"
    assert _run("informe", ASSIGNMENT, "--curs", root, "--desti", str(report)) == 0
    text = report.read_text(encoding="utf-8")
    assert '<html lang="ca">' in text and 'alt="Gràfic de barres' in text
    attention = text.split('id="atencio"')[1].split('id="sense-lliurament"')[0]
    assert "Pere Vila" in attention and "Núria" not in attention
    assert "Anna Serra" in text.split('id="sense-lliurament"')[1]
    # test_objectius: passed by the two full notebooks, failed by the empty one and by Jordi's date.
    assert re.search(r"test_objectius</th><td>[^<]*</td><td>visible</td><td class=\"num\">2</td>"
                     r"<td class=\"num\">2</td><td class=\"num\">50 %</td><td>Revisa els objectius:", text)


def test_worksheet_headers_cover_every_role():
    for role in ("identifier", "full_name", "email", "status", "grade", "max_grade", "feedback"):
        assert HEADERS[role]
