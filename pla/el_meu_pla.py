"""El fitxer del teu pla: cada unitat hi desa les peces que has escrit i la unitat 12 les recupera.

És un sol fitxer JSON per persona. Per defecte és ``~/el-meu-pla.json`` (al navegador, a la unitat persistent
``/drive/``); la variable d'entorn ``PLA_FITXER`` en tria un altre. Quan nbgrader corregeix o valida un quadern,
o quan l'autocomprovació l'executa, no es llegeix ni s'escriu res: un exercici lliurat es corregeix tot sol, sense
cap fitxer de fora.

Res del que ja hi havia es perd: el fitxer es reescriu sencer d'un sol cop (o queda com era), i si no es pot
llegir se'n guarda una còpia al costat abans de començar-ne un de nou.
"""
from __future__ import annotations

import json
import os
import pprint
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from pla.guia import GUIA
from pla.pla_complet import PLA

FORMAT = "el-meu-pla"
VERSIO = 1
NOM_FITXER = "el-meu-pla.json"
UNITAT_NAVEGADOR = Path("/drive")
VARIABLES_CORRECCIO = ("NBGRADER_EXECUTION", "CURS_AUTOCOMPROVACIO")


def fitxer_del_pla() -> Path:
    """On és el fitxer del teu pla: ``PLA_FITXER`` si hi és; si no, ``/drive/`` al navegador o la carpeta personal."""
    triat = os.environ.get("PLA_FITXER", "").strip()
    if triat:
        return Path(triat).expanduser()
    if sys.platform == "emscripten" and UNITAT_NAVEGADOR.is_dir():
        return UNITAT_NAVEGADOR / NOM_FITXER
    return Path.home() / NOM_FITXER


def _es_correccio() -> bool:
    return any(os.environ.get(variable) for variable in VARIABLES_CORRECCIO)


class _FitxerMalmes(Exception):
    """El fitxer existeix però no és un pla desat pel curs."""


