"""A grading worker shares one SQLAlchemy engine per gradebook among nbgrader's many ``Gradebook`` openings."""
from __future__ import annotations

import nbgrader.api
from nbgrader.api import Gradebook

from autograder.grading.gradebook_engines import share_engines
from autograder.grading.nbgrader_course import ensure_tools_on_path


def test_gradebooks_opened_one_after_another_share_the_engine_and_see_each_others_writes(tmp_path, monkeypatch):
    monkeypatch.setattr(nbgrader.api, "create_engine", nbgrader.api.create_engine)   # undone after the test
    ensure_tools_on_path()   # a new gradebook runs alembic
    share_engines()
    share_engines()   # twice is once
    url = f"sqlite:///{tmp_path / 'gradebook.db'}"
    with Gradebook(url, "curs") as gb:
        first = gb.engine
        gb.add_student("alumne1", first_name="Núria")
    with Gradebook(url, "curs") as gb:
        assert gb.engine is first
        assert gb.find_student("alumne1").first_name == "Núria"   # written, committed and read back after dispose
    with Gradebook(f"sqlite:///{tmp_path / 'un-altre.db'}", "curs") as gb:
        assert gb.engine is not first
        assert gb.students == []
