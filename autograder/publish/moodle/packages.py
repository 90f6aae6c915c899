"""The built book as a SCORM 1.2 package and as an IMS content package, with the course's table of contents.

Both zips have ``imsmanifest.xml`` at their root (Moodle refuses it elsewhere) and the site's files with their
relative paths, so the links between pages keep working inside the package. In the SCORM package each unit's
chapter is a SCO (``book/_static/scorm.js`` reports its status and self-assessment score); every other page is an
asset, which Moodle marks as completed on launch. Every file of the site is listed in a resource.
"""
from __future__ import annotations

import html
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from autograder.errors import AutograderError
from autograder.model.course import Course, load_course
from autograder.publish.toc import ANNEXES, GUIDE, HOME

SCORM_NS = {
    "": "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
    "adlcp": "http://www.adlnet.org/xsd/adlcp_rootv1p2",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
IMSCP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"


class PackageError(AutograderError, RuntimeError):
    pass


def _html(doc: str | Path) -> str:
    return str(Path(doc).with_suffix(".html"))


def structure(course: Course, site: Path) -> list[tuple[str, str, list[tuple[str, str, bool]]]]:
    """[(group title, group id, [(page title, page .html, is_sco)])] following the book's table of contents."""
    def page(title: str, doc, sco: bool = False):
        href = _html(doc)
        if not (site / href).exists():
            raise PackageError(f"Falta la pàgina {href} al llibre construït: executa «make book» abans.")
        return (title, href, sco)

    groups = [("Presentació", "presentacio", [page("Inici", HOME), page("Guia del curs", GUIDE)])]
    for unit in course.units:
        pages = [page(f"Capítol: {unit.title}", unit.chapter, sco=True)]
        if (site / _html(unit.notebook)).exists():
            pages.append(page("Quadern de pràctica", unit.notebook))
        if unit.graded and (site / _html(unit.release_notebook)).exists():
            pages.append(page("Exercici avaluable", unit.release_notebook))
        groups.append((unit.label, unit.code, pages))
    annexes = [page(_title(site / _html(a)), a) for a in ANNEXES if (site / _html(a)).exists()]
    if annexes:
        groups.append(("Annexos", "annexos", annexes))
    return groups


def _title(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    start = text.find("<title>")
    title = text[start + 7:text.find("</title>", start)] if start >= 0 else path.stem
    # The HTML title is escaped (``l&#39;``); the manifest's XML writer escapes it once, so unescape it first.
    return html.unescape(title).split(" — ")[0].strip() or path.stem


def _site_files(site: Path) -> list[str]:
    return sorted(str(p.relative_to(site)) for p in site.rglob("*")
                  if p.is_file() and ".doctrees" not in p.parts and p.name != "imsmanifest.xml")


def _manifest(course: Course, site: Path, ns: str, attrs: dict, scorm: bool) -> bytes:
    """The manifest both packages share: one organisation following the book, a resource per page, and one
    resource with every other file of the site. SCORM adds its metadata and marks chapters as SCOs; IMS CP makes
    each group open its first page (Moodle's IMS player only shows items that have a resource), so that page is not
    listed again under it."""
    q = "{%s}" % ns
    manifest = ET.Element(q + "manifest", attrs)
    if scorm:
        meta = ET.SubElement(manifest, q + "metadata")
        ET.SubElement(meta, q + "schema").text = "ADL SCORM"
        ET.SubElement(meta, q + "schemaversion").text = "1.2"
    orgs = ET.SubElement(manifest, q + "organizations", {"default": "ORG"})
    org = ET.SubElement(orgs, q + "organization", {"identifier": "ORG"})
    ET.SubElement(org, q + "title").text = course.title
    resources = ET.SubElement(manifest, q + "resources")
    kind = "{%s}scormtype" % SCORM_NS["adlcp"]
    pages, n = set(), 0
    for group_title, group_id, items in structure(course, site):
        group_attrs = {"identifier": f"IT-{group_id}"}
        if not scorm:
            group_attrs["identifierref"] = f"RES-{n + 1:03d}"
        group = ET.SubElement(org, q + "item", group_attrs)
        ET.SubElement(group, q + "title").text = group_title
        for i, (title, href, sco) in enumerate(items):
            n += 1
            if scorm or i > 0:  # in IMS CP the group itself opens its first page: no second item for it
                item = ET.SubElement(group, q + "item", {"identifier": f"IT-{n:03d}", "identifierref": f"RES-{n:03d}"})
                ET.SubElement(item, q + "title").text = title
            res_attrs = {"identifier": f"RES-{n:03d}", "type": "webcontent", "href": href}
            if scorm:
                res_attrs[kind] = "sco" if sco else "asset"
            res = ET.SubElement(resources, q + "resource", res_attrs)
            ET.SubElement(res, q + "file", {"href": href})
            ET.SubElement(res, q + "dependency", {"identifierref": "RES-SITE"})
            pages.add(href)
    common_attrs = {"identifier": "RES-SITE", "type": "webcontent"}
    if scorm:
        common_attrs[kind] = "asset"
    common = ET.SubElement(resources, q + "resource", common_attrs)
    for href in _site_files(site):
        if href not in pages:
            ET.SubElement(common, q + "file", {"href": href})
    ET.indent(manifest)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(manifest, encoding="utf-8") + b"\n"


def scorm_manifest(course: Course, site: Path) -> bytes:
    for prefix, uri in SCORM_NS.items():
        ET.register_namespace(prefix, uri)
    return _manifest(course, site, SCORM_NS[""], {
        "identifier": f"{course.id}-scorm", "version": "1",
        "{%s}schemaLocation" % SCORM_NS["xsi"]:
            "http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd "
            "http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"}, scorm=True)


def imscp_manifest(course: Course, site: Path) -> bytes:
    ET.register_namespace("", IMSCP_NS)
    return _manifest(course, site, IMSCP_NS, {"identifier": f"{course.id}-imscp", "version": "1.0"}, scorm=False)


def _zip(site: Path, manifest: bytes, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("imsmanifest.xml", manifest)
        for href in _site_files(site):
            zf.write(site / href, href)
    return target


def write(site: Path, dest: Path, course: Course | None = None) -> list[Path]:
    course = course or load_course()
    return [_zip(site, scorm_manifest(course, site), dest / f"{course.id}-scorm12.zip"),
            _zip(site, imscp_manifest(course, site), dest / f"{course.id}-imscp.zip")]
