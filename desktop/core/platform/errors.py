"""Typed errors of the platform client: one class per problem type of the contract, plus transport failures.

Every error is a :class:`~desktop.core.errors.CoreError` whose ``code`` is ``platform.<problem name>``
(dashes become underscores); ``problem_type`` keeps the contract's URN, ``status`` the HTTP status and
``field_errors`` the per-field errors so the UI can pin each one at its field.
"""

from __future__ import annotations

from typing import Any

from desktop.core.errors import CoreError
from desktop.core.model.filing import FieldError

PROBLEM_PREFIX = "urn:corridor:problem:"


class PlatformError(CoreError):
    """Any failure talking to the platform. ``final``: sending the same request again is pointless."""

    final = True

    def __init__(
        self,
        code: str,
        *,
        status: int = 0,
        problem_type: str = "",
        field_errors: list[FieldError] | None = None,
        retry_after: float | None = None,
        body: dict[str, Any] | None = None,
        **params: Any,
    ) -> None:
        params.setdefault("status", status)
        if retry_after is not None:
            params.setdefault("retry_after", round(retry_after))
        if field_errors:
            params.setdefault("count", len(field_errors))
            params["errors"] = [e.model_dump() for e in field_errors]
        super().__init__(code, **params)
        self.status = status
        self.problem_type = problem_type
        self.field_errors = list(field_errors or [])
        self.retry_after = retry_after
        self.body = body or {}


class TransientError(PlatformError):
    """The request may succeed later (network down, timeout, 5xx, an unreadable answer)."""

    final = False


class Unreachable(TransientError):
    pass


class Timeout(TransientError):
    pass


class BadResponse(TransientError):
    """HTML, empty, truncated, non-JSON or wrong-shape answers."""


class ResponseTooLarge(TransientError):
    pass


class NotLoggedIn(PlatformError):
    pass


class AuthError(PlatformError):
    """401: the session must be (re)established."""


class InvalidCredentials(AuthError):
    pass


class VerificationRequired(AuthError):
    """The server wants a verification code: the UI/CLI prompts and calls login again with it."""

    @property
    def challenge(self) -> Any:
        return self.body.get("challenge")


class VerificationFailed(AuthError):
    pass


class TokenExpired(AuthError):
    pass


class TokenInvalid(AuthError):
    pass


class TokenReused(AuthError):
    pass


class Forbidden(PlatformError):
    pass


class NotFound(PlatformError):
    pass


class MalformedRequest(PlatformError):
    pass


class ValidationFailed(PlatformError):
    pass


class IdempotencyInFlight(TransientError):
    pass


class IdempotencyMismatch(PlatformError):
    pass


class IdempotencyKeyMissing(PlatformError):
    pass


class InvalidState(PlatformError):
    pass


class DuplicateClientSeqNo(PlatformError):
    """Another filing already has this ClientSeqNo (look it up: it may be ours, filed under a lost key)."""


class UnsupportedMediaType(PlatformError):
    pass


class InternalError(TransientError):
    pass


class PayloadTooLarge(PlatformError):
    pass


class RateLimited(TransientError):
    pass


class Unavailable(TransientError):
    pass


class MethodNotAllowed(PlatformError):
    pass


PROBLEM_CLASSES: dict[str, type[PlatformError]] = {
    "invalid-credentials": InvalidCredentials,
    "verification-required": VerificationRequired,
    "verification-failed": VerificationFailed,
    "token-expired": TokenExpired,
    "token-invalid": TokenInvalid,
    "token-reused": TokenReused,
    "forbidden": Forbidden,
    "not-found": NotFound,
    "malformed-request": MalformedRequest,
    "validation-failed": ValidationFailed,
    "idempotency-in-flight": IdempotencyInFlight,
    "idempotency-mismatch": IdempotencyMismatch,
    "idempotency-key-missing": IdempotencyKeyMissing,
    "invalid-state": InvalidState,
    "duplicate-client-seq-no": DuplicateClientSeqNo,
    "unsupported-media-type": UnsupportedMediaType,
    "internal-error": InternalError,
    "payload-too-large": PayloadTooLarge,
    "rate-limited": RateLimited,
    "unavailable": Unavailable,
    "method-not-allowed": MethodNotAllowed,
}


def problem_name(problem_type: str) -> str:
    """``urn:corridor:problem:not-found`` -> ``not-found`` (other URIs: their last segment)."""
    if problem_type.startswith(PROBLEM_PREFIX):
        return problem_type[len(PROBLEM_PREFIX):]
    return problem_type.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]


def from_problem(status: int, body: dict[str, Any], retry_after: float | None) -> PlatformError:
    """The typed error for a problem+json body (already checked to be a dict with a string ``type``)."""
    problem_type = str(body.get("type", ""))
    name = problem_name(problem_type)
    field_errors: list[FieldError] = []
    raw_errors = body.get("errors")
    if isinstance(raw_errors, list):
        for item in raw_errors:
            if not isinstance(item, dict):
                continue
            params = item.get("params")
            clean = (
                {str(k): v for k, v in params.items() if isinstance(v, str | int | float)}
                if isinstance(params, dict)
                else {}
            )
            field_errors.append(
                FieldError(field=str(item.get("field", "")), code=str(item.get("code", "")), params=clean)
            )
    cls = PROBLEM_CLASSES.get(name)
    if cls is None and status in (429, 503):
        # a type we do not know (``about:blank``, a gateway's own) says no more than its status (RFC 9457)
        cls, name = (RateLimited, "rate-limited") if status == 429 else (Unavailable, "unavailable")
    extra: dict[str, Any] = {}
    if cls is None:
        cls = TransientError if status >= 500 or status == 408 else PlatformError
        code = "platform.problem"
        extra["problem"] = name
    else:
        code = "platform." + name.replace("-", "_")
    error = cls(
        code, status=status, problem_type=problem_type, field_errors=field_errors,
        retry_after=retry_after, body=body, **extra,
    )
    # the messages of these name a figure even when the platform sent none (no Retry-After, no field errors)
    if isinstance(error, RateLimited | Unavailable):
        error.params.setdefault("retry_after", 0)
    if isinstance(error, ValidationFailed):
        error.params.setdefault("count", len(field_errors))
    return error
