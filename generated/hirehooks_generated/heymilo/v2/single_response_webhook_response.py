# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Any, Literal

from pydantic import MISSING, BaseModel, ConfigDict, StrictBool, StrictFloat, StrictInt, StrictStr


class WebhookResponse(BaseModel):
    """
    A webhook configuration.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    object: Literal["webhook"] = "webhook"
    """
    Object type identifier.
    """
    webhook_id: StrictStr
    """
    Unique webhook identifier.
    """
    posting_id: StrictStr
    """
    ID of the posting this webhook is for.
    """
    url: StrictStr
    """
    Destination URL for the webhook.
    """
    event_type: StrictStr
    """
    Type of event that triggers the webhook.
    """
    is_active: StrictBool
    """
    Whether the webhook is active.
    """
    created_at: StrictInt | StrictFloat
    """
    Unix timestamp when the webhook was created.
    """
    updated_at: StrictInt | StrictFloat
    """
    Unix timestamp when the webhook was last updated.
    """


class SingleResponseWebhookResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    data: WebhookResponse
    meta: dict[str, Any] | None | MISSING = MISSING
    """
    Optional metadata. Shape varies by endpoint.
    """
