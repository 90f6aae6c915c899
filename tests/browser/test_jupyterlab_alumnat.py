"""The learner's JupyterLab (``make alumnat``), as a learner meets it: Debian's Chromium driven by Playwright, on a
real JupyterLab served from 127.0.0.1 with real kernels.

A learner types the reference answers of an exercise through the interface, runs all the cells from the «Executa»
menu and reads the self-check without saving; another runs an untouched exercise and reads «encara no l'has feta»
everywhere. The interface is in Catalan and has none of nbgrader's teacher tools; the trainers' JupyterLab keeps them.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest

from autograder.publish.learner_cells import is_check_cell
from pla.laboratori import arguments
from pla.quadern import hidden_only
from tests.chromium import ARGS, CHROMIUM

pytestmark = [pytest.mark.xdist_group("jupyterlab")]

A = "u05-pla-objectius"
TOKEN = "prova-alumnat"
# Only for the test: no autosave (the self-check must work on what was never saved) and every cell rendered.
TEST_SETTINGS = {
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
}


CELLS = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell"
# The tasks of unit 5. Of its 10 points, the self-check can give 6: 2 depend on hidden tests and 2 are the trainers'
# rubric for the written justification (task 4), so they are only counted when grading.
TASQUES = ("Tasca 1. Els col·lectius destinataris", "Tasca 2. Els objectius SMART", "Tasca 3. Les xarxes del pla",
           "Tasca 4. La justificació escrita de la tria")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Lab:
    """A JupyterLab server on 127.0.0.1, stopped at the end."""

    def __init__(self, root: Path, home: Path, learner: bool):
        self.root, self.port = root, _free_port()
        settings = home / "user-settings"
        for name, value in TEST_SETTINGS.items():
            path = settings / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(value), encoding="utf-8")
        env = {**os.environ, "JUPYTERLAB_SETTINGS_DIR": str(settings),
               "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"), "JUPYTER_RUNTIME_DIR": str(home / "runtime")}
        for var in ("NBGRADER_EXECUTION", "CURS_AUTOCOMPROVACIO"):
            env.pop(var, None)
        options = ["--no-browser", "--allow-root", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={self.port}",
                   f"--IdentityProvider.token={TOKEN}", f"--ServerApp.root_dir={root}"]
        command = [sys.executable, "-m", "pla.laboratori", *options] if learner else \
            [sys.executable, "-m", "jupyterlab", *options]
        self.log = (home / "servidor.log").open("w")
        self.process = subprocess.Popen(command, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                urllib.request.urlopen(self.url("api/status"), timeout=2)
                return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("JupyterLab no ha arrencat")

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}/{path}?token={TOKEN}"

    def status(self, path: str) -> int:
        try:
            return urllib.request.urlopen(self.url(path), timeout=5).status
        except urllib.error.HTTPError as exc:
            return exc.code

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


@pytest.fixture(scope="module")
def exercise(grading_course, tmp_path_factory):
    """Two folders with the released exercise: one to answer, one left untouched."""
    root = tmp_path_factory.mktemp("alumnat")
    for folder in ("treball", "intacte"):
        (root / folder).mkdir()
        shutil.copy(grading_course.root / "release" / A / f"{A}.ipynb", root / folder / f"{A}.ipynb")
    return root


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def lab(exercise, tmp_path_factory):
    server = Lab(exercise, tmp_path_factory.mktemp("lab-alumnat"), learner=True)
    yield server
    server.stop()


def _open(browser, lab, path, cells: int = 1):
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="ca-ES")
    workspace = path.replace("/", "-").replace(".", "-")  # a workspace of its own: only this notebook is open
    page.goto(lab.url(f"lab/workspaces/{workspace}/tree/{path}"))
    page.wait_for_function(f"n => document.querySelectorAll('{CELLS}').length >= n", arg=cells, timeout=60000)
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60000)
    return page


def _run_all(page):
    page.locator(CELLS).first.click()  # the notebook is the current document
    page.locator(".lm-MenuBar-itemLabel", has_text="Executa").click()
    page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()


def _wait_for_check(page, code_cells: int):
    """Until every code cell has run (the self-check is the last one) and the kernel is idle again."""
    page.wait_for_function(
        "n => [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputPrompt')]"
        ".filter(p => /\\[\\d+\\]/.test(p.innerText)).length >= n", arg=code_cells, timeout=120000)
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60000)


def _check_index(nb) -> int:
    return next(i for i, c in enumerate(nb.cells) if is_check_cell(c))


def _outputs(page) -> list[str]:
    return page.eval_on_selector_all(CELLS, "cells => cells.map(c => "
                                     "(c.querySelector('.jp-OutputArea') || {innerText: ''}).innerText)")


def test_learner_types_the_answers_runs_all_and_the_unsaved_check_says_every_task_is_correct(
        browser, lab, exercise, grading_course):
    nb = grading_course.learner_copy(A)
    page = _open(browser, lab, f"treball/{A}.ipynb", len(nb.cells))
    cells = page.locator(CELLS)
    assert cells.count() == len(nb.cells)
    for index, cell in enumerate(nb.cells):
        if not cell.metadata.get("nbgrader", {}).get("solution"):
            continue
        editor = cells.nth(index).locator(".cm-content")
        editor.click()
        # The keys go where the focus is: under load it can reach the editor a moment after the click.
        cells.nth(index).locator(".cm-editor.cm-focused").wait_for(timeout=30_000)
        page.keyboard.press("Control+A")
        page.keyboard.press("Delete")
        page.keyboard.insert_text(cell.source)
    _run_all(page)
    _wait_for_check(page, sum(c.cell_type == "code" for c in nb.cells))
    check = _outputs(page)[_check_index(nb)]
    assert check.startswith(f"Comprovació de {A}.ipynb: 6 de 10 punts (4 punts es comproven en corregir)"), check
    for title in TASQUES:
        assert f"{title}: correcta" in check, check
    assert "Totes les proves visibles se superen" in check
    for english in ("WARNING", "Traceback", "Error"):
        assert english not in check
    # Nothing was saved: the file on disk is still the blank release.
    saved = nbformat.read(exercise / "treball" / f"{A}.ipynb", as_version=4)
    assert "NotImplementedError" in "".join(c.source for c in saved.cells)
    page.close()


def test_untouched_exercise_runs_every_cell_and_each_task_says_not_done(browser, lab, grading_course):
    nb = grading_course.release(A)
    page = _open(browser, lab, f"intacte/{A}.ipynb", len(nb.cells))
    _run_all(page)
    _wait_for_check(page, sum(c.cell_type == "code" for c in nb.cells))
    outputs = _outputs(page)
    said = 0
    for index, cell in enumerate(nb.cells):
        meta = cell.metadata.get("nbgrader", {})
        visible_test = meta.get("grade") and not meta.get("solution") and not hidden_only(cell.source)
        # Every visible test says so; an answer says so when it runs its «raise» (a function still to write only
        # raises when a test calls it).
        if cell.cell_type == "code" and (visible_test or (meta.get("solution") and outputs[index].strip())):
            assert "Encara no l'has feta" in outputs[index], (meta.get("grade_id"), outputs[index])
            assert "Traceback" not in outputs[index]
            said += 1
    assert said >= 6
    check = outputs[_check_index(nb)]
    assert check.count("encara no l'has feta") == len(TASQUES), check
    for title in TASQUES:
        assert f"{title}: encara no l'has feta" in check, check
    page.close()


def test_learner_interface_is_catalan_without_teacher_tools_or_news(browser, lab):
    page = _open(browser, lab, f"treball/{A}.ipynb")
    menus = page.eval_on_selector_all(".lm-MenuBar-itemLabel", "els => els.map(e => e.innerText.trim())")
    assert {"Fitxer", "Edita", "Visualitza", "Executa", "Ajuda"} <= set(menus), menus
    assert not any("nbgrader" in m.lower() for m in menus), menus
    toolbar = " ".join(page.locator(".jp-NotebookPanel-toolbar").all_inner_texts())
    assert "Validate" not in toolbar, toolbar
    sidebar = page.eval_on_selector_all(".lm-TabBar-tab", "els => els.map(e => e.title + ' ' + e.innerText)")
    assert not any("Assignment" in t or "nbgrader" in t.lower() for t in sidebar), sidebar
    page.wait_for_timeout(1500)
    toasts = page.locator(".Toastify__toast").all_inner_texts()
    assert not any("news" in t.lower() or "notícies" in t.lower() for t in toasts), toasts
    assert lab.status("formgrader") == 404
    page.close()


def test_trainers_jupyterlab_keeps_nbgrader(browser, exercise, tmp_path_factory):
    trainer = Lab(exercise, tmp_path_factory.mktemp("lab-formador"), learner=False)
    try:
        page = _open(browser, trainer, f"treball/{A}.ipynb")
        page.wait_for_function("() => [...document.querySelectorAll('.lm-MenuBar-itemLabel')]"
                               ".some(e => e.innerText.trim() === 'Nbgrader')", timeout=30000)
        page.wait_for_function("() => [...document.querySelectorAll('.jp-NotebookPanel-toolbar')]"
                               ".some(t => t.innerText.includes('Validate'))", timeout=30000)
        assert trainer.status("formgrader") in (200, 302)
        page.close()
    finally:
        trainer.stop()


def test_learner_configuration_only_changes_what_learners_see():
    args = arguments(["exercises/release"])
    assert args[-1] == "exercises/release"
    config = Path(args[0].split("=", 1)[1])
    page_config = json.loads((config / "page_config.json").read_text(encoding="utf-8"))
    assert page_config["disabledExtensions"] == {"@jupyter/nbgrader": True,
                                                  "@jupyterlab/apputils-extension:announcements": True}
    overrides = json.loads((config / "overrides.json").read_text(encoding="utf-8"))
    assert overrides["@jupyterlab/translation-extension:plugin"] == {"locale": "ca_ES"}
