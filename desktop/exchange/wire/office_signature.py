"""Signatures made with the office's X25519 key, checked with the key its villages imported.

An office has one key pair, X25519 (exports are sealed to it), and its villages confirmed its
public key over the telephone when they imported the office key file. Content packs must be
signed by that same key, so that no village has to confirm a second one. X25519 keys cannot
sign as they are; XEdDSA (Trevor Perrin, "The XEdDSA and VXEdDSA Signature Schemes", Signal,
2016) signs with the X25519 private scalar and gives an ordinary Ed25519 signature under the
Edwards form of the public key:

* the private key is clamped as X25519 uses it; its Edwards public point A = aB is made to
  have sign bit 0 by negating ``a`` when needed (the Montgomery u of A and of -A is the same,
  so A still belongs to the X25519 public key);
* the nonce is r = SHA-512(0xFE, 0xFF×31, a, M, Z) mod L with 64 fresh random bytes Z;
* R = rB, h = SHA-512(R, A, M) mod L, s = r + h·a mod L; the signature is R‖s.

A verifier turns the X25519 public key u into the Edwards y = (u − 1)/(u + 1) with sign bit 0,
and checks the signature with libsodium's Ed25519 verification: nothing new is trusted there.
libsodium's Ed25519 point and scalar functions (through PyNaCl) do the arithmetic.
"""

from __future__ import annotations

import hashlib

import nacl.bindings as sodium
import nacl.exceptions
import nacl.signing
import nacl.utils

SIGNATURE_BYTES = 64
_P = 2**255 - 19
_HASH1_PREFIX = b"\xfe" + b"\xff" * 31  # XEdDSA's hash_1: keeps the nonce hash apart


class SignatureInvalid(Exception):
    """The signature does not belong to the message and key (changed, damaged, or made with
    another key), or the key itself is not usable."""


def _clamped(private_key: bytes) -> bytes:
    scalar = bytearray(private_key)
    scalar[0] &= 248
    scalar[31] &= 127
    scalar[31] |= 64
    return bytes(scalar)


def _reduced(data: bytes) -> bytes:
    """``data`` (up to 64 bytes, little-endian) modulo the group order L."""
    return sodium.crypto_core_ed25519_scalar_reduce(data.ljust(64, b"\0"))


def edwards_key(x25519_public_key: bytes) -> bytes:
    """The Ed25519 public key (sign bit 0) that XEdDSA signatures of ``x25519_public_key``'s
    owner verify under. Raises SignatureInvalid for a key that is not a usable point."""
    if len(x25519_public_key) != 32:
        raise SignatureInvalid("key length")
    u = int.from_bytes(x25519_public_key, "little") & ((1 << 255) - 1)
    if u >= _P or (u + 1) % _P == 0:
        raise SignatureInvalid("key not on the curve")
    y = (u - 1) * pow(u + 1, _P - 2, _P) % _P
    point = y.to_bytes(32, "little")
    if not sodium.crypto_core_ed25519_is_valid_point(point):
        raise SignatureInvalid("key not a valid point")
    return point


def sign(message: bytes, x25519_private_key: bytes) -> bytes:
    """The XEdDSA signature (64 bytes) of ``message`` by the owner of ``x25519_private_key``."""
    scalar = _reduced(_clamped(x25519_private_key))
    point = sodium.crypto_scalarmult_ed25519_base_noclamp(scalar)
    if point[31] & 0x80:
        scalar = sodium.crypto_core_ed25519_scalar_negate(scalar)
        point = point[:31] + bytes([point[31] & 0x7F])
    nonce = _reduced(
        hashlib.sha512(_HASH1_PREFIX + scalar + message + nacl.utils.random(64)).digest()
    )
    commitment = sodium.crypto_scalarmult_ed25519_base_noclamp(nonce)
    challenge = _reduced(hashlib.sha512(commitment + point + message).digest())
    response = sodium.crypto_core_ed25519_scalar_add(
        nonce, sodium.crypto_core_ed25519_scalar_mul(challenge, scalar)
    )
    return commitment + response


def verify(message: bytes, signature: bytes, x25519_public_key: bytes) -> None:
    """Return quietly when ``signature`` is the key owner's signature of ``message``; raise
    SignatureInvalid otherwise."""
    if len(signature) != SIGNATURE_BYTES:
        raise SignatureInvalid("signature length")
    key = nacl.signing.VerifyKey(edwards_key(x25519_public_key))
    try:
        key.verify(message, signature)
    except nacl.exceptions.BadSignatureError as exc:
        raise SignatureInvalid("signature does not match") from exc
