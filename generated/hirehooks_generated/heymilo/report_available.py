# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from typing import Annotated, Any

from pydantic import (
    MISSING,
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
)


class BaseWebInterviewConfig(BaseModel):
    """
    Default web interview config (backdrop, avatar, branding)
    """

    model_config = ConfigDict(
        extra="allow",
    )
    backdrop_image_url: StrictStr | None
    """
    Backdrop image URL. Shown only as null in the example; typed string or null like the same field of posting_info's web_interview_config.
    """
    avatar_image_url: StrictStr | None
    """
    Avatar image URL. Shown only as null in the example; typed string or null like the same field of posting_info's web_interview_config.
    """
    remove_heymilo_branding: Any
    """
    Whether HeyMilo branding is removed. Only ever shown as null: type unknown, any JSON value accepted.
    """
    intro_message: StrictStr | None
    """
    Interview intro message. Shown only as null in the example; typed string or null like the same field of posting_info's web_interview_config.
    """
    outro_message: StrictStr | None
    """
    Interview outro message. Shown only as null in the example; typed string or null like the same field of posting_info's web_interview_config.
    """
    welcome_back_message: StrictStr | None
    """
    Welcome-back message. Shown only as null in the example; typed string or null like the same field of posting_info's web_interview_config.
    """


class CompanyInfo(BaseModel):
    """
    Full company/workspace configuration (interview_data_model.company_info).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    company_id: StrictStr
    """
    Unique company identifier
    """
    workspace_id: StrictStr
    """
    Workspace identifier
    """
    created_at: StrictInt | StrictFloat
    """
    Unix timestamp when the company was created
    """
    updated_at: StrictInt | StrictFloat | None
    """
    Unix timestamp of last update
    """
    created_by: StrictStr
    """
    Creator identifier
    """
    name: StrictStr
    """
    Company name
    """
    image_url: StrictStr
    """
    Company logo URL
    """
    intro_message: StrictStr | None
    """
    Custom intro message
    """
    company_background: StrictStr | None
    """
    Company background info
    """
    voice_id: StrictStr | None
    """
    Default voice ID for interviews
    """
    knowledge_base: dict[str, Any] | None
    """
    Company knowledge base configuration
    """
    interview_domain: StrictStr | None
    """
    Custom interview domain
    """
    interview_domain_id: StrictStr | None
    """
    Custom interview domain ID
    """
    sender_email_id: StrictStr | None
    """
    Sender email configuration ID
    """
    address: StrictStr | None
    """
    Company address
    """
    address_data: dict[str, Any] | None
    """
    Structured address data
    """
    timezone: StrictStr | None
    """
    Company timezone
    """
    base_web_interview_config: Annotated[BaseWebInterviewConfig, Field(title="BaseWebInterviewConfig")]
    """
    Default web interview config (backdrop, avatar, branding)
    """
    message_settings: dict[str, Any] | None
    """
    Messaging configuration
    """
    sms_agent_config: dict[str, Any] | None
    """
    SMS agent configuration
    """
    pdf_generation_config: dict[str, Any] | None
    """
    PDF report generation settings
    """
    cheat_detection: dict[str, Any] | None
    """
    Cheat detection configuration
    """
    allow_white_labeling: StrictBool | None
    """
    Whether white labeling is enabled
    """
    disable_all_candidate_communications: StrictBool | None
    """
    Whether all candidate communications are disabled
    """
    interview_completion_confidence_threshold: Annotated[StrictInt | StrictFloat, Field(ge=0.0, le=1.0)]
    """
    Confidence threshold for interview completion (0-1)
    """
    retention_policy_days: StrictInt | None
    """
    Data retention policy in days
    """
    video_cheat_detection_enabled: StrictBool | None
    """
    Whether video cheat detection is enabled
    """
    form_agent_enabled: StrictBool | None
    """
    Whether form agent is enabled
    """
    calendar_management_enabled: StrictBool | None
    """
    Whether calendar management is enabled
    """
    email_templates_enabled: StrictBool | None
    """
    Whether email templates are enabled
    """
    phone_calls_enabled: StrictBool | None
    """
    Whether phone calls are enabled
    """
    profile_picture_processing: StrictBool | None
    """
    Whether profile picture processing is enabled
    """
    chat_agent_enabled: StrictBool | None
    """
    Whether chat agent is enabled
    """
    copilot_enabled: StrictBool | None
    """
    Whether copilot is enabled
    """
    design_templates_enabled: StrictBool | None
    """
    Whether design templates are enabled
    """
    interview_templates_enabled: StrictBool | None
    """
    Whether interview templates are enabled
    """
    sourcing_configs_enabled: StrictBool | None
    """
    Whether sourcing configs are enabled
    """
    pbac_enabled: StrictBool | None
    """
    Whether permissions-based access control is enabled
    """
    email_report_to_candidate_enabled: StrictBool | None
    """
    Whether email reports to candidates are enabled
    """


class WebInterviewStageMetadata(BaseModel):
    """
    Web interview metadata (score, highlights, recording links)
    """

    model_config = ConfigDict(
        extra="allow",
    )
    final_score: StrictInt | StrictFloat
    """
    Final interview score
    """
    skill_highlights: list[StrictStr]
    """
    List of skill tags (strings)
    """
    audio_recording_link: StrictStr
    """
    URL to audio recording
    """
    video_recording_link: StrictStr
    """
    URL to video recording
    """


class StageMetadata(BaseModel):
    """
    Per-stage metadata (resume, web_interview, sms, form)
    """

    model_config = ConfigDict(
        extra="allow",
    )
    resume: dict[str, Any] | None
    """
    Resume metadata (null if no resume step)
    """
    web_interview: Annotated[WebInterviewStageMetadata | None, Field(title="WebInterviewStageMetadata")]
    """
    Web interview metadata (score, highlights, recording links)
    """
    sms: dict[str, Any] | None
    """
    SMS screening metadata (null if no SMS step)
    """
    form: dict[str, Any] | None
    """
    Form screening metadata (null if no form step)
    """


class RootLevelConfigs(BaseModel):
    """
    Top-level agent configuration
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instructions: StrictStr
    """
    Interviewer instructions. Shown only in the example
    """
    company_overview: StrictStr
    """
    Company overview. Shown only in the example
    """
    job_overview: StrictStr | None
    """
    Job overview. Shown only in the example: null in root_level_configs, a string in agentic_workflow[].config
    """
    interview_process_overview: Any
    """
    Interview process overview. Only ever shown as null: type unknown, any JSON value accepted.
    """
    company_overview_delivery_mode: StrictStr | None
    """
    Delivery mode of the company overview (e.g., summarized_delivery). Shown only in the example: a string in root_level_configs, null in agentic_workflow[].config
    """
    job_overview_delivery_mode: StrictStr | None
    """
    Delivery mode of the job overview (e.g., exact_delivery). Shown only in the example: a string in root_level_configs, null in agentic_workflow[].config
    """
    interview_process_overview_delivery_mode: StrictStr | None
    """
    Delivery mode of the interview process overview. Shown only in the example: a string in root_level_configs, null in agentic_workflow[].config
    """
    language: StrictStr
    """
    Interview language (e.g., en). Shown only in the example
    """
    interviewer_name: StrictStr
    """
    Name the AI interviewer uses. Shown only in the example
    """
    is_multilingual: StrictBool
    """
    Whether the interview is multilingual. Shown only in the example
    """


