# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).

from pydantic import MISSING, BaseModel, ConfigDict, StrictBool, StrictInt, StrictStr


class PaginationMeta(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    has_more: StrictBool
    """
    Whether more results exist beyond this page
    """
    total_count: StrictInt | None | MISSING = MISSING
    """
    Total number of results (if available)
    """
    url: StrictStr | None | MISSING = MISSING
    """
    URL of this resource
    """
