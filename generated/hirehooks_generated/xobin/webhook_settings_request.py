# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Annotated, Literal

from pydantic import MISSING, BaseModel, ConfigDict, Field, RootModel, StrictBool, StrictStr


class XobinApiKeyCredentials(BaseModel):
    """
    API key authentication (header name and API key value). Required when type is apikey.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    key: StrictStr
    """
    Header name that will be sent to your webhook endpoint (X-Webhook-Key in the docs' example).
    """
    value: StrictStr
    """
    Header value for the API key.
    """


class XobinApiKeyAuth(BaseModel):
    """
    API-key header authentication of deliveries. The request names the header `key` and its value `value`, as the settings pages' parameter lists do; the response echoes them as `header` and `apikey` (decision D67).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    type: Literal["apikey"]
    """
    Authentication type.
    """
    apikey: Annotated[XobinApiKeyCredentials, Field(title="XobinApiKeyCredentials")]
    """
    API key authentication (header name and API key value). Required when type is apikey.
    """
    status: StrictBool | MISSING = MISSING
    """
    Shown as true in the auth structure example; not described (D67).
    """


class XobinBasicCredentials(BaseModel):
    """
    Basic authentication credentials (username and password).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    username: StrictStr
    """
    User name sent with each delivery.
    """
    password: StrictStr
    """
    Password sent with each delivery.
    """


class XobinBasicAuth(BaseModel):
    """
    HTTP Basic authentication of deliveries.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    type: Literal["basic"]
    """
    Authentication type.
    """
    basic: Annotated[XobinBasicCredentials, Field(title="XobinBasicCredentials")]
    """
    Basic authentication credentials (username and password).
    """
    status: StrictBool | MISSING = MISSING
    """
    Shown as true in the auth structure example; not described (D67).
    """


class XobinWebhookEndpoint(BaseModel):
    """
    One Xobin AI-interview webhook (start or submission): whether it is enabled and where it goes.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status: StrictBool
    """
    Whether the webhook is enabled.
    """
    url: StrictStr
    """
    The URL to receive event notifications.
    """


class XobinWebhooksWithStart(BaseModel):
    """
    The start and/or submission webhooks (either one or both), and optionally their delivery authentication.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    start: XobinWebhookEndpoint
    """
    Webhook configuration for when the candidate starts the interview.
    """
    submission: XobinWebhookEndpoint | MISSING = MISSING
    """
    Webhook configuration for when the candidate submits the interview.
    """
    auth: XobinBasicAuth | XobinApiKeyAuth | MISSING = MISSING
    """
    Authentication configuration for webhooks (optional). If omitted, existing authentication settings are preserved.
    """


class XobinWebhooksWithSubmission(BaseModel):
    """
    The start and/or submission webhooks (either one or both), and optionally their delivery authentication.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    start: XobinWebhookEndpoint | MISSING = MISSING
    """
    Webhook configuration for when the candidate starts the interview.
    """
    submission: XobinWebhookEndpoint
    """
    Webhook configuration for when the candidate submits the interview.
    """
    auth: XobinBasicAuth | XobinApiKeyAuth | MISSING = MISSING
    """
    Authentication configuration for webhooks (optional). If omitted, existing authentication settings are preserved.
    """


class XobinWebhooks(RootModel[XobinWebhooksWithStart | XobinWebhooksWithSubmission]):
    root: Annotated[XobinWebhooksWithStart | XobinWebhooksWithSubmission, Field(title="XobinWebhooks")]
    """
    The start and/or submission webhooks (either one or both), and optionally their delivery authentication.
    """


class XobinWebhookSettingsRequest(BaseModel):
    """
    Request body of Xobin POST /ai-interviews/settings/webhooks: global AI-interview webhook settings.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    webhooks: Annotated[XobinWebhooks, Field(title="XobinWebhooks")]
    """
    The start and/or submission webhooks (either one or both), and optionally their delivery authentication.
    """
    updateAll: StrictBool | MISSING = MISSING
    """
    If true, updates all existing AI interviews with this webhook config.
    """
