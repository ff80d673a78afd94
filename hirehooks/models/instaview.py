# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).
"""The model classes of the instaview bodies; ``parse`` of each name gives:

- ``instaview.create_webhook_request``: ``InstaViewCreateWebhookRequest``
- ``instaview.create_webhook_response``: ``InstaViewCreateWebhookResponse``
"""

from hirehooks_generated.instaview.create_webhook_request import (
    InstaViewCreateWebhookRequest,
    InstaViewCustomHeader,
)
from hirehooks_generated.instaview.create_webhook_response import (
    InstaViewCreateWebhookResponse,
)

__all__ = [
    "InstaViewCreateWebhookRequest",
    "InstaViewCreateWebhookResponse",
    "InstaViewCustomHeader",
]
