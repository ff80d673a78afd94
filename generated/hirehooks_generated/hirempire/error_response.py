# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, StrictStr


def _json_boolean(value: object) -> object:
    """JSON true or false only: pydantic's Literal[True] alone also takes 1, since 1 == True."""
    if isinstance(value, bool):
        return value
    raise ValueError("Input should be a valid boolean")


class HirempireErrorResponse(BaseModel):
    """
    Error envelope of Hirempire POST /v1/create-webhook (400, 401 and 403 responses).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    success: Annotated[Literal[False], BeforeValidator(_json_boolean)]
    """
    Always false for an error
    """
    error: StrictStr
    """
    What went wrong, e.g. "Invalid event: invalid_event_name."
    """
