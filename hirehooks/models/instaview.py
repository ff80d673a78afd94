# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).
"""The model classes of the instaview bodies; ``parse`` of each name gives:

- ``instaview.analysis_completed``: ``InstaViewAnalysisCompleted``
- ``instaview.analysis_failed``: ``InstaViewAnalysisFailed``
- ``instaview.create_webhook_request``: ``InstaViewCreateWebhookRequest``
- ``instaview.create_webhook_response``: ``InstaViewCreateWebhookResponse``
- ``instaview.interview_completed``: ``InstaViewInterviewCompleted``
- ``instaview.interview_failed``: ``InstaViewInterviewFailed``
- ``instaview.interview_started``: ``InstaViewInterviewStarted``
- ``instaview.ping``: ``InstaViewPing``
"""

from hirehooks_generated.instaview.analysis_completed import (
    InstaViewAnalysisCompleted,
)
from hirehooks_generated.instaview.analysis_failed import (
    InstaViewAnalysisFailed,
)
from hirehooks_generated.instaview.create_webhook_request import (
    InstaViewCreateWebhookRequest,
    InstaViewCustomHeader,
)
from hirehooks_generated.instaview.create_webhook_response import (
    InstaViewCreateWebhookResponse,
)
from hirehooks_generated.instaview.interview_completed import (
    InstaViewInterviewCompleted,
    InstaViewInterviewCompletedData,
)
from hirehooks_generated.instaview.interview_failed import (
    InstaViewInterviewFailed,
)
from hirehooks_generated.instaview.interview_started import (
    InstaViewInterviewStarted,
)
from hirehooks_generated.instaview.ping import (
    InstaViewPing,
)

__all__ = [
    "InstaViewAnalysisCompleted",
    "InstaViewAnalysisFailed",
    "InstaViewCreateWebhookRequest",
    "InstaViewCreateWebhookResponse",
    "InstaViewCustomHeader",
    "InstaViewInterviewCompleted",
    "InstaViewInterviewCompletedData",
    "InstaViewInterviewFailed",
    "InstaViewInterviewStarted",
    "InstaViewPing",
]
