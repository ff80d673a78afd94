# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, StrictStr


class HirempireMeetingBookedApplicant(BaseModel):
    """
    The candidate the meeting is with, as meeting_booked sends it: 3 fields (decision D54).
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
    Applicant full name
    """
    email: StrictStr
    """
    Applicant email
    """


class HirempireMeetingOrganizer(BaseModel):
    """
    Who organised the meeting (the employer's side, not the candidate).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: StrictStr
    """
    Organizer's name
    """
    email: StrictStr
    """
    Organizer's email
    """


class HirempireMeeting(BaseModel):
    """
    The scheduled meeting.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: StrictStr
    """
    Unique meeting identifier
    """
    scheduled_at: StrictStr
    """
    ISO 8601 scheduled date and time
    """
    duration_minutes: StrictInt | StrictFloat
    """
    Meeting duration in minutes
    """
    meeting_type: StrictStr
    """
    Type of meeting (e.g. Interview)
    """
    meeting_link: StrictStr
    """
    Video call link
    """
    organizer: Annotated[HirempireMeetingOrganizer, Field(title="HirempireMeetingOrganizer")]
    """
    Who organised the meeting (the employer's side, not the candidate).
    """


class HirempireCompany(BaseModel):
    """
    Company object of job_added, job_activated, job_deactivated, job_deleted and meeting_booked: the company name is under `name` (applicant_applied and cv_upload_completed put it under `company`, see HirempireApplicantEventCompany; decision D53).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: StrictStr
    """
    Unique company identifier
    """
    name: StrictStr
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


class HirempireMeetingBooked(BaseModel):
    """
    Payload of meeting_booked: sent when a meeting is successfully scheduled via Hirempire. No `data` wrapper: `company`, `job`, `applicant` and `meeting` sit next to `event` and `timestamp`. The company name is under `company.name` (D53); `applicant` is this event's own (D54).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    event: Literal["meeting_booked"]
    """
    Event type identifier (always `meeting_booked` for this payload)
    """
    timestamp: StrictStr
    """
    ISO 8601 timestamp of when the event occurred
    """
    company: HirempireCompany
    job: HirempireJobReference
    applicant: Annotated[HirempireMeetingBookedApplicant, Field(title="HirempireMeetingBookedApplicant")]
    """
    The candidate the meeting is with, as meeting_booked sends it: 3 fields (decision D54).
    """
    meeting: Annotated[HirempireMeeting, Field(title="HirempireMeeting")]
    """
    The scheduled meeting.
    """
