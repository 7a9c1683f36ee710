"""Real certificate authorities for the connection details a reference server hands out, so that
clients that parse or pin them see a genuine X.509 certificate."""

from __future__ import annotations

import datetime

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

# X.509's upper bound on a common name (RFC 5280, ub-common-name).
MAX_COMMON_NAME = 64


def certificate_authority(host: str, now: datetime.datetime | None = None) -> bytes:
    """A self-signed CA certificate (PEM) for `host`, on a P-256 key: quick to make, valid for
    a year. `host` is its subjectAltName; the common name is `host` where it fits X.509's 64
    characters, else its first label (a DNS label is at most 63)."""
    now = now or datetime.datetime.now(datetime.UTC)
    key = ec.generate_private_key(ec.SECP256R1())
    common_name = host if len(host) <= MAX_COMMON_NAME else host.split(".", 1)[0]
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
        .sign(key, hashes.SHA256())
    )
    return certificate.public_bytes(serialization.Encoding.PEM)
