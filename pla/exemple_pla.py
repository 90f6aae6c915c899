"""Un pla de comunicació 2.0 complet i vàlid: el de l'Ajuntament de Vilanova del Riu (municipi fictici).

Les dades són les dels capítols del curs (unitats 4 a 7). ``exemple_pla()`` en torna una còpia nova cada vegada,
de manera que la pots modificar sense espatllar l'original.
"""
from __future__ import annotations

import copy

from pla.calendari import genera_calendari

ORGANITZACIO = {
    "nom": "Ajuntament de Vilanova del Riu",
    "compte": "@vilanovadelriu",
    "web": "vilanovadelriu.cat",
    "descripcio": ("Vilanova del Riu és un municipi fictici d'uns 24.000 habitants. L'Ajuntament presta els serveis "
                   "municipals d'atenció ciutadana, ocupació, comerç, cultura i esports, i fa aquest document per "
                   "ordenar la comunicació a les xarxes socials amb objectius clars i mesurables."),
    "aprovacio": "Junta de Govern Local",
}

DIAGNOSI = {
    "data": "2026-11-16",
    "dafo": {
        "fortaleses": ["El compte general a X i la pàgina de Facebook són actius i tenen comunitat.",
                       "L'OAC coneix bé les preguntes freqüents.",
                       "Molts tràmits ja es poden fer al web."],
        "debilitats": ["Tres comptes inactius i un fora de control.",
                       "No hi ha guia d'usos ni circuit d'aprovació.",
                       "No es mesura res de manera regular."],
        "oportunitats": ["El 81 % del jovent de 16 a 24 anys fa servir Instagram.",
                         "Entitats i comerç actius que volen més difusió.",
                         "Serveis de suport de la diputació als ajuntaments."],
        "amenaces": ["Rumors que circulen en grups veïnals.",
                     "Una part de la gent gran no fa servir les xarxes.",
                     "Període electoral de les eleccions municipals de 2027."],
    },
    "escolta": [
        {"tema": "Telèfon de l'OAC col·lapsat el primer dia d'un tràmit nou", "vegades": 23,
         "exemple": "Fa una hora que truco per l'ajut de menjador i no contesta ningú"},
        {"tema": "Joves que no coneixen les ofertes de feina municipals", "vegades": 11,
         "exemple": "On es publiquen les feines de l'Ajuntament?"},
        {"tema": "Entitats que descobreixen les subvencions tard", "vegades": 8,
         "exemple": "Ens hem assabentat de la convocatòria quan ja havia tancat"},
        {"tema": "Comerç que demana més difusió de la fira i de la campanya de Nadal", "vegades": 7,
         "exemple": "Si no ho anuncieu enlloc, no vindrà ningú"},
        {"tema": "Rumors sobre el tancament de la piscina", "vegades": 5,
         "exemple": "Un grup veïnal anunciava un tancament que no era cert"},
    ],
    "inventari": [
        {"compte": "@vilanovadelriu", "xarxa": "X", "unitat": "Comunicació", "correu_alta": "corporatiu",
         "ultima_publicacio": "2026-11-14", "seguidors": 4779, "decisio": "mantenir"},
        {"compte": "Ajuntament de Vilanova del Riu", "xarxa": "Facebook", "unitat": "Comunicació",
         "correu_alta": "corporatiu", "ultima_publicacio": "2026-11-15", "seguidors": 2813, "decisio": "mantenir"},
        {"compte": "@vilanovadelriu", "xarxa": "Instagram", "unitat": "Comunicació", "correu_alta": "corporatiu",
         "ultima_publicacio": "2026-10-20", "seguidors": 1924, "decisio": "reforçar"},
        {"compte": "Ajuntament de Vilanova del Riu", "xarxa": "YouTube", "unitat": "Comunicació",
         "correu_alta": "corporatiu", "ultima_publicacio": "2026-10-30", "seguidors": 637, "decisio": "mantenir"},
        {"compte": "@vilanovajove", "xarxa": "X", "unitat": "Joventut", "correu_alta": "corporatiu",
         "ultima_publicacio": "2026-10-28", "seguidors": 830, "decisio": "mantenir"},
        {"compte": "@vilanovajove", "xarxa": "Instagram", "unitat": "Joventut", "correu_alta": "corporatiu",
         "ultima_publicacio": "2026-11-10", "seguidors": 1450, "decisio": "mantenir"},
        {"compte": "@policiavilanova", "xarxa": "X", "unitat": "Policia Local", "correu_alta": "corporatiu",
         "ultima_publicacio": "2026-11-12", "seguidors": 2150, "decisio": "mantenir"},
        {"compte": "@bibliovilanova", "xarxa": "X", "unitat": "Biblioteca", "correu_alta": "corporatiu",
         "ultima_publicacio": "2026-03-15", "seguidors": 610, "decisio": "tancar"},
        {"compte": "@esportsvilanova", "xarxa": "X", "unitat": "Esports", "correu_alta": "corporatiu",
         "ultima_publicacio": "2026-04-02", "seguidors": 390, "decisio": "fusionar"},
        {"compte": "Festa Major Vilanova", "xarxa": "Facebook", "unitat": "Festes", "correu_alta": "personal",
         "ultima_publicacio": "2024-09-10", "seguidors": 1210, "decisio": "tancar"},
    ],
    "perfils_similars": [
        {"perfil": "Perfil A", "motiu": "Ajuntament de la mateixa comarca i de mida semblant"},
        {"perfil": "Perfil B", "motiu": "Mida semblant, molt actiu a Instagram"},
        {"perfil": "Perfil C", "motiu": "Mida semblant, atén consultes per xarxes"},
        {"perfil": "Perfil D", "motiu": "Capital comarcal, referència de bones pràctiques"},
        {"perfil": "Perfil E", "motiu": "Municipi veí amb un teixit associatiu semblant"},
    ],
}

