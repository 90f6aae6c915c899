"""Dades fixes de Vilanova del Riu que el llibre cita tal qual: no surten de l'atzar."""
from __future__ import annotations

# Inventari de comptes fet el 16 de novembre de 2026 (unitat 4). Els seguidors dels comptes generals
# (None) es calculen a partir de seguidors.csv, perquè les dues taules quadrin.
COMPTES = [
    ["@vilanovadelriu", "X", "Comunicació", "corporatiu", "2012-03-01", "2026-11-14", None, 3],
    ["Ajuntament de Vilanova del Riu", "Facebook", "Comunicació", "corporatiu", "2011-10-15", "2026-11-15", None, 3],
    ["@vilanovadelriu", "Instagram", "Comunicació", "corporatiu", "2018-05-07", "2026-10-20", None, 2],
    ["Ajuntament de Vilanova del Riu", "YouTube", "Comunicació", "corporatiu", "2015-01-20", "2026-10-30", None, 2],
    ["@vilanovajove", "X", "Joventut", "corporatiu", "2014-09-01", "2026-10-28", 830, 2],
    ["@vilanovajove", "Instagram", "Joventut", "corporatiu", "2019-02-11", "2026-11-10", 1450, 2],
    ["@policiavilanova", "X", "Policia Local", "corporatiu", "2016-06-01", "2026-11-12", 2150, 4],
    ["@bibliovilanova", "X", "Biblioteca", "corporatiu", "2013-04-23", "2026-03-15", 610, 1],
    ["@esportsvilanova", "X", "Esports", "corporatiu", "2017-09-15", "2026-04-02", 390, 1],
    ["Festa Major Vilanova", "Facebook", "Festes", "personal", "2014-07-01", "2024-09-10", 1210, 0],
]

# Percentatge de persones de cada franja d'edat que fan servir cada xarxa (enquesta municipal fictícia, 2026);
# són les mateixes xifres de l'exercici avaluable de la unitat 5.
US_XARXES_EDAT = {
    "16-24": {"WhatsApp": 95, "Instagram": 81, "YouTube": 76, "TikTok": 69, "Telegram": 26, "X": 21, "Facebook": 17,
              "LinkedIn": 9},
    "25-44": {"WhatsApp": 97, "YouTube": 66, "Instagram": 64, "Facebook": 52, "TikTok": 38, "LinkedIn": 31, "X": 27,
              "Telegram": 22},
    "45-64": {"WhatsApp": 94, "Facebook": 61, "YouTube": 55, "Instagram": 39, "X": 19, "LinkedIn": 17, "TikTok": 15,
              "Telegram": 12},
    "65+": {"WhatsApp": 83, "Facebook": 44, "YouTube": 36, "Instagram": 14, "X": 7, "Telegram": 6, "TikTok": 5,
            "LinkedIn": 3},
}

# Taxa d'interacció a X (%) dels cinc perfils similars al març (unitat 7, «El percentil, pas a pas»).
PERFILS_MARC = {"Perfil A": 1.2, "Perfil B": 1.8, "Perfil C": 2.5, "Perfil D": 1.5, "Perfil E": 3.1}

ENQUESTA_AREES = ("OAC", "Comunicació", "Joventut", "Cultura", "Esports", "Serveis Socials", "Urbanisme",
                  "Policia Local", "Biblioteca", "Comerç i Ocupació")

# Necessitats de l'enquesta al personal, amb la freqüència i la importància mitjanes que hi tendeixen.
NECESSITATS = {
    "Formació en xarxes socials": (4, 4),
    "Temps per preparar continguts": (4, 3),
    "Criteris per respondre la ciutadania": (3, 5),
    "Imatges i vídeos de qualitat": (3, 3),
    "Accés segur als comptes": (2, 5),
    "Saber a qui passar una consulta": (3, 4),
    "Calendari compartit de continguts": (2, 3),
}
