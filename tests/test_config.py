"""Settings: defaults, config.toml, environment, with clear errors for bad values."""

from __future__ import annotations

from pathlib import Path

import pytest

from listwatch.config import DEFAULT_NAME_MEMO, load_settings
from listwatch.errors import ConfigError


def test_name_memo_from_default_file_and_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LISTWATCH_NAME_MEMO", raising=False)
    assert load_settings(home=tmp_path).name_memo == DEFAULT_NAME_MEMO
    (tmp_path / "config.toml").write_text("name_memo = 0\n", encoding="utf-8")
    assert load_settings(home=tmp_path).name_memo == 0
    monkeypatch.setenv("LISTWATCH_NAME_MEMO", "1000")
    assert load_settings(home=tmp_path).name_memo == 1000


def test_a_bad_name_memo_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LISTWATCH_NAME_MEMO", "lots")
    with pytest.raises(ConfigError, match="LISTWATCH_NAME_MEMO must be a number"):
        load_settings(home=tmp_path)
