"""The trainer's control of the sandbox carrier over real HTTP: which scenario an API key plays."""

from __future__ import annotations

import requests

TRAINER = ("trainer", "trainer1234")


def set_carrier_scenario(url: str, api_key: str, scenario: str) -> None:
    """Sign in as the sandbox's trainer and set the carrier scenario of ``api_key`` (``*``: every key)."""
    with requests.Session() as session:
        token = session.post(f"{url}/v1/auth/token", timeout=15, json={
            "grant_type": "password", "username": TRAINER[0], "password": TRAINER[1]})
        token.raise_for_status()
        answer = session.put(f"{url}/v1/sandbox/carrier-scenario", json={"api_key": api_key, "scenario": scenario},
                             headers={"Authorization": f"Bearer {token.json()['access_token']}"}, timeout=15)
        answer.raise_for_status()
        assert answer.status_code == 204, answer.text
