"""Step 11: list and search indexes that end with the row's save order, so PostgreSQL walks a page or a company's
newest search documents straight from an index, as SQLite does.

Every SQLite index ends with the rowid, so ``(company_id, updated_at)`` already orders ``updated_at DESC, rowid
DESC`` and ``search_docs(company_id)`` is ``(company_id, rowid)``: the step changes nothing there. A PostgreSQL
index ends with its last column; the planner then sorts every row of a big company (an "incremental sort") to
break ties by rowid, and a list page at offset 200 000 read 200 000 rows from the table. Here the sort indexes
get the rowid as their last column and the record id as an included column, so a page's ids come from an
index-only scan (``DocumentRepo.page``) and the rows are read for those 100 ids only.
"""

from __future__ import annotations

from desktop.core.store.migrations.runner import Migration, sql_step

#: (index, table, columns before the rowid) of the list indexes of steps 1 and 4
SORT_INDEXES = (
    ("shipments_company_updated", "shipments", "company_id, updated_at"),
    ("shipments_company_created", "shipments", "company_id, created_at"),
    ("shipments_company_reference", "shipments", "company_id, reference"),
    ("shipments_company_contract", "shipments", "company_id, contract_no"),
    ("shipments_company_consignee", "shipments", "company_id, consignee"),
    ("shipments_company_destination", "shipments", "company_id, destination"),
    ("declarations_company_updated", "declarations", "company_id, updated_at"),
    ("declarations_company_created", "declarations", "company_id, created_at"),
    ("declarations_company_status", "declarations", "company_id, status, updated_at"),
    ("declarations_company_contract", "declarations", "company_id, contract_no"),
    ("declarations_company_customs_no", "declarations", "company_id, customs_no"),
    ("declarations_company_consignee", "declarations", "company_id, consignee"),
    ("bookings_company_updated", "bookings", "company_id, updated_at"),
    ("bookings_company_created", "bookings", "company_id, created_at"),
    ("bookings_company_status", "bookings", "company_id, status, updated_at"),
    ("bookings_company_reference", "bookings", "company_id, booking_reference"),
    ("bookings_company_departure", "bookings", "company_id, requested_departure"),
)

#: sort columns whose list had no company index in their order
NEW_INDEXES = (
    ("declarations_company_client_seq", "declarations", "company_id, client_seq_no"),
    ("declarations_company_status_only", "declarations", "company_id, status"),
    ("bookings_company_client_seq", "bookings", "company_id, client_seq_no"),
    ("bookings_company_status_only", "bookings", "company_id, status"),
)

_V11_PG = (
    "\n".join(f"DROP INDEX {name};" for name, _, _ in SORT_INDEXES)
    + "\n"
    + "\n".join(
        f"CREATE INDEX {name} ON {table} ({columns}, rowid) INCLUDE (id);"
        for name, table, columns in (*SORT_INDEXES, *NEW_INDEXES)
    )
    + """
DROP INDEX search_docs_company;
CREATE INDEX search_docs_company ON search_docs (company_id, rowid);
"""
)

# SQLite: the rowid ends every index already; only the sort columns without a company index get one.
_V11 = "\n".join(f"CREATE INDEX {name} ON {table} ({columns});" for name, table, columns in NEW_INDEXES)


STEPS: list[Migration] = [
    sql_step(
        11, "list and search indexes that end with the save order (PostgreSQL: pages from an index)", _V11, _V11_PG
    ),
]
