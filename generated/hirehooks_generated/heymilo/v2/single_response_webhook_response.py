# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Any, Literal

from pydantic import MISSING, BaseModel, ConfigDict, StrictBool, StrictFloat, StrictInt, StrictStr

from .webhook_response import WebhookResponse


class SingleResponseWebhookResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    data: WebhookResponse
    meta: dict[str, Any] | None | MISSING = MISSING
    """
    Optional metadata. Shape varies by endpoint.
    """
