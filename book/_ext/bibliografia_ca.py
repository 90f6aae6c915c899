"""Bibliography in Catalan: pybtex's ``plain`` style writes "edition", "and", "pages", "In", "visited on"…

``catala`` is ``plain`` with those words in Catalan and with titles kept as written: ``plain`` puts every title in
sentence case, which in Catalan lowercases proper names («Usos d'internet a catalunya»). It is registered as a
pybtex style, and used whenever the book asks for ``plain`` (``bibtex_default_style`` in ``_config.yml``).
"""
from __future__ import annotations

from pybtex.plugin import register_plugin
from pybtex.richtext import Symbol
from pybtex.style.formatting import toplevel
from pybtex.style.formatting.plain import Style as Plain
from pybtex.style.formatting.unsrt import date, pages
from pybtex.style.template import (
    field,
    first_of,
    href,
    join,
    names,
    optional,
    optional_field,
    sentence,
    tag,
    together,
    words,
)


class EstilCatala(Plain):
    def format_names(self, role, as_sentence=True):
        formatted = names(role, sep=", ", sep2=" i ", last_sep=" i ")
        return sentence[formatted] if as_sentence else formatted

    def format_editor(self, e, as_sentence=True):
        editors = self.format_names("editor", as_sentence=False)
        if "editor" not in e.persons:
            return editors
        result = join(sep=" ")[editors, "(ed.)" if len(e.persons["editor"]) == 1 else "(eds.)"]
        return sentence[result] if as_sentence else result

    def format_title(self, e, which_field, as_sentence=True):
        title = field(which_field)
        return sentence[title] if as_sentence else title

    def format_volume_and_series(self, e, as_sentence=True):
        volume_and_series = optional[words[together["Volum" if as_sentence else "volum", field("volume")],
                                           optional[words["de", field("series")]]]]
        number_and_series = optional[words[join(sep=Symbol("nbsp"))["Número" if as_sentence else "número",
                                                                   field("number")],
                                           optional[words["de", field("series")]]]]
        result = first_of[volume_and_series, number_and_series, optional_field("series")]
        return sentence(capfirst=True)[result] if as_sentence else result

    def format_chapter_and_pages(self, e):
        return join(sep=", ")[optional[together["capítol", field("chapter")]], optional[together["p.", pages]]]

    def format_edition(self, e):
        return optional[words[field("edition", apply_func=lambda x: x.lower()), "edició"]]

    def get_article_template(self, e):
        volume_and_pages = first_of[
            optional[join[field("volume"), optional["(", field("number"), ")"], ":", pages]],
            words["p.", pages],
        ]
        return toplevel[
            self.format_names("author"),
            self.format_title(e, "title"),
            sentence[tag("em")[field("journal")], optional[volume_and_pages], date],
            sentence[optional_field("note")],
            self.format_web_refs(e),
        ]

    def get_inbook_template(self, e):
        return toplevel[
            self.format_author_or_editor(e),
            sentence[self.format_btitle(e, "title", as_sentence=False), self.format_chapter_and_pages(e)],
            self.format_volume_and_series(e),
            sentence[field("publisher"), optional_field("address"), self.format_edition(e), date,
                     optional_field("note")],
            self.format_web_refs(e),
        ]

    def _in(self, e, last):
        return words["A", sentence[optional[self.format_editor(e, as_sentence=False)],
                                   self.format_btitle(e, "booktitle", as_sentence=False),
                                   self.format_volume_and_series(e, as_sentence=False), last]]

    def get_incollection_template(self, e):
        return toplevel[
            sentence[self.format_names("author")],
            self.format_title(e, "title"),
            self._in(e, self.format_chapter_and_pages(e)),
            sentence[optional_field("publisher"), optional_field("address"), self.format_edition(e), date],
            self.format_web_refs(e),
        ]

    def get_inproceedings_template(self, e):
        return toplevel[
            sentence[self.format_names("author")],
            self.format_title(e, "title"),
            words[self._in(e, optional[pages]), self.format_address_organization_publisher_date(e)],
            sentence[optional_field("note")],
            self.format_web_refs(e),
        ]

    def _thesis(self, e, kind):
        return toplevel[
            sentence[self.format_names("author")],
            self.format_btitle(e, "title"),
            sentence[first_of[optional_field("type"), kind], field("school"), optional_field("address"), date],
            sentence[optional_field("note")],
            self.format_web_refs(e),
        ]

    def get_mastersthesis_template(self, e):
        return self._thesis(e, "Treball de màster")

    def get_phdthesis_template(self, e):
        return self._thesis(e, "Tesi doctoral")

    def get_techreport_template(self, e):
        return toplevel[
            sentence[self.format_names("author")],
            self.format_title(e, "title"),
            sentence[words[first_of[optional_field("type"), "Informe tècnic"], optional_field("number")],
                     field("institution"), optional_field("address"), date],
            sentence[optional_field("note")],
            self.format_web_refs(e),
        ]

    def format_web_refs(self, e):
        return sentence[
            optional[self.format_url(e), optional[" (consultat el ", field("urldate"), ")"]],
            optional[self.format_eprint(e)],
            optional[self.format_pubmed(e)],
            optional[self.format_doi(e)],
        ]

    def format_url(self, e):
        url = field("url", raw=True)
        return words["Adreça:", href(url)[url]]


def _config_inited(app, config) -> None:
    if config.bibtex_default_style == "plain":
        config.bibtex_default_style = "catala"


def setup(app):
    register_plugin("pybtex.style.formatting", "catala", EstilCatala, force=True)
    app.connect("config-inited", _config_inited)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
