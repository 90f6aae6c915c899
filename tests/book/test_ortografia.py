"""Catalan spelling of the book's prose: hunspell with Debian's hunspell-ca and the project word list.

Only prose is checked: code blocks, inline code, directives' options, URLs, e-mail addresses, @handles, #hashtags
and the targets of roles ({cite}, {doc}, the ``<target>`` of {term}) are left out. Words the dictionary does not
know but are right (proper names, technical terms, names of networks) go to ``book/paraules.txt`` after review;
a real misspelling is fixed in the chapter.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from autograder.model.course import ROOT

HUNSPELL = shutil.which("hunspell")
WORD_LIST = ROOT / "book" / "paraules.txt"

# Directives whose body is prose (admonitions, figures, exercises…); the rest (code, data, generated content) is
# left out whole.
PROSE_DIRECTIVES = {
    "admonition", "note", "tip", "hint", "important", "warning", "attention", "caution", "danger", "error",
    "seealso", "sidebar", "topic", "epigraph", "div", "figure", "exercise", "solution", "dropdown", "card",
    "tab-item", "margin", "glossary",
}
# Roles whose text is prose; for the others ({cite}, {doc}, {ref}…) the text is a target unless written as
# «text <target>».
PROSE_ROLES = {"term", "abbr", "sub", "sup", "strong", "emphasis", "guilabel", "menuselection"}


def _strip_fences(text: str) -> str:
    """Code blocks and non-prose directives become blank lines (line numbers stay those of the file)."""
    out, lines, i = [], text.split("\n"), 0
    fence = re.compile(r"^(\s*)(`{3,}|~{3,}|:{3,})\s*(\{([\w:-]+)\})?(.*)$")
    while i < len(lines):
        m = fence.match(lines[i])
        if not m or (m.group(2).startswith(":") and not m.group(3)):
            out.append(lines[i])
            i += 1
            continue
        marker, directive, argument = m.group(2), m.group(4), m.group(5).strip()
        end = i + 1
        while end < len(lines) and not re.match(rf"^\s*{re.escape(marker[0])}{{{len(marker)},}}\s*$", lines[end]):
            end += 1
        body = lines[i + 1:end]
        if directive in PROSE_DIRECTIVES:
            # El títol d'una advertència o d'un exercici és prosa; el camí d'una figura o l'etiqueta de l'exercici
            # que resol una solució, no.
            out.append("" if directive in ("figure", "solution") else argument)
            body = ["" if re.match(r"^\s*:[\w-]+:", ln) else ln for ln in body]  # opcions de la directiva
            out.extend(_strip_fences("\n".join(body)).split("\n") if body else [])
        else:
            out.extend([""] * (1 + len(body)))
        if end < len(lines):
            out.append("")  # la tanca
        i = end + 1
    return "\n".join(out)


def _role(match: re.Match) -> str:
    role, content = match.group(1), match.group(2)
    explicit = re.match(r"^(.*?)\s*<[^>]*>$", content, flags=re.S)
    if explicit:
        return explicit.group(1)
    return content if role.split(":")[-1] in PROSE_ROLES or role in PROSE_ROLES else " "


def prose(markdown: str) -> str:
    """The running text of a MyST page, without what is not Catalan prose."""
    def blank(match):  # el mateix nombre de línies, perquè els números de línia siguin els del fitxer
        return "\n" * match.group(0).count("\n")
    text = re.sub(r"<!--.*?-->", blank, markdown, flags=re.S)
    text = re.sub(r"^%.*$", " ", text, flags=re.M)              # comentaris de MyST
    text = re.sub(r"\A---\n.*?\n---\n", blank, text, flags=re.S)   # capçalera YAML
    text = _strip_fences(text)
    text = re.sub(r"^\s*\(?[\w-]+\)?=\s*$", " ", text, flags=re.M)  # etiquetes (nom)=
    text = re.sub(r"\{([\w:-]+)\}`([^`]*)`", _role, text)
    text = re.sub(r"`[^`]*`", " ", text)                         # codi en línia
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)       # enllaços: se'n queda el text
    text = re.sub(r"<(https?://|mailto:)[^>]*>", " ", text)
    text = re.sub(r"\bhttps?://\S+", " ", text)
    text = re.sub(r"\S+@\S+\.\w+", " ", text)                    # adreces electròniques
    text = re.sub(r"(?<![\w])[@#][\w·.-]+", " ", text)           # @comptes i #etiquetes
    text = re.sub(r"\b[\w-]+(?:\.[\w-]+)+(?:/\S*)?", " ", text)  # noms de domini i fitxers (gencat.cat, u05.yml)
    text = text.replace("’", "'")
    return text


def words(text: str) -> list[str]:
    """Words for the spell checker: letters with inner apostrophes, middle dots and hyphens; no numbers and no
    single letters (labels such as «la fase D», or the «d» of «d'1»)."""
    return [t for t in re.findall(r"[^\W\d_]+(?:['·-][^\W\d_]+)*", text) if len(t) > 1]


ELISION = re.compile(r"^(?:[ldsmtn]|qu)'(?=\w)", re.I)


def _parts(token: str) -> list[str]:
    """What to check when the whole token is unknown: the word after an elision («l'EAPC» → «EAPC») or the
    pieces of a hyphenated compound («BY-NC-SA»)."""
    if ELISION.match(token):
        return [ELISION.sub("", token)]
    if "-" in token:
        return [p for p in token.split("-") if len(p) > 1]
    return []


def _chapters() -> list[Path]:
    skip = {"_build", "_templates", "_static", "_vendor", "_ext"}
    return sorted(p for p in (ROOT / "book").rglob("*.md") if not skip & set(p.relative_to(ROOT).parts))


def word_list() -> set[str]:
    if not WORD_LIST.exists():
        return set()
    return {line.strip() for line in WORD_LIST.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")}


def _hunspell_unknown(candidates: set[str]) -> set[str]:
    result = subprocess.run([HUNSPELL, "-d", "ca", "-i", "utf-8", "-l"], input="\n".join(sorted(candidates)),
                            capture_output=True, text=True, check=True,
                            env={"LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"})
    return set(result.stdout.split())


def unknown_words(paths: list[Path]) -> dict[str, list[str]]:
    """``{word: ["file:line", …]}`` for the words hunspell-ca and the word list do not know."""
    per_line = []
    for path in paths:
        for n, line in enumerate(prose(path.read_text(encoding="utf-8")).split("\n"), 1):
            for word in words(line):
                per_line.append((word, f"{path.relative_to(ROOT)}:{n}"))
    candidates = {w for w, _ in per_line}
    candidates |= {p for w in candidates for p in _parts(w)}
    candidates |= {p for w in list(candidates) for p in _parts(w)}
    unknown = _hunspell_unknown(candidates)
    known = word_list()

    def ok(word: str) -> bool:
        if word not in unknown or word in known or len(word) < 2:
            return True
        parts = _parts(word)
        return bool(parts) and all(ok(p) for p in parts)

    where: dict[str, list[str]] = {}
    for word, place in per_line:
        if not ok(word):
            where.setdefault(word, []).append(place)
    return where


@pytest.fixture(scope="module")
def hunspell():
    if not HUNSPELL or not Path("/usr/share/hunspell/ca.dic").exists():
        pytest.fail("Cal hunspell i hunspell-ca (apt-get install hunspell hunspell-ca; .ci/run els instal·la)")


def test_prose_extraction_leaves_out_code_urls_and_targets():
    sample = ("# Títol\n\nText amb `codi` i {cite:p}`gencat-guia-9` i {term}`abast <abast potencial>` i\n"
              "{doc}`guia <../guia-del-curs>` i https://web.gencat.cat/ca/inici i @mossos i [enllaç](u05.md).\n\n"
              ":::{admonition} Sabies que…\n:class: sabies-que\nUna frase.\n:::\n\n```python\nimport os\n```\n")
    text = prose(sample)
    assert words(text) == ["Títol", "Text", "amb", "abast", "guia", "enllaç", "Sabies", "que", "Una", "frase"]
    assert words("l'objectiu d'1 de juny, col·lectius i BY-NC-SA") == ["l'objectiu", "de", "juny", "col·lectius",
                                                                       "BY-NC-SA"]


def test_word_list_is_sorted_and_has_no_duplicates():
    entries = word_list()
    lines = [ln.strip() for ln in WORD_LIST.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.lstrip().startswith("#")]
    assert len(lines) == len(set(lines)), "Paraules repetides a book/paraules.txt"
    assert lines == sorted(lines, key=lambda w: (w.lower(), w)), "book/paraules.txt ha d'anar en ordre alfabètic"
    assert all(" " not in w for w in entries)


def test_word_list_has_no_word_the_dictionary_already_knows(hunspell):
    listed = word_list()
    assert sorted(listed - _hunspell_unknown(listed)) == []


def test_chapters_pass_the_catalan_spell_check(hunspell):
    bad = unknown_words(_chapters())
    report = "\n".join(f"{w}: {', '.join(places[:3])}" for w, places in sorted(bad.items()))
    assert bad == {}, ("Paraules desconegudes (corregiu-les o, si són correctes, afegiu-les a book/paraules.txt):\n"
                       + report)
