"""Els apartats del pla de comunicació 2.0 exportat (1. Presentació i context … 8. Sistema d'avaluació)."""
from __future__ import annotations

from pla.avaluacio import INDICADOR
from pla.collectius import COLLECTIU
from pla.comu import majuscula
from pla.continguts import ENTRADA, FORMAT_RECURRENT, TIPUS_CONTINGUT
from pla.diagnosi import COMPTE, DAFO, ESCOLTA, mesos_sense_publicar
from pla.exportacio.blocs import PENDENT, diccionaris, llista, paragraf, taula, taula_de, text_de, titol
from pla.objectius import OBJECTIU
from pla.rols import CIRCUIT, PERSONA
from pla.xarxes import XARXA

PROPOSITS = {"informatiu": "informatiu", "relacional": "relacional", "atencio": "atenció"}
APARTATS_PLA = ("1. Presentació i context", "2. Diagnosi", "3. Objectius", "4. Col·lectius destinataris",
                "5. Xarxes i usos", "6. Continguts i calendari", "7. Recursos i circuit d'aprovació",
                "8. Sistema d'avaluació")


def _dict(valor) -> dict:
    return valor if isinstance(valor, dict) else {}

def dades_pla(pla: dict) -> list:
    """Les dades de la capçalera: organització, període i qui l'aprova."""
    organitzacio, periode = _dict(pla.get("organitzacio")), _dict(pla.get("periode"))
    dades = [("Organització", organitzacio.get("nom")), ("Compte principal", organitzacio.get("compte")),
             ("Web", organitzacio.get("web")), ("Aprovat per", organitzacio.get("aprovacio"))]
    if periode.get("inici") or periode.get("fi"):
        dades.insert(1, ("Període de vigència", f"{text_de(periode.get('inici'))} a {text_de(periode.get('fi'))}"))
    return [(etiqueta, text_de(valor)) for etiqueta, valor in dades if text_de(valor)]


def _presentacio(pla: dict, nivell: int) -> list:
    descripcio = _dict(pla.get("organitzacio")).get("descripcio")
    return [titol(nivell, APARTATS_PLA[0]), paragraf(descripcio) if descripcio else paragraf(PENDENT)]


def _frases(elements) -> str:
    """Una cel·la amb diverses frases: «Una; dues; tres.»"""
    frases = [text_de(e).rstrip(".") for e in elements or [] if text_de(e)] if isinstance(elements, list) else []
    return "; ".join(frases) + "." if frases else ""


def _diagnosi(diagnosi: dict, nivell: int) -> list:
    blocs = [titol(nivell, APARTATS_PLA[1])]
    if not diagnosi:
        return blocs + [paragraf(PENDENT)]
    if diagnosi.get("data"):
        blocs.append(paragraf(f"Diagnosi feta el {text_de(diagnosi['data'])}. Un compte sense publicacions en "
                              "sis mesos es considera inactiu."))
    inventari = []
    for compte in diccionaris(diagnosi.get("inventari")):
        mesos = (mesos_sense_publicar(compte.get("ultima_publicacio"), diagnosi["data"])
                 if diagnosi.get("data") else None)
        inventari.append({**compte, "_estat": "" if mesos is None else ("inactiu" if mesos >= 6 else "actiu")})
    blocs.append(titol(nivell + 1, "2.1 Inventari de comptes"))
    columnes = {}
    for clau, etiqueta in COMPTE.etiquetes().items():  # l'estat surt de l'última publicació i va al seu costat
        columnes.update({clau: etiqueta, "_estat": "estat"} if clau == "ultima_publicacio" else {clau: etiqueta})
    blocs += taula_de("Inventari de comptes", inventari, columnes)
    blocs.append(titol(nivell + 1, "2.2 Escolta activa"))
    blocs += taula_de("Temes de l'escolta activa", diagnosi.get("escolta"), ESCOLTA.etiquetes())
    blocs.append(titol(nivell + 1, "2.3 Anàlisi DAFO"))
    dafo = _dict(diagnosi.get("dafo"))
    files = [[majuscula(camp.etiqueta), camp.explicacio, _frases(dafo.get(camp.clau))] for camp in DAFO.camps]
    blocs.append(taula("Anàlisi DAFO", ["quadrant", "origen", "elements"], files) if dafo else paragraf(PENDENT))
    if diagnosi.get("perfils_similars"):
        blocs.append(titol(nivell + 1, "2.4 Perfils similars"))
        blocs += taula_de("Perfils similars per comparar-se", diagnosi["perfils_similars"],
                          {"perfil": "perfil", "motiu": "per què és comparable"})
    return blocs


