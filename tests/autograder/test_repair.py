"""Matching a notebook whose nbgrader metadata was stripped to the released notebook: only when unambiguous."""
from __future__ import annotations

import copy

from nbformat.v4 import new_code_cell

from autograder.grading.preprocessors.repair import duplicated_ids, match_release, restore_metadata
from tests.autograder.fixtures.course import release


def _stripped(nb):
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        cell.metadata = {}
    return nb


def _answers(nb) -> list[int]:
    return [i for i, c in enumerate(nb.cells) if c.metadata.get("nbgrader", {}).get("solution")]


def test_stripped_release_matches_cell_by_cell(course_root):
    rel = release(course_root)
    nb = _stripped(rel)
    nb.cells[_answers(rel)[0]].source = "collectius = []  # la meva resposta"
    assert match_release(nb, rel) == {i: i for i in range(len(rel.cells))}
    assert restore_metadata(nb, rel)
    assert [c.metadata.get("nbgrader") for c in nb.cells] == [c.metadata.get("nbgrader") for c in rel.cells]


def test_added_cells_away_from_answers_and_deleted_tests_still_match(course_root):
    rel = release(course_root)
    nb = _stripped(rel)
    test = next(i for i, c in enumerate(rel.cells) if c.metadata.get("nbgrader", {}).get("grade_id") == "test_xarxes")
    del nb.cells[test]                                 # a deleted test comes back later (RestoreMissingCells)
    nb.cells.insert(1, new_code_cell("print('prova meva')"))    # a cell of the learner's between two fixed cells
    mapping = match_release(nb, rel)
    assert mapping is not None
    assert sorted(mapping[j] for j in mapping if j != 1) == [i for i in range(len(rel.cells)) if i != test]
    assert 1 not in mapping


def test_ambiguous_or_foreign_notebooks_are_not_matched(course_root):
    rel = release(course_root)
    beside_answer = _stripped(rel)
    beside_answer.cells.insert(_answers(rel)[1] + 1, new_code_cell("print(objectius)"))
    assert match_release(beside_answer, rel) is None    # which of the two cells is the answer?
    no_answer = _stripped(rel)
    del no_answer.cells[_answers(rel)[2]]
    assert match_release(no_answer, rel) is None        # an answer with nothing in its place
    other = release(course_root, "u09-guia-estil")
    assert match_release(_stripped(other), rel) is None  # another exercise altogether
    assert not restore_metadata(beside_answer, rel)
    assert all(not c.metadata for c in beside_answer.cells)   # left as it was


def test_duplicated_ids_in_notebook_order(course_root):
    rel = release(course_root)
    nb = copy.deepcopy(rel)
    first, last = _answers(rel)[0], _answers(rel)[-1]
    nb.cells += [copy.deepcopy(nb.cells[last]), copy.deepcopy(nb.cells[first])]
    assert duplicated_ids(nb) == [rel.cells[i].metadata["nbgrader"]["grade_id"] for i in (first, last)]
    assert duplicated_ids(rel) == []
