# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictStr


class HirempireCreateWebhookRequest(BaseModel):
    """
    Request body of Hirempire POST /v1/create-webhook.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    request_url: StrictStr
    """
    The URL where webhook events will be sent via POST requests. Must be a valid, publicly accessible URL.
    """
    events: Annotated[
        list[Literal["job_added", "job_activated", "job_deactivated", "job_deleted", "applicant_applied", "cv_upload_completed", "meeting_booked"]],
        Field(min_length=1),
    ]
    """
    Array of event types to subscribe to.
    """
