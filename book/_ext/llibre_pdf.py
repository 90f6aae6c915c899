"""PDF edition of the whole book, for reading offline: the one-page build printed by Debian's Chromium.

``jupyter-book build . --builder singlehtml`` puts every chapter in one page, with the links between chapters
turned into links inside the page. This script serves that page on 127.0.0.1, opens it in Chromium (Playwright with
the system browser: no browser is downloaded), adds a Catalan cover and a table of contents built from ``_toc.yml``,
starts every chapter on a new page and prints it to a tagged PDF with bookmarks; the internal links become PDF links.

    python book/_ext/llibre_pdf.py _build/singlehtml dist/curs-xarxes-socials.pdf    (what `make pdf` runs)
"""
from __future__ import annotations

import argparse
import datetime
import functools
import http.server
import shutil
import sys
import threading
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SUBTITLE = "Curs en línia per al personal de les administracions públiques"


def parts(toc_path: Path = ROOT / "_toc.yml") -> list[dict]:
    """``[{"caption": …, "files": [...]}, …]`` in book order, with each chapter's sections after it."""
    toc = yaml.safe_load(toc_path.read_text(encoding="utf-8"))

    def files(entries):
        for entry in entries or []:
            yield entry["file"]
            yield from files(entry.get("sections"))

    result = [{"caption": "", "files": [toc["root"]]}]
    for part in toc.get("parts", []):
        result.append({"caption": part.get("caption", ""), "files": list(files(part.get("chapters")))})
    return result


def _config() -> dict:
    return yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))


# Portada, índex i salts de pàgina, fets al navegador sobre la pàgina única del llibre.
PREPARE = r"""({parts, title, subtitle, author, edition}) => {
  const article = document.querySelector("article.bd-article") || document.querySelector("main") || document.body;
  const esc = (s) => s.replace(/[&<>"]/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c]));
  const titleOf = (file) => {
    const anchor = document.getElementById("document-" + file);
    if (!anchor) return null;
    let el = anchor.nextElementSibling;
    // A la pàgina única, el títol de cada capítol baixa un nivell (h2) dins de la secció del capítol.
    const h = el && (el.matches("h1, h2") ? el : el.querySelector("h1, h2"));
    return h ? h.textContent.replace(/[#¶]\s*$/, "").trim() : null;
  };
  let items = "", chapters = 0;
  for (const part of parts) {
    const entries = part.files.map((f) => [f, titleOf(f)]).filter(([, t]) => t);
    if (!entries.length) continue;
    if (part.caption) items += `<li class="part">${esc(part.caption)}</li>`;
    for (const [file, text] of entries) {
      items += `<li><a href="#document-${esc(file)}">${esc(text)}</a></li>`;
      chapters += 1;
    }
  }
  const cover = document.createElement("section");
  cover.className = "portada-pdf";
  cover.setAttribute("aria-label", "Portada");
  cover.innerHTML = `<p class="titol-portada" role="heading" aria-level="1">${esc(title)}</p>
    <p class="subtitol">${esc(subtitle)}</p>
    <p class="subtitol">Edició en PDF per llegir sense connexió</p>
    <p class="peu">${esc(author)} · ${esc(edition)}<br>La versió de referència és la web del curs.</p>`;
  const index = document.createElement("nav");
  index.className = "index-pdf";
  index.setAttribute("aria-labelledby", "index-pdf-titol");
  index.innerHTML = `<h2 id="index-pdf-titol">Índex</h2><ol>${items}</ol>`;
  article.prepend(cover, index);
  // La capçalera d'impressió de pàgina del tema (títol i continguts d'una sola pàgina) no té sentit al llibre sencer.
  document.querySelectorAll("#jb-print-docs-body").forEach((el) => el.remove());
  // Cada capítol comença en una pàgina nova.
  document.querySelectorAll("span[id^='document-']").forEach((span) => {
    const next = span.nextElementSibling;
    if (next) next.classList.add("capitol-pdf");
  });
  // A la pàgina única, cada capítol conserva els seus identificadors: «idees-clau» o «id3» es repeteixen. Es fan
  // únics (el primer es queda igual) i cada enllaç va al del seu capítol; les cites, a la bibliografia.
  const docOf = (el) => { const d = el.closest("[data-document]"); return d ? d.dataset.document : ""; };
  document.querySelectorAll("span[id^='document-']").forEach((span) => {
    if (span.nextElementSibling) span.nextElementSibling.dataset.document = span.id;
  });
  const byId = new Map();
  for (const el of document.querySelectorAll("[id]")) {
    if (!byId.has(el.id)) byId.set(el.id, []);
    byId.get(el.id).push(el);
  }
  for (const [id, els] of byId) {
    els.slice(1).forEach((el, n) => { el.id = `${id}--${n + 2}`; });
  }
  // Enllaços: els interns passen a ser ancoratges de la mateixa pàgina (enllaços interns del PDF); els que
  // apunten al servidor local i no tenen destinació aquí es treuen (al PDF no portarien enlloc).
  for (const a of document.querySelectorAll("a[href]")) {
    const url = new URL(a.getAttribute("href"), location.href);
    if (url.origin !== location.origin) continue;
    const targets = byId.get(decodeURIComponent(url.hash.slice(1))) || [];
    const target = a.closest(".bibtex-citation") ? targets.find((t) => t.matches(".citation"))
        : targets.find((t) => docOf(t) === docOf(a)) || targets[0];
    if (target) {
      a.setAttribute("href", "#" + target.id);
    } else {
      a.removeAttribute("href");
    }
  }
  document.title = title;
  return chapters;
}"""


