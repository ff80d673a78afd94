# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from pydantic import BaseModel, ConfigDict, StrictInt, StrictStr


class ValidationError(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    loc: list[StrictStr | StrictInt]
    msg: StrictStr
    type: StrictStr
