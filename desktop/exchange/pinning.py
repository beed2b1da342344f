"""How the village's sender and the office's fetch reach a receiver: tokens never travel in
clear over a network, and a receiver with a pinned certificate is recognised by that alone.

* ``http://`` only to this computer's own address (a receiver on the same PC); anything else
  must be ``https://`` (``endpoint_problem``).
* With pins (SHA-256 fingerprints of the receiver's certificate, from the office key file or
  the office's receiver settings) the TLS handshake is accepted only if the certificate the
  receiver shows is one of them, whoever signed it; the check runs inside the handshake, so
  nothing, not even the request line, is sent to any other server. No public certificate
  authority is needed, and a self-signed certificate is fine.
* Without pins, the usual checks against public certificate authorities apply.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
from collections.abc import Sequence
from typing import Any

import httpx

from desktop.exchange.wire.pins import fingerprint_of_der


def _loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def endpoint_problem(url: str) -> str | None:
    """None for a usable receiver address; "invalid" (not an http(s) address with a host) or
    "insecure" (``http://`` to another computer: the token would travel in clear)."""
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError):
        return "invalid"
    if parsed.scheme not in ("http", "https") or not parsed.host:
        return "invalid"
    if parsed.scheme == "http" and not _loopback(parsed.host):
        return "insecure"
    return None


class PinMismatch(ssl.SSLCertVerificationError):
    """The receiver showed a certificate that is not the pinned one."""


def _pinned_socket_class(pins: frozenset[str]) -> type[ssl.SSLSocket]:
    class PinnedSocket(ssl.SSLSocket):
        def do_handshake(self, block: bool = False) -> None:
            super().do_handshake(block)
            der = self.getpeercert(binary_form=True)
            if der is None or fingerprint_of_der(der) not in pins:
                raise PinMismatch("the receiver's certificate is not the one the office gave")

    return PinnedSocket


def _pinned_object_class(pins: frozenset[str]) -> type[ssl.SSLObject]:
    """The same check where TLS runs over memory buffers (through an HTTPS proxy)."""

    class PinnedObject(ssl.SSLObject):
        def do_handshake(self) -> None:
            super().do_handshake()
            der = self.getpeercert(binary_form=True)
            if der is None or fingerprint_of_der(der) not in pins:
                raise PinMismatch("the receiver's certificate is not the one the office gave")

    return PinnedObject


def pinned_context(pins: Sequence[str]) -> ssl.SSLContext:
    """A client context that accepts exactly the certificates with these fingerprints."""
    wanted = frozenset(pins)
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    context.check_hostname = False  # the pin says more than any name could
    context.verify_mode = ssl.CERT_NONE  # a self-signed certificate has no authority to check
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.sslsocket_class = _pinned_socket_class(wanted)
    context.sslobject_class = _pinned_object_class(wanted)
    return context


def client_options(pins: Sequence[str]) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client`` that verify the receiver as described above."""
    return {"verify": pinned_context(pins)} if pins else {}


def certificate_fingerprint(url: str, timeout: float = 10.0) -> str:
    """The fingerprint of the certificate an ``https://`` receiver shows now, for the office to
    compare with what the receiver printed when it started. Raises OSError or ValueError."""
    parsed = httpx.URL(url.strip())
    if parsed.scheme != "https" or not parsed.host:
        raise ValueError("not an https address")
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with (
        socket.create_connection((parsed.host, parsed.port or 443), timeout=timeout) as raw,
        context.wrap_socket(raw, server_hostname=parsed.host) as tls,
    ):
        der = tls.getpeercert(binary_form=True)
    if der is None:
        raise ValueError("no certificate")
    return fingerprint_of_der(der)