def _continguts(pla: dict, nivell: int) -> list:
    continguts = _dict(pla.get("continguts"))
    blocs = [titol(nivell, APARTATS_PLA[5])]
    if not continguts and not pla.get("calendari"):
        return blocs + [paragraf(PENDENT)]
    blocs += [titol(nivell + 1, "6.1 Línia editorial"), paragraf(continguts.get("linia_editorial") or PENDENT)]
    blocs.append(titol(nivell + 1, "6.2 Tipus de continguts"))
    blocs += taula_de("Tipus de continguts", continguts.get("tipus"), TIPUS_CONTINGUT.etiquetes())
    blocs.append(titol(nivell + 1, "6.3 Formats recurrents"))
    blocs += taula_de("Formats recurrents", continguts.get("formats_recurrents"), FORMAT_RECURRENT.etiquetes())
    blocs.append(titol(nivell + 1, "6.4 Calendari"))
    blocs += taula_de("Calendari de publicacions", pla.get("calendari"), ENTRADA.etiquetes())
    return blocs


def _recursos(rols: dict, nivell: int) -> list:
    blocs = [titol(nivell, APARTATS_PLA[6])]
    if not rols:
        return blocs + [paragraf(PENDENT)]
    blocs.append(titol(nivell + 1, "7.1 Persones i dedicació"))
    blocs += taula_de("Persones i dedicació", rols.get("persones"), PERSONA.etiquetes())
    blocs.append(titol(nivell + 1, "7.2 Matriu RACI"))
    files_raci = diccionaris(rols.get("raci"))
    noms = [p.get("rol") for p in diccionaris(rols.get("persones")) if p.get("rol")]
    for fila in files_raci:
        noms += [rol for rol in fila if rol != "tasca" and rol not in noms]
    if files_raci:
        blocs.append(paragraf("R: executa la tasca · A: l'aprova i en respon · C: és consultat · I: és informat."))
        blocs.append(taula("Matriu RACI", ["tasca", *noms],
                           [[fila.get("tasca"), *[fila.get(rol) or "—" for rol in noms]] for fila in files_raci]))
    else:
        blocs.append(paragraf(PENDENT))
    blocs.append(titol(nivell + 1, "7.3 Circuit d'aprovació"))
    circuit = _dict(rols.get("circuit"))
    for camp in CIRCUIT.camps:
        if circuit.get(camp.clau):
            blocs += [paragraf(f"{majuscula(camp.etiqueta)}:"), llista(circuit[camp.clau], ordenada=True)]
    if not circuit:
        blocs.append(paragraf(PENDENT))
    return blocs


def _amb_proposit(xarxes) -> list:
    """Les xarxes amb el propòsit escrit com a text («atencio» → «atenció»)."""
    return [{**x, "proposit": PROPOSITS.get(x.get("proposit"), x.get("proposit"))} for x in diccionaris(xarxes)]


def blocs_pla(pla: dict, nivell: int = 2) -> list:
    """Els vuit apartats del pla com a blocs, començant pels títols de ``nivell``."""
    pla = _dict(pla)
    return [
        *_presentacio(pla, nivell),
        *_diagnosi(_dict(pla.get("diagnosi")), nivell),
        titol(nivell, APARTATS_PLA[2]),
        *taula_de("Objectius SMART", pla.get("objectius"), OBJECTIU.etiquetes()),
        titol(nivell, APARTATS_PLA[3]),
        *taula_de("Col·lectius destinataris", pla.get("collectius"), COLLECTIU.etiquetes()),
        titol(nivell, APARTATS_PLA[4]),
        *taula_de("Xarxes i usos", _amb_proposit(pla.get("xarxes")), XARXA.etiquetes()),
        *_continguts(pla, nivell),
        *_recursos(_dict(pla.get("rols")), nivell),
        titol(nivell, APARTATS_PLA[7]),
        *taula_de("Indicadors del sistema d'avaluació", pla.get("indicadors"), INDICADOR.etiquetes()),
    ]
