"""Per-company Single Window settings: the ImpPath the client watches and the operator card it signs with.

A forwarder may use its own agent card for every client (the same ImpPath on every company) or one card per
client. Kept in the workspace settings under ``single_window.<company id>``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from desktop.core.store.store import Store

SETTINGS_KEY = "single_window.{company_id}"


@dataclass(frozen=True, slots=True)
class SingleWindowProfile:
    """Where and as whom a company's declarations are handed to the Single Window client."""

    imp_path: str = ""
    ic_code: str = ""  # operator IC card number (TypistNo, ICCode)
    operator_name: str = ""  # InputerName, OperName, DeclareName
    cop_code: str = ""  # data-entry company: 10-char customs code
    cop_name: str = ""
    cop_scc: str = ""  # data-entry company USCC
    oper_type: str = "G"  # G = store in the Single Window for review; C = declare directly

    @property
    def configured(self) -> bool:
        return bool(self.imp_path.strip())


def load_profile(store: Store, company_id: str) -> SingleWindowProfile:
    data = store.settings.get(SETTINGS_KEY.format(company_id=company_id))
    if not isinstance(data, dict):
        return SingleWindowProfile()
    names = {f.name for f in fields(SingleWindowProfile)}
    return SingleWindowProfile(**{k: str(v) for k, v in data.items() if k in names})


def save_profile(store: Store, company_id: str, profile: SingleWindowProfile) -> None:
    store.settings.set(SETTINGS_KEY.format(company_id=company_id), asdict(profile))
