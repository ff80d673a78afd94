# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictBool, StrictFloat, StrictInt, StrictStr

from .webhook import V1Webhook


class V1WebhookList(RootModel[list[V1Webhook]]):
    """
    Response of HeyMilo API v1 GET /api/webhook/all: a bare array of webhook configurations, without pagination.
    """

    root: Annotated[list[V1Webhook], Field(title="V1WebhookList")]
    """
    Response of HeyMilo API v1 GET /api/webhook/all: a bare array of webhook configurations, without pagination.
    """
