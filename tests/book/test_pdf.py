"""The PDF edition (what `make pdf` writes to dist/): one-page build printed by Debian's Chromium.

The PDF is read with a few lines of Python (no PDF library is installed): its catalogue, its link annotations,
its named destinations and the text of the cover page (decoded through the fonts' ToUnicode maps).
"""
from __future__ import annotations

import re
import sys
import zlib
from pathlib import Path

import pytest
import yaml

from autograder.model.course import ROOT, load_course
from tests.conftest import build_book  # noqa: E402

pytestmark = [pytest.mark.book, pytest.mark.xdist_group("book")]
sys.path.insert(0, str(ROOT / "book" / "_ext"))
import llibre_pdf  # noqa: E402


class Pdf:
    """Just enough of a PDF reader for Chromium's (Skia's) output: plain indirect objects, Flate streams."""

    def __init__(self, data: bytes):
        self.data = data
        self.offsets = {int(m.group(1)): m.end() for m in re.finditer(rb"(?<![\d])(\d+) 0 obj", data)}

    def obj(self, n: int) -> bytes:
        start = self.offsets[n]
        return self.data[start:self.data.index(b"endobj", start)]

    def stream(self, n: int) -> bytes:
        body = self.obj(n)
        raw = body[body.index(b"stream") + 6:body.rindex(b"endstream")].strip(b"\r\n")
        return zlib.decompress(raw) if b"/FlateDecode" in body[:body.index(b"stream")] else raw

    def ref(self, body: bytes, key: bytes) -> int | None:
        m = re.search(rb"/" + key + rb" (\d+) 0 R", body)
        return int(m.group(1)) if m else None

    @property
    def catalog(self) -> bytes:
        n = next(n for n in self.offsets if b"/Type /Catalog" in self.obj(n)[:200])
        return self.obj(n)

    def pages(self) -> list[int]:
        def walk(n):
            body = self.obj(n)
            if b"/Type /Pages" in body:
                for kid in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids \[([^\]]*)\]", body).group(1)):
                    yield from walk(int(kid))
            else:
                yield n
        return list(walk(self.ref(self.catalog, b"Pages")))

    def links(self) -> list[bytes]:
        return [self.obj(n) for n in self.offsets if b"/Subtype /Link" in self.obj(n)[:400]]

    def destinations(self) -> set[str]:
        body = self.obj(self.ref(self.catalog, b"Dests"))
        return {_name(m) for m in re.findall(rb"/([^\s/\[\]<>()]+) \[\d+ 0 R /XYZ", body)}

    def _unicode_map(self, font: int) -> dict[str, str]:
        to_unicode = self.ref(self.obj(font), b"ToUnicode")
        cmap = self.stream(to_unicode).decode("latin-1")
        mapping = {}
        for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
            for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                mapping[src.upper()] = bytes.fromhex(dst).decode("utf-16-be")
        for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
            for lo, hi, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                start = int(dst, 16)
                for i, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                    mapping[f"{code:0{len(lo)}X}"] = chr(start + i)
        return mapping

    def page_text(self, page: int) -> str:
        body = self.obj(page)
        fonts = dict(re.findall(rb"/(F\d+) (\d+) 0 R", re.search(rb"/Font <<(.*?)>>", body, re.S).group(1)))
        maps = {name.decode(): self._unicode_map(int(n)) for name, n in fonts.items()}
        text, current = [], {}
        for n in re.findall(rb"(\d+) 0 R", re.search(rb"/Contents (\[[^\]]*\]|\d+ 0 R)", body).group(1)):
            content = self.stream(int(n)).decode("latin-1")
            for font, strings in re.findall(r"/(F\d+) [\d.]+ Tf|(<[0-9A-Fa-f]*>\s*T[Jj]|\[[^\]]*\]\s*TJ)", content):
                if font:
                    current = maps.get(font, {})
                    continue
                for hexa in re.findall(r"<([0-9A-Fa-f]*)>", strings):
                    text.append("".join(current.get(hexa[i:i + 4].upper(), "") for i in range(0, len(hexa), 4)))
            text.append("\n")
        return "".join(text)


def _name(raw: bytes) -> str:
    return re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), raw).decode("utf-8")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text.replace("’", "'"))


@pytest.fixture(scope="module")
def pdf(site) -> tuple[Pdf, Path]:
    """The book built with `--builder singlehtml` and printed, as `make pdf` does after `make`: from the same copy
    of the repository as the session's book (``site``), whose executed notebooks it reuses."""
    out = site.parent.parent
    path = llibre_pdf.build_pdf(build_book(out, "singlehtml"), out / "curs-xarxes-socials.pdf")
    return Pdf(path.read_bytes()), path


def test_make_pdf_target_writes_the_pdf_to_dist():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    rule = re.search(r"^pdf:.*?(?=^\S|\Z)", makefile, flags=re.M | re.S).group(0)
    assert "--builder singlehtml" in rule and "llibre_pdf.py _build/singlehtml dist/curs-xarxes-socials.pdf" in rule


def test_pdf_exists_and_is_a_tagged_catalan_document(pdf):
    doc, path = pdf
    assert path.exists() and doc.data.startswith(b"%PDF-") and path.stat().st_size > 100_000
    assert b"/Lang (ca)" in doc.catalog
    assert b"/StructTreeRoot" in doc.catalog and b"/Marked true" in doc.catalog  # PDF etiquetat
    assert b"/Outlines" in doc.catalog  # marcadors
    assert len(doc.pages()) > 20


def test_cover_page_has_the_title_in_catalan(pdf):
    doc, _ = pdf
    title = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))["title"]
    cover = doc.page_text(doc.pages()[0])
    assert _squash(title) in _squash(cover), cover[:500]
    assert _squash("Edició en PDF per llegir sense connexió") in _squash(cover)
    info = re.search(rb"/Title <FEFF([0-9A-F]+)>", doc.data)
    assert info and bytes.fromhex(info.group(1).decode()).decode("utf-16-be").replace("’", "'") == title


def test_table_of_contents_lists_every_unit(pdf):
    doc, _ = pdf
    toc = _squash("".join(doc.page_text(p) for p in doc.pages()[1:3]))
    assert _squash("Índex") in toc
    for unit in load_course().units:
        assert _squash(f"Unitat {unit.number}.") in toc, unit.number


def test_internal_links_point_to_destinations_in_the_pdf(pdf):
    doc, _ = pdf
    names = doc.destinations()
    links = doc.links()
    internal = [_name(m.group(1)) for body in links for m in [re.search(rb"/Dest /([^\s/\[\]<>()]+)", body)] if m]
    assert len(internal) > 50
    assert set(internal) <= names, sorted(set(internal) - names)[:10]
    for unit in load_course().units:  # l'índex porta a cada capítol
        assert f"document-{unit.chapter.with_suffix('').as_posix()}" in internal, unit.code
    # Cap enllaç al servidor local que ha servit la pàgina per imprimir-la.
    assert not [b for b in links if b"127.0.0.1" in b or b"localhost" in b]
