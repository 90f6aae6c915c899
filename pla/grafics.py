"""Gràfics accessibles del pla: colors segurs per al daltonisme (Okabe-Ito), rètols en català i text alternatiu.

Cada funció torna un ``Grafic`` amb dos atributs: ``figura`` (la figura de matplotlib) i ``alt`` (el text
alternatiu, que diu en paraules les dades clau del gràfic). En un quadern, el gràfic es mostra sol si és l'últim
valor de la cel·la, i el text alternatiu hi va inclòs; amb ``grafic.desa("grafic.png")`` es desa en un fitxer.
"""
from __future__ import annotations

import base64
import io
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta
from html import escape
from pathlib import Path

from matplotlib.figure import Figure

from pla.comu import ABREUJATS, format_nombre, llegeix_data, llegeix_moment
from pla.indicadors import IndicadorError, taxa_interaccio

# Paleta d'Okabe i Ito (2008), llegible amb els tipus de daltonisme més freqüents; sense el groc, que té poc
# contrast sobre fons blanc.
PALETA_OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000")
TRAMES = ("", "//", "..", "xx", "\\\\", "++", "oo")
MIDA_LLETRA = 11


@dataclass
class Grafic:
    """Un gràfic i el seu text alternatiu: ``figura`` és la figura de matplotlib i ``alt``, el text que diu en
    paraules les dades clau del gràfic."""

    figura: Figure
    alt: str

    def png(self, dpi: int = 100) -> bytes:
        """La imatge en format PNG, amb el text alternatiu a les metadades."""
        sortida = io.BytesIO()
        self.figura.savefig(sortida, format="png", dpi=dpi, metadata={"Description": self.alt})
        return sortida.getvalue()

    def desa(self, cami, dpi: int = 150):
        """Desa el gràfic com a PNG a ``cami`` i en torna el camí."""
        cami = Path(cami)
        cami.write_bytes(self.png(dpi))
        return cami

    def _repr_mimebundle_(self, include=None, exclude=None):
        imatge = base64.b64encode(self.png()).decode("ascii")
        return {"text/html": f'<img src="data:image/png;base64,{imatge}" alt="{escape(self.alt)}">',
                "text/plain": self.alt}


def _figura(titol: str, amplada: float = 8, alcada: float = 4.5):
    figura = Figure(figsize=(amplada, alcada), layout="constrained")
    eixos = figura.add_subplot()
    eixos.set_title(titol, fontsize=MIDA_LLETRA + 2)
    eixos.tick_params(labelsize=MIDA_LLETRA)
    for costat in ("top", "right"):
        eixos.spines[costat].set_visible(False)
    return figura, eixos


def _u(valor, unitat: str) -> str:
    return f"{format_nombre(valor, 1)}{unitat}"


def grafic_evolucio(serie, titol: str = "Evolució de l'indicador", unitat: str = "") -> Grafic:
    """Línia amb l'evolució d'un indicador. ``serie`` és ``[{"periode": "2026-01", "valor": 2.3}, …]`` (com la que
    torna ``pla.serie_mensual``) o un diccionari ``{"2026-01": 2.3, …}``; ``unitat`` s'afegeix als valors (« %»)."""
    punts = list(serie.items()) if isinstance(serie, dict) else [(p["periode"], p["valor"]) for p in serie or []]
    if not punts:
        raise ValueError("No hi ha cap valor per dibuixar: la sèrie és buida.")
    periodes, valors = [str(p) for p, _ in punts], [v for _, v in punts]
    figura, eixos = _figura(titol)
    eixos.plot(periodes, valors, color=PALETA_OKABE_ITO[0], marker="o", linewidth=2)
    eixos.set_xlabel("període", fontsize=MIDA_LLETRA)
    eixos.set_ylabel(f"valor ({unitat.strip()})" if unitat.strip() else "valor", fontsize=MIDA_LLETRA)
    eixos.tick_params(axis="x", labelrotation=45)
    eixos.grid(axis="y", alpha=0.3)
    maxim, minim = max(punts, key=lambda p: p[1]), min(punts, key=lambda p: p[1])
    alt = (f"Gràfic de línies: {titol}, de {periodes[0]} a {periodes[-1]} ({len(punts)} valors). Comença en "
           f"{_u(valors[0], unitat)} i acaba en {_u(valors[-1], unitat)}. El valor més alt és {_u(maxim[1], unitat)} "
           f"({maxim[0]}) i el més baix, {_u(minim[1], unitat)} ({minim[0]}).")
    return Grafic(figura, alt)


