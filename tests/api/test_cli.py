"""``listwatch keys`` and ``listwatch serve`` (refusals and the in-process ``--get``)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from listwatch.cli.app import app
from tests.api.conftest import FIXTURES

Invoke = Callable[..., Result]

_SERVE_ENV = (
    "LISTWATCH_API_HOST",
    "LISTWATCH_API_LISTS",
    "LISTWATCH_API_REQUIRE_KEYS",
    "PROMETHEUS_MULTIPROC_DIR",
)


@pytest.fixture
def invoke(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Invoke:
    """Run ``listwatch`` in-process against a fresh home without the snapshot. ``serve`` hands
    its settings to workers through os.environ: monkeypatch restores it afterwards."""
    monkeypatch.setenv("LISTWATCH_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("LISTWATCH_SNAPSHOT", "0")
    monkeypatch.delenv("LISTWATCH_DATABASE_URL", raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    for name in _SERVE_ENV:
        monkeypatch.delenv(name, raising=False)
    runner = CliRunner()

    def run(*args: str) -> Result:
        return runner.invoke(app, list(args), catch_exceptions=False)

    return run


def test_keys_create_list_revoke(invoke: Invoke) -> None:
    created = invoke("keys", "create", "ci-client")
    assert created.exit_code == 0
    key = created.stdout.strip()
    assert key.startswith("lw_") and len(key) > 40
    assert "Store it now: it is not shown again" in created.stderr
    listed = json.loads(invoke("keys", "list", "--format", "json").stdout)
    assert [(k["name"], k["active"]) for k in listed] == [("ci-client", True)]
    assert key not in invoke("keys", "list").stdout
    again = invoke("keys", "create", "ci-client")
    assert again.exit_code == 1
    assert again.stderr == ("error: an active key named 'ci-client' exists; revoke it first\n")
    assert invoke("keys", "revoke", "ci-client").exit_code == 0
    listed = json.loads(invoke("keys", "list", "--format", "json").stdout)
    assert listed[0]["active"] is False
    missing = invoke("keys", "revoke", "nobody")
    assert missing.stderr == "error: no API key named 'nobody' (see `listwatch keys list`)\n"
    bad = invoke("keys", "create", "has space")
    assert bad.exit_code == 1
    assert "key name 'has space'" in bad.stderr


def test_serve_refuses_to_listen_beyond_loopback_without_a_key(invoke: Invoke) -> None:
    result = invoke("serve", "--host", "0.0.0.0")
    assert result.exit_code == 2
    assert result.stderr == (
        "error: refusing to serve on 0.0.0.0 without an API key: create one with "
        "`listwatch keys create NAME`, or listen on 127.0.0.1 (the default)\n"
    )
    required = invoke("serve", "--require-keys")
    assert required.exit_code == 2
    assert "refusing to serve with --require-keys without an API key" in required.stderr


def test_serve_get_answers_in_process(invoke: Invoke) -> None:
    sdn = FIXTURES / "us_ofac_sdn" / "2024-05-03_sdn.csv"
    assert invoke("import", "us_ofac_sdn", str(sdn), "--published", "2024-05-03").exit_code == 0
    result = invoke("serve", "--get", "/readyz")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["lists"] == ["us_ofac_sdn@2024-05-03"]
    missing = invoke("serve", "--get", "/entities/us_ofac_sdn:0")
    assert missing.exit_code == 1
    assert json.loads(missing.stdout)["error"]["type"] == "NotFoundError"
