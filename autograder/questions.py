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
"""
from __future__ import annotations

from pathlib import Path

import yaml

from autograder.course import ROOT, Unit

TYPES = ("unica", "multiple", "vertader_fals", "aparellament", "resposta_curta", "numerica")
TYPE_NAMES = {
    "unica": "resposta única",
    "multiple": "resposta múltiple",
    "vertader_fals": "vertader o fals",
    "aparellament": "aparellament",
    "resposta_curta": "resposta curta",
    "numerica": "numèrica",
}


class QuestionBankError(ValueError):
    """A question bank that does not follow the format; the message says where and what to fix."""


def _need(q: dict, key: str, where: str, kind=str) -> None:
    value = q.get(key)
    if value is None or (kind is str and not str(value).strip()):
        raise QuestionBankError(f"{where}: falta el camp «{key}».")
    if kind is not str and not isinstance(value, kind):
        raise QuestionBankError(f"{where}: el camp «{key}» no té el format esperat.")


def check_question(q: dict, where: str) -> None:
    for key in ("id", "tipus", "enunciat"):
        _need(q, key, where)
    kind = q["tipus"]
    if kind not in TYPES:
        raise QuestionBankError(f"{where}: tipus «{kind}» desconegut; els vàlids són {', '.join(TYPES)}.")
    if kind in ("unica", "multiple"):
        _need(q, "opcions", where, list)
        for i, option in enumerate(q["opcions"], 1):
            for key in ("text", "retroaccio"):
                _need(option, key, f"{where}, opció {i}")
            if not isinstance(option.get("correcta", False), bool):
                raise QuestionBankError(f"{where}, opció {i}: «correcta» ha de ser true o false.")
        right = sum(bool(o.get("correcta")) for o in q["opcions"])
        if len(q["opcions"]) < 2:
            raise QuestionBankError(f"{where}: calen almenys dues opcions.")
        if kind == "unica" and right != 1:
            raise QuestionBankError(f"{where}: una pregunta de resposta única ha de tenir exactament una opció correcta (en té {right}).")
        if kind == "multiple" and not (2 <= right < len(q["opcions"]) and right <= 10):
            raise QuestionBankError(f"{where}: una pregunta de resposta múltiple necessita almenys dues opcions "
                                    "correctes (si només n'hi ha una, és de resposta única) i almenys una d'incorrecta.")
    elif kind == "vertader_fals":
        if not isinstance(q.get("resposta"), bool):
            raise QuestionBankError(f"{where}: «resposta» ha de ser true o false.")
        for key in ("retroaccio_vertader", "retroaccio_fals"):
            _need(q, key, where)
    elif kind == "aparellament":
        _need(q, "parelles", where, list)
        if len(q["parelles"]) < 3:
            raise QuestionBankError(f"{where}: un aparellament necessita almenys tres parelles.")
        for i, pair in enumerate(q["parelles"], 1):
            for key in ("esquerra", "dreta"):
                _need(pair, key, f"{where}, parella {i}")
        rights = [p["dreta"] for p in q["parelles"]]
        if len(set(rights)) != len(rights):
            raise QuestionBankError(f"{where}: dues parelles tenen la mateixa resposta de la dreta.")
        _need(q, "retroaccio", where)
    elif kind == "resposta_curta":
        _need(q, "acceptades", where, list)
        for key in ("retroaccio_correcta", "retroaccio_incorrecta"):
            _need(q, key, where)
    elif kind == "numerica":
        if not isinstance(q.get("resposta"), (int, float)) or isinstance(q.get("resposta"), bool):
            raise QuestionBankError(f"{where}: «resposta» ha de ser un nombre.")
        if not isinstance(q.get("tolerancia", 0), (int, float)) or q.get("tolerancia", 0) < 0:
            raise QuestionBankError(f"{where}: «tolerancia» ha de ser un nombre no negatiu.")
        for key in ("retroaccio_correcta", "retroaccio_incorrecta"):
            _need(q, key, where)


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
