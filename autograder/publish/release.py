"""Student versions of the graded notebooks (nbgrader ``generate_assignment``) and their Moodle zips."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from autograder.errors import AutograderError
from autograder.grading.nbgrader_course import EXERCISES, api, course_folders, ensure_tools_on_path
from autograder.model.course import ROOT, load_course

DIST = ROOT / "dist" / "exercicis"


class ReleaseError(AutograderError, RuntimeError):
    pass


def available_assignments(course_root: Path = EXERCISES) -> list[str]:
    """Graded units whose source notebook exists, in course order."""
    course = course_folders(course_root)
    return [u.assignment for u in load_course().graded_units if course.source_notebook(u.assignment).exists()]


def _generate(assignments: list[str], course_root: Path) -> None:
    grader = api(course_root)
    for assignment in assignments:
        result = grader.generate_assignment(assignment, force=True, create=True)
        if not result["success"]:
            raise ReleaseError(f"No s'ha pogut generar la versió de l'alumnat de «{assignment}». Revisa el quadern "
                               f"exercises/source/{assignment}/{assignment}.ipynb amb el registre d'nbgrader:\n"
                               f"{result['log']}")


def release(assignments: list[str] | None = None, course_root: Path = EXERCISES) -> list[Path]:
    """Generate the student version of each assignment; returns the release folders.

    nbgrader runs in a child process: regenerating an assignment twice in one process trips over its
    gradebook session (SQLAlchemy ``ObjectDeletedError``), and a fresh process also keeps the caller clean.
    """
    assignments = assignments or available_assignments(course_root)
    for assignment in assignments:
        load_course().unit_for_assignment(assignment)  # a clear error for an unknown id
    ensure_tools_on_path()
    result = subprocess.run([sys.executable, "-m", "autograder.publish.release", str(course_root), *assignments],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise ReleaseError(result.stderr.strip() or "nbgrader s'ha aturat sense dir per què: executa "
                           "«nbgrader generate_assignment» des de la carpeta exercises/ per veure'n l'error.")
    return [course_folders(course_root).release(a) for a in assignments]


def _add_folder(zf: zipfile.ZipFile, folder: Path, prefix: Path) -> None:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and ".ipynb_checkpoints" not in path.parts:
            zf.write(path, prefix / path.relative_to(folder))


def zip_release(folder: Path, dest: Path = DIST) -> Path:
    """A zip with the assignment's folder, ready to attach to a Moodle assignment (Fitxers addicionals)."""
    dest.mkdir(parents=True, exist_ok=True)
    target = dest / f"{folder.name}.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        _add_folder(zf, folder, Path(folder.name))
    return target


def zip_all(folders: list[Path], dest: Path = DIST) -> Path:
    """One zip with every released assignment, for self-learners."""
    dest.mkdir(parents=True, exist_ok=True)
    target = dest / "tots-els-exercicis.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for folder in folders:
            _add_folder(zf, folder, Path("exercicis") / folder.name)
    return target


if __name__ == "__main__":
    try:
        _generate(sys.argv[2:], Path(sys.argv[1]))
    except ReleaseError as exc:
        print(exc, file=sys.stderr)
        sys.exit(1)
