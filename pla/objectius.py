"""Objectius SMART del pla de comunicació 2.0.

Un objectiu és un diccionari que qualsevol persona pot escriure a mà:

    {
        "codi": "O1",
        "descripcio": "Augmentar les consultes resoltes per Instagram",
        "indicador": "consultes resoltes al mes",
        "valor_inicial": 40,
        "valor_objectiu": 60,
        "data_limit": "2027-06-30",
        "collectius": ["joves"],
    }

``valida_objectiu`` torna una llista de missatges en català (buida si l'objectiu és correcte).
"""
from __future__ import annotations

from datetime import date

CLAUS_OBJECTIU = {
    "codi": "un codi curt, com ara «O1»",
    "descripcio": "què vols aconseguir, començant amb un verb en infinitiu",
    "indicador": "la dada amb què mesuraràs l'objectiu",
    "valor_inicial": "el valor de l'indicador avui (un nombre)",
    "valor_objectiu": "el valor que vols assolir (un nombre)",
    "data_limit": "la data límit, en format AAAA-MM-DD",
    "collectius": "la llista de col·lectius destinataris (els seus codis)",
}

# Un objectiu que multiplica per més d'això el valor inicial difícilment és assolible en un pla.
MULTIPLICADOR_MAXIM = 3
PARAULES_MINIMES_DESCRIPCIO = 4


def _es_nombre(valor) -> bool:
    return isinstance(valor, (int, float)) and not isinstance(valor, bool)


def llegeix_data(text) -> date | None:
    """Converteix «AAAA-MM-DD» en una data; torna None si el text no és una data vàlida."""
    if isinstance(text, date):
        return text
    try:
        return date.fromisoformat(str(text).strip())
    except ValueError:
        return None


def _comença_amb_infinitiu(text: str) -> bool:
    primera = text.split()[0].lower().strip("«»\"'")
    return primera.endswith(("ar", "er", "ir", "re"))


def valida_objectiu(objectiu, inici=None, fi=None, collectius_valids=None) -> list[str]:
    """Comprova que un objectiu sigui SMART i torna els problemes com a missatges en català.

    - ``inici`` i ``fi`` (opcionals, «AAAA-MM-DD»): període del pla; la data límit hi ha de caure.
    - ``collectius_valids`` (opcional): codis de col·lectius que existeixen al pla.
    """
    if not isinstance(objectiu, dict):
        return ["Cada objectiu ha de ser un diccionari amb les claus: " + ", ".join(CLAUS_OBJECTIU) + "."]
    nom = f"Objectiu {objectiu.get('codi') or '(sense codi)'}"
    missatges = [
        f"{nom}: falta la clau «{clau}» ({explicacio})."
        for clau, explicacio in CLAUS_OBJECTIU.items()
        if objectiu.get(clau) in (None, "", [])
    ]

    descripcio = objectiu.get("descripcio")
    if isinstance(descripcio, str) and descripcio.strip():
        if len(descripcio.split()) < PARAULES_MINIMES_DESCRIPCIO:
            missatges.append(f"{nom}: la descripció és massa vaga; digues concretament què vols aconseguir "
                             f"(almenys {PARAULES_MINIMES_DESCRIPCIO} paraules).")
        elif not _comença_amb_infinitiu(descripcio):
            missatges.append(f"{nom}: comença la descripció amb un verb en infinitiu "
                             "(per exemple «Augmentar», «Reduir», «Respondre»).")

    inicial, final = objectiu.get("valor_inicial"), objectiu.get("valor_objectiu")
    for clau, valor in (("valor_inicial", inicial), ("valor_objectiu", final)):
        if valor is not None and valor != "" and (not _es_nombre(valor) or valor < 0):
            missatges.append(f"{nom}: «{clau}» ha de ser un nombre positiu o zero, sense cometes "
                             f"(ara hi ha {valor!r}).")
    if _es_nombre(inicial) and _es_nombre(final) and inicial >= 0 and final >= 0:
        if inicial == final:
            missatges.append(f"{nom}: el valor objectiu és igual al valor inicial; "
                             "un objectiu ha de plantejar un canvi mesurable.")
        elif inicial > 0 and final > inicial * MULTIPLICADOR_MAXIM:
            missatges.append(f"{nom}: passar de {inicial} a {final} és multiplicar per més de "
                             f"{MULTIPLICADOR_MAXIM}; fixa un valor objectiu assolible.")

    text_data = objectiu.get("data_limit")
    if text_data not in (None, ""):
        data = llegeix_data(text_data)
        if data is None:
            missatges.append(f"{nom}: la data límit «{text_data}» no és vàlida; escriu-la com "
                             "AAAA-MM-DD (per exemple «2027-06-30»).")
        else:
            if inici and data < llegeix_data(inici):
                missatges.append(f"{nom}: la data límit {data.isoformat()} és anterior a l'inici del pla ({inici}).")
            if fi and data > llegeix_data(fi):
                missatges.append(f"{nom}: la data límit {data.isoformat()} cau fora del pla, que acaba el {fi}.")

    collectius = objectiu.get("collectius")
    if collectius not in (None, "", []):
        if not isinstance(collectius, list) or not all(isinstance(c, str) for c in collectius):
            missatges.append(f"{nom}: «collectius» ha de ser una llista de codis entre cometes, "
                             "per exemple [\"joves\", \"entitats\"].")
        elif collectius_valids is not None:
            for codi in collectius:
                if codi not in collectius_valids:
                    missatges.append(f"{nom}: el col·lectiu «{codi}» no és cap dels col·lectius del pla "
                                     f"({', '.join(sorted(collectius_valids))}).")
    return missatges
