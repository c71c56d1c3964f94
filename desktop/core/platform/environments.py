"""Platform environments: each has its own base URL, tokens, keyring entries, outbox rows and event cursor."""

from __future__ import annotations

from enum import StrEnum


class Environment(StrEnum):
    SANDBOX = "sandbox"
    PRODUCTION = "production"


def parse_environment(value: str | Environment) -> Environment:
    return value if isinstance(value, Environment) else Environment(str(value).strip().lower())


def normalize_base_url(url: str) -> str:
    """``http://h:1/``, ``http://h:1/v1`` and ``http://h:1/v1/`` all become ``http://h:1``."""
    url = url.strip().rstrip("/")
    if url.endswith("/v1"):
        url = url[: -len("/v1")]
    return url
