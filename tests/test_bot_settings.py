"""The bot's settings fail when the config is loaded, naming the key and what it expects, before the
knowledge base opens or any transport starts (bot/settings.py, bot/settings_check.py)."""
from __future__ import annotations

import pytest

from app.errors import ConfigError
from bot.settings import load_bot_settings
from kb.config import load_config
from tests.conftest import write_config


def _load(tmp_path, **overrides):
    return load_bot_settings(load_config(write_config(tmp_path, **overrides)))


@pytest.mark.parametrize("bot, message", [
    ({"questions_per_minute": "ten"}, "bot.questions_per_minute must be int, got 'ten'"),
    ({"worker_threads": 1.5}, "bot.worker_threads must be int, got 1.5"),
    ({"telegram": {"webhook_port": "8443/tcp"}}, "bot.telegram.webhook_port must be int"),
    ({"matrix": {"encryption": "yes"}}, "bot.matrix.encryption must be bool, got 'yes'"),
    ({"transports": "telegram"}, "bot.transports must be a list, got 'telegram'"),
    ({"reports": {"max_files": "five"}}, "bot.reports.max_files must be int"),
])
def test_a_wrong_type_names_the_key_and_the_type(tmp_path, bot, message):
    with pytest.raises(ConfigError, match=message):
        _load(tmp_path, bot=bot)


@pytest.mark.parametrize("bot, key", [
    ({"acess": "open"}, "bot.acess"),
    ({"telegram": {"webhok_url": "https://x"}}, "bot.telegram.webhok_url"),
    ({"broadcast": {"per_minute": 3}}, "bot.broadcast.per_minute"),
    ({"reports": {"title_max": 30}}, "bot.reports.title_max"),     # was only found when the feature installed
])
def test_an_unknown_key_is_named_with_the_allowed_ones(tmp_path, bot, key):
    with pytest.raises(ConfigError, match=rf"Unknown key {key} in config; allowed keys here: "):
        _load(tmp_path, bot=bot)


@pytest.mark.parametrize("bot, message", [
    ({"transports": ["telegram", "telegarm"]}, "bot.transports lists 'telegarm', which is not a transport; "
                                               "choose from telegram, matrix, console"),
    ({"telegram": {"mode": "webhook"}}, "bot.telegram.webhook_url must be the public https:// URL"),
    ({"telegram": {"mode": "webhook", "webhook_url": "http://bot.example.org/tg"}}, "got 'http://bot.example.org/tg'"),
    ({"matrix": {"user_id": "assistant"}}, "bot.matrix.user_id must be a full Matrix id like @assistant:example.org"),
    ({"matrix": {"homeserver": "matrix.example.org"}}, "bot.matrix.homeserver must be an http"),
    ({"broadcast": {"unconfirmed": "resnd"}}, "bot.broadcast.unconfirmed must be 'report' or 'resend', got 'resnd'"),
    ({"broadcast": {"per_second": 0}}, "bot.broadcast.per_second must be more than 0"),
    ({"broadcast": {"concurrency": 0}}, "bot.broadcast.concurrency must be 1 or more, got 0"),
    ({"questions_per_minute": -1}, r"bot.questions_per_minute must be 0 or more \(0 = no limit\), got -1"),
    ({"reports": {"categories": []}}, "bot.reports.categories must list at least one category"),
])
def test_a_value_the_bot_cannot_run_with_fails_at_load(tmp_path, bot, message):
    with pytest.raises(ConfigError, match=message):
        _load(tmp_path, bot=bot)


def test_the_duty_section_is_checked_at_load_too(tmp_path):
    with pytest.raises(ConfigError, match="duty.rulez"):
        _load(tmp_path, duty={"rulez": {}})


def test_the_project_config_passes(tmp_path):
    settings = _load(tmp_path)
    assert settings.transports == ["telegram", "matrix"] and settings.broadcast.unconfirmed == "report"


def test_a_missing_secret_stops_python_m_bot_before_anything_opens(tmp_path, monkeypatch, capsys):
    """--transport telegram without TELEGRAM_BOT_TOKEN (and matrix without its token) fails with the
    variable's name, and no database or index was created (it used to fail after the knowledge base
    had opened and warmed up)."""
    from bot.__main__ import main

    # main() points the root logger at this test's captured stderr (bot.logsetup.configure); left
    # there, every later test's warning fails to write to it once it is closed ("--- Logging error
    # --- ValueError: I/O operation on closed file" in the suite's output).
    monkeypatch.setattr("bot.logsetup.configure", lambda **kwargs: None)
    for name in ("TELEGRAM_BOT_TOKEN", "MATRIX_ACCESS_TOKEN", "MATRIX_PASSWORD", "BOT_CONFIG", "BOT_DATA_DIR"):
        monkeypatch.delenv(name, raising=False)
    data = tmp_path / "data"
    path = write_config(tmp_path, data_dir=str(data))
    assert main(["--config", str(path), "--transport", "telegram"]) == 2
    assert "TELEGRAM_BOT_TOKEN" in capsys.readouterr().err
    assert main(["--config", str(path), "--transport", "matrix"]) == 2
    assert "bot.matrix.homeserver" in capsys.readouterr().err
    path = write_config(tmp_path, data_dir=str(data), bot={"matrix": {"homeserver": "https://m.example.org"}})
    assert main(["--config", str(path), "--transport", "matrix"]) == 2
    assert "MATRIX_ACCESS_TOKEN" in capsys.readouterr().err
    monkeypatch.setenv("MATRIX_PASSWORD", "pw")
    assert main(["--config", str(path), "--transport", "matrix"]) == 2
    assert "bot.matrix.user_id" in capsys.readouterr().err
    # A bad value fails the same way, before anything opens.
    path = write_config(tmp_path, data_dir=str(data), bot={"broadcast": {"unconfirmed": "resnd"}})
    assert main(["--config", str(path)]) == 2
    assert "bot.broadcast.unconfirmed" in capsys.readouterr().err
    assert not (data / "assistant.db").exists()
