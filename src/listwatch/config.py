"""Settings: defaults, then ``<home>/config.toml``, then ``LISTWATCH_*`` variables, then flags.

Secrets (API keys, database passwords) come only from the environment.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from listwatch.errors import ConfigError

__all__ = ["DEFAULT_MAX_AGE_DAYS", "Settings", "load_settings"]

#: A publication older than this many days is flagged as old by ``lists`` and in results.
DEFAULT_MAX_AGE_DAYS = 7
#: Query names a screener remembers the name matches of (customer files repeat names).
DEFAULT_NAME_MEMO = 200_000


def _default_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "listwatch"


@dataclass(frozen=True)
class Settings:
    home: Path = field(default_factory=_default_home)
    database_url: str | None = None
    max_age_days: int = DEFAULT_MAX_AGE_DAYS
    #: Load the bundled offline snapshot into an empty store on first use.
    snapshot: bool = True
    #: Query names whose candidate matches a screener remembers (0: none).
    name_memo: int = DEFAULT_NAME_MEMO

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{self.home / 'listwatch.db'}"

    @property
    def cache_dir(self) -> Path:
        return self.home / "cache"


def _read_config(home: Path) -> dict[str, object]:
    path = home / "config.toml"
    if not path.exists():
        return {}
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc


def _whole_number(name: str, value: object, unit: str) -> int:
    try:
        return int(str(value))
    except ValueError as exc:
        raise ConfigError(f"{name} must be a number of {unit}, not {value!r}") from exc


def load_settings(home: str | Path | None = None, database_url: str | None = None) -> Settings:
    """Resolve settings; ``home`` and ``database_url`` are the command-line flags."""
    env = os.environ
    home_path = Path(home or env.get("LISTWATCH_HOME") or _default_home()).expanduser()
    config = _read_config(home_path)
    url = database_url or env.get("LISTWATCH_DATABASE_URL") or config.get("database_url")
    max_age = (
        env.get("LISTWATCH_MAX_AGE_DAYS") or config.get("max_age_days") or DEFAULT_MAX_AGE_DAYS
    )
    snapshot = env.get("LISTWATCH_SNAPSHOT", str(config.get("snapshot", "1")))
    memo = env.get("LISTWATCH_NAME_MEMO", config.get("name_memo", DEFAULT_NAME_MEMO))
    max_age_days = _whole_number("LISTWATCH_MAX_AGE_DAYS", max_age, "days")
    name_memo = _whole_number("LISTWATCH_NAME_MEMO", memo, "names")
    return Settings(
        home=home_path,
        database_url=str(url) if url else None,
        max_age_days=max_age_days,
        snapshot=snapshot.lower() not in {"0", "false", "no", "off"},
        name_memo=max(0, name_memo),
    )
