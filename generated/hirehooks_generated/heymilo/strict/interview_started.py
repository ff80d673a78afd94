# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from pydantic import BaseModel, ConfigDict, StrictFloat, StrictInt, StrictStr


class IngestionMetadata(BaseModel):
    """
    Inner metadata of interview_started: additional ingestion metadata; null if no additional ingestion context is available.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    source: StrictStr
    """
    How the candidate was ingested (e.g., user_ingestion)
    """
    job_id: StrictStr
    """
    The job/posting ID associated with the ingestion
    """


class CandidateMetadata(BaseModel):
    """
    Candidate metadata object of interview_started: who the candidate is, plus ingestion metadata.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    candidate_name: StrictStr
    """
    Candidate's full name
    """
    candidate_email: StrictStr
    """
    Candidate's email address
    """
    candidate_id: StrictStr
    """
    Unique identifier for the candidate
    """
    metadata: IngestionMetadata | None


class InterviewStarted(BaseModel):
    """
    Payload of interview_started: sent when a candidate begins an interview session.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    interview_id: StrictStr
    """
    Unique identifier for the interview
    """
    posting_id: StrictStr
    """
    The job posting ID
    """
    timestamp: StrictInt | StrictFloat
    """
    Unix timestamp when the interview started
    """
    metadata: CandidateMetadata
