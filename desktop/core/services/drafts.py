"""Draft use cases shared by the GUI and the CLI: validate, derive, save a shipment (refreshing what derives
from it), edit a derived draft, import and export exchange files, and master data.

The shipment is the hub: :func:`save_shipment` stores it and refreshes every declaration and booking derived
from it that is not yet submitted, keeping the values the user set directly on a draft (its ``overrides``).
:func:`edit_declaration` / :func:`edit_booking` set such a value and record its path. Validation checks a
shipment together with what derives from it and labels every problem with its document and field path.

Every function raises :class:`~desktop.core.errors.CoreError` subclasses (``drafts.*`` codes here, ``store.*``
from the store, ``exchange.*`` for unreadable files), never display text.
"""

from __future__ import annotations

from desktop.core.services.exchange_files import (
    ImportResult,
    export_document,
    export_file,
    import_document,
    import_file,
    write_document,
)
from desktop.core.services.master_data import (
    goods_line_from_product,
    save_company,
    save_party,
    save_product,
    suggest_parties,
    suggest_products,
)
from desktop.core.services.shipments import (
    DraftT,
    SaveResult,
    declaring_agent,
    edit_booking,
    edit_declaration,
    refresh_drafts,
    reset_override,
    save_shipment,
)
from desktop.core.services.validation import (
    KINDS,
    Derived,
    DraftsError,
    Problem,
    ValidationReport,
    check_draft,
    derive,
    derive_shipment,
    field_spec_at,
    read_file,
    validate_document,
    validate_file,
)

__all__ = [
    "KINDS",
    "Derived",
    "DraftT",
    "DraftsError",
    "ImportResult",
    "Problem",
    "SaveResult",
    "ValidationReport",
    "check_draft",
    "declaring_agent",
    "derive",
    "derive_shipment",
    "edit_booking",
    "edit_declaration",
    "export_document",
    "export_file",
    "field_spec_at",
    "goods_line_from_product",
    "import_document",
    "import_file",
    "read_file",
    "refresh_drafts",
    "reset_override",
    "save_company",
    "save_party",
    "save_product",
    "save_shipment",
    "suggest_parties",
    "suggest_products",
    "validate_document",
    "validate_file",
    "write_document",
]
