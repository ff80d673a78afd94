# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from pydantic import BaseModel, ConfigDict, StrictFloat, StrictInt, StrictStr


class XobinAssessmentStart(BaseModel):
    """
    Payload of the Assessment Start webhook: "Automatically receive notifications when a candidate begins an assessment." A flat object with no event name or envelope (decision D66); the docs give an example only, no field table, so every field is required and typed from the example (D1, D2). The candidate is named id / name / email here, unlike the AI-interview payloads' candidate_* fields (D64); started_at is a number, not a string (D63).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: StrictInt | StrictFloat
    """
    An ID (2196821 in the example); the docs do not say what it identifies.
    """
    assessment_id: StrictInt | StrictFloat
    """
    ID of the assessment.
    """
    started_at: StrictInt | StrictFloat
    """
    When the candidate started: a 13-digit number in the example (1737521866717); the docs do not name the unit (D63).
    """
    name: StrictStr
    """
    The candidate's name.
    """
    email: StrictStr
    """
    The candidate's e-mail address.
    """
