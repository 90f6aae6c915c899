"""Genera les dades fictícies de Vilanova del Riu (any 2026) a ``pla/dades/``: ``python -m pla.dades.genera``.

Només fa servir ``random`` de la biblioteca estàndard, amb llavors fixes: tornar-lo a executar dona fitxers
idèntics byte a byte. Cada fitxer té la seva llavor, de manera que canviar-ne un no canvia els altres.
Les xifres que cita el llibre (el mes de març a X, la campanya de l'oli a Facebook, els cinc perfils similars,
l'enquesta d'ús per edats) hi surten exactament.
"""
from __future__ import annotations

import csv
import io
import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from pla.dades import generadors
from pla.dades.fixes import COMPTES, ENQUESTA_AREES, NECESSITATS, PERFILS_MARC, US_XARXES_EDAT

CARPETA = Path(__file__).parent
ANY = 2026
LLAVOR = "vilanova-del-riu-2026"
RIUADA = (date(2026, 10, 14), date(2026, 10, 18))  # la setmana de la riuada
DIES_AB = ("dl", "dt", "dc", "dj", "dv", "ds", "dg")

ESTACIONALITAT = {1: 0.90, 2: 0.95, 3: 1.00, 4: 1.00, 5: 1.05, 6: 1.10, 7: 0.95, 8: 1.20, 9: 1.05, 10: 1.00,
                  11: 0.95, 12: 1.00}
EFECTE_DIA = (1.00, 1.08, 1.10, 1.05, 0.95, 0.75, 0.70)
EFECTE_FORMAT = {"text": 0.8, "enllaç": 1.0, "imatge": 1.25, "video": 1.5}
# xarxa: (publicacions pròpies per setmana, republicacions per setmana, interacció base, hores habituals,
#         impressions d'una publicació en proporció als seguidors)
PERFIL_XARXA = {
    "X": (17, 6, 0.018, (8, 9, 11, 12, 13, 17, 18, 19), 0.30),
    "Facebook": (7, 0, 0.030, (10, 11, 12, 18, 19), 0.60),
    "Instagram": (3, 0, 0.045, (13, 19, 20), 0.45),
    "YouTube": (0.5, 0, 0.050, (12,), 0.50),
}
FORMATS_RECURRENTS = {("X", 0): ("09:00", "#ObresSetmana", "Informació de servei"),
                      ("X", 2): ("12:00", "#TràmitFàcil", "Informació de servei"),
                      ("X", 4): ("10:00", "#AgendaDelRiu", "Agenda"),
                      ("Instagram", 6): ("11:00", "#FotoDelRiu", "Continguts de la ciutadania")}
TEMES = (("Informació de servei", 40), ("Campanyes", 15), ("Participació", 15), ("Agenda", 15),
         ("Entre bastidors", 8), ("Continguts atemporals", 7))


def _efecte_hora(hora: int) -> float:
    return {8: 1.15, 9: 1.1, 12: 1.1, 13: 1.2, 19: 1.15, 20: 1.2}.get(hora, 1.0 if 8 <= hora <= 21 else 0.7)


def _escriu(cami: Path, capcalera: list[str], files: list[list]) -> Path:
    sortida = io.StringIO()
    escriptor = csv.writer(sortida, lineterminator="\n")
    escriptor.writerow(capcalera)
    escriptor.writerows(files)
    cami.write_bytes(sortida.getvalue().encode("utf-8"))
    return cami


def _reparteix_exacte(pesos: list[float], total: int) -> list[int]:
    """Enters proporcionals a ``pesos`` que sumen exactament ``total`` (mètode del residu més gran)."""
    suma = sum(pesos)
    quotes = [p / suma * total for p in pesos]
    enters = [int(q) for q in quotes]
    ordre = sorted(range(len(pesos)), key=lambda i: (quotes[i] - enters[i], -i), reverse=True)
    for i in ordre[: total - sum(enters)]:
        enters[i] += 1
    return enters


