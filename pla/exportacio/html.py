"""El document en HTML accessible: llengua catalana declarada, títols en ordre i taules amb capçaleres."""
from __future__ import annotations

from html import escape

ESTIL = """
body { font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; background: #fff; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
th, td { border: 1px solid #595959; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #e8e8e8; }
"""


def _taula(bloc: dict) -> list:
    linies = ["<table>", f"<caption>{escape(bloc['titol'])}</caption>", "<thead>", "<tr>"]
    linies += [f'<th scope="col">{escape(c)}</th>' for c in bloc["capcalera"]]
    linies += ["</tr>", "</thead>", "<tbody>"]
    for fila in bloc["files"]:
        primera, *resta = fila
        linies.append(f'<tr><th scope="row">{escape(primera)}</th>'
                      + "".join(f"<td>{escape(c)}</td>" for c in resta) + "</tr>")
    return linies + ["</tbody>", "</table>"]


def a_html(document: dict) -> str:
    """Converteix un document en una pàgina HTML completa i accessible (``lang="ca"``, ``<th scope>``)."""
    linies = ["<!DOCTYPE html>", '<html lang="ca">', "<head>", '<meta charset="utf-8">',
              '<meta name="viewport" content="width=device-width, initial-scale=1">',
              f"<title>{escape(document['titol'])}</title>", f"<style>{ESTIL}</style>", "</head>", "<body>", "<main>",
              f"<h1>{escape(document['titol'])}</h1>"]
    if document.get("dades"):
        linies += ["<dl>"] + [f"<dt>{escape(e)}</dt><dd>{escape(v)}</dd>" for e, v in document["dades"]] + ["</dl>"]
    for bloc in document["blocs"]:
        if bloc["tipus"] == "titol":
            linies.append(f"<h{bloc['nivell']}>{escape(bloc['text'])}</h{bloc['nivell']}>")
        elif bloc["tipus"] == "paragraf":
            linies.append(f"<p>{escape(bloc['text'])}</p>")
        elif bloc["tipus"] == "llista":
            etiqueta = "ol" if bloc["ordenada"] else "ul"
            linies += [f"<{etiqueta}>"] + [f"<li>{escape(e)}</li>" for e in bloc["elements"]] + [f"</{etiqueta}>"]
        elif bloc["tipus"] == "taula":
            linies += _taula(bloc)
    return "\n".join(linies + ["</main>", "</body>", "</html>"]) + "\n"
