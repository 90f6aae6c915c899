"""The browser edition's build: offline Pyodide, the pla wheel, the notebooks it serves, the book's links."""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import zipfile
from dataclasses import replace

import nbformat
import pytest

from autograder.model import links
from autograder.model.course import ROOT, load_course
from autograder.publish.lite import contents, pla_wheel, pyodide_dist

pytestmark = pytest.mark.xdist_group("navegador")


def _lock(site):
    return json.loads((site / "static/pyodide/pyodide-lock.json").read_text(encoding="utf-8"))["packages"]


def test_rule_sets_are_the_same_in_the_wheel_without_pyyaml(tmp_path):
    """In Pyodide there is no PyYAML: the wheel's JSON rule sets give exactly what the YAML ones give."""
    wheel = pla_wheel.build_wheel(tmp_path)
    zipfile.ZipFile(wheel).extractall(tmp_path / "pyodide")
    script = ("import sys, json; sys.modules['yaml'] = None; sys.path.insert(0, sys.argv[1]);"
              "import pla; from pla import conjunts_regles as c; assert c.yaml is None, 'yaml importat';"
              "print(json.dumps({n: pla.carrega_regles(n) for n in pla.conjunts_disponibles()}, sort_keys=True))")
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "pyodide")], capture_output=True,
                            text=True, check=False, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    import pla

    expected = {n: pla.carrega_regles(n) for n in pla.conjunts_disponibles()}
    assert set(expected) == {"generalitat", "ics", "municipi-petit"}
    assert json.loads(result.stdout) == json.loads(json.dumps(expected, sort_keys=True))


def test_wheel_is_reproducible_and_its_record_is_right(tmp_path):
    first = pla_wheel.build_wheel(tmp_path / "a")
    second = pla_wheel.build_wheel(tmp_path / "b")
    assert first.read_bytes() == second.read_bytes()
    zf = zipfile.ZipFile(first)
    names = set(zf.namelist())
    assert {"pla/__init__.py", "pla/comprova.py", "pla/regles/generalitat.json", "pla/dades/comptes.csv"} <= names
    assert not any("__pycache__" in n for n in names)
    record = zf.read("pla-1.0.0.dist-info/RECORD").decode().splitlines()
    assert {line.split(",")[0] for line in record} == names


@pytest.mark.parametrize("kind", ["quadern", "exercici"])
def test_open_link_follows_course_yml(kind):
    course = load_course()
    unit = course.unit(5)
    assert links.open_link(unit, kind).startswith(links.base_url(course) + "notebooks/index.html?path=")
    path = "notebooks/u05-pla-objectius.ipynb" if kind == "quadern" else "u05-pla-objectius.ipynb"
    assert links.open_link(unit, kind).endswith("?path=" + path)
    published = replace(course, browser={"url": "https://formacio.exemple.cat/nav"})
    assert links.open_link(unit, kind, published) == f"https://formacio.exemple.cat/nav/notebooks/index.html?path={path}"
    with pytest.raises(ValueError):
        links.site_path(course.unit(0), "exercici")


def test_missing_wheels_get_a_clear_catalan_message(tmp_path):
    with pytest.raises(pyodide_dist.PyodideDistError, match="make setup"):
        pyodide_dist.pinned_wheels(tmp_path)


