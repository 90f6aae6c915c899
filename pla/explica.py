"""Errors de Python explicats en català planer, amb què cal fer.

``explica_error(nom, missatge)`` rep el nom de l'error (``"NameError"``) i el seu missatge en anglès, tal com queden
desats a la sortida d'una cel·la, i torna una frase en català per a qui no programa. La fan servir els missatges
de les cel·les dins del nucli (:mod:`pla.nucli`), l'autocomprovació (:mod:`pla.comprova`, ``autograder comprova``)
i la pàgina de retroacció: les mateixes paraules a tot arreu.

Una prova que falla (``AssertionError``) ja porta la seva frase en català: es mostra tal com és. Una cel·la de
resposta que encara té ``raise NotImplementedError(...)`` vol dir que la tasca «encara no l'has feta». Una cel·la
que el corrector no ha pogut executar perquè el nucli s'havia aturat (``NucliAturat``) ja porta la seva frase en
català.
"""
from __future__ import annotations

import re

NUCLI_ATURAT = "NucliAturat"  # the error name the grader gives the cells a stopped kernel could not run

PENDENT = ("Encara no l'has feta: escriu la resposta a la cel·la de la tasca, esborra la línia "
           "«raise NotImplementedError(...)» i torna a executar la cel·la.")
PROVA_PENDENT = ("Encara no l'has feta: aquesta prova no se superarà fins que completis la cel·la de resposta de la "
                 "tasca (la que encara diu «raise NotImplementedError»).")


def _linia(missatge: str) -> str:
    trobat = re.search(r"line (\d+)", missatge)
    return f" (línia {trobat.group(1)})" if trobat else ""


def _cometes(text: str) -> str:
    return text.strip().strip("'\"")


# Els errors d'escriptura més habituals: fragments del missatge de Python → què passa i què cal fer.
# L'ordre compta: el primer que coincideix guanya. ``{linia}`` és « (línia N)» o res.
_SINTAXI = (
    (("unterminated string", "unterminated triple-quoted", "EOL while"),
     "Falten unes cometes{linia}: cada text comença i acaba amb les mateixes cometes, per exemple \"Gent gran\". "
     "Tanca les cometes i torna a executar la cel·la."),
    (("forgot a comma",),
     "Falta una coma{linia}: a les llistes i als diccionaris, els elements van separats per comes. "
     "Afegeix-la i torna a executar la cel·la."),
    (("was never closed", "unexpected EOF", "incomplete input"),
     "Falta tancar un parèntesi, un claudàtor o una clau{linia}: cada «(», «[» o «{{» necessita el seu "
     "«)», «]» o «}}». Tanca'l i torna a executar la cel·la."),
    (("unmatched", "does not match opening"),
     "Sobra o no lliga un parèntesi, un claudàtor o una clau de tancament{linia}. Revisa que cada "
     "«(», «[» i «{{» es tanqui amb el mateix signe."),
    (("expected ':'",),
     "Falten els dos punts{linia}: en un diccionari, cada clau va seguida de «:» i el valor, "
     "per exemple \"codi\": \"O1\". Afegeix-los i torna a executar la cel·la."),
    (("invalid decimal literal", "leading zeros"),
     "Hi ha un nombre mal escrit{linia}: els decimals porten punt (7.5) i no coma, i els nombres no "
     "porten zeros al davant ni lletres enganxades. Corregeix-lo i torna a executar la cel·la."),
    (("indent",),
     "Una línia no està ben alineada{linia}: deixa-la amb els mateixos espais al principi que les "
     "línies del costat (o cap, si no en tenen)."),
)


def _sintaxi(missatge: str) -> str:
    linia = _linia(missatge)
    for fragments, frase in _SINTAXI:
        if any(f in missatge for f in fragments):
            return frase.format(linia=linia)
    return (f"Hi ha un error d'escriptura{linia}: revisa les comes, les cometes, els dos punts i que cada parèntesi "
            "o claudàtor es tanqui. Compara-ho amb l'exemple de la tasca.")


