# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).
"""Every name ``parse`` takes (``Name``), ``parse`` typed per name (``Parse``): a literal name
gives its generated class, any other ``str`` a ``BaseModel``; and ``Hooks.on`` typed per event
(``On``): a handler of a literal event takes its class. The model modules are imported for type
checkers only, so that ``import hirehooks`` loads none of them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar, overload

from pydantic import BaseModel

from hirehooks._body import Body

if TYPE_CHECKING:
    from hirehooks_generated.heymilo.interview_completed import (
        InterviewCompleted,
    )
    from hirehooks_generated.heymilo.interview_started import (
        InterviewStarted,
    )
    from hirehooks_generated.heymilo.report_available import (
        ReportAvailable,
    )
    from hirehooks_generated.heymilo.v1.create_webhook_request import (
        V1CreateWebhookRequest,
    )
    from hirehooks_generated.heymilo.v1.webhook import (
        V1Webhook,
    )
    from hirehooks_generated.heymilo.v1.webhook_list import (
        V1WebhookList,
    )
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
    from hirehooks_generated.hirempire.applicant_applied import (
        HirempireApplicantApplied,
    )
    from hirehooks_generated.hirempire.create_webhook_request import (
        HirempireCreateWebhookRequest,
    )
    from hirehooks_generated.hirempire.create_webhook_response import (
        HirempireCreateWebhookResponse,
    )
    from hirehooks_generated.hirempire.cv_upload_completed import (
        HirempireCvUploadCompleted,
    )
    from hirehooks_generated.hirempire.error_response import (
        HirempireErrorResponse,
    )
    from hirehooks_generated.hirempire.job_activated import (
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
        HirempireMeetingBooked,
    )
    from hirehooks_generated.hirempire.url_verification import (
        HirempireUrlVerification,
    )
    from hirehooks_generated.instaview.analysis_completed import (
        InstaViewAnalysisCompleted,
    )
    from hirehooks_generated.instaview.analysis_failed import (
        InstaViewAnalysisFailed,
    )
    from hirehooks_generated.instaview.create_webhook_request import (
        InstaViewCreateWebhookRequest,
    )
    from hirehooks_generated.instaview.create_webhook_response import (
        InstaViewCreateWebhookResponse,
    )
    from hirehooks_generated.instaview.interview_completed import (
        InstaViewInterviewCompleted,
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
        XobinAssessmentUpdate,
    )
    from hirehooks_generated.xobin.webhook_settings_request import (
        XobinWebhookSettingsRequest,
    )
    from hirehooks_generated.xobin.webhook_settings_response import (
        XobinWebhookSettingsResponse,
    )

Name = Literal[
    "heymilo.interview_completed",
    "heymilo.interview_started",
    "heymilo.report_available",
    "heymilo.v1.create_webhook_request",
    "heymilo.v1.webhook",
    "heymilo.v1.webhook_list",
    "heymilo.v2.api_error",
    "heymilo.v2.api_error_detail",
    "heymilo.v2.api_error_response",
    "heymilo.v2.create_webhook_request",
    "heymilo.v2.http_validation_error",
    "heymilo.v2.list_response_webhook_response",
    "heymilo.v2.pagination_meta",
    "heymilo.v2.single_response_webhook_response",
    "heymilo.v2.validation_error",
    "heymilo.v2.webhook_response",
    "hirempire.applicant_applied",
    "hirempire.create_webhook_request",
    "hirempire.create_webhook_response",
    "hirempire.cv_upload_completed",
    "hirempire.error_response",
    "hirempire.job_activated",
    "hirempire.job_added",
    "hirempire.job_deactivated",
    "hirempire.job_deleted",
    "hirempire.meeting_booked",
    "hirempire.url_verification",
    "instaview.analysis_completed",
    "instaview.analysis_failed",
    "instaview.create_webhook_request",
    "instaview.create_webhook_response",
    "instaview.interview_completed",
    "instaview.interview_failed",
    "instaview.interview_started",
    "instaview.ping",
    "xobin.ai_interview_start",
    "xobin.ai_interview_submission",
    "xobin.assessment_start",
    "xobin.assessment_update",
    "xobin.webhook_settings_request",
    "xobin.webhook_settings_response",
]
"""Every name ``parse``, ``validate`` and ``schema`` take."""


class Parse(Protocol):
    """The type of ``hirehooks.parse``: the model class of each name."""

    @overload
    def __call__(
        self,
        event: Literal["heymilo.interview_completed"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> InterviewCompleted: ...

    @overload
    def __call__(
        self,
        event: Literal["heymilo.interview_started"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> InterviewStarted: ...

    @overload
    def __call__(
        self,
        event: Literal["heymilo.report_available"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> ReportAvailable: ...

    @overload
    def __call__(
        self,
        event: Literal["heymilo.v1.create_webhook_request"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> V1CreateWebhookRequest: ...

    @overload
    def __call__(
        self,
        event: Literal["heymilo.v1.webhook"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> V1Webhook: ...

    @overload
    def __call__(
        self,
        event: Literal["heymilo.v1.webhook_list"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> V1WebhookList: ...

    @overload
    def __call__(
        self,
        event: Literal["heymilo.v2.api_error"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> APIError: ...

    @overload
    def __call__(
        self,
        event: Literal["heymilo.v2.api_error_detail"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> APIErrorDetail: ...

    @overload
    def __call__(
        self,
        event: Literal["heymilo.v2.api_error_response"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> APIErrorResponse: ...

    @overload
    def __call__(
        self,
        event: Literal["heymilo.v2.create_webhook_request"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> CreateWebhookRequest: ...

    @overload
    def __call__(
        self,
        event: Literal["heymilo.v2.http_validation_error"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> HTTPValidationError: ...

    @overload
    def __call__(
        self,
        event: Literal["heymilo.v2.list_response_webhook_response"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> ListResponseWebhookResponse: ...

    @overload
    def __call__(
        self,
        event: Literal["heymilo.v2.pagination_meta"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> PaginationMeta: ...

    @overload
    def __call__(
        self,
        event: Literal["heymilo.v2.single_response_webhook_response"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> SingleResponseWebhookResponse: ...

    @overload
    def __call__(
        self,
        event: Literal["heymilo.v2.validation_error"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> ValidationError: ...

    @overload
    def __call__(
        self,
        event: Literal["heymilo.v2.webhook_response"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> WebhookResponse: ...

    @overload
    def __call__(
        self,
        event: Literal["hirempire.applicant_applied"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> HirempireApplicantApplied: ...

    @overload
    def __call__(
        self,
        event: Literal["hirempire.create_webhook_request"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> HirempireCreateWebhookRequest: ...

    @overload
    def __call__(
        self,
        event: Literal["hirempire.create_webhook_response"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> HirempireCreateWebhookResponse: ...

    @overload
    def __call__(
        self,
        event: Literal["hirempire.cv_upload_completed"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> HirempireCvUploadCompleted: ...

    @overload
    def __call__(
        self,
        event: Literal["hirempire.error_response"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> HirempireErrorResponse: ...

    @overload
    def __call__(
        self,
        event: Literal["hirempire.job_activated"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> HirempireJobActivated: ...

    @overload
    def __call__(
        self,
        event: Literal["hirempire.job_added"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> HirempireJobAdded: ...

    @overload
    def __call__(
        self,
        event: Literal["hirempire.job_deactivated"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> HirempireJobDeactivated: ...

    @overload
    def __call__(
        self,
        event: Literal["hirempire.job_deleted"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> HirempireJobDeleted: ...

    @overload
    def __call__(
        self,
        event: Literal["hirempire.meeting_booked"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> HirempireMeetingBooked: ...

    @overload
    def __call__(
        self,
        event: Literal["hirempire.url_verification"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> HirempireUrlVerification: ...

    @overload
    def __call__(
        self,
        event: Literal["instaview.analysis_completed"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> InstaViewAnalysisCompleted: ...

    @overload
    def __call__(
        self,
        event: Literal["instaview.analysis_failed"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> InstaViewAnalysisFailed: ...

    @overload
    def __call__(
        self,
        event: Literal["instaview.create_webhook_request"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> InstaViewCreateWebhookRequest: ...

    @overload
    def __call__(
        self,
        event: Literal["instaview.create_webhook_response"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> InstaViewCreateWebhookResponse: ...

    @overload
    def __call__(
        self,
        event: Literal["instaview.interview_completed"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> InstaViewInterviewCompleted: ...

    @overload
    def __call__(
        self,
        event: Literal["instaview.interview_failed"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> InstaViewInterviewFailed: ...

    @overload
    def __call__(
        self,
        event: Literal["instaview.interview_started"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> InstaViewInterviewStarted: ...

    @overload
    def __call__(
        self,
        event: Literal["instaview.ping"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> InstaViewPing: ...

    @overload
    def __call__(
        self,
        event: Literal["xobin.ai_interview_start"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> XobinAiInterviewStart: ...

    @overload
    def __call__(
        self,
        event: Literal["xobin.ai_interview_submission"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> XobinAiInterviewSubmission: ...

    @overload
    def __call__(
        self,
        event: Literal["xobin.assessment_start"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> XobinAssessmentStart: ...

    @overload
    def __call__(
        self,
        event: Literal["xobin.assessment_update"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> XobinAssessmentUpdate: ...

    @overload
    def __call__(
        self,
        event: Literal["xobin.webhook_settings_request"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> XobinWebhookSettingsRequest: ...

    @overload
    def __call__(
        self,
        event: Literal["xobin.webhook_settings_response"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> XobinWebhookSettingsResponse: ...

    @overload
    def __call__(
        self,
        event: str,
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> BaseModel: ...


Model = TypeVar("Model")
Result = TypeVar("Result")


class Register(Protocol[Model]):
    """What ``Hooks.on(name)`` returns: a decorator of a handler that takes ``Model``."""

    def __call__(
        self,
        handler: Callable[[Model], Result],
        /,
    ) -> Callable[[Model], Result]: ...


class On(Protocol):
    """The type of ``Hooks.on``: the handler of each event takes its model class."""

    @overload
    def __call__(
        self,
        name: Literal["heymilo.interview_completed"],
        /,
    ) -> Register[InterviewCompleted]: ...

    @overload
    def __call__(
        self,
        name: Literal["heymilo.interview_started"],
        /,
    ) -> Register[InterviewStarted]: ...

    @overload
    def __call__(
        self,
        name: Literal["heymilo.report_available"],
        /,
    ) -> Register[ReportAvailable]: ...

    @overload
    def __call__(
        self,
        name: Literal["hirempire.applicant_applied"],
        /,
    ) -> Register[HirempireApplicantApplied]: ...

    @overload
    def __call__(
        self,
        name: Literal["hirempire.cv_upload_completed"],
        /,
    ) -> Register[HirempireCvUploadCompleted]: ...

    @overload
    def __call__(
        self,
        name: Literal["hirempire.job_activated"],
        /,
    ) -> Register[HirempireJobActivated]: ...

    @overload
    def __call__(
        self,
        name: Literal["hirempire.job_added"],
        /,
    ) -> Register[HirempireJobAdded]: ...

    @overload
    def __call__(
        self,
        name: Literal["hirempire.job_deactivated"],
        /,
    ) -> Register[HirempireJobDeactivated]: ...

    @overload
    def __call__(
        self,
        name: Literal["hirempire.job_deleted"],
        /,
    ) -> Register[HirempireJobDeleted]: ...

    @overload
    def __call__(
        self,
        name: Literal["hirempire.meeting_booked"],
        /,
    ) -> Register[HirempireMeetingBooked]: ...

    @overload
    def __call__(
        self,
        name: Literal["hirempire.url_verification"],
        /,
    ) -> Register[HirempireUrlVerification]: ...

    @overload
    def __call__(
        self,
        name: Literal["instaview.analysis_completed"],
        /,
    ) -> Register[InstaViewAnalysisCompleted]: ...

    @overload
    def __call__(
        self,
        name: Literal["instaview.analysis_failed"],
        /,
    ) -> Register[InstaViewAnalysisFailed]: ...

    @overload
    def __call__(
        self,
        name: Literal["instaview.interview_completed"],
        /,
    ) -> Register[InstaViewInterviewCompleted]: ...

    @overload
    def __call__(
        self,
        name: Literal["instaview.interview_failed"],
        /,
    ) -> Register[InstaViewInterviewFailed]: ...

    @overload
    def __call__(
        self,
        name: Literal["instaview.interview_started"],
        /,
    ) -> Register[InstaViewInterviewStarted]: ...

    @overload
    def __call__(
        self,
        name: Literal["instaview.ping"],
        /,
    ) -> Register[InstaViewPing]: ...

    @overload
    def __call__(
        self,
        name: Literal["xobin.ai_interview_start"],
        /,
    ) -> Register[XobinAiInterviewStart]: ...

    @overload
    def __call__(
        self,
        name: Literal["xobin.ai_interview_submission"],
        /,
    ) -> Register[XobinAiInterviewSubmission]: ...

    @overload
    def __call__(
        self,
        name: Literal["xobin.assessment_start"],
        /,
    ) -> Register[XobinAssessmentStart]: ...

    @overload
    def __call__(
        self,
        name: Literal["xobin.assessment_update"],
        /,
    ) -> Register[XobinAssessmentUpdate]: ...

    @overload
    def __call__(
        self,
        name: str,
        /,
    ) -> Register[Any]: ...
