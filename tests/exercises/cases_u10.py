"""Typical mistakes in unit 10's graded notebook, as small edits of the reference solution (old, new)."""

LLARG = ("Gràcies per avisar-nos. Recorda que pots consultar el calendari de recollida de cada carrer i de cada "
         "fracció al web municipal i a l'aplicació.")

CASES = [
    ("temps màxim de 24 hores",
     {"protocol_resposta": [('"temps_maxim_hores": 2,', '"temps_maxim_hores": 24,')]},
     4, {"test_protocol_resposta": "menys de 2 hores"}),
    ("l'horari acaba abans de començar",
     {"protocol_resposta": [('"fi": "15:00"', '"fi": "07:00"')]},
     4, {"test_protocol_resposta": "l'hora de fi (07:00) ha de ser posterior"}),
    ("falta el cas de les dades personals",
     {"protocol_resposta": [('"dades_personals": "Demanar que les esborri', '"altres": "Demanar que les esborri')]},
     3, {"test_protocol_resposta": "falta el cas «dades_personals»"}),
    ("les dades personals es responen en públic",
     {"protocol_resposta": [("Demanar que les esborri i continuar per missatge directe o per correu.",
                             "Respondre en públic amb les dades del tràmit.")]},
     5, {"test_protocol_resposta_ocult": "canal privat"}),
    ("la resposta no repeteix el tema de la queixa",
     {"resposta_queixa": [("El camió de la brossa d'aquesta ruta", "El vehicle d'aquesta ruta"),
                          ("la recollida al carrer del Riu", "el servei al carrer del Riu")]},
     5, {"test_resposta_queixa": "Repeteix el tema de la queixa"}),
    ("la resposta no cap a X",
     {"resposta_queixa": [("Gràcies per avisar-nos.", LLARG)]},
     5, {"test_resposta_queixa": "a X el màxim és 280"}),
    ("les normes de participació no parlen de publicitat",
     {"normes_participacio": [("; i res de publicitat.", ".")]},
     5, {"test_normes_participacio": "la publicitat"}),
    ("les normes d'ús personal no parlen dels alts càrrecs",
     {"normes_us_personal": [("Els alts càrrecs són presents", "Les persones directives són presents")]},
     5, {"test_normes_us_personal": "alts càrrecs"}),
]
