# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, StrictInt, StrictStr


class ValidationError(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        use_attribute_docstrings=True,
    )
    loc: list[StrictStr | StrictInt]
    msg: StrictStr
    type: StrictStr
