"""Unified login: password grant (+ verification code), short access tokens, rotating refresh tokens with
reuse detection (a spent refresh token revokes its whole family), revocation.
Only token hashes are stored.

A lost answer to a refresh is survivable (RFC 9700 section 4.14.2 lets the server tell a client retrying after
a lost response from a thief): a spent refresh token presented again within :data:`REFRESH_GRACE` seconds of
its rotation, while the token it was rotated into has never been used, withdraws that unused successor (and its
access token) and rotates once more. Any other reuse still revokes the family."""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from typing import Any

import orjson

from desktop.sandbox.problems import Problem
from desktop.sandbox.state import Sandbox, hash_password, token_hash

ACCESS_TTL = 900  # sandbox seconds
SHORT_ACCESS_TTL = 5  # the short-token scenario's default
REFRESH_TTL = 30 * 24 * 3600
REFRESH_GRACE = 60  # sandbox seconds a just-rotated refresh token may be presented again (its answer was lost)
CODE_TTL = 300


@dataclass(frozen=True)
class Principal:
    username: str
    roles: tuple[str, ...]
    family: str

    @property
    def is_trainer(self) -> bool:
        return "trainer" in self.roles


def _access_ttl(sb: Sandbox, username: str) -> int:
    scenario, params = sb.scenario_of(username)
    if scenario == "short-token":
        return max(0, int(params.get("token_ttl", SHORT_ACCESS_TTL)))
    return ACCESS_TTL


def _issue(sb: Sandbox, username: str, family: str | None = None) -> dict[str, Any]:
    with sb.tx() as conn:
        return _issue_in(sb, conn, username, family)


def _issue_in(sb: Sandbox, conn: Any, username: str, family: str | None, parent: str = "") -> dict[str, Any]:
    """A new token pair inside the caller's transaction; ``parent`` is the hash of the refresh token it replaces."""
    now = sb.clock.now()
    access = secrets.token_urlsafe(32)
    refresh = secrets.token_urlsafe(48)
    ttl = _access_ttl(sb, username)
    if family is None:
        family = secrets.token_hex(12)
        conn.execute(
            "INSERT INTO token_families (family, username, created_at) VALUES (?, ?, ?)",
            (family, username, now),
        )
    conn.execute(
        "INSERT INTO access_tokens (token_hash, username, family, expires_at) VALUES (?, ?, ?, ?)",
        (token_hash(access), username, family, now + ttl),
    )
    conn.execute(
        "INSERT INTO refresh_tokens (token_hash, username, family, expires_at, access_hash) VALUES (?, ?, ?, ?, ?)",
        (token_hash(refresh), username, family, now + REFRESH_TTL, token_hash(access)),
    )
    if parent:
        conn.execute(
            "UPDATE refresh_tokens SET spent = 1, spent_at = ?, successor = ? WHERE token_hash = ?",
            (now, token_hash(refresh), parent),
        )
    return {
        "access_token": access,
        "token_type": "Bearer",
        "expires_in": ttl,
        "refresh_token": refresh,
        "refresh_expires_in": REFRESH_TTL,
    }


def _challenge(sb: Sandbox, username: str, phone: str) -> dict[str, Any]:
    code = f"{secrets.randbelow(1_000_000):06d}"
    challenge_id = secrets.token_urlsafe(18)  # the key to the code: unguessable
    with sb.tx() as conn:
        conn.execute(
            "INSERT INTO verification_codes (username, code, challenge_id, expires_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(username) DO UPDATE SET code = excluded.code, challenge_id = excluded.challenge_id, "
            "expires_at = excluded.expires_at",
            (username, code, challenge_id, sb.clock.now() + CODE_TTL),
        )
    masked = phone[:3] + "****" + phone[-4:] if len(phone) >= 7 else "****"
    return {"id": challenge_id, "channel": "sms", "destination": masked, "expires_in": CODE_TTL}


def password_grant(sb: Sandbox, username: str, password: str, code: str | None) -> dict[str, Any]:
    row = sb.user_row(username)
    if row is None or not hmac.compare_digest(hash_password(password, row["salt"]), row["password_hash"]):
        raise Problem("invalid-credentials", "Wrong user name or password.")
    if row["verification"]:
        if not code:
            raise Problem(
                "verification-required",
                "Enter the code sent to your phone.",
                challenge=_challenge(sb, username, row["phone"]),
            )
        with sb.tx() as conn:
            stored = conn.execute(
                "SELECT code, expires_at FROM verification_codes WHERE username = ?", (username,)
            ).fetchone()
            ok = (
                stored is not None
                and stored["expires_at"] > sb.clock.now()
                and hmac.compare_digest(stored["code"], code)
            )
            if ok:
                conn.execute("DELETE FROM verification_codes WHERE username = ?", (username,))
        if not ok:
            raise Problem("verification-failed", "The code is wrong or has expired; request a new one.")
    return _issue(sb, username)


