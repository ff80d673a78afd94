# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).
"""The model classes of the xobin bodies; ``parse`` of each name gives:

- ``xobin.ai_interview_start``: ``XobinAiInterviewStart``
- ``xobin.ai_interview_submission``: ``XobinAiInterviewSubmission``
- ``xobin.assessment_start``: ``XobinAssessmentStart``
- ``xobin.assessment_update``: ``XobinAssessmentUpdate``
- ``xobin.webhook_settings_request``: ``XobinWebhookSettingsRequest``
- ``xobin.webhook_settings_response``: ``XobinWebhookSettingsResponse``
"""

from hirehooks_generated.xobin.ai_interview_start import (
    XobinAiInterviewStart,
)
from hirehooks_generated.xobin.ai_interview_submission import (
    XobinAiInterviewSubmission,
)
from hirehooks_generated.xobin.assessment_start import (
    XobinAssessmentStart,
)
from hirehooks_generated.xobin.assessment_update import (
    XobinAssessmentCreator,
    XobinAssessmentSummary,
    XobinAssessmentUpdate,
)
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
    "XobinAiInterviewStart",
    "XobinAiInterviewSubmission",
    "XobinApiKeyAuth",
    "XobinApiKeyCredentials",
    "XobinAssessmentCreator",
    "XobinAssessmentStart",
    "XobinAssessmentSummary",
    "XobinAssessmentUpdate",
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
