"""A kernel template: runs inside the grading sandbox, imports ipykernel and the course's libraries once, and forks
a pristine kernel for each notebook.

Run as ``python -m autograder.grading.kernels.kernel_template`` inside :meth:`autograder.grading.kernels.sandbox.Sandbox.wrap` (so its rlimits and
bubblewrap's isolation hold for every kernel). It never runs a learner's code itself. Each kernel is a fork of it in
new user, mount, PID and IPC namespaces: its own empty ``/tmp`` and ``/dev/shm``, its own working folder and home,
no capabilities, and every process it starts dies with it. So a module attribute, a monkeypatched ``pla`` function,
an environment variable, a thread, a file or a background process left by one notebook cannot reach the next one.

Protocol (JSON lines on stdin/stdout, one answer per request; the kernel is named by its process id here):

* ``{"op": "start", "argv": [...], "folder": "/…"}`` → ``{"pid": n}``. ``argv`` is the kernel's command line
  (``python -m ipykernel_launcher -f …``); ``folder`` holds the kernel's ``treball/``, ``home/`` and ``run/``.
  While the previous kernel is alive the answer is ``{"error": …}``: one kernel at a time.
* ``{"op": "poll", "pid": n}`` → ``{"status": null}`` while it runs, else its exit code.
* ``{"op": "kill", "pid": n}`` → ``{"status": code}`` once the kernel and all its processes are gone.
* ``{"op": "signal", "pid": n, "signum": s}`` → ``{"status": null}`` (SIGINT reaches the kernel's main process).
"""
from __future__ import annotations

import ctypes
import gc
import json
import os
import signal
import sys
import time

# The course's libraries and what every kernel imports at start-up (ipykernel, IPython, matplotlib's inline
# backend); learners' notebooks import ``pla``.
PRELOAD = ("ipykernel.kernelapp", "ipykernel.ipkernel", "ipykernel.zmqshell", "ipykernel.debugger",
           "ipykernel_launcher", "IPython.core.completer", "IPython.core.completerlib", "IPython.core.debugger",
           "IPython.core.oinspect", "IPython.extensions.storemagic", "pdb", "jedi", "tornado.platform.asyncio",
           "matplotlib_inline.backend_inline", "matplotlib.pyplot", "numpy",
           # What a kernel imports as it boots (IPython's history and logger, the reseeding below, the lookup of
           # the local addresses) …
           "numpy.random", "sqlite3", "IPython.core.logger", "faulthandler", "runpy", "secrets", "psutil",
           "jupyter_client.localinterfaces",
           # … and the course's modules the notebooks use, the self-check included.
           "pla", "pla.dades", "pla.grafics", "pla.comprova", "pla.quadern", "calendar", "copy", "datetime", "re",
           # What IPython imports to show the first error of a kernel (most graded notebooks have one).
           "IPython.core.ultratb", "stack_data", "executing", "pure_eval", "asttokens", "bdb",
           "pygments.lexers.python", "pygments.formatters.terminal256")
SANDBOX_WORKDIR, SANDBOX_HOME = "/treball", "/home/alumne"

CLONE_NEWNS, CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWIPC = 0x00020000, 0x10000000, 0x20000000, 0x08000000
MS_BIND, MS_NOSUID, MS_NODEV = 0x1000, 0x2, 0x4
PR_SET_PDEATHSIG = 1
_LINUX_CAPABILITY_VERSION_3 = 0x20080522

_libc = ctypes.CDLL(None, use_errno=True)


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


def _check(result: int, what: str) -> None:
    if result != 0:
        code = ctypes.get_errno()
        raise OSError(code, f"{what}: {os.strerror(code)}")


def _mount(source: str | None, target: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    _check(_libc.mount(_bytes(source), _bytes(target), _bytes(fstype), flags, _bytes(data)), f"mount {target}")


def _bytes(text: str | None) -> bytes | None:
    return text.encode() if text is not None else None


def _drop_capabilities() -> None:
    header = _CapHeader(_LINUX_CAPABILITY_VERSION_3, 0)
    data = (_CapData * 2)()
    _check(_libc.capset(ctypes.byref(header), data), "capset")


def _enter_namespaces() -> None:
    """New user, mount, PID and IPC namespaces, with the same uid and gid as before."""
    uid, gid = os.getuid(), os.getgid()
    _check(_libc.unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWIPC), "unshare")
    with open("/proc/self/setgroups", "w") as f:
        f.write("deny")
    with open("/proc/self/uid_map", "w") as f:
        f.write(f"{uid} {uid} 1")
    with open("/proc/self/gid_map", "w") as f:
        f.write(f"{gid} {gid} 1")


