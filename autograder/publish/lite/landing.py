"""The home page of the browser edition: what it is, how work is kept, and every notebook by unit (in Catalan).

JupyterLite's own ``index.html`` only redirects to its interface; this page replaces it. It is plain, accessible
HTML (one ``h1``, headings in order, ``lang="ca"``, descriptive links, enough contrast) with no script to run. It
keeps the empty ``jupyter-config-data`` block that JupyterLite's pages read from the site's root ``index.html``.
"""
from __future__ import annotations

import html
from pathlib import Path

from autograder.model.course import Course
from autograder.model.links import site_path

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;margin:0;color:#1a1a1a;
background:#fff}
main{max-width:52rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.8rem;margin-top:0}
h2{font-size:1.3rem;margin-top:2rem}
a{color:#0b5394}
a:focus{outline:3px solid #0b5394;outline-offset:2px}
.unitats{list-style:none;padding:0}
.unitats>li{border-top:1px solid #ccc;padding:.6rem 0}
.unitats ul{margin:.2rem 0 0 1.2rem;padding:0}
.avis{background:#fff4ce;border-left:4px solid #8a6d00;padding:.6rem 1rem}
"""


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _link(path: str, text: str) -> str:
    return f'<a href="notebooks/index.html?path={_e(path)}">{_e(text)}</a>'


def page(course: Course, notebooks: dict[str, list[str]]) -> str:
    items = []
    for unit in course.units:
        links = []
        for kind, label in (("quadern", "Quadern de pràctica"), ("exercici", "Exercici avaluable")):
            if kind == "exercici" and not unit.graded:
                continue
            path = str(site_path(unit, kind))
            if path in notebooks:
                extra = " (els gràfics necessiten connexió)" if notebooks[path] else ""
                links.append(f"<li>{_link(path, f'{label} de la unitat {unit.number}')}{extra}</li>")
        if links:
            items.append(f"<li><strong>{_e(unit.label)}</strong><ul>{''.join(links)}</ul></li>")
    return f"""<!DOCTYPE html>
<html lang="ca">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(course.title)}: edició al navegador</title>
<style>{CSS}</style>
<script id="jupyter-config-data" type="application/json" data-jupyter-lite-root=".">{{}}</script>
</head>
<body>
<main>
<h1>{_e(course.title)}: quaderns al navegador</h1>
<p>Aquí pots obrir els quaderns de pràctica i els exercicis avaluables del curs sense instal·lar res: Python
s'executa dins del teu navegador (Chrome, Edge o Firefox recents). La primera vegada triga uns segons a arrencar.</p>
<h2>Com es desa la feina</h2>
<p>Els canvis es desen <strong>en aquest navegador</strong> d'aquest ordinador (desa amb Ctrl+S). Si canvies
d'ordinador o de navegador, o esborres les dades de navegació, no hi seran. Per lliurar un exercici, baixa'l
(menú <em>Fitxer › Baixa</em>) i puja el fitxer <code>.ipynb</code> a la tasca de Moodle de la unitat.</p>
<p class="avis">Els exercicis avaluables funcionen sense connexió un cop carregada la pàgina. Alguns quaderns de
pràctica fan gràfics amb un paquet que es baixa d'internet quan s'executa la cel·la: el quadern t'ho avisa.</p>
<h2>Quaderns per unitat</h2>
<ul class="unitats">
{''.join(items)}
</ul>
<h2>Altres maneres d'obrir-los</h2>
<p>També pots obrir <a href="lab/index.html">l'entorn complet de JupyterLab</a> amb tots els quaderns a la
barra lateral.</p>
</main>
</body>
</html>
"""


def write(out: Path, course: Course, notebooks: dict[str, list[str]]) -> Path:
    target = out / "index.html"
    target.write_text(page(course, notebooks), encoding="utf-8")
    return target