def seguidors_mensuals() -> dict:
    """``{(xarxa, mes): (inici, final)}``: X passa de 4.000 a 4.180 al març i Facebook acaba el març amb 2.500."""
    rng = random.Random(LLAVOR + "-seguidors")
    inicials = {"X": 3720, "Facebook": 2390, "Instagram": 1520, "YouTube": 590}
    creixement = {"X": 0.012, "Facebook": 0.009, "Instagram": 0.025, "YouTube": 0.008}
    fixos = {("X", 3): (4000, 4180), ("Facebook", 3): (None, 2500)}
    resultat = {}
    for xarxa, valor in inicials.items():
        for mes in range(1, 13):
            inici = valor
            final = round(inici * (1 + creixement[xarxa] * rng.uniform(0.4, 1.6)))
            if mes == 10 and xarxa in ("X", "Facebook"):
                final += {"X": 310, "Facebook": 140}[xarxa]  # la riuada atrau seguidors
            if (xarxa, mes + 1) in fixos:
                final = fixos[(xarxa, mes + 1)][0] or final
            if (xarxa, mes) in fixos:
                inici, final = fixos[(xarxa, mes)][0] or inici, fixos[(xarxa, mes)][1]
            resultat[(xarxa, mes)] = (inici, final)
            valor = final
    return resultat


def _publicacions_del_dia(rng, xarxa, dia, setmanals):
    mitjana = setmanals / 7 * (1.15 if dia.weekday() < 5 else 0.6)
    enter = int(mitjana)
    return enter + (1 if rng.random() < mitjana - enter else 0)


def _tema(rng):
    return rng.choices([t for t, _ in TEMES], weights=[p for _, p in TEMES])[0]


def _fila(rng, xarxa, moment, tipus, format_, tema, etiqueta, seguidors, intensitat=1.0):
    if tipus == "republicacio":
        return [moment.date().isoformat(), moment.strftime("%H:%M"), xarxa, tipus, format_, tema, etiqueta, 0, 0, 0, 0]
    base_interaccio, proporcio = PERFIL_XARXA[xarxa][2], PERFIL_XARXA[xarxa][4]
    factor = (ESTACIONALITAT[moment.month] * EFECTE_DIA[moment.weekday()] * _efecte_hora(moment.hour)
              * EFECTE_FORMAT[format_] * intensitat)
    impressions = max(30, round(seguidors * proporcio * factor * rng.lognormvariate(0, 0.35)))
    abast = round(impressions * rng.uniform(0.62, 0.8))
    interaccions = round(impressions * base_interaccio * EFECTE_FORMAT[format_] * rng.lognormvariate(0, 0.3)
                         * (1.3 if intensitat > 1 else 1.0))
    clics = round(interaccions * (rng.uniform(0.35, 0.55) if format_ == "enllaç" else rng.uniform(0.05, 0.2)))
    return [moment.date().isoformat(), moment.strftime("%H:%M"), xarxa, tipus, format_, tema, etiqueta,
            impressions, abast, interaccions, clics]


