# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Literal

from pydantic import BaseModel, ConfigDict, StrictStr


class V1CreateWebhookRequest(BaseModel):
    """
    Request body of HeyMilo API v1 POST /api/webhook/create: register a webhook for one posting and one event type.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    posting_id: StrictStr
    """
    ID of the job posting this webhook applies to
    """
    url: StrictStr
    """
    The destination URL that will receive the webhook payload
    """
    event_type: Literal["interview_started", "interview_completed", "report_available"]
    """
    One of: interview_started, interview_completed, report_available
    """
    http_method: Literal["get", "post"] = "post"
    """
    HTTP method used to deliver the webhook: get or post (default: post)
    """
