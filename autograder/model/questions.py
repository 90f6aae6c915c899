"""Self-assessment question banks (``book/preguntes/uNN.yml``): load and check them.

One YAML file per unit holds its questions as data, so the book renders them as a self-check and the
Moodle export turns them into GIFT and Moodle XML without anyone copying them by hand.

Question types and their fields (keys are Catalan because course authors write them):

``unica`` / ``multiple``   ``opcions``: list of {text, correcta: bool, retroaccio}; ``multiple`` has 2–10 right options
``vertader_fals``           ``resposta``: bool, ``retroaccio_vertader``, ``retroaccio_fals``
``aparellament``            ``parelles``: list of {esquerra, dreta}; ``retroaccio``
``resposta_curta``          ``acceptades``: list of accepted answers; ``retroaccio_correcta``, ``retroaccio_incorrecta``
``numerica``                ``resposta``: number, ``tolerancia``: number, ``unitat`` (optional text);
                            ``retroaccio_correcta``, ``retroaccio_incorrecta``
Every question has ``id`` (``uNN-qMM``), ``tipus`` and ``enunciat``; ``explicacio`` (general feedback) is optional.
Each type is a class in ``question_types``, which owns its validation, check, HTML, GIFT, Moodle XML and backup.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from autograder.model.course import ROOT, Unit
from autograder.model.question_types import QUESTION_TYPES, QuestionBankError, need, question_type

__all__ = ["TYPES", "TYPE_NAMES", "QuestionBankError", "check_question", "load_questions", "question_type"]

TYPES = tuple(QUESTION_TYPES)
TYPE_NAMES = {key: t.name for key, t in QUESTION_TYPES.items()}


def check_question(q: dict, where: str) -> None:
    for key in ("id", "tipus", "enunciat"):
        need(q, key, where)
    kind = q["tipus"]
    if kind not in TYPES:
        raise QuestionBankError(f"{where}: tipus «{kind}» desconegut; els vàlids són {', '.join(TYPES)}.")
    QUESTION_TYPES[kind].validate(q, where)


def load_questions(unit: Unit, root: Path = ROOT) -> list[dict]:
    """The unit's questions, checked; raises QuestionBankError with a Catalan message when malformed."""
    path = root / unit.questions
    if not path.exists():
        raise QuestionBankError(f"{unit.questions}: no existeix el banc de preguntes de la unitat {unit.number}.")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise QuestionBankError(f"{unit.questions}: el YAML no és vàlid ({exc}).") from exc
    if not isinstance(data, dict) or data.get("unitat") != unit.number:
        raise QuestionBankError(f"{unit.questions}: ha de començar amb «unitat: {unit.number}».")
    questions = data.get("preguntes")
    if not isinstance(questions, list) or not questions:
        raise QuestionBankError(f"{unit.questions}: falta la llista «preguntes».")
    seen = set()
    for i, q in enumerate(questions, 1):
        where = f"{unit.questions}, pregunta {i}"
        if not isinstance(q, dict):
            raise QuestionBankError(f"{where}: ha de ser un diccionari de camps.")
        check_question(q, where)
        if not str(q["id"]).startswith(f"{unit.code}-"):
            raise QuestionBankError(f"{where}: l'identificador ha de començar per «{unit.code}-».")
        if q["id"] in seen:
            raise QuestionBankError(f"{where}: l'identificador «{q['id']}» està repetit.")
        seen.add(q["id"])
    return questions
