"""Each grading step records why a submission failed or needs a look (a code and a Catalan sentence); the worker
reads that record, never nbgrader's log. Proof: the same submissions get the same reasons when every word nbgrader
logs (and its traceback) is replaced by something else."""
from __future__ import annotations

import pytest

from autograder.grading import grade_worker, steps
from autograder.grading.grade import default_limits, ensure_assignment, nbgrader_api
from autograder.grading.kernels.sandbox import probe
from autograder.grading.preprocessors.execute import KernelPool, SandboxedExecute
from tests.autograder.fixtures.course import ASSIGNMENT, notebook_bytes, source
from tests.conftest import with_cells

SANDBOX = probe()
REWORDED = "Quelque chose s'est mal passé. DeadKernelError Inconsistent checksums SchemaTooOld database is locked"


def _corpus(root) -> dict[str, bytes]:
    src = source(root)
    old_schema = with_cells(src, {})
    cell = next(c for c in old_schema.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "test_collectius")
    cell.metadata["nbgrader"]["schema_version"] = 1
    answers = [c.metadata["nbgrader"]["grade_id"] for c in src.cells
               if c.metadata.get("nbgrader", {}).get("solution") and c.cell_type == "code"]
    return {
        "versio_antiga": notebook_bytes(old_schema),
        "bucle_a_tot": notebook_bytes(with_cells(src, {g: "while True:\n    pass" for g in answers})),
        "nucli_aturat": notebook_bytes(with_cells(src, {"xarxes": "import os\nos._exit(3)"})),
        "buit": b"",
    }


def _reword(result: dict) -> dict:
    return {**result, **{key: REWORDED for key in ("log", "error") if key in result}}


@pytest.mark.parametrize("reworded", [False, True], ids=["log_original", "log_canviat"])
def test_reasons_come_from_the_steps_not_from_the_log(course_root, monkeypatch, reworded):
    if reworded:
        real = steps.capture_log
        monkeypatch.setattr(steps, "capture_log", lambda app: _reword(real(app)))
    for student, data in _corpus(course_root).items():
        folder = course_root / "submitted" / student / ASSIGNMENT
        folder.mkdir(parents=True)
        (folder / f"{ASSIGNMENT}.ipynb").write_bytes(data)
    limits = default_limits(course_root, cell_timeout=5, notebook_timeout=15)
    ensure_assignment(course_root, ASSIGNMENT)
    kernels = KernelPool(SANDBOX, limits)
    api = nbgrader_api(course_root, None, limits, kernels=kernels)
    try:
        got = {s: grade_worker.grade_one(api, course_root, ASSIGNMENT, s) for s in _corpus(course_root)}
    finally:
        kernels.close()
    assert (got["versio_antiga"].status, got["versio_antiga"].codes) == ("failed", ["schema_version"])
    assert got["versio_antiga"].reasons == ["El quadern té metadades d'nbgrader d'una versió diferent: cal revisar-lo "
                                            "a mà."]
    assert (got["bucle_a_tot"].status, got["bucle_a_tot"].codes) == ("failed", ["notebook_timeout"])
    assert "temps màxim per quadern (15 s)" in got["bucle_a_tot"].reasons[0]
    assert got["nucli_aturat"].status == "review" and got["nucli_aturat"].codes == ["kernel_stopped"], got["nucli_aturat"]
    assert "nucli de Python s'ha aturat a la cel·la «xarxes»" in got["nucli_aturat"].reasons[0]
    assert got["nucli_aturat"].score is not None and got["nucli_aturat"].score > 0
    assert (got["buit"].codes, got["buit"].reasons) == (["empty_file"], ["El fitxer lliurat és buit (0 bytes)."])


def test_limits_are_configuration_of_the_execution_step(course_root):
    limits = default_limits(course_root, notebook_timeout=42, memory_mb=1000, output_kb=77)
    api = nbgrader_api(course_root, None, limits, kernels=None)
    step = SandboxedExecute(config=api.config)
    assert step.limits == limits
    assert step.timeout == limits.cell_timeout == 20   # exercises/nbgrader_config.py: ExecutePreprocessor.timeout
    assert default_limits(course_root).notebook_timeout == 180 and default_limits(course_root).output_kb == 2048


def test_an_unknown_exception_gets_its_type_and_message_in_catalan():
    assert steps.classify(ValueError("x")) == steps.Reason(
        "nbgrader_error", "nbgrader no ha pogut corregir el quadern (ValueError: x): cal revisar-lo a mà.")
    from autograder.grading.kernels.prompt_client import KernelStartError
    assert steps.classify(KernelStartError("Kernel didn't respond in 60 seconds")) == steps.KERNEL_START
    from nbclient.exceptions import DeadKernelError

    assert steps.classify(DeadKernelError("text de qualsevol manera")) is steps.KERNEL_DIED
