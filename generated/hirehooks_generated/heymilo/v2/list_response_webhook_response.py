# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Literal

from pydantic import MISSING, BaseModel, ConfigDict, StrictBool, StrictFloat, StrictInt, StrictStr

from .pagination_meta import PaginationMeta
from .webhook_response import WebhookResponse


class ListResponseWebhookResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    data: list[WebhookResponse]
    pagination: PaginationMeta
