"""El document en Markdown: per continuar-lo editant i guardar-ne versions."""
from __future__ import annotations


def _cella(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def a_markdown(document: dict) -> str:
    """Converteix un document (vegeu ``pla.exportacio.blocs``) en text Markdown."""
    linies = [f"# {document['titol']}", ""]
    if document.get("dades"):
        linies += [f"- {etiqueta}: {valor}" for etiqueta, valor in document["dades"]] + [""]
    for bloc in document["blocs"]:
        if bloc["tipus"] == "titol":
            linies += ["#" * bloc["nivell"] + " " + bloc["text"], ""]
        elif bloc["tipus"] == "paragraf":
            linies += [bloc["text"], ""]
        elif bloc["tipus"] == "llista":
            linies += [f"{f'{n}.' if bloc['ordenada'] else '-'} {element}"
                       for n, element in enumerate(bloc["elements"], 1)] + [""]
        elif bloc["tipus"] == "taula":
            linies += [f"**{bloc['titol']}**", "",
                       "| " + " | ".join(_cella(c) for c in bloc["capcalera"]) + " |",
                       "|" + "---|" * len(bloc["capcalera"])]
            linies += ["| " + " | ".join(_cella(c) for c in fila) + " |" for fila in bloc["files"]] + [""]
    return "\n".join(linies).rstrip("\n") + "\n"