class VapiCallConfig(BaseModel):
    """
    Voice-call settings of the web interview. Shown only in the example
    """

    model_config = ConfigDict(
        extra="allow",
    )
    end_call_message: StrictStr
    """
    Message spoken when the call ends. Shown only in the example
    """
    idle_message_max_spoken_count: Any
    """
    Maximum number of idle messages spoken. Only ever shown as null: type unknown, any JSON value accepted.
    """
    idle_timeout_seconds: StrictInt | StrictFloat
    """
    Idle timeout in seconds. Shown only in the example
    """
    wait_seconds: StrictInt | StrictFloat
    """
    Wait time in seconds. Shown only in the example
    """
    backoff_seconds: StrictInt | StrictFloat
    """
    Backoff time in seconds. Shown only in the example
    """
    llm_model: Any
    """
    LLM model used for the call. Only ever shown as null: type unknown, any JSON value accepted.
    """
    llm_temperature: StrictInt | StrictFloat
    """
    LLM sampling temperature. Shown only in the example
    """


class WebInterviewConfig(BaseModel):
    """
    Web interview configuration of an agentic workflow step. Shown only in the example
    """

    model_config = ConfigDict(
        extra="allow",
    )
    backdrop_image_url: StrictStr | None
    """
    Backdrop image URL. Shown only in the example: a string here, null in company_info.base_web_interview_config
    """
    avatar_image_url: StrictStr | None
    """
    Avatar image URL. Shown only in the example: a string here, null in company_info.base_web_interview_config
    """
    remove_heymilo_branding: Any
    """
    Whether HeyMilo branding is removed. Only ever shown as null: type unknown, any JSON value accepted.
    """
    intro_message: StrictStr | None
    """
    Interview intro message template. Shown only in the example: a string here, null in company_info.base_web_interview_config
    """
    outro_message: StrictStr | None
    """
    Interview outro message template. Shown only in the example: a string here, null in company_info.base_web_interview_config
    """
    welcome_back_message: StrictStr | None
    """
    Welcome-back message. Shown only in the example: a string here, null in company_info.base_web_interview_config
    """
    min_duration_seconds: Any
    """
    Minimum interview duration in seconds. Only ever shown as null: type unknown, any JSON value accepted.
    """
    max_duration_seconds: Any
    """
    Maximum interview duration in seconds. Only ever shown as null: type unknown, any JSON value accepted.
    """
    show_transcript: StrictBool
    """
    Whether the transcript is shown to the candidate. Shown only in the example
    """
    candidate_presence_enabled: StrictBool
    """
    Whether candidate presence detection is enabled. Shown only in the example
    """
    vapi_call_config: Annotated[VapiCallConfig, Field(title="VapiCallConfig")]
    """
    Voice-call settings of the web interview. Shown only in the example
    """