def publicacions(seguidors: dict) -> list[list]:
    rng = random.Random(LLAVOR + "-publicacions")
    files = []
    dia = date(ANY, 1, 1)
    while dia.year == ANY:
        for xarxa, (propies, republicacions, _, hores, _) in PERFIL_XARXA.items():
            seg = seguidors[(xarxa, dia.month)][0]
            recurrent = FORMATS_RECURRENTS.get((xarxa, dia.weekday()))
            if recurrent:
                hora, etiqueta, tema = recurrent
                moment = datetime.combine(dia, datetime.strptime(hora, "%H:%M").time())
                files.append(_fila(rng, xarxa, moment, "propia", "imatge", tema, etiqueta, seg))
            n = _publicacions_del_dia(rng, xarxa, dia, propies) - (1 if recurrent else 0)
            for hora in sorted(rng.sample(hores, min(max(n, 0), len(hores)))):
                moment = datetime.combine(dia, datetime.min.time()) + timedelta(
                    hours=hora, minutes=rng.choice((0, 15, 30)))
                format_ = "video" if xarxa == "YouTube" else rng.choices(list(EFECTE_FORMAT), weights=(2, 4, 5, 1))[0]
                files.append(_fila(rng, xarxa, moment, "propia", format_, _tema(rng), "", seg))
            for _ in range(_publicacions_del_dia(rng, xarxa, dia, republicacions)):
                moment = datetime.combine(dia, datetime.min.time()) + timedelta(hours=rng.randint(9, 19))
                files.append(_fila(rng, xarxa, moment, "republicacio", "text", _tema(rng), "", seg))
        if RIUADA[0] <= dia <= RIUADA[1]:
            files += _riuada(rng, dia, seguidors)
        dia += timedelta(days=1)
    _ajusta_marc(rng, files)
    files = _quadra_amb_inventari(rng, files, seguidors)
    files.sort(key=lambda f: (f[0], f[1], list(PERFIL_XARXA).index(f[2]), f[3]))
    return [[f"P{numero:04d}", *fila] for numero, fila in enumerate(files, 1)]


def _quadra_amb_inventari(rng, files, seguidors):
    """Cap publicació dels comptes generals entre la seva última publicació segons l'inventari i el dia de
    l'inventari (16 de novembre), i una publicació aquell darrer dia."""
    inventari = date(ANY, 11, 16)
    ultimes = {fila[1]: date.fromisoformat(fila[5]) for fila in COMPTES if fila[6] is None}
    files = [f for f in files if not ultimes[f[2]] < date.fromisoformat(f[0]) <= inventari]
    for xarxa, ultima in sorted(ultimes.items()):
        if not any(f[2] == xarxa and f[0] == ultima.isoformat() and f[3] == "propia" for f in files):
            moment = datetime.combine(ultima, datetime.min.time()) + timedelta(hours=PERFIL_XARXA[xarxa][3][-1])
            files.append(_fila(rng, xarxa, moment, "propia", "video" if xarxa == "YouTube" else "imatge",
                               _tema(rng), "", seguidors[(xarxa, ultima.month)][0]))
    return files


def _riuada(rng, dia, seguidors):
    """Avisos d'emergència de la riuada: molts missatges, molt vistos i molt compartits."""
    quants = {0: (9, 4), 1: (14, 5), 2: (9, 3), 3: (5, 2), 4: (3, 1)}[(dia - RIUADA[0]).days]
    files = []
    for xarxa, n in zip(("X", "Facebook"), quants):
        inici = 16 if dia == RIUADA[0] else 8
        for i in range(n):
            moment = datetime.combine(dia, datetime.min.time()) + timedelta(
                hours=inici, minutes=round(i * (22 - inici) * 60 / n))
            files.append(_fila(rng, xarxa, moment, "propia", "imatge", "Emergència", "#RiuadaVdR",
                               seguidors[(xarxa, 10)][0], intensitat=rng.uniform(5, 9)))
    return files


