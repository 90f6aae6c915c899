"""Jupyter kernels for learners' code, each one inside a bubblewrap (``bwrap``) sandbox.

The kernel sees a read-only system (``/usr``, Python, the course's own packages), a fresh empty working folder and
nothing else: not the instructor's source notebooks, not the gradebook, not other learners' files. It has no network
(``--unshare-net``; the kernel talks to nbclient over ZMQ ``ipc`` sockets, so it needs no loopback), no capabilities,
its own process namespace, and rlimits for memory (address space), file size and core dumps.

Where ``bwrap`` is missing or does not work, kernels still get the rlimits, and :func:`probe` says plainly which
protections are in force.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from traitlets import Type, Unicode

# Packages that learners' notebooks import and that may live outside the virtual environment (editable installs).
COURSE_PACKAGES = ("pla", "autograder")
# Files under /etc that Python, glibc and matplotlib read; nothing secret (no shadow, no ssl keys).
ETC_FILES = ("ld.so.cache", "ld.so.conf", "ld.so.conf.d", "localtime", "passwd", "group", "nsswitch.conf",
             "fonts", "mime.types")
SANDBOX_HOME = "/home/alumne"
SANDBOX_WORKDIR = "/treball"


@dataclass(frozen=True)
class Limits:
    """What a learner's notebook may use. The per-cell timeout is nbgrader's ``ExecutePreprocessor.timeout``."""

    cell_timeout: int = 20
    notebook_timeout: int = 180
    memory_mb: int = 2048
    output_kb: int = 2048
    file_mb: int = 64

    def describe(self) -> list[str]:
        return [f"temps màxim: {self.cell_timeout} s per cel·la i {self.notebook_timeout} s per quadern",
                f"memòria màxima del nucli: {self.memory_mb} MB",
                f"sortida màxima que es desa: {self.output_kb} kB per quadern",
                f"mida màxima d'un fitxer escrit pel quadern: {self.file_mb} MB"]


@dataclass
class Sandbox:
    """How kernels are launched on this machine; ``bwrap`` is None when the sandbox is not available."""

    bwrap: str | None
    reason: str = ""
    prlimit: str | None = field(default_factory=lambda: shutil.which("prlimit"))

    @property
    def isolated(self) -> bool:
        return self.bwrap is not None

    def protections(self, limits: Limits) -> list[str]:
        """The protections in force, in Catalan, for the trainer."""
        lines = list(limits.describe())
        if self.isolated:
            lines += ["aïllament amb bubblewrap: actiu",
                      "xarxa: cap (el nucli no pot obrir connexions)",
                      "fitxers visibles: només el sistema en lectura i una carpeta de treball buida; els quaderns "
                      "font, el llibre de qualificacions i els lliuraments d'altres persones no hi són",
                      "processos: espai de noms propi, sense privilegis (usuari nobody, cap capacitat)"]
            if not os.environ.get("AUTOGRADER_NO_FORK"):
                lines.append("nuclis: cada quadern en té un de nou, còpia d'una plantilla que ja té importades les "
                             "biblioteques del curs, amb el seu /tmp, la seva carpeta de treball i els seus processos")
        else:
            lines += [f"ATENCIÓ: aïllament amb bubblewrap NO disponible ({self.reason})",
                      "ATENCIÓ: el codi de l'alumnat té accés a la xarxa i pot llegir els fitxers que pot llegir "
                      "l'usuari que corregeix (quaderns font, llibre de qualificacions, altres lliuraments)",
                      "actius igualment: els límits de temps, de memòria i de sortida"]
        return lines

    def wrap(self, cmd: list[str], *, limits: Limits, workdir: Path, home: Path, rundir: Path,
             env: dict[str, str]) -> list[str]:
        """The command that runs ``cmd`` (the kernel) with the limits, inside the sandbox when available."""
        rlimits = _rlimit_prefix(self.prlimit, limits)
        if not self.isolated:
            return rlimits + cmd
        args = [self.bwrap, "--unshare-all", "--unshare-user", "--uid", "65534", "--gid", "65534",
                "--die-with-parent", "--clearenv"]
        if os.geteuid() == 0:
            args += ["--cap-drop", "ALL"]
        for key, value in sorted(env.items()):
            args += ["--setenv", key, value]
        args += _system_binds()
        for path in _python_paths():
            args += ["--ro-bind", str(path), str(path)]
        args += ["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp",
                 "--bind", str(workdir), SANDBOX_WORKDIR, "--bind", str(home), SANDBOX_HOME,
                 "--bind", str(rundir), str(rundir), "--chdir", SANDBOX_WORKDIR, "--"]
        return args + rlimits + cmd


def _rlimit_prefix(prlimit: str | None, limits: Limits) -> list[str]:
    memory = limits.memory_mb * 1024 * 1024
    fsize = limits.file_mb * 1024 * 1024
    if prlimit:
        return [prlimit, f"--as={memory}", f"--fsize={fsize}", "--core=0", "--"]
    # Without util-linux's prlimit, a tiny Python launcher sets the same limits and execs the kernel.
    code = ("import os,resource as r,sys;"
            f"r.setrlimit(r.RLIMIT_AS,({memory},{memory}));r.setrlimit(r.RLIMIT_FSIZE,({fsize},{fsize}));"
            "r.setrlimit(r.RLIMIT_CORE,(0,0));os.execv(sys.argv[1],sys.argv[1:])")
    return [sys.executable, "-S", "-c", code]


def _system_binds() -> list[str]:
    args = ["--ro-bind", "/usr", "/usr"]
    for name in ("bin", "lib", "lib32", "lib64", "sbin"):
        path = Path("/") / name
        if path.is_symlink():
            args += ["--symlink", os.readlink(path), str(path)]
        elif path.is_dir():
            args += ["--ro-bind", str(path), str(path)]
    for name in ETC_FILES:
        path = Path("/etc") / name
        if path.exists():
            args += ["--ro-bind", str(path), str(path)]
    return args


def _python_paths() -> list[Path]:
    """Python itself, the virtual environment and the course packages, when they are not under /usr."""
    paths = {Path(sys.base_prefix).resolve(), Path(sys.prefix).resolve()}
    for name in COURSE_PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec and spec.submodule_search_locations:
            paths.update(Path(p).resolve() for p in spec.submodule_search_locations)
    keep = [p for p in paths if p.exists() and not str(p).startswith("/usr/")]
    # A path inside another one is already visible.
    return sorted(p for p in keep if not any(q != p and q in p.parents for q in keep))


def kernel_env() -> dict[str, str]:
    """The whole environment of a sandboxed kernel: nothing is inherited from the trainer's session."""
    env = {
        "PATH": f"{Path(sys.prefix) / 'bin'}:/usr/local/bin:/usr/bin:/bin",
        "HOME": SANDBOX_HOME, "TMPDIR": "/tmp", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PYTHONUTF8": "1",
        "PYTHONDONTWRITEBYTECODE": "1", "MPLCONFIGDIR": f"{SANDBOX_HOME}/.matplotlib",
        "IPYTHONDIR": f"{SANDBOX_HOME}/.ipython", "PYDEVD_DISABLE_FILE_VALIDATION": "1",
        # One thread per library and few malloc arenas: an address-space limit then measures real memory.
        "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "MALLOC_ARENA_MAX": "2",
    }
    if os.environ.get("NBGRADER_EXECUTION"):
        env["NBGRADER_EXECUTION"] = os.environ["NBGRADER_EXECUTION"]
    return env


