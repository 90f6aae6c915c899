"""``autograder``: the trainers' command line (messages in Catalan)."""
from __future__ import annotations

import argparse
import errno
import sys
from pathlib import Path

from autograder.errors import AutograderError
from autograder.model.course import ROOT

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
    from autograder.publish.toc import toc_text, write_toc

    if args.check:
        current = (ROOT / "_toc.yml").read_text(encoding="utf-8") if (ROOT / "_toc.yml").exists() else ""
        if current != toc_text():
            print("_toc.yml no coincideix amb course.yml: executa «autograder toc».", file=sys.stderr)
            return 1
        print("_toc.yml coincideix amb course.yml.")
        return 0
    print(f"S'ha escrit {write_toc().relative_to(ROOT)}.")
    return 0


def _prepare(args) -> int:
    from autograder.publish.learner_cells import main

    return main(["--check"] if args.check else [])


def _release(args) -> int:
    from autograder.publish.release import available_assignments, release, zip_all, zip_release

    for assignment in args.assignments:
        _known(assignment, available_assignments())
    folders = release(args.assignments or None)
    for folder in folders:
        print(f"Versió de l'alumnat: {folder.relative_to(ROOT)}  →  {zip_release(folder).relative_to(ROOT)}")
    if folders and not args.assignments:
        print(f"Tots els exercicis: {zip_all(folders).relative_to(ROOT)}")
    return 0


def _course(args) -> Path:
    from autograder.grading.nbgrader_course import EXERCISES

    return Path(args.curs).resolve() if args.curs else EXERCISES


def _known(assignment: str, available: list[str]) -> None:
    if assignment not in available:
        raise AutograderError(f"No hi ha cap exercici «{assignment}» al curs. Els exercicis són: "
                              f"{', '.join(available) or '(cap)'}.")


def _assignment(args) -> str:
    """The assignment of a command that works on one, checked before anything is read or written."""
    from autograder.grading.nbgrader_course import course_folders
    from autograder.publish.release import available_assignments

    course_root = _course(args)
    if not course_folders(course_root).source().is_dir():
        raise AutograderError(f"«{course_root}» no és la carpeta d'un curs nbgrader (no hi ha cap carpeta source/).")
    _known(args.assignment, available_assignments(course_root))
    return args.assignment


def _collect(args) -> int:
    from autograder.moodle_io.collect import collect

    report = collect(Path(args.zip), args.assignment, _course(args), Path(args.full) if args.full else None, args.db)
    print(report.text())
    return 0


def _grade(args) -> int:
    from autograder.grading.grade import default_limits, grade
    from autograder.grading.kernels.sandbox import probe
    from autograder.grading.outcomes import LABELS

    sandbox = probe()
    if args.exigeix_aillament and not sandbox.isolated:
        print(f"No es corregeix: cal l'aïllament amb bubblewrap i no està disponible ({sandbox.reason}).",
              file=sys.stderr)
        return 2
    course_root = _course(args)
    limits = default_limits(course_root, cell_timeout=args.temps_cella, notebook_timeout=args.temps_quadern,
                            memory_mb=args.memoria, output_kb=args.sortida)
    results = grade(args.assignment, course_root, db=args.db, workers=args.treballadors, force=args.force,
                    limits=limits, sandbox=sandbox)
    counts = {label: sum(LABELS[o.status] == label for o in results) for label in LABELS.values()}
    print("Resultat: " + ", ".join(f"{n} {label}" for label, n in counts.items() if n) if results
          else "No hi havia res per corregir.")
    for outcome in results:
        if outcome.needs_attention:
            print(f"  Cal revisar {outcome.student}: {' '.join(outcome.reasons)}")
    _say_pending(args.assignment, course_root, args.db)
    return 0


def _say_pending(assignment: str, course_root: Path, db: str | None) -> None:
    from autograder.grading.manual_grading import pending, rubric_cells

    waiting = pending(course_root, assignment, db)
    if waiting:
        points = sum(c.points for c in rubric_cells(course_root, assignment))
        print(f"Pendents de valorar amb la rúbrica: {sum(map(len, waiting.values()))} respostes escrites de "
              f"{len(waiting)} lliuraments (fins a {points:g} punts per lliurament). Fins que no les valoris, la nota "
              f"és provisional i «exporta» no l'envia a Moodle. Valora-les amb: autograder valora {assignment}")


