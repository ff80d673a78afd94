# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, StrictStr


class InstaViewInterviewStarted(BaseModel):
    """
    Payload of interview.started: "Interview session began". Only the envelope is documented: the event falls under the "Interview Events Payload" heading, whose one example is interview.completed, and the docs do not say which members its data carries (decision D61).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    event: Literal["interview.started"]
    """
    The event type, always "interview.started" (the dotted form, decision D58).
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
    Event-specific data ("// Event-specific data" in the docs' envelope). Open: the docs show no data for this event, so no member is declared.
    """
