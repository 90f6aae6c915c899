"""Same submission, same grade: the same submissions graded with one worker and with two, in different orders, on
SQLite and on PostgreSQL (with its rows shuffled), fresh and with ``--force``, get identical outcomes and identical
feedback pages."""
from __future__ import annotations

import shutil

from autograder.grading import outcomes
from autograder.grading.grade import default_limits, ensure_assignment, grade
from autograder.grading.kernels.sandbox import probe
from autograder.results.feedback import write_feedback
from tests.autograder.fixtures.course import ASSIGNMENT, notebook_bytes, release, source
from tests.autograder.fixtures.gradebook import auto_points, graded_test_ids, shuffle_source_cells
from tests.conftest import with_cells

SANDBOX = probe()


def _corpus(root) -> dict[str, bytes]:
    src, rel = source(root), release(root)
    tests = graded_test_ids(src)
    answers = [c.metadata["nbgrader"]["grade_id"] for c in rel.cells if c.metadata.get("nbgrader", {}).get("solution")
               and c.cell_type == "code"]
    unanswered = {answers[-1]: next(c.source for c in rel.cells
                                    if c.metadata.get("nbgrader", {}).get("grade_id") == answers[-1])}
    return {
        "complet": notebook_bytes(src),
        "buit": notebook_bytes(rel),
        "a_mitges": notebook_bytes(with_cells(src, unanswered)),             # the last task not done
        "sense_proves": notebook_bytes(with_cells(src, {}, delete=tuple(tests))),
        "sense_proves_a_mitges": notebook_bytes(with_cells(src, unanswered, delete=tuple(tests))),
        "bucle": notebook_bytes(with_cells(src, {answers[0]: "while True:\n    pass"})),
    }


def _submit_all(root, corpus) -> None:
    for student, data in corpus.items():
        folder = root / "submitted" / student / ASSIGNMENT
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{ASSIGNMENT}.ipynb").write_bytes(data)


def _run(root, db, workers, order, force=False) -> tuple[dict, dict]:
    limits = default_limits(root, cell_timeout=5, notebook_timeout=60)
    results = grade(ASSIGNMENT, root, db=db, workers=workers, force=force, limits=limits, sandbox=SANDBOX,
                    students=order)
    assert sorted(o.student for o in results) == sorted(order)
    found = {s: (o.status, o.score, o.max_score, o.reasons) for s, o in outcomes.load_all(root, ASSIGNMENT).items()}
    pages = {s: p.read_text(encoding="utf-8") for s, p in write_feedback(ASSIGNMENT, root, db).items()}
    return found, pages


def test_same_submissions_same_grades_and_feedback(course_root, template_course, postgres_db, tmp_path):
    corpus = _corpus(course_root)
    students = sorted(corpus)
    _submit_all(course_root, corpus)
    first = _run(course_root, None, 1, students)
    scores = {s: (status, score) for s, (status, score, _, _) in first[0].items()}
    full = auto_points(source(course_root))
    assert scores["complet"] == scores["sense_proves"] == ("ok", full)
    assert scores["buit"] == ("ok", 0.0)
    assert scores["a_mitges"] == scores["sense_proves_a_mitges"] and 0 < scores["a_mitges"][1] < full
    assert scores["bucle"][0] == "review" and scores["bucle"][1] < full
    assert set(first[1]) == set(students)

    # The same gradebook, everything again with two workers in the opposite order.
    assert _run(course_root, None, 2, students[::-1], force=True) == first

    # A new course on PostgreSQL, whose rows come back in another order, in a third order, then again with one worker.
    other = tmp_path / "curs-postgresql"
    shutil.copytree(template_course, other)
    _submit_all(other, corpus)
    ensure_assignment(other, ASSIGNMENT, postgres_db)
    shuffle_source_cells(postgres_db, "xarxes-socials-ap", set(graded_test_ids(source(other))))
    assert _run(other, postgres_db, 2, students[3:] + students[:3]) == first
    assert _run(other, postgres_db, 1, students, force=True) == first
