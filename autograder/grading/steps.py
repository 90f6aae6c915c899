"""Why a submission failed or needs a look, as each grading step records it (a code and a Catalan sentence).

nbgrader's converter catches every exception of its steps and leaves only English log text. Here the steps that
can fail a submission or flag it for review (the precheck, restoring metadata, keeping the last copy of a repeated
cell, re-inserting deleted cells, running the cells) write a :class:`Reason` into the :class:`StepRecord` of the run,
and the exceptions of nbgrader's own steps are classified by their type, never by their message. The grading worker
reads the record; nothing depends on how nbgrader words its log.

The record and the kernel pool travel with the objects nbgrader builds: :class:`GradingAPI` (nbgrader's API, which
owns them) is the parent of the converter, which is the parent of the exporter, which is the parent of each
preprocessor. :func:`run_of` finds them from any step; with plain ``nbgrader autograde`` there is none and the steps
behave as nbgrader's own.
"""
from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

from nbgrader.apps import NbGraderAPI
from nbgrader.converters import Autograde
from nbgrader.utils import capture_log, temp_attrs


@dataclass(frozen=True)
class Reason:
    code: str   # stable, for programs (tests, reports): e.g. "notebook_timeout"
    text: str   # what the trainer and the learner read, in Catalan


# Failures of nbgrader's own steps, by exception type (module, class name) → reason.
SCHEMA = Reason("schema_version", "El quadern té metadades d'nbgrader d'una versió diferent: cal revisar-lo a mà.")
INVALID_METADATA = Reason("invalid_metadata", "Les metadades d'nbgrader d'alguna cel·la no són vàlides (potser s'han "
                                              "editat a mà): cal revisar-lo a mà.")
KERNEL_DIED = Reason("kernel_died", "El nucli de Python s'ha aturat mentre s'executava el quadern (per exemple, "
                                    "os._exit(), os.kill() o un excés de memòria): no hi ha puntuació.")
GRADEBOOK_BUSY = Reason("gradebook_busy", "No s'ha pogut escriure al llibre de qualificacions (l'estava fent servir "
                                          "un altre procés): torna a executar la correcció.")
KERNEL_START = Reason("kernel_start", "El nucli de Python no ha arrencat (potser la màquina anava massa carregada): "
                                     "torna a executar la correcció.")
# Failures that have nothing to do with the notebook: the next run grades these submissions again.
RETRY = {GRADEBOOK_BUSY.code, KERNEL_START.code}
BY_TYPE = {
    ("nbgrader.nbgraderformat.common", "SchemaTooOldError"): SCHEMA,
    ("nbgrader.nbgraderformat.common", "SchemaTooNewError"): SCHEMA,
    ("nbgrader.nbgraderformat.common", "ValidationError"): INVALID_METADATA,
    ("jsonschema.exceptions", "ValidationError"): INVALID_METADATA,
    ("nbclient.exceptions", "DeadKernelError"): KERNEL_DIED,
    ("nbgrader.preprocessors.execute", "UnresponsiveKernelError"): KERNEL_DIED,
    ("sqlalchemy.exc", "OperationalError"): GRADEBOOK_BUSY,
    ("autograder.grading.kernels.prompt_client", "KernelStartError"): KERNEL_START,
}


def classify(exc: BaseException) -> Reason:
    """The reason for an exception of a step that recorded none: by its type (or a parent type)."""
    for cls in type(exc).__mro__:
        reason = BY_TYPE.get((cls.__module__, cls.__name__))
        if reason is not None:
            return reason
    detail = f"{type(exc).__name__}: {exc}".strip().rstrip(":")
    return Reason("nbgrader_error", f"nbgrader no ha pogut corregir el quadern ({' '.join(detail.split())[:200]}): "
                                    "cal revisar-lo a mà.")


@dataclass
class StepRecord:
    """What the steps recorded while one submission was graded."""

    failure: Reason | None = None
    notes: list[Reason] = field(default_factory=list)

    def fail(self, reason: Reason) -> None:
        if self.failure is None:   # the first cause, not what followed from it
            self.failure = reason

    def note(self, reason: Reason) -> None:
        if reason not in self.notes:
            self.notes.append(reason)


def run_of(configurable) -> GradingAPI | None:
    """The grading run a step belongs to (through its parents), or None under plain nbgrader."""
    parent = configurable
    while parent is not None:
        if isinstance(parent, GradingAPI):
            return parent
        parent = getattr(parent, "parent", None)
    return None


def record_of(configurable) -> StepRecord:
    """Where a step records its reasons: the run's record, or a throwaway one under plain nbgrader."""
    run = run_of(configurable)
    return run.record if run is not None else StepRecord()


class RecordingAutograde(Autograde):
    """nbgrader's autograde converter; an exception of any step that recorded no reason is classified by its type
    before nbgrader turns it into log text."""

    def init_assignment(self, assignment_id: str, student_id: str) -> None:
        with self._recording():
            super().init_assignment(assignment_id, student_id)

    def convert_single_notebook(self, notebook_filename: str) -> None:
        with self._recording():
            super().convert_single_notebook(notebook_filename)

    @contextlib.contextmanager
    def _recording(self):
        try:
            yield
        except Exception as exc:
            record_of(self).fail(classify(exc))
            raise


class GradingAPI(NbGraderAPI):
    """nbgrader's API for ``autograder corregeix``: its autograde records why a submission failed, and its sandboxed
    Execute step takes kernels from ``kernels`` (:class:`autograder.grading.preprocessors.execute.KernelPool`)."""

    def __init__(self, kernels=None, **kwargs):
        super().__init__(**kwargs)
        self.kernels = kernels
        self.record = StepRecord()

    def autograde(self, assignment_id, student_id, force=True, create=True):
        """nbgrader's ``autograde`` (same steps, same gradebook), with a fresh :attr:`record`."""
        self.record = StepRecord()
        with temp_attrs(self.coursedir, assignment_id=assignment_id, student_id=student_id):
            app = RecordingAutograde(coursedir=self.coursedir, parent=self)
            app.force = force
            app.create_student = create
            return capture_log(app)
