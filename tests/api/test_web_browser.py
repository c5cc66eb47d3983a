"""The web page end to end in headless Chromium (Debian's), against a real uvicorn server:
search, see the explanation, open the entry. Screenshots go to ``test-artifacts/``."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from listwatch.api import create_app
from listwatch.api.config import ApiSettings
from listwatch.config import Settings

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists() and os.environ.get("CI") != "true",
        reason="Debian chromium not installed (it must be in CI)",
    ),
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def base_url(settings: Settings) -> Iterator[str]:
    port = _free_port()
    config = uvicorn.Config(
        create_app(settings, ApiSettings()), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def test_search_open_entry_and_see_explanation(base_url: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 900})
            page.goto(base_url + "/")
            page.get_by_label("Name").fill("Nicolas Maduro")
            page.get_by_label("Birth date").fill("1962-11-23")
            page.get_by_label("Country").fill("Venezuela")
            page.get_by_role("button", name="Screen").click()
            first = page.locator("li.result").first
            expect(first.locator("a.caption")).to_have_text("MADURO MOROS, Nicolas")
            expect(first.locator(".summary")).to_contain_text("maduro=maduro")
            expect(first.locator(".features")).to_contain_text("birth date 1962-11-23 matches")
            assert first.locator(".bar span").get_attribute("style") is not None
            page.screenshot(path=str(ARTIFACTS / "web-search.png"), full_page=True)

            first.locator("a.caption").click()
            expect(page.locator("h1")).to_have_text("MADURO MOROS, Nicolas")
            expect(page.locator("section.why")).to_contain_text("Why it matched")
            expect(page.locator("section.why .summary")).to_contain_text("nicolas=nicolas")
            expect(page.get_by_role("heading", name="Designation history")).to_be_visible()
            expect(page.locator("table.history")).to_contain_text("listed")
            expect(page.get_by_role("heading", name="Programs")).to_be_visible()
            page.screenshot(path=str(ARTIFACTS / "web-entry.png"), full_page=True)

            phone = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
            phone.goto(base_url + "/?name=Nicolas+Maduro")
            expect(phone.locator("li.result").first).to_be_visible()
            width = phone.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, f"the results page scrolls sideways on a phone ({width}px)"
            phone.screenshot(path=str(ARTIFACTS / "web-search-phone.png"), full_page=True)

            page.goto(base_url + "/web/lists")
            expect(page.locator("table.lists")).to_contain_text("us_ofac_sdn")
            page.goto(base_url + "/web/changes")
            expect(page.locator("main")).to_contain_text("4 removed")
            page.screenshot(path=str(ARTIFACTS / "web-changes.png"), full_page=True)
        finally:
            browser.close()