def test_pyodide_is_served_by_the_site_with_a_rewritten_lock(lite_site):
    site, report = lite_site
    pyodide = site / "static/pyodide"
    config = json.loads((site / "jupyter-lite.json").read_text(encoding="utf-8"))["jupyter-config-data"]
    kernel = config["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    assert kernel["pyodideUrl"] == "./static/pyodide/pyodide.mjs"
    assert kernel["disablePyPIFallback"] is True
    for name in pyodide_dist.CORE_FILES:
        assert (pyodide / name).stat().st_size > 0
    lock = _lock(site)
    bundled = set(report["pyodide"]["bundled"])
    # The kernel's start-up packages, the kit and the widgets are all in the site, with their own sha256.
    assert {"micropip", "packaging", "ipython", "traitlets", "jedi", "comm", "ipywidgets", "pla"} <= bundled
    for name in bundled:
        entry = lock[name]
        wheel = pyodide / entry["file_name"]
        assert "://" not in entry["file_name"] and wheel.exists(), name
        assert hashlib.sha256(wheel.read_bytes()).hexdigest() == entry["sha256"], name
    assert lock["pla"]["imports"] == ["pla"] and lock["ipywidgets"]["imports"] == ["ipywidgets"]
    # Everything else (compiled for WebAssembly, on no registry) keeps Pyodide's public distribution.
    others = [e for n, e in lock.items() if n not in bundled]
    assert others and all(e["file_name"].startswith("https://") for e in others)
    assert "matplotlib" in {e["name"] for e in others}


def test_graded_exercises_need_nothing_from_outside_the_site(lite_site):
    site, _ = lite_site
    lock = _lock(site)
    bundled = set(lite_site[1]["pyodide"]["bundled"])
    served = {"pyodide", "js", "micropip"} | {m for n in bundled for m in lock[n]["imports"]}
    course = load_course()
    checked = 0
    for unit in course.graded_units:
        path = site / "files" / links.site_path(unit, "exercici")
        if not (ROOT / unit.source_notebook).exists():
            continue
        nb = nbformat.read(path, as_version=4)
        assert contents.missing_modules(nb, served) == [], unit.name
        assert "matplotlib" not in contents.imported_modules(nb)
        checked += 1
    assert checked == len([u for u in course.graded_units if (ROOT / u.source_notebook).exists()]) > 0


def test_site_has_every_notebook_of_course_yml_and_notes_where_charts_need_internet(lite_site):
    site, report = lite_site
    course = load_course()
    expected = {str(links.site_path(u, k)) for u in course.units for k in ("quadern", "exercici")
                if (k == "quadern" or u.graded) and links.has_notebook(u, k)}
    assert set(report["notebooks"]) == expected
    for path in expected:
        nb = nbformat.read(site / "files" / path, as_version=4)
        notes = [c for c in nb.cells if c.get("id") == contents.NOTE_ID]
        if "matplotlib" in contents.imported_modules(nb):
            assert path.startswith("notebooks/") and len(notes) == 1, path
            assert "internet" in notes[0].source and "`matplotlib`" in notes[0].source
        else:
            assert notes == [], path


def test_interface_is_catalan_without_teacher_tools_or_news(lite_site):
    site, _ = lite_site
    config = json.loads((site / "jupyter-lite.json").read_text(encoding="utf-8"))["jupyter-config-data"]
    assert "@jupyter/nbgrader" in config["disabledExtensions"]
    assert "@jupyterlab/apputils-extension:announcements" in config["disabledExtensions"]
    overrides = json.loads((site / "overrides.json").read_text(encoding="utf-8"))
    assert overrides["@jupyterlab/translation-extension:plugin"]["locale"] == "ca_ES"
    languages = json.loads((site / "api/translations/all.json").read_text(encoding="utf-8"))["data"]
    assert "ca_ES" in languages
    catalogue = json.loads((site / "api/translations/ca_ES.json").read_text(encoding="utf-8"))["data"]
    # The course's translations fill what the pack lacks; the pack's own ones are kept.
    assert catalogue["jupyterlab"]["Run All Cells"] == ["Executa totes les cel·les"]
    assert catalogue["jupyterlab"]["Cut Cell"] == ["Retalla la cel·la", "Retalla les cel·les"]
    assert catalogue["jupyterlab"]["Restart Kernel…"] == ["Reiniciar el nucli…"]
    assert catalogue["notebook"]["Not Trusted"] == ["Sense confiança"]


def test_site_uses_relative_addresses_only(lite_site):
    """A static folder that works from any web server and under any sub-path."""
    site, _ = lite_site
    index = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="/' not in index and 'src="/' not in index
    config = json.loads((site / "jupyter-lite.json").read_text(encoding="utf-8"))["jupyter-config-data"]
    assert config["baseUrl"] == "./" and config["appUrl"].startswith("./")
