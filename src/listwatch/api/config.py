"""Settings of the screening service, read once from ``LISTWATCH_API_*`` environment variables.

``listwatch serve`` sets them from its flags before uvicorn starts the workers, so every worker
process reads the same values.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass

from listwatch.errors import ConfigError

__all__ = ["ApiSettings", "is_loopback", "load_api_settings"]


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ::1)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve to anything


@dataclass(frozen=True)
class ApiSettings:
    #: The address the server is bound to; API keys are required beyond loopback.
    host: str = "127.0.0.1"
    #: Force keys on (True) or off (False, only honoured on loopback); None: by ``host``.
    require_keys: bool | None = None
    #: Requests per second each API key may make (token bucket), and the burst it may save up.
    rate_per_second: float = 50.0
    burst: int = 100
    #: Largest request body accepted, in bytes.
    max_body_bytes: int = 1_000_000
    #: Most queries in one POST /match.
    max_batch: int = 100
    #: Lists screened when a request names none (``DATASET[@DATE],…``; default: newest of each).
    lists: str | None = None

    @property
    def keys_required(self) -> bool:
        if not is_loopback(self.host):
            return True
        return bool(self.require_keys)


def _number(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be a number, not {raw!r}") from exc
    if value < 0:
        raise ConfigError(f"{name} must not be negative, not {raw!r}")
    return value


def load_api_settings(env: Mapping[str, str] | None = None) -> ApiSettings:
    env = os.environ if env is None else env
    require = env.get("LISTWATCH_API_REQUIRE_KEYS")
    return ApiSettings(
        host=env.get("LISTWATCH_API_HOST") or "127.0.0.1",
        require_keys=None if not require else require.lower() in {"1", "true", "yes", "on"},
        rate_per_second=_number(env, "LISTWATCH_API_RATE", 50.0),
        burst=int(_number(env, "LISTWATCH_API_BURST", 100)),
        max_body_bytes=int(_number(env, "LISTWATCH_API_MAX_BODY", 1_000_000)),
        max_batch=int(_number(env, "LISTWATCH_API_MAX_BATCH", 100)),
        lists=env.get("LISTWATCH_API_LISTS") or None,
    )
