# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr


class InstaViewCreateWebhookResponse(BaseModel):
    """
    Response of InstaView Create Webhook: the created webhook with its signing secret, which is returned only this once.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    id: StrictStr
    """
    Unique identifier for the webhook
    """
    signingSecret: Annotated[StrictStr, Field(max_length=64, pattern="^[0-9a-fA-F]{64}")]
    """
    HMAC signing secret for verifying webhook signatures (hex-encoded, 64 characters)
    """
    url: StrictStr
    """
    The endpoint URL
    """
    events: list[StrictStr]
    """
    Array of subscribed event type labels
    """
    isActive: StrictBool
    """
    Whether the webhook is active (always true for new webhooks)
    """
