"""``autograder``: the trainers' command line (messages in Catalan)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from autograder.course import ROOT

# argparse's own words (usage, help, errors) in Catalan too.
_ARGPARSE_CA = {
    "usage: ": "ús: ",
    "positional arguments": "arguments posicionals",
    "options": "opcions",
    "optional arguments": "opcions",
    "show this help message and exit": "mostra aquesta ajuda i surt",
    "the following arguments are required: %s": "falten aquests arguments: %s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: error: %(message)s\n",
    "unrecognized arguments: %s": "arguments desconeguts: %s",
    "expected one argument": "s'esperava un valor",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "valor no vàlid (%(type)s): %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "opció no vàlida: %(value)r (tria entre %(choices)s)",
    "not allowed with argument %s": "no es pot fer servir amb l'argument %s",
}
argparse._ = lambda text: _ARGPARSE_CA.get(text, text)


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


def _course(args) -> Path:
    from autograder.nbgrader_course import EXERCISES

    return Path(args.curs).resolve() if args.curs else EXERCISES


def _collect(args) -> int:
    from autograder.collect import collect
    from autograder.moodle_csv import WorksheetError
    from autograder.moodle_zip import ZipError

    try:
        report = collect(Path(args.zip), args.assignment, _course(args), Path(args.full) if args.full else None,
                         args.db)
    except (ZipError, WorksheetError, OSError) as exc:
        print(exc, file=sys.stderr)
        return 1
    print(report.text())
    return 0


def _grade(args) -> int:
    from autograder.grade import GradeError, default_limits, grade
    from autograder.outcomes import LABELS
    from autograder.sandbox import probe

    sandbox = probe()
    if args.exigeix_aillament and not sandbox.isolated:
        print(f"No es corregeix: cal l'aïllament amb bubblewrap i no està disponible ({sandbox.reason}).",
              file=sys.stderr)
        return 2
    course_root = _course(args)
    limits = default_limits(course_root, cell_timeout=args.temps_cella, notebook_timeout=args.temps_quadern,
                            memory_mb=args.memoria, output_kb=args.sortida)
    try:
        results = grade(args.assignment, course_root, db=args.db, workers=args.treballadors, force=args.force,
                        limits=limits, sandbox=sandbox)
    except GradeError as exc:
        print(exc, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    counts = {label: sum(LABELS[o.status] == label for o in results) for label in LABELS.values()}
    print("Resultat: " + ", ".join(f"{n} {label}" for label, n in counts.items() if n) if results
          else "No hi havia res per corregir.")
    for outcome in results:
        if outcome.needs_attention:
            print(f"  Cal revisar {outcome.student}: {' '.join(outcome.reasons)}")
    return 0


def _feedback(args) -> int:
    from autograder.feedback import write_feedback

    pages = write_feedback(args.assignment, _course(args), args.db)
    print(f"S'han escrit {len(pages)} pàgines de retroacció a "
          f"{next(iter(pages.values())).parent if pages else '(cap)'}.")
    return 0


def _export(args) -> int:
    from autograder.export import export

    report = export(args.assignment, _course(args), args.db, Path(args.desti) if args.desti else None,
                    include_review=args.inclou_revisar)
    print(report.text())
    return 0


def _report(args) -> int:
    from autograder.report import write_report

    path = write_report(args.assignment, _course(args), args.db, Path(args.desti) if args.desti else None)
    print(f"Informe: {path}")
    return 0


def _check(args) -> int:
    from autograder.comprova import check

    report = check(args.notebook)
    print(report.text())
    return 0 if report.ok else 1


def _moodle(args) -> int:
    from autograder.moodle.build import main as build_moodle
    from autograder.moodle.packages import PackageError

    try:
        return build_moodle()
    except PackageError as exc:
        print(exc, file=sys.stderr)
        return 1


def _locked(command: str, run):
    """``run(args)`` while holding the assignment's lock: a second command on the same assignment stops at once,
    before touching anything, and says who holds it (see :mod:`autograder.lock`)."""
    def handler(args) -> int:
        from autograder.lock import LockError, assignment_lock

        try:
            with assignment_lock(_course(args), args.assignment, args.db, command, stream=sys.stderr):
                return run(args)
        except LockError as exc:
            print(exc, file=sys.stderr)
            return 1
    return handler


def _course_options(p) -> None:
    p.add_argument("assignment", metavar="exercici", help="p. ex. u05-pla-objectius")
    p.add_argument("--curs", metavar="CARPETA", help="carpeta del curs nbgrader (per defecte, exercises/)")
    p.add_argument("--db", metavar="URL", help="llibre de qualificacions, p. ex. postgresql://usuari@servidor/curs "
                                               "(per defecte, el fitxer SQLite gradebook.db del curs)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="autograder", description="Eines del curs per a l'equip formador.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="ordre")

    p = sub.add_parser("toc", help="genera _toc.yml a partir de course.yml")
    p.add_argument("--check", action="store_true", help="només comprova que _toc.yml estigui al dia")
    p.set_defaults(func=_toc)

    p = sub.add_parser("release", help="genera les versions de l'alumnat dels exercicis i els zips per a Moodle")
    p.add_argument("assignments", nargs="*", metavar="exercici", help="p. ex. u05-pla-objectius (per defecte, tots)")
    p.set_defaults(func=_release)

    p = sub.add_parser("collect", aliases=["recull"],
                       help="recull els lliuraments del zip de Moodle («Baixa totes les trameses»)")
    _course_options(p)
    p.add_argument("zip", help="el zip baixat de Moodle")
    p.add_argument("--full", metavar="CSV", help="el full de qualificació fora de línia de Moodle")
    p.set_defaults(func=_locked("recull", _collect))

    p = sub.add_parser("grade", aliases=["corregeix"],
                       help="corregeix en paral·lel els lliuraments recollits, cadascun en un nucli aïllat")
    _course_options(p)
    p.add_argument("--treballadors", type=int, metavar="N", help="processos en paral·lel (per defecte, un per nucli)")
    p.add_argument("--force", "--torna-a-corregir", action="store_true", dest="force",
                   help="torna a corregir també els lliuraments ja corregits")
    p.add_argument("--temps-cella", type=int, metavar="S", help="segons màxims per cel·la (per defecte, els "
                                                                 "d'nbgrader_config.py)")
    p.add_argument("--temps-quadern", type=int, metavar="S", help="segons màxims per quadern (per defecte, 180)")
    p.add_argument("--memoria", type=int, metavar="MB", help="memòria màxima del nucli (per defecte, 2048 MB)")
    p.add_argument("--sortida", type=int, metavar="KB", help="sortida màxima per quadern (per defecte, 2048 kB)")
    p.add_argument("--exigeix-aillament", action="store_true",
                   help="no corregeixis si bubblewrap no està disponible")
    p.set_defaults(func=_locked("corregeix", _grade))

    p = sub.add_parser("feedback", aliases=["retroaccio"], help="genera una pàgina de retroacció per persona")
    _course_options(p)
    p.set_defaults(func=_locked("retroaccio", _feedback))

    p = sub.add_parser("export", aliases=["exporta"],
                       help="omple el full de qualificacions de Moodle i prepara el zip de retroacció")
    _course_options(p)
    p.add_argument("--desti", metavar="CARPETA", help="on es desen els fitxers (per defecte, lms/<exercici>/export)")
    p.add_argument("--inclou-revisar", action="store_true",
                   help="exporta també la puntuació provisional dels lliuraments que cal revisar")
    p.set_defaults(func=_locked("exporta", _export))

    p = sub.add_parser("comprova", aliases=["check"],
                       help="autocomprovació de l'alumnat: punts de les proves visibles per tasca i què cal corregir")
    p.add_argument("notebook", metavar="quadern", help="el quadern de l'exercici, p. ex. u05-pla-objectius.ipynb")
    p.set_defaults(func=_check)

    p = sub.add_parser("moodle", help="genera a dist/ els paquets SCORM i IMS, el banc de preguntes i els enllaços "
                                      "de JupyterHub (cal haver construït el llibre)")
    p.set_defaults(func=_moodle)

    p = sub.add_parser("report", aliases=["informe"], help="informe per a l'equip formador (HTML)")
    _course_options(p)
    p.add_argument("--desti", metavar="FITXER", help="fitxer HTML de l'informe")
    p.set_defaults(func=_report)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
