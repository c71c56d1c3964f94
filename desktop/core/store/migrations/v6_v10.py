"""Steps 6-10: data fixes of stored drafts (DCSA-ready bookings, TradeCountry / TradeAreaCode, two UN/LOCODEs), the
outbox's error parameters, and several seats on one workspace (leases, users and roles, who did what)."""

from __future__ import annotations

import json

from desktop.core.store.engine import Connection
from desktop.core.store.migrations.runner import Migration, sql_step

# --- version 6: bookings ready for DCSA carriers -------------------------------------------------------------


def upgrade_booking_data(data: dict[str, object], rec21: dict[str, str]) -> dict[str, object]:
    """A stored booking in the DCSA-ready shape: cargo movement at origin and destination, Rec 21 package codes.

    Kept pure (no model import) so the step never changes once released.
    """
    out = dict(data)
    if "cargo_movement_type" in out:
        legacy = out.pop("cargo_movement_type")
        out.setdefault("cargo_movement_type_at_origin", legacy)
        out.setdefault("cargo_movement_type_at_destination", legacy)
    equipment = out.get("equipment")
    for eq in equipment if isinstance(equipment, list) else []:
        commodities = eq.get("commodities") if isinstance(eq, dict) else None
        for com in commodities if isinstance(commodities, list) else []:
            if isinstance(com, dict) and isinstance(com.get("package_code"), str) and com["package_code"].isdigit():
                com["package_code"] = rec21.get(com["package_code"], "")
    return out


def _v6(conn: Connection) -> None:
    from desktop.core.codes.packages import rec21_map

    rec21 = rec21_map()
    rows = conn.execute("SELECT id, data FROM bookings").fetchall()
    for booking_id, data in rows:
        upgraded = upgrade_booking_data(json.loads(data), rec21)
        conn.execute(
            "UPDATE bookings SET data = ? WHERE id = ?", (json.dumps(upgraded, ensure_ascii=False), booking_id)
        )


# --- version 7: the parameters of an outbox row's last error (its message names the platform, the reason) -----

_V7 = """
ALTER TABLE outbox ADD COLUMN last_error_params TEXT NOT NULL DEFAULT '{}';
"""


# --- version 8: a declaration's TradeCountry is the country of arrival, TradeAreaCode the trading country -------
#
# Before this step the declaration kept the trading country in ``trade_country`` and the country of arrival in
# ``trade_area_code`` (each other's DecMessage tag). The values are swapped in every declaration and in every
# revision of one, so the user sees the same countries under the same labels and old revisions restore correctly.


def _swap_trade_countries(text: str) -> str:
    import json

    data = json.loads(text)
    if isinstance(data, dict) and ("trade_country" in data or "trade_area_code" in data):
        data["trade_country"], data["trade_area_code"] = data.get("trade_area_code", ""), data.get("trade_country", "")
    return json.dumps(data, ensure_ascii=False)


def _v8(conn: Connection) -> None:
    from desktop.core.store.store import pack, unpack

    rows = conn.execute("SELECT id, data FROM declarations").fetchall()
    conn.executemany("UPDATE declarations SET data = ? WHERE id = ?", [(_swap_trade_countries(d), i) for i, d in rows])
    revisions = conn.execute("SELECT id, data FROM revisions WHERE kind = 'declaration'").fetchall()
    conn.executemany(
        "UPDATE revisions SET data = ? WHERE id = ?",
        [(pack(_swap_trade_countries(unpack(d))), i) for i, d in revisions],
    )


# --- version 9: the two wrong UN/LOCODEs of the old code table -----------------------------------------------
#
# The table offered CNPIG for Pingxiang (Guangxi) and CNYIH for Yinchuan; in UN/LOCODE CNPIG is Pinggu (Beijing)
# and CNYIH Yichang airport. A stored code could only have come from that table, so it meant Pingxiang / Yinchuan.
_LOCODE_FIXES = {'"CNPIG"': '"CNPIN"', '"CNYIH"': '"CNYCH"'}


def _v9(conn: Connection) -> None:
    for table in ("shipments", "declarations", "bookings"):
        rows = conn.execute(f"SELECT id, data FROM {table} WHERE data LIKE '%CNPIG%' OR data LIKE '%CNYIH%'")
        for row_id, data in rows.fetchall():
            for old, new in _LOCODE_FIXES.items():
                data = data.replace(old, new)
            conn.execute(f"UPDATE {table} SET data = ? WHERE id = ?", (data, row_id))


# --- version 10: several seats on one workspace -----------------------------------------------------------
#
# An outbox row is claimed by one seat for a while (owner, expiry; the owner a dead lease was taken from) and
# says who queued it; every audit entry says who was signed in on the seat; the workspace's users and roles.
_V10 = """
ALTER TABLE outbox ADD COLUMN lease_owner TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN lease_until TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN lease_taken_from TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN queued_by TEXT NOT NULL DEFAULT '';
CREATE INDEX outbox_queued_by ON outbox(environment, queued_by, state);
ALTER TABLE audit_log ADD COLUMN user_name TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN seat TEXT NOT NULL DEFAULT '';
CREATE TABLE users (
    name          TEXT PRIMARY KEY,
    role          TEXT NOT NULL,
    display_name  TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    last_seen_at  TEXT NOT NULL DEFAULT ''
);
"""


STEPS: list[Migration] = [
    Migration(6, "bookings: cargo movement at origin and destination, Rec 21 package codes", _v6),
    sql_step(7, "parameters of the outbox's last error", _V7),
    Migration(8, "declarations: TradeCountry is the country of arrival, TradeAreaCode the trading country", _v8),
    Migration(9, "UN/LOCODE: Pingxiang is CNPIN (not CNPIG, Pinggu), Yinchuan CNYCH (not CNYIH, Yichang)", _v9),
    sql_step(10, "seats: outbox leases and who queued a row, the user in the audit log, users and roles", _V10),
]
