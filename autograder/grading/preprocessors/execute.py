"""nbgrader's ``Execute`` step, with sandboxed kernels, a per-notebook deadline and an output budget.

The limits are configuration of the step, as nbgrader's own ``ExecutePreprocessor.timeout`` (the per-cell limit):
``SandboxedExecute.notebook_timeout``, ``memory_mb``, ``output_kb`` and ``file_mb``, set in
``exercises/nbgrader_config.py`` and by ``autograder corregeix`` through nbgrader's ``Config``. The kernels come from
the run's :class:`KernelPool` and what happened (deadline, kernel stopped, output cut, a cell stopped by a limit) goes
to the run's record (:mod:`autograder.grading.steps`), both found through the step's parents; nothing is kept in
module globals. Everything that decides a score (restoring test cells, running the cells in order, saving grades) is
nbgrader's own.
"""
from __future__ import annotations

import asyncio
import os
import sys
import threading

from jupyter_core.utils import ensure_async, run_sync
from nbclient.exceptions import DeadKernelError
from nbformat.v4 import new_output
from nbgrader.preprocessors import Execute
from traitlets import Integer

from autograder.grading.kernels.sandbox import Limits, Sandbox, SandboxKernelManager
from autograder.grading.steps import Reason, record_of, run_of
from pla.explica import NUCLI_ATURAT

TRUNCATED = "\n[S'ha tallat la sortida: el quadern ha superat el límit de {kb} kB de sortida.]\n"
KERNEL_STOPPED = NUCLI_ATURAT   # the error name of the cells a dead kernel could not run (pla.explica explains it)
# Errors a limit (or the learner's own exit) leaves in a cell: the notebook is graded, and flagged for review.
CELL_PROBLEMS = {
    "CellTimeoutError": ("cell_timeout", "la cel·la «{cell}» ha superat el temps màxim per cel·la (potser un bucle "
                                         "infinit)"),
    "KeyboardInterrupt": ("cell_interrupted", "la cel·la «{cell}» s'ha hagut d'interrompre (temps o sortida "
                                              "excessius)"),
    "SystemExit": ("cell_exit", "la cel·la «{cell}» crida sys.exit() o exit()"),
    "MemoryError": ("cell_memory", "la cel·la «{cell}» ha superat el límit de memòria"),
    "DeadKernelError": ("cell_kernel_died", "el nucli s'ha aturat a la cel·la «{cell}»"),
}


def notebook_timeout_reason(seconds: int) -> Reason:
    return Reason("notebook_timeout", f"Ha superat el temps màxim per quadern ({seconds} s) i s'ha aturat: "
                                      "probablement un bucle infinit o un càlcul massa llarg.")


def kernel_stopped_reason(cell: str) -> Reason:
    return Reason("kernel_stopped", f"el nucli de Python s'ha aturat a la cel·la «{cell}» per culpa del codi del "
                                    "quadern (per exemple, os._exit(), os.kill() o un excés de memòria): les proves "
                                    "que ja s'havien executat conserven els punts i les altres compten 0")


def output_cut_reason(kb: int) -> Reason:
    return Reason("output_truncated", f"la sortida del quadern ha superat {kb} kB i s'ha tallat")


