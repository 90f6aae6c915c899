"""Generadors dels registres d'atenció, de l'enquesta al personal i dels perfils similars (vegeu genera.py)."""
from __future__ import annotations

from datetime import date, datetime, timedelta

CANALS = {"X": 40, "Facebook": 35, "Instagram": 25}
TIPUS = {"pregunta": 55, "queixa": 20, "suggeriment": 10, "elogi": 10, "insult": 5}
TIPUS_CRISI = {"pregunta": 70, "queixa": 15, "suggeriment": 3, "elogi": 10, "insult": 2}
FESTIUS_2026 = {date(2026, 1, 1), date(2026, 1, 6), date(2026, 4, 3), date(2026, 4, 6), date(2026, 5, 1),
                date(2026, 6, 24), date(2026, 8, 15), date(2026, 9, 11), date(2026, 10, 12), date(2026, 12, 8),
                date(2026, 12, 25), date(2026, 12, 26)}
USUARIS = 1200
ATENCIO = (8 * 60, 15 * 60)          # dies feiners de 8 a 15 h (guia de Vilanova del Riu, unitat 10)
REVISIONS_FEINER = (18 * 60,)        # una revisió a la tarda
REVISIONS_FESTIU = (10 * 60, 18 * 60)


def _feiner(dia: date) -> bool:
    return dia.weekday() < 5 and dia not in FESTIUS_2026


def _resposta(rng, rebut: datetime, guardia: bool) -> datetime:
    """Quan es respon un missatge segons l'horari d'atenció de Vilanova del Riu."""
    if guardia:
        return rebut + timedelta(minutes=round(rng.expovariate(1 / 20)) + 2)
    minut = rebut.hour * 60 + rebut.minute
    if _feiner(rebut.date()) and ATENCIO[0] <= minut < ATENCIO[1]:
        candidat = rebut + timedelta(minutes=round(rng.expovariate(1 / 55)) + 3)
        if candidat.hour * 60 + candidat.minute < ATENCIO[1] and candidat.date() == rebut.date():
            return candidat
        minut = ATENCIO[1]
    dia = rebut.date()
    while True:
        revisions = ((ATENCIO[0],) + REVISIONS_FEINER) if _feiner(dia) else REVISIONS_FESTIU
        seguent = next((r for r in revisions if r >= minut), None)
        if seguent is not None:
            return datetime.combine(dia, datetime.min.time()) + timedelta(minutes=seguent + rng.randint(0, 40))
        dia += timedelta(days=1)
        minut = 0


def missatges(rng, any_, riuada) -> list[list]:
    pesos_usuaris = [1 / (k ** 1.1) for k in range(1, USUARIS + 1)]
    usuaris = [f"u{k:04d}" for k in range(1, USUARIS + 1)]
    files = []
    dia = date(any_, 1, 1)
    while dia.year == any_:
        crisi = riuada[0] <= dia <= riuada[1]
        quants = round((7 if _feiner(dia) else 4) * rng.uniform(0.6, 1.4))
        if crisi:
            quants += (45, 70, 35, 18, 8)[(dia - riuada[0]).days]
        for _ in range(quants):
            hora = rng.choices(range(7, 24), weights=[2, 5, 7, 7, 6, 6, 6, 5, 5, 5, 5, 5, 6, 6, 5, 4, 2])[0]
            rebut = datetime.combine(dia, datetime.min.time()) + timedelta(hours=hora, minutes=rng.randint(0, 59))
            if crisi and dia == riuada[0] and hora < 16:
                rebut = rebut.replace(hour=rng.randint(16, 23))
            pesos = TIPUS_CRISI if crisi else TIPUS
            tipus = rng.choices(list(pesos), weights=list(pesos.values()))[0]
            respon = {"insult": 0.0, "elogi": 0.5}.get(tipus, 0.97)
            respost = _resposta(rng, rebut, crisi and rebut.hour >= 8) if rng.random() < respon else None
            files.append([rng.choices(list(CANALS), weights=list(CANALS.values()))[0],
                          rng.choices(usuaris, weights=pesos_usuaris)[0], tipus, rebut, respost])
        dia += timedelta(days=1)
    files.sort(key=lambda f: f[3])
    return [[f"M{n:04d}", canal, usuari, tipus, rebut.strftime("%Y-%m-%d %H:%M"),
             respost.strftime("%Y-%m-%d %H:%M") if respost else "",
             round((respost - rebut).total_seconds() / 60) if respost else ""]
            for n, (canal, usuari, tipus, rebut, respost) in enumerate(files, 1)]


def enquesta(rng, arees, necessitats) -> list[list]:
    files = []
    for persona in range(1, 73):
        area = arees[(persona - 1) % len(arees)] if persona <= 40 else rng.choice(arees)
        us = rng.choices(("mai", "alguna vegada", "cada setmana", "cada dia"), weights=(2, 4, 3, 2))[0]
        ambaixador = "sí" if rng.random() < (0.55 if us in ("cada setmana", "cada dia") else 0.25) else "no"
        for necessitat in rng.sample(sorted(necessitats), rng.randint(2, 4)):
            frequencia, importancia = necessitats[necessitat]
            files.append([f"E{persona:03d}", area, us, necessitat,
                          min(5, max(1, frequencia + rng.choice((-1, 0, 0, 1)))),
                          min(5, max(1, importancia + rng.choice((-1, 0, 0, 1)))), ambaixador])
    return files


def perfils(rng, any_, perfils_marc) -> list[list]:
    files = []
    for perfil, taxa in perfils_marc.items():
        seguidors = rng.randint(3000, 9000)
        for mes in range(1, 13):
            seguidors = round(seguidors * rng.uniform(1.002, 1.02))
            publicacions = rng.randint(40, 110)
            if mes == 3:
                impressions = rng.randint(60, 160) * 1000
                interaccions = round(impressions * taxa / 100)
            else:
                impressions = rng.randint(50000, 170000)
                interaccions = round(impressions * taxa * rng.uniform(0.8, 1.2) / 100)
            files.append([f"{any_}-{mes:02d}", perfil, "X", seguidors, publicacions, impressions, interaccions])
    return files
