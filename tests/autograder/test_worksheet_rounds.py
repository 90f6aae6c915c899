"""A second grading round reaches Moodle on a plain upload (reference moodle.md §4.9).

Moodle's offline-grading importer (``mod/assign/feedback/offline``) reads «Darrera modificació (qualificació)» with
PHP's ``strtotime()`` and skips a row when the grade it holds is more than 60 s newer than that date, unless the
trainer ticks «Permet l'actualització de registres que s'hagin modificat més recentment a Moodle que al full de
càlcul». ``strtotime()`` cannot read a Catalan date, so the row would count as time 0 and be skipped.
"""
from __future__ import annotations

import csv
import io
import shutil
import subprocess
from datetime import datetime, timezone

import pytest

from autograder.moodle_io.worksheet import normalise, read_worksheet

# Moodle 4.5.6's Catalan worksheet after a first round: the grade exists and carries a Catalan date.
ROUND_TWO = ('\ufeffIdentificador,"Nom complet","Adreça electrònica",Estat,Qualificació,"Qualificació màxima",'
             '"Es pot canviar la qualificació","Darrera modificació (tramesa)","Darrera modificació (qualificació)",'
             '"Comentaris de retroacció."\n'
             'Participant1,"Núria Puig","nuria@exemple.cat","S\'ha tramès per qualificar -  - ","6,00","10,00",Sí,'
             '"dijous, 3 de desembre 2026, 10:02","dijous, 3 de desembre 2026, 09:29","Primera correcció"\n'
             'Participant2,"Pere Vila","pere@exemple.cat","S\'ha tramès per qualificar -  - ","7,00","10,00",Sí,'
             '"dijous, 3 de desembre 2026, 08:00","dijous, 3 de desembre 2026, 09:29",""\n')
# When Moodle stored the first-round grade (the 09:29 above, UTC).
MOODLE_GRADE_TIME = datetime(2026, 12, 3, 9, 29, tzinfo=timezone.utc)


def _moodle_updates(date_text: str, grade_time: datetime, parse) -> bool:
    """Moodle's rule: ``$usergrade->timemodified > ($modified + 60)`` skips the row; an unreadable date is 0."""
    modified = parse(date_text)
    return not grade_time.timestamp() > (modified or 0) + 60


def _python_strtotime(text: str) -> float | None:
    try:
        return datetime.fromisoformat(text).timestamp()
    except ValueError:
        return None


def _php_strtotime(text: str) -> float | None:
    out = subprocess.run(["php", "-r", "$t = strtotime($argv[1]); echo $t === false ? '' : $t;", text],
                         capture_output=True, text=True, check=True).stdout
    return float(out) if out else None


def test_regraded_row_gets_a_date_moodle_reads_and_others_keep_theirs():
    sheet = read_worksheet(ROUND_TWO.encode("utf-8"))
    regraded = datetime(2026, 12, 3, 11, 40, 5, tzinfo=timezone.utc)
    text = sheet.filled({"1": ("9.00", "Segona correcció: 9 de 10 punts.")}, modified=regraded)
    rows = list(csv.reader(io.StringIO(text)))
    column = [normalise(h) for h in rows[0]].index("darrera modificacio qualificacio")
    assert rows[1][column] == "2026-12-03T11:40:05+00:00"
    assert rows[1][4] == "9.00" and rows[1][9] == "Segona correcció: 9 de 10 punts."
    assert rows[2][column] == "dijous, 3 de desembre 2026, 09:29"          # not regraded: untouched
    # Before the fix the Catalan date made Moodle skip the row; now the row is newer than Moodle's grade.
    assert not _moodle_updates("dijous, 3 de desembre 2026, 09:29", MOODLE_GRADE_TIME, _python_strtotime)
    assert _moodle_updates(rows[1][column], MOODLE_GRADE_TIME, _python_strtotime)
    # A grade changed in Moodle after the regrade still wins, as Moodle intends.
    assert not _moodle_updates(rows[1][column], datetime(2026, 12, 3, 12, 0, tzinfo=timezone.utc), _python_strtotime)


@pytest.mark.skipif(shutil.which("php") is None, reason="PHP no hi és (només a una màquina amb Moodle)")
def test_php_strtotime_reads_the_written_date_and_not_the_catalan_one():
    assert _php_strtotime("dijous, 3 de desembre 2026, 09:29") is None
    assert _php_strtotime("2026-12-03T11:40:05+00:00") == datetime(2026, 12, 3, 11, 40, 5,
                                                                    tzinfo=timezone.utc).timestamp()


def test_default_date_is_the_time_of_writing():
    sheet = read_worksheet(ROUND_TWO.encode("utf-8"))
    before = datetime.now(timezone.utc).replace(microsecond=0)
    rows = list(csv.reader(io.StringIO(sheet.filled({"2": ("8.00", None)}))))
    written = datetime.fromisoformat(rows[2][8])
    assert before <= written <= datetime.now(timezone.utc) and written.utcoffset() is not None
    assert rows[1][8] == "dijous, 3 de desembre 2026, 09:29"
