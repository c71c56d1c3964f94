"""The client side of the platform API: HTTP transport, typed errors, response models, login session."""

from __future__ import annotations

from desktop.core.platform.auth import AuthSession
from desktop.core.platform.client import PlatformClient
from desktop.core.platform.environments import Environment
from desktop.core.platform.errors import PlatformError, TransientError, VerificationRequired

__all__ = [
    "AuthSession", "Environment", "PlatformClient", "PlatformError", "TransientError", "VerificationRequired",
]
