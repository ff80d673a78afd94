# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Annotated, Literal

from pydantic import MISSING, BaseModel, ConfigDict, Field, StrictStr


class InstaViewCustomHeader(BaseModel):
    """
    One custom header sent with every delivery.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    name: Annotated[StrictStr, Field(max_length=255, min_length=1)]
    """
    Header name (1-255 characters)
    """
    value: Annotated[StrictStr, Field(max_length=4096, min_length=1)]
    """
    Header value (1-4096 characters)
    """


class InstaViewCreateWebhookRequest(BaseModel):
    """
    Request body of InstaView Create Webhook: where to send which events, with optional custom headers.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    url: Annotated[
        StrictStr,
        Field(max_length=2048, pattern="^(https://|http://localhost(:|/|$)|http://127\\.0\\.0\\.1(:|/|$))"),
    ]
    """
    The HTTPS endpoint URL to receive webhook notifications. Maximum 2048 characters. HTTP is only allowed for localhost.
    """
    events: list[Literal["ANALYSIS_COMPLETED", "ANALYSIS_FAILED", "PING", "INTERVIEW_COMPLETED", "INTERVIEW_FAILED", "INTERVIEW_STARTED", "SOURCING_COMPLETED", "SOURCING_FAILED", "ENRICH_COMPLETED", "ENRICH_FAILED"]]
    """
    Array of event type strings to subscribe to.
    """
    name: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    """
    Human-readable name for the webhook. Maximum 255 characters.
    """
    description: StrictStr | MISSING = MISSING
    """
    Description of what this webhook is used for.
    """
    companyId: StrictStr | MISSING = MISSING
    """
    Company ID to associate this webhook with. If omitted, webhook will receive events for all companies accessible by the API key.
    """
    headers: Annotated[list[InstaViewCustomHeader] | MISSING, Field(max_length=50)] = MISSING
    """
    Custom headers to include in webhook requests. Maximum 50 headers.
    """
