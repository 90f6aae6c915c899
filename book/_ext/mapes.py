"""Sphinx extension: the course's maps for the trainers' guide, generated from the graded notebooks and course.yml.

Directives:
- ``mapa-resultats``: each learning outcome of ``course.yml`` and the graded tasks (or, for unit 0, the
  self-assessment questions) that produce or assess it;
- ``taula-exercicis``: for each graded exercise, the points that come from plan data, from text, from the trainers'
  rubric and from code.
The data come from :mod:`autograder.model.outcome_map`; nothing is written by hand.
"""
from __future__ import annotations

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from autograder.model.course import ROOT
from autograder.model.outcome_map import KINDS, exercise_table, outcome_map
from pla.comu import format_nombre


def _table(headers: list[str], rows: list[list], widths: list[int], caption: str, classes: list[str]):
    table = nodes.table(classes=classes)
    table += nodes.title(text=caption)
    group = nodes.tgroup(cols=len(headers))
    table += group
    for width in widths:
        group += nodes.colspec(colwidth=width)
    head, body = nodes.thead(), nodes.tbody()
    group += head
    group += body
    for cells, parent in [(headers, head)] + [(r, body) for r in rows]:
        row = nodes.row()
        for cell in cells:
            entry = nodes.entry()
            entry += cell if isinstance(cell, nodes.Node) else nodes.paragraph(text=str(cell))
            row += entry
        parent += row
    return table


def _depend_on_sources(directive: SphinxDirective) -> None:
    """Rebuild the page when a graded notebook, a question bank or course.yml changes."""
    directive.env.note_dependency(str(ROOT / "course.yml"))
    for path in (ROOT / "exercises" / "source").glob("*/*.ipynb"):
        directive.env.note_dependency(str(path))
    directive.env.note_dependency(str(ROOT / "book" / "preguntes" / "u00.yml"))


class MapaResultats(SphinxDirective):
    has_content = False

    def run(self):
        _depend_on_sources(self)
        rows = []
        for row in outcome_map():
            where = nodes.bullet_list()
            tasks: dict[str, list] = {}
            for cell in row.cells:
                tasks.setdefault(cell.task, []).append(cell)
            for task, cells in tasks.items():
                kinds = sorted({KINDS.get(c.kind, "sense tipus") for c in cells})
                text = f"{task} ({', '.join(kinds)}; {format_nombre(sum(c.points for c in cells))} punts)"
                where += nodes.list_item("", nodes.paragraph(text=text))
            if row.questions:
                where += nodes.list_item("", nodes.paragraph(
                    text=f"Autoavaluació: preguntes {', '.join(row.questions)}"))
            cell = where if len(where) else nodes.paragraph(text="Cap tasca ni pregunta: cal afegir-n'hi.")
            rows.append([str(row.unit.number), f"{row.index}. {row.text}", cell])
        return [_table(["Unitat", "Resultat d'aprenentatge", "On es produeix o s'avalua"], rows, [8, 46, 46],
                       "Mapa dels resultats d'aprenentatge", ["mapa-resultats"])]


class TaulaExercicis(SphinxDirective):
    has_content = False

    def run(self):
        _depend_on_sources(self)
        table = exercise_table()
        untyped = any("sense tipus" in r.points for r in table)
        headers = ["Unitat", "Exercici", "Dades del pla", "Text", "Rúbrica de l'equip formador", "Codi"]
        headers += ["Sense tipus"] if untyped else []
        headers += ["Total", "Del pla (dades, text i rúbrica)"]
        rows = []
        for r in table:
            values = [r.points.get(k, 0.0) for k in ("dades", "text", "rubrica", "codi")]
            values += [r.points.get("sense tipus", 0.0)] if untyped else []
            rows.append([str(r.unit.number), r.unit.title, *map(format_nombre, values), format_nombre(r.total),
                         f"{r.plan_share * 100:.0f} %"])
        widths = [7, 33, 9, 9, 11, 8] + ([8] if untyped else []) + [7, 10]
        return [_table(headers, rows, widths, "Punts de cada exercici avaluable segons d'on surten",
                       ["taula-exercicis"])]


def setup(app):
    app.add_directive("mapa-resultats", MapaResultats)
    app.add_directive("taula-exercicis", TaulaExercicis)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
