"""Unit 12's answer cell in a real JupyterLab, driven by Debian's Chromium through Playwright: run as released, it
replaces its own text with the plan and the guide that earlier units saved (``pla.escriu_el_meu_pla``), and run
again it defines them. This is what the kernel's ``set_next_input(…, replace=True)`` does only in the front end."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import nbformat
import pytest

from tests.chromium import ARGS, CHROMIUM

pytestmark = [pytest.mark.xdist_group("jupyterlab")]

TOKEN = "prova-el-meu-pla"
CELL = 'import pla\nif pla.escriu_el_meu_pla():\n    raise NotImplementedError("Tasca pendent: encara no l\'has feta.")'
NORMA = "Publiquem en català, amb un to proper i en primera persona del plural."


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def lab(tmp_path):
    """A JupyterLab on 127.0.0.1 whose kernels see a plan file with a piece saved by unit 9."""
    root, home = tmp_path / "quaderns", tmp_path / "casa"
    root.mkdir()
    settings = home / "user-settings" / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings"
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"windowingMode": "none"}), encoding="utf-8")
    # As in the learners' lab (pla/laboratori/overrides.json): no news toast that can take the focus mid-test.
    news = home / "user-settings" / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    news.parent.mkdir(parents=True)
    news.write_text(json.dumps({"checkForUpdates": False, "fetchNews": "false"}), encoding="utf-8")
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(CELL), nbformat.v4.new_code_cell(
        "print(la_meva_guia['normes']['estil'][0])")])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    nbformat.write(notebook, root / "u12.ipynb")
    fitxer = home / "el-meu-pla.json"
    env = {k: v for k, v in os.environ.items() if k not in ("NBGRADER_EXECUTION", "CURS_AUTOCOMPROVACIO")}
    env.update(PLA_FITXER=str(fitxer), JUPYTERLAB_SETTINGS_DIR=str(home / "user-settings"),
               JUPYTERLAB_WORKSPACES_DIR=str(home / "workspaces"), JUPYTER_RUNTIME_DIR=str(home / "runtime"))
    subprocess.run([sys.executable, "-c", f"import pla; pla.desa_al_meu_pla(9, normes_estil=[{NORMA!r}])"],
                   env=env, check=True, capture_output=True)
    port = _free_port()
    log = (home / "servidor.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", "--ServerApp.ip=127.0.0.1",
         f"--ServerApp.port={port}", f"--IdentityProvider.token={TOKEN}", f"--ServerApp.root_dir={root}"],
        env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status?token={TOKEN}", timeout=2)
                break
            except (OSError, urllib.error.URLError):
                if time.time() > deadline:
                    raise RuntimeError("JupyterLab no ha arrencat") from None
                time.sleep(0.3)
        yield f"http://127.0.0.1:{port}/lab/tree/u12.ipynb?token={TOKEN}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def _run(page, cell) -> None:
    """Run ``cell`` with Ctrl+Enter once its editor has the focus. Under load the key press can land before the
    focus does; only then (the prompt still says ``[ ]:``, so no request reached the kernel) is it pressed again."""
    from playwright.sync_api import expect

    prompt = cell.locator(".jp-InputPrompt")
    before = prompt.inner_text()
    for _ in range(3):
        cell.locator(".jp-InputArea-editor").click()
        expect(cell.locator(".cm-editor.cm-focused")).to_have_count(1, timeout=30_000)
        page.keyboard.press("Control+Enter")
        try:
            expect(prompt).not_to_have_text(before, timeout=15_000)
            return
        except AssertionError:
            if prompt.inner_text().strip() not in ("[ ]:", before.strip()):
                return


@pytest.mark.skipif(CHROMIUM is None, reason="cal el paquet chromium de Debian")
def test_the_answer_cell_fills_itself_in_jupyterlab(lab):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            page = browser.new_page()
            page.goto(lab)
            cells = page.locator(".jp-Notebook .jp-CodeCell")
            expect(cells).to_have_count(2, timeout=60_000)
            expect(page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']")).to_have_count(
                1, timeout=60_000)
            first = cells.nth(0)
            _run(page, first)
            expect(first.locator(".jp-OutputArea")).to_contain_text("Fet: la cel·la ara conté el teu pla",
                                                                     timeout=60_000)
            editor = first.locator(".jp-InputArea-editor")
            expect(editor).to_contain_text("el_meu_pla = {", timeout=30_000)
            expect(editor).not_to_contain_text("escriu_el_meu_pla")

            _run(page, first)  # the filled cell (CodeMirror only renders what is on screen), then the next one
            expect(first.locator(".jp-OutputArea")).not_to_contain_text("Fet:", timeout=60_000)
            _run(page, cells.nth(1))
            expect(cells.nth(1).locator(".jp-OutputArea")).to_contain_text(NORMA, timeout=60_000)
        finally:
            browser.close()
