"""Benchmark: the learner's self-check inside the kernel (``pla.comprova``) against ``autograder comprova``.

For every exercise, the learner's copy with the reference answers: how long the in-kernel check takes once the cells
have run, and how long the command-line check (a fresh kernel on the saved file) takes; both must agree.
Run with ``.venv/bin/python benchmarks/bench_comprova.py`` (not part of the tests).
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    sys.path.insert(0, str(ROOT))
    import nbformat

    from autograder.publish.release import available_assignments
    from pla.comprova_fitxer import check
    from tests.conftest import GradingCourse, publish_course
    from tests.exercises.test_comprova_nucli import run

    with tempfile.TemporaryDirectory() as tmp:
        course = GradingCourse(Path(tmp) / "curs", publish_course(Path(tmp) / "publicat"))
        rows = []
        for assignment in available_assignments():
            folder = Path(tmp) / assignment
            folder.mkdir()
            nb = course.learner_copy(assignment)
            path = folder / f"{assignment}.ipynb"
            nbformat.write(nb, path)
            _, summary = run(nb, folder)
            start = time.perf_counter()
            cli = check(path).summary()
            cli_seconds = time.perf_counter() - start
            same = [t["status"] for t in summary["tasks"]] == [t["status"] for t in cli["tasks"]]
            rows.append((assignment, summary["seconds"], cli_seconds, same))
        print(f"{'exercici':32} {'dins del nucli':>15} {'autograder comprova':>20}  iguals")
        for assignment, kernel, cli, same in rows:
            print(f"{assignment:32} {kernel * 1000:12.0f} ms {cli:18.2f} s  {'sí' if same else 'NO'}")
        worst = max(r[1] for r in rows)
        ratio = sum(r[2] for r in rows) / sum(r[1] for r in rows)
        print(f"Màxim dins del nucli: {worst * 1000:.0f} ms; «autograder comprova» tarda {ratio:.0f} vegades més.")


if __name__ == "__main__":
    main()
