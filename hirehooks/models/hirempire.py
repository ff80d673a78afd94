# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).
"""The model classes of the hirempire bodies; ``parse`` of each name gives:

- ``hirempire.create_webhook_request``: ``HirempireCreateWebhookRequest``
- ``hirempire.create_webhook_response``: ``HirempireCreateWebhookResponse``
- ``hirempire.error_response``: ``HirempireErrorResponse``
"""

from hirehooks_generated.hirempire.create_webhook_request import (
    HirempireCreateWebhookRequest,
)
from hirehooks_generated.hirempire.create_webhook_response import (
    HirempireCreateWebhookResponse,
    HirempireWebhook,
)
from hirehooks_generated.hirempire.error_response import (
    HirempireErrorResponse,
)

__all__ = [
    "HirempireCreateWebhookRequest",
    "HirempireCreateWebhookResponse",
    "HirempireErrorResponse",
    "HirempireWebhook",
]
