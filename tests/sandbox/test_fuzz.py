"""Whatever JSON arrives, the server answers with a filing or a problem+json — never a 500 or a default body."""

from __future__ import annotations

import json
import uuid
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.sandbox.server import run_embedded
from tests.sandbox.conftest import PROBLEM, declaration, login

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
FIELDS = sorted(declaration())


@st.composite
def mutated_declarations(draw: st.DrawFn) -> dict[str, Any]:
    doc = declaration()
    for name in draw(st.lists(st.sampled_from(FIELDS), max_size=4, unique=True)):
        doc[name] = draw(json_values)
    return {
        "company_id": draw(st.sampled_from(["cq-jiangling", "gx-beibu-logistics", ""])),
        "client_seq_no": draw(st.text(min_size=0, max_size=40)),
        "declaration": doc,
    }


def test_random_bodies_never_break_the_server() -> None:
    with run_embedded() as handle:
        client = login(handle, "demo-exporter")

        @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
        @given(body=json_values | mutated_declarations())
        def post(body: Any) -> None:
            for path in ("/v1/declarations", "/v1/bookings", "/v1/auth/token"):
                answer = client.post(
                    path,
                    data=json.dumps(body),
                    headers={"Content-Type": "application/json", "Idempotency-Key": str(uuid.uuid4())},
                )
                assert answer.status_code in (200, 201) or (
                    400 <= answer.status_code < 500 and answer.headers["content-type"].startswith(PROBLEM)
                ), (path, answer.status_code, answer.text[:300])
                if answer.status_code >= 400:
                    problem = answer.json()
                    assert problem["type"].startswith("urn:corridor:problem:")
                    for error in problem.get("errors", []):
                        assert set(error) == {"field", "code", "params"}

        post()
