"""nbgrader's ``Execute`` step, with sandboxed kernels booted ahead, a per-notebook deadline and an output budget.

nbgrader builds its preprocessors itself, so the grading worker sets the module-level :data:`CONTEXT` (the kernel
pool and the limits) before calling ``autograde``; :data:`RUN` then tells the worker what happened to the notebook.
Everything that decides a score (restoring test cells, running the cells in order, saving grades) is nbgrader's own.
"""
from __future__ import annotations

import asyncio
import os
import sys
import threading
from dataclasses import dataclass, field

from jupyter_core.utils import ensure_async, run_sync
from nbclient.exceptions import DeadKernelError
from nbformat.v4 import new_output
from nbgrader.preprocessors import Execute

from autograder.grading.kernels.sandbox import Limits, Sandbox, SandboxKernelManager

TRUNCATED = "\n[S'ha tallat la sortida: el quadern ha superat el límit de {kb} kB de sortida.]\n"
KERNEL_STOPPED = "NucliAturat"   # the error name of the cells a dead kernel could not run


@dataclass
class RunReport:
    """What the last notebook did that nbgrader does not record."""

    notebook_timeout: bool = False
    output_truncated: bool = False
    kernel_died_in: str | None = None   # the cell whose code stopped the kernel

    def reset(self) -> None:
        self.notebook_timeout = self.output_truncated = False
        self.kernel_died_in = None


RUN = RunReport()


class KernelPool:
    """Where each notebook's kernel comes from; every kernel is used once.

    With ``fork`` (and the sandbox available), kernels are forked from a kernel template that has ipykernel and the
    course's libraries imported already (:mod:`autograder.grading.kernels.forked_kernels`): one at a time, nothing boots ahead, so
    no two learners' kernels ever share the template's sandbox. Otherwise each kernel is a fresh sandboxed process,
    and one boots ahead while the previous notebook runs (also with the environment variable ``AUTOGRADER_NO_FORK``
    set, e.g. to compare)."""

    def __init__(self, sandbox: Sandbox, limits: Limits, ahead: bool = True, fork: bool = True):
        self.sandbox, self.limits, self.ahead = sandbox, limits, ahead
        self.fork = fork and sandbox.isolated and not os.environ.get("AUTOGRADER_NO_FORK")
        self._spare: SandboxKernelManager | None = None
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
        if spare is not None and spare.kernel_name == kernel_name and spare.has_kernel:
            return spare
        if spare is not None:
            _discard(spare)
        return self._new(kernel_name)

    async def refill(self, kernel_name: str, extra_arguments: list[str]) -> None:
        if self.ahead and not self.fork and self._spare is None:
            km = self._new(kernel_name)
            await km.start_kernel(extra_arguments=list(extra_arguments))
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


@dataclass
class Context:
    pool: KernelPool | None = None
    limits: Limits = field(default_factory=Limits)


CONTEXT = Context()


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
    """nbgrader's Execute, whose kernels come from :data:`CONTEXT`'s pool."""

    def create_kernel_manager(self):
        if CONTEXT.pool is None:
            return super().create_kernel_manager()
        kernel_name = self.kernel_name or self.nb.metadata.get("kernelspec", {}).get("name") or "python3"
        self.kernel_name = kernel_name
        self.km = CONTEXT.pool.take(kernel_name)
        return self.km

    async def async_start_new_kernel_client(self):
        kc = await super().async_start_new_kernel_client()
        if CONTEXT.pool is not None:
            # The next notebook's kernel boots while this one runs.
            await CONTEXT.pool.refill(self.kernel_name, self.extra_arguments)
        return kc

    start_new_kernel_client = run_sync(async_start_new_kernel_client)  # nbclient binds the sync one to its own

    def preprocess(self, nb, resources=None, km=None):
        RUN.reset()
        self._output_bytes = 0
        timer = threading.Timer(CONTEXT.limits.notebook_timeout, self._expire)
        timer.daemon = True
        timer.start()
        try:
            return super().preprocess(nb, resources, km)
        finally:
            timer.cancel()

    def preprocess_cell(self, cell, resources, index):
        """A kernel stopped by the learner's own code (os._exit(), os.kill(), the memory limit) does not lose the
        tests that already ran: that cell and every later test cell get an error, so they score 0, and nbgrader
        saves the grades as usual. A notebook stopped at its deadline still fails as a whole."""
        if RUN.kernel_died_in is not None:
            if cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("grade"):
                cell.outputs = [_error("no s'ha executat perquè el nucli de Python s'havia aturat abans")]
            return cell, resources
        try:
            return super().preprocess_cell(cell, resources, index)
        except DeadKernelError:
            if RUN.notebook_timeout:
                raise
            RUN.kernel_died_in = cell.metadata.get("nbgrader", {}).get("grade_id") or f"núm. {index + 1}"
            cell.outputs.append(_error("el nucli de Python s'ha aturat mentre s'executava aquesta cel·la"))
            return cell, resources

    def _expire(self) -> None:
        RUN.notebook_timeout = True
        km = self.km
        if km is not None and hasattr(km, "kill_now"):
            km.kill_now()

    def output(self, outs, msg, display_id, cell_index):
        budget = CONTEXT.limits.output_kb * 1024
        self._output_bytes = getattr(self, "_output_bytes", 0) + _size(msg.get("content", {}))
        if self._output_bytes <= budget:
            return super().output(outs, msg, display_id, cell_index)
        if not RUN.output_truncated:
            RUN.output_truncated = True
            outs.append(_stream(TRUNCATED.format(kb=CONTEXT.limits.output_kb)))
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
