"""TLS to a workspace server is verified: a server on this computer that answers PostgreSQL's SSLRequest with a
self-signed certificate is refused by default (``store.pg_tls``), also when the user gives that CA file but the
certificate names another host; libpq does the checking, these tests drive it as the app does."""

from __future__ import annotations

import datetime
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.store import Store, StoreError


def _certificate(directory: Path, host: str) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    chain = directory / "server.pem"
    chain.write_bytes(cert.public_bytes(serialization.Encoding.PEM) + key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    ca = directory / "ca.pem"
    ca.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return chain, ca


class FakeTlsServer:
    """Accepts PostgreSQL's SSLRequest, says yes (``S``) and runs the TLS handshake with its certificate."""

    def __init__(self, chain: Path) -> None:
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(chain)
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(10)
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                try:
                    conn.recv(8)  # length 8, code 80877103
                    conn.sendall(b"S")
                    with self.context.wrap_socket(conn, server_side=True):
                        pass
                except (OSError, ssl.SSLError):
                    pass

    def close(self) -> None:
        self.sock.close()
        self.thread.join(5)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[FakeTlsServer, Path]]:
    chain, ca = _certificate(tmp_path, "db.office.test")
    fake = FakeTlsServer(chain)
    try:
        yield fake, ca
    finally:
        fake.close()


def test_a_certificate_the_system_does_not_trust_is_refused(server: tuple[FakeTlsServer, Path]) -> None:
    fake, _ = server
    with pytest.raises(StoreError) as raised:
        Store.open(f"postgresql://li@127.0.0.1:{fake.port}/corridor")  # verify-full, the system's CAs
    assert raised.value.code == "store.pg_tls"


def test_the_ca_file_is_used_and_the_host_name_still_checked(server: tuple[FakeTlsServer, Path]) -> None:
    fake, ca = server
    with pytest.raises(StoreError) as raised:
        Store.open(f"postgresql://li@127.0.0.1:{fake.port}/corridor?sslrootcert={ca}")
    assert raised.value.code == "store.pg_tls"
    assert "does not match host name" in raised.value.params["detail"]
