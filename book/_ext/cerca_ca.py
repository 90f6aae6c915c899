"""Catalan full-text search for the book: Sphinx has no Catalan search language, so this registers one.

The index (Python) and the search box (JavaScript) must reduce a word to the same stem, or a query finds nothing:
- Python side: ``snowballstemmer``'s Catalan stemmer (Snowball's ``catalan.sbl``);
- JS side: ``cerca_ca.js``, a line-by-line port of that stemmer, whose suffix tables are filled in here from the
  Python package itself, so the two can only differ in the ~150 lines of logic (a test compares them word by word).
Both sides drop the same Catalan stop words and split words the same way, keeping ``l·l`` inside a word.
Use with ``html_search_language: ca``.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import snowballstemmer
from snowballstemmer.catalan_stemmer import CatalanStemmer
from sphinx.search import SearchLanguage

HERE = Path(__file__).resolve().parent
BUILT = HERE.parents[1] / "_build" / "cerca_ca"

# Paraules buides: articles, preposicions, conjuncions, pronoms, determinants i formes freqüents dels verbs auxiliars.
STOPWORDS = set("""
a al als amb cap com contra d de del dels des durant en entre fins i mitjançant o ni per pel pels però perquè quan
que qui què segons sense si sinó sobre sota tret doncs ja
el els l la les lo un una uns unes
em et es s ens us li hi ho ne n m t me te se nos vos
jo tu ell ella nosaltres vosaltres ells elles
meu meva meus meves teu teva teus teves seu seva seus seves nostre nostra nostres vostre vostra vostres
aquest aquesta aquests aquestes aquell aquella aquells aquelles això allò aquí allà
quin quina quins quines on cada tot tota tots totes altre altra altres mateix mateixa mateixos mateixes
molt molta molts moltes més menys tan tant tanta tants tantes també només no sí
és són ser era eren sigui siguin ha han he has hem heu havia havien haver està estan estar
""".split())

# \w de Python, més el punt volat entre lletres (col·lectiu és una sola paraula, no «col» i «lectiu»).
WORD = re.compile(r"\w+(?:·\w+)*")
# Sphinx insereix aquest codi tal qual a language_data.js (sense caràcters que la plantilla escaparia).
JS_SPLITTER = (
    "var splitQuery = function (query) {\n"
    "  return query.match(/[\\p{L}\\p{N}_]+(?:·[\\p{L}\\p{N}_]+)*/gu) || [];\n"
    "};\n"
)


def among_tables() -> dict[str, list]:
    """The suffix tables of the Python stemmer, as JSON-ready lists ``[string, substring_i, result]``."""
    tables = {}
    for name, value in vars(CatalanStemmer).items():
        if re.fullmatch(r"a_\d+", name):
            tables[name] = [[a.s, a.substring_i, a.result] for a in value]
            assert all(a.method is None for a in value), "el port a JS no admet mètodes a les taules"
    return tables


def stemmer_js() -> str:
    """The JS stemmer with the Python package's tables written in."""
    source = (HERE / "cerca_ca.js").read_text(encoding="utf-8")
    return source.replace("/*AMONG*/null", json.dumps(among_tables(), ensure_ascii=False))


def _write_js() -> Path:
    BUILT.mkdir(parents=True, exist_ok=True)
    target = BUILT / "catalan-stemmer.js"
    text = stemmer_js()
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")
    return target


class SearchCatalan(SearchLanguage):
    lang = "ca"
    language_name = "Catalan"  # Sphinx afegeix «Stemmer = CatalanStemmer;»
    # Sphinx llegeix aquest fitxer amb os.path.join(<carpeta de Sphinx>, ...): un camí absolut hi passa sencer.
    js_stemmer_rawcode = str(_write_js())
    js_splitter_code = JS_SPLITTER
    stopwords = STOPWORDS
    _word_re = WORD

    def init(self, options) -> None:
        self.stemmer = snowballstemmer.stemmer("catalan")

    def stem(self, word: str) -> str:
        return self.stemmer.stemWord(word.lower())

    def word_filter(self, word: str) -> bool:
        return bool(word) and word not in self.stopwords


def setup(app):
    SearchCatalan.js_stemmer_rawcode = str(_write_js())
    app.add_search_language(SearchCatalan)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
