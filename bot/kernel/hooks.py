"""Every extension point of the chat kernel, declared in one place.

Features plug in only through what is listed here (and through commands,
buttons and dialogs, which the Assistant registers): a reader who wants to know
what a feature can change about the kernel's behaviour reads this file, as
simonw/llm's ``hookspecs.py`` declares every plugin hook. Built-in features
register exactly as an outside one would, from their ``install(assistant)``.

Each hook is a list of callables run in order. The kernel never probes a
feature for optional methods: what is not registered here does not run.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Awaitable, Callable

if TYPE_CHECKING:
    from bot.kernel.messages import Incoming, Transport

Handler = Callable[["Incoming", "Transport"], Awaitable[None]]


@dataclass
class Hooks:
    # A question about to be searched. Return True to say "answered" (a curated answer
    # was sent instead): the knowledge base is then not asked. Run in order; first True wins.
    before_answer: list[Callable[["Incoming", "Transport", str], Awaitable[bool]]] = field(default_factory=list)
    # After every logged question and its reply: (message, question id, kb Answer).
    # The staff queue collects abstentions here.
    after_answer: list[Callable[["Incoming", int, object], Awaitable[None]]] = field(default_factory=list)
    # A 👍/👎 on an answer: (message of the press, question id, +1 or -1).
    on_feedback: list[Callable[["Incoming", int, int], Awaitable[None]]] = field(default_factory=list)
    # A reply to one of the bot's own messages. Return True when the feature claimed it
    # (a staff answer to a queue item), so it is not treated as a question.
    on_reply: list[Callable[["Incoming", "Transport"], Awaitable[bool]]] = field(default_factory=list)
    # A channel post that staff forwarded in a private chat (not taken as a question): e.g.
    # offer to register the channel for broadcasts. Run in order, after the access policy's
    # on_unaddressed.
    on_staff_forward: list[Handler] = field(default_factory=list)
    # A file sent in a private chat (documents for the knowledge base). One owner: the
    # last registered handler decides; None means files are ignored.
    on_attachment: Handler | None = None
    # A transport attached inside the running loop: start background work (the outbox worker).
    on_attach: list[Callable[["Transport"], None]] = field(default_factory=list)
    # The assistant is closing: stop background work, flush buffers.
    on_close: list[Callable[[], None]] = field(default_factory=list)


__all__ = ["Hooks", "Handler"]