def build_pdf(singlehtml: Path, out: Path, chromium: str | None = None) -> Path:
    """Print ``singlehtml/book/index.html`` (a ``--builder singlehtml`` build) to ``out``."""
    from playwright.sync_api import sync_playwright

    chromium = chromium or shutil.which("chromium")
    if not chromium:
        raise SystemExit("Cal el Chromium de Debian: apt-get install chromium")
    page_path = next((p for p in (singlehtml / "book" / "index.html", singlehtml / "index.html")
                      if p.exists() and "http-equiv" not in p.read_text(encoding="utf-8")[:200]), None)
    if page_path is None:
        raise SystemExit(f"No trobo la pàgina única del llibre a {singlehtml}: "
                         "cal «jupyter-book build . --builder singlehtml»")
    config = _config()
    year = config.get("copyright") or datetime.date.today().year
    meta = {"parts": parts(), "title": config["title"].replace("'", "’"), "subtitle": SUBTITLE,
            "author": config.get("author", ""), "edition": f"Edició de {year}"}

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def translate_path(self, path):
            # JB escriu la pàgina única a book/index.html però hi posa adreces relatives a l'arrel (_static/…):
            # se serveix des de l'arrel perquè els estils i els scripts hi arribin.
            if path.split("?")[0] == "/llibre.html":
                return str(page_path)
            return super().translate_path(path)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(singlehtml)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, headless=True, args=ARGS)
            page = browser.new_page(locale="ca-ES")
            page.add_init_script("localStorage.setItem('mode', 'light'); localStorage.setItem('theme', 'light');")
            page.goto(f"{base}/llibre.html", wait_until="load")
            page.wait_for_timeout(500)
            chapters = page.evaluate(PREPARE, meta)
            if chapters < 2:
                raise SystemExit(f"L'índex del PDF només té {chapters} capítols: la construcció és incompleta")
            footer = ('<div style="font-size:8px;width:100%;text-align:center;color:#444">'
                      '<span class="title"></span> · pàgina <span class="pageNumber"></span> de '
                      '<span class="totalPages"></span></div>')
            page.pdf(path=str(out), format="A4", print_background=True, tagged=True, outline=True,
                     display_header_footer=True, header_template="<span></span>", footer_template=footer,
                     margin={"top": "18mm", "bottom": "20mm", "left": "16mm", "right": "16mm"})
            browser.close()
    finally:
        server.shutdown()
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Edició en PDF del llibre (a partir d'una construcció singlehtml).")
    parser.add_argument("singlehtml", type=Path, help="carpeta de la construcció, p. ex. _build/singlehtml")
    parser.add_argument("pdf", type=Path, help="fitxer de sortida, p. ex. dist/curs-xarxes-socials.pdf")
    args = parser.parse_args(argv)
    out = build_pdf(args.singlehtml, args.pdf)
    print(f"PDF escrit: {out} ({out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
