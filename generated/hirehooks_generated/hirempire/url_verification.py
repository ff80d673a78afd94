# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Literal

from pydantic import BaseModel, ConfigDict, StrictStr


class HirempireUrlVerification(BaseModel):
    """
    URL-verification handshake: when you create or update a webhook, Hirempire sends a POST request to your endpoint with a `challenge` field in the JSON body. Your server must return the same challenge value in the response body, exactly as received, as the JSON object {"challenge": <the value>} (the docs' samples and the n8n node answer HTTP 200). Both fields are required: the current docs and the n8n node show `type`; the first version of the docs showed `challenge` alone (decision D57).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    challenge: StrictStr
    """
    The challenge value; return it exactly as received: any modification, extra whitespace, or encoding change fails the verification
    """
    type: Literal["url_verification"]
    """
    Always `url_verification` for the handshake
    """