COLLECTIUS = [
    {"codi": "joves", "nom": "Joves de 16 a 24 anys", "tipus": "ciutadania",
     "descripcio": "Estudiants i persones que busquen la primera feina i no s'assabenten de les ofertes d'ocupació."},
    {"codi": "comerc", "nom": "Comerç local", "tipus": "empreses",
     "descripcio": "Botigues i parades del mercat que volen més difusió de les fires i les campanyes."},
    {"codi": "gent-gran", "nom": "Gent gran", "tipus": "ciutadania",
     "descripcio": "Persones de més de 65 anys que truquen a l'OAC quan s'obre un tràmit nou."},
    {"codi": "entitats", "nom": "Entitats i associacions", "tipus": "entitats",
     "descripcio": "Associacions culturals, esportives i veïnals que depenen de les subvencions municipals."},
]

OBJECTIUS = [
    {"codi": "O1", "descripcio": "Augmentar la inscripció de joves a les ofertes del Servei Local d'Ocupació",
     "indicador": "inscripcions mensuals de joves des de l'enllaç publicat a les xarxes",
     "valor_inicial": 20, "valor_objectiu": 35, "data_limit": "2027-12-31", "collectius": ["joves"]},
    {"codi": "O2", "descripcio": "Augmentar la participació del comerç local a la fira de primavera",
     "indicador": "parades inscrites a la fira", "valor_inicial": 60, "valor_objectiu": 80,
     "data_limit": "2027-04-30", "collectius": ["comerc"]},
    {"codi": "O3", "descripcio": "Reduir les trucades a l'OAC el primer dia d'un tràmit nou",
     "indicador": "trucades rebudes el primer dia", "valor_inicial": 480, "valor_objectiu": 300,
     "data_limit": "2028-06-30", "collectius": ["gent-gran"]},
    {"codi": "O4", "descripcio": "Aconseguir que les entitats presentin les sol·licituds de subvenció dins de termini",
     "indicador": "entitats que presenten la sol·licitud", "valor_inicial": 45, "valor_objectiu": 60,
     "data_limit": "2028-03-31", "collectius": ["entitats"]},
]

