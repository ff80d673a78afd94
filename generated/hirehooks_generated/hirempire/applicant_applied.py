# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr


class HirempireSpokenLanguage(BaseModel):
    """
    One language the applicant speaks (keys and types from the example only).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    language: StrictStr
    """
    Language (e.g. English, as in the example)
    """
    fluency: StrictStr
    """
    Fluency level (the examples show Native and Fluent; not a closed list)
    """


class HirempireApplicantAppliedAiEvaluation(BaseModel):
    """
    AI-powered candidate evaluation, as applicant_applied sends it: 9 fields, 3 more (linkedin_match, linkedin_match_score, linkedin_differences) than cv_upload_completed's (decision D54). Subkey types come from the example only.
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
    linkedin_match: StrictBool
    """
    Whether the CV matches the LinkedIn profile
    """
    linkedin_match_score: StrictInt | StrictFloat
    """
    CV to LinkedIn match score (92 in the example)
    """
    linkedin_differences: StrictStr
    """
    Differences found between the CV and the LinkedIn profile
    """


class HirempireSpecialQuestion(BaseModel):
    """
    One screening question and the applicant's answer (keys and types from the example only).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    question: StrictStr
    """
    The screening question
    """
    answer: StrictStr
    """
    The applicant's answer
    """


class HirempireMediaQuestions(BaseModel):
    """
    Audio/video response URLs. Both keys are null in every version of the example and the docs give no type for them: any JSON value is accepted (D3, decision D56).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    audio_url: Any
    """
    Audio response URL; shown only as null: type unknown, any JSON value accepted.
    """
    video_url: Any
    """
    Video response URL; shown only as null: type unknown, any JSON value accepted.
    """


class HirempireApplicantAppliedApplicant(BaseModel):
    """
    The candidate who applied, as applicant_applied sends it (16 fields; cv_upload_completed's applicant has 10, meeting_booked's 3: decision D54).
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
    linkedin_url: StrictStr
    """
    LinkedIn profile URL
    """
    cv_url: StrictStr
    """
    CV/resume download URL
    """
    photo: StrictStr
    """
    Profile photo URL
    """
    source: StrictStr
    """
    Application source (e.g. LinkedIn)
    """
    nationality: StrictStr
    """
    Nationality
    """
    location: StrictStr
    """
    Current location
    """
    city: StrictStr | None
    """
    City (nullable)
    """
    years_of_experience: StrictInt | StrictFloat
    """
    Years of experience
    """
    spoken_languages: list[HirempireSpokenLanguage]
    """
    Languages and fluency levels
    """
    ai_evaluation: Annotated[
        HirempireApplicantAppliedAiEvaluation, Field(title="HirempireApplicantAppliedAiEvaluation")
    ]
    """
    AI-powered candidate evaluation, as applicant_applied sends it: 9 fields, 3 more (linkedin_match, linkedin_match_score, linkedin_differences) than cv_upload_completed's (decision D54). Subkey types come from the example only.
    """
    special_questions: list[HirempireSpecialQuestion]
    """
    Answers to custom screening questions
    """
    media_questions: Annotated[HirempireMediaQuestions, Field(title="HirempireMediaQuestions")]
    """
    Audio/video response URLs. Both keys are null in every version of the example and the docs give no type for them: any JSON value is accepted (D3, decision D56).
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


class HirempireApplicantApplied(BaseModel):
    """
    Payload of applicant_applied: sent when a candidate applies to one of your jobs. No `data` wrapper: `job`, `company` and `applicant` sit next to `event` and `timestamp`. The company name is under `company.company` (D53); `applicant` and its `ai_evaluation` are this event's own (D54).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    event: Literal["applicant_applied"]
    """
    Event type identifier (always `applicant_applied` for this payload)
    """
    timestamp: StrictStr
    """
    ISO 8601 timestamp of when the event occurred
    """
    job: HirempireJobReference
    company: HirempireApplicantEventCompany
    applicant: Annotated[
        HirempireApplicantAppliedApplicant, Field(title="HirempireApplicantAppliedApplicant")
    ]
    """
    The candidate who applied, as applicant_applied sends it (16 fields; cv_upload_completed's applicant has 10, meeting_booked's 3: decision D54).
    """
