"""A classroom on the sandbox: trainee seats (one account and one company each), the class list the trainer
follows, and resetting the class to fresh demo data with the seats kept.

A seat ``seat-07`` files for its own company ``seat-07`` (a copy of the demo exporter with its own USCC and
customs code), so trainees never see each other's filings; every trainer account is linked to every seat's
company and so sees them all (lists and the event feed).
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from typing import Any

from stdnum.cn import uscc as uscc_check

from desktop.sandbox import filings, seed
from desktop.sandbox.clock import iso
from desktop.sandbox.state import Sandbox, hash_password

SEAT_PREFIX = "seat"
MAX_SEATS = 200
TRAINEE_ROLES = ("declarant", "trainee")
_TEMPLATE = seed.COMPANIES[0]  # the demo exporter: a seat's company is a copy of it
_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def seat_name(number: int) -> str:
    return f"{SEAT_PREFIX}-{number:02d}"


def seat_uscc(number: int) -> str:
    """A well-formed USCC (valid check digit) per seat: the template's with the seat in the serial part."""
    body = _TEMPLATE.uscc[:12]
    serial = ""
    n = number
    for _ in range(5):
        n, digit = divmod(n, len(_USCC_ALPHABET))
        serial = _USCC_ALPHABET[digit] + serial
    base = body + serial
    return base + uscc_check.calc_check_digit(base)


def seat_customs_code(number: int) -> str:
    """Ten characters: the template's district and nature (first six) and the seat as the serial."""
    return _TEMPLATE.customs_code[:6] + f"{9000 + number:04d}"


def _trainers(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT username, roles FROM users").fetchall()
    return [r["username"] for r in rows if "trainer" in json.loads(r["roles"])]


def add_seats(sb: Sandbox, count: int, password: str) -> list[str]:
    """Make sure seats 1..count exist (existing seats keep their password and data); returns every seat name."""
    if not 1 <= count <= MAX_SEATS:
        raise ValueError(f"between 1 and {MAX_SEATS} seats")
    names = []
    with sb.tx() as conn:
        trainers = _trainers(conn)
        for number in range(1, count + 1):
            name = seat_name(number)
            names.append(name)
            if conn.execute("SELECT 1 FROM users WHERE username = ?", (name,)).fetchone():
                continue
            conn.execute(
                "INSERT INTO companies (id, uscc, customs_code, name_zh, name_en, district, role) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (
                    name,
                    seat_uscc(number),
                    seat_customs_code(number),
                    f"{_TEMPLATE.name_zh}（学员 {number:02d}）",
                    f"{_TEMPLATE.name_en} (trainee {number:02d})",
                    _TEMPLATE.district,
                    _TEMPLATE.role,
                ),
            )
            salt = secrets.token_bytes(16)
            conn.execute(
                "INSERT INTO users (username, salt, password_hash, display_name, roles, phone) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    name,
                    salt,
                    hash_password(password, salt),
                    f"学员 {number:02d} / Trainee {number:02d}",
                    json.dumps(TRAINEE_ROLES),
                    f"1390000{number:04d}",
                ),
            )
            conn.execute(
                "INSERT INTO user_companies (username, company_id, relation) VALUES (?, ?, 'own')", (name, name)
            )
            for trainer in trainers:
                conn.execute(
                    "INSERT INTO user_companies (username, company_id, relation) VALUES (?, ?, 'trainer')"
                    " ON CONFLICT DO NOTHING",
                    (trainer, name),
                )
    return names


def trainee_names(sb: Sandbox) -> list[str]:
    """Every account that is not a trainer's (the demo accounts and the seats): the class."""
    return [r["username"] for r in sb.query("SELECT username, roles FROM users ORDER BY username")
            if "trainer" not in json.loads(r["roles"])]


def trainees(sb: Sandbox) -> list[dict[str, Any]]:
    """The class list: each trainee with scenario, companies and how far their filings got."""
    out = []
    for name in trainee_names(sb):
        user = sb.user_row(name)
        assert user is not None
        companies = [r["id"] for r in sb.query(
            "SELECT company_id AS id FROM user_companies WHERE username = ? AND relation = 'own' ORDER BY company_id",
            (name,),
        )]
        rows = sb.query(
            "SELECT kind, status, COUNT(*) AS n, MAX(updated_at) AS last FROM filings WHERE created_by = ? "
            "GROUP BY kind, status",
            (name,),
        )
        counts: dict[str, dict[str, int]] = {}
        last = None
        for r in rows:
            counts.setdefault(r["kind"], {})[r["status"]] = int(r["n"])
            last = r["last"] if last is None or r["last"] > last else last
        scenario, params = sb.scenario_of(name)
        out.append(
            {
                "username": name,
                "display_name": user["display_name"],
                "scenario": scenario,
                "params": params,
                "verification": bool(user["verification"]),
                "companies": companies,
                "filings": counts,
                "last_activity": iso(last),
            }
        )
    return out


def reset(sb: Sandbox) -> dict[str, int]:
    """Fresh demo data for the class: filings, receipts, events, attachments, idempotency keys, pending
    codes, scenarios, verification and faults go; accounts, seats, their companies and logins stay, the clock
    keeps running forward, and neither event numbers nor customs numbers repeat (cursors stay valid)."""
    with sb.tx() as conn:
        removed = int(conn.execute("SELECT COUNT(*) FROM filings").fetchone()[0])
        for table in ("attachments", "events", "filings", "idempotency", "verification_codes"):
            conn.execute(f"DELETE FROM {table}")
        conn.execute("UPDATE users SET scenario = 'happy', scenario_params = '{}', verification = 0")
        for c in seed.COMPANIES:
            conn.execute(
                "INSERT INTO companies (id, uscc, customs_code, name_zh, name_en, district, role) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET uscc = excluded.uscc,"
                " customs_code = excluded.customs_code, name_zh = excluded.name_zh, name_en = excluded.name_en,"
                " district = excluded.district, role = excluded.role",
                (c.id, c.uscc, c.customs_code, c.name_zh, c.name_en, c.district, c.role),
            )
    with sb.lock:
        sb.special_users.clear()
        sb.request_counts.clear()
        sb.faults.clear()
    sb.bus.notify()
    return {"filings_removed": removed, "trainees": len(trainee_names(sb))}


def class_filings(sb: Sandbox, username: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """The class's latest filings, newest change first, each with the trainee who filed it and its receipts."""
    where = "WHERE created_by = ?" if username else ""
    params: tuple[str, ...] = (username,) if username else ()
    rows = sb.query(
        f"SELECT * FROM filings {where} ORDER BY updated_at DESC, seq DESC LIMIT ?",
        (*params, max(1, min(limit, 500))),
    )
    out = filings.to_json_many(sb, rows)
    for item, row in zip(out, rows, strict=True):
        item["trainee"] = row["created_by"]
    return out