def _tipus(missatge: str) -> str:
    if "NoneType" in missatge:
        return ("Un valor està buit (None): potser una cel·la de dalt encara no està feta o no torna res. "
                "Completa-la, executa-la i torna a executar aquesta.")
    if "string indices must be integers" in missatge or "'str' object does not support item" in missatge:
        return ("Hi ha un text on calia un diccionari o una llista: revisa que cada element tingui la forma de "
                "l'exemple, amb les claus { } i els claudàtors [ ].")
    if "not supported between" in missatge or "unsupported operand" in missatge or "can only concatenate" in \
            missatge or "must be str" in missatge or "must be real number" in missatge:
        return ("Barreges un nombre amb un text: els nombres s'escriuen sense cometes (20) i els textos amb "
                "cometes (\"Instagram\"). Revisa els valors que has escrit.")
    if "is not iterable" in missatge or "has no len" in missatge:
        return ("Hi ha un valor sol on calia una llista: posa els elements entre claudàtors, per exemple "
                "[\"joves\"] en lloc de \"joves\" sol.")
    if "is not callable" in missatge:
        return ("Has fet servir un nom com si fos una funció: potser has donat a una variable el mateix nom que una "
                "funció del kit. Torna a executar les cel·les de dalt i fes servir un altre nom.")
    if "unhashable" in missatge:
        return ("Has posat una llista o un diccionari on calia un text o un nombre: revisa els valors de la "
                "resposta amb l'exemple al davant.")
    return ("Un valor no és del tipus que toca (per exemple, un text on calia un nombre o una llista): compara "
            "la resposta amb l'exemple de la tasca.")


def explica_error(nom: str, missatge: str = "", pendent: bool = False) -> str:
    """Una frase en català que diu què passa i què cal fer, a partir del nom i el missatge d'un error de Python.

    ``pendent=True`` vol dir que la tasca d'aquesta cel·la encara té la resposta per fer: sigui quin sigui l'error,
    la frase ho diu així.
    """
    nom, missatge = (nom or "Error").strip(), (missatge or "").strip()
    if nom == NUCLI_ATURAT and missatge:
        return missatge  # the grader's own message already says in Catalan what happened
    if nom == "NotImplementedError" or pendent:
        return PENDENT if nom == "NotImplementedError" else PROVA_PENDENT
    if nom == "AssertionError":
        return missatge or ("Una prova no se supera, però no diu per què: revisa la resposta de la tasca amb "
                            "l'exemple al davant.")
    if nom == "NameError":
        trobat = re.search(r"name '([^']+)' is not defined", missatge)
        quin = f"«{trobat.group(1)}»" if trobat else "un nom"
        return (f"Python no coneix {quin}: potser no has executat la cel·la on es defineix, o l'has escrit d'una "
                "altra manera. Executa les cel·les de dalt en ordre (o totes des del menú Executa) i torna-ho a "
                "provar; si hi ha un text, posa'l entre cometes.")
    if nom in ("SyntaxError", "IndentationError", "TabError"):
        return _sintaxi(missatge if nom == "SyntaxError" else f"indent {missatge}")
    if nom == "KeyError":
        return (f"Falta la clau «{_cometes(missatge)}» en algun diccionari: cada diccionari ha de tenir les claus "
                "de l'exemple, escrites exactament igual i entre cometes.")
    if nom == "TypeError":
        return _tipus(missatge)
    if nom == "IndexError":
        return ("Demanes un element que no hi és: una llista és més curta del que esperaves. Revisa quants "
                "elements hi has posat.")
    if nom == "AttributeError":
        return ("Un valor no és del tipus que toca (per exemple, un text on calia un diccionari o una llista): "
                "compara la resposta amb l'exemple de la tasca.")
    if nom == "ZeroDivisionError":
        return "Es divideix per zero: revisa els valors que has escrit (algun val 0 i no hauria)."
    if nom == "ValueError":
        return ("Un valor no té la forma que s'espera (per exemple, una data que no és AAAA-MM-DD o un text on calia "
                "un nombre): revisa'l amb l'exemple al davant.")
    if nom in ("ModuleNotFoundError", "ImportError"):
        return ("No es troba el kit del curs: obre el quadern a l'entorn del curs (el JupyterHub, l'edició al "
                "navegador o «make alumnat» a la teva còpia) i torna-ho a provar.")
    if nom == "KeyboardInterrupt":
        return "S'ha aturat l'execució abans d'acabar: torna a executar la cel·la."
    if nom in ("RecursionError", "MemoryError", "TimeoutError"):
        return "La cel·la no acaba o fa massa feina: revisa la resposta i torna a executar-la."
    return (f"Hi ha hagut un error de Python ({nom}) en aquesta cel·la: revisa la resposta amb l'exemple de la "
            "tasca al davant i torna-la a executar.")
