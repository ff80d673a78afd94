# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Literal

from pydantic import BaseModel, ConfigDict, StrictStr


class HirempireErrorResponse(BaseModel):
    """
    Error envelope of Hirempire POST /v1/create-webhook (400, 401 and 403 responses).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    success: Literal[False]
    """
    Always false for an error
    """
    error: StrictStr
    """
    What went wrong, e.g. "Invalid event: invalid_event_name."
    """
