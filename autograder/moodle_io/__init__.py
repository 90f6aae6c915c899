"""Moodle in and out for grading: the submissions zip and grading worksheet that come in (``recull``), the roster of
participants, and the files that go back (``exporta``: worksheet with grades, feedback zip, gradebook CSV)."""
