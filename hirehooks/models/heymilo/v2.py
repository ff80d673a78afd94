# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).
"""The model classes of the heymilo.v2 bodies; ``parse`` of each name gives:

- ``heymilo.v2.api_error``: ``APIError``
- ``heymilo.v2.api_error_detail``: ``APIErrorDetail``
- ``heymilo.v2.api_error_response``: ``APIErrorResponse``
- ``heymilo.v2.create_webhook_request``: ``CreateWebhookRequest``
- ``heymilo.v2.http_validation_error``: ``HTTPValidationError``
- ``heymilo.v2.list_response_webhook_response``: ``ListResponseWebhookResponse``
- ``heymilo.v2.pagination_meta``: ``PaginationMeta``
- ``heymilo.v2.single_response_webhook_response``: ``SingleResponseWebhookResponse``
- ``heymilo.v2.validation_error``: ``ValidationError``
- ``heymilo.v2.webhook_response``: ``WebhookResponse``
"""

from hirehooks_generated.heymilo.v2.api_error import (
    APIError,
)
from hirehooks_generated.heymilo.v2.api_error_detail import (
    APIErrorDetail,
)
from hirehooks_generated.heymilo.v2.api_error_response import (
    APIErrorResponse,
)
from hirehooks_generated.heymilo.v2.create_webhook_request import (
    CreateWebhookRequest,
)
from hirehooks_generated.heymilo.v2.http_validation_error import (
    HTTPValidationError,
)
from hirehooks_generated.heymilo.v2.list_response_webhook_response import (
    ListResponseWebhookResponse,
)
from hirehooks_generated.heymilo.v2.pagination_meta import (
    PaginationMeta,
)
from hirehooks_generated.heymilo.v2.single_response_webhook_response import (
    SingleResponseWebhookResponse,
)
from hirehooks_generated.heymilo.v2.validation_error import (
    ValidationError,
)
from hirehooks_generated.heymilo.v2.webhook_response import (
    WebhookResponse,
)

__all__ = [
    "APIError",
    "APIErrorDetail",
    "APIErrorResponse",
    "CreateWebhookRequest",
    "HTTPValidationError",
    "ListResponseWebhookResponse",
    "PaginationMeta",
    "SingleResponseWebhookResponse",
    "ValidationError",
    "WebhookResponse",
]
