"""Downloading a publication's official files: conditional requests, retries, timeouts, SHA-256.

All files of a publication are fetched into one temporary folder; the caller parses and stores
them and only then moves the folder into place, so a failure never replaces good data.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx

from listwatch.errors import FetchError
from listwatch.sources.base import Download

__all__ = ["USER_AGENT", "DownloadedFile", "HttpState", "fetch_files", "make_client"]

USER_AGENT = "listwatch/0.1 (+https://github.com/listwatch/listwatch)"
_RETRY_STATUS = {429, 500, 502, 503, 504}


@dataclass(frozen=True, slots=True)
class DownloadedFile:
    path: Path
    url: str
    sha256: str
    size: int


class HttpState:
    """ETag and Last-Modified per URL, kept in a JSON file for conditional requests."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.data: dict[str, dict[str, str]] = json.loads(path.read_text("utf-8"))
        except (FileNotFoundError, ValueError):
            self.data = {}

    def headers(self, url: str) -> dict[str, str]:
        known = self.data.get(url, {})
        out = {}
        if "etag" in known:
            out["If-None-Match"] = known["etag"]
        if "last-modified" in known:
            out["If-Modified-Since"] = known["last-modified"]
        return out

    def remember(self, url: str, response: httpx.Response) -> None:
        entry = {k: response.headers[k] for k in ("etag", "last-modified") if k in response.headers}
        if entry:
            self.data[url] = entry

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.data, indent=2), "utf-8")
        tmp.replace(self.path)


def make_client(transport: httpx.BaseTransport | None = None) -> httpx.Client:
    return httpx.Client(
        transport=transport,
        timeout=httpx.Timeout(60.0, connect=15.0),
        follow_redirects=True,
        headers={"User-Agent": USER_AGENT},
    )


def _get(
    client: httpx.Client, download: Download, headers: dict[str, str], dest: Path, retries: int
) -> tuple[httpx.Response, str, int]:
    delay = 1.0
    for attempt in range(1, retries + 1):
        try:
            with client.stream("GET", download.url, headers=headers) as response:
                if response.status_code in _RETRY_STATUS and attempt < retries:
                    response.read()
                    time.sleep(delay)
                    delay *= 2
                    continue
                if response.status_code == 304:
                    return response, "", 0
                if response.status_code != 200:
                    raise FetchError(f"{download.url}: HTTP {response.status_code}")
                digest = hashlib.sha256()
                size = 0
                with dest.open("wb") as fh:
                    for chunk in response.iter_bytes():
                        digest.update(chunk)
                        size += len(chunk)
                        fh.write(chunk)
                if size == 0:
                    raise FetchError(f"{download.url}: empty response")
                return response, digest.hexdigest(), size
        except httpx.TransportError as exc:
            if attempt >= retries:
                raise FetchError(f"{download.url}: {type(exc).__name__}: {exc}") from exc
            time.sleep(delay)
            delay *= 2
    raise FetchError(f"{download.url}: gave up after {retries} attempts")


def fetch_files(
    client: httpx.Client,
    downloads: Sequence[Download],
    dest_dir: Path,
    state: HttpState,
    *,
    conditional: bool = True,
    retries: int = 3,
) -> list[DownloadedFile] | None:
    """Fetch every file into ``dest_dir``. Returns None when the server says none changed (all
    304); raises FetchError on any failure. ``state`` is updated but not saved."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    results: list[DownloadedFile] = []
    responses: list[tuple[Download, httpx.Response]] = []
    unchanged = 0
    for download in downloads:
        headers = state.headers(download.url) if conditional else {}
        target = dest_dir / download.filename
        response, sha, size = _get(client, download, headers, target, retries)
        responses.append((download, response))
        if response.status_code == 304:
            unchanged += 1
            continue
        results.append(DownloadedFile(target, download.url, sha, size))
    if unchanged == len(downloads):
        return None
    if unchanged:
        # Some files changed and some did not: fetch the whole set again unconditionally, so
        # the publication is consistent.
        return fetch_files(client, downloads, dest_dir, state, conditional=False, retries=retries)
    for download, response in responses:
        state.remember(download.url, response)
    return results
