"""Benchmark: the same 40 submissions graded by plain ``nbgrader autograde`` and by ``autograder grade``.

Checks that every score is identical and prints the speed ratio. Run with ``make bench`` (not part of the tests).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import nbformat  # noqa: E402

from autograder.grade import default_limits, grade  # noqa: E402
from autograder.nbgrader_course import EXERCISES, api, ensure_tools_on_path  # noqa: E402
from tests.conftest import with_cells  # noqa: E402
from tests.exercises.cases_u05 import CASES  # noqa: E402

ASSIGNMENT = "u05-pla-objectius"
CONFIG = f"""exec(compile(open({str(EXERCISES / 'nbgrader_config.py')!r}, encoding="utf-8").read(),
                  __file__, "exec"))
"""


def make_course(root: Path, count: int) -> None:
    shutil.copytree(EXERCISES / "source", root / "source")
    (root / "nbgrader_config.py").write_text(CONFIG, encoding="utf-8")
    result = api(root).generate_assignment(ASSIGNMENT, force=True, create=True)
    assert result["success"], result["log"]
    src = nbformat.read(root / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)
    rel = nbformat.read(root / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)
    variants = [src, rel] + [with_cells(src, replacements) for _, replacements, _, _ in CASES]
    for i in range(count):
        folder = root / "submitted" / f"alumne{i:03d}" / ASSIGNMENT
        folder.mkdir(parents=True)
        nbformat.write(variants[i % len(variants)], folder / f"{ASSIGNMENT}.ipynb")


def scores(root: Path) -> dict[str, float]:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}", "xarxes-socials-ap") as gb:
        return {s.student.id: s.score for s in gb.assignment_submissions(ASSIGNMENT)}


def main() -> int:
    parser = argparse.ArgumentParser(description="Compara nbgrader autograde amb autograder grade.")
    parser.add_argument("--lliuraments", type=int, default=40)
    parser.add_argument("--treballadors", type=int, default=None)
    args = parser.parse_args()
    ensure_tools_on_path()
    with tempfile.TemporaryDirectory(prefix="autograder-bench-") as tmp:
        plain, ours = Path(tmp) / "nbgrader", Path(tmp) / "autograder"
        make_course(plain, args.lliuraments)
        shutil.copytree(plain, ours)
        start = time.perf_counter()
        run = subprocess.run([str(Path(sys.executable).parent / "nbgrader"), "autograde", ASSIGNMENT, "--force"],
                             cwd=plain, capture_output=True, text=True, env=dict(os.environ, PYTHONUTF8="1"))
        plain_seconds = time.perf_counter() - start
        if run.returncode != 0:
            print(run.stderr[-3000:], file=sys.stderr)
            return 1
        start = time.perf_counter()
        results = grade(ASSIGNMENT, ours, workers=args.treballadors, limits=default_limits(ours),
                        stream=open(os.devnull, "w"))
        our_seconds = time.perf_counter() - start
        expected, got = scores(plain), scores(ours)
        assert len(results) == args.lliuraments and all(o.status == "ok" for o in results), results
        different = {s: (expected.get(s), got.get(s)) for s in expected.keys() | got.keys()
                     if expected.get(s) != got.get(s)}
        print(f"{args.lliuraments} lliuraments, {os.cpu_count()} nuclis")
        print(f"nbgrader autograde (seqüencial): {plain_seconds:.1f} s")
        print(f"autograder grade (paral·lel, aïllat): {our_seconds:.1f} s")
        print(f"Puntuacions idèntiques: {'sí' if not different else 'NO'}")
        print(f"Ràtio de velocitat: {plain_seconds / our_seconds:.2f}×")
        if different:
            print(f"Diferències: {different}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
