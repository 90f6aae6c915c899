"""Typical mistakes in unit 6's graded notebook, as small edits of the reference solution.

Each case is ``(name, {grade_id: [(old, new), …]}, expected automatic score, {test grade_id: message fragment})``.
The automatic points are 8 (the trainer's rubric gives the other 2).
"""

LIMITS = " No publica opinions, no entra en debats partidistes i no fa publicitat d'empreses privades."
QUE_I_COM = ("informa dels serveis i dels tràmits municipals, avisa de les incidències que afecten la vida diària, "
             "convida a participar en les decisions del municipi i dona a conèixer l'agenda cultural i esportiva. "
             "S'adreça sobretot al jovent que busca feina, a la gent gran, al comerç i a les entitats. Parla en "
             "català planer, amb un to proper i en primera persona del plural. ")

CASES = [
    ("percentatges_que_no_sumen_100",
     {"tipus": [('{"tipus": "Agenda", "percentatge": 15}', '{"tipus": "Agenda", "percentatge": 25}')]},
     7, {"test_tipus": "els percentatges dels tipus sumen 110 i han de sumar 100"}),
    ("percentatge_entre_cometes",
     {"tipus": [('{"tipus": "Campanyes", "percentatge": 15}', '{"tipus": "Campanyes", "percentatge": "15 %"}')]},
     7, {"test_tipus": "el percentatge ha de ser un nombre entre 1 i 100"}),
    ("linia_editorial_sense_limits", {"linia_editorial": [(LIMITS, "")]},
     7, {"test_linia_editorial": "Digues també de què no parla el compte"}),
    ("linia_editorial_massa_curta", {"linia_editorial": [(QUE_I_COM, "")]},
     7, {"test_linia_editorial": "paraules: escriu-ne entre 30 i 150"}),
    ("format_fora_d_horari",
     {"formats": [('"dia": "diumenge",\n     "hora": "11:00"', '"dia": "diumenge",\n     "hora": "21:00"')]},
     7, {"test_formats": "surten fora de l'horari de publicació"}),
    ("etiqueta_massa_llarga",
     {"formats": [('"etiqueta": "#AgendaDelRiu"', '"etiqueta": "#AgendaDelCapDeSetmana"')]},
     7, {"test_formats": "té 21 caràcters; com a màxim 12"}),
    ("dos_formats_el_mateix_dia",
     {"formats": [('"xarxa": "X", "dia": "divendres",\n     "hora": "10:00"',
                   '"xarxa": "X", "dia": "dimecres",\n     "hora": "15:00"')]},
     7, {"test_formats_ocult": "Hi ha dos formats a la mateixa xarxa el mateix dia (X el dimecres)"}),
    ("jornada_de_reflexio_oblidada",
     {"dies_bloquejats": [('"inici": "2027-05-22", "fi": "2027-05-22"', '"inici": "2027-05-23", "fi": "2027-05-23"')]},
     7, {"test_calendari": "publicacions el 2027-05-22, la jornada de reflexió"}),
    ("raci_amb_dues_a",
     {"correccions": [('    "Publicar avisos d\'emergència": {"Direcció": "I"},\n', "")]},
     7, {"test_raci": "hi ha 2 A (Responsable del compte, Direcció)"}),
    ("raci_tasca_mal_escrita",
     {"correccions": [('"Contractar una campanya de pagament"', '"Contractar la campanya de pagament"')]},
     7, {"test_raci": "Aquestes tasques no són a la matriu: Contractar la campanya de pagament"}),
    ("valida_qui_no_toca",
     {"circuit": [('{"accio": "valida", "rol": "Responsable del compte"', '{"accio": "valida", "rol": "Direcció"')]},
     7, {"test_circuit": "Ha de validar qui té l'A de «Redactar i publicar continguts ordinaris»"}),
    ("validacio_massa_lenta",
     {"circuit": [('{"accio": "valida", "rol": "Responsable del compte", "termini_hores": 24}',
                   '{"accio": "valida", "rol": "Responsable del compte", "termini_hores": 48}')]},
     7, {"test_circuit": "La validació té un termini de 48 hores"}),
    ("publicacions_amb_el_canal_de_whatsapp",
     {"hores_de_feina": [('"minuts": 20, "vegades_setmana": 27', '"minuts": 20, "vegades_setmana": 30')]},
     7, {"test_hores_de_feina": "Falta la tasca de preparar i publicar: 27 publicacions setmanals"}),
    ("massa_hores",
     {"hores_de_feina": [('"minuts": 45, "vegades_setmana": 5', '"minuts": 90, "vegades_setmana": 5')]},
     7, {"test_hores_de_feina": "L'estimació suma 23,5 hores setmanals i l'equip en té 20"}),
]
