"""Benchmark: the same submissions (40, then 200) graded by plain ``nbgrader autograde``, by nbgrader as two parallel
processes (what a trainer could do without this project) and by ``autograder corregeix``.

Checks that every score is identical and prints the speed ratios: the median over rounds (``--rondes``, 3 by
default) in which the three runs take turns, so that each ratio compares runs made minutes apart. Run with
``make bench`` (not part of the tests).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import nbformat  # noqa: E402

from autograder.grading.grade import default_limits, grade  # noqa: E402
from autograder.grading.nbgrader_course import EXERCISES, api, ensure_tools_on_path  # noqa: E402
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


def nbgrader_command(root: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([str(Path(sys.executable).parent / "nbgrader"), "autograde", ASSIGNMENT, "--force", *args],
                            cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONUTF8="1"))


def plain_nbgrader(root: Path, processes: int, count: int, tries: int = 2) -> float:
    """``nbgrader autograde`` as a trainer could run it without this project: once, or as ``processes`` processes
    at the same time, each with its share of the students (``--CourseDirectory.student_id_exclude``). Plain nbgrader
    sometimes loses a notebook (two kernels given the same TCP port, or the gradebook locked by the other process):
    then the whole measure is taken again, once."""
    students = [f"alumne{i:03d}" for i in range(count)]
    start = time.perf_counter()
    if processes == 1:
        runs = [nbgrader_command(root)]
    else:
        runs = [nbgrader_command(root, "--CourseDirectory.student_id_exclude="
                                 + ",".join(s for j, s in enumerate(students) if j % processes != k))
                for k in range(processes)]
    errors = [run.communicate()[1] for run in runs]
    seconds = time.perf_counter() - start
    failed = [err for run, err in zip(runs, errors) if run.returncode != 0]
    if failed and tries > 1:
        print(f"nbgrader autograde ({processes} processos) ha fallat; es torna a mesurar:\n{failed[0][-1500:]}",
              file=sys.stderr)
        return plain_nbgrader(root, processes, count, tries - 1)
    if failed:
        raise SystemExit(f"nbgrader autograde ha fallat:\n{failed[0][-3000:]}")
    return seconds


def ours(root: Path, count: int, workers: int | None) -> float:
    start = time.perf_counter()
    results = grade(ASSIGNMENT, root, workers=workers, limits=default_limits(root), stream=open(os.devnull, "w"))
    seconds = time.perf_counter() - start
    assert len(results) == count and all(o.status == "ok" for o in results), results
    return seconds


RUNS = {"nbgrader autograde (seqüencial)": lambda root, count, workers: plain_nbgrader(root, 1, count),
        "nbgrader autograde (2 processos en paral·lel)": lambda root, count, workers: plain_nbgrader(root, 2, count),
        "autograder corregeix (paral·lel, aïllat)": ours}


def bench(count: int, workers: int | None, rounds: int) -> bool:
    """``rounds`` rounds of the three runs on fresh copies of the same course, in a different order each round: on
    a machine whose speed drifts (a shared virtual machine), each ratio compares runs of the same minutes."""
    names = list(RUNS)
    seconds: dict[str, list[float]] = {name: [] for name in names}
    different = {}
    with tempfile.TemporaryDirectory(prefix="autograder-bench-") as tmp:
        course = Path(tmp) / "curs"
        make_course(course, count)
        print(f"{count} lliuraments, {os.cpu_count()} nuclis, {rounds} ronda(es)", flush=True)
        for r in range(rounds):
            order = names[r % 3:] + names[:r % 3]
            roots = {name: Path(tmp) / f"ronda{r}-{i}" for i, name in enumerate(names)}
            for name in order:
                shutil.copytree(course, roots[name])
                seconds[name].append(RUNS[name](roots[name], count, workers))
            expected = scores(roots[names[0]])
            for name in names[1:]:
                got = scores(roots[name])
                different.update({(name, s): (expected.get(s), got.get(s)) for s in expected.keys() | got.keys()
                                  if expected.get(s) != got.get(s)})
            for root in roots.values():
                shutil.rmtree(root)
            seq, par, our = (seconds[name][-1] for name in names)
            print(f"  ronda {r + 1}: {seq:.1f} s · {par:.1f} s · {our:.1f} s → {seq / our:.2f}× i {par / our:.2f}×",
                  flush=True)
    for name in names:
        print(f"{name}: {statistics.median(seconds[name]):.1f} s (mediana; {min(seconds[name]):.1f}–"
              f"{max(seconds[name]):.1f})")
    print(f"Puntuacions idèntiques: {'sí' if not different else 'NO'}")
    for name in names[:2]:
        ratios = [theirs / our for theirs, our in zip(seconds[name], seconds[names[2]])]
        print(f"Ràtio respecte a {name}: {statistics.median(ratios):.2f}× (mediana de les rondes)", flush=True)
    if different:
        print(f"Diferències: {different}", file=sys.stderr)
    return not different


def main() -> int:
    parser = argparse.ArgumentParser(description="Compara nbgrader autograde (seqüencial i amb 2 processos) amb "
                                                 "autograder corregeix.")
    parser.add_argument("--lliuraments", type=int, nargs="+", default=[40, 200])
    parser.add_argument("--treballadors", type=int, default=None)
    parser.add_argument("--rondes", type=int, default=3, help="rondes de les tres mesures, en ordre canviant")
    args = parser.parse_args()
    ensure_tools_on_path()
    ok = [bench(count, args.treballadors, args.rondes) for count in args.lliuraments]
    return 0 if all(ok) else 1


if __name__ == "__main__":
    sys.exit(main())
