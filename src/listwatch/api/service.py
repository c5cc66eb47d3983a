"""What the service keeps loaded between requests: the store and the default screener."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from listwatch.api.config import ApiSettings
from listwatch.api_facade import get_screener
from listwatch.config import Settings
from listwatch.context import open_store
from listwatch.index.entries import ListEntry
from listwatch.screening.screener import Screener
from listwatch.store import Store

__all__ = ["Service", "ServiceDep", "get_service", "lists_spec"]


def lists_spec(lists: list[str] | None) -> str | None:
    """``["a@2024-01-01", "b"]`` → ``"a@2024-01-01,b"``, in a stable order (one cached screener)."""
    if not lists:
        return None
    parts = sorted({p.strip() for item in lists for p in item.split(",") if p.strip()})
    return ",".join(parts) or None


@dataclass
class Service:
    settings: Settings
    api: ApiSettings
    store: Store
    screener: Screener
    _entries: dict[str, ListEntry] = field(default_factory=dict)

    @classmethod
    def load(cls, settings: Settings, api: ApiSettings) -> Service:
        """Open the store and load the default screener (seconds; done once at startup)."""
        store = open_store(settings)
        return cls(settings, api, store, get_screener(settings, lists_spec([api.lists or ""])))

    async def screener_for(self, lists: list[str] | None) -> Screener:
        """The default screener, or (loaded in a thread the first time) one for ``lists``."""
        spec = lists_spec(lists)
        if spec is None or spec == lists_spec([self.api.lists or ""]):
            return self.screener
        return await run_in_threadpool(get_screener, self.settings, spec)

    def entry(self, screener: Screener, entity_id: str) -> ListEntry | None:
        """The indexed entry of the default screener (or ``screener``) with this id."""
        if screener is not self.screener:
            return next((e for e in screener.index.entries if e.entity_id == entity_id), None)
        if not self._entries:
            self._entries = {e.entity_id: e for e in screener.index.entries}
        return self._entries.get(entity_id)

    def close(self) -> None:
        self.store.close()


async def get_service(request: Request) -> Service:
    service: Service = request.app.state.service
    return service


#: The loaded service, as a route parameter.
ServiceDep = Annotated[Service, Depends(get_service)]