XARXES = [
    {"xarxa": "X", "collectius": ["comerc", "entitats"], "frequencia_setmanal": 17, "proposit": "atencio",
     "justificacio": "És el compte amb més comunitat (4.779 persones seguidores) i on arriben més consultes i "
                     "mencions de les entitats i del comerç."},
    {"xarxa": "Facebook", "collectius": ["gent-gran", "comerc", "entitats"], "frequencia_setmanal": 7,
     "proposit": "relacional",
     "justificacio": "És la segona xarxa de la gent gran (44 %) i la fan servir les entitats i el comerç."},
    {"xarxa": "Instagram", "collectius": ["joves"], "frequencia_setmanal": 3, "proposit": "informatiu",
     "justificacio": "La fa servir el 81 % del jovent de 16 a 24 anys, segons l'enquesta municipal."},
    {"xarxa": "WhatsApp", "collectius": ["gent-gran", "joves"], "frequencia_setmanal": 3, "proposit": "informatiu",
     "dies": ["dl", "dc", "dv"], "hores": ["12:00"],
     "justificacio": "Un canal de WhatsApp arriba al 83 % de la gent gran i al 95 % del jovent."},
]

CONTINGUTS = {
    "linia_editorial": ("El compte informa dels serveis i dels tràmits municipals, avisa de les incidències que "
                        "afecten la vida diària, convida a participar en les decisions del municipi i dona a conèixer "
                        "l'agenda cultural i esportiva. Parla en català planer, amb un to proper i en primera persona "
                        "del plural. No publica opinions, no entra en debats partidistes i no fa publicitat "
                        "d'empreses privades."),
    "tipus": [
        {"tipus": "Informació de servei", "percentatge": 40},
        {"tipus": "Campanyes", "percentatge": 15},
        {"tipus": "Participació", "percentatge": 15},
        {"tipus": "Agenda", "percentatge": 15},
        {"tipus": "Entre bastidors i atemporals", "percentatge": 15},
    ],
    "formats_recurrents": [
        {"nom": "Obres i afectacions de la setmana", "etiqueta": "#ObresSetmana", "xarxa": "X", "dia": "dilluns",
         "hora": "09:00"},
        {"nom": "Un tràmit explicat pas a pas", "etiqueta": "#TràmitFàcil", "xarxa": "X", "dia": "dimecres",
         "hora": "12:00"},
        {"nom": "Agenda del cap de setmana", "etiqueta": "#AgendaDelRiu", "xarxa": "X", "dia": "divendres",
         "hora": "10:00"},
        {"nom": "La foto de la setmana", "etiqueta": "#FotoDelRiu", "xarxa": "Instagram", "dia": "diumenge",
         "hora": "11:00"},
    ],
}

ROLS = {
    "persones": [
        {"rol": "Responsable del compte", "carrec": "Tècnica de comunicació del Gabinet d'Alcaldia",
         "hores_setmanals": 20},
        {"rol": "Equip editor", "carrec": "Dues persones de l'OAC formades en xarxes", "hores_setmanals": 10},
        {"rol": "Àrea municipal", "carrec": "Persona referent de cada àrea", "hores_setmanals": 1},
        {"rol": "Direcció", "carrec": "Alcaldia", "hores_setmanals": 1},
    ],
    "raci": [
        {"tasca": "Aprovar el pla i la línia editorial", "Responsable del compte": "R", "Equip editor": "C",
         "Àrea municipal": "C", "Direcció": "A"},
        {"tasca": "Elaborar el calendari mensual", "Responsable del compte": "A", "Equip editor": "R",
         "Àrea municipal": "C", "Direcció": "I"},
        {"tasca": "Redactar i publicar continguts ordinaris", "Responsable del compte": "A", "Equip editor": "R",
         "Àrea municipal": "C", "Direcció": "—"},
        {"tasca": "Respondre consultes de la ciutadania", "Responsable del compte": "A", "Equip editor": "R",
         "Àrea municipal": "C", "Direcció": "—"},
        {"tasca": "Publicar avisos d'emergència", "Responsable del compte": "A", "Equip editor": "R",
         "Àrea municipal": "C", "Direcció": "I"},
        {"tasca": "Elaborar l'informe mensual", "Responsable del compte": "A", "Equip editor": "R",
         "Àrea municipal": "I", "Direcció": "I"},
    ],
    "circuit": {
        "ordinari": ["L'àrea proposa el contingut pel formulari intern, com a mínim tres dies feiners abans.",
                     "L'equip editor redacta el text per a cada xarxa i prepara la imatge amb el text alternatiu.",
                     "L'àrea comprova les dades tècniques (dates, imports, requisits).",
                     "La persona responsable valida la peça en un termini màxim de 24 hores.",
                     "L'equip editor la programa o la publica i la marca al calendari."],
        "urgent": ["La persona de guàrdia atura les publicacions programades.",
                   "Publica només la informació confirmada per la font oficial, amb una plantilla aprovada.",
                   "Informa la persona responsable just després de publicar.",
                   "Continua publicant actualitzacions regulars fins que es tanca l'episodi."],
    },
}

