"""Rubric points end to end, through the trainer's commands: grading leaves them pending and says so, the report and
the export show what is pending and send no partial grade, the trainer grades them (interactively and with options)
into nbgrader's gradebook, and the feedback shows the rubric, the points and the comment."""
from __future__ import annotations

import csv
import io
import sys

import pytest

from autograder.cli import main
from autograder.grading import outcomes
from autograder.moodle_io.worksheet import normalise
from tests.autograder.fixtures.course import notebook_bytes, release, source
from tests.autograder.fixtures.moodle import download_zip, worksheet
from tests.conftest import with_cells

A = "u01-comunicacio-publica"
PEOPLE = [("2001", "Marta Soler", "marta.soler@exemple.cat", True),
          ("2002", "Joan Prat", "joan.prat@exemple.cat", True),
          ("2003", "Carme Riba", "carme.riba@exemple.cat", True)]


@pytest.fixture
def graded(course_root, tmp_path, capsys):
    """Three learners collected from Moodle and graded: full answers, one mistake, and the blank release."""
    mistake = with_cells(source(course_root, A), {"u01_avis": [("fins al 15 de maig", "aviat")]})
    zip_path = download_zip(tmp_path / "baixada.zip", {
        ("Marta Soler", "2001"): [(f"{A}.ipynb", notebook_bytes(source(course_root, A)))],
        ("Joan Prat", "2002"): [(f"{A}.ipynb", notebook_bytes(mistake))],
        ("Carme Riba", "2003"): [(f"{A}.ipynb", notebook_bytes(release(course_root, A)))],
    })
    sheet = tmp_path / "full.csv"
    sheet.write_bytes(worksheet(PEOPLE))
    root = str(course_root)
    assert main(["recull", A, str(zip_path), "--full", str(sheet), "--curs", root]) == 0
    capsys.readouterr()
    assert main(["corregeix", A, "--curs", root, "--treballadors", "2"]) == 0
    return course_root


def _export(root, dest) -> dict[str, tuple[str, str]]:
    assert main(["exporta", A, "--curs", str(root), "--desti", str(dest)]) == 0
    rows = list(csv.reader(io.StringIO((dest / f"{A}-full-qualificacions.csv").read_bytes().decode("utf-8-sig"))))
    header = [normalise(h) for h in rows[0]]
    grade, comment = header.index("qualificacio"), header.index("comentaris de retroaccio")
    return {r[0].split()[-1]: (r[grade], r[comment]) for r in rows[1:]}


