"""Typical mistakes in unit 12's graded notebook, as small edits of the reference solution (old, new)."""

CASES = [
    ("el pla no té sistema d'avaluació",
     {"el_meu_pla": [("el_meu_pla = pla.exemple_pla()", "el_meu_pla = dict(pla.exemple_pla(), indicadors=[])")]},
     6, {"test_el_meu_pla": "sistema d'avaluació"}),
    ("la guia no diu com s'utilitza una xarxa del pla",
     {"el_meu_pla": [("    la_meva_guia = pla.exemple_guia()\n",
                      ("    la_meva_guia = pla.exemple_guia()\n"
                       "    la_meva_guia[\"usos\"] = la_meva_guia[\"usos\"][:3]\n"))]},
     6, {"test_el_meu_pla_ocult": "WhatsApp"}),
    ("Vilanova del Riu encaixada al document únic",
     {"forma_document": [('"forma": "pla i guia"', '"forma": "document únic"')]},
     6, {"test_forma_document": "l'orientació del curs és «pla i guia»"}),
    ("les hores no coincideixen amb la guia",
     {"forma_document": [('"hores_setmanals": 20', '"hores_setmanals": 10')]},
     6, {"test_forma_document_ocult": "hi dedica 20 hores"}),
    ("els comptes entre cometes",
     {"forma_document": [('"comptes": 10', '"comptes": "10"')]},
     5, {"test_forma_document": "sense cometes"}),
    ("la presentació no parla de la ciutadania",
     {"presentacio": [("la ciutadania hi busca", "la gent hi busca")]},
     6, {"test_presentacio": "ciutadania"}),
    ("el nom del fitxer amb espais i accents",
     {"nom_fitxer": [('"pla-comunicacio-vilanova-2027"', '"Pla comunicació Vilanova 2027"')]},
     6, {"test_exportacio": "sense espais ni accents"}),
]
