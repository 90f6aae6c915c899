"""What each activity of the course is called in Moodle, in one place: the course backup creates the activities with
these names and the gradebook CSV names its columns after them, so Moodle's import finds them without hand work."""
from __future__ import annotations

from autograder.model.course import Unit

# Moodle 4.5's Catalan pack: the gradebook shows an activity's grade item as «<module name>:<activity name>»
# (`modulename` of mod_assign is «Tasca»; `labelsep` is «:» with no space) and offers its feedback as
# «Retroacció per a <item>» (`feedbackforgradeitems`).
GRADE_ITEM = "Tasca:{}"
FEEDBACK_ITEM = "Retroacció per a {}"


def assignment(unit: Unit) -> str:
    return f"Exercici avaluable de la unitat {unit.number}"


def quiz(unit: Unit) -> str:
    return f"Autoavaluació de la unitat {unit.number}"


def notebook(unit: Unit) -> str:
    return f"Quadern de pràctica de la unitat {unit.number}"


def hub_notebook(unit: Unit) -> str:
    return f"Quadern de pràctica al JupyterHub: unitat {unit.number}"


def browser_edition(unit: Unit) -> str:
    return f"Obre-ho al navegador: unitat {unit.number}"


def grade_column(unit: Unit) -> str:
    return GRADE_ITEM.format(assignment(unit))


def feedback_column(unit: Unit) -> str:
    return FEEDBACK_ITEM.format(grade_column(unit))
