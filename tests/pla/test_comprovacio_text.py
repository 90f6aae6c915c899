"""What the self-check and the in-kernel error sentence say in the edge cases a learner meets."""
from __future__ import annotations

from pla import nucli
from pla.explica import explica_error
from pla.quadern import Report, Task
from pla.quadern import TestResult as Resultat  # (a name pytest would try to collect)


def _failing(message: str) -> Report:
    test = Resultat("prova-o1", task="Objectius", points=2, passed=False, message=message)
    return Report(path=None, tasks=[Task("Objectius", tests=[test])])


def test_a_report_without_a_file_says_del_quadern():
    assert _failing("Falta la data.").text().startswith("Comprovació del quadern: 0 de 2 punts.")


def test_a_message_of_several_lines_stays_under_its_bullet():
    lines = _failing("L'objectiu O2 no és mesurable.\nAfegeix-hi una xifra.").text().splitlines()
    bullet = lines.index("    · L'objectiu O2 no és mesurable.")
    assert lines[bullet + 1] == "      Afegeix-hi una xifra."


def test_a_typo_right_after_an_undone_answer_is_explained_as_a_typo(monkeypatch):
    registre = nucli.Registre()
    registre.execucions.append(nucli.Execucio("c1", "raise NotImplementedError()", "NotImplementedError"))
    monkeypatch.setattr(nucli, "REGISTRE", registre)
    assert registre.pendent_ara()
    message = "invalid character '«' (U+00AB)"
    typo = nucli.frase(None, SyntaxError, SyntaxError(message))
    assert typo == [f"\x1b[31m✗ {explica_error('SyntaxError', message)}\x1b[0m"]
    assert typo != [f"\x1b[31m✗ {explica_error('NameError', 'x', pendent=True)}\x1b[0m"]
    # a test that fails after an undone answer is still explained as pending
    pending = nucli.frase(None, NameError, NameError("name 'objectius' is not defined"))
    assert pending == [f"\x1b[31m✗ {explica_error('NameError', 'x', pendent=True)}\x1b[0m"]


def test_the_check_cell_writes_its_report_in_one_piece(monkeypatch):
    """ipykernel may flush between two writes, and the saved notebook would then keep two outputs (seen in CI)."""
    import io

    from pla import comprova

    class Writes(io.StringIO):
        def __init__(self):
            super().__init__()
            self.calls = []

        def write(self, text):
            self.calls.append(text)
            return super().write(text)

    out = Writes()
    for name in ("NBGRADER_EXECUTION", "CURS_AUTOCOMPROVACIO"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(comprova, "avalua", lambda: _failing("Falta la data."))
    monkeypatch.setattr("sys.stdout", out)
    comprova.comprova()
    assert out.calls == [_failing("Falta la data.").text() + "\n"]
