"""Creating, listing, revoking and checking API keys.

A key looks like `frk_<id>_<secret>`; only its SHA-256 is stored. Lookup is by that hash, and the stored hash
is compared with `hmac.compare_digest`, so neither the lookup nor the comparison leaks the secret by timing.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable

from store.apikeys import ApiKeyRecord, ApiKeyStore, now_iso
from usecases.errors import InvalidInput

SCOPES = ("submit", "read", "admin")
KEY_PREFIX = "frk_"


def hash_key(plaintext: str) -> str:
    return hashlib.sha256(plaintext.encode()).hexdigest()


def create_key(store: ApiKeyStore, scopes: Iterable[str], name: str = "") -> tuple[ApiKeyRecord, str]:
    wanted = tuple(dict.fromkeys(scopes))
    unknown = [s for s in wanted if s not in SCOPES]
    if unknown or not wanted:
        raise InvalidInput(f"scopes must be one or more of {', '.join(SCOPES)}", field="scopes")
    key_id = secrets.token_hex(6)
    plaintext = f"{KEY_PREFIX}{key_id}_{secrets.token_urlsafe(32)}"
    record = ApiKeyRecord(id=key_id, name=name, scopes=wanted, created_at=now_iso())
    store.add(hash_key(plaintext), record)
    return record, plaintext


def authenticate(store: ApiKeyStore, plaintext: str) -> ApiKeyRecord | None:
    """The key's record if the key is valid and not revoked, else None."""
    if not plaintext.startswith(KEY_PREFIX) or len(plaintext) > 200:
        return None
    candidate = hash_key(plaintext)
    found = store.by_hash(candidate)
    if found is None:
        return None
    stored_hash, record = found
    if not hmac.compare_digest(stored_hash, candidate) or record.revoked:
        return None
    return record


def has_scope(record: ApiKeyRecord, scope: str) -> bool:
    """`admin` implies every scope."""
    return scope in record.scopes or "admin" in record.scopes