class CheatDetectionConfig(BaseModel):
    """
    Cheat detection settings of an agentic workflow step. Shown only in the example
    """

    model_config = ConfigDict(
        extra="allow",
    )
    enabled: StrictBool
    """
    Whether cheat detection is enabled. Shown only in the example
    """
    threshold: StrictInt | StrictFloat
    """
    Cheat detection threshold. Shown only in the example
    """
    types: list[Any]
    """
    Cheat detection types. Shown only in the example, only as an empty array: item type unknown, any JSON value accepted
    """


class AgentConfig(BaseModel):
    """
    Configuration of an agentic workflow step. Shown only in the example
    """

    model_config = ConfigDict(
        extra="allow",
    )
    instructions: StrictStr
    """
    Interviewer instructions. Shown only in the example
    """
    company_overview: StrictStr
    """
    Company overview. Shown only in the example
    """
    job_overview: StrictStr | None
    """
    Job overview. Shown only in the example: null in root_level_configs, a string in agentic_workflow[].config
    """
    interview_process_overview: Any
    """
    Interview process overview. Only ever shown as null: type unknown, any JSON value accepted.
    """
    company_overview_delivery_mode: StrictStr | None
    """
    Delivery mode of the company overview (e.g., summarized_delivery). Shown only in the example: a string in root_level_configs, null in agentic_workflow[].config
    """
    job_overview_delivery_mode: StrictStr | None
    """
    Delivery mode of the job overview (e.g., exact_delivery). Shown only in the example: a string in root_level_configs, null in agentic_workflow[].config
    """
    interview_process_overview_delivery_mode: StrictStr | None
    """
    Delivery mode of the interview process overview. Shown only in the example: a string in root_level_configs, null in agentic_workflow[].config
    """
    language: StrictStr
    """
    Interview language (e.g., en). Shown only in the example
    """
    interviewer_name: StrictStr
    """
    Name the AI interviewer uses. Shown only in the example
    """
    is_multilingual: StrictBool
    """
    Whether the interview is multilingual. Shown only in the example
    """
    video: StrictBool
    """
    Whether video is enabled. Shown only in the example
    """
    phone_calls_enabled: StrictBool
    """
    Whether phone calls are enabled. Shown only in the example
    """
    voice_id: StrictStr
    """
    Voice ID for the interviewer. Shown only in the example
    """
    interview_type: StrictStr
    """
    Interview type (e.g., voice). Shown only in the example
    """
    prompt_version: StrictStr
    """
    Prompt version (e.g., v2). Shown only in the example
    """
    web_interview_config: Annotated[WebInterviewConfig, Field(title="WebInterviewConfig")]
    """
    Web interview configuration of an agentic workflow step. Shown only in the example
    """
    min_evaluation_score: StrictInt | StrictFloat
    """
    Minimum evaluation score. Shown only in the example
    """
    num_questions: StrictInt | StrictFloat
    """
    Number of questions. Shown only in the example
    """
    cheat_detection_config: Annotated[CheatDetectionConfig, Field(title="CheatDetectionConfig")]
    """
    Cheat detection settings of an agentic workflow step. Shown only in the example
    """


