"""dist/alumnat on a hub: installing only its requirements file in a fresh virtual environment is enough to run an
exercise and its self-check cell («Comprova la teva feina»)."""
from __future__ import annotations

import json
import subprocess
import venv

import nbformat
import pytest
from nbclient import NotebookClient

from autograder.model.course import ROOT, load_course
from autograder.publish import hub
from pla.comprova_fitxer import kernel_config

pytestmark = pytest.mark.xdist_group("navegador")


def _first_exercise():
    return next(u for u in load_course().graded_units if (ROOT / u.source_notebook).exists())


@pytest.fixture(scope="module")
def hub_env(tmp_path_factory, grading_course):
    """(materials folder, python of a fresh venv with only dist/alumnat's requirements installed)."""
    tmp = tmp_path_factory.mktemp("hub")
    dest = hub.student_materials(tmp / "alumnat", releases=grading_course.root / "release")
    venv.EnvBuilder(with_pip=True).create(tmp / "venv")
    python = tmp / "venv" / "bin" / "python"
    result = subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                             "-r", "requirements.txt"], cwd=dest, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-4000:]
    return dest, python


def test_requirements_pin_the_course_versions_and_leave_trainer_tools_out(hub_env):
    dest, python = hub_env
    listed = subprocess.run([str(python), "-m", "pip", "list", "--format=json"], capture_output=True, text=True,
                            check=True)
    installed = {p["name"].lower(): p["version"] for p in json.loads(listed.stdout)}
    pins = dict(line.split("==") for line in (ROOT / "requirements.txt").read_text().splitlines()
                if "==" in line and not line.startswith("#"))
    for name in ("ipykernel", "ipywidgets", "matplotlib", "pyyaml", "python-docx", "ipython"):
        wanted = next(v for k, v in pins.items() if k.lower() == name)
        assert installed[name] == wanted, name
    assert installed["pla"] == "1.0.0"
    for trainer_tool in ("nbgrader", "jupyter-book", "curs-xarxes-socials-ap", "nbclient"):
        assert trainer_tool not in installed
    probe = subprocess.run([str(python), "-c", "import pla.comprova, pla.nucli; import autograder"],
                           capture_output=True, text=True, check=False, cwd=dest.parent)
    assert "No module named 'autograder'" in probe.stderr


def test_exercise_check_cell_runs_on_the_hub_kernel(hub_env, grading_course, tmp_path, monkeypatch):
    """The learner's exercise with the reference answers, run in a kernel of that venv: the check cell says every
    task is correct (in Catalan), as it would on a JupyterHub."""
    dest, python = hub_env
    unit = _first_exercise()
    spec = tmp_path / "jupyter" / "kernels" / "alumnat"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [str(python), "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python (JupyterHub)", "language": "python"}), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    monkeypatch.delenv("CURS_AUTOCOMPROVACIO", raising=False)
    folder = dest / "exercicis" / unit.name
    nb = grading_course.learner_copy(unit.assignment)
    nbformat.write(nb, folder / f"{unit.name}.ipynb")
    NotebookClient(nb, timeout=120, kernel_name="alumnat", config=kernel_config(),
                   resources={"metadata": {"path": str(folder)}}).execute()
    check = [c for c in nb.cells if c.cell_type == "code" and "comprova()" in c.source]
    assert len(check) == 1
    text = "".join(o.get("text", "") for o in check[0].outputs if o.get("output_type") == "stream")
    assert text.startswith(f"Comprovació de {unit.name}"), text
    assert "Totes les proves visibles se superen" in text, text
    tasks = [line for line in text.splitlines() if line.startswith("- ")]
    assert tasks and all(": correcta (" in line for line in tasks), text
    assert "Traceback" not in text and "WARNING" not in text
