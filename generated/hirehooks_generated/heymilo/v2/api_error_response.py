# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from pydantic import MISSING, BaseModel, ConfigDict, StrictStr

from .api_error import APIError
from .api_error_detail import APIErrorDetail


class APIErrorResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    error: APIError
