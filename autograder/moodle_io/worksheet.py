"""Moodle's offline grading worksheet: read it in any site language, write it back with grades and comments.

Headers are localised (Catalan, Spanish, English…) and which identity columns appear depends on the site, so
columns are found by what they hold: the identifier column by its ``Participant 123`` values, the e-mail column
by its addresses, the others by their header in any of the three languages. Every column and row that Moodle
gave is written back unchanged except the grade, the feedback comment and, for a row with a new grade, the date in
«Darrera modificació (qualificació)». Moodle reads that date with PHP's ``strtotime()`` and skips a row whose date is
older than the grade it already holds; a Catalan date («dijous, 3 de desembre 2026, 09:29») does not parse, so from
the second grading round on every row would be skipped. The date written is ISO 8601 with its offset
(``2026-12-03T09:29:00+00:00``), which ``strtotime()`` reads in any site language.
"""
from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from autograder.errors import AutograderError

HEADERS = {
    "identifier": ("identifier", "identificador", "identificativo", "identificant"),
    "full_name": ("full name", "nom complet", "nombre completo", "nom i cognoms", "nombre y apellidos"),
    "email": ("email address", "adreca electronica", "direccion de correo", "direccion de correo electronico",
              "correo electronico", "correu electronic", "email"),
    "id_number": ("id number", "numero id", "numero de id", "numero d'identificacio", "idnumber", "numero ID"),
    "status": ("status", "estat", "estado"),
    "grade": ("grade", "qualificacio", "calificacion", "nota"),
    "max_grade": ("maximum grade", "qualificacio maxima", "calificacion maxima", "nota maxima"),
    "grade_modified": ("last modified grade", "darrera modificacio qualificacio", "ultima modificacion calificacion"),
    "feedback": ("feedback comments", "comentaris de retroaccio", "comentaris de retroalimentacio",
                 "comentarios de retroalimentacion", "comentaris", "comentarios"),
}
PARTICIPANT = re.compile(r"^\s*[^\W\d_]+\s*(\d+)\s*$")


class WorksheetError(AutograderError, ValueError):
    pass


def normalise(text: str) -> str:
    """Header text without accents, case, punctuation or a trailing period, for matching."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[^\w' ]+", " ", text)
    return " ".join(text.split())


def demojibake(text: str) -> str:
    """Undo UTF-8 read as Windows-1252 (``QualificaciÃ³``), which a sheet re-saved in a spreadsheet may carry."""
    if not re.search("[ÃÂ][\u0080-\u00ff\u2018-\u203a]", text):
        return text
    for encoding in ("cp1252", "latin-1"):
        try:
            return text.encode(encoding).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return text


def decode(raw: bytes) -> tuple[str, bool]:
    """The sheet's text and whether it had a byte-order mark; UTF-8 first, Windows-1252 for a re-saved sheet."""
    bom = raw.startswith(codecs.BOM_UTF8)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return demojibake(text), bom


def parse_grade(value: str) -> float | None:
    value = (value or "").strip().replace("\u00a0", "").replace(" ", "")
    if not value or value == "-":
        return None
    if "," in value and "." in value:        # 1.234,50 → 1234.50
        value = value.replace(".", "").replace(",", ".")
    else:
        value = value.replace(",", ".")
    try:
        return float(value)
    except ValueError:
        return None


def format_grade(value: float) -> str:
    """Two decimals with a point, rounded half up: what Moodle's importer reads on any site."""
    return str(Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


@dataclass
class Worksheet:
    header: list[str]
    rows: list[list[str]]
    delimiter: str = ","
    bom: bool = False
    columns: dict[str, int] = field(default_factory=dict)

    def value(self, row: list[str], role: str) -> str:
        index = self.columns.get(role)
        return row[index].strip() if index is not None and index < len(row) else ""

    def participant(self, row: list[str]) -> str | None:
        match = PARTICIPANT.match(self.value(row, "identifier"))
        return match.group(1) if match else None

    def records(self) -> list[dict]:
        """One dict per learner: participant id, full name, e-mail, ID number, status text, maximum grade."""
        result = []
        for row in self.rows:
            pid = self.participant(row)
            if pid is None:
                continue
            result.append({"participant": pid, "full_name": self.value(row, "full_name"),
                           "email": self.value(row, "email"), "id_number": self.value(row, "id_number"),
                           "status": self.value(row, "status"),
                           "max_grade": parse_grade(self.value(row, "max_grade"))})
        return result

    def filled(self, marks: dict[str, tuple[str | None, str | None]], modified: datetime | None = None) -> str:
        """The sheet as CSV text with ``marks`` (participant id → (grade, comment)) written in; None keeps a cell.

        A row that gets a grade also gets ``modified`` (default: now) as its grade's last-modified date."""
        stamp = (modified or datetime.now(timezone.utc)).isoformat(timespec="seconds")
        out = io.StringIO()
        writer = csv.writer(out, delimiter=self.delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        writer.writerow(self.header)
        for row in self.rows:
            row = list(row) + [""] * (len(self.header) - len(row))
            pid = self.participant(row)
            if pid in marks:
                grade, comment = marks[pid]
                if grade is not None and "grade" in self.columns:
                    row[self.columns["grade"]] = grade
                    if "grade_modified" in self.columns:
                        row[self.columns["grade_modified"]] = stamp
                if comment is not None and "feedback" in self.columns:
                    row[self.columns["feedback"]] = comment
            writer.writerow(row)
        return out.getvalue()

    def write(self, path: Path, marks: dict[str, tuple[str | None, str | None]],
              modified: datetime | None = None) -> Path:
        data = self.filled(marks, modified).encode("utf-8")
        Path(path).write_bytes((codecs.BOM_UTF8 if self.bom else b"") + data)
        return Path(path)


def read_worksheet(path: Path | str | bytes) -> Worksheet:
    raw = path if isinstance(path, bytes) else Path(path).read_bytes()
    text, bom = decode(raw)
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = max([",", ";", "\t"], key=first.count)
    rows = [r for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter) if any(c.strip() for c in r)]
    if len(rows) < 1:
        raise WorksheetError("El full de qualificacions és buit.")
    header, body = rows[0], rows[1:]
    sheet = Worksheet(header, body, delimiter, bom)
    sheet.columns = find_columns(header, body)
    if "identifier" not in sheet.columns:
        raise WorksheetError("No s'ha trobat la columna d'identificador («Participant 123») al full de "
                             "qualificacions: és el full de qualificació fora de línia de la tasca de Moodle?")
    if "grade" not in sheet.columns:
        raise WorksheetError("No s'ha trobat la columna de qualificació al full de qualificacions.")
    return sheet


def find_columns(header: list[str], rows: list[list[str]]) -> dict[str, int]:
    names = [normalise(h) for h in header]
    columns: dict[str, int] = {}
    columns_by_content = {"identifier": lambda v: bool(PARTICIPANT.match(v)), "email": lambda v: "@" in v}
    for role, test in columns_by_content.items():
        best, best_share = None, 0.5
        for index in range(len(header)):
            values = [r[index].strip() for r in rows if index < len(r) and r[index].strip()]
            share = sum(map(test, values)) / len(values) if values else 0
            if share > best_share:
                best, best_share = index, share
        if best is not None:
            columns[role] = best
    for role, keys in HEADERS.items():
        if role in columns:
            continue
        wanted = [normalise(k) for k in keys]
        for index, name in enumerate(names):
            if index in columns.values():
                continue
            if name in wanted or (role == "feedback" and any(name.startswith(w) for w in wanted)):
                columns[role] = index
                break
    return columns
