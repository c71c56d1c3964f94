"""The backend's master data: a company's parties and products, product suggestions, HS classification and
the Chinese tariff's lines and units."""

from __future__ import annotations

from typing import Any


class MasterDataMixin:
    """Part of :class:`~desktop.ui.backend.Backend`: what a company keeps to reuse on every filing."""

    store: Any
    username: str

    def parties(self, company_id: str) -> list[Any]:
        return list(self.store.parties(company_id).list())

    def products(self, company_id: str) -> list[Any]:
        return list(self.store.products(company_id).list())

    def save_company(self, company: Any, expected: Any = None, action: str = "") -> Any:
        from desktop.core.services import drafts

        return drafts.save_company(self.store, company, self.username, expected=expected, action=action)

    def save_party(self, company_id: str, party: Any, expected: Any = None, action: str = "") -> Any:
        """Save a party; ``expected``: the version the user opened (``store.changed_elsewhere`` when another
        seat saved it since)."""
        from desktop.core.services import drafts

        return drafts.save_party(self.store, company_id, party, self.username, expected=expected, action=action)

    def save_product(self, company_id: str, product: Any, expected: Any = None, action: str = "") -> Any:
        from desktop.core.services import drafts

        return drafts.save_product(self.store, company_id, product, self.username, expected=expected, action=action)

    def master_conflict(self, kind: str, company_id: str, mine: Any, loaded: Any) -> Any:
        """How ``mine`` and the party or product another seat saved differ since the user opened ``loaded``."""
        from desktop.core.services import conflicts

        return conflicts.compare_master(self.store, kind, company_id, mine, loaded)

    def delete_party(self, company_id: str, party_id: str) -> None:
        """Remove a party from the company's master data (drafts that use it keep their own copy)."""
        self.store.parties(company_id).delete(party_id, self.username)

    def delete_product(self, company_id: str, product_id: str) -> None:
        self.store.products(company_id).delete(product_id, self.username)

    def suggest_products(self, company_id: str, text: str) -> list[Any]:
        from desktop.core.services import drafts

        return list(drafts.suggest_products(self.store, company_id, text))

    def classify(self, company_id: str, text: str, language: str) -> list[Any]:
        """HS candidates for ``text``: this company's products and earlier declarations first, then the tariffs."""
        from desktop.core.services import classify

        return classify.classify(text, language, self.store, company_id)

    def product(self, company_id: str, product_id: str) -> Any:
        return self.store.products(company_id).find(product_id)

    def tariff_lines(self, hs6: str) -> list[tuple[str, str]]:
        """The 8-digit lines of the Chinese tariff under a subheading, with their Chinese names."""
        from desktop.core.hsearch.index import index

        return [(ln.code8, ln.name_zh) for ln in index().lines_by_hs6.get(hs6, [])]

    def tariff_units(self, code8: str) -> tuple[str, str] | None:
        from desktop.core.hsearch.index import index

        line = index().line_by_code.get(code8)
        return (line.unit1, line.unit2) if line is not None else None

