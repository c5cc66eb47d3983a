"""The screening service: REST API and web page (FastAPI).

The app is imported on first use: commands that only read this package's settings
(``listwatch serve`` checking its host, every other command at start) do not load FastAPI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from listwatch.api.app import app_from_env, create_app

__all__ = ["app_from_env", "create_app"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from listwatch.api import app

        return getattr(app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
