"""Read Moodle's "Download all submissions" zip, in both of the layouts Moodle produces.

* one folder per submission (Moodle ≥ 3.1, the default):
  ``Núria Puig i Ferrer_1234567_assignsubmission_file/Exercici 5.ipynb`` (before Moodle 4.1 the folder ends in ``_``);
* flat names: ``Núria Puig i Ferrer_1234567_assignsubmission_file_Exercici 5.ipynb``.

Moodle replaces ``_`` in full names with spaces, so the participant id is the first ``_<digits>_assign…`` group.
A zip that a learner uploaded is opened too (one level), so its notebook is not missed.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from autograder.errors import AutograderError

MAX_FILE_BYTES = 50 * 1024 * 1024  # a notebook of this course is far smaller; protects against zip bombs
PREFIX = re.compile(r"^(?P<name>.*?)_(?P<pid>\d+)_(?P<plugin>assign(?:submission|feedback)_[a-z]+)(?:_(?P<rest>.*))?$",
                    re.DOTALL)


@dataclass
class SubmittedFile:
    name: str              # as the learner uploaded it ("Exercici 5 (1).ipynb"; "lliurament.zip/ex.ipynb")
    data: bytes
    plugin: str = "assignsubmission_file"
    modified: tuple = (1980, 1, 1, 0, 0, 0)


@dataclass
class Submission:
    participant: str       # Moodle's participant id (unique per assignment and user)
    full_name: str         # as Moodle wrote it in the zip
    prefix: str            # "<full name>_<participant id>", for the feedback zip
    files: list[SubmittedFile] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass
class Download:
    submissions: dict[str, Submission] = field(default_factory=dict)
    unrecognised: list[str] = field(default_factory=list)   # entries that belong to no participant


class ZipError(AutograderError, ValueError):
    pass


def entry_name(info: zipfile.ZipInfo) -> str:
    """The entry's real name: zips without the UTF-8 flag store names in the creator's code page."""
    name = info.filename
    if not info.flag_bits & 0x800:
        try:
            name = name.encode("cp437").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    return name


def read_download(path) -> Download:
    if not Path(path).is_file():
        raise ZipError(f"El fitxer {path} no existeix: comprova el camí del zip baixat de Moodle.")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ZipError(f"El fitxer {path} no és un zip vàlid de Moodle: torna a baixar «Baixa totes les trameses» "
                       "de la tasca.") from exc
    download = Download()
    with archive:
        for info in archive.infolist():
            name = entry_name(info)
            parts = PurePosixPath(name).parts
            if info.is_dir() or not parts or _ignored(parts):
                continue
            match = PREFIX.match(parts[0])
            if match is None:
                download.unrecognised.append(name)
                continue
            if len(parts) > 1:    # folder layout: the file is everything after the folder
                filename = "/".join(parts[1:])
            else:                 # flat layout: the file is what follows the plugin name
                filename = match.group("rest") or ""
            if not filename:
                download.unrecognised.append(name)
                continue
            pid, full_name = match.group("pid"), match.group("name").strip()
            submission = download.submissions.setdefault(
                pid, Submission(pid, full_name, f"{match.group('name')}_{pid}"))
            _add(submission, archive, info, filename, match.group("plugin"))
    return download


def _ignored(parts: tuple[str, ...]) -> bool:
    """Operating-system litter (macOS resource forks, hidden files) that nobody submitted on purpose."""
    return parts[0] == "__MACOSX" or any(p.startswith(".") for p in parts)


def _add(submission: Submission, archive: zipfile.ZipFile, info: zipfile.ZipInfo, filename: str, plugin: str) -> None:
    if info.file_size > MAX_FILE_BYTES:
        submission.problems.append(f"El fitxer «{filename}» fa més de {MAX_FILE_BYTES // 2**20} MB i no s'ha llegit.")
        return
    data = archive.read(info)
    submission.files.append(SubmittedFile(filename, data, plugin, info.date_time))
    if filename.lower().endswith(".zip"):
        _add_inner_zip(submission, filename, data)


def _add_inner_zip(submission: Submission, outer: str, data: bytes) -> None:
    try:
        inner = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        submission.problems.append(f"El fitxer «{outer}» té nom de zip però no es pot obrir.")
        return
    with inner:
        for info in inner.infolist():
            name = entry_name(info)
            parts = PurePosixPath(name).parts
            if info.is_dir() or not parts or _ignored(parts):
                continue
            if info.file_size > MAX_FILE_BYTES:
                submission.problems.append(f"El fitxer «{outer}/{name}» és massa gran i no s'ha llegit.")
                continue
            submission.files.append(SubmittedFile(f"{outer}/{name}", inner.read(info),
                                                  "assignsubmission_file", info.date_time))
