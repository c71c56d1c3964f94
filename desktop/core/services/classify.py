"""HS classification use cases: a company's classification history from the workspace, and the one search that
GUI and CLI both call (history first, then the tariffs)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.hsearch import Candidate, HistoryEntry, search

if TYPE_CHECKING:
    from desktop.core.store import Store

#: How many of a company's latest declarations the history reads (goods repeat; old ones add little).
DECLARATIONS_READ = 200


def history(store: Store, company_id: str) -> list[HistoryEntry]:
    """This company's products (master data) and the goods of its earlier declarations, products first."""
    out = [
        HistoryEntry(p.commodity_code, p.name_zh, p.name_en, p.declaration_elements, p.id, "master")
        for p in store.products(company_id).list()
        if p.commodity_code
    ]
    seen = {(e.code, e.name_zh, e.elements) for e in out}
    for declaration in store.declarations.list(company_id, limit=DECLARATIONS_READ):
        for item in declaration.items:
            key = (item.code_ts, item.g_name, item.g_model)
            if item.code_ts and key not in seen:
                seen.add(key)
                out.append(HistoryEntry(item.code_ts, item.g_name, "", item.g_model, "", "declaration"))
    return out


def classify(
    query: str, lang: str = "en", store: Store | None = None, company_id: str = "", limit: int = 20
) -> list[Candidate]:
    """Candidates for ``query``: with a workspace and a company, its own history comes first."""
    entries = history(store, company_id) if store is not None and company_id else []
    return search(query, lang, entries, limit)
