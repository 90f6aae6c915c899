"""Every expected failure of the trainers' command line ends with one Catalan message and status 1, no traceback."""
from __future__ import annotations

import pytest

from autograder.cli import main
from autograder.errors import AutograderError
from autograder.grading.grade import GradeError
from autograder.grading.lock import LockError
from autograder.moodle_io.submissions import ZipError
from autograder.moodle_io.worksheet import WorksheetError
from autograder.publish.release import ReleaseError
from tests.autograder.fixtures.course import ASSIGNMENT


@pytest.mark.parametrize("command", ["retroaccio", "exporta", "informe", "corregeix", "valora"])
def test_an_unknown_exercise_is_named_with_the_list_of_exercises(command, capsys):
    assert main([command, "u99-no-existeix"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("No hi ha cap exercici «u99-no-existeix» al curs. Els exercicis són: u01-")
    assert "u05-pla-objectius" in err and "Traceback" not in err


def test_release_of_an_unknown_exercise_says_so(capsys):
    assert main(["release", "u99-no-existeix"]) == 1
    assert "No hi ha cap exercici «u99-no-existeix»" in capsys.readouterr().err


def test_a_folder_that_is_not_a_course_is_named(tmp_path, capsys):
    assert main(["informe", "u05-pla-objectius", "--curs", str(tmp_path)]) == 1
    assert capsys.readouterr().err.strip() == f"«{tmp_path}» no és la carpeta d'un curs nbgrader (no hi ha cap " \
                                              "carpeta source/)."


def test_a_missing_zip_gives_a_catalan_message(course_root, capsys):
    missing = course_root / "trameses.zip"
    assert main(["recull", ASSIGNMENT, str(missing), "--curs", str(course_root)]) == 1
    err = capsys.readouterr().err
    assert "trameses.zip" in err and "no existeix" in err and "Traceback" not in err


def test_a_file_that_is_not_a_zip_gives_a_catalan_message(course_root, capsys):
    (course_root / "trameses.zip").write_text("no és un zip", encoding="utf-8")
    assert main(["recull", ASSIGNMENT, str(course_root / "trameses.zip"), "--curs", str(course_root)]) == 1
    err = capsys.readouterr().err
    assert err and "Traceback" not in err and "zip" in err


def test_every_trainer_tool_error_shares_the_base_class():
    for error in (GradeError, LockError, ZipError, WorksheetError, ReleaseError):
        assert issubclass(error, AutograderError)


def test_a_file_the_system_refuses_says_what_to_do(monkeypatch, capsys):
    import errno

    from autograder import cli

    def refuse(args):
        raise PermissionError(errno.EACCES, "Permission denied", "/lms/u05/export")

    monkeypatch.setattr(cli, "_report", refuse)
    assert cli.main(["informe", ASSIGNMENT]) == 1
    assert capsys.readouterr().err.strip() == ("No s'ha pogut fer servir «/lms/u05/export»: no tens permís per llegir-lo "
                                               "o escriure-hi: tria una carpeta teva (per exemple, amb --desti).")
