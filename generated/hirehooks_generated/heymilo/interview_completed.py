# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from pydantic import BaseModel, ConfigDict, StrictBool, StrictFloat, StrictInt, StrictStr


class InterviewCompleted(BaseModel):
    """
    Payload of interview_completed: sent when a candidate finishes all required steps of an interview.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    interview_id: StrictStr
    """
    Unique identifier for the interview
    """
    agent_conversation_id: StrictStr
    """
    Conversation ID for the agent interaction (empty string if not applicable)
    """
    parent_conversation_id: StrictStr
    """
    Parent conversation ID linking related interview sessions
    """
    engagement_id: StrictStr
    """
    Engagement tracking ID (empty string if not applicable)
    """
    posting_id: StrictStr
    """
    The job posting ID
    """
    timestamp: StrictInt | StrictFloat
    """
    Unix timestamp when the event was emitted
    """
    workflow_completed: StrictBool
    """
    Whether the full agentic workflow has been completed
    """
    completion_timestamp: StrictInt | StrictFloat
    """
    Unix timestamp when the interview was actually completed
    """
