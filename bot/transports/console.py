"""A terminal chat on the same core: interactive, or scripted through a pipe.

Interactive: a prompt, the answer, repeat; buttons are shown as numbered
choices you can type (``:1``), numbered across every message one typed line
produced (the fifth button of a /queue listing is ``:5``). Piped: one question per line, each answered,
exit at end of input.
"""
from __future__ import annotations

import asyncio
import itertools
import sys
import time

from bot.kernel.messages import Button, Callback, Chat, Incoming, OutMessage, SentRef, User, to_plain
from bot.kernel.transports import TransportInfo

# The terminal on the server: one private chat, commands typed with "/", no files, no links.
CONSOLE = TransportInfo(name="console", id_prefix="console", command_prefix="/", user_is_chat=True,
                        operator=True)   # whoever has the terminal on the server has the data anyway


class ConsoleTransport:
    name = "console"
    info = CONSOLE
    bot_username = None

    def __init__(self, out=None, *, language: str = "zh", user_id: str = CONSOLE.qualify("local")):
        self.out = out or sys.stdout
        self.user = User(id=user_id, display_name="console", language=language)
        self.chat = Chat(id=CONSOLE.qualify("local"), kind="private", title="console")
        self._ids = itertools.count(1)
        # The buttons shown since the last line typed, numbered across all the messages that
        # line produced (/queue lists ten items: [:1] [:2] on the first, [:3] [:4] on the next),
        # each with the message it belongs to. They stay valid until new buttons are shown.
        self.shown: list[tuple[Button, SentRef]] = []
        self._turn = 0
        self._shown_turn = -1
        self.last_ref: SentRef | None = None

    @property
    def last_buttons(self) -> list[Button]:
        return [b for b, _ in self.shown]

    async def send(self, chat_id: str, message: OutMessage) -> SentRef:
        ref = SentRef(chat_id, str(next(self._ids)))
        self._print(message, ref)
        self.last_ref = ref
        return ref

    async def edit(self, ref: SentRef, message: OutMessage) -> None:
        self._print(message, ref)

    async def typing(self, chat_id: str) -> None:
        return None

    async def answer_callback(self, callback: Callback, text: str | None = None) -> None:
        if text:
            self.out.write(f"({text})\n")
            self.out.flush()

    def _print(self, message: OutMessage, ref: SentRef) -> None:
        self.out.write(message.plain + "\n")
        buttons = [b for row in message.buttons for b in row if b.data]
        if buttons:
            if self._shown_turn != self._turn:      # the first buttons after a typed line
                self.shown, self._shown_turn = [], self._turn
            first = len(self.shown) + 1
            self.shown.extend((b, ref) for b in buttons)
            self.out.write("  " + "  ".join(f"[:{n}] {b.label}" for n, b in enumerate(buttons, first)) + "\n")
        self.out.write("\n")
        self.out.flush()

    def incoming(self, line: str) -> Incoming:
        """Turn a typed line into a core message: /commands, :N button presses, questions."""
        line = line.strip()
        now = time.time()
        self._turn += 1
        if line.startswith(":") and line[1:].isdigit() and self.shown:
            n = int(line[1:]) - 1
            if 0 <= n < len(self.shown):
                button, ref = self.shown[n]
                cb = Callback(id=str(now), data=button.data, message=ref)
                return Incoming(CONSOLE.name, self.user, self.chat, callback=cb, received_at=now)
        if line.startswith("/"):
            head, _, args = line[1:].partition(" ")
            return Incoming(CONSOLE.name, self.user, self.chat, text=line, command=head.lower(),
                            args=args, received_at=now)
        return Incoming(CONSOLE.name, self.user, self.chat, text=line, received_at=now)


async def run_console(assistant, *, stdin=None, out=None, language: str = "zh") -> None:
    stdin = stdin or sys.stdin
    transport = ConsoleTransport(out, language=language)
    assistant.attach_transport(transport)
    interactive = stdin.isatty()
    loop = asyncio.get_running_loop()
    if interactive:
        transport.out.write("输入问题并回车；/help 查看帮助；Ctrl-D 退出。\n\n")
        await assistant.handle(transport.incoming("/start"), transport)
    while True:
        if interactive:
            transport.out.write("> ")
            transport.out.flush()
        line = await loop.run_in_executor(None, stdin.readline)
        if not line:
            break
        if not line.strip():
            continue
        if not interactive:
            transport.out.write(f"> {line.strip()}\n")
        await assistant.handle(transport.incoming(line), transport)


__all__ = ["CONSOLE", "ConsoleTransport", "run_console", "to_plain"]
