"""Student versions of the graded notebooks (nbgrader ``generate_assignment``) and their Moodle zips."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from autograder.course import ROOT, load_course
from autograder.nbgrader_course import EXERCISES, api, ensure_tools_on_path

DIST = ROOT / "dist" / "exercicis"


class ReleaseError(RuntimeError):
    pass


def available_assignments(course_root: Path = EXERCISES) -> list[str]:
    """Graded units whose source notebook exists, in course order."""
    return [u.assignment for u in load_course().graded_units
            if (course_root / "source" / u.assignment / f"{u.assignment}.ipynb").exists()]


def _generate(assignments: list[str], course_root: Path) -> None:
    grader = api(course_root)
    for assignment in assignments:
        result = grader.generate_assignment(assignment, force=True, create=True)
        if not result["success"]:
            raise ReleaseError(f"No s'ha pogut generar la versió de l'alumnat de «{assignment}»:\n{result['log']}")


def release(assignments: list[str] | None = None, course_root: Path = EXERCISES) -> list[Path]:
    """Generate the student version of each assignment; returns the release folders.

    nbgrader runs in a child process: regenerating an assignment twice in one process trips over its
    gradebook session (SQLAlchemy ``ObjectDeletedError``), and a fresh process also keeps the caller clean.
    """
    assignments = assignments or available_assignments(course_root)
    for assignment in assignments:
        load_course().unit_for_assignment(assignment)  # a clear error for an unknown id
    ensure_tools_on_path()
    result = subprocess.run([sys.executable, "-m", "autograder.release", str(course_root), *assignments],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise ReleaseError((result.stderr or result.stdout).strip().splitlines()[-1] if (result.stderr or result.stdout)
                           else "nbgrader ha fallat sense cap missatge.")
    return [course_root / "release" / a for a in assignments]


def zip_release(folder: Path, dest: Path = DIST) -> Path:
    """A zip with the assignment's folder, ready to attach to a Moodle assignment (Fitxers addicionals)."""
    dest.mkdir(parents=True, exist_ok=True)
    target = dest / f"{folder.name}.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and ".ipynb_checkpoints" not in path.parts:
                zf.write(path, Path(folder.name) / path.relative_to(folder))
    return target


def zip_all(folders: list[Path], dest: Path = DIST) -> Path:
    """One zip with every released assignment, for self-learners."""
    dest.mkdir(parents=True, exist_ok=True)
    target = dest / "tots-els-exercicis.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for folder in folders:
            for path in sorted(folder.rglob("*")):
                if path.is_file() and ".ipynb_checkpoints" not in path.parts:
                    zf.write(path, Path("exercicis") / folder.name / path.relative_to(folder))
    return target


if __name__ == "__main__":
    try:
        _generate(sys.argv[2:], Path(sys.argv[1]))
    except ReleaseError as exc:
        print(exc, file=sys.stderr)
        print(str(exc).splitlines()[0], file=sys.stderr)
        sys.exit(1)