def _manual(args) -> int:
    from autograder.grading.grading_session import run
    from autograder.grading.manual_grading import record_grade

    _assignment(args)
    course_root = _course(args)
    if args.cella is None and args.punts is None:
        run(args.assignment, course_root, args.db, args.alumne)
        return 0
    if not (args.alumne and args.cella and args.punts is not None):
        print("Per desar una valoració sense preguntes cal --alumne, --cella i --punts.", file=sys.stderr)
        return 2
    total = record_grade(course_root, args.assignment, args.alumne, args.cella, args.punts, args.comentari or "",
                         args.db)
    print(f"Desat: {args.punts:g} punts a «{args.cella}» de {args.alumne}. Puntuació actual: {total:g}.")
    return 0


def _feedback(args) -> int:
    from autograder.results.feedback import write_feedback

    pages = write_feedback(args.assignment, _course(args), args.db)
    print(f"S'han escrit {len(pages)} pàgines de retroacció a "
          f"{next(iter(pages.values())).parent if pages else '(cap)'}.")
    return 0


def _export(args) -> int:
    from autograder.moodle_io.export import export

    report = export(args.assignment, _course(args), args.db, Path(args.desti) if args.desti else None,
                    include_review=args.inclou_revisar)
    print(report.text())
    return 0


def _report(args) -> int:
    from autograder.results.report import write_report

    _assignment(args)
    path = write_report(args.assignment, _course(args), args.db, Path(args.desti) if args.desti else None)
    print(f"Informe: {path}")
    return 0


def _check(args) -> int:
    from pla.comprova_fitxer import main

    return main([str(args.notebook)])


def _moodle(args) -> int:
    from autograder.publish.moodle.build import main as build_moodle

    return build_moodle()


def _locked(command: str, run):
    """``run(args)`` while holding the assignment's lock: a second command on the same assignment stops at once,
    before touching anything, and says who holds it (see :mod:`autograder.grading.lock`)."""
    def handler(args) -> int:
        from autograder.grading.lock import assignment_lock

        _assignment(args)
        with assignment_lock(_course(args), args.assignment, args.db, command, stream=sys.stderr):
            return run(args)
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

    p = sub.add_parser("prepare", aliases=["prepara"],
                       help="posa als exercicis la cel·la d'autocomprovació, les etiquetes i els punts dels títols")
    p.add_argument("--check", action="store_true", help="només diu quins exercicis no segueixen les regles")
    p.set_defaults(func=_prepare)

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

    p = sub.add_parser("valora", aliases=["manual"],
                       help="valora amb la rúbrica les respostes escrites pendents (desa al llibre de qualificacions)")
    _course_options(p)
    p.add_argument("--alumne", metavar="ID", help="només els lliuraments d'aquesta persona (p. ex. p1001)")
    p.add_argument("--cella", metavar="ID", help="sense preguntes: la cel·la que valores (grade_id)")
    p.add_argument("--punts", type=lambda v: float(v.replace(",", ".")), metavar="N",
                   help="sense preguntes: els punts que hi dones")
    p.add_argument("--comentari", metavar="TEXT", help="sense preguntes: el comentari per a la persona")
    p.set_defaults(func=_manual)

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


# What went wrong with a file, and what the trainer can do about it.
_OS_ERRORS = {
    errno.ENOENT: "no existeix: comprova el camí i el nom del fitxer",
    errno.EACCES: "no tens permís per llegir-lo o escriure-hi: tria una carpeta teva (per exemple, amb --desti)",
    errno.EPERM: "no tens permís per llegir-lo o escriure-hi: tria una carpeta teva (per exemple, amb --desti)",
    errno.ENOSPC: "el disc és ple: allibera espai i torna a executar l'ordre",
    errno.EISDIR: "és una carpeta i calia un fitxer: indica el fitxer",
    errno.ENOTDIR: "una part del camí no és una carpeta: comprova el camí",
}


def main(argv: list[str] | None = None) -> int:
    """Runs one command. Expected failures end with their Catalan message (status 1), never with a traceback."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except AutograderError as exc:
        print(exc, file=sys.stderr)
    except OSError as exc:
        what = _OS_ERRORS.get(exc.errno, "el sistema no ho ha permès: comprova el fitxer i torna a executar l'ordre")
        print(f"No s'ha pogut fer servir «{exc.filename}»: {what}." if exc.filename else
              f"No s'ha pogut llegir o escriure un fitxer: {what}.", file=sys.stderr)
    except KeyboardInterrupt:
        print("Aturat a petició teva: el que ja estava desat es conserva.", file=sys.stderr)
        return 130
    return 1


if __name__ == "__main__":
    sys.exit(main())
