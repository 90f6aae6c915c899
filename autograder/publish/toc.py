"""The book's table of contents (``_toc.yml``), generated from the course description."""
from __future__ import annotations

from pathlib import Path

import yaml

from autograder.model.course import ROOT, Course, load_course

HOME = "book/index"
GUIDE = "book/guia-del-curs"
# Annexes in reading order; each is listed only once it exists.
ANNEXES = (
    "book/annexos/glossari",
    "book/annexos/bibliografia",
    "book/annexos/plantilles",
    "book/annexos/api-pla",
    "book/guia-formador",
    "book/annexos/accessibilitat",
)


def _stem(path: Path) -> str:
    return str(path.with_suffix(""))


def toc(course: Course | None = None, root: Path = ROOT) -> dict:
    course = course or load_course()
    units = []
    for unit in course.units:
        entry = {"file": _stem(unit.chapter)}
        sections = []
        if (root / unit.notebook).exists():
            sections.append({"file": _stem(unit.notebook)})
        # The release notebook is generated from the source by `make`, so the source decides.
        if unit.graded and (root / unit.source_notebook).exists():
            sections.append({"file": _stem(unit.release_notebook)})
        if sections:
            entry["sections"] = sections
        units.append(entry)
    annexes = [{"file": a} for a in ANNEXES if (root / f"{a}.md").exists()]
    parts = [
        {"caption": "Presentació", "chapters": [{"file": GUIDE}]},
        {"caption": "Unitats", "chapters": units},
    ]
    if annexes:
        parts.append({"caption": "Annexos", "chapters": annexes})
    return {"format": "jb-book", "root": HOME, "parts": parts}


def toc_text(course: Course | None = None, root: Path = ROOT) -> str:
    header = "# Generat per `autograder toc` a partir de course.yml: no l'editeu a mà.\n"
    return header + yaml.safe_dump(toc(course, root), allow_unicode=True, sort_keys=False)


def write_toc(root: Path = ROOT) -> Path:
    path = root / "_toc.yml"
    path.write_text(toc_text(root=root), encoding="utf-8")
    return path
