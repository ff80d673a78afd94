# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictBool, StrictFloat, StrictInt, StrictStr


class V1Webhook(BaseModel):
    """
    A webhook configuration: the response of HeyMilo API v1 POST /api/webhook/create and GET /api/webhook/fetch/{webhook_id}.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    webhook_id: StrictStr
    """
    Unique identifier for the created webhook
    """
    posting_id: StrictStr
    """
    The job posting this webhook is associated with
    """
    url: StrictStr
    """
    Destination URL for webhook delivery
    """
    event_type: Literal["interview_started", "interview_completed", "report_available"]
    """
    The subscribed event type
    """
    http_method: Literal["get", "post"]
    """
    HTTP method used for delivery (get or post)
    """
    is_active: StrictBool
    """
    Whether the webhook is currently active
    """
    created_at: StrictInt | StrictFloat
    """
    Unix timestamp when the webhook was created
    """
    updated_at: StrictInt | StrictFloat
    """
    Unix timestamp when the webhook was last modified
    """


class V1WebhookList(RootModel[list[V1Webhook]]):
    """
    Response of HeyMilo API v1 GET /api/webhook/all: a bare array of webhook configurations, without pagination.
    """

    root: Annotated[list[V1Webhook], Field(title="V1WebhookList")]
    """
    Response of HeyMilo API v1 GET /api/webhook/all: a bare array of webhook configurations, without pagination.
    """
