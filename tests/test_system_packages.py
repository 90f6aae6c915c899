"""`make test` on a fresh Debian machine: .ci/system-packages finds the Debian packages the tests need, installs them
as root, or stops at once with the single command to run.

The script runs for real, with a PATH made for each case: the commands it needs to run (bash, id, tr, sed) are the
machine's own, and each package's command is an executable file (the script only asks whether it is there).
"""
from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path

import pytest

from autograder.model.course import ROOT

SCRIPT = ROOT / ".ci" / "system-packages"
TOOLS = ("bash", "env", "id", "tr", "sed")
PACKAGE_COMMANDS = ("bwrap", "chromium", "hunspell", "initdb", "pg_ctl")
NOBODY = 65534


@pytest.fixture
def machine():
    """A folder anyone can read (the script also runs as an ordinary user) with ``bin/`` and the dictionaries."""
    folder = Path(tempfile.mkdtemp(prefix="paquets-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder)


def _run(folder: Path, commands, dictionary: bool = True, as_root: bool = False, apt_get: bool = False):
    bin_dir, dicts, pg = folder / "bin", folder / "hunspell", folder / "postgresql"
    for d in (bin_dir, dicts, pg):
        d.mkdir(mode=0o755)
    for tool in TOOLS + (("apt-get",) if apt_get else ()):
        (bin_dir / tool).symlink_to(shutil.which(tool))
    for name in commands:
        (bin_dir / name).write_text("#!/bin/sh\n", encoding="utf-8")
        (bin_dir / name).chmod(stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
    if dictionary:
        (dicts / "ca.dic").write_text("1\nhola\n", encoding="utf-8")
    env = {"PATH": str(bin_dir), "SYSTEM_PACKAGES_HUNSPELL_DIR": str(dicts), "SYSTEM_PACKAGES_POSTGRES_LIB": str(pg),
           "LANG": "C.UTF-8"}
    cmd = [shutil.which("bash"), str(SCRIPT)]
    if os.getuid() == 0 and not as_root:  # the ordinary user's case, for real
        cmd = [shutil.which("setpriv"), f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *cmd]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60, cwd=folder)


def test_nothing_happens_when_every_package_is_there(machine):
    result = _run(machine, PACKAGE_COMMANDS)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_without_chromium_an_ordinary_user_gets_the_one_command_to_run(machine):
    result = _run(machine, [c for c in PACKAGE_COMMANDS if c != "chromium"], apt_get=True)
    assert result.returncode == 1 and result.stdout == ""  # apt-get is there, but only root may use it
    lines = result.stderr.splitlines()
    assert lines[0].startswith("Per passar les proves calen aquests paquets de Debian: chromium.")
    assert "make test" in lines[0]
    assert lines[1:] == ["    sudo apt-get install chromium"]


def test_every_missing_package_goes_in_the_same_command(machine):
    result = _run(machine, ["hunspell", "pg_ctl"], dictionary=False)
    assert result.returncode == 1
    commands = [line.strip() for line in result.stderr.splitlines() if "apt-get" in line]
    assert commands == ["sudo apt-get install bubblewrap chromium hunspell-ca postgresql"]


@pytest.mark.skipif(os.getuid() != 0, reason="cal ser root per provar el camí de root")
def test_root_without_apt_get_also_stops_with_the_command(machine):
    result = _run(machine, [c for c in PACKAGE_COMMANDS if c != "bwrap"], as_root=True)
    assert result.returncode == 1 and "Instal·lo" not in result.stdout
    assert result.stderr.splitlines()[-1] == "    sudo apt-get install bubblewrap"


def test_make_test_and_ci_check_the_packages_first():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^test: system\b", makefile, flags=re.M), "«make test» ha de començar pels paquets"
    assert re.search(r"^system:\n\t@?\.ci/system-packages$", makefile, flags=re.M)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.index(".ci/system-packages") < ci.index("pg_lsclusters") < ci.rindex("make test")
    assert os.access(SCRIPT, os.X_OK)
