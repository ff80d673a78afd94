# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from pydantic import MISSING, BaseModel, ConfigDict, StrictStr


class APIErrorDetail(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    code: StrictStr
    """
    Machine-readable error code
    """
    message: StrictStr
    """
    Human-readable explanation
    """
    param: StrictStr | None | MISSING = MISSING
    """
    Parameter that caused the error
    """