def _private_folders(folder: str) -> None:
    """The kernel's own /tmp and /dev/shm (empty), working folder, home and run folder (its connection file and
    sockets, at the same path); nothing else of the template's folders is visible."""
    handle = os.open(folder, os.O_PATH | os.O_DIRECTORY)
    original = f"/proc/self/fd/{handle}"
    _mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777")
    if os.path.isdir("/dev/shm"):
        _mount("tmpfs", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777")
    kernels = os.path.dirname(folder)
    if os.path.isdir(kernels):   # the template's folders are not under /tmp (another TMPDIR): hide them too
        _mount("tmpfs", kernels, "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755")
    run = os.path.join(folder, "run")
    os.makedirs(run, mode=0o700)   # the run folder goes back at the same path, alone
    _mount(f"{original}/run", run, None, MS_BIND)
    _mount(f"{original}/treball", SANDBOX_WORKDIR, None, MS_BIND)
    _mount(f"{original}/home", SANDBOX_HOME, None, MS_BIND)
    os.close(handle)
    os.chdir(SANDBOX_WORKDIR)


def _reseed() -> None:
    """A fresh interpreter seeds its random generators from the system: so does each kernel."""
    import random

    random.seed()
    numpy = sys.modules.get("numpy")
    if numpy is not None:
        numpy.random.seed()


def _kernel(argv: list[str]) -> None:
    """The kernel (process 2 of its PID namespace, as in a fresh sandbox): ``python -m ipykernel_launcher``."""
    import runpy

    _libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGCHLD):
        signal.signal(signum, signal.SIG_DFL)
    os.setsid()
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.close(null)
    _reseed()
    if argv[1:3] != ["-m", "ipykernel_launcher"]:
        raise SystemExit(f"unexpected kernel command: {argv}")
    sys.argv = [argv[0], *argv[3:]]
    runpy.run_module("ipykernel_launcher", run_name="__main__", alter_sys=True)


def _init(argv: list[str], folder: str) -> int:
    """Process 1 of the kernel's PID namespace: sets up its folders, drops every capability, starts the kernel,
    reaps whatever the kernel leaves and ends with it (then the kernel's other processes end too)."""
    _libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    os.setsid()
    _private_folders(folder)
    _drop_capabilities()
    kernel = _fork(_kernel, argv)
    signal.signal(signal.SIGINT, lambda *_: os.kill(kernel, signal.SIGINT))
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    while True:
        try:
            pid, status = os.wait()
        except ChildProcessError:
            return 1
        if pid == kernel:
            return os.waitstatus_to_exitcode(status) % 256


def _fork(function, *args) -> int:
    """Run ``function(*args)`` in a child process that never returns to the caller's code."""
    child = os.fork()
    if child == 0:
        code = 1
        try:
            result = function(*args)
            code = result if isinstance(result, int) else 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException:  # noqa: BLE001 (nothing may escape a forked child)
            code = 1
        finally:
            os._exit(code)
    return child


def _supervise(argv: list[str], folder: str) -> int:
    """The kernel's supervisor, outside its PID namespace: forwards SIGINT, ends the whole namespace on SIGTERM."""
    _enter_namespaces()
    init = _fork(_init, argv, folder)
    signal.signal(signal.SIGINT, lambda *_: os.kill(init, signal.SIGINT))
    signal.signal(signal.SIGTERM, lambda *_: os.kill(init, signal.SIGKILL))
    while True:
        try:
            _, status = os.waitpid(init, 0)
            return os.waitstatus_to_exitcode(status) % 256
        except ChildProcessError:
            return 1


