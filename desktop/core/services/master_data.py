"""Master data use cases: a workspace's companies and each company's parties and products, their type-ahead,
and a goods line pre-filled from a product.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.core.model.master import Company, Party, Product

if TYPE_CHECKING:  # the store loads on first use: importing this module stays cheap
    from desktop.core.model.shipment import GoodsLine
    from desktop.core.store import Store


# --- master data --------------------------------------------------------------------------------------------


def save_company(
    store: Store, company: Company, author: str, *, expected: Company | None = None, action: str = ""
) -> Company:
    """Add or update a company of the workspace (an exporter, a forwarder's client, or the agent itself)."""
    return store.companies.upsert(company, author, expected=expected, action=action)


def save_party(
    store: Store, company_id: str, party: Party, author: str, *, expected: Party | None = None, action: str = ""
) -> Party:
    """Add or update a consignee / notify party in ``company_id``'s master data."""
    return store.parties(company_id).upsert(party, author, expected=expected, action=action)


def save_product(
    store: Store, company_id: str, product: Product, author: str, *, expected: Product | None = None, action: str = ""
) -> Product:
    """Add or update a product (names, commodity code, declaration elements, units) of ``company_id``."""
    return store.products(company_id).upsert(product, author, expected=expected, action=action)


def suggest_products(store: Store, company_id: str, text: str, limit: int = 20) -> list[Product]:
    """Type-ahead over a company's products by name (zh/en), commodity code or elements, best first."""
    return store.products(company_id).suggest(text, limit)


def suggest_parties(store: Store, company_id: str, text: str, limit: int = 20, role: str | None = None) -> list[Party]:
    """Type-ahead over a company's parties by name, local name or tax ID."""
    return store.parties(company_id).suggest(text, limit, role)


def goods_line_from_product(product: Product, quantity: Any = None) -> GoodsLine:
    """A goods line pre-filled from master data: names, commodity code, elements, units, origin, price."""
    from desktop.core.model.shipment import GoodsLine  # a shipment's model: loaded when a line is made

    line = GoodsLine(
        product_id=product.id,
        commodity_code=product.commodity_code,
        name_zh=product.name_zh,
        name_en=product.name_en,
        declaration_elements=product.declaration_elements,
        unit=product.declared_unit,
        legal_unit_1=product.legal_unit_1,
        legal_unit_2=product.legal_unit_2,
        origin_country=product.origin_country,
        unit_price=product.unit_price,
    )
    if quantity is not None:
        line.quantity = GoodsLine.model_validate({"quantity": quantity}).quantity
        if line.quantity is not None and line.unit_price is not None:
            from desktop.core.model.derive import money

            line.total = money(line.quantity * line.unit_price)
        if line.quantity is not None and product.net_weight_per_unit is not None:
            line.net_weight = line.quantity * product.net_weight_per_unit
    return line
