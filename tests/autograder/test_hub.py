"""JupyterHub links (nbgitpuller) and the learners' materials, generated from course.yml's settings."""
from __future__ import annotations

import csv
import io
import shutil
from dataclasses import replace
from urllib.parse import parse_qs, urlparse

from autograder.model import links
from autograder.model.course import ROOT, load_course
from autograder.publish import hub
from autograder.publish.release import available_assignments, release


def test_every_existing_notebook_has_a_launch_link():
    course = load_course()
    rows = links.hub_links(course)
    practice = [u for u in course.units if (ROOT / u.notebook).exists()]
    assert len(rows) == len(practice) + len(available_assignments())
    for row in rows:
        url = urlparse(row["enllac"])
        assert f"{url.scheme}://{url.netloc}" == course.hub["url"].rstrip("/")
        assert url.path == "/hub/user-redirect/git-pull"
        query = parse_qs(url.query)
        assert query["repo"] == [course.hub["repositori"]]
        assert query["branch"] == [course.hub["branca"]]
        assert query["urlpath"] == [f"lab/tree/{links.hub_folder(course.hub['repositori'])}/{row['cami']}"]


def test_links_csv_is_ready_for_moodle_url_resources():
    rows = list(csv.reader(io.StringIO(hub.links_csv())))
    assert rows[0] == ["Unitat", "Nom del recurs", "URL"]
    assert len(rows) - 1 == len(links.hub_links())
    assert all(r[2].startswith("https://") for r in rows[1:])


def test_no_hub_configured_means_no_links():
    course = replace(load_course(), hub={"url": ""})
    assert links.hub_links(course) == [] and hub.links_csv(course).strip() == "Unitat,Nom del recurs,URL"


def test_student_materials_have_no_solutions(tmp_path):
    shutil.copytree(ROOT / "exercises" / "source", tmp_path / "curs" / "source")
    release(course_root=tmp_path / "curs")
    dest = hub.student_materials(tmp_path / "alumnat", releases=tmp_path / "curs" / "release")
    for row in links.hub_links():
        assert (dest / row["cami"]).exists(), row["cami"]
    text = "".join(p.read_text(encoding="utf-8") for p in dest.rglob("*.ipynb"))
    assert "BEGIN SOLUTION" not in text and "HIDDEN TESTS" not in text
    assert (dest / "pla" / "__init__.py").exists()