def _ajusta_marc(rng, files):
    """Al març, X té 96 publicacions pròpies i 40 republicacions, amb 120.000 impressions i 2.400 interaccions
    (unitat 7); a Facebook hi ha la publicació de la campanya de l'oli (2.100 impressions, abast 1.500,
    75 interaccions)."""
    def del_marc(xarxa, tipus):
        return [f for f in files if f[0].startswith(f"{ANY}-03") and f[2] == xarxa and f[3] == tipus]
    for tipus, objectiu in (("propia", 96), ("republicacio", 40)):
        actuals = del_marc("X", tipus)
        while len(actuals) > objectiu:
            sobrera = rng.choice([f for f in actuals if not f[6]])
            files.remove(sobrera)
            actuals.remove(sobrera)
        while len(actuals) < objectiu:
            dia = date(ANY, 3, rng.randint(1, 31))
            moment = datetime.combine(dia, datetime.min.time()) + timedelta(hours=rng.choice((11, 12, 17)), minutes=45)
            nova = _fila(rng, "X", moment, tipus, "enllaç" if tipus == "propia" else "text", "Campanyes", "", 4000)
            files.append(nova)
            actuals.append(nova)
    propies = del_marc("X", "propia")
    for columna, total in ((7, 120000), (9, 2400)):
        for fila, valor in zip(propies, _reparteix_exacte([f[columna] for f in propies], total)):
            fila[columna] = valor
    for fila in propies:
        fila[8] = min(fila[8], fila[7])
        fila[10] = min(fila[10], fila[9])
    oli = next(f for f in del_marc("Facebook", "propia") if f[0] == f"{ANY}-03-03")
    oli[1:] = ["11:00", "Facebook", "propia", "video", "Campanyes", "#RecollimOli", 2100, 1500, 75, 9]


def comptes(seguidors: dict) -> list[list]:
    """L'inventari del 16 de novembre; els comptes generals tenen els seguidors d'aquell dia segons seguidors.csv."""
    files = []
    for fila in COMPTES:
        if fila[6] is None:
            inici, final = seguidors[(fila[1], 11)]
            fila = [*fila[:6], inici + round((final - inici) * 15 / 30), fila[7]]
        files.append(fila)
    return files


def genera(carpeta: Path = CARPETA) -> list[Path]:
    """Escriu tots els fitxers CSV a ``carpeta`` i en torna els camins."""
    carpeta = Path(carpeta)
    carpeta.mkdir(parents=True, exist_ok=True)
    seguidors = seguidors_mensuals()
    fitxers = [
        _escriu(carpeta / "comptes.csv", ["compte", "xarxa", "unitat", "correu_alta", "data_alta",
                                          "ultima_publicacio", "seguidors", "persones_amb_acces"], comptes(seguidors)),
        _escriu(carpeta / "seguidors.csv", ["mes", "xarxa", "seguidors_inici", "seguidors_final"],
                [[f"{ANY}-{mes:02d}", xarxa, inici, final]
                 for (xarxa, mes), (inici, final) in sorted(seguidors.items(), key=lambda e: (e[0][1], e[0][0]))]),
        _escriu(carpeta / "publicacions.csv", ["id", "data", "hora", "xarxa", "tipus", "format", "tema", "etiqueta",
                                               "impressions", "abast", "interaccions", "clics"],
                publicacions(seguidors)),
        _escriu(carpeta / "missatges.csv", ["id", "canal", "usuari", "tipus", "rebut", "respost", "minuts_resposta"],
                generadors.missatges(random.Random(LLAVOR + "-missatges"), ANY, RIUADA)),
        _escriu(carpeta / "enquesta_personal.csv", ["persona", "area", "us_xarxes", "necessitat", "frequencia",
                                                    "importancia", "vol_ser_ambaixador"],
                generadors.enquesta(random.Random(LLAVOR + "-enquesta"), ENQUESTA_AREES, NECESSITATS)),
        _escriu(carpeta / "us_xarxes_edat.csv", ["franja", "xarxa", "percentatge"],
                [[franja, xarxa, valor]
                 for franja, xarxes in US_XARXES_EDAT.items() for xarxa, valor in xarxes.items()]),
        _escriu(carpeta / "perfils_similars.csv", ["mes", "perfil", "xarxa", "seguidors", "publicacions",
                                                   "impressions", "interaccions"],
                generadors.perfils(random.Random(LLAVOR + "-perfils"), ANY, PERFILS_MARC)),
    ]
    return fitxers


def main(argv=None) -> int:
    carpeta = Path((argv or sys.argv[1:] or [CARPETA])[0])
    for cami in genera(carpeta):
        print(f"Escrit {cami} ({cami.stat().st_size // 1024} kB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