def _llegeix(fitxer: Path) -> dict:
    """El contingut del fitxer (buit si no existeix); ``_FitxerMalmes`` si no es pot interpretar."""
    if not fitxer.exists():
        return {"format": FORMAT, "versio": VERSIO, "components": {}, "origen": {}}
    try:
        dades = json.loads(fitxer.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _FitxerMalmes(str(error)) from error
    if (not isinstance(dades, dict) or dades.get("format") != FORMAT or not isinstance(dades.get("components"), dict)
            or not isinstance(dades.get("origen", {}), dict)):
        raise _FitxerMalmes("no té l'estructura d'un pla desat pel curs")
    dades.setdefault("origen", {})
    return dades


def _escriu(fitxer: Path, dades: dict) -> None:
    """Escriu el fitxer d'un sol cop: primer una còpia temporal a la mateixa carpeta i després la substitució."""
    fitxer.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporal = tempfile.mkstemp(prefix=".el-meu-pla-", suffix=".json", dir=fitxer.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as sortida:
            json.dump(dades, sortida, ensure_ascii=False, indent=2)
            sortida.write("\n")
        os.replace(temporal, fitxer)
    except BaseException:
        Path(temporal).unlink(missing_ok=True)
        raise


def _aparta(fitxer: Path) -> Path:
    """Canvia el nom d'un fitxer malmès perquè no es perdi: ``el-meu-pla.malmes-AAAAMMDD-HHMMSS.json``."""
    marca = datetime.now().strftime("%Y%m%d-%H%M%S")
    copia = fitxer.with_name(f"{fitxer.stem}.malmes-{marca}{fitxer.suffix}")
    fitxer.replace(copia)
    return copia


def _es_json(valor) -> bool:
    try:
        json.dumps(valor)
    except (TypeError, ValueError):
        return False
    return True


def desa_al_meu_pla(unitat: int, **components) -> None:
    """Desa (o actualitza) peces del teu pla o de la teva guia al fitxer del teu pla i diu què ha desat.

    Cada peça va amb el seu nom: ``pla.desa_al_meu_pla(5, objectius=objectius, collectius=collectius)``. Si una
    peça ja hi era, la nova la substitueix; les altres es queden com eren. Les peces han de ser dades senzilles
    (textos, nombres, llistes i diccionaris). Mentre es corregeix el quadern, o si no hi ha cap lloc on escriure,
    no desa res i ho diu.

    :param unitat: el número de la unitat que desa les peces (de l'1 al 12).
    :param components: les peces, amb el nom que tindran al pla.
    """
    if _es_correccio():
        print("Ara el quadern s'està corregint: no es desa res al teu pla.")
        return
    if isinstance(unitat, bool) or not isinstance(unitat, int) or not 0 <= unitat <= 13:
        print(f"No s'ha desat res: el primer valor ha de ser el número de la unitat (p. ex. 5), no «{unitat}».")
        return
    if not components:
        print("No s'ha desat res: escriu cada peça amb el seu nom, p. ex. "
              "pla.desa_al_meu_pla(5, objectius=objectius).")
        return
    bones = {nom: valor for nom, valor in components.items() if _es_json(valor)}
    dolentes = [nom for nom in components if nom not in bones]
    if dolentes:
        print(f"Aquestes peces no s'han desat perquè no són dades senzilles (textos, nombres, llistes o "
              f"diccionaris): {', '.join(dolentes)}.")
    if not bones:
        return
    fitxer = fitxer_del_pla()
    avis_copia = ""
    try:
        try:
            dades = _llegeix(fitxer)
        except _FitxerMalmes:
            copia = _aparta(fitxer)
            dades = _llegeix(fitxer)
            avis_copia = (f" El fitxer que hi havia no es podia llegir: l'hem guardat tal com era a {copia} "
                          f"i n'hem començat un de nou.")
        ara = datetime.now().isoformat(timespec="seconds")
        for nom, valor in bones.items():
            dades["components"][nom] = valor
            dades["origen"][nom] = {"unitat": unitat, "desat": ara}
        _escriu(fitxer, dades)
    except OSError as error:
        print(f"No s'ha pogut desar el teu pla a {fitxer} ({error.strerror or error}). El quadern funciona igual; "
              f"si vols desar-lo, tria una carpeta on puguis escriure amb la variable d'entorn PLA_FITXER.")
        return
    print(f"Desat al teu pla ({fitxer}), unitat {unitat}: {', '.join(bones)}.{avis_copia}")


def carrega_el_meu_pla() -> dict:
    """Torna les peces que les unitats anteriors han desat al fitxer del teu pla (un diccionari; buit si no n'hi ha).

    Mentre es corregeix el quadern torna un diccionari buit: un exercici lliurat no depèn de cap fitxer de fora.
    Si el fitxer no es pot llegir, ho diu i no el toca.
    """
    if _es_correccio():
        return {}
    fitxer = fitxer_del_pla()
    try:
        dades = _llegeix(fitxer)
    except _FitxerMalmes:
        print(f"El fitxer del teu pla ({fitxer}) no es pot llegir: potser s'ha editat a mà i hi falta una coma o "
              f"unes cometes. No l'hem tocat; la pròxima vegada que desis, en guardarem una còpia al costat.")
        return {}
    except OSError as error:
        print(f"No s'ha pogut obrir el fitxer del teu pla ({fitxer}): {error.strerror or error}.")
        return {}
    components = dades["components"]
    if not components:
        print(f"Encara no has desat res al teu pla ({fitxer}).")
        return {}
    unitats = sorted({origen.get("unitat") for origen in dades["origen"].values()
                      if isinstance(origen, dict) and isinstance(origen.get("unitat"), int)})
    de_les_unitats = (f" de la unitat {unitats[0]}" if len(unitats) == 1 else
                      f" de les unitats {', '.join(map(str, unitats))}" if unitats else "")
    peces = "1 peça" if len(components) == 1 else f"{len(components)} peces"
    print(f"Carregades {peces} del teu pla{de_les_unitats}: {', '.join(components)}.")
    return components


# On va cada peça desada quan la unitat 12 munta el pla i la guia: una peça que es diu com una clau del pla o de la
# guia hi va tal qual; «normes_<apartat>» va a l'apartat de les normes de la guia; «linia_editorial», a continguts.
CLAUS_PLA = tuple(PLA.claus())
CLAUS_GUIA = tuple(clau for clau in GUIA.claus() if clau not in ("organitzacio", "normes"))


def munta_el_meu_pla(components: dict) -> tuple[dict, dict, list[str]]:
    """El pla i la guia fets amb les peces desades; el que falta surt dels exemples de Vilanova del Riu.

    Torna el pla, la guia i la llista de les peces que han sortit de l'exemple.
    """
    from pla.exemple_guia import exemple_guia
    from pla.exemple_pla import exemple_pla

    pla, guia = exemple_pla(), exemple_guia()
    propies_pla, propies_guia = set(), set()
    for nom, valor in components.items():
        if nom in CLAUS_PLA:
            pla[nom] = valor
            propies_pla.add(nom)
        elif nom in CLAUS_GUIA:
            guia[nom] = valor
            propies_guia.add(nom)
        elif nom.startswith("normes_") and nom[len("normes_"):] in guia["normes"]:
            guia["normes"][nom[len("normes_"):]] = valor
            propies_guia.add(nom)
        elif nom == "linia_editorial" and isinstance(pla.get("continguts"), dict):
            pla["continguts"]["linia_editorial"] = valor
            propies_pla.add(nom)
    if "organitzacio" in propies_pla and "organitzacio" not in propies_guia:
        guia["organitzacio"] = pla["organitzacio"]
    de_l_exemple = [clau for clau in CLAUS_PLA if clau not in propies_pla and clau in pla]
    de_l_exemple += [clau for clau in CLAUS_GUIA if clau not in propies_guia and clau in guia]
    de_l_exemple += [f"normes_{apartat}" for apartat in guia["normes"] if f"normes_{apartat}" not in propies_guia]
    return pla, guia, de_l_exemple


def _des_de_jupyterlab(shell) -> bool:
    """Cert si la cel·la l'executa JupyterLab, que diu quina cel·la és (``cellId``) i aplica ``set_next_input``."""
    get_parent = getattr(getattr(shell, "kernel", None), "get_parent", None)
    parent = get_parent() if callable(get_parent) else None
    return bool(isinstance(parent, dict) and (parent.get("metadata") or {}).get("cellId"))


def escriu_el_meu_pla() -> bool:
    """Omple la cel·la on s'executa amb el teu pla i la teva guia, fets amb el que han desat les unitats anteriors.

    A JupyterLab, el text de la cel·la es substitueix per ``el_meu_pla = {…}`` i ``la_meva_guia = {…}``: revisa'l i
    torna a executar la cel·la. Les peces que no havies desat són les de Vilanova del Riu, i un comentari ho diu.
    JupyterLab només substitueix el text si la cel·la acaba sense error; per això no en llança cap.

    Només omple la cel·la si encara és la de l'enunciat (hi queda el ``raise NotImplementedError``): si ja hi has
    escrit la resposta, no la toca. En un editor que no és JupyterLab, escriu el text perquè el copiïs i la tasca
    continua pendent. Torna ``True`` quan la cel·la ha d'executar el seu propi text (mentre es
    corregeix o es comprova el quadern, o quan ja hi has escrit la resposta) i ``False`` quan l'ha omplerta.
    """
    if _es_correccio():
        return True
    try:
        from IPython import get_ipython
    except ImportError:
        get_ipython = None
    shell = get_ipython() if get_ipython else None
    entrades = shell.user_ns.get("In") if shell is not None else None
    if entrades and "NotImplementedError" not in entrades[-1]:
        return True
    components = carrega_el_meu_pla()
    pla, guia, de_l_exemple = munta_el_meu_pla(components)
    linies = ["# El teu pla i la teva guia, amb el que has desat a les unitats anteriors (pla.carrega_el_meu_pla())."]
    if de_l_exemple:
        linies.append("# Aquestes peces són de l'exemple de Vilanova del Riu, perquè no les havies desat: "
                      "canvia-les per les teves.")
        linies += [f"#   {', '.join(de_l_exemple[i:i + 6])}" for i in range(0, len(de_l_exemple), 6)]
    text = "\n".join([*linies, f"el_meu_pla = {pprint.pformat(pla, width=110, sort_dicts=False)}",
                      f"la_meva_guia = {pprint.pformat(guia, width=110, sort_dicts=False)}", ""])
    if shell is None or not hasattr(shell, "set_next_input") or not _des_de_jupyterlab(shell):
        # Sense JupyterLab la cel·la no es pot omplir sola: el text es copia a mà i la tasca continua pendent.
        print("Copia aquest text a la cel·la de la resposta, en lloc del que hi ha:\n")
        print(text)
        return shell is not None
    shell.set_next_input(text, replace=True)
    print("Fet: la cel·la ara conté el teu pla i la teva guia. Revisa-la i torna-la a executar (Maj+Retorn). Si "
          "no ha canviat, el teu editor no ho permet: escriu-hi el_meu_pla = pla.exemple_pla() i "
          "la_meva_guia = pla.exemple_guia() i canvia'n les peces.")
    return False
