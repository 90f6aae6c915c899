"""Kernels forked from a kernel template (:mod:`autograder.grading.kernels.kernel_template`) that lives inside the grading sandbox.

A fresh kernel costs a Python start and the imports of ipykernel and the course's libraries (about 2 s of CPU);
a fork of the template, which has them imported already, costs a few milliseconds and is just as pristine: the
template never runs learners' code and each kernel gets its own namespaces (see the template's docstring).

The seam is jupyter_client's: :class:`ForkedKernelManager` is a :class:`~autograder.grading.kernels.sandbox.SandboxKernelManager`
whose provisioner (:class:`ForkProvisioner`) asks the template for the kernel instead of starting a process.
nbgrader's Execute preprocessor talks to it through jupyter_client as to any other kernel.
"""
from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from jupyter_client.provisioning import LocalProvisioner

from autograder.errors import AutograderError
from autograder.grading.kernels.sandbox import Limits, Sandbox, SandboxKernelManager, copy_font_cache, kernel_env

START_TIMEOUT = 120  # seconds for the template's imports on a loaded machine


class TemplateError(AutograderError, RuntimeError):
    pass


class KernelTemplate:
    """The template process of one grading worker, with its sandbox, and the requests it answers."""

    def __init__(self, sandbox: Sandbox, limits: Limits, log=None):
        self.limits = limits
        self.root = Path(tempfile.mkdtemp(prefix="autograder-plantilla-"))
        for name in ("treball", "home/.matplotlib", "nuclis"):
            (self.root / name).mkdir(parents=True)
        copy_font_cache(self.root / "home" / ".matplotlib")
        cmd = sandbox.wrap([sys.executable, "-m", "autograder.grading.kernels.kernel_template"], limits=limits,
                           workdir=self.root / "treball", home=self.root / "home", rundir=self.root / "nuclis",
                           env=kernel_env())
        self.process = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=log if log is not None else subprocess.DEVNULL,
                                        text=True, encoding="utf-8", start_new_session=True)
        self._lock = threading.Lock()
        ready = self._read(START_TIMEOUT)
        if not ready.get("ready"):
            self.close()
            raise TemplateError(ready.get("problem") or "la plantilla de nuclis no s'ha pogut iniciar")

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def kernel_folder(self) -> Path:
        """A new folder for one kernel, visible inside the sandbox at the same path."""
        folder = Path(tempfile.mkdtemp(dir=self.root / "nuclis"))
        for name in ("treball", "home/.matplotlib", "run"):
            (folder / name).mkdir(parents=True)
        return folder

    def request(self, op: str, **args) -> dict:
        with self._lock:
            if not self.alive:
                raise TemplateError("la plantilla de nuclis s'ha aturat")
            self.process.stdin.write(json.dumps({"op": op, **args}) + "\n")
            self.process.stdin.flush()
            answer = self._read(60)
        if "error" in answer:
            raise TemplateError(answer["error"])
        return answer

    def _read(self, timeout: float) -> dict:
        import selectors

        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            if not selector.select(timeout):
                raise TemplateError(f"la plantilla de nuclis no ha respost en {timeout} s")
        line = self.process.stdout.readline()
        if not line:
            raise TemplateError("la plantilla de nuclis s'ha aturat")
        return json.loads(line)

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                self.process.stdin.close()
                self.process.wait(10)
            except (OSError, subprocess.TimeoutExpired):
                pass
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, 9)
            except OSError:
                self.process.kill()
            self.process.wait()
        shutil.rmtree(self.root, ignore_errors=True)


class ForkProvisioner(LocalProvisioner):
    """jupyter_client's local provisioner (connection file, ports), with the kernel forked by the template."""

    template: KernelTemplate | None = None
    kernel_pid: int | None = None
    exit_code: int | None = None

    @property
    def has_process(self) -> bool:
        return self.kernel_pid is not None

    async def launch_kernel(self, cmd: list[str], **kwargs):
        km = self.parent
        answer = self.template.request("start", argv=km.kernel_argv, folder=str(km.folder))
        self.kernel_pid, self.exit_code = answer["pid"], None
        self.pid = self.pgid = None
        return self.connection_info

    async def poll(self) -> int | None:
        if self.kernel_pid is None:
            return self.exit_code
        try:
            status = self.template.request("poll", pid=self.kernel_pid)["status"]
        except TemplateError:
            status = -9
        if status is not None:
            self.exit_code, self.kernel_pid = status, None
        return status

    async def wait(self) -> int | None:
        while await self.poll() is None:
            await asyncio.sleep(0.02)
        return self.exit_code

    async def send_signal(self, signum: int) -> None:
        if self.kernel_pid is not None:
            self.template.request("signal", pid=self.kernel_pid, signum=int(signum))

    async def kill(self, restart: bool = False) -> None:
        self.kill_now()

    async def terminate(self, restart: bool = False) -> None:
        self.kill_now()

    def kill_now(self) -> None:
        """End the kernel and every process it started (its PID namespace), now; safe from another thread."""
        pid = self.kernel_pid
        if pid is None:
            return
        try:
            self.exit_code = self.template.request("kill", pid=pid)["status"]
        except TemplateError:
            self.exit_code = -9
        self.kernel_pid = None


class ForkedKernelManager(SandboxKernelManager):
    """A sandboxed kernel manager whose kernel is a fork of ``template``; its folders live in the template's."""

    def __init__(self, template: KernelTemplate, **kwargs):
        self.template = template
        self.folder = template.kernel_folder()
        kwargs.setdefault("connection_file", str(self.folder / "run" / "kernel.json"))
        super().__init__(template_sandbox(), template.limits, folder=self.folder, **kwargs)
        self.kernel_argv: list[str] = []
        provisioner = ForkProvisioner(kernel_id=self.kernel_id or "", kernel_spec=self.kernel_spec, parent=self)
        provisioner.template = template
        self.provisioner = provisioner

    def format_kernel_cmd(self, extra_arguments: list[str] | None = None) -> list[str]:
        self.kernel_argv = super(SandboxKernelManager, self).format_kernel_cmd(extra_arguments)
        return self.kernel_argv

    async def interrupt_kernel(self) -> None:
        msg = self.session.msg("interrupt_request", content={})
        self._connect_control_socket()
        self.session.send(self._control_socket, msg)

    def kill_now(self) -> None:
        if isinstance(self.provisioner, ForkProvisioner):
            self.provisioner.kill_now()


def template_sandbox() -> Sandbox:
    """The sandbox of a forked kernel is its template's: the manager itself launches nothing."""
    return Sandbox("template")
