"""The learner's own plan across units, in real kernels: units 9 to 11, answered, save their pieces to the plan file;
unit 12's answer cell then fills itself with them (the payload JupyterLab applies) and the result passes the
unit's tests. Nothing here is graded: grading never reads the file (see tests/pla/test_el_meu_pla.py)."""
from __future__ import annotations

import json
import os

from jupyter_client.manager import start_new_kernel

from tests.pla.test_el_meu_pla import execute

EARLIER = ("u09-guia-estil", "u10-guia-interaccio", "u11-situacions-especials")
CAPSTONE = "u12-organitzacions-petites"


class Kernel:
    def __init__(self, cwd, env):
        self.manager, self.client = start_new_kernel(kernel_name="python3", cwd=str(cwd), env=env)

    def run(self, code: str, cell_id: str | None = None) -> dict:
        reply, outputs = execute(self.client, code, cell_id)
        reply["outputs"] = outputs
        return reply

    def close(self):
        self.client.stop_channels()
        self.manager.shutdown_kernel(now=True)


def _grade_id(cell) -> str:
    return cell.metadata.get("nbgrader", {}).get("grade_id") or ""


def _code_cells(notebook):
    return [c for c in notebook.cells if c.cell_type == "code" and not _grade_id(c).endswith("_comprova")]


def test_unit_12_assembles_the_plan_saved_by_earlier_units(grading_course, tmp_path):
    fitxer = tmp_path / "el-meu-pla.json"
    env = {k: v for k, v in os.environ.items() if k not in ("NBGRADER_EXECUTION", "CURS_AUTOCOMPROVACIO")}
    env["PLA_FITXER"] = str(fitxer)
    for assignment in EARLIER:
        kernel = Kernel(tmp_path, env)
        try:
            replies = [kernel.run(c.source) for c in _code_cells(grading_course.learner_copy(assignment))]
        finally:
            kernel.close()
        assert all(r["content"]["status"] == "ok" for r in replies), assignment
    desat = json.loads(fitxer.read_text(encoding="utf-8"))
    assert {"normes_estil", "normes_accessibilitat", "protocol_resposta", "normes_moderacio", "normes_us_personal",
            "normes_crisi", "normes_periode_electoral"} <= set(desat["components"])

    release = grading_course.release(CAPSTONE)
    kernel = Kernel(tmp_path, env)
    try:
        for cell in _code_cells(release):
            reply = kernel.run(cell.source, cell_id=cell.get("id"))
            if _grade_id(cell) == "el_meu_pla":
                break
        assert reply["content"]["status"] == "ok"
        [payload] = reply["content"]["payload"]
        assert payload["source"] == "set_next_input" and payload["replace"] is True
        assert kernel.run(payload["text"])["content"]["status"] == "ok"
        wanted = ("test_el_meu_pla", "test_la_meva_guia")
        tests = {_grade_id(c): c.source for c in release.cells if _grade_id(c) in wanted}
        for grade_id, source in tests.items():
            reply = kernel.run(source)
            assert reply["content"]["status"] == "ok", (grade_id, reply["content"].get("evalue"))
        reply = kernel.run("print(la_meva_guia['normes']['estil'][0])\n"
                           "print(la_meva_guia['protocol_resposta']['temps_maxim_hores'])")
    finally:
        kernel.close()
    printed = "".join(m["content"].get("text", "") for m in reply["outputs"] if m["msg_type"] == "stream")
    assert printed.splitlines() == [desat["components"]["normes_estil"][0],
                                    str(desat["components"]["protocol_resposta"]["temps_maxim_hores"])]