def test_rubric_points_from_grading_to_moodle(graded, tmp_path, capsys, monkeypatch):
    root = str(graded)
    said = capsys.readouterr().out
    assert "Pendents de valorar amb la rúbrica: 2 respostes escrites de 2 lliuraments" in said
    assert f"autograder valora {A}" in said
    # A pending rubric cell is expected work, not a problem: the outcome is "ok" with the automatic score.
    found = {s: (o.status, o.score) for s, o in outcomes.load_all(graded, A).items()}
    assert found == {"p2001": ("ok", 8.0), "p2002": ("ok", 6.0), "p2003": ("ok", 0.0)}

    # Export: no partial grade goes to Moodle; the blank notebook has nothing pending and gets its 0.
    marks = _export(graded, tmp_path / "moodle")
    assert marks["2001"] == ("", "") and marks["2002"] == ("", "")
    assert marks["2003"][0] == "0.00"
    text = capsys.readouterr().out
    assert "Sense qualificació (pendent de valorar amb la rúbrica): Marta Soler: falten 2 punts" in text
    assert "Joan Prat: falten 2 punts" in text

    # The report lists what is pending; the feedback says the score is provisional and shows the rubric.
    report = tmp_path / "informe.html"
    assert main(["informe", A, "--curs", root, "--desti", str(report)]) == 0
    pending = report.read_text(encoding="utf-8").split('id="pendents"')[1].split('id="sense-lliurament"')[0]
    assert "Marta Soler" in pending and "Joan Prat" in pending and "Carme Riba" not in pending
    assert main(["retroaccio", A, "--curs", root]) == 0
    page = (graded / "lms" / A / "feedback" / "p2001.html").read_text(encoding="utf-8")
    assert "Puntuació provisional: <strong>8 de 10 punts</strong>" in page
    assert "pendent de valoració (2 punts)" in page
    assert "Explica què les fa una política pública" in page

    # The trainer grades Marta interactively and leaves Joan for later (an empty line).
    monkeypatch.setattr(sys, "stdin", io.StringIO("1\n0,5\nBon argument; concreta els recursos.\n\n"))
    capsys.readouterr()
    assert main(["valora", A, "--curs", root]) == 0
    session = capsys.readouterr().out
    assert "2 respostes pendents en 2 lliuraments" in session
    assert "Marta Soler: Tasca 4. Per què les xarxes són una política pública (2 punts)" in session
    assert "una oficina tanqués sense avisar" in session            # the learner's own text
    assert "1. Relaciona les xarxes amb la finalitat del servei públic" in session
    assert "col·laboració) (1 punt)\n" in session and "Punts del criteri 2 (de 0 a 1):" in session
    assert "Desat: 1,5 de 2 punts. Puntuació actual de Marta Soler: 9,5." in session
    assert "La deixes per a més tard" in session and "Encara pendents: 1." in session

    marks = _export(graded, tmp_path / "moodle2")
    assert marks["2001"][0] == "9.50" and "Puntuació: 9,5 de 10 punts" in marks["2001"][1]
    assert marks["2002"] == ("", "")

    # A score out of range is refused with a Catalan sentence; then Joan is graded without questions.
    assert main(["valora", A, "--curs", root, "--alumne", "p2002", "--cella", "u01_argument", "--punts", "3"]) == 1
    assert "ha de ser entre 0 i 2 punts" in capsys.readouterr().err
    assert main(["valora", A, "--curs", root, "--alumne", "p2002", "--cella", "u01_argument", "--punts", "2",
                 "--comentari", "Molt complet."]) == 0
    marks = _export(graded, tmp_path / "moodle3")
    assert marks["2002"][0] == "8.00"
    assert "pendent de valorar" not in capsys.readouterr().out

    # nbgrader's own gradebook holds the grades, as formgrader would have written them.
    from nbgrader.api import Gradebook
    with Gradebook(f"sqlite:///{graded / 'gradebook.db'}", "xarxes-socials-ap") as gb:
        grade = gb.find_grade("u01_argument", A, A, "p2001")
        assert (grade.manual_score, grade.needs_manual_grade) == (1.5, False)
        assert gb.find_submission(A, "p2001").score == 9.5
        assert "Bon argument" in gb.find_comment("u01_argument", A, A, "p2001").comment

    assert main(["retroaccio", A, "--curs", root]) == 0
    page = (graded / "lms" / A / "feedback" / "p2001.html").read_text(encoding="utf-8")
    assert "Puntuació: <strong>9,5 de 10 punts</strong>" in page
    assert "1,5 de 2 punts" in page and "Bon argument; concreta els recursos." in page
    assert "Relaciona les xarxes amb la finalitat del servei públic i amb algun pilar del govern obert " \
           "(transparència, participació o col·laboració): 1 de 1." in page
    report.unlink()
    assert main(["informe", A, "--curs", root, "--desti", str(report)]) == 0
    assert "No hi ha cap resposta pendent de valorar." in report.read_text(encoding="utf-8")


def test_nothing_pending_says_so(graded, capsys, monkeypatch):
    root = str(graded)
    for student in ("p2001", "p2002"):
        assert main(["valora", A, "--curs", root, "--alumne", student, "--cella", "u01_argument", "--punts", "1"]) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    capsys.readouterr()
    assert main(["valora", A, "--curs", root]) == 0
    assert "No queda res per valorar." in capsys.readouterr().out
    assert main(["valora", A, "--curs", root, "--alumne", "p9999", "--cella", "u01_argument", "--punts", "1"]) == 1
    assert "No hi ha cap lliurament corregit de «p9999»" in capsys.readouterr().err


def test_self_check_counts_rubric_answers_apart(grading_course, tmp_path):
    """The learner's self-check: a rubric answer is pending until written, then "done"; its points are the trainer's
    and are not part of the visible total; a syntax slip inside it is reported as an error of that task."""
    import nbformat

    from pla.comprova_fitxer import check

    released = grading_course.root / "release" / A / f"{A}.ipynb"
    path = tmp_path / f"{A}.ipynb"
    nbformat.write(grading_course.release(A), path)
    blank = check(path, released=released)
    task = next(t for t in blank.tasks if t.title.startswith("Tasca 4"))
    assert task.status == "pendent" and task.rubric_points == 2 and task.visible_points == 1
    assert "2 punts els valora l'equip formador." in blank.text()  # the self-check's and the feedback's words

    nbformat.write(grading_course.learner_copy(A), path)
    done = check(path, released=released)
    assert done.ok and done.problems == [], done.text()
    assert done.earned == done.visible_points == 7   # 8 automatic points, 1 of them in a hidden test

    broken = grading_course.learner_copy(A, {"u01_argument": 'argument = """Falten les cometes del final.'})
    nbformat.write(broken, path)
    report = check(path, released=released)
    task = next(t for t in report.tasks if t.title.startswith("Tasca 4"))
    # The learner reads Catalan, not Python's error names (pla.explica): the form test says «argument» is missing.
    assert task.status == "amb errors" and "Python no coneix «argument»" in report.text()
