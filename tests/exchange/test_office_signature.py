"""Signatures made with the office's X25519 key (XEdDSA), checked with the public key the
villages imported: ordinary Ed25519 signatures under its Edwards form."""

from __future__ import annotations

import nacl.bindings
import nacl.public
import nacl.signing
import pytest

from desktop.exchange.wire import office_signature
from desktop.exchange.wire.office_signature import SignatureInvalid

KEYS = [nacl.public.PrivateKey.generate() for _ in range(40)]  # both signs of the Edwards point


def test_the_edwards_key_is_the_office_key_in_another_form():
    for private in KEYS:
        public = bytes(private.public_key)
        edwards = office_signature.edwards_key(public)
        assert edwards[31] & 0x80 == 0
        assert nacl.bindings.crypto_sign_ed25519_pk_to_curve25519(edwards) == public


def test_a_signature_verifies_with_the_public_key_only():
    for n, private in enumerate(KEYS):
        message = f"paket nomor {n}".encode()
        signature = office_signature.sign(message, bytes(private))
        office_signature.verify(message, signature, bytes(private.public_key))
        # An ordinary Ed25519 signature: libsodium's own verification agrees.
        edwards = office_signature.edwards_key(bytes(private.public_key))
        nacl.signing.VerifyKey(edwards).verify(message, signature)


def test_two_signatures_of_the_same_message_differ_and_both_hold():
    private = KEYS[0]
    first = office_signature.sign(b"sama", bytes(private))
    second = office_signature.sign(b"sama", bytes(private))
    assert first != second
    for signature in (first, second):
        office_signature.verify(b"sama", signature, bytes(private.public_key))


@pytest.mark.parametrize("change", ["message", "signature", "key"])
def test_anything_changed_fails(change):
    private, other = KEYS[1], KEYS[2]
    message, key = b"isi paket", bytes(private.public_key)
    signature = bytearray(office_signature.sign(message, bytes(private)))
    if change == "message":
        message = b"isi paket!"
    elif change == "signature":
        signature[5] ^= 1
    else:
        key = bytes(other.public_key)
    with pytest.raises(SignatureInvalid):
        office_signature.verify(message, bytes(signature), key)


@pytest.mark.parametrize(
    ("signature", "key"),
    [
        (b"\0" * 63, bytes(KEYS[0].public_key)),
        (b"\0" * 64, b"\0" * 31),
        (b"\0" * 64, (2**255 - 20).to_bytes(32, "little")),  # u = -1: no Edwards point
        (b"\0" * 64, bytes(KEYS[0].public_key)),
    ],
)
def test_malformed_signatures_and_keys_are_refused(signature, key):
    with pytest.raises(SignatureInvalid):
        office_signature.verify(b"x", signature, key)
