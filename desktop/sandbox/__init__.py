"""The local platform server (sandbox): the real API contract over HTTP, with SQLite, a processing simulator
driven by a sandbox clock, demo accounts and fault scenarios. Never imports PySide6.

Entry points live in :mod:`desktop.sandbox.server` (``create_app``, ``run_embedded``, ``serve``).
"""
