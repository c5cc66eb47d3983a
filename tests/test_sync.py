"""``sync`` against a fake transport: no test touches the network."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from listwatch.config import Settings
from listwatch.store import Store
from listwatch.sync import sync

LISTS = Path(__file__).resolve().parents[2] / "shared" / "data" / "lists"
UN_URL = "https://scsanctions.un.org/resources/xml/en/consolidated.xml"


class FakePublisher:
    """Serves files by URL, honours If-None-Match, and records requests."""

    def __init__(self, files: dict[str, bytes]) -> None:
        self.files = files
        self.requests: list[httpx.Request] = []
        self.fail_with: int | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.fail_with:
            return httpx.Response(self.fail_with)
        body = self.files.get(str(request.url))
        if body is None:
            return httpx.Response(404)
        etag = f'"{hash(body)}"'
        if request.headers.get("If-None-Match") == etag:
            return httpx.Response(304)
        return httpx.Response(200, content=body, headers={"ETag": etag})


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path / "home", snapshot=False)


@pytest.fixture
def store(settings: Settings) -> Store:
    return Store(settings.db_url)


def test_sync_fetches_verifies_and_stores_from_the_official_url(
    store: Store, settings: Settings
) -> None:
    publisher = FakePublisher({UN_URL: (LISTS / "un_sc/2025-04-19/UN.xml").read_bytes()})
    (result,) = sync(store, settings, ["un_sc_sanctions"], transport=httpx.MockTransport(publisher))
    assert result.status == "updated", result.detail
    assert result.publication is not None
    assert result.publication.entry_count == 877
    assert str(result.publication.published) == "2025-04-19"
    assert [str(r.url) for r in publisher.requests] == [UN_URL]
    archived = settings.home / "files" / "un_sc_sanctions" / "2025-04-19" / "consolidated.xml"
    assert archived.is_file()


def test_second_sync_is_conditional_and_reports_unchanged(store: Store, settings: Settings) -> None:
    publisher = FakePublisher({UN_URL: (LISTS / "un_sc/2025-04-19/UN.xml").read_bytes()})
    transport = httpx.MockTransport(publisher)
    sync(store, settings, ["un_sc_sanctions"], transport=transport)
    (again,) = sync(store, settings, ["un_sc_sanctions"], transport=transport)
    assert again.status == "unchanged"
    assert "If-None-Match" in publisher.requests[-1].headers
    assert len(store.publications("un_sc_sanctions")) == 1


def test_newer_publication_is_swapped_in_and_old_one_kept(store: Store, settings: Settings) -> None:
    publisher = FakePublisher({UN_URL: (LISTS / "un_sc/2025-04-19/UN.xml").read_bytes()})
    transport = httpx.MockTransport(publisher)
    sync(store, settings, ["un_sc_sanctions"], transport=transport)
    publisher.files[UN_URL] = (LISTS / "un_sc/2026-02-27/UN_consolidated.xml").read_bytes()
    (result,) = sync(store, settings, ["un_sc_sanctions"], transport=transport)
    assert result.status == "updated"
    dates = [str(p.published) for p in store.publications("un_sc_sanctions")]
    assert dates == ["2025-04-19", "2026-02-27"]


@pytest.mark.parametrize(
    ("body", "status", "reason"),
    [
        (b"<CONSOLIDATED_LIST dateGenerated='2026-03-01T00:00:00Z'><INDIVIDUALS>", 200, "line"),
        (b"", 200, "empty"),
        (None, 503, "HTTP 503"),
    ],
)
def test_failed_download_keeps_the_previous_publication(
    store: Store,
    settings: Settings,
    body: bytes | None,
    status: int,
    reason: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("listwatch.sources.download.time.sleep", lambda _s: None)
    publisher = FakePublisher({UN_URL: (LISTS / "un_sc/2025-04-19/UN.xml").read_bytes()})
    transport = httpx.MockTransport(publisher)
    sync(store, settings, ["un_sc_sanctions"], transport=transport)
    if body is None:
        publisher.fail_with = status
    else:
        publisher.files[UN_URL] = body
    (result,) = sync(store, settings, ["un_sc_sanctions"], transport=transport, force=True)
    assert result.status == "failed"
    assert reason in result.detail
    assert "previous publication is kept" in result.detail
    assert [p.entry_count for p in store.publications("un_sc_sanctions")] == [877]


def test_collapsed_entry_count_is_refused_unless_forced(store: Store, settings: Settings) -> None:
    full = (LISTS / "un_sc/2025-04-19/UN.xml").read_bytes()
    publisher = FakePublisher({UN_URL: full})
    transport = httpx.MockTransport(publisher)
    sync(store, settings, ["un_sc_sanctions"], transport=transport)
    # A well-formed publication of a later date holding only one entry.
    head, _, _ = full.partition(b"<INDIVIDUAL>")
    first = full[full.index(b"<INDIVIDUAL>") : full.index(b"</INDIVIDUAL>") + 13]
    tiny = (
        head.replace(b"2025-04-19", b"2025-05-01") + first + b"</INDIVIDUALS><ENTITIES/>"
        b"</CONSOLIDATED_LIST>"
    )
    publisher.files[UN_URL] = tiny
    (refused,) = sync(store, settings, ["un_sc_sanctions"], transport=transport)
    assert refused.status == "failed"
    assert "collapsed" in refused.detail and "--force" in refused.detail
    assert len(store.publications("un_sc_sanctions")) == 1
    (forced,) = sync(store, settings, ["un_sc_sanctions"], transport=transport, force=True)
    assert forced.status == "updated"
    assert forced.publication is not None and forced.publication.entry_count == 1
