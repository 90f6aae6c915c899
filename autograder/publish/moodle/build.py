"""Everything a trainer uploads to Moodle, in ``dist/``, generated from the course description and the built book."""
from __future__ import annotations

from pathlib import Path

from autograder.model.course import ROOT, load_course
from autograder.publish import hub
from autograder.publish.moodle import backup, packages, question_bank

SITE = ROOT / "_build" / "html"
DIST = ROOT / "dist"


def build(site: Path = SITE, dist: Path = DIST) -> list[Path]:
    course = load_course()
    moodle = dist / "moodle"
    written = question_bank.write(moodle, course)
    written += packages.write(site, moodle, course)
    written.append(backup.write(site, moodle, course))
    links = moodle / "enllacos-jupyterhub.csv"
    links.write_text(hub.links_csv(course), encoding="utf-8")
    written.append(links)
    written.append(hub.student_materials(dist / "alumnat", course))
    return written


def main() -> int:
    for path in build():
        print(f"Per a Moodle: {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
