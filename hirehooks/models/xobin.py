# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).
"""The model classes of the xobin bodies; ``parse`` of each name gives:

- ``xobin.webhook_settings_request``: ``XobinWebhookSettingsRequest``
- ``xobin.webhook_settings_response``: ``XobinWebhookSettingsResponse``
"""

from hirehooks_generated.xobin.webhook_settings_request import (
    XobinApiKeyAuth,
    XobinApiKeyCredentials,
    XobinBasicAuth,
    XobinBasicCredentials,
    XobinWebhookEndpoint,
    XobinWebhooks,
    XobinWebhookSettingsRequest,
    XobinWebhooksWithStart,
    XobinWebhooksWithSubmission,
)
from hirehooks_generated.xobin.webhook_settings_response import (
    XobinEmptyApiKeyCredentials,
    XobinEmptyBasicCredentials,
    XobinMaskedApiKeyAuth,
    XobinMaskedApiKeyCredentials,
    XobinMaskedBasicAuth,
    XobinMaskedBasicCredentials,
    XobinWebhookSettings,
    XobinWebhookSettingsResponse,
)

__all__ = [
    "XobinApiKeyAuth",
    "XobinApiKeyCredentials",
    "XobinBasicAuth",
    "XobinBasicCredentials",
    "XobinEmptyApiKeyCredentials",
    "XobinEmptyBasicCredentials",
    "XobinMaskedApiKeyAuth",
    "XobinMaskedApiKeyCredentials",
    "XobinMaskedBasicAuth",
    "XobinMaskedBasicCredentials",
    "XobinWebhookEndpoint",
    "XobinWebhookSettings",
    "XobinWebhookSettingsRequest",
    "XobinWebhookSettingsResponse",
    "XobinWebhooks",
    "XobinWebhooksWithStart",
    "XobinWebhooksWithSubmission",
]
