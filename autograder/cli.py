"""``autograder``: the trainers' command line (messages in Catalan)."""
from __future__ import annotations

import argparse
import sys

from autograder.course import ROOT


def _toc(args) -> int:
    from autograder.book import toc_text, write_toc

    if args.check:
        current = (ROOT / "_toc.yml").read_text(encoding="utf-8") if (ROOT / "_toc.yml").exists() else ""
        if current != toc_text():
            print("_toc.yml no coincideix amb course.yml: executa «autograder toc».", file=sys.stderr)
            return 1
        print("_toc.yml coincideix amb course.yml.")
        return 0
    print(f"S'ha escrit {write_toc().relative_to(ROOT)}.")
    return 0


def _release(args) -> int:
    from autograder.release import ReleaseError, release, zip_all, zip_release

    try:
        folders = release(args.assignments or None)
    except (ReleaseError, KeyError) as exc:
        print(exc.args[0] if exc.args else exc, file=sys.stderr)
        return 1
    for folder in folders:
        print(f"Versió de l'alumnat: {folder.relative_to(ROOT)}  →  {zip_release(folder).relative_to(ROOT)}")
    if folders and not args.assignments:
        print(f"Tots els exercicis: {zip_all(folders).relative_to(ROOT)}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="autograder", description="Eines del curs per a l'equip formador.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="ordre")

    p = sub.add_parser("toc", help="genera _toc.yml a partir de course.yml")
    p.add_argument("--check", action="store_true", help="només comprova que _toc.yml estigui al dia")
    p.set_defaults(func=_toc)

    p = sub.add_parser("release", help="genera les versions de l'alumnat dels exercicis i els zips per a Moodle")
    p.add_argument("assignments", nargs="*", metavar="exercici", help="p. ex. u05-pla-objectius (per defecte, tots)")
    p.set_defaults(func=_release)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
