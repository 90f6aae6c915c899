"""The benchmarks of ``make bench`` still run (on a handful of submissions) and still check what they claim."""
from __future__ import annotations

import sys

from autograder.grading.nbgrader_course import ensure_tools_on_path
from autograder.model.course import ROOT


def test_the_grading_benchmark_runs_and_finds_the_same_scores_as_nbgrader(capsys):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import bench_grade
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    ensure_tools_on_path()
    assert bench_grade.bench(3, workers=2, rounds=1)
    out = capsys.readouterr().out
    assert "3 lliuraments" in out and "Puntuacions idèntiques: sí" in out
    assert out.count("(mediana de les rondes)") == 2
