"""Sphinx extension of the course: renders course metadata and self-assessments from data.

Directives (used in the chapters, see CONTRIBUTING.md):
- ``fitxa-unitat``: hours, learning outcomes and links to the unit's notebook and graded exercise (in the book and
  «Obre-ho al navegador», in the browser edition: ``autograder.model.links.open_link``);
- ``autoavaluacio``: the unit's question bank as an accessible self-check that needs no server;
- ``glossari-curs``: the glossary, merged from ``book/glossari/*.yml``.
The unit is found from the page's own path, so chapters never hard-code numbers or links. The pages of the practice
notebooks and of the graded exercises get the same «Obre-ho al navegador» link under their title.
"""
from __future__ import annotations

from pathlib import Path

import yaml
from docutils import nodes
from docutils.statemachine import StringList
from sphinx import addnodes
from sphinx.domains.std import Glossary
from sphinx.util.docutils import SphinxDirective

from autograder.model import links
from autograder.model.course import ROOT, load_course
from autograder.model.questions import QuestionBankError, load_questions, question_type
from pla.comu import format_nombre

STATIC = Path(__file__).resolve().parent.parent / "_static"


def _unit_of(directive: SphinxDirective):
    unit = load_course().unit_for_path(directive.env.docname + ".md")
    if unit is None:
        raise directive.error(f"La pàgina «{directive.env.docname}» no és el capítol de cap unitat de course.yml: "
                              "fes servir aquesta directiva només a book/unitats/uNN-<slug>.md.")
    return unit


def _doc_link(target: str, text: str | None = None) -> addnodes.pending_xref:
    """A link to another page that Sphinx resolves (and warns about if the page disappears).

    Without ``text`` the link shows the page's own title, which describes where it leads.
    """
    ref = addnodes.pending_xref("", refdomain="std", reftype="doc", reftarget="/" + target,
                                refexplicit=text is not None, refwarn=True)
    ref += nodes.inline(text or target, text or target)
    return ref


def _browser_link(unit, kind: str, docname: str) -> nodes.reference:
    """«Obre-ho al navegador»: the notebook in the browser edition (a relative address is relative to the root)."""
    url = links.open_link(unit, kind)
    if "://" not in url and not url.startswith("/"):
        url = "../" * docname.count("/") + url
    return nodes.reference("", "Obre-ho al navegador", refuri=url, classes=["obre-navegador"])


def _notebook_page_link(app, doctree) -> None:
    """Under the title of a practice notebook's or exercise's page: the same notebook in the browser edition."""
    docname = app.env.docname
    unit = load_course().unit_for_path(docname + ".ipynb")
    if unit is None or docname.startswith("book/"):
        return
    kind = "quadern" if docname == str(unit.notebook.with_suffix("")) else "exercici"
    if not links.has_notebook(unit, kind):
        return
    section = next(iter(doctree.findall(nodes.section)), None)
    if section is None or not isinstance(section[0], nodes.title):
        return
    para = nodes.paragraph(classes=["obre-navegador-pagina"])
    para += nodes.Text("Sense instal·lar res: ")
    para += _browser_link(unit, kind, docname)
    para += nodes.Text(" (Python s'executa dins del navegador; la feina es desa en aquest navegador).")
    section.insert(1, para)


class FitxaUnitat(SphinxDirective):
    has_content = False

    def run(self):
        unit = _unit_of(self)
        box = nodes.container(classes=["fitxa-unitat"])
        hours = format_nombre(unit.hours)
        facts = nodes.paragraph()
        facts += nodes.strong(text="Durada estimada: ")
        facts += nodes.Text(f"{hours} h.")
        if unit.graded:
            facts += nodes.Text(" ")
            facts += nodes.strong(text="Exercici avaluable: ")
            facts += nodes.Text(f"{unit.points} punts.")
        box += facts
        intro = nodes.paragraph()
        intro += nodes.strong(text="Resultats d'aprenentatge. ")
        intro += nodes.Text("En acabar aquesta unitat podràs:")
        box += intro
        outcomes = nodes.bullet_list()
        for text in unit.outcomes:
            outcomes += nodes.list_item("", nodes.paragraph(text=text))
        box += outcomes
        links = nodes.bullet_list(classes=["materials-unitat"])
        # The release is generated from the source by `make`: the source decides whether the exercise exists.
        materials = [("Quadern de pràctica: ", unit.notebook, unit.notebook, "quadern")]
        if unit.graded:
            materials.append(("Exercici avaluable: ", unit.release_notebook, unit.source_notebook, "exercici"))
        for label, path, witness, kind in materials:
            if (ROOT / witness).exists():
                para = nodes.paragraph()
                para += nodes.strong(text=label)
                para += _doc_link(str(path.with_suffix("")))
                para += nodes.Text(" (")
                para += _browser_link(unit, kind, self.env.docname)
                para += nodes.Text(")")
                links += nodes.list_item("", para)
        if len(links):
            box += links
        return [box]