class KernelPool:
    """Where each notebook's kernel comes from; every kernel is used once, and the next one boots ahead.

    With ``fork`` (and the sandbox available), kernels are forked from a kernel template that has ipykernel and the
    course's libraries imported already (:mod:`autograder.grading.kernels.forked_kernels`). The next fork boots only
    once the kernel before it is gone (while nbgrader saves that notebook's grades), so no two learners' kernels are
    ever alive together in the template's sandbox; the template refuses it too. Otherwise each kernel is a fresh
    sandboxed process, and one boots ahead while the previous notebook runs (also with the environment variable
    ``AUTOGRADER_NO_FORK`` set, e.g. to compare)."""

    def __init__(self, sandbox: Sandbox, limits: Limits, ahead: bool = True, fork: bool = True):
        self.sandbox, self.limits, self.ahead = sandbox, limits, ahead
        self.fork = fork and sandbox.isolated and not os.environ.get("AUTOGRADER_NO_FORK")
        self._spare: SandboxKernelManager | None = None
        self._current: SandboxKernelManager | None = None
        self._template = None

    def _new(self, kernel_name: str) -> SandboxKernelManager:
        template = self._template_for(kernel_name)
        if template is not None:
            from autograder.grading.kernels.forked_kernels import ForkedKernelManager

            return ForkedKernelManager(template, kernel_name=kernel_name)
        return SandboxKernelManager(self.sandbox, self.limits, kernel_name=kernel_name)

    def _template_for(self, kernel_name: str):
        """The live template when this kernel can be forked from it (a Python kernel of this environment)."""
        if not self.fork:
            return None
        from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

        from autograder.grading.kernels.forked_kernels import KernelTemplate, TemplateError

        try:
            argv = KernelSpecManager().get_kernel_spec(kernel_name).argv
        except NoSuchKernel:
            return None
        python = argv[0] if argv else ""
        if python in {"python", f"python{sys.version_info[0]}", "python{}.{}".format(*sys.version_info[:2])}:
            python = sys.executable   # as jupyter_client's format_kernel_cmd does
        if argv[1:3] != ["-m", "ipykernel_launcher"] or os.path.realpath(python) != os.path.realpath(sys.executable):
            return None
        if self._template is not None and not self._template.alive:
            self._template.close()
            self._template = None
        if self._template is None:
            try:
                self._template = KernelTemplate(self.sandbox, self.limits, log=sys.stderr)
            except TemplateError as exc:
                print(f"No es pot fer servir la plantilla de nuclis ({exc}): cada quadern tindrà un nucli nou.",
                      file=sys.stderr)
                self.fork = False
                return None
        return self._template

    @property
    def forking(self) -> bool:
        return self.fork

    def take(self, kernel_name: str) -> SandboxKernelManager:
        spare, self._spare = self._spare, None
        if spare is not None and (spare.kernel_name != kernel_name or not spare.has_kernel):
            _discard(spare)
            spare = None
        self._current = spare or self._new(kernel_name)
        return self._current

    async def refill(self, kernel_name: str, extra_arguments: list[str]) -> None:
        """Boot the next notebook's kernel now, if it may: a fork only when the kernel it follows is gone."""
        if not self.ahead or self._spare is not None:
            return
        if self.fork and self._current is not None and self._current.has_kernel:
            return
        km = None
        try:
            km = self._new(kernel_name)
            await km.start_kernel(extra_arguments=list(extra_arguments))
        except Exception as exc:  # noqa: BLE001 (only a head start: the next notebook starts its kernel itself)
            print(f"No s'ha pogut engegar per endavant el nucli del quadern següent ({exc}): s'engegarà quan calgui.",
                  file=sys.stderr)
            if km is not None:
                _discard(km)
            return
        self._spare = km

    def close(self) -> None:
        if self._spare is not None:
            _discard(self._spare)
            self._spare = None
        if self._template is not None:
            self._template.close()
            self._template = None


def _discard(km: SandboxKernelManager) -> None:
    km.kill_now()
    import shutil

    shutil.rmtree(km.scratch, ignore_errors=True)


class RecordingExecute(Execute):
    """nbgrader's Execute that never lets a failed cell look passed.

    nbgrader grades a test cell by its outputs: no ``error`` output means full marks. A learner's code can silence
    errors (``get_ipython().set_custom_exc((Exception,), lambda *a, **k: None)``: IPython then sends no error output,
    see ipython/ipython#12378), but the kernel still answers that the cell failed. Then this adds the error output the
    kernel did not send, with the name and message from its reply. Used by ``nbgrader autograde`` (see
    ``exercises/nbgrader_config.py``) and by ``autograder corregeix``.
    """

    async def _check_raise_for_error(self, cell, cell_index, exec_reply):
        content = (exec_reply or {}).get("content", {})
        if content.get("status") == "error" and not any(o.get("output_type") == "error" for o in cell.outputs):
            name, value = content.get("ename", "Error"), content.get("evalue", "")
            cell.outputs.append(new_output("error", ename=name, evalue=value, traceback=[f"{name}: {value}"]))
        return await super()._check_raise_for_error(cell, cell_index, exec_reply)


