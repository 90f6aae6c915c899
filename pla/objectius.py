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

from pla.camps import Camp, Component, valida
from pla.comu import es_nombre, llegeix_data

# Un objectiu que multiplica per més d'això el valor inicial difícilment és assolible en un pla.
MULTIPLICADOR_MAXIM = 3
PARAULES_MINIMES_DESCRIPCIO = 4
# La primera paraula, sense cometes, acaba com un infinitiu: «Augmentar», «Reduir», «Respondre».
INFINITIU = r"\A\s*[«»\"']*\S*?(?i:ar|er|ir|re)[«»\"']*(?:\s|\Z)"
VALOR = "{nom}: «{clau}» ha de ser un nombre positiu o zero, sense cometes (ara hi ha {valor!r})."


def _canvi_assolible(final, objectiu, context, nom) -> list[str]:
    inicial = objectiu.get("valor_inicial")
    if not es_nombre(inicial) or inicial < 0:
        return []
    if inicial == final:
        return [f"{nom}: el valor objectiu és igual al valor inicial; un objectiu ha de plantejar un canvi mesurable."]
    if inicial > 0 and final > inicial * MULTIPLICADOR_MAXIM:
        return [f"{nom}: passar de {inicial} a {final} és multiplicar per més de {MULTIPLICADOR_MAXIM}; fixa un "
                "valor objectiu assolible."]
    return []


def _dins_del_pla(text, objectiu, context, nom) -> list[str]:
    data, inici, fi = llegeix_data(text), context.get("inici"), context.get("fi")
    data_inici, data_fi = llegeix_data(inici) if inici else None, llegeix_data(fi) if fi else None
    if data_inici and data < data_inici:
        return [f"{nom}: la data límit {data.isoformat()} és anterior a l'inici del pla ({inici})."]
    if data_fi and data > data_fi:
        return [f"{nom}: la data límit {data.isoformat()} cau fora del pla, que acaba el {fi}."]
    return []


OBJECTIU = Component("Objectiu", (
    Camp("codi", "un codi curt, com ara «O1»", "codi"),
    Camp("descripcio", "què vols aconseguir, començant amb un verb en infinitiu", "descripció",
         paraules_minimes=PARAULES_MINIMES_DESCRIPCIO, patro=INFINITIU, missatges={
             "paraules": "{nom}: la descripció és massa vaga; digues concretament què vols aconseguir "
                         "(almenys {n} paraules).",
             "patro": "{nom}: comença la descripció amb un verb en infinitiu "
                      "(per exemple «Augmentar», «Reduir», «Respondre»)."}),
    Camp("indicador", "la dada amb què mesuraràs l'objectiu", "indicador"),
    Camp("valor_inicial", "el valor de l'indicador avui (un nombre)", "valor inicial", tipus="nombre", minim=0,
         missatges={"nombre": VALOR}),
    Camp("valor_objectiu", "el valor que vols assolir (un nombre)", "valor objectiu", tipus="nombre", minim=0,
         missatges={"nombre": VALOR}, comprova=_canvi_assolible),
    Camp("data_limit", "la data límit, en format AAAA-MM-DD", "data límit", tipus="data", comprova=_dins_del_pla,
         missatges={"data": "{nom}: la data límit «{valor}» no és vàlida; escriu-la com AAAA-MM-DD "
                            "(per exemple «2027-06-30»)."}),
    Camp("collectius", "la llista de col·lectius destinataris (els seus codis)", "col·lectius", tipus="codis",
         referencia="collectius", missatges={
             "codis": "{nom}: «collectius» ha de ser una llista de codis entre cometes, "
                      "per exemple [\"joves\", \"entitats\"].",
             "referencia": "{nom}: el col·lectiu «{valor}» no és cap dels col·lectius del pla ({valids_ordenats})."}),
), clau_nom="codi", sense_nom="(sense codi)",
    missatges={"no_diccionari": "Cada objectiu ha de ser un diccionari amb les claus: {claus}."})


def valida_objectiu(objectiu, inici=None, fi=None, collectius_valids=None) -> list[str]:
    """Comprova que un objectiu sigui SMART i torna els problemes com a missatges en català.

    - ``inici`` i ``fi`` (opcionals, «AAAA-MM-DD»): període del pla; la data límit hi ha de caure.
    - ``collectius_valids`` (opcional): codis de col·lectius que existeixen al pla.
    """
    return valida(OBJECTIU, objectiu, {"inici": inici, "fi": fi, "collectius": collectius_valids})
