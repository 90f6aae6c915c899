"""The one base class of the trainers' tools' expected failures.

Every failure a trainer can meet and fix (a wrong zip, an unknown exercise, a lock held by someone else, a build
that cannot find its inputs) is an :class:`AutograderError` whose message, in Catalan, says what happened and what to
do. The command line (:mod:`autograder.cli`) catches it in one place and prints only that message; anything else
is a bug and keeps its traceback.
"""
from __future__ import annotations


class AutograderError(Exception):
    """An expected failure of a trainers' tool; ``str(error)`` is the whole Catalan message."""