def grafic_interaccio_per_xarxa(publicacions, titol: str = "Taxa d'interacció per xarxa") -> Grafic:
    """Barres amb la taxa d'interacció (interaccions ÷ impressions × 100) de cada xarxa, de més a menys."""
    per_xarxa = defaultdict(list)
    for fila in publicacions or []:
        per_xarxa[fila.get("xarxa")].append(fila)
    taxes = {}
    for xarxa, files in per_xarxa.items():
        try:
            taxes[xarxa] = taxa_interaccio(files)
        except IndicadorError:
            continue
    if not taxes:
        raise ValueError("No hi ha cap valor per dibuixar: cap xarxa no té impressions.")
    ordenades = sorted(taxes.items(), key=lambda parell: (-parell[1], parell[0]))
    figura, eixos = _figura(titol)
    barres = eixos.bar([x for x, _ in ordenades], [v for _, v in ordenades],
                       color=[PALETA_OKABE_ITO[i % len(PALETA_OKABE_ITO)] for i in range(len(ordenades))])
    eixos.bar_label(barres, labels=[f"{format_nombre(v, 1)} %" for _, v in ordenades], fontsize=MIDA_LLETRA)
    eixos.set_xlabel("xarxa", fontsize=MIDA_LLETRA)
    eixos.set_ylabel("taxa d'interacció (%)", fontsize=MIDA_LLETRA)
    detall = "; ".join(f"{x}, {format_nombre(v, 1)} %" for x, v in ordenades)
    alt = (f"Gràfic de barres: {titol}, calculada com a interaccions dividides per impressions per cent. "
           f"De més a menys: {detall}.")
    return Grafic(figura, alt)


def _moment(fila):
    if fila.get("rebut"):
        return llegeix_moment(fila["rebut"])
    return llegeix_moment(f"{fila.get('data')} {fila.get('hora') or '00:00'}")


def grafic_mapa_activitat(registres, valor=None, titol: str = "Activitat per dia de la setmana i hora") -> Grafic:
    """Mapa de calor dia de la setmana × hora. ``registres`` són publicacions (amb «data» i «hora») o missatges
    (amb «rebut»); cada registre compta 1, o el valor de la columna ``valor`` (per exemple «interaccions»)."""
    graella = [[0] * 24 for _ in range(7)]
    for fila in registres or []:
        moment = _moment(fila) if isinstance(fila, dict) else None
        if moment is not None:
            graella[moment.weekday()][moment.hour] += (fila.get(valor) or 0) if valor else 1
    total = sum(map(sum, graella))
    if total == 0:
        raise ValueError("No hi ha cap valor per dibuixar: cap registre no té data i hora.")
    figura, eixos = _figura(titol, 9, 4)
    imatge = eixos.imshow(graella, aspect="auto", cmap="cividis")
    eixos.set_yticks(range(7), [f"{d}." for d in ABREUJATS])
    eixos.set_xticks(range(0, 24, 2), [f"{h} h" for h in range(0, 24, 2)])
    eixos.set_xlabel("hora del dia", fontsize=MIDA_LLETRA)
    eixos.set_ylabel("dia de la setmana", fontsize=MIDA_LLETRA)
    que = valor or "registres"
    figura.colorbar(imatge, ax=eixos, label=que)
    celles = sorted(((graella[d][h], d, h) for d in range(7) for h in range(24)), key=lambda c: (-c[0], c[1], c[2]))
    per_dia = [sum(fila) for fila in graella]
    per_hora = [sum(graella[d][h] for d in range(7)) for h in range(24)]
    dia, hora = per_dia.index(max(per_dia)), per_hora.index(max(per_hora))
    millors = "; ".join(f"{ABREUJATS[d]}. a les {h} h, {format_nombre(n)}" for n, d, h in celles[:3])
    alt = (f"Mapa de calor: {titol}, {format_nombre(total)} {que} en total. Les franges amb més activitat són: "
           f"{millors}. El dia amb més activitat és el {ABREUJATS[dia]}. ({format_nombre(per_dia[dia])}) i el que en "
           f"té menys, el {ABREUJATS[per_dia.index(min(per_dia))]}. ({format_nombre(min(per_dia))}); l'hora amb més "
           f"activitat és les {hora} h.")
    return Grafic(figura, alt)


