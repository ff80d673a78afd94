# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).
"""Every name ``parse`` takes (``Name``), and ``parse`` typed per name (``Parse``): a literal
name gives its generated class, any other ``str`` a ``BaseModel``. The model modules are imported
for type checkers only, so that ``import hirehooks`` loads none of them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Protocol, overload

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
    from hirehooks_generated.hirempire.create_webhook_request import (
        HirempireCreateWebhookRequest,
    )
    from hirehooks_generated.hirempire.create_webhook_response import (
        HirempireCreateWebhookResponse,
    )
    from hirehooks_generated.hirempire.error_response import (
        HirempireErrorResponse,
    )
    from hirehooks_generated.instaview.create_webhook_request import (
        InstaViewCreateWebhookRequest,
    )
    from hirehooks_generated.instaview.create_webhook_response import (
        InstaViewCreateWebhookResponse,
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
    "hirempire.create_webhook_request",
    "hirempire.create_webhook_response",
    "hirempire.error_response",
    "instaview.create_webhook_request",
    "instaview.create_webhook_response",
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
        event: Literal["hirempire.error_response"],
        body: Body,
        *,
        strict: bool = ...,
        max_bytes: int = ...,
    ) -> HirempireErrorResponse: ...

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