def probe(bwrap: str | None = None) -> Sandbox:
    """Find ``bwrap`` and check that it can really build a sandbox here (user namespaces may be disabled)."""
    if os.environ.get("AUTOGRADER_NO_SANDBOX"):
        return Sandbox(None, "desactivat amb AUTOGRADER_NO_SANDBOX")
    bwrap = bwrap or shutil.which("bwrap")
    if not bwrap:
        return Sandbox(None, "no s'ha trobat l'ordre bwrap; instal·la el paquet bubblewrap")
    with tempfile.TemporaryDirectory(prefix="autograder-prova-") as tmp:
        tmp = Path(tmp)
        for name in ("treball", "home", "run"):
            (tmp / name).mkdir()
        sandbox = Sandbox(bwrap)
        cmd = sandbox.wrap([sys.executable, "-c", "import socket, os; print(os.getuid())"], limits=Limits(),
                           workdir=tmp / "treball", home=tmp / "home", rundir=tmp / "run", env=kernel_env())
        try:
            result = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return Sandbox(None, f"bwrap no s'ha pogut executar: {exc}")
    if result.returncode != 0:
        return Sandbox(None, f"bwrap ha fallat: {result.stderr.strip()[:200]}")
    return sandbox


class SandboxKernelManager(AsyncKernelManager):
    """A kernel manager whose kernel runs through :meth:`Sandbox.wrap`, talking over ZMQ ipc sockets.

    Each manager owns a private temporary folder with the connection file and the sockets (``run/``), the kernel's
    working folder (``treball/``) and home (``home/``); :meth:`cleanup_resources` removes it.
    """

    scratch = Unicode("")
    # Ready when the kernel has answered, not 0.2 s later (see the module).
    client_factory = Type("autograder.grading.kernels.prompt_client.PromptKernelClient",
                          klass="jupyter_client.asynchronous.AsyncKernelClient")

    def __init__(self, sandbox: Sandbox, limits: Limits, workfiles: list[Path] | None = None,
                 folder: Path | None = None, **kwargs):
        scratch = Path(folder) if folder is not None else Path(tempfile.mkdtemp(prefix="autograder-nucli-"))
        (scratch / "run").mkdir(exist_ok=True)
        kwargs.setdefault("transport", "ipc")
        kwargs.setdefault("connection_file", str(scratch / "run" / "kernel.json"))
        super().__init__(**kwargs)
        self.scratch = str(scratch)
        self.sandbox, self.limits = sandbox, limits
        self.workdir, self.home = scratch / "treball", scratch / "home"
        self.workdir.mkdir(exist_ok=True)
        (self.home / ".matplotlib").mkdir(parents=True, exist_ok=True)
        for path in workfiles or []:
            target = self.workdir / path.name
            shutil.copytree(path, target) if path.is_dir() else shutil.copy2(path, target)
        copy_font_cache(self.home / ".matplotlib")

    def format_kernel_cmd(self, extra_arguments: list[str] | None = None) -> list[str]:
        cmd = super().format_kernel_cmd(extra_arguments)
        return self.sandbox.wrap(cmd, limits=self.limits, workdir=self.workdir, home=self.home,
                                 rundir=Path(self.scratch) / "run", env=kernel_env())

    async def _async_launch_kernel(self, kernel_cmd: list[str], **kw):
        # The kernel's own stdout/stderr (not the notebook's outputs) could be flooded by hostile code.
        kw["stdout"] = kw["stderr"] = subprocess.DEVNULL
        kw.pop("cwd", None)  # bwrap sets the kernel's folder; the trainer's folders may not exist inside
        if not self.sandbox.isolated:
            kw["cwd"] = str(self.workdir)
        return await super()._async_launch_kernel(kernel_cmd, **kw)

    async def interrupt_kernel(self) -> None:
        """Interrupt through the kernel's control channel: a SIGINT to the process group would reach bwrap
        itself, which would end the whole sandbox instead of the running cell."""
        if not self.sandbox.isolated:
            return await super().interrupt_kernel()
        msg = self.session.msg("interrupt_request", content={})
        self._connect_control_socket()
        self.session.send(self._control_socket, msg)

    def kill_now(self) -> None:
        """Kill the kernel (and the sandbox around it) at once; used by the per-notebook deadline."""
        process = getattr(self.provisioner, "process", None)
        if process is not None and process.poll() is None:
            try:
                os.killpg(process.pid, 9)
            except OSError:
                process.kill()

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart)
        if not restart:
            shutil.rmtree(self.scratch, ignore_errors=True)

    cleanup_resources = _async_cleanup_resources


def copy_font_cache(dest: Path) -> None:
    """Reuse the trainer's matplotlib font list, so that every fresh kernel does not rebuild it (≈1 s)."""
    cache = Path(os.environ.get("MPLCONFIGDIR") or Path.home() / ".cache" / "matplotlib")
    for path in cache.glob("fontlist-*.json"):
        shutil.copy2(path, dest / path.name)
