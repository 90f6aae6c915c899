"""Configuració del curs nbgrader. Valors segurs per defecte per a notebooks d'alumnat novell."""
from pathlib import Path

from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
from nbgrader.preprocessors import CheckCellMetadata, ClearHiddenTests, ClearOutput, GetGrades, OverwriteKernelspec

from autograder.grading.preprocessors.execute import RecordingExecute, autograde_preprocessors
from autograder.grading.preprocessors.missing_cells import RestoreMissingCells
from autograder.grading.preprocessors.repair import KeepLastCopy, RestoreMetadata
from autograder.results.feedback_filters import StripTracebacks

c = get_config()  # noqa: F821 (injectat per nbgrader)

c.CourseDirectory.course_id = "xarxes-socials-ap"
c.CourseDirectory.root = str(Path(__file__).resolve().parent)
# L'intercanvi de fitxers d'nbgrader no es fa servir (les trameses arriben de Moodle): una carpeta local i ignorada.
c.Exchange.root = str(Path(__file__).resolve().parent / "exchange")

# Temps màxim per cel·la: un bucle infinit no bloqueja la correcció.
c.ExecutePreprocessor.timeout = 20

# La resta de límits de «autograder corregeix», que executa cada quadern en un nucli aïllat (vegeu
# autograder.grading.preprocessors.execute.SandboxedExecute); «--temps-quadern» i les altres opcions els canvien.
c.SandboxedExecute.notebook_timeout = 180   # segons per quadern
c.SandboxedExecute.memory_mb = 2048         # memòria del nucli
c.SandboxedExecute.output_kb = 2048         # sortida que es desa per quadern
c.SandboxedExecute.file_mb = 64             # mida d'un fitxer que escrigui el quadern

# Una cel·la que falla compta com a fallada encara que el codi de l'alumnat n'hagi amagat l'error (vegeu
# autograder.grading.preprocessors.execute.RecordingExecute).
c.Autograde.autograde_preprocessors = autograde_preprocessors(RecordingExecute, faster=False)

# El que veu l'alumnat a la versió publicada en lloc de la solució.
c.ClearSolutions.code_stub = {
    "python": "# Escriu aquí la teva resposta i esborra la línia següent.\n"
              "raise NotImplementedError(\"Tasca pendent: encara no l'has feta.\")"
}
c.ClearSolutions.text_stub = "Escriu aquí la teva resposta."

# Si algú esborra una cel·la de proves (o de tasca, o de resposta amb correcció manual), es torna a inserir i es
# corregeix igualment. Es posa on la té el quadern publicat, no on digui l'ordre de files del llibre de
# qualificacions (que SQLite i PostgreSQL no garanteixen): el mateix lliurament sempre té la mateixa nota.
c.OverwriteCells.add_missing_cells = True
c.OverwriteCells.missing_cell_notification = (
    "Aquesta cel·la (id: {cell_id}) faltava al quadern lliurat i s'ha tornat a afegir per corregir-lo.\n\n")
# Abans, el que es pot arreglar sense risc: si el quadern ha perdut les metadades d'nbgrader, es recuperen del quadern
# publicat (quan la correspondència de cel·les és inequívoca); si té cel·les repetides, es corregeix l'última còpia.
c.Autograde.sanitize_preprocessors = [RestoreMetadata, ClearOutput, KeepLastCopy, OverwriteKernelspec,
                                      RestoreMissingCells, CheckCellMetadata]

# La retroacció no mostra ni les proves ocultes ni les seves traces.
c.GenerateFeedback.preprocessors = [GetGrades, ClearHiddenTests, StripTracebacks, CSSHTMLHeaderPreprocessor]
