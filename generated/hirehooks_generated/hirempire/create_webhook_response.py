# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictStr


def _json_boolean(value: object) -> object:
    """JSON true or false only: pydantic's Literal[True] alone also takes 1, since 1 == True."""
    if isinstance(value, bool):
        return value
    raise ValueError("Input should be a valid boolean")


class HirempireWebhook(BaseModel):
    """
    Webhook details
    """

    model_config = ConfigDict(
        extra="allow",
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
        extra="allow",
    )
    success: Annotated[Literal[True], BeforeValidator(_json_boolean)]
    """
    Indicates if the webhook was created successfully
    """
    data: Annotated[HirempireWebhook, Field(title="HirempireWebhook")]
    """
    Webhook details
    """