def current_code(sb: Sandbox, username: str, challenge_id: str | None = None) -> dict[str, Any] | None:
    """The pending code of ``username`` (the simulated phone). Over HTTP only with the ``challenge_id`` the
    login attempt was given: a user name alone reveals nothing (``None`` is for the in-process test hook)."""
    row = sb.query_one("SELECT code, challenge_id, expires_at FROM verification_codes WHERE username = ?", (username,))
    if row is None or row["expires_at"] <= sb.clock.now():
        return None
    if challenge_id is not None and not hmac.compare_digest(str(row["challenge_id"]), challenge_id):
        return None
    return {"username": username, "code": row["code"], "challenge_id": row["challenge_id"]}


def refresh_grant(sb: Sandbox, refresh_token: str) -> dict[str, Any]:
    h = token_hash(refresh_token)
    now = sb.clock.now()
    with sb.tx() as conn:
        row = conn.execute(
            "SELECT r.*, f.revoked FROM refresh_tokens r JOIN token_families f ON f.family = r.family "
            "WHERE r.token_hash = ?",
            (h,),
        ).fetchone()
        if row is None or row["revoked"]:
            raise Problem("token-invalid", "Unknown or revoked refresh token; sign in again.")
        reused = False
        if row["spent"]:
            successor = conn.execute(
                "SELECT token_hash, spent, access_hash FROM refresh_tokens WHERE token_hash = ?", (row["successor"],)
            ).fetchone()
            lost_answer = (
                successor is not None
                and not successor["spent"]
                and row["spent_at"] is not None
                and now - row["spent_at"] <= REFRESH_GRACE
            )
            if lost_answer:  # the client never got (or never used) the successor: withdraw it, rotate again
                conn.execute("DELETE FROM refresh_tokens WHERE token_hash = ?", (successor["token_hash"],))
                conn.execute("DELETE FROM access_tokens WHERE token_hash = ?", (successor["access_hash"],))
            else:
                _revoke_family(conn, row["family"])
                reused = True
        elif row["expires_at"] <= now:
            raise Problem("token-expired", "The refresh token has expired; sign in again.")
        if not reused:
            return _issue_in(sb, conn, row["username"], row["family"], parent=h)
    # raised after the commit so the revocation sticks
    raise Problem("token-reused", "This refresh token was already used; every session of it is revoked.")


def _revoke_family(conn: Any, family: str) -> None:
    conn.execute("UPDATE token_families SET revoked = 1 WHERE family = ?", (family,))
    conn.execute("DELETE FROM access_tokens WHERE family = ?", (family,))


def revoke(sb: Sandbox, token: str) -> None:
    """RFC 7009: revoking either token of a session ends the whole session; unknown tokens are ignored."""
    h = token_hash(token)
    with sb.tx() as conn:
        row = conn.execute("SELECT family FROM refresh_tokens WHERE token_hash = ?", (h,)).fetchone()
        if row is None:
            row = conn.execute("SELECT family FROM access_tokens WHERE token_hash = ?", (h,)).fetchone()
        if row is not None:
            _revoke_family(conn, row["family"])


def user_for_token(sb: Sandbox, token: str) -> str | None:
    """The user of a live access token (the fault layer uses it; no error)."""
    row = sb.query_one("SELECT username, expires_at FROM access_tokens WHERE token_hash = ?", (token_hash(token),))
    if row is None:
        return None
    return str(row["username"])


def authenticate(sb: Sandbox, authorization: str | None) -> Principal:
    if not authorization or not authorization.lower().startswith("bearer "):
        raise Problem("token-invalid", "Send an access token as 'Authorization: Bearer <token>'.")
    token = authorization[7:].strip()
    row = sb.query_one(
        "SELECT a.username, a.family, a.expires_at, u.roles FROM access_tokens a "
        "JOIN users u ON u.username = a.username WHERE a.token_hash = ?",
        (token_hash(token),),
    )
    if row is None:
        raise Problem("token-invalid", "Unknown or revoked access token.")
    if row["expires_at"] <= sb.clock.now():
        raise Problem("token-expired", "The access token has expired; refresh it.")
    return Principal(row["username"], tuple(orjson.loads(row["roles"])), row["family"])
