# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from pydantic import MISSING, BaseModel, ConfigDict, StrictInt, StrictStr


class ValidationError(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    loc: list[StrictStr | StrictInt]
    msg: StrictStr
    type: StrictStr


class HTTPValidationError(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    detail: list[ValidationError] | MISSING = MISSING
