# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Literal

from pydantic import BaseModel, ConfigDict, StrictBool, StrictStr


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


class HirempireJob(BaseModel):
    """
    Job object of job_added, job_activated, job_deactivated and job_deleted (the docs' table for the last three: "Same fields as job_activated"). The values the docs list for career_level, salary_period, job_type, workplace_type and sources are examples ("e.g."), not closed lists (decision D55).
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
    department: StrictStr
    """
    Department name
    """
    job_country: StrictStr
    """
    Job location country
    """
    career_level: StrictStr
    """
    Career level (e.g. C-level, Senior)
    """
    salary_range: StrictStr
    """
    Salary amount (the examples include the currency: "8000 USD")
    """
    salary_period: StrictStr
    """
    Pay period (e.g. Per month, Per year)
    """
    salary_currency: StrictStr
    """
    Currency code
    """
    hide_salary: StrictBool
    """
    Whether salary is hidden from applicants
    """
    job_type: StrictStr
    """
    Employment type (e.g. Full-time, Part-time)
    """
    workplace_type: StrictStr
    """
    Workplace type (e.g. Remote, On-site, Hybrid)
    """
    job_description: StrictStr
    """
    Full job description text
    """
    sources: list[StrictStr]
    """
    Posting sources (e.g. LinkedIn)
    """


class HirempireJobDeactivated(BaseModel):
    """
    Payload of job_deactivated: sent when a job is deactivated. No `data` wrapper: `company` and `job` sit next to `event` and `timestamp`.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    event: Literal["job_deactivated"]
    """
    Event type identifier (always `job_deactivated` for this payload)
    """
    timestamp: StrictStr
    """
    ISO 8601 timestamp of when the event occurred
    """
    company: HirempireCompany
    job: HirempireJob
