"""The receiver's own TLS certificate: self-signed, long-lived, and pinned by the villages (its
SHA-256 travels in the office key file), so no public certificate authority is needed and an
interceptor with any other certificate is refused before a token is sent.

Made with ``cryptography`` (part of the ``office`` extra): an ECDSA P-256 key and a
certificate valid for 20 years naming the receiver's host names and addresses.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.exchange.wire.files import write_verified
from desktop.exchange.wire.pins import fingerprint_of_pem

FOLDER = "tls"
CERTIFICATE = "sertifikat.pem"
PRIVATE_KEY = "kunci-sertifikat.pem"
YEARS = 20


@dataclass(frozen=True)
class TlsFiles:
    certificate: Path
    private_key: Path

    @classmethod
    def in_store(cls, store: Path) -> TlsFiles:
        return cls(store / FOLDER / CERTIFICATE, store / FOLDER / PRIVATE_KEY)

    def exist(self) -> bool:
        return self.certificate.is_file() and self.private_key.is_file()

    def fingerprint(self) -> str:
        """Raises OSError or ValueError."""
        return fingerprint_of_pem(self.certificate.read_text(encoding="ascii"))


def make_certificate(files: TlsFiles, names: list[str]) -> str:
    """Write a new key and self-signed certificate for ``names`` (host names or IP
    addresses); returns the certificate's fingerprint. Raises ExportWriteFailed."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Penerima Siaga TPPO")])
    alternatives: list[x509.GeneralName] = []
    for name in names:
        try:
            alternatives.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            alternatives.append(x509.DNSName(name))
    now = datetime.now(UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365 * YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
    )
    if alternatives:
        builder = builder.add_extension(x509.SubjectAlternativeName(alternatives), critical=False)
    certificate = builder.sign(key, hashes.SHA256())
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    cert_pem = certificate.public_bytes(serialization.Encoding.PEM)
    files.certificate.parent.mkdir(parents=True, exist_ok=True)
    write_verified(files.private_key.parent, files.private_key.name, key_pem)
    write_verified(files.certificate.parent, files.certificate.name, cert_pem)
    return fingerprint_of_pem(cert_pem.decode("ascii"))