class Template:
    def __init__(self):
        self.done: dict[int, int] = {}
        self.started: list[int] = []

    def start(self, argv: list[str], folder: str) -> dict:
        if any(self.poll(pid)["status"] is None for pid in self.started):
            # Two learners' kernels alive together could reach each other (same uid, same /proc): never.
            raise RuntimeError("l'últim nucli encara és viu: s'ha d'aturar abans d'engegar-ne un altre")
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                # Nothing of the template's channel reaches the kernel: it cannot answer in the template's name.
                null = os.open(os.devnull, os.O_RDWR)
                os.dup2(null, 0)
                os.dup2(null, 1)
                os.closerange(3, os.sysconf("SC_OPEN_MAX"))
                code = _supervise(argv, folder)
            except BaseException:  # noqa: BLE001
                code = 1
            finally:
                os._exit(code)
        self.started.append(pid)
        return {"pid": pid}

    def close(self) -> None:
        for pid in self.started:
            if pid not in self.done:
                self.kill(pid)

    def poll(self, pid: int) -> dict:
        if pid not in self.done:
            try:
                done, status = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                return {"status": self.done.get(pid, 1)}
            if done:
                self.done[pid] = os.waitstatus_to_exitcode(status)
        return {"status": self.done.get(pid)}

    def kill(self, pid: int) -> dict:
        if pid in self.done:
            return {"status": self.done[pid]}
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        deadline = time.monotonic() + 10
        while self.poll(pid)["status"] is None:
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                deadline = float("inf")
            time.sleep(0.005)
        return {"status": self.done[pid]}

    def signal(self, pid: int, signum: int) -> dict:
        if self.poll(pid)["status"] is None:
            try:
                os.kill(pid, signal.SIGKILL if signum == signal.SIGKILL else signum)
            except ProcessLookupError:
                pass
        return {"status": None}


def _self_test() -> str | None:
    """Whether this sandbox lets a kernel have its own namespaces (some systems forbid nested user namespaces)."""
    pid = os.fork()
    if pid == 0:
        try:
            _enter_namespaces()
            os._exit(0)
        except BaseException:  # noqa: BLE001
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    return None if os.waitstatus_to_exitcode(status) == 0 else "no es poden crear espais de noms niats"


def _warm_tracebacks() -> None:
    """Format one traceback the way a kernel shows an error, with a fixed exception of the template's own.

    The first error of a fresh process costs about half a second of CPU: pygments compiles the Python lexer's rules,
    ``inspect`` indexes every loaded module by file, ``stack_data`` parses the source. All of it is cached per
    process, so every forked kernel starts with it done, as it starts with the imports done; nothing of a learner's
    code is involved."""
    try:
        from IPython.core import ultratb

        try:
            exec(compile("def _plantilla():\n    raise ValueError('plantilla')\n_plantilla()", "<plantilla>", "exec"), {})
        except ValueError:
            ultratb.AutoFormattedTB(mode="Context").structured_traceback(*sys.exc_info())
    except Exception:  # noqa: BLE001 (a warm-up only: a kernel that has to do it itself is just as correct)
        pass


def _warm_local_addresses() -> None:
    """jupyter_client lists the machine's network addresses once per process (with psutil) to pick the kernel's
    default address; every kernel shares the template's network, so the template lists them for all."""
    try:
        from jupyter_client import localinterfaces

        localinterfaces.localhost()
    except Exception:  # noqa: BLE001 (a warm-up only)
        pass


def main() -> int:
    import importlib
    import threading

    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")  # as ipykernel does
    channel = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 1)
    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except ImportError:
            pass
    _warm_tracebacks()
    _warm_local_addresses()
    # What the template imported stays out of the kernels' garbage collections: a collection in a kernel would
    # otherwise walk (and so copy, page by page) every object of the template.
    gc.collect()
    gc.freeze()
    problem = _self_test()
    if threading.active_count() != 1:
        problem = "la plantilla té fils en marxa i no es pot bifurcar amb seguretat"
    channel.write(json.dumps({"ready": problem is None, "problem": problem}) + "\n")
    if problem:
        return 1
    template = Template()
    for line in sys.stdin:
        request = json.loads(line)
        op = request.pop("op")
        try:
            answer = getattr(template, op)(**request)
        except Exception as exc:  # noqa: BLE001 (a bad request must not end the template)
            answer = {"error": f"{type(exc).__name__}: {exc}"}
        channel.write(json.dumps(answer) + "\n")
    template.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
