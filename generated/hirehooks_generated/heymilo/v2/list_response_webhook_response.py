# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Literal

from pydantic import MISSING, BaseModel, ConfigDict, StrictBool, StrictFloat, StrictInt, StrictStr


class PaginationMeta(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    has_more: StrictBool
    """
    Whether more results exist beyond this page
    """
    total_count: StrictInt | None | MISSING = MISSING
    """
    Total number of results (if available)
    """
    url: StrictStr | None | MISSING = MISSING
    """
    URL of this resource
    """


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


class ListResponseWebhookResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    data: list[WebhookResponse]
    pagination: PaginationMeta