class AgenticWorkflowStep(BaseModel):
    """
    One agent workflow step with its configuration (posting_info.agentic_workflow[])
    """

    model_config = ConfigDict(
        extra="allow",
    )
    type: StrictStr
    """
    Step type (e.g., web_interview). Shown only in the example
    """
    config: Annotated[AgentConfig, Field(title="AgentConfig")]
    """
    Configuration of an agentic workflow step. Shown only in the example
    """
    unique_id: Any
    """
    Unique ID of the step. Only ever shown as null: type unknown, any JSON value accepted.
    """


class WorkflowDefinition(BaseModel):
    """
    The workflow record. Shown only in the example
    """

    model_config = ConfigDict(
        extra="allow",
    )
    workflow_id: StrictStr
    """
    Workflow identifier. Shown only in the example
    """
    posting_id: StrictStr
    """
    The job posting ID. Shown only in the example
    """
    created_at: StrictInt | StrictFloat
    """
    Unix timestamp when the workflow was created. Shown only in the example
    """


class WorkflowDefinitionStep(BaseModel):
    """
    One step of the workflow definition. Shown only in the example
    """

    model_config = ConfigDict(
        extra="allow",
    )
    step_id: StrictStr
    """
    Step identifier. Shown only in the example
    """
    workflow_id: StrictStr
    """
    Workflow identifier. Shown only in the example
    """
    step_type: StrictStr
    """
    Step type (e.g., web_interview). Shown only in the example
    """
    rank: StrictInt | StrictFloat
    """
    Position of the step. Shown only in the example
    """
    details: StrictStr
    """
    Step details. Shown only in the example
    """
    created_at: StrictInt | StrictFloat
    """
    Unix timestamp when the step was created. Shown only in the example
    """
    depends_on: Any
    """
    Step this step depends on. Only ever shown as null: type unknown, any JSON value accepted.
    """


class StepWorkflow(BaseModel):
    """
    Workflow definition with steps and dependencies
    """

    model_config = ConfigDict(
        extra="allow",
    )
    workflow: Annotated[WorkflowDefinition, Field(title="WorkflowDefinition")]
    """
    The workflow record. Shown only in the example
    """
    steps: list[WorkflowDefinitionStep]
    """
    Steps of the workflow. Shown only in the example
    """


class PostingInfo(BaseModel):
    """
    Full job posting configuration (interview_data_model.posting_info).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    posting_id: StrictStr
    """
    Unique posting identifier
    """
    title: StrictStr
    """
    Job title
    """
    name: StrictStr
    """
    URL-friendly posting name
    """
    internal_name: StrictStr | None
    """
    Internal posting name
    """
    description: StrictStr
    """
    Job description (HTML)
    """
    root_level_configs: Annotated[RootLevelConfigs, Field(title="RootLevelConfigs")]
    """
    Top-level agent configuration
    """
    company_id: StrictStr
    """
    Company identifier
    """
    created_at: StrictInt | StrictFloat
    """
    Unix timestamp when the posting was created
    """
    last_updated: StrictInt | StrictFloat
    """
    Unix timestamp when the posting was last updated
    """
    archived: StrictBool
    """
    Whether the posting is archived
    """
    deadline: StrictInt | StrictFloat
    """
    Posting deadline (Unix timestamp)
    """
    finalized: StrictBool
    """
    Whether the posting is finalized
    """
    test_posting: StrictBool
    """
    Whether this is a test posting
    """
    agentic_workflow: list[AgenticWorkflowStep]
    """
    List of agent workflow steps with configurations
    """
    step_workflow: Annotated[StepWorkflow, Field(title="StepWorkflow")]
    """
    Workflow definition with steps and dependencies
    """
    phone_number_id: StrictStr | None
    """
    Associated phone number ID
    """
    sender_email_id: StrictStr
    """
    Sender email ID
    """
    email_template_group_id: StrictStr | None
    """
    Email template group ID
    """
    design_template_group_id: StrictStr | None
    """
    Design template group ID
    """
    sourcing_config_ids: list[StrictStr]
    """
    List of sourcing config IDs
    """
    redirect_url: StrictStr | None
    """
    Post-interview redirect URL
    """
    scheduling_url: StrictStr | None
    """
    Scheduling page URL
    """
    event_slug: StrictStr | None
    """
    Calendar event slug
    """
    cal_team_id: StrictStr | None
    """
    Calendar team ID
    """
    team_slug: StrictStr | None
    """
    Team slug
    """
    mascot_url: StrictStr
    """
    Mascot image URL
    """
    mascot_id: StrictStr
    """
    Mascot identifier
    """
    days_to_complete: StrictInt | None
    """
    Days allowed to complete the interview
    """
    ats_metadata: dict[str, Any] | None
    """
    ATS integration metadata
    """
    allow_sms_comms: StrictBool
    """
    Whether SMS communications are enabled
    """
    max_retakes: StrictInt | None
    """
    Maximum number of interview retakes
    """
    retake_cooldown_days: StrictInt | None
    """
    Cooldown period between retakes
    """
    is_template: StrictBool
    """
    Whether this posting is a template
    """
    email_report_to_candidate: StrictBool
    """
    Whether to email reports to candidates
    """


class ReportIngestionMetadata(BaseModel):
    """
    The shape the report's table gives (the same as interview_started's inner metadata).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    source: StrictStr
    """
    How the candidate was ingested (e.g., user_ingestion)
    """
    job_id: StrictStr
    """
    The job/posting ID associated with the ingestion
    """
    candidate_metadata_id: StrictStr | MISSING = MISSING
    """
    Identifier of the candidate-metadata record (a UUID in the example)
    """
    resume_url: StrictStr | MISSING = MISSING
    """
    URL of the candidate's resume
    """


