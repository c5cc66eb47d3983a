"""API keys for the screening service, stored hashed.

A key reads ``lw_<key id>_<secret>``. The key id is public and finds the row; the secret is kept
only as a salted scrypt hash, so a copy of the database does not give away working keys. The key
itself is shown once, when it is created.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from listwatch.errors import ConfigError, NotFoundError
from listwatch.store.store import Store
from listwatch.store.tables import api_keys

__all__ = [
    "ApiKey",
    "create_api_key",
    "has_active_api_keys",
    "list_api_keys",
    "revoke_api_key",
    "verify_api_key",
]

_PREFIX = "lw"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_N, _R, _P = 2**14, 8, 1


@dataclass(frozen=True, slots=True)
class ApiKey:
    name: str
    key_id: str
    created_at: datetime
    revoked_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "key_id": self.key_id,
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "revoked_at": self.revoked_at.isoformat(timespec="seconds")
            if self.revoked_at
            else None,
            "active": self.active,
        }


def _hash(secret: str, salt: bytes, n: int = _N, r: int = _R, p: int = _P) -> bytes:
    return hashlib.scrypt(secret.encode(), salt=salt, n=n, r=r, p=p, dklen=32)


def _encode(secret: str) -> str:
    salt = secrets.token_bytes(16)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${_hash(secret, salt).hex()}"


def _matches(secret: str, stored: str) -> bool:
    algo, n, r, p, salt, digest = stored.split("$")
    if algo != "scrypt":
        return False
    actual = _hash(secret, bytes.fromhex(salt), int(n), int(r), int(p))
    return hmac.compare_digest(actual, bytes.fromhex(digest))


def _utc(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def _record(row: sa.Row[Any]) -> ApiKey:
    created = _utc(row.created_at)
    assert created is not None
    return ApiKey(row.name, row.key_id, created, _utc(row.revoked_at))


def create_api_key(store: Store, name: str) -> tuple[ApiKey, str]:
    """A new key named ``name``; returns the record and the key (shown once, never stored)."""
    if not _NAME.match(name):
        raise ConfigError(
            f"key name {name!r}: use 1-64 letters, digits, '.', '_' or '-', starting with a "
            "letter or digit"
        )
    key_id, secret = secrets.token_hex(6), secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    with store.engine.begin() as conn:
        existing = conn.execute(sa.select(api_keys).where(api_keys.c.name == name)).first()
        if existing is not None and existing.revoked_at is None:
            raise ConfigError(f"an active key named {name!r} exists; revoke it first")
        if existing is not None:
            conn.execute(api_keys.delete().where(api_keys.c.name == name))
        conn.execute(
            api_keys.insert().values(
                name=name, key_id=key_id, key_hash=_encode(secret), created_at=now
            )
        )
    return ApiKey(name, key_id, now), f"{_PREFIX}_{key_id}_{secret}"


def list_api_keys(store: Store) -> list[ApiKey]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(api_keys).order_by(api_keys.c.name)).all()
    return [_record(row) for row in rows]


def has_active_api_keys(store: Store) -> bool:
    return any(key.active for key in list_api_keys(store))


def revoke_api_key(store: Store, name: str) -> ApiKey:
    with store.engine.begin() as conn:
        row = conn.execute(sa.select(api_keys).where(api_keys.c.name == name)).first()
        if row is None:
            raise NotFoundError(f"no API key named {name!r} (see `listwatch keys list`)")
        if row.revoked_at is None:
            conn.execute(
                api_keys.update()
                .where(api_keys.c.name == name)
                .values(revoked_at=datetime.now(UTC))
            )
            row = conn.execute(sa.select(api_keys).where(api_keys.c.name == name)).one()
    return _record(row)


def verify_api_key(store: Store, key: str) -> ApiKey | None:
    """The active key that ``key`` is, or None. Costs one scrypt (tens of milliseconds)."""
    prefix, _, rest = key.partition("_")
    key_id, _, secret = rest.partition("_")
    if prefix != _PREFIX or not key_id or not secret:
        return None
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(api_keys).where(api_keys.c.key_id == key_id)).first()
    if row is None or row.revoked_at is not None or not _matches(secret, row.key_hash):
        return None
    return _record(row)
