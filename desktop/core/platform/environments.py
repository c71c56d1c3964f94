"""Platform environments: each has its own base URL, tokens, keyring entries, outbox rows and event cursor."""

from __future__ import annotations

from enum import StrEnum

from desktop.core import i18n


class Environment(StrEnum):
    SANDBOX = "sandbox"
    PRODUCTION = "production"


def N_(context: str, source: str) -> str:
    del context
    return source


#: Environment value -> English source of its name inside a sentence (context "Environment"; English "sandbox").
NAMES: dict[str, str] = {
    Environment.SANDBOX.value: N_("Environment", "Sandbox environment"),
    Environment.PRODUCTION.value: N_("Environment", "Production environment"),
}


def environment_name(value: str, lang: str) -> str:
    """The display name of an environment in ``lang`` ("沙箱", "môi trường thử nghiệm"); other values as given."""
    source = NAMES.get(str(value).strip().lower())
    return i18n.translate("Environment", source, lang) if source else value


def parse_environment(value: str | Environment) -> Environment:
    return value if isinstance(value, Environment) else Environment(str(value).strip().lower())


def normalize_base_url(url: str) -> str:
    """``http://h:1/``, ``http://h:1/v1`` and ``http://h:1/v1/`` all become ``http://h:1``."""
    url = url.strip().rstrip("/")
    if url.endswith("/v1"):
        url = url[: -len("/v1")]
    return url
