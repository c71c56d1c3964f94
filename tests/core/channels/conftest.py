"""Fixtures of the channel tests: the platform tests' real sandbox, store and sample shipment."""

from tests.core.platform.conftest import platform, sandbox, shipment, sleeps, store

__all__ = ["platform", "sandbox", "shipment", "sleeps", "store"]
