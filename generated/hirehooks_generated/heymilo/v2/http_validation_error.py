# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from pydantic import MISSING, BaseModel, ConfigDict, StrictInt, StrictStr

from .validation_error import ValidationError


class HTTPValidationError(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    detail: list[ValidationError] | MISSING = MISSING
