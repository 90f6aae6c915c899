"""Una guia d'usos i estil completa i vàlida: la de l'Ajuntament de Vilanova del Riu (municipi fictici).

Les normes resumeixen les unitats 8 a 11 del curs. ``exemple_guia()`` en torna una còpia nova cada vegada.
"""
from __future__ import annotations

import copy

from pla.exemple_pla import ORGANITZACIO

USOS = [
    {"xarxa": "X",
     "us": "Avisos de servei, incidències, agenda i atenció de consultes en menys de dues hores d'atenció."},
    {"xarxa": "Facebook", "us": "Informació de servei i agenda adreçades a la gent gran, les entitats i el comerç, "
                                "amb conversa als comentaris."},
    {"xarxa": "Instagram", "us": "Continguts visuals per al jovent: ocupació, activitats i la foto de la setmana."},
    {"xarxa": "WhatsApp", "us": "Canal d'avisos d'un sol sentit, tres cops per setmana i en les emergències."},
]

RESPONSABLE = {
    "carrec": "Tècnica de comunicació del Gabinet d'Alcaldia",
    "unitat": "Gabinet d'Alcaldia",
    "funcions": ["Planificar el calendari mensual amb les àrees.",
                 "Validar les publicacions ordinàries en 24 hores com a màxim.",
                 "Coordinar les respostes a la ciutadania amb l'OAC.",
                 "Aplicar les normes de participació i portar el registre de moderació.",
                 "Elaborar l'informe mensual d'indicadors.",
                 "Formar el personal que publica."],
    "dedicacio_setmanal": 20,
    "substitucio": "Una persona de l'OAC formada, amb accés als comptes a través de l'eina de gestió compartida.",
    "autoritat": "Pot aturar qualsevol publicació programada i activar el circuit urgent sense consultar ningú.",
    "relacio": "Respon davant de l'Alcaldia i es reuneix cada mes amb les persones referents de les àrees.",
}

NORMES = {
    "principis": ["Actuem amb col·laboració, obertura, transparència i accessibilitat, com a servei públic.",
                  "Els perfils corporatius no expressen opinions personals ni entren en debats polítics."],
    "comptes": ["Abans d'obrir un compte, comprovem si n'hi ha prou amb una etiqueta en un compte existent.",
                "Qui demana un compte prepara 20 tuits i 10 publicacions de prova i tria cinc perfils similars.",
                "Els comptes s'obren amb una adreça corporativa genèrica i el nom d'usuari té com a màxim "
                "15 caràcters.",
                "Un compte sense publicacions en sis mesos és inactiu: s'anuncia el tancament, es redirigeix i "
                "s'arxiva."],
    "seguretat": ["Contrasenyes úniques i complexes, guardades en un gestor de contrasenyes.",
                  "Verificació en dos passos activada a tots els comptes.",
                  "Publiquem amb una eina intermèdia i cap aplicació de tercers no té accés als comptes.",
                  "Mòbils amb PIN, bloqueig automàtic i esborrat remot; cap xarxa wifi desconeguda."],
    "estil": ["Publiquem en català; les republicacions mantenen la llengua original.",
              "To proper i cordial, en primera persona del plural.",
              "Cada publicació és un titular, un enllaç, una etiqueta i una imatge.",
              "Etiquetes de 12 caràcters com a màxim, en CamelCase i al final del text.",
              "Mencions només quan estan justificades."],
    "accessibilitat": ["Totes les imatges porten text alternatiu i tots els vídeos, subtítols.",
                       "La informació no va mai només dins d'una imatge.",
                       "Pocs emojis, al final, mai com a pics de llista ni repetits."],
    "interaccio": ["Responem pel mateix canal i repetim el tema de la pregunta.",
                   "Les queixes i les crítiques sempre es responen.",
                   "Atenem consultes de dilluns a divendres, de 8 a 15 h, en menys de 2 hores d'atenció."],
    "moderacio": ["Publiquem unes normes de participació i les enllacem des de cada perfil.",
                  "Retirem els comentaris que les incompleixen i ho anotem al registre de moderació.",
                  "Les crítiques respectuoses no s'esborren: es responen."],
    "us_personal": ["El personal pot dir on treballa i registra els comptes personals amb una adreça no corporativa.",
                    "Els continguts professionals es publiquen primer al compte institucional.",
                    "Els alts càrrecs són presents a les xarxes amb comptes personals, no corporatius."],
    "crisi": ["La persona de guàrdia atura totes les publicacions programades.",
              "El primer missatge surt en menys de 15 minuts, només amb fets confirmats.",
              "Si hi ha risc per a les persones, el missatge es repeteix en castellà i anglès.",
              "Actualitzem la informació com a mínim cada 5 hores diürnes i desmentim els rumors."],
    "periode_electoral": ["Des de la convocatòria fins al dia de les eleccions no publiquem assoliments ni "
                          "inauguracions.",
                          "Sí que informem del procés de votació i dels serveis.",
                          "Si hi ha dubtes, consultem la secretaria municipal abans de publicar."],
}

PROTOCOL_RESPOSTA = {
    "temps_maxim_hores": 2,
    "horari": {"dies": ["dl", "dt", "dc", "dj", "dv"], "inici": "08:00", "fi": "15:00",
               "festius": ["2027-01-01", "2027-01-06", "2027-04-02", "2027-04-05", "2027-05-01", "2027-06-24",
                           "2027-08-15", "2027-09-11", "2027-10-12", "2027-11-01", "2027-12-06", "2027-12-08",
                           "2027-12-25", "2027-12-26"]},
    "fora_horari": "Dies feiners a la tarda, una revisió a les 18 h; caps de setmana i festius, a les 10 i a les 18 h.",
    "casos": {
        "pregunta": "Respondre en públic pel mateix canal i repetir el tema de la pregunta.",
        "queixa": "Respondre sempre; si és negativa, després d'estudiar-la amb la unitat afectada.",
        "insult": "No respondre; retirar el comentari segons les normes de participació i anotar-ho al registre.",
        "dades_personals": "Respondre breument en públic i continuar per missatge directe o per correu.",
        "urgencia": "Derivar al 112 i avisar la persona de guàrdia.",
    },
}


def exemple_guia() -> dict:
    """Una guia d'usos i estil completa i vàlida per a l'Ajuntament de Vilanova del Riu (@vilanovadelriu).

    ``pla.valida_guia`` no hi troba cap problema.
    """
    return copy.deepcopy({
        "organitzacio": ORGANITZACIO, "usos": USOS, "responsable": RESPONSABLE, "normes": NORMES,
        "protocol_resposta": PROTOCOL_RESPOSTA, "regles": "generalitat",
    })
