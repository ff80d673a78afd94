# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr


class XobinMaskedBasicCredentials(BaseModel):
    """
    Basic credentials with the password masked.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    username: StrictStr
    """
    User name sent with each delivery.
    """
    password: None
    """
    Always null: the password is never returned.
    """
    hasPassword: StrictBool
    """
    Whether a password is set.
    """


class XobinEmptyApiKeyCredentials(BaseModel):
    """
    The unused apikey block, null-filled.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    header: None
    """
    Null: no API-key header is configured.
    """
    apikey: None
    """
    Null: no API key is configured.
    """


class XobinMaskedBasicAuth(BaseModel):
    """
    Basic authentication in force: the password is masked, the apikey block is null-filled (as documented).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    type: Literal["basic"]
    """
    Authentication type.
    """
    basic: Annotated[XobinMaskedBasicCredentials, Field(title="XobinMaskedBasicCredentials")]
    """
    Basic credentials with the password masked.
    """
    apikey: Annotated[XobinEmptyApiKeyCredentials, Field(title="XobinEmptyApiKeyCredentials")]
    """
    The unused apikey block, null-filled.
    """


class XobinEmptyBasicCredentials(BaseModel):
    """
    The unused basic block, null-filled; a password is never returned.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    username: None
    """
    Null: no basic user name is configured.
    """
    password: None
    """
    Always null: a password is never returned.
    """
    hasPassword: StrictBool
    """
    Whether a password is set.
    """


class XobinMaskedApiKeyCredentials(BaseModel):
    """
    The API-key header name, and the key unless the vendor masks it.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    header: StrictStr
    """
    Name of the header that carries the key.
    """
    apikey: StrictStr | None
    """
    The API key, or null if masked (masking of the key is not documented).
    """


class XobinMaskedApiKeyAuth(BaseModel):
    """
    API-key authentication in force (shape inferred from the documented basic case: see DECISIONS.md X3).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    type: Literal["apikey"]
    """
    Authentication type.
    """
    basic: Annotated[XobinEmptyBasicCredentials, Field(title="XobinEmptyBasicCredentials")]
    """
    The unused basic block, null-filled; a password is never returned.
    """
    apikey: Annotated[XobinMaskedApiKeyCredentials, Field(title="XobinMaskedApiKeyCredentials")]
    """
    The API-key header name, and the key unless the vendor masks it.
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


class XobinWebhookSettings(BaseModel):
    """
    The webhooks and their delivery authentication, as stored.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    start: XobinWebhookEndpoint
    """
    Webhook configuration for when the candidate starts the interview.
    """
    submission: XobinWebhookEndpoint
    """
    Webhook configuration for when the candidate submits the interview.
    """
    auth: XobinMaskedBasicAuth | XobinMaskedApiKeyAuth
    """
    Delivery authentication with both credential blocks present: the one not in use is null-filled, and a password is never echoed.
    """


class XobinWebhookSettingsResponse(BaseModel):
    """
    Response of Xobin POST /ai-interviews/settings/webhooks: the settings now in force, with secrets masked (password null, hasPassword tells whether one is set).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    webhooks: Annotated[XobinWebhookSettings, Field(title="XobinWebhookSettings")]
    """
    The webhooks and their delivery authentication, as stored.
    """
