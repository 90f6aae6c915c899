"""The same pipeline against a real PostgreSQL gradebook (``--db postgresql://…``).

The server is the one in AUTOGRADER_TEST_POSTGRES_URL, or a throwaway one the fixture starts
(:mod:`tests.autograder.fixtures.postgres`); each test gets a database of its own and drops it.
"""
from __future__ import annotations

import pytest

from autograder.grading import outcomes
from autograder.grading.grade import default_limits, grade
from autograder.grading.kernels.sandbox import probe
from autograder.moodle_io.collect import collect
from tests.autograder.fixtures.course import ASSIGNMENT, notebook_bytes, release, source
from tests.autograder.fixtures.gradebook import auto_points
from tests.autograder.fixtures.moodle import download_zip, worksheet


def test_collect_and_grade_into_postgresql(course_root, postgres_db, tmp_path):
    zip_path = download_zip(tmp_path / "z.zip", {
        ("Núria Puig i Ferrer", "1001"): [(f"{ASSIGNMENT}.ipynb", notebook_bytes(source(course_root)))],
        ("Jordi D'Olot", "1002"): [(f"{ASSIGNMENT}.ipynb", notebook_bytes(release(course_root)))],
        ("Mª Àngels Camps", "1003"): [(f"{ASSIGNMENT}.ipynb", notebook_bytes(source(course_root)))],
    })
    sheet = tmp_path / "full.csv"
    sheet.write_bytes(worksheet([("1001", "Núria Puig i Ferrer", "nuria@exemple.cat", True),
                                 ("1002", "Jordi D'Olot", "jordi@exemple.cat", True),
                                 ("1003", "Mª Àngels Camps", "mangels@exemple.cat", True)]))
    collect(zip_path, ASSIGNMENT, course_root, sheet, db=postgres_db)
    limits = default_limits(course_root, cell_timeout=10, notebook_timeout=60)
    results = grade(ASSIGNMENT, course_root, db=postgres_db, workers=2, limits=limits, sandbox=probe())
    full = auto_points(source(course_root))   # every test's points (rubric answers wait for a person)
    assert {o.student: o.score for o in results} == {"p1001": full, "p1002": 0.0, "p1003": full}
    assert outcomes.load(course_root, ASSIGNMENT, "p1002").status == "ok"

    from nbgrader.api import Gradebook, MissingEntry
    with Gradebook(postgres_db, "xarxes-socials-ap") as gb:
        assert gb.find_submission(ASSIGNMENT, "p1001").score == full
        student = gb.find_student("p1003")
        assert (student.first_name, student.email, student.lms_user_id) == ("Mª Àngels", "mangels@exemple.cat",
                                                                            "1003")
    # Nothing went to the course's SQLite gradebook.
    with Gradebook(f"sqlite:///{course_root / 'gradebook.db'}", "xarxes-socials-ap") as gb:
        with pytest.raises(MissingEntry):
            gb.find_student("p1001")
