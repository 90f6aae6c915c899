"""The code's map (CONTRIBUTING.md, «Mapa del codi»): one folder per stage, and imports only flow downstream."""
from __future__ import annotations

import ast
from pathlib import Path

from autograder.model.course import ROOT

STAGES = ("model", "publish", "moodle_io", "grading", "results")
# What each stage may import from the others (the command line, ``autograder.cli``, may import them all).
ALLOWED = {
    "model": set(),
    "publish": {"model", "grading"},          # release runs nbgrader's generate_assignment with the course's config
    "grading": {"model", "moodle_io"},        # outcomes and the roster of who takes part
    "moodle_io": {"model", "grading", "results"},  # export sends the feedback pages back
    "results": {"model", "grading", "moodle_io"},
}


def _imported_stages(path: Path) -> set[str]:
    stages = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [node.module or ""] if isinstance(node, ast.ImportFrom) else \
            [a.name for a in node.names] if isinstance(node, ast.Import) else []
        for name in names:
            parts = name.split(".")
            if parts[0] == "autograder" and len(parts) > 1 and parts[1] in STAGES:
                stages.add(parts[1])
    return stages


def test_autograder_has_one_folder_per_stage_and_nothing_else_at_the_top():
    top = {p.name for p in (ROOT / "autograder").iterdir() if not p.name.startswith((".", "__pycache__"))}
    assert top == {"__init__.py", "cli.py", "errors.py", *STAGES}


def test_the_book_extensions_import_only_the_course_model():
    for path in sorted((ROOT / "book" / "_ext").glob("*.py")):
        assert _imported_stages(path) <= {"model"}, path.name


def test_each_stage_imports_only_the_stages_it_builds_on():
    for stage in STAGES:
        for path in sorted((ROOT / "autograder" / stage).rglob("*.py")):
            extra = _imported_stages(path) - ALLOWED[stage] - {stage}
            assert not extra, f"{path.relative_to(ROOT)} importa {sorted(extra)}"
