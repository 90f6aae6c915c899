"""nbconvert preprocessors that keep hidden tests out of the feedback learners receive."""
from __future__ import annotations

from nbconvert.preprocessors import Preprocessor


class StripTracebacks(Preprocessor):
    """Replace the traceback of every graded test cell with its last line, «Error: missatge».

    nbgrader's ClearHiddenTests removes the hidden tests' source but not the traceback, which quotes the
    hidden assertion; the Catalan message of the failed assertion is what the learner needs.
    """

    enabled = True  # nbconvert preprocessors are disabled by default

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("grade"):
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    message = output.get("evalue") or "una prova ha fallat"
                    output["traceback"] = [f"{output.get('ename', 'Error')}: {message}"]
        return cell, resources
