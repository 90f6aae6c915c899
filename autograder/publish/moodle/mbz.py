"""Moodle's backup format (``.mbz``) at the level of files: XML documents written the way Moodle's backup writes
them, file contents stored by SHA-1, and the gzipped tar archive Moodle's restore opens.

Read from Moodle 4.5's ``backup/util/xml`` and ``backup/moodle2``: every value is element text; a database NULL
is written ``$@NULL@$``; file contents live in ``files/<first two hex digits>/<sha1>``; the archive is a
``tar.gz`` (``application/vnd.moodle.backup``) with a ``.ARCHIVE_INDEX`` listing its entries.
"""
from __future__ import annotations

import hashlib
import io
import tarfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field


def _open_empty(el: ET.Element, level: int = 0) -> None:
    """An empty container as Moodle writes it, ``<tags>`` newline ``</tags>``: Moodle's parser reads a
    self-closing ``<tags/>`` as an empty value, not as a list with no items."""
    for child in el:
        _open_empty(child, level + 1)
    if el.text is None and len(el) == 0:
        el.text = "\n" + "  " * level


def xml_bytes(root: ET.Element) -> bytes:
    ET.indent(root)
    _open_empty(root)
    return (b'<?xml version="1.0" encoding="UTF-8"?>\n'
            + ET.tostring(root, encoding="utf-8", short_empty_elements=False) + b"\n")


@dataclass
class Archive:
    """The backup's entries (path → bytes) and its file contents (sha1 → bytes)."""
    entries: dict[str, bytes] = field(default_factory=dict)
    blobs: dict[str, bytes] = field(default_factory=dict)

    def add_xml(self, path: str, root: ET.Element) -> None:
        self.entries[path] = xml_bytes(root)

    def add_blob(self, data: bytes) -> str:
        digest = hashlib.sha1(data).hexdigest()
        self.blobs.setdefault(digest, data)
        return digest

    def files(self) -> dict[str, bytes]:
        every = dict(self.entries)
        for digest, data in self.blobs.items():
            every[f"files/{digest[:2]}/{digest}"] = data
        return every

    def write(self, target, mtime: int) -> None:
        every = self.files()
        folders = sorted({p.rsplit("/", i)[0] + "/" for p in every for i in range(1, p.count("/") + 1)})
        index = [f"Moodle archive file index. Count: {len(every) + len(folders)}"]
        index += [f"{d}\td\t0\t?" for d in folders]
        index += [f"{p}\tf\t{len(every[p])}\t{mtime}" for p in sorted(every)]
        with tarfile.open(target, "w:gz", format=tarfile.PAX_FORMAT) as tar:
            for path, data in [(".ARCHIVE_INDEX", ("\n".join(index) + "\n").encode("utf-8"))] + sorted(every.items()):
                info = tarfile.TarInfo(path)
                info.size, info.mtime, info.mode = len(data), mtime, 0o644
                tar.addfile(info, io.BytesIO(data))
