"""Els apartats de la guia d'usos i estil exportada, i els tres documents: pla, guia i document únic."""
from __future__ import annotations

from pla.comu import majuscula
from pla.conjunts_regles import carrega_regles
from pla.exportacio.blocs import PENDENT, diccionaris, llista, paragraf, taula, taula_de, text_de, titol
from pla.exportacio.document_pla import blocs_pla, dades_pla
from pla.guia import RESPONSABLE, SECCIONS_NORMES, US
from pla.protocol import CASOS


def _dict(valor) -> dict:
    return valor if isinstance(valor, dict) else {}


def _regles(guia: dict) -> list:
    if not guia.get("regles"):
        return []
    try:
        conjunt = carrega_regles(guia["regles"])
    except ValueError:
        return []
    files = [[codi, regla.get("descripcio"), regla.get("valor"), regla.get("font")]
             for codi, regla in conjunt["regles"].items()]
    return [paragraf("Valors de les regles que es comproven en cada publicació. "
                     f"Font principal: {conjunt.get('font')}."),
            taula("Regles comprovables de les publicacions", ["regla", "què diu", "valor", "font"], files)]


def _interaccio(guia: dict) -> list:
    protocol = _dict(guia.get("protocol_resposta"))
    if not protocol:
        return []
    horari = _dict(protocol.get("horari"))
    dades = [f"Temps màxim de resposta: {text_de(protocol.get('temps_maxim_hores'))} hores d'atenció."]
    if horari:
        dades.append(f"Horari d'atenció: {text_de(horari.get('dies'))}, de {text_de(horari.get('inici'))} a "
                     f"{text_de(horari.get('fi'))}.")
        if horari.get("festius"):
            dades.append(f"Festius sense atenció: {text_de(horari['festius'])}.")
    if protocol.get("fora_horari"):
        dades.append(f"Fora de l'horari: {text_de(protocol['fora_horari'])}")
    casos = _dict(protocol.get("casos"))
    blocs = [paragraf("Protocol de resposta:"), llista(dades)]
    if casos:
        etiquetes = CASOS.etiquetes()
        blocs.append(taula("Què fem en cada cas", ["cas", "què fem"],
                           [[majuscula(etiquetes.get(cas, cas)), accio] for cas, accio in casos.items()]))
    return blocs


def _responsable(responsable: dict) -> list:
    if not responsable:
        return [paragraf(PENDENT)]
    dades = [f"{majuscula(camp.etiqueta)}: {text_de(responsable.get(camp.clau))}" for camp in RESPONSABLE.camps
             if camp.tipus != "linies" and text_de(responsable.get(camp.clau))]
    blocs = [llista(dades)]
    for camp in RESPONSABLE.camps:  # les llistes (les funcions), cadascuna amb el seu títol
        if camp.tipus == "linies" and isinstance(responsable.get(camp.clau), list) and responsable[camp.clau]:
            blocs += [paragraf(f"{majuscula(camp.etiqueta)}:"), llista(responsable[camp.clau])]
    return blocs


def _apartat_normes(guia: dict, clau: str) -> list:
    normes = _dict(guia.get("normes"))
    blocs = [llista(normes[clau])] if isinstance(normes.get(clau), list) and normes[clau] else []
    if clau == "principis" and diccionaris(guia.get("usos")):
        blocs += taula_de("Com fem servir cada xarxa", guia["usos"], US.etiquetes())
    if clau == "estil":
        blocs += _regles(guia)
    if clau == "interaccio":
        blocs += _interaccio(guia)
    return blocs or [paragraf(PENDENT)]


def blocs_guia(guia: dict, nivell: int = 2, dins_document_unic: bool = False) -> list:
    """Els apartats de la guia com a blocs. Sola, va de «1. Principis» a «11. Responsable de continguts
    digitals»; dins del document únic, és l'apartat «9. Normes d'ús de les xarxes» i el «10. Responsable…»."""
    guia = _dict(guia)
    blocs = []
    if dins_document_unic:
        blocs.append(titol(nivell, "9. Normes d'ús de les xarxes"))
        for numero, (clau, nom) in enumerate(SECCIONS_NORMES.items(), 1):
            blocs += [titol(nivell + 1, f"9.{numero} {nom}"), *_apartat_normes(guia, clau)]
        return blocs + [titol(nivell, f"10. {RESPONSABLE.nom}"), *_responsable(_dict(guia.get("responsable")))]
    for numero, (clau, nom) in enumerate(SECCIONS_NORMES.items(), 1):
        blocs += [titol(nivell, f"{numero}. {nom}"), *_apartat_normes(guia, clau)]
    return blocs + [titol(nivell, f"{len(SECCIONS_NORMES) + 1}. {RESPONSABLE.nom}"),
                    *_responsable(_dict(guia.get("responsable")))]


def _nom(document: dict) -> str:
    return text_de(_dict(_dict(document).get("organitzacio")).get("nom")) or "[nom de l'organització]"


def document_pla(pla: dict) -> dict:
    """El pla de comunicació 2.0 com a document: títol, dades de capçalera i blocs."""
    return {"titol": f"Pla de comunicació 2.0: {_nom(pla)}", "dades": dades_pla(_dict(pla)), "blocs": blocs_pla(pla)}


def document_guia(guia: dict) -> dict:
    """La guia d'usos i estil com a document."""
    organitzacio = _dict(_dict(guia).get("organitzacio"))
    dades = [(etiqueta, text_de(valor)) for etiqueta, valor in
             (("Organització", organitzacio.get("nom")), ("Aprovada per", organitzacio.get("aprovacio"))) if valor]
    blocs = []
    if organitzacio.get("descripcio"):
        blocs.append(paragraf(organitzacio["descripcio"]))
    return {"titol": f"Guia d'usos i estil a les xarxes socials: {_nom(guia)}", "dades": dades,
            "blocs": blocs + blocs_guia(guia)}


def document_unic(pla: dict, guia: dict) -> dict:
    """El document únic d'una organització petita: el pla (apartats 1 a 8) i la guia (apartats 9 i 10)."""
    return {"titol": f"Pla i guia de xarxes socials: {_nom(pla) if _dict(pla).get('organitzacio') else _nom(guia)}",
            "dades": dades_pla(_dict(pla)), "blocs": blocs_pla(pla) + blocs_guia(guia, dins_document_unic=True)}
