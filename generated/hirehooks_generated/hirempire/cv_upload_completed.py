# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, StrictStr


class HirempireCvUploadCompletedAiEvaluation(BaseModel):
    """
    AI evaluation results, as cv_upload_completed sends them: 6 fields, without applicant_applied's linkedin_match, linkedin_match_score and linkedin_differences (decision D54). Subkey types come from the example only.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    score: StrictInt | StrictFloat
    """
    Evaluation score (85 in the example)
    """
    skill_match: StrictStr
    """
    Skill match (the examples show Strong and Weak; not a closed list)
    """
    experience_match: StrictStr
    """
    Experience match (the examples show Strong and Moderate; not a closed list)
    """
    location_match: StrictStr
    """
    Location match (the examples show Yes and No; not a closed list)
    """
    decision: StrictStr
    """
    Decision (the examples show Shortlist and Reject; not a closed list)
    """
    decision_reason: StrictStr
    """
    Why the evaluation reached its decision, in words about the applicant
    """


class HirempireCvUploadCompletedApplicant(BaseModel):
    """
    The candidate whose CV was processed, as cv_upload_completed sends it: 10 fields, without applicant_applied's linkedin_url, photo, city, spoken_languages, special_questions and media_questions (decision D54).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: StrictStr
    """
    Unique applicant identifier
    """
    name: StrictStr
    """
    Full name
    """
    email: StrictStr
    """
    Email address
    """
    phone: StrictStr
    """
    Phone number
    """
    cv_url: StrictStr
    """
    CV/resume URL
    """
    source: StrictStr
    """
    Application source
    """
    nationality: StrictStr
    """
    Nationality
    """
    location: StrictStr
    """
    Current location
    """
    years_of_experience: StrictInt | StrictFloat
    """
    Years of experience
    """
    ai_evaluation: Annotated[
        HirempireCvUploadCompletedAiEvaluation, Field(title="HirempireCvUploadCompletedAiEvaluation")
    ]
    """
    AI evaluation results, as cv_upload_completed sends them: 6 fields, without applicant_applied's linkedin_match, linkedin_match_score and linkedin_differences (decision D54). Subkey types come from the example only.
    """


class HirempireApplicantEventCompany(BaseModel):
    """
    Company object of applicant_applied and cv_upload_completed: the company name is under `company` (the job and meeting events put it under `name`, see HirempireCompany; decision D53).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: StrictStr
    """
    Unique company identifier
    """
    company: StrictStr
    """
    Company name
    """


class HirempireJobReference(BaseModel):
    """
    Job object of applicant_applied, cv_upload_completed and meeting_booked: the job's identifier and title only (the job events carry the full HirempireJob; decision D54).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: StrictStr
    """
    Unique job identifier
    """
    title: StrictStr
    """
    Job title
    """


class HirempireCvUploadCompleted(BaseModel):
    """
    Payload of cv_upload_completed: sent when CV processing and analysis is finished. No `data` wrapper: `company`, `job` and `applicant` sit next to `event` and `timestamp`. The company name is under `company.company` (D53); `applicant` and its `ai_evaluation` are this event's own (D54).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    event: Literal["cv_upload_completed"]
    """
    Event type identifier (always `cv_upload_completed` for this payload)
    """
    timestamp: StrictStr
    """
    ISO 8601 timestamp of when the event occurred
    """
    company: HirempireApplicantEventCompany
    job: HirempireJobReference
    applicant: Annotated[
        HirempireCvUploadCompletedApplicant, Field(title="HirempireCvUploadCompletedApplicant")
    ]
    """
    The candidate whose CV was processed, as cv_upload_completed sends it: 10 fields, without applicant_applied's linkedin_url, photo, city, spoken_languages, special_questions and media_questions (decision D54).
    """
