"""The whole stack for browser tests and screenshots: the bot on the Telegram emulator and the
web desk, in one event loop on a background thread, and headless Chromium driven by Selenium.

Selenium is blocking, so the tests run it on their own thread while the bot and the
desk serve from this loop, as `python -m bot` would run them.
"""
from __future__ import annotations

import asyncio
import shutil
import threading
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
SECRET = "test-secret-of-the-web-desk-0123456789"


def have_chromium() -> bool:
    return Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()


class Clock:
    """Real time plus a shift that tests move forward (expired links and sessions without sleeping)."""

    def __init__(self):
        import time

        self._time = time.time
        self.shift = 0.0

    def __call__(self) -> float:
        return self._time() + self.shift


class LiveDesk:
    def __init__(self, assistant):
        self.assistant = assistant
        self.clock = Clock()
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="live-desk", daemon=True)
        self.thread.start()
        self.harness = None
        self.desk = None
        self.base_url = ""
        self._serving = None

    def run(self, coro, timeout: float = 180):
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def call(self, fn, *args, **kwargs):
        """Run a plain function on the loop's thread (the emulator's state belongs to it)."""
        async def wrapper():
            return fn(*args, **kwargs)

        return self.run(wrapper())

    def start(self) -> "LiveDesk":
        from bot.web import attach
        from tests.conftest import start_telegram_bot

        self.desk = attach(self.assistant, clock=self.clock, secret=SECRET)
        sock = self.desk.bind("127.0.0.1", 0)
        self.base_url = f"http://127.0.0.1:{self.desk.port}"
        self.assistant.settings.web.public_url = self.base_url
        self.harness = self.run(start_telegram_bot(self.assistant))

        async def serve():
            self._serving = asyncio.create_task(self.desk.serve(sock))

        self.run(serve())
        return self

    @property
    def emu(self):
        return self.harness.emu

    def send_text(self, user, chat, text, **kwargs) -> dict:
        return self.call(self.emu.send_text, user, chat, text, **kwargs)

    def wait_for_messages(self, chat_id, count=1, *, after=None, timeout=120):
        return self.run(self.emu.wait_for_messages(chat_id, count, timeout=timeout, after=after), timeout + 10)

    def wait_for(self, predicate, timeout=120):
        return self.run(self.emu.wait_for(predicate, timeout=timeout), timeout + 10)

    def link_from_chat(self, user, chat) -> str:
        """Send /web as ``user`` and return the link the bot answers with."""
        sent = self.send_text(user, chat, "/web")
        [reply] = self.wait_for_messages(chat.id, 1, after=sent["message_id"])[:1]
        words = [w for w in reply.plain_text.split() if w.startswith(self.base_url)]
        assert words, reply.plain_text
        return words[0]

    def stop(self) -> None:
        async def down():
            self.desk.stop()
            if self._serving is not None:
                await asyncio.wait_for(self._serving, 30)
            await self.harness.stop()
            await self.harness.emu.stop()
            self.assistant.close()          # on the loop: the outbox worker's tasks end here
            await asyncio.sleep(0)

        try:
            self.run(down(), 90)
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(30)


def chrome(width: int = 1280, height: int = 900, lang: str = "zh-CN"):
    """Headless Chromium (Debian's package) through its chromedriver."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                f"--window-size={width},{height}", f"--lang={lang}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(120)
    return driver


def copy_kb(source: Path, dest: Path):
    from kb.config import load_config
    from kb.knowledge_base import KnowledgeBase

    shutil.copytree(source, dest)
    return KnowledgeBase(load_config(dest / "config.yaml"))


__all__ = ["LiveDesk", "Clock", "chrome", "have_chromium", "copy_kb", "SECRET"]
