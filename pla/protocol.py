"""El protocol de resposta a la ciutadania i l'horari d'atenció.

Un horari d'atenció és un diccionari (el mateix que fan servir els indicadors de temps de resposta)::

    {"dies": ["dl", "dt", "dc", "dj", "dv"], "inici": "08:00", "fi": "15:00", "festius": ["2027-01-06"]}

Un protocol de resposta diu en quant de temps es respon, en quin horari i què es fa en cada cas::

    {"temps_maxim_hores": 2,
     "horari": {"dies": ["dl", "dt", "dc", "dj", "dv"], "inici": "08:00", "fi": "15:00"},
     "fora_horari": "Caps de setmana i festius: dues revisions, a les 10 i a les 18 h.",
     "casos": {"pregunta": "Respondre pel mateix canal i repetir el tema de la pregunta.",
               "queixa": "Respondre sempre; les negatives, després de parlar-ne amb la unitat afectada.",
               "insult": "No respondre; amagar o eliminar el comentari segons les normes de participació.",
               "dades_personals": "Respondre breument en públic i continuar per missatge directe."}}
"""
from __future__ import annotations

from pla.comu import ABREUJATS, DIES, buit, claus_que_falten, es_nombre, llegeix_data, llegeix_dia, llegeix_hora

CLAUS_HORARI = {
    "dies": "els dies d'atenció, per exemple [\"dl\", \"dt\", \"dc\", \"dj\", \"dv\"]",
    "inici": "l'hora en què comença l'atenció, com «08:30»",
    "fi": "l'hora en què acaba, com «19:30»",
}
CLAUS_PROTOCOL = {
    "temps_maxim_hores": "el màxim d'hores d'atenció per respondre, com a nombre",
    "horari": "l'horari d'atenció",
    "casos": "què es fa en cada cas: pregunta, queixa, insult i dades personals",
}
CASOS_OBLIGATORIS = {
    "pregunta": "respondre pel mateix canal i repetir el tema de la pregunta (RESP-01, RESP-02)",
    "queixa": "les queixes i les crítiques sempre es responen (RESP-03)",
    "insult": "els insults no es responen i es moderen segons les normes (RESP-09)",
    "dades_personals": "si hi ha dades personals, no es respon en públic (PRIV-04)",
}


def valida_horari(horari) -> list[str]:
    """Comprova un horari d'atenció: dies de la setmana, hora d'inici i hora de fi (i, opcionalment, festius)."""
    if not isinstance(horari, dict):
        return ["L'horari ha de ser un diccionari amb les claus: " + ", ".join(CLAUS_HORARI) + "."]
    missatges = claus_que_falten(horari, CLAUS_HORARI, "Horari")
    dies = horari.get("dies")
    if not buit(dies):
        if not isinstance(dies, list):
            missatges.append("Horari: «dies» ha de ser una llista, per exemple "
                             "[\"dl\", \"dt\", \"dc\", \"dj\", \"dv\"].")
        else:
            for dia in dies:
                if llegeix_dia(dia) is None:
                    missatges.append(f"Horari: el dia «{dia}» no existeix; fes servir {', '.join(ABREUJATS)} "
                                     f"o {', '.join(DIES)}.")
    inici, fi = llegeix_hora(horari.get("inici")), llegeix_hora(horari.get("fi"))
    for clau, valor in (("inici", inici), ("fi", fi)):
        if not buit(horari.get(clau)) and valor is None:
            missatges.append(f"Horari: l'hora «{horari[clau]}» de «{clau}» no és vàlida; escriu-la com «08:30».")
    if inici is not None and fi is not None and fi <= inici:
        missatges.append(f"Horari: l'hora de fi ({horari['fi']}) ha de ser posterior a la d'inici ({horari['inici']}).")
    festius = horari.get("festius")
    if not buit(festius):
        if not isinstance(festius, list):
            missatges.append("Horari: «festius» ha de ser una llista de dates AAAA-MM-DD.")
        else:
            for festiu in festius:
                if llegeix_data(festiu) is None:
                    missatges.append(f"Horari: el festiu «{festiu}» no és una data vàlida; escriu-lo com AAAA-MM-DD.")
    return missatges


def valida_protocol_resposta(protocol) -> list[str]:
    """Comprova el protocol de resposta: temps màxim, horari d'atenció i què es fa en cada cas obligatori."""
    if not isinstance(protocol, dict):
        return ["El protocol de resposta ha de ser un diccionari amb les claus: " + ", ".join(CLAUS_PROTOCOL) + "."]
    missatges = claus_que_falten(protocol, CLAUS_PROTOCOL, "Protocol de resposta")
    temps = protocol.get("temps_maxim_hores")
    if not buit(temps) and (not es_nombre(temps) or temps <= 0):
        missatges.append("Protocol de resposta: «temps_maxim_hores» ha de ser un nombre d'hores més gran que zero, "
                         "sense cometes.")
    elif es_nombre(temps) and temps > 24:
        missatges.append(f"Protocol de resposta: {temps:g} hores d'atenció són massa; la guia de la Generalitat "
                         "demana menys de 2 hores i, per als comentaris del blog, 24 com a màxim.")
    if not buit(protocol.get("horari")):
        missatges += valida_horari(protocol["horari"])
    casos = protocol.get("casos")
    if not buit(casos):
        if not isinstance(casos, dict):
            missatges.append("Protocol de resposta: «casos» ha de ser un diccionari, per exemple "
                             "{\"pregunta\": \"…\", \"queixa\": \"…\"}.")
        else:
            for cas, que in CASOS_OBLIGATORIS.items():
                if buit(casos.get(cas)):
                    missatges.append(f"Protocol de resposta: falta el cas «{cas}»; explica què es fa. "
                                     f"Referència: {que}.")
    return missatges
