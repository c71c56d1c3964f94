"""The names users know the code tables by ("the package type table", 包装种类代码表), for messages that name a
table; the table ids (``package_type``) stay in files and logs."""

from __future__ import annotations

from desktop.core import i18n

CONTEXT = "CodeTable"


def N_(context: str, source: str) -> str:
    del context
    return source


#: table id -> English source of its name (translated in the "CodeTable" context)
TITLES: dict[str, str] = {
    "container_size": N_("CodeTable", "container size table"),
    "country": N_("CodeTable", "country (region) table"),
    "currency": N_("CodeTable", "currency table"),
    "customs_district": N_("CodeTable", "customs office table"),
    "cut_mode": N_("CodeTable", "levy nature table"),
    "duty_mode": N_("CodeTable", "duty mode table"),
    "edoc": N_("CodeTable", "attached document type table"),
    "entry_type": N_("CodeTable", "declaration type table"),
    "fee_mark": N_("CodeTable", "charge mark table"),
    "hs": N_("CodeTable", "commodity code table"),
    "imo_class": N_("CodeTable", "IMO dangerous goods class table"),
    "incoterm": N_("CodeTable", "Incoterms table"),
    "iso_size_type": N_("CodeTable", "ISO container size and type table"),
    "locode": N_("CodeTable", "port and place (UN/LOCODE) table"),
    "package_type": N_("CodeTable", "package type table"),
    "rec21_package": N_("CodeTable", "package type (Rec 21) table"),
    "trade_mode": N_("CodeTable", "supervision mode table"),
    "transaction_mode": N_("CodeTable", "transaction mode table"),
    "transport_mode": N_("CodeTable", "transport mode table"),
    "unit": N_("CodeTable", "unit of measure table"),
}


def title(table_id: str, lang: str) -> str:
    """The name of table ``table_id`` in ``lang``; an unknown id names itself."""
    source = TITLES.get(table_id)
    return i18n.translate(CONTEXT, source, lang) if source else table_id
