# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).
"""The model classes of the hirempire bodies; ``parse`` of each name gives:

- ``hirempire.applicant_applied``: ``HirempireApplicantApplied``
- ``hirempire.create_webhook_request``: ``HirempireCreateWebhookRequest``
- ``hirempire.create_webhook_response``: ``HirempireCreateWebhookResponse``
- ``hirempire.cv_upload_completed``: ``HirempireCvUploadCompleted``
- ``hirempire.error_response``: ``HirempireErrorResponse``
- ``hirempire.job_activated``: ``HirempireJobActivated``
- ``hirempire.job_added``: ``HirempireJobAdded``
- ``hirempire.job_deactivated``: ``HirempireJobDeactivated``
- ``hirempire.job_deleted``: ``HirempireJobDeleted``
- ``hirempire.meeting_booked``: ``HirempireMeetingBooked``
- ``hirempire.url_verification``: ``HirempireUrlVerification``
"""

from hirehooks_generated.hirempire.applicant_applied import (
    HirempireApplicantApplied,
    HirempireApplicantAppliedAiEvaluation,
    HirempireApplicantAppliedApplicant,
    HirempireApplicantEventCompany,
    HirempireJobReference,
    HirempireMediaQuestions,
    HirempireSpecialQuestion,
    HirempireSpokenLanguage,
)
from hirehooks_generated.hirempire.create_webhook_request import (
    HirempireCreateWebhookRequest,
)
from hirehooks_generated.hirempire.create_webhook_response import (
    HirempireCreateWebhookResponse,
    HirempireWebhook,
)
from hirehooks_generated.hirempire.cv_upload_completed import (
    HirempireCvUploadCompleted,
    HirempireCvUploadCompletedAiEvaluation,
    HirempireCvUploadCompletedApplicant,
)
from hirehooks_generated.hirempire.error_response import (
    HirempireErrorResponse,
)
from hirehooks_generated.hirempire.job_activated import (
    HirempireCompany,
    HirempireJob,
    HirempireJobActivated,
)
from hirehooks_generated.hirempire.job_added import (
    HirempireJobAdded,
)
from hirehooks_generated.hirempire.job_deactivated import (
    HirempireJobDeactivated,
)
from hirehooks_generated.hirempire.job_deleted import (
    HirempireJobDeleted,
)
from hirehooks_generated.hirempire.meeting_booked import (
    HirempireMeeting,
    HirempireMeetingBooked,
    HirempireMeetingBookedApplicant,
    HirempireMeetingOrganizer,
)
from hirehooks_generated.hirempire.url_verification import (
    HirempireUrlVerification,
)

__all__ = [
    "HirempireApplicantApplied",
    "HirempireApplicantAppliedAiEvaluation",
    "HirempireApplicantAppliedApplicant",
    "HirempireApplicantEventCompany",
    "HirempireCompany",
    "HirempireCreateWebhookRequest",
    "HirempireCreateWebhookResponse",
    "HirempireCvUploadCompleted",
    "HirempireCvUploadCompletedAiEvaluation",
    "HirempireCvUploadCompletedApplicant",
    "HirempireErrorResponse",
    "HirempireJob",
    "HirempireJobActivated",
    "HirempireJobAdded",
    "HirempireJobDeactivated",
    "HirempireJobDeleted",
    "HirempireJobReference",
    "HirempireMediaQuestions",
    "HirempireMeeting",
    "HirempireMeetingBooked",
    "HirempireMeetingBookedApplicant",
    "HirempireMeetingOrganizer",
    "HirempireSpecialQuestion",
    "HirempireSpokenLanguage",
    "HirempireUrlVerification",
    "HirempireWebhook",
]
