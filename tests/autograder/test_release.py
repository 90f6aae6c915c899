"""The student versions and the zips a trainer attaches to each Moodle assignment: one per graded unit."""
from __future__ import annotations

import shutil
import zipfile

from autograder.model.course import ROOT, load_course
from autograder.publish.release import release, zip_all, zip_release


def test_every_graded_unit_has_its_moodle_zip_without_solutions(tmp_path):
    course = load_course()
    shutil.copytree(ROOT / "exercises" / "source", tmp_path / "curs" / "source")
    folders = release(course_root=tmp_path / "curs")
    assert [f.name for f in folders] == [u.assignment for u in course.graded_units]
    for folder in folders:
        target = zip_release(folder, tmp_path / "dist")
        with zipfile.ZipFile(target) as zf:
            assert f"{folder.name}/{folder.name}.ipynb" in zf.namelist()
            text = zf.read(f"{folder.name}/{folder.name}.ipynb").decode("utf-8")
        assert "BEGIN SOLUTION" not in text and "BEGIN HIDDEN TESTS" not in text
    with zipfile.ZipFile(zip_all(folders, tmp_path / "dist")) as zf:
        names = set(zf.namelist())
    assert {f"exercicis/{u.assignment}/{u.assignment}.ipynb" for u in course.graded_units} <= names
