# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, StrictStr


class InstaViewAnalysisFailed(BaseModel):
    """
    Payload of analysis.failed: "Analysis processing failed". Only the envelope is declared: the documentation page is cut off after the heading "Failed Event Payloads" ("Failed events include an error message:"); fields after it are not declared (decision D61).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    event: Literal["analysis.failed"]
    """
    The event type, always "analysis.failed" (the dotted form, decision D58).
    """
    timestamp: StrictStr
    """
    When the event was sent. The only example is an ISO 8601 UTC time with milliseconds, "2024-01-20T14:30:00.000Z"; the docs state no format (decision D60).
    """
    deliveryId: StrictStr
    """
    Identifier of this delivery. The only example is a UUID, "550e8400-e29b-41d4-a716-446655440000"; the docs state no format (decision D60).
    """
    data: dict[str, Any]
    """
    Event-specific data ("// Event-specific data" in the docs' envelope). Open: the documentation page is cut off before this event's example; no member is declared.
    """
