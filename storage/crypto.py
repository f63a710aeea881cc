"""Encryption at rest for what parents write: free-text answers and voice-note references.

The key is derived from `KRING_SECRET_KEY` with HKDF-SHA256, so the secret itself never
touches the data and other uses of the secret (dashboard logins) get independent keys.
Tokens are Fernet (AES-128-CBC with HMAC-SHA256): tampering or a wrong key is detected.
"""

from __future__ import annotations

import base64

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

__all__ = ["AnswerCipher", "InvalidToken", "derive_key"]


def derive_key(secret: str, purpose: str) -> bytes:
    """A 32-byte key for one purpose, derived from the deployment's secret."""
    if not secret:
        raise ValueError("an empty secret cannot protect anything")
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"kring", info=purpose.encode())
    return hkdf.derive(secret.encode("utf-8"))


class AnswerCipher:
    """Encrypt and decrypt short texts (answers, file ids) with a key from the secret."""

    def __init__(self, secret: str) -> None:
        key = derive_key(secret, "kring/answers/v1")
        self._fernet = Fernet(base64.urlsafe_b64encode(key))

    def encrypt(self, plain: str) -> str:
        """The token to store."""
        return self._fernet.encrypt(plain.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str) -> str:
        """The text behind a stored token; raises `InvalidToken` if it was altered."""
        return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
