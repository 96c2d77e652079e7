"""Exports for the office: sales to XLSX and CSV for the accountant (docs/reports.md)."""

from omigjen_pos.services.exports.sales_export import (
    ExportSummary,
    SalesData,
    SalesExportQuery,
    collect_sales,
    export_sales,
    require_export,
)

__all__ = [
    "ExportSummary",
    "SalesData",
    "SalesExportQuery",
    "collect_sales",
    "export_sales",
    "require_export",
]