class SandboxedExecute(RecordingExecute):
    """nbgrader's Execute, with the run's sandboxed kernels and the limits as configuration."""

    notebook_timeout = Integer(Limits.notebook_timeout, help="Temps màxim per quadern, en segons: en acabar, "
                               "s'atura el nucli i el quadern no es corregeix.").tag(config=True)
    memory_mb = Integer(Limits.memory_mb, help="Memòria màxima del nucli, en MB.").tag(config=True)
    output_kb = Integer(Limits.output_kb, help="Sortida màxima que es desa per quadern, en kB; la resta es talla i "
                        "s'interromp la cel·la.").tag(config=True)
    file_mb = Integer(Limits.file_mb, help="Mida màxima d'un fitxer escrit pel quadern, en MB.").tag(config=True)

    @property
    def limits(self) -> Limits:
        """The limits this step is configured with (the per-cell one is nbgrader's ``timeout``)."""
        return Limits(cell_timeout=self.timeout, notebook_timeout=self.notebook_timeout, memory_mb=self.memory_mb,
                      output_kb=self.output_kb, file_mb=self.file_mb)

    def _pool(self) -> KernelPool | None:
        run = run_of(self)
        return getattr(run, "kernels", None)

    def create_kernel_manager(self):
        pool = self._pool()
        if pool is None:
            return super().create_kernel_manager()
        kernel_name = self.kernel_name or self.nb.metadata.get("kernelspec", {}).get("name") or "python3"
        self.kernel_name = kernel_name
        self.km = pool.take(kernel_name)
        return self.km

    async def async_start_new_kernel_client(self):
        kc = await super().async_start_new_kernel_client()
        await self._boot_next()   # a fresh sandbox can boot while this notebook runs
        return kc

    start_new_kernel_client = run_sync(async_start_new_kernel_client)  # nbclient binds the sync one to its own

    def preprocess(self, nb, resources=None, km=None):
        self._record = record_of(self)
        self._expired = self._output_cut = False
        self._kernel_died_in: str | None = None
        self._output_bytes = 0
        timer = threading.Timer(self.notebook_timeout, self._expire)
        timer.daemon = True
        timer.start()
        try:
            return super().preprocess(nb, resources, km)
        except Exception:
            if self._expired:
                self._record.fail(notebook_timeout_reason(self.notebook_timeout))
            raise
        finally:
            timer.cancel()
            run_sync(self._boot_next)()   # this kernel is gone: a fork can boot while nbgrader saves the grades

    async def _boot_next(self) -> None:
        pool = self._pool()
        if pool is not None and self.kernel_name:
            await pool.refill(self.kernel_name, self.extra_arguments)

    def preprocess_cell(self, cell, resources, index):
        """A kernel stopped by the learner's own code (os._exit(), os.kill(), the memory limit) does not lose the
        tests that already ran: that cell and every later test cell get an error, so they score 0, and nbgrader
        saves the grades as usual. A notebook stopped at its deadline still fails as a whole."""
        name = cell.metadata.get("nbgrader", {}).get("grade_id") or f"núm. {index + 1}"
        if self._kernel_died_in is not None:
            if cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("grade"):
                cell.outputs = [_error("no s'ha executat perquè el nucli de Python s'havia aturat abans")]
            return cell, resources
        try:
            cell, resources = super().preprocess_cell(cell, resources, index)
        except DeadKernelError:
            if self._expired:
                raise
            self._kernel_died_in = name
            cell.outputs.append(_error("el nucli de Python s'ha aturat mentre s'executava aquesta cel·la"))
            self._record.note(kernel_stopped_reason(name))
            return cell, resources
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error" and output.get("ename") in CELL_PROBLEMS:
                code, text = CELL_PROBLEMS[output["ename"]]
                self._record.note(Reason(code, text.format(cell=name)))
        return cell, resources

    def _expire(self) -> None:
        self._expired = True
        km = self.km
        if km is not None and hasattr(km, "kill_now"):
            km.kill_now()

    def output(self, outs, msg, display_id, cell_index):
        budget = self.output_kb * 1024
        self._output_bytes = getattr(self, "_output_bytes", 0) + _size(msg.get("content", {}))
        if self._output_bytes <= budget:
            return super().output(outs, msg, display_id, cell_index)
        if not self._output_cut:
            self._output_cut = True
            self._record.note(output_cut_reason(self.output_kb))
            outs.append(_stream(TRUNCATED.format(kb=self.output_kb)))
            if self.km is not None:
                # Stop the flood now rather than at the cell's timeout.
                asyncio.ensure_future(ensure_async(self.km.interrupt_kernel()))
        return None


def _size(content: dict) -> int:
    size = len(content.get("text", "")) + len(content.get("evalue", ""))
    size += sum(len(line) for line in content.get("traceback", []))
    for value in (content.get("data") or {}).values():
        size += len(value) if isinstance(value, str) else len(str(value))
    return size


def _error(message: str):
    return new_output("error", ename=KERNEL_STOPPED, evalue=message, traceback=[f"{KERNEL_STOPPED}: {message}"])


def _stream(text: str):
    return new_output("stream", name="stderr", text=text)


def autograde_preprocessors(execute: type = SandboxedExecute, faster: bool = True) -> list:
    """nbgrader's own ``Autograde.autograde_preprocessors``, with ``execute`` in place of its Execute and (``faster``,
    for ``autograder corregeix``) the metadata check with a compiled schema (:mod:`autograder.grading.preprocessors.cell_metadata`).
    Plain ``nbgrader autograde`` keeps nbgrader's own check: it is the benchmark's baseline."""
    from nbgrader.converters import Autograde

    default = Autograde.class_traits()["autograde_preprocessors"].default()
    swapped = [execute if pp is Execute else pp for pp in default]
    return [_faster(pp) for pp in swapped] if faster else swapped


def sanitize_preprocessors(configured: list | None) -> list:
    """The course's ``Autograde.sanitize_preprocessors`` (nbgrader's when not configured), with the metadata check
    that compiles its schema once."""
    from nbgrader.converters import Autograde

    return [_faster(pp) for pp in configured or Autograde.class_traits()["sanitize_preprocessors"].default()]


def _faster(preprocessor):
    from nbgrader.preprocessors import CheckCellMetadata

    from autograder.grading.preprocessors import cell_metadata

    return cell_metadata.CheckCellMetadata if preprocessor is CheckCellMetadata else preprocessor
