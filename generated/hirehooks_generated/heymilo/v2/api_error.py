# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from pydantic import MISSING, BaseModel, ConfigDict, StrictStr

from .api_error_detail import APIErrorDetail


class APIError(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    type: StrictStr
    """
    Error category
    """
    code: StrictStr
    """
    Machine-readable error code
    """
    message: StrictStr
    """
    Human-readable summary
    """
    param: StrictStr | None | MISSING = MISSING
    """
    Top-level parameter that caused the error
    """
    doc_url: StrictStr | None | MISSING = MISSING
    """
    Link to relevant documentation
    """
    errors: list[APIErrorDetail] | MISSING = MISSING
    """
    Detailed per-field validation errors
    """
