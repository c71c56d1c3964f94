"""The store on a PostgreSQL server: migrations from empty and from an older version, a newer schema refused,
two seats on one record, connection failures as clear store errors (the other store tests run on both engines)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from desktop.core.store import MIGRATIONS, ConflictError, NewerDatabaseError, Store, StoreError, migrate
from desktop.core.store.pg import connect_server, display_url, to_pyformat, with_tls_defaults
from tests.core.store.conftest import MOTO, sample
from tests.pg import SKIPPED, fresh_schema, server_url

pytestmark = pytest.mark.postgresql


@pytest.fixture
def server() -> str:
    url = server_url()
    if url is None:
        pytest.skip(f"PostgreSQL tests skipped: {SKIPPED[0]}")
    return url


@pytest.fixture
def empty(server: str) -> Iterator[str]:
    with fresh_schema(server) as url:
        yield url


def test_placeholders_and_percent_signs_reach_postgresql_as_written() -> None:
    assert to_pyformat("SELECT ? WHERE a LIKE '%x?%' AND b = ?") == "SELECT %s WHERE a LIKE '%%x?%%' AND b = %s"
    assert to_pyformat("SELECT 10 % 3") == "SELECT 10 %% 3"


def test_tls_is_verified_unless_the_url_says_otherwise() -> None:
    assert "sslmode=verify-full" in with_tls_defaults("postgresql://li@db.office/corridor")
    assert "sslrootcert=system" in with_tls_defaults("postgresql://li@db.office/corridor")
    ca = with_tls_defaults("postgresql://li@db.office/corridor?sslrootcert=/etc/office-ca.pem")
    assert "sslrootcert=%2Fetc%2Foffice-ca.pem" in ca and "system" not in ca
    assert "sslrootcert" not in with_tls_defaults("postgresql://li@localhost/corridor?sslmode=disable")
    assert display_url("postgresql://li:s3cret@db.office:6432/corridor") == "postgresql://li@db.office:6432/corridor"


def test_a_new_server_database_is_migrated_to_the_latest_version(empty: str) -> None:
    with Store.open(empty) as store:
        assert store.engine == "postgresql"
        assert store.user_version() == len(MIGRATIONS)
        company, shipment = sample(MOTO)
        store.companies.upsert(company, "li")
        store.shipments.save(shipment, "li")
    with Store.open(empty) as again:  # opening again changes nothing
        assert again.user_version() == len(MIGRATIONS)
        assert again.shipments.get(shipment.id).reference == shipment.reference


def test_upgrade_from_the_previous_version_runs_the_data_step_on_postgresql(empty: str) -> None:
    conn = connect_server(empty)
    try:
        assert migrate(conn, MIGRATIONS[:8]) == 8
        conn.execute(
            "INSERT INTO companies (id, data, created_at, updated_at) VALUES ('c1', '{}', 'now', 'now')"
        )
        conn.execute(
            "INSERT INTO shipments (id, company_id, revision, data, created_at, updated_at)"
            " VALUES ('s1', 'c1', 1, ?, 'now', 'now')",
            ('{"route": {"place_of_loading": "CNPIG", "port_of_loading": "CNYIH"}}',),
        )
        assert migrate(conn, MIGRATIONS) == len(MIGRATIONS)
        data = conn.execute("SELECT data FROM shipments WHERE id = 's1'").fetchone()[0]
        assert '"CNPIN"' in data and '"CNYCH"' in data and "CNPIG" not in data
    finally:
        conn.close()


def test_a_schema_of_a_newer_app_is_refused_and_left_alone(empty: str) -> None:
    Store.open(empty).close()
    with psycopg.connect(empty, autocommit=True) as raw:
        raw.execute("UPDATE schema_version SET version = %s", (len(MIGRATIONS) + 1,))
    with pytest.raises(NewerDatabaseError) as raised:
        Store.open(empty)
    assert raised.value.params["found"] == len(MIGRATIONS) + 1
    with psycopg.connect(empty, autocommit=True) as raw:
        assert raw.execute("SELECT version FROM schema_version").fetchone()[0] == len(MIGRATIONS) + 1


def test_two_seats_opening_a_new_database_at_once_migrate_it_once(empty: str) -> None:
    errors: list[BaseException] = []
    stores: list[Store] = []

    def seat() -> None:
        try:
            stores.append(Store.open(empty))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=seat) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    try:
        assert {s.user_version() for s in stores} == {len(MIGRATIONS)}
    finally:
        for s in stores:
            s.close()


def test_two_seats_saving_the_same_revision_one_gets_a_conflict(empty: str) -> None:
    company, shipment = sample(MOTO)
    with Store.open(empty) as first, Store.open(empty) as second:
        first.companies.upsert(company, "li")
        first.shipments.save(shipment, "li")
        mine = first.shipments.get(shipment.id)
        theirs = second.shipments.get(shipment.id)
        mine.contract_no, theirs.contract_no = "MINE", "THEIRS"
        first.shipments.save(mine, "li", expected_revision=1)
        with pytest.raises(ConflictError) as raised:
            second.shipments.save(theirs, "wang", expected_revision=1)
        assert raised.value.params["actual"] == 2
        assert second.shipments.get(shipment.id).contract_no == "MINE"
        assert [r.author for r in second.revisions("shipment", shipment.id)] == ["li", "li"]


def _with(url: str, *, password: str | None = None, port: int | None = None, query: str | None = None) -> str:
    parts = urlsplit(url)
    user = parts.username or ""
    host = parts.hostname or "localhost"
    netloc = f"{user}{':' + password if password else ''}@{host}:{port or parts.port or 5432}"
    return urlunsplit(parts._replace(netloc=netloc, query=parts.query if query is None else query))


def test_a_wrong_password_is_a_clear_error_without_the_password(server: str) -> None:
    with pytest.raises(StoreError) as raised:
        Store.open(_with(server, password="not-the-password"))
    assert raised.value.code == "store.pg_auth"
    assert "not-the-password" not in str(raised.value.params)


def test_no_server_at_that_port_is_unreachable(server: str) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        free = s.getsockname()[1]
    with pytest.raises(StoreError) as raised:
        Store.open(_with(server, port=free, query="sslmode=disable"))
    assert raised.value.code == "store.pg_unreachable"


def test_a_certificate_the_system_does_not_trust_is_a_tls_failure(server: str) -> None:
    with psycopg.connect(server, autocommit=True) as raw:
        ssl = raw.execute("SHOW ssl").fetchone()
    if ssl is None or ssl[0] != "on":
        pytest.skip("the test server has no TLS")
    # verify-full with the system CA store (the default): the cluster's self-signed certificate is refused
    with pytest.raises(StoreError) as raised:
        Store.open(_with(server, query=""))
    assert raised.value.code == "store.pg_tls"


def test_a_server_url_from_the_settings_fields_verifies_tls_by_default() -> None:
    from desktop.core.store.workspace import server_url

    url = server_url("db.office", 5432, "corridor", "li")
    assert url == "postgresql://li@db.office:5432/corridor?sslmode=verify-full&sslrootcert=system"
    ca = server_url("db.office", 6432, "corridor", "li@office", ca_file="/etc/office-ca.pem")
    assert "li%40office@db.office:6432" in ca and "sslrootcert=%2Fetc%2Foffice-ca.pem" in ca
    assert server_url("localhost", 5432, "corridor", "li", tls="disable").endswith("?sslmode=disable")
    with pytest.raises(ValueError):
        server_url("db.office", 5432, "corridor", "li", tls="prefer")


def test_the_workspace_password_comes_from_the_keyring(empty: str, tmp_path: object) -> None:
    from pathlib import Path

    from desktop.core.paths import AppPaths
    from desktop.core.store.workspace import check_connection, load_password, save_password

    paths = AppPaths.resolve(Path(str(tmp_path)) / "data").ensure()
    password = urlsplit(empty).password
    assert password
    url = display_url(empty)  # the URL as settings keep it: no password
    assert load_password(url) is None
    with pytest.raises(StoreError) as raised:
        Store.open_workspace(paths, url)
    assert raised.value.code == "store.pg_auth"
    save_password(url, password)
    assert check_connection(url) == len(MIGRATIONS)
    with Store.open_workspace(paths, url) as store:
        assert store.engine == "postgresql" and store.location == url
