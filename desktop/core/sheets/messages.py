"""English source messages of the spreadsheet error codes (translated through the ``Error`` context)."""

from __future__ import annotations

from desktop.core.i18n import Plural

MESSAGES: dict[str, str] = {
    "sheet.too_large": "{file}: {size} MB is more than the {limit} MB a spreadsheet may have.",
    "sheet.not_a_workbook": "{file}: not an Excel workbook (.xlsx) or a CSV file.",
    "sheet.zip_bomb": "{file}: the workbook would unpack to {size} MB; it is refused as unsafe.",
    "sheet.unsafe_xml": "{file}: the workbook declares XML entities or a DTD, which Excel never writes; "
                        "it is refused as unsafe.",
    "sheet.damaged": "{file}: the workbook is damaged and cannot be read ({detail}).",
    "sheet.too_many_rows": "{file}: sheet {sheet} has more than {limit} rows; split it into smaller files.",
    "sheet.too_many_columns": "{file}: sheet {sheet} has more than {limit} columns.",
    "sheet.encoding": "{file}: the text is neither UTF-8 nor GB18030; save the CSV as UTF-8.",
    "sheet.no_header": "{file}: no header row with known columns was found (for example 商品名称, Qty, "
                       "Đơn giá); download a template to see the columns.",
    "sheet.no_rows": "{file}: the sheet has a header row but no goods lines under it.",
    "sheet.not_clean": Plural("{count} row(s) have errors: fix them in the file or skip those rows."),
    "sheet.write_failed": "{file}: cannot be written: {detail}",
    "cell.not_a_number": "{value} is not a number.",
    "cell.not_whole": "{value} is not a whole number.",
    "cell.not_a_date": "{value} is not a date.",
    "cell.unknown_unit": "{value} is not a customs unit of measure (for example PCS, KGS, 个, 千克).",
    "cell.unknown_country": "{value} is not a country code or country name.",
    "cell.unknown_currency": "{value} is not a currency code (for example USD, CNY).",
    "cell.unknown_incoterm": "{value} is not an Incoterm (for example FOB, CIF).",
    "cell.unknown_package_type": "{value} is not a package type.",
    "cell.bad_commodity_code": "{value} is not a commodity code (10 digits, dots and spaces allowed).",
    "cell.no_name": "The goods line has no name (Chinese or English).",
    "cell.conflict": "{value} differs from {other} on sheet {sheet} for the same goods line.",
}
