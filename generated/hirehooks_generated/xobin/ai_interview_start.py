# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from pydantic import BaseModel, ConfigDict, StrictFloat, StrictInt, StrictStr


class XobinAiInterviewStart(BaseModel):
    """
    Payload of the AI Interview Start webhook: "Automatically receive notifications when a candidate begins an AI interview." A flat object with no event name or envelope (decision D66); the docs give an example only, no field table, so every field is required and typed from the example (D1, D2). Candidate fields keep this payload's own names: candidate_id, candidate_name, candidate_email (D64).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    ai_interview_id: StrictInt | StrictFloat
    """
    ID of the AI interview (206 in the example).
    """
    ai_interview_name: StrictStr
    """
    Name of the AI interview ("Receptionist" in the example).
    """
    candidate_email: StrictStr
    """
    The candidate's e-mail address.
    """
    candidate_id: StrictInt | StrictFloat
    """
    ID of the candidate.
    """
    candidate_name: StrictStr
    """
    The candidate's name.
    """
    invite_status: StrictStr
    """
    Status of the candidate's invite: "Started" in the example. The docs list no closed set of values (D10).
    """
    response_id: StrictInt | StrictFloat
    """
    ID of the candidate's response (6726 in the example); the docs do not say more.
    """
