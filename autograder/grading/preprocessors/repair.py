"""Submissions that can still be graded although they are not quite what nbgrader expects.

* A cell duplicated by the learner (two cells with the same nbgrader id): the last copy is the graded one; the
  earlier copies stay in the notebook as ordinary cells. nbgrader's own ``DeduplicateIds`` means the same but
  leaves them an empty ``nbgrader`` entry, which its metadata check then rejects ("old schema"), so nothing was
  graded.
* A notebook whose nbgrader metadata was stripped (saved by an editor that drops it): its cells are matched to the
  released notebook by position and content and get their metadata back, when the match is unambiguous: the fixed
  cells (statements, data, tests) are found by their text, and each answer cell of the release has exactly one cell
  of the same kind in its place.

Each step records what it repaired in the run's record (:mod:`autograder.grading.steps`); the grading worker flags
the submission for review with that reason, which the learner also reads in the feedback.
"""
from __future__ import annotations

import copy
from collections import Counter
from difflib import SequenceMatcher

from nbgrader.preprocessors import DeduplicateIds, NbGraderPreprocessor

from autograder.grading.preprocessors.missing_cells import course_dir_of, reference_notebook
from autograder.grading.steps import Reason, record_of

MIN_FIXED_MATCHED = 0.5   # at least this share of the release's fixed cells must be found unchanged
RESTORED = Reason("metadata_restored", "el quadern havia perdut les metadades d'nbgrader (potser s'ha desat amb un "
                                       "altre editor): s'han recuperat comparant-ne les cel·les amb el quadern "
                                       "publicat i s'ha corregit")


def duplicated_reason(grade_ids: list[str]) -> Reason:
    names = ", ".join(f"«{gid}»" for gid in grade_ids)
    return Reason("duplicated_cells", f"el quadern té cel·les repetides ({names}): s'ha corregit l'última còpia de "
                                      "cadascuna i les anteriors s'han executat com a cel·les normals")


def nbgrader_meta(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader") or {}


def duplicated_ids(nb) -> list[str]:
    """The nbgrader ids that appear in more than one cell, in notebook order."""
    counts = Counter(nbgrader_meta(c).get("grade_id") for c in nb.cells)
    return [gid for gid, n in counts.items() if gid and n > 1]   # a Counter keeps the order of first appearance


def has_nbgrader_cells(nb) -> bool:
    return any(nbgrader_meta(c) for c in nb.cells)


def _is_answer(cell) -> bool:
    return bool(nbgrader_meta(cell).get("solution"))


def match_release(nb, release) -> dict[int, int] | None:
    """Submitted cell index → release cell index for every release cell found, or None when ambiguous."""
    fixed = [("fix", c.cell_type, c.source.strip()) for c in release.cells]
    wanted = [("answer", i) if _is_answer(c) else key for i, (c, key) in enumerate(zip(release.cells, fixed))]
    found = [("fix", c.cell_type, c.source.strip()) for c in nb.cells]
    mapping: dict[int, int] = {}
    unchanged = 0
    for op, i1, i2, j1, j2 in SequenceMatcher(None, wanted, found, autojunk=False).get_opcodes():
        if op == "equal":
            mapping.update({j1 + k: i1 + k for k in range(i2 - i1)})
            unchanged += i2 - i1
        elif op == "replace":
            # Between two unchanged cells: as many cells as the release has there (answers and edited fixed
            # cells, one for one), or as many as its answers (the fixed ones were deleted); of the same kind.
            # Without answers there, nothing needs a match: the learner's cells stay ordinary cells.
            block = list(range(i1, i2))
            answers = [i for i in block if _is_answer(release.cells[i])]
            for candidate in (block, answers):
                if len(candidate) == j2 - j1 and all(release.cells[i].cell_type == nb.cells[j1 + k].cell_type
                                                     for k, i in enumerate(candidate)):
                    mapping.update({j1 + k: i for k, i in enumerate(candidate)})
                    break
            else:
                if answers:
                    return None   # which of these cells answers the task cannot be told
        elif op == "delete" and any(_is_answer(c) for c in release.cells[i1:i2]):
            return None   # an answer cell with nothing in its place
    fixed_total = sum(1 for c in release.cells if not _is_answer(c))
    if fixed_total and unchanged < MIN_FIXED_MATCHED * fixed_total:
        return None       # too little in common: probably another notebook
    if sorted(i for i in mapping.values() if _is_answer(release.cells[i])) != \
            [i for i, c in enumerate(release.cells) if _is_answer(c)]:
        return None
    return mapping


def restore_metadata(nb, release) -> bool:
    """Give a notebook without nbgrader metadata the metadata of the matching release cells; False when the match
    is ambiguous (the notebook is left as it was)."""
    mapping = match_release(nb, release)
    if mapping is None:
        return False
    for j, i in mapping.items():
        meta = release.cells[i].metadata.get("nbgrader")
        if meta:
            nb.cells[j].metadata["nbgrader"] = copy.deepcopy(meta)
    return True


class KeepLastCopy(DeduplicateIds):
    """nbgrader's ``DeduplicateIds`` (the last copy of a cell keeps its id), with the earlier copies turned into
    ordinary cells instead of cells with an empty, invalid nbgrader entry."""

    def preprocess(self, nb, resources):
        duplicated = duplicated_ids(nb)
        nb, resources = super().preprocess(nb, resources)
        if duplicated:
            record_of(self).note(duplicated_reason(duplicated))
        return nb, resources

    def preprocess_cell(self, cell, resources, cell_index):
        cell, resources = super().preprocess_cell(cell, resources, cell_index)
        if cell.metadata.get("nbgrader") == {}:
            del cell.metadata["nbgrader"]
        return cell, resources


class RestoreMetadata(NbGraderPreprocessor):
    """Before anything else: a submission without any nbgrader metadata gets it back from the released notebook,
    when its cells match unambiguously."""

    def preprocess(self, nb, resources):
        if not has_nbgrader_cells(nb):
            info = resources["nbgrader"]
            release = reference_notebook(course_dir_of(self), info["assignment"], info["notebook"])
            if release is not None and restore_metadata(nb, release):
                self.log.warning("The notebook had no nbgrader metadata: restored from the released notebook")
                record_of(self).note(RESTORED)
        return nb, resources
