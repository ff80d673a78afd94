# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictStr


class HirempireWebhook(BaseModel):
    """
    Webhook details
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    id: Annotated[
        StrictStr,
        Field(
            max_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
        ),
    ]
    """
    Webhook identifier (a UUID)
    """
    events: Annotated[
        list[Literal["job_added", "job_activated", "job_deactivated", "job_deleted", "applicant_applied", "cv_upload_completed", "meeting_booked"]],
        Field(min_length=1),
    ]
    """
    The subscribed event types
    """


class HirempireCreateWebhookResponse(BaseModel):
    """
    Success envelope of Hirempire POST /v1/create-webhook.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    success: Literal[True]
    """
    Indicates if the webhook was created successfully
    """
    data: Annotated[HirempireWebhook, Field(title="HirempireWebhook")]
    """
    Webhook details
    """
