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

from pla.camps import Camp, Component, valida
from pla.comu import llegeix_hora

HORA = "{nom}: l'hora «{valor}» de «{clau}» no és vàlida; escriu-la com «08:30»."


def _fi_posterior(fi, horari, context, nom) -> list[str]:
    inici = llegeix_hora(horari.get("inici"))
    if inici is not None and llegeix_hora(fi) <= inici:
        return [f"{nom}: l'hora de fi ({fi}) ha de ser posterior a la d'inici ({horari['inici']})."]
    return []


HORARI = Component("Horari", (
    Camp("dies", "els dies d'atenció, per exemple [\"dl\", \"dt\", \"dc\", \"dj\", \"dv\"]", "dies", tipus="llista",
         element=Camp("dia", tipus="dia",
                      missatges={"dia": "{nom}: el dia «{valor}» no existeix; fes servir {abreujats} o {dies}."}),
         missatges={"llista": "{nom}: «dies» ha de ser una llista, per exemple [\"dl\", \"dt\", \"dc\", \"dj\", "
                              "\"dv\"]."}),
    Camp("inici", "l'hora en què comença l'atenció, com «08:30»", "inici", tipus="hora", missatges={"hora": HORA}),
    Camp("fi", "l'hora en què acaba, com «19:30»", "fi", tipus="hora", missatges={"hora": HORA},
         comprova=_fi_posterior),
    Camp("festius", "els festius sense atenció, en format AAAA-MM-DD", "festius", tipus="llista", obligatori=False,
         element=Camp("festiu", tipus="data", missatges={
             "data": "{nom}: el festiu «{valor}» no és una data vàlida; escriu-lo com AAAA-MM-DD."}),
         missatges={"llista": "{nom}: «festius» ha de ser una llista de dates AAAA-MM-DD."}),
), missatges={"no_diccionari": "L'horari ha de ser un diccionari amb les claus: {claus}."})

CASOS = Component("Protocol de resposta", (
    Camp("pregunta", "respondre pel mateix canal i repetir el tema de la pregunta (RESP-01, RESP-02)",
         "una pregunta"),
    Camp("queixa", "les queixes i les crítiques sempre es responen (RESP-03)", "una queixa o una crítica"),
    Camp("insult", "els insults no es responen i es moderen segons les normes (RESP-09)",
         "un insult o un missatge ofensiu"),
    Camp("dades_personals", "si hi ha dades personals, no es respon en públic (PRIV-04)",
         "un missatge amb dades personals"),
    Camp("urgencia", "què es fa davant d'una urgència", "una urgència", obligatori=False),
), missatges={"falta": "{nom}: falta el cas «{clau}»; explica què es fa. Referència: {explicacio}."})

PROTOCOL_RESPOSTA = Component("Protocol de resposta", (
    Camp("temps_maxim_hores", "el màxim d'hores d'atenció per respondre, com a nombre", "temps màxim (hores)",
         tipus="nombre", minim=0, minim_exclos=True, maxim=24, missatges={
             "nombre": "{nom}: «temps_maxim_hores» ha de ser un nombre d'hores més gran que zero, sense cometes.",
             "maxim": "{nom}: {valor:g} hores d'atenció són massa; la guia de la Generalitat demana menys de 2 hores "
                      "i, per als comentaris del blog, 24 com a màxim."}),
    Camp("horari", "l'horari d'atenció", "horari d'atenció", tipus="diccionari", element=HORARI),
    Camp("fora_horari", "què es fa fora de l'horari d'atenció", "fora de l'horari", obligatori=False),
    Camp("casos", "què es fa en cada cas: pregunta, queixa, insult i dades personals", "casos",
         tipus="diccionari", element=CASOS, missatges={
             "diccionari": "{nom}: «casos» ha de ser un diccionari, per exemple "
                           "{{\"pregunta\": \"…\", \"queixa\": \"…\"}}."}),
), missatges={"no_diccionari": "El protocol de resposta ha de ser un diccionari amb les claus: {claus}."})


def valida_horari(horari) -> list[str]:
    """Comprova un horari d'atenció: dies de la setmana, hora d'inici i hora de fi (i, opcionalment, festius)."""
    return valida(HORARI, horari)


def valida_protocol_resposta(protocol) -> list[str]:
    """Comprova el protocol de resposta: temps màxim, horari d'atenció i què es fa en cada cas obligatori."""
    return valida(PROTOCOL_RESPOSTA, protocol)
