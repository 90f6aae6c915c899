"""Issue #12.3 and #12.7: every learning outcome is produced or assessed, and the points come from the plan.

One test per unit, so that a failure names the unit whose exercise (or, for unit 0, whose self-assessment) leaves an
outcome with nothing, or whose cells lack the ``curs`` metadata the maps are made from.
"""
from __future__ import annotations

import textwrap

import pytest

from autograder.model.course import ROOT, load_course
from autograder.model.outcome_map import exercise_table, metadata_problems, outcome_map

UNITS = [u.number for u in load_course().units]
GRADED = [u.number for u in load_course().graded_units]


@pytest.mark.parametrize("number", UNITS)
def test_every_outcome_is_produced_or_assessed(number):
    empty = [f"{r.index}. {r.text}" for r in outcome_map() if r.unit.number == number and not r.covered]
    assert not empty, f"Unitat {number}: resultats d'aprenentatge sense cap tasca amb punts (o pregunta): {empty}"


@pytest.mark.parametrize("number", GRADED)
def test_points_cells_say_where_their_points_come_from(number):
    unit = load_course().unit(number)
    problems = [p for p in metadata_problems() if p.startswith(f"{unit.assignment},")]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("number", GRADED)
def test_points_come_from_the_plan_not_from_code(number):
    row = next(r for r in exercise_table() if r.unit.number == number)
    assert row.total == row.unit.points
    assert row.points.get("codi", 0) == 0, row.points
    assert row.plan_share >= 0.85, row.points


def test_a_missing_outcome_is_reported(tmp_path):
    """The map is computed, not assumed: a notebook whose cells claim no outcome leaves them uncovered."""
    import shutil

    import nbformat

    unit = load_course().unit(1)
    target = tmp_path / unit.source_notebook
    target.parent.mkdir(parents=True)
    nb = nbformat.read(ROOT / unit.source_notebook, as_version=4)
    for cell in nb.cells:
        if "curs" in cell.metadata:
            cell.metadata["curs"]["resultats"] = [1]
    nbformat.write(nb, target)
    shutil.copytree(ROOT / "book" / "preguntes", tmp_path / "book" / "preguntes")
    rows = [r for r in outcome_map(root=tmp_path) if r.unit.number == 1]
    assert [r.covered for r in rows] == [True, False, False, False]
    assert [r for r in outcome_map(root=tmp_path) if r.unit.number == 0 and not r.covered] == []


def test_book_directives_render_the_maps(tmp_path):
    """The trainers' guide tables, rendered by Sphinx with the book's own extension."""
    from sphinx.application import Sphinx

    src = tmp_path / "src"
    src.mkdir()
    (src / "conf.py").write_text(textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT / 'book' / '_ext')!r})
        extensions = ["mapes"]
        language = "ca"
    """), encoding="utf-8")
    (src / "index.rst").write_text("Mapes\n=====\n\n.. mapa-resultats::\n\n.. taula-exercicis::\n", encoding="utf-8")
    app = Sphinx(str(src), str(src), str(tmp_path / "out"), str(tmp_path / "doctrees"), "html",
                 status=None, warning=None, freshenv=True)
    app.build()
    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8").replace("\u2019", "'")  # smart quotes
    assert "Mapa dels resultats d'aprenentatge" in page
    assert "4. Argumentar per què les xarxes són una política pública i no una eina accessòria." in page
    assert "Tasca 4. Per què les xarxes són una política pública (rúbrica de l'equip formador, text; 3 punts)" in page
    assert "Autoavaluació: preguntes u00-q02, u00-q06, u00-q07" in page
    assert '<th class="head"><p>Rúbrica de l\'equip formador</p></th>' in page
    row = page.split("La comunicació a les Administracions públiques</p>", 1)[1].split("</tr>", 1)[0]
    cells = [c for c in row.replace("</p>", "<p>").split("<p>") if c.strip() and "<" not in c]
    assert cells[:4] == ["4", "4", "2", "0"] and cells[-2:] == ["10", "100 %"]   # data, text, rubric, code
