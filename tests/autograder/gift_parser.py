"""An independent GIFT reader written from the format's rules (Moodle's qformat_gift), for the tests.

It does not share code with the exporter: it reads the text back the way Moodle's importer does.
"""
from __future__ import annotations

import re

PLACEHOLDERS = {"\\:": "\x01", "\\#": "\x02", "\\=": "\x03", "\\{": "\x04", "\\}": "\x05", "\\~": "\x06", "\\n": "\x07"}
BACK = {"\x01": ":", "\x02": "#", "\x03": "=", "\x04": "{", "\x05": "}", "\x06": "~", "\x07": "\n"}
WEIGHT = re.compile(r"^%(-?[0-9]{1,2}(?:\.[0-9]*)?)%")


def _pre(text: str) -> str:
    text = text.replace("\\\\", "\x00")
    for k, v in PLACEHOLDERS.items():
        text = text.replace(k, v)
    return text.replace("\x00", "\\")


def _post(text: str) -> str:
    for k, v in BACK.items():
        text = text.replace(k, v)
    return text.strip()


FORMAT = re.compile(r"^\[(html|plain|markdown|moodle)\]")
ID = re.compile(r"\[id:((?:\\]|[^\]])*)\]")


def _format(text: str) -> str:
    text = text.strip()
    m = FORMAT.match(text)
    return _post(text[m.end():] if m else text)


def _weight(raw: str, default: float) -> tuple[float, str]:
    m = WEIGHT.match(raw)
    return (float(m.group(1)), raw[m.end():]) if m else (default, raw)


def _comment(answer: str) -> tuple[str, str]:
    bits = answer.split("#", 1)
    return _format(bits[0]), _format(bits[1]) if len(bits) > 1 else ""


def parse(text: str) -> list[dict]:
    """Questions as dicts; ``idnumber`` comes from a ``// [id:…]`` comment inside the question's block, as
    Moodle's ``extract_idnumber_and_tags_from_comment`` reads it, and ``format`` from the text's prefix."""
    blocks, current, comments = [], [], []
    for line in text.splitlines():
        if line.strip().startswith("//"):
            comments.append(line.strip()[2:])
            continue
        if not line.strip():
            if current:
                blocks.append(("\n".join(current), " ".join(comments)))
                current = []
            comments = []
            continue
        current.append(line)
    if current:
        blocks.append(("\n".join(current), " ".join(comments)))
    questions, category = [], None
    for block, comment in blocks:
        block = _pre(block.strip())
        if block.startswith("$CATEGORY:"):
            category = block[len("$CATEGORY:"):].strip()
            continue
        found = ID.search(comment)
        q = {"category": category, "idnumber": found.group(1).replace("\\]", "]").strip() if found else ""}
        if block.startswith("::"):
            end = block.index("::", 2)
            q["name"], block = _post(block[2:end]), block[end + 2:].strip()
        start, finish = block.index("{"), block.index("}")
        answers = block[start + 1:finish].strip()
        q["text"] = _format(block[:start])
        fmt = FORMAT.match(block[:start].strip())
        q["format"] = fmt.group(1) if fmt else "moodle"
        if "####" in answers:
            answers, general = answers.rsplit("####", 1)
            q["general"] = _format(general)
            answers = answers.strip()
        if answers.startswith("#"):
            q["type"] = "numerical"
            body, wrong = (answers[1:].split("~", 1) + [""])[:2]
            value, feedback = _comment(body.strip().lstrip("="))
            number, tol = value.split(":")
            q.update(answer=float(number), tolerance=float(tol), feedback=feedback,
                     wrong_feedback=_comment(wrong)[1] if wrong else "")
        elif "~" in answers:
            q["type"] = "multichoice"
            q["single"] = "=" in answers
            q["answers"] = []
            for raw in answers.replace("=", "~=").split("~"):
                raw = raw.strip()
                if not raw:
                    continue
                weight = 0.0
                if raw.startswith("="):
                    weight, raw = 100.0, raw[1:]
                elif WEIGHT.match(raw):
                    weight = float(WEIGHT.match(raw).group(1))
                    raw = raw[WEIGHT.match(raw).end():]
                text_, feedback = _comment(raw)
                q["answers"].append({"text": text_, "fraction": weight, "feedback": feedback})
        elif "=" in answers and "->" in answers:
            q["type"] = "match"
            q["pairs"] = [tuple(_post(s) for s in raw.split("->", 1)) for raw in answers.split("=") if raw.strip()]
        else:
            head = answers.split("#", 1)[0].strip()
            if head in ("T", "TRUE", "F", "FALSE"):
                bits = answers.split("#", 2) + ["", ""]
                q.update(type="truefalse", answer=head in ("T", "TRUE"),
                         wrong_feedback=_format(bits[1]), right_feedback=_format(bits[2]))
            else:
                q["type"] = "shortanswer"
                q["answers"] = []
                for raw in answers.split("="):
                    if raw.strip():
                        weight, raw = _weight(raw.strip(), 100.0)
                        q["answers"].append((*_comment(raw), weight))
        questions.append(q)
    return questions
