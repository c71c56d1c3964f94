"""The forwarder's overview: per client company, how many filings are draft, queued, rejected or waiting for
the platform, and since when (the oldest first), over declarations and bookings together."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.core.model.filing import FilingStatus as S
from desktop.core.store.records import Filters

if TYPE_CHECKING:
    from desktop.core.store import Store

#: Overview column -> the filing statuses it counts.
BUCKETS: dict[str, tuple[str, ...]] = {
    "draft": (S.DRAFT,),
    "queued": (S.QUEUED,),
    "rejected": (S.REJECTED, S.FAILED, S.DECLINED),
    "waiting": (S.RECEIVED, S.ACCEPTED, S.INSPECTION, S.REQUESTED),
}


@dataclass
class Bucket:
    count: int = 0
    oldest: str = ""  # updated_at of the longest-waiting filing (ISO, UTC), "" when none
    oldest_id: str = ""


@dataclass
class ClientRow:
    company_id: str
    name: str
    buckets: dict[str, Bucket] = field(default_factory=dict)

    @property
    def oldest(self) -> str:
        """The oldest pending moment over every bucket but drafts' own age ("" when nothing waits)."""
        moments = [b.oldest for b in self.buckets.values() if b.oldest]
        return min(moments) if moments else ""

    @property
    def open_count(self) -> int:
        return sum(b.count for b in self.buckets.values())


def client_overview(store: Store) -> list[ClientRow]:
    """One row per company of the workspace that has filings, the one waiting longest first."""
    rows: list[ClientRow] = []
    for company in store.companies.list():
        row = ClientRow(company.id, company.name_zh or company.name_en)
        for name, statuses in BUCKETS.items():
            bucket = Bucket()
            for repo in (store.declarations, store.bookings):
                filters = Filters(company_id=company.id, status=[str(s) for s in statuses])
                count = repo.count(filters)
                if not count:
                    continue
                bucket.count += count
                first = repo.page(0, 1, sort="updated_at", filters=filters)
                if first and (not bucket.oldest or first[0].updated_at < bucket.oldest):
                    bucket.oldest, bucket.oldest_id = first[0].updated_at, first[0].id
            row.buckets[name] = bucket
        if row.open_count:
            rows.append(row)
    rows.sort(key=lambda r: (r.oldest or "9999", r.name))
    return rows
