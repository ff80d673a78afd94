# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).
"""The model classes of the heymilo.v1 bodies; ``parse`` of each name gives:

- ``heymilo.v1.create_webhook_request``: ``V1CreateWebhookRequest``
- ``heymilo.v1.webhook``: ``V1Webhook``
- ``heymilo.v1.webhook_list``: ``V1WebhookList``
"""

from hirehooks_generated.heymilo.v1.create_webhook_request import (
    V1CreateWebhookRequest,
)
from hirehooks_generated.heymilo.v1.webhook import (
    V1Webhook,
)
from hirehooks_generated.heymilo.v1.webhook_list import (
    V1WebhookList,
)

__all__ = [
    "V1CreateWebhookRequest",
    "V1Webhook",
    "V1WebhookList",
]
