"""SAF-T Cash Register export: one shop's journal and transactions for a period
as Skatteetaten's XML (schema v1.00), validated before it is handed out
(docs/saft.md)."""

from omigjen_pos.services.saft.export import (
    SaftMismatch,
    SaftSummary,
    default_file_name,
    export_saft,
    require_saft_export,
)
from omigjen_pos.services.saft.schema import SaftInvalid, saft_schema, validate_saft

__all__ = [
    "SaftInvalid",
    "SaftMismatch",
    "SaftSummary",
    "default_file_name",
    "export_saft",
    "require_saft_export",
    "saft_schema",
    "validate_saft",
]
