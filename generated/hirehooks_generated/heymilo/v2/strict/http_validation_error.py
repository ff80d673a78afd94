# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from __future__ import annotations

from pydantic import MISSING, BaseModel, ConfigDict, StrictInt, StrictStr


class ValidationError(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        use_attribute_docstrings=True,
    )
    loc: list[StrictStr | StrictInt]
    msg: StrictStr
    type: StrictStr


class HTTPValidationError(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        use_attribute_docstrings=True,
    )
    detail: list[ValidationError] | MISSING = MISSING
