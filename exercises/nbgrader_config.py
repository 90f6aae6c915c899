"""Configuració del curs nbgrader. Valors segurs per defecte per a notebooks d'alumnat novell."""
from pathlib import Path

from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
from nbgrader.preprocessors import ClearHiddenTests, GetGrades

from autograder.execute import RecordingExecute, autograde_preprocessors
from autograder.feedback_filters import StripTracebacks

c = get_config()  # noqa: F821 (injectat per nbgrader)

c.CourseDirectory.course_id = "xarxes-socials-ap"
c.CourseDirectory.root = str(Path(__file__).resolve().parent)
# L'intercanvi de fitxers d'nbgrader no es fa servir (les trameses arriben de Moodle): una carpeta local i ignorada.
c.Exchange.root = str(Path(__file__).resolve().parent / "exchange")

# Temps màxim per cel·la: un bucle infinit no bloqueja la correcció.
c.ExecutePreprocessor.timeout = 20

# Una cel·la que falla compta com a fallada encara que el codi de l'alumnat n'hagi amagat l'error (vegeu
# autograder.execute.RecordingExecute).
c.Autograde.autograde_preprocessors = autograde_preprocessors(RecordingExecute)

# El que veu l'alumnat a la versió publicada en lloc de la solució.
c.ClearSolutions.code_stub = {
    "python": "# Escriu aquí la teva resposta i esborra la línia següent.\n"
              "raise NotImplementedError(\"Tasca pendent: encara no l'has feta.\")"
}
c.ClearSolutions.text_stub = "Escriu aquí la teva resposta."

# Si algú esborra una cel·la de proves, es torna a inserir i es corregeix igualment.
c.OverwriteCells.add_missing_cells = True

# La retroacció no mostra ni les proves ocultes ni les seves traces.
c.GenerateFeedback.preprocessors = [GetGrades, ClearHiddenTests, StripTracebacks, CSSHTMLHeaderPreprocessor]
