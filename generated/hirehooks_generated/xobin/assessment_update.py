# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Annotated, Any, Literal

from pydantic import MISSING, BaseModel, ConfigDict, Field, StrictFloat, StrictInt, StrictStr


class XobinAssessmentCreator(BaseModel):
    """
    The recruiter who created the assessment. The page is cut off after email; fields after it are not declared (D66).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: StrictStr
    """
    The recruiter's name.
    """
    id: StrictInt | StrictFloat
    """
    ID of the recruiter.
    """
    email: StrictStr
    """
    The recruiter's e-mail address.
    """


class XobinAssessmentSummary(BaseModel):
    """
    "data includes the assessment summary and updated_by (the user who performed the action)." The page is cut off inside created_by; fields after it are not declared (D66).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    assessment_id: StrictInt | StrictFloat
    """
    ID of the assessment.
    """
    assessment_name: StrictStr
    """
    Name of the assessment.
    """
    status: StrictStr
    """
    Status of the assessment: "live" in the example. The docs list no values (D10).
    """
    created_by: Annotated[XobinAssessmentCreator, Field(title="XobinAssessmentCreator")]
    """
    The recruiter who created the assessment. The page is cut off after email; fields after it are not declared (D66).
    """
    updated_by: Any | MISSING = MISSING
    """
    The user who performed the action. Named in the docs' prose only; its shape lies beyond the cut-off, so any JSON value is accepted and it is not required (D66).
    """


class XobinAssessmentUpdate(BaseModel):
    """
    Payload of the Assessment updates webhook: "Get notified when a recruiter creates an assessment, or when an assessment is updated, archived, or deleted." "Create and update events share the same envelope. Only event differs: assessments.create when a new assessment is created, and assessments.updates for edits, archive, or delete." The documentation page is cut off inside data.created_by, after its email; fields after it are not declared and data and created_by stay open (D66). x-company-id ("the ID of the company that the assessment belongs to") is not declared: the docs do not say whether it is a header or a body key (D65).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    event: Literal["assessments.create", "assessments.updates"]
    """
    assessments.create when a new assessment is created; assessments.updates for edits, archive, or delete (D66).
    """
    timestamp: StrictStr
    """
    When the event happened: "2026-01-15T10:00:00" in the example, ISO-8601-like with no time zone or offset. No format is documented, so no pattern or date-time format is imposed (D63).
    """
    data: Annotated[XobinAssessmentSummary, Field(title="XobinAssessmentSummary")]
    """
    "data includes the assessment summary and updated_by (the user who performed the action)." The page is cut off inside created_by; fields after it are not declared (D66).
    """