class ReportResumeMetadata(BaseModel):
    """
    The shape the report's example shows.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    source: StrictStr | MISSING = MISSING
    """
    How the candidate was ingested (e.g., user_ingestion)
    """
    job_id: StrictStr | MISSING = MISSING
    """
    The job/posting ID associated with the ingestion
    """
    candidate_metadata_id: StrictStr
    """
    Identifier of the candidate-metadata record (a UUID in the example)
    """
    resume_url: StrictStr
    """
    URL of the candidate's resume
    """


class ReportInnerMetadata(RootModel[ReportIngestionMetadata | ReportResumeMetadata | None]):
    root: Annotated[ReportIngestionMetadata | ReportResumeMetadata | None, Field(title="ReportInnerMetadata")]
    """
    Inner metadata of report_available, in either documented shape or both (decision D48): the table's ("same structure as interview_started": source and job_id) or the example's (candidate_metadata_id and resume_url); null if no additional context is available.
    """


class TranscriptEntry(BaseModel):
    """
    One spoken turn: used by scorecard questions' chat_transcript and by the full transcript.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    speaker: StrictStr
    """
    Who spoke (Candidate, bot, user)
    """
    text: StrictStr
    """
    The spoken text
    """
    timestamp: StrictInt
    """
    Timestamp offset in seconds from interview start
    """
    timestamp_str: StrictStr
    """
    Human-readable timestamp (e.g., "04:34")
    """


class InterviewSummary(BaseModel):
    """
    High-level interview summary with highlights and match score
    """

    model_config = ConfigDict(
        extra="allow",
    )
    interview_id: StrictStr
    """
    Interview identifier
    """
    highlights: list[StrictStr]
    """
    List of candidate strengths (strings)
    """
    lowlights: list[StrictStr]
    """
    List of candidate weaknesses or gaps (strings)
    """
    match_score: Annotated[StrictInt, Field(ge=0, le=100)]
    """
    Overall match score (0-100)
    """


class Communication(BaseModel):
    """
    Communication and speech quality evaluation
    """

    model_config = ConfigDict(
        extra="allow",
    )
    interview_id: StrictStr
    """
    Interview identifier
    """
    speech_score: StrictInt | StrictFloat
    """
    Overall speech/communication score (-1 if not scored)
    """
    evaluations: list[dict[str, Any]]
    """
    List of communication evaluation objects (can be empty)
    """
    template_id: StrictStr | None
    """
    Template ID used for evaluation (if applicable)
    """


class Transcript(BaseModel):
    """
    Full interview transcript
    """

    model_config = ConfigDict(
        extra="allow",
    )
    interview_id: StrictStr
    """
    Interview identifier
    """
    transcript: list[TranscriptEntry]
    """
    List of transcript entry objects
    """


class StepStatusDetails(BaseModel):
    """
    Human-readable status details (details, title, description)
    """

    model_config = ConfigDict(
        extra="allow",
    )
    details: StrictStr
    """
    Status detail text
    """
    title: StrictStr
    """
    Status title
    """
    description: StrictStr
    """
    Status description
    """


