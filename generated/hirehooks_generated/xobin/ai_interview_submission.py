# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from pydantic import BaseModel, ConfigDict, StrictFloat, StrictInt, StrictStr


class XobinAiInterviewSubmission(BaseModel):
    """
    Payload of the AI Interview Submission webhook: "Get AI interview results as soon as a candidate completes their AI interview and the evaluation is complete." A flat object with no event name or envelope (decision D66). The documentation page is cut off after invite_status, inside the next key ("recommendati…"); fields after it are not declared and the object stays open (D66). Whether response_id (sent on start) is sent here is not documented. Candidate fields keep the AI-interview names (D64); completed_date is the vendor's display text, not ISO 8601 (D63).
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
    candidate_summary: StrictStr
    """
    The evaluation's written summary of the candidate.
    """
    completed_date: StrictStr
    """
    When the interview was completed, as display text: "Jul 05, 2025, 4:42:45 AM" in the example (month name, 12-hour clock, no time zone). No format is documented, so no pattern is imposed (D63).
    """
    integrity_score: StrictInt | StrictFloat
    """
    Integrity score (10 in the example; the summary calls it "10.0"). No range is documented.
    """
    interview_recording: dict[str, StrictStr]
    """
    Links to the interview's recordings: a map whose keys are digit strings ("1755695988585" in the example; the docs do not explain them) and whose values are URLs. Typed from the example (D2): any key, string values; the links are candidate data (D24).
    """
    invite_status: StrictStr
    """
    Status of the candidate's invite: "Completed" in the example. The docs list no closed set of values (D10).
    """
