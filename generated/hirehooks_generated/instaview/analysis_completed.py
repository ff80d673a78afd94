# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, StrictStr


class InstaViewAnalysisCompleted(BaseModel):
    """
    Payload of analysis.completed: "Analysis finished successfully". Only the envelope is declared: the documentation page is cut off inside this event's example, at `"timestamp": "2024-01-20T14:30:00.`; fields after it are not declared. One copy of the page says payloads carry "minimal data (IDs and status)", another that this event "includes the full analysis results" (decision D61).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    event: Literal["analysis.completed"]
    """
    The event type, always "analysis.completed" (the dotted form, decision D58).
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
    Event-specific data ("// Event-specific data" in the docs' envelope). Open: the documentation page is cut off inside this event's example; no member is declared, so minimal data and full analysis results are both accepted.
    """