class StateFlags(BaseModel):
    """
    Boolean state flags for the step
    """

    model_config = ConfigDict(
        extra="allow",
    )
    is_completed: StrictBool
    """
    Whether the step is fully completed
    """
    is_incomplete: StrictBool
    """
    Whether the step is incomplete
    """
    is_analyzing_call: StrictBool
    """
    Whether AI analysis is in progress
    """
    is_in_progress: StrictBool
    """
    Whether the step is currently in progress
    """


class WorkflowStep(BaseModel):
    """
    Status of one workflow step (workflow_status.step_by_step[]).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    complete: StrictBool
    """
    Whether this step is complete
    """
    required: StrictBool
    """
    Whether this step is required
    """
    order: StrictInt
    """
    Position in the workflow sequence (1-based)
    """
    id: StrictStr
    """
    Step identifier (e.g., web_interview, resume_upload)
    """
    started: StrictBool
    """
    Whether the candidate has started this step
    """
    details: Annotated[StepStatusDetails | None, Field(title="StepStatusDetails")]
    """
    Human-readable status details (details, title, description)
    """
    raw_status: StrictStr
    """
    Internal status code (e.g., INTERVIEW_PROCESSED_RAW_FILES)
    """
    last_updated_timestamp: StrictInt | StrictFloat
    """
    Unix timestamp of the last update to this step
    """
    knocked_out: StrictBool
    """
    Whether the candidate was disqualified at this step
    """
    completion_percentage: Annotated[StrictInt | StrictFloat, Field(ge=0.0, le=1.0)]
    """
    Step completion progress (0 to 1)
    """
    completion_metadata: dict[str, Any] | None
    """
    Additional completion metadata
    """
    is_analyzing_call: StrictBool
    """
    Whether AI analysis is still in progress
    """
    total_duration: StrictInt | StrictFloat | None
    """
    Total duration of the step in seconds
    """
    state_flags: Annotated[StateFlags, Field(title="StateFlags")]
    """
    Boolean state flags for the step
    """


class WorkflowStatus(BaseModel):
    """
    Detailed workflow step statuses
    """

    model_config = ConfigDict(
        extra="allow",
    )
    interview_id: StrictStr
    """
    Interview identifier
    """
    step_by_step: list[WorkflowStep]
    """
    List of workflow step status objects
    """
    all_complete: StrictBool
    """
    Whether all required steps are complete
    """
    last_engagement: StrictInt | StrictFloat
    """
    Unix timestamp of the last candidate interaction
    """
    metadata: dict[str, Any] | None
    """
    Additional workflow metadata
    """


class InterviewDetails(BaseModel):
    """
    Core interview details (candidate info, workflow, metadata): interview_data_model.details.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    interview_id: StrictStr
    """
    Interview identifier
    """
    candidate_id: StrictStr
    """
    Unique identifier for the candidate
    """
    interviewed_on: StrictInt | StrictFloat
    """
    Unix timestamp when the interview was conducted
    """
    score: StrictInt | StrictFloat
    """
    Overall score
    """
    name: StrictStr
    """
    Candidate's full name
    """
    email: StrictStr
    """
    Candidate's email address
    """
    actions: dict[str, Any] | None
    """
    Available actions for this interview
    """
    status: StrictStr | None
    """
    Interview status
    """
    workflow_status: Annotated[WorkflowStatus, Field(title="WorkflowStatus")]
    """
    Detailed workflow step statuses
    """
    metadata: Annotated[StageMetadata, Field(title="StageMetadata")]
    """
    Per-stage metadata (resume, web_interview, sms, form)
    """
    candidate_feedback: dict[str, Any] | None
    """
    Candidate's feedback on the interview
    """
    candidate_next_steps: dict[str, Any] | None
    """
    Next steps for the candidate
    """
    candidate_interview_url: StrictStr
    """
    The candidate-facing interview URL
    """


