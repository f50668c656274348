"""Test doubles shared by the tests and the benchmarks (``from tests.support.doubles import ...``)."""
from __future__ import annotations

from bot.kernel.transports import TransportInfo


class RecordingTransport:
    """A Transport that records what the core sends (core-level tests only;
    transports are tested end to end against the Telegram emulator and Synapse)."""

    name = "console"
    # What it declares (bot.kernel.transports): a text-only network with "/" commands, whose
    # deep links (invites) work like Telegram's once a test gives it a bot_username.
    info = TransportInfo(name="console", id_prefix="console", deep_link="https://t.me/{bot}?start={payload}")
    bot_username = None

    def __init__(self):
        self.sent = []          # (chat_id, OutMessage)
        self.edits = []
        self.callbacks = []
        self.typing_in = []
        self._n = 0

    async def send(self, chat_id, message):
        from bot.kernel.messages import SentRef

        self._n += 1
        self.sent.append((chat_id, message))
        return SentRef(chat_id, str(self._n))

    async def edit(self, ref, message):
        self.edits.append((ref, message))

    async def typing(self, chat_id):
        self.typing_in.append(chat_id)

    async def answer_callback(self, callback, text=None):
        self.callbacks.append((callback, text))

    def texts(self, chat_id=None):
        return [m.plain for c, m in self.sent if chat_id is None or c == chat_id]
