"""nbgrader's ``CheckCellMetadata`` with the metadata schema checked and compiled once per process.

nbgrader validates every cell with ``jsonschema.validate``, which first checks the schema itself against its
meta-schema: for each cell of each notebook, about a third of nbgrader's own time per submission. The verdict is the
same (``jsonschema``'s best match of the same errors); only the repeated work goes.
"""
from __future__ import annotations

import traceback

from jsonschema import exceptions, validators
from nbgrader.nbgraderformat import MetadataValidator, ValidationError
from nbgrader.preprocessors import CheckCellMetadata as NbgraderCheckCellMetadata

_COMPILED: dict[int, object] = {}


def _compiled(version: int, schema: dict):
    if version not in _COMPILED:
        cls = validators.validator_for(schema)
        cls.check_schema(schema)
        _COMPILED[version] = cls(schema)
    return _COMPILED[version]


class _Validator(MetadataValidator):
    def validate_cell(self, cell) -> None:
        meta = cell.metadata.get("nbgrader")
        if meta is None or meta.get("schema_version", 0) != self.schema_version:
            return super().validate_cell(cell)   # nbgrader's own answer (nothing, or a schema-version error)
        error = exceptions.best_match(_compiled(self.schema_version, self.schema).iter_errors(meta))
        if error is not None:
            raise error


class CheckCellMetadata(NbgraderCheckCellMetadata):
    def preprocess(self, nb, resources):
        try:
            _Validator().validate_nb(nb)
        except ValidationError:
            self.log.error(traceback.format_exc())
            msg = "Notebook failed to validate; the nbgrader metadata may be corrupted."
            self.log.error(msg)
            raise ValidationError(msg)
        return nb, resources
