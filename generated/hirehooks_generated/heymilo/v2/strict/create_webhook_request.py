# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from pydantic import BaseModel, ConfigDict, StrictStr


class CreateWebhookRequest(BaseModel):
    """
    Request body for creating a webhook.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    posting_id: StrictStr
    """
    ID of the posting this webhook is for.
    """
    url: StrictStr
    """
    Destination URL for webhook delivery.
    """
    event_type: StrictStr
    """
    Type of event that triggers the webhook: 'interview_completed', 'candidate_ingested', etc.
    """
