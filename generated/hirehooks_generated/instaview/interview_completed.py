# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictStr


class InstaViewInterviewCompletedData(BaseModel):
    """
    The data of interview.completed: "minimal data (IDs and status). For full details like analysis results or transcripts, use the Interview API to fetch the complete resource."
    """

    model_config = ConfigDict(
        extra="allow",
    )
    interviewId: StrictStr
    """
    Identifier of the interview ("Webhook payloads contain minimal data (IDs and status)").
    """
    callAttemptId: StrictStr
    """
    Identifier of the call attempt ("Webhook payloads contain minimal data (IDs and status)").
    """
    candidateId: StrictStr
    """
    Identifier of the candidate ("Webhook payloads contain minimal data (IDs and status)").
    """
    jobId: StrictStr
    """
    Identifier of the job ("Webhook payloads contain minimal data (IDs and status)").
    """
    status: StrictStr
    """
    Status of the interview. The only value shown is "COMPLETED"; no list of values is documented (decision D61).
    """


class InstaViewInterviewCompleted(BaseModel):
    """
    Payload of interview.completed: "Interview finished with analysis available" (event table; "Interview finished with analysis" in the list of event types). From the "Interview Events Payload" example of https://docs.instaview.sk/guides/webhooks.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    event: Literal["interview.completed"]
    """
    The event type, always "interview.completed" (the dotted form, decision D58).
    """
    timestamp: StrictStr
    """
    When the event was sent. The only example is an ISO 8601 UTC time with milliseconds, "2024-01-20T14:30:00.000Z"; the docs state no format (decision D60).
    """
    deliveryId: StrictStr
    """
    Identifier of this delivery. The only example is a UUID, "550e8400-e29b-41d4-a716-446655440000"; the docs state no format (decision D60).
    """
    data: Annotated[InstaViewInterviewCompletedData, Field(title="InstaViewInterviewCompletedData")]
    """
    The data of interview.completed: "minimal data (IDs and status). For full details like analysis results or transcripts, use the Interview API to fetch the complete resource."
    """
