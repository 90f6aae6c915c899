"""nbconvert preprocessors that keep hidden tests out of the feedback learners receive."""
from __future__ import annotations

from nbconvert.preprocessors import Preprocessor

from pla.quadern import cell_error, message


class StripTracebacks(Preprocessor):
    """Replace the traceback of every graded test cell with one Catalan sentence (:func:`pla.quadern.message`:
    the failed assertion's message, or what a Python error means and what to do).

    nbgrader's ClearHiddenTests removes the hidden tests' source but not the traceback, which quotes the
    hidden assertion; the Catalan message of the failed assertion is what the learner needs.
    """

    enabled = True  # nbconvert preprocessors are disabled by default

    def preprocess_cell(self, cell, resources, index):
        error = cell_error(cell) if cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("grade") \
            else None
        if error:
            for output in cell.outputs:
                if output.get("output_type") == "error":
                    output["traceback"] = [message(error)]
        return cell, resources