class Autoavaluacio(SphinxDirective):
    has_content = False

    def run(self):
        unit = _unit_of(self)
        self.env.note_dependency(str(ROOT / unit.questions))
        try:
            questions = load_questions(unit)
        except QuestionBankError as exc:
            raise self.error(str(exc)) from exc
        parts = [f'<section class="autoavaluacio" data-unitat="{unit.number}" aria-label="Autoavaluació de la unitat {unit.number}">',
                 f'<p>Respon les {len(questions)} preguntes i prem «Comprova la resposta» a cada una: '
                 'veuràs al moment si és correcta i per què. Les respostes no es desen ni compten per a la nota. '
                 'Als nombres, escriu només les xifres, amb coma decimal i sense punt de milers ni unitat '
                 '(12,5 o 2300), com a Moodle.</p>',
                 '<noscript><p>Per fer l\'autoavaluació cal activar JavaScript al navegador.</p></noscript>']
        parts += [question_type(q).html(q, n) for n, q in enumerate(questions, 1)]
        parts.append('<p class="autoavaluacio-resum" role="status" aria-live="polite"></p></section>')
        return [nodes.raw("", "\n".join(parts), format="html")]


class GlossariCurs(Glossary):
    """Sphinx's own glossary, with its entries read from every unit's ``book/glossari/uNN.yml``."""
    has_content = False

    def run(self):
        lines = []
        for path in sorted((ROOT / "book/glossari").glob("u*.yml")):
            self.env.note_dependency(str(path))
            for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
                lines += [entry["terme"], "   " + " ".join(str(entry["definicio"]).split()), ""]
        self.content = StringList(lines, source="book/glossari")
        self.options["sorted"] = True
        return super().run()


class TaulaUnitats(SphinxDirective):
    """The course's units with hours and points, linked to their chapters (for the home page and the guide)."""
    has_content = False

    def run(self):
        course = load_course()
        table = nodes.table(classes=["taula-unitats"])
        group = nodes.tgroup(cols=4)
        table += group
        for width in (8, 60, 12, 12):
            group += nodes.colspec(colwidth=width)
        head = nodes.thead()
        group += head
        body = nodes.tbody()
        group += body

        def row(cells, parent):
            r = nodes.row()
            for cell in cells:
                entry = nodes.entry()
                entry += cell if isinstance(cell, nodes.Node) else nodes.paragraph(text=cell)
                r += entry
            parent += r

        row(["Unitat", "Títol", "Hores", "Punts"], head)
        for unit in course.units:
            link = nodes.paragraph()
            link += _doc_link(str(unit.chapter.with_suffix("")), unit.title)
            row([str(unit.number), link, format_nombre(unit.hours),
                 str(unit.points) if unit.graded else "—"], body)
        row(["", "Total", format_nombre(course.hours), str(course.points)], body)
        return [table]


class EnllacosJupyterhub(SphinxDirective):
    """The nbgitpuller links of every notebook, from the ``jupyterhub`` settings of course.yml."""
    has_content = False

    def run(self):
        rows = links.hub_links()
        if not rows:
            return [nodes.paragraph(text="Aquesta edició del curs no té cap JupyterHub configurat.")]
        items = nodes.bullet_list()
        for row in rows:
            para = nodes.paragraph()
            para += nodes.reference("", row["titol"], refuri=row["enllac"])
            items += nodes.list_item("", para)
        return [items]


def _config_inited(app, config):
    # Every unit may add its own bibliography file; collect them all.
    config.bibtex_bibfiles = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "book/bib").glob("*.bib"))


def setup(app):
    app.connect("config-inited", _config_inited, priority=100)
    app.connect("doctree-read", _notebook_page_link)
    app.add_directive("fitxa-unitat", FitxaUnitat)
    app.add_directive("autoavaluacio", Autoavaluacio)
    app.add_directive("glossari-curs", GlossariCurs)
    app.add_directive("taula-unitats", TaulaUnitats)
    app.add_directive("enllacos-jupyterhub", EnllacosJupyterhub)
    app.add_css_file("curs.css")
    app.add_js_file("autoavaluacio.js", defer="defer")
    app.add_js_file("scorm.js", defer="defer")  # only acts inside an LMS that provides the SCORM API
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