def grafic_progres_objectius(objectius, valors_actuals, titol: str = "Progrés dels objectius") -> Grafic:
    """Barres horitzontals amb el progrés de cada objectiu cap al valor objectiu (100 % = assolit).

    Progrés = (valor actual − valor inicial) ÷ (valor objectiu − valor inicial) × 100; serveix també per als
    objectius que volen reduir una xifra. ``valors_actuals`` és ``{"O1": 29, "O2": 70, …}``.
    """
    files, sense = [], []
    for objectiu in objectius or []:
        codi = objectiu.get("codi")
        inicial, final = objectiu.get("valor_inicial"), objectiu.get("valor_objectiu")
        actual = (valors_actuals or {}).get(codi)
        if actual is None or inicial is None or final is None or final == inicial:
            sense.append(str(codi))
            continue
        files.append((codi, (actual - inicial) / (final - inicial) * 100, inicial, actual, final))
    if not files:
        raise ValueError("No hi ha cap valor per dibuixar: cap objectiu no té valor actual, inicial i objectiu.")
    figura, eixos = _figura(titol, 8, 1.2 + 0.6 * len(files))
    codis = [f[0] for f in files][::-1]
    progres = [f[1] for f in files][::-1]
    colors = [PALETA_OKABE_ITO[2] if p >= 100 else PALETA_OKABE_ITO[0] for p in progres]
    barres = eixos.barh(codis, progres, color=colors)
    eixos.bar_label(barres, labels=[f"{format_nombre(p, 0)} %" for p in progres], fontsize=MIDA_LLETRA, padding=3)
    eixos.axvline(100, color=PALETA_OKABE_ITO[6], linestyle="--", linewidth=1)
    eixos.set_xlabel("progrés cap al valor objectiu (%)", fontsize=MIDA_LLETRA)
    eixos.set_xlim(min(0, min(progres)) - 5, max(110, max(progres) + 15))
    detall = "; ".join(f"{c}, {format_nombre(p, 0)} % (de {format_nombre(i)} a {format_nombre(a)}, objectiu "
                       f"{format_nombre(f)})" for c, p, i, a, f in files)
    assolits = sum(1 for f in files if f[1] >= 100)
    alt = (f"Gràfic de barres horitzontals: {titol}, on el 100 % vol dir objectiu assolit. {detall}. "
           f"{assolits} de {len(files)} objectius assolits.")
    if sense:
        alt += f" Sense dada actual: {', '.join(sense)}."
    return Grafic(figura, alt)


def grafic_calendari(calendari, titol: str = "Publicacions previstes") -> Grafic:
    """Barres apilades amb les publicacions previstes per dia (o per setmana, si el període passa de 31 dies)
    i per xarxa, amb colors i trames diferents per a cada xarxa."""
    entrades = [(llegeix_data(e.get("data")), e.get("xarxa")) for e in calendari or [] if isinstance(e, dict)]
    entrades = [(d, x) for d, x in entrades if d is not None]
    if not entrades:
        raise ValueError("No hi ha cap valor per dibuixar: el calendari no té cap publicació amb data.")
    inici, fi = min(d for d, _ in entrades), max(d for d, _ in entrades)
    setmanal = (fi - inici).days > 30
    clau = (lambda d: d - timedelta(days=d.weekday())) if setmanal else (lambda d: d)
    periodes, dia = [], clau(inici)
    while dia <= fi:
        periodes.append(dia)
        dia += timedelta(days=7 if setmanal else 1)
    xarxes = list(dict.fromkeys(x for _, x in entrades))
    comptes = {x: defaultdict(int) for x in xarxes}
    for d, x in entrades:
        comptes[x][clau(d)] += 1
    figura, eixos = _figura(titol, 9, 4.5)
    etiquetes = [(f"{ABREUJATS[p.weekday()]}. {p.day}/{p.month}" if not setmanal else f"{p.day}/{p.month}")
                 for p in periodes]
    base = [0] * len(periodes)
    for i, xarxa in enumerate(xarxes):
        alcades = [comptes[xarxa][p] for p in periodes]
        eixos.bar(etiquetes, alcades, bottom=base, label=xarxa, color=PALETA_OKABE_ITO[i % len(PALETA_OKABE_ITO)],
                  hatch=TRAMES[i % len(TRAMES)], edgecolor="white")
        base = [b + a for b, a in zip(base, alcades)]
    eixos.legend(title="xarxa", fontsize=MIDA_LLETRA, loc="upper left", bbox_to_anchor=(1.01, 1))
    eixos.set_xlabel("setmana que comença el" if setmanal else "dia", fontsize=MIDA_LLETRA)
    eixos.set_ylabel("publicacions", fontsize=MIDA_LLETRA)
    eixos.tick_params(axis="x", labelrotation=45)
    maxim = max(range(len(periodes)), key=lambda i: (base[i], -i))
    buits = sum(1 for b in base if b == 0)
    per_xarxa = "; ".join(f"{x}, {sum(comptes[x].values())}" for x in xarxes)
    alt = (f"Gràfic de barres apilades: {titol} per {'setmana' if setmanal else 'dia'} i per xarxa, del "
           f"{inici.isoformat()} al {fi.isoformat()}. {len(entrades)} publicacions en total: {per_xarxa}. ")
    alt += (f"La setmana amb més publicacions és la que comença el {periodes[maxim].isoformat()}, amb {base[maxim]}."
            if setmanal else f"El dia amb més publicacions és el {periodes[maxim].isoformat()}, amb {base[maxim]}.")
    if buits:
        nom = ("setmana" if buits == 1 else "setmanes") if setmanal else ("dia" if buits == 1 else "dies")
        alt += f" Hi ha {buits} {nom} sense cap publicació."
    return Grafic(figura, alt)