class ReportCandidateMetadata(BaseModel):
    """
    Candidate metadata of report_available: the same outer structure as interview_started; the inner metadata in the table's shape, the example's, or both.
    """

    model_config = ConfigDict(
        extra="allow",
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
    metadata: ReportInnerMetadata | None


class ScorecardQuestion(BaseModel):
    """
    A scored interview question (scorecard.questions[]).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    question_id: StrictStr
    """
    Unique identifier for the question
    """
    question: StrictStr
    """
    The interview question text
    """
    evaluation_summary: StrictStr
    """
    AI-generated summary of the candidate's answer
    """
    evaluation_criteria: StrictStr
    """
    The criteria used for evaluation
    """
    preview_timestamp: StrictInt
    """
    Timestamp offset (seconds) for the answer preview
    """
    evaluation_score: Annotated[StrictInt, Field(ge=1, le=10)]
    """
    Score for this question (1-10)
    """
    rank: StrictInt
    """
    Ranking position of this question
    """
    chat_transcript: list[TranscriptEntry]
    """
    Relevant transcript excerpts for this question
    """
    score_of_1: StrictStr
    """
    Description of what constitutes the lowest score
    """
    score_of_5: StrictStr
    """
    Description of what constitutes the highest score
    """
    score_weight: StrictInt
    """
    Weight multiplier for this question's score
    """
    not_scored: StrictBool
    """
    Whether this question was excluded from scoring
    """
    extracted_text: Any | MISSING = MISSING
    """
    Shown only in the interview_data_model copy of the example, and only as null: type unknown, any JSON value accepted; optional.
    """


class Scorecard(BaseModel):
    """
    Detailed question-by-question scoring
    """

    model_config = ConfigDict(
        extra="allow",
    )
    interview_id: StrictStr
    """
    Interview identifier
    """
    match_details: list[StrictStr]
    """
    List of match assessment details (strings)
    """
    questions: list[ScorecardQuestion]
    """
    List of scored question objects
    """
    tags: list[StrictStr]
    """
    Skill tags identified during the interview
    """


class WebInterviewInfo(BaseModel):
    """
    AI analysis of a web/voice interview; null when the interview has no web step. Sent twice in report_available (agentic_data and interview_data_model), which the docs call duplicated.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    summary: Annotated[InterviewSummary, Field(title="InterviewSummary")]
    """
    High-level interview summary with highlights and match score
    """
    scorecard: Annotated[Scorecard, Field(title="Scorecard")]
    """
    Detailed question-by-question scoring
    """
    communication: Annotated[Communication, Field(title="Communication")]
    """
    Communication and speech quality evaluation
    """
    transcript: Annotated[Transcript, Field(title="Transcript")]
    """
    Full interview transcript
    """
    audio_recording_link: StrictStr
    """
    URL to the audio recording of the interview
    """
    video_recording_link: StrictStr
    """
    URL to the video recording (if video enabled)
    """


class AgenticData(BaseModel):
    """
    AI-generated analysis data (summary, scorecard, transcript, etc.)
    """

    model_config = ConfigDict(
        extra="allow",
    )
    web_interview_info: WebInterviewInfo | None


class InterviewDataModel(BaseModel):
    """
    Full interview record with candidate details, company & posting info
    """

    model_config = ConfigDict(
        extra="allow",
    )
    interview_id: StrictStr
    """
    Unique identifier for the interview
    """
    details: InterviewDetails
    company_info: CompanyInfo
    posting_info: PostingInfo
    web_interview_info: WebInterviewInfo | None
    resume_interview_info: dict[str, Any] | None
    """
    Resume screening analysis (null if no resume step)
    """
    sms_interview_info: dict[str, Any] | None
    """
    SMS screening analysis (null if no SMS step)
    """
    form_interview_info: dict[str, Any] | None
    """
    Form screening analysis (null if no form step)
    """


class ReportAvailable(BaseModel):
    """
    Payload of report_available: sent when the AI-generated interview report is ready (scores, highlights, scorecard, communication evaluation, transcript, interview data model, company info and posting info).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    interview_id: StrictStr
    """
    Unique identifier for the interview
    """
    posting_id: StrictStr
    """
    The job posting ID
    """
    metadata: ReportCandidateMetadata
    report_url: StrictStr
    """
    Direct URL to download the generated PDF report
    """
    timestamp: StrictInt | StrictFloat
    """
    Unix timestamp when the report became available
    """
    interview_type: StrictStr
    """
    Type of interview (e.g., web_interview)
    """
    agentic_data: Annotated[AgenticData, Field(title="AgenticData")]
    """
    AI-generated analysis data (summary, scorecard, transcript, etc.)
    """
    interview_data_model: Annotated[InterviewDataModel, Field(title="InterviewDataModel")]
    """
    Full interview record with candidate details, company & posting info
    """