INDICADORS = [
    {"codi": "I1", "nom": "Inscripcions de joves des de les xarxes",
     "formula": "recompte mensual d'inscripcions amb l'enllaç de les xarxes", "font": "Servei Local d'Ocupació",
     "periodicitat": "mensual", "valor_inicial": 20, "valor_objectiu": 35, "objectius": ["O1"]},
    {"codi": "I2", "nom": "Creixement de seguidors a Instagram",
     "formula": "(seguidors a final de mes − seguidors a l'inici) ÷ seguidors a l'inici × 100",
     "font": "Estadístiques d'Instagram", "periodicitat": "mensual", "valor_inicial": 1.0, "valor_objectiu": 2.0,
     "objectius": ["O1"]},
    {"codi": "I3", "nom": "Parades inscrites a la fira de primavera", "formula": "recompte de parades inscrites",
     "font": "Àrea de Comerç", "periodicitat": "anual", "valor_inicial": 60, "valor_objectiu": 80, "objectius": ["O2"]},
    {"codi": "I4", "nom": "Trucades a l'OAC el primer dia d'un tràmit", "formula": "recompte de trucades rebudes",
     "font": "Centraleta de l'OAC", "periodicitat": "trimestral", "valor_inicial": 480, "valor_objectiu": 300,
     "objectius": ["O3"]},
    {"codi": "I5", "nom": "Consultes respostes a temps",
     "formula": "consultes respostes en 2 h d'atenció o menys ÷ consultes rebudes × 100 (sense resposta: fora de "
                "termini)", "font": "Registre de consultes",
     "periodicitat": "mensual", "valor_inicial": 84, "valor_objectiu": 90, "objectius": ["O3"]},
    {"codi": "I6", "nom": "Sol·licituds de subvenció dins de termini", "formula": "recompte de sol·licituds",
     "font": "Registre de subvencions", "periodicitat": "anual", "valor_inicial": 45, "valor_objectiu": 60,
     "objectius": ["O4"]},
    {"codi": "I7", "nom": "Taxa d'interacció a X", "formula": "interaccions ÷ impressions × 100",
     "font": "Estadístiques d'X", "periodicitat": "mensual", "valor_inicial": 2.0, "valor_objectiu": 2.5,
     "objectius": ["O2", "O4"]},
]

PERIODE = {"inici": "2027-01-01", "fi": "2028-12-31"}
SETMANA_TIPUS = ("2027-01-11", "2027-01-17")


def exemple_pla() -> dict:
    """Un pla de comunicació 2.0 complet i vàlid per a l'Ajuntament de Vilanova del Riu (@vilanovadelriu).

    El calendari és una setmana tipus generada amb ``pla.genera_calendari``. ``pla.valida_pla`` no hi troba
    cap problema.
    """
    calendari, _ = genera_calendari(XARXES, *SETMANA_TIPUS, formats=CONTINGUTS["formats_recurrents"],
                                    tipus=CONTINGUTS["tipus"])
    return copy.deepcopy({
        "organitzacio": ORGANITZACIO, "periode": PERIODE, "diagnosi": DIAGNOSI, "objectius": OBJECTIUS,
        "collectius": COLLECTIUS, "xarxes": XARXES, "continguts": CONTINGUTS, "calendari": calendari,
        "rols": ROLS, "indicadors": INDICADORS,
    })
