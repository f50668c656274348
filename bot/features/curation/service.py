"""Closing the loop: questions the bot could not answer reach staff, and staff answers reach members.

No knowledge base is complete. A question the bot abstains on, or an answer a
member marks 👎, enters a staff queue. Near-duplicates (the same question in
other words) are grouped into one *item*, so staff answer a topic once.

Staff see the queue with ``/queue`` (most-asked first) and answer an item by
replying to the bot's message that shows it, with its "answer" button (a
dialog), or with ``/answer N text``. The answer becomes a *curated entry*: the
item's question variants, the staff answer, the staff member's name and the
date. Every member who asked gets the answer in their private chat, marked as
an answer from the secretariat, and a later question close enough to a curated
entry gets the curated answer before (instead of) a document search, labelled
as such with its date. Staff can edit or retire entries (``/faq``); a retired
entry is never served again. Staff can also dismiss an item with a reason; the
askers get the reason first, then a pointer to the right office.

The feature's parts, each in its own module:

=============  ===========================================================
``store``      the five tables and every SQL statement on them
``matching``   when two questions are "the same question"
``queue``      entering, grouping, answering, merging, dismissing items
``faq``        curated entries: matching, serving, editing, retiring
``office``     which office a dismissed question's askers are pointed to
``chat``       the commands and the kernel hooks
``dialogs``    the answer / reason / edit dialogs (declared states)
``buttons``    the ``cq:`` buttons, routed by pattern
``desk``       the queue from a process without chat (the command line)
=============  ===========================================================

:class:`Curation` (``assistant.curation`` once installed) is the one object the
chat, the command line and the web desk call; its public methods are listed in
``Curation.__doc__``.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from app.timefmt import local_time
import bot.features.curation.texts  # noqa: F401  (the feature's TEXTS entries)
from bot.features.curation import office, store
from bot.features.curation.faq import Faq
from bot.features.curation.matching import Match, Probe, probe_of
from bot.features.curation.queue import Queue
from bot.kernel.messages import SentRef, User
from bot.kernel.privacy import mask_for_others

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant

log = logging.getLogger("bot.curation")

QUEUE_PAGE = 10
FAQ_PAGE = 20


class Curation:
    """The staff queue and the FAQ of one assistant.

    Queue (ids are the ``#N`` staff see):
      ``open_items(limit)``, ``items(status, limit, offset)``, ``item(id)``, ``asks_of(id)``,
      ``item_view(item)`` (questions, sources, suggested entry), ``queue_totals()``;
      ``await answer_item(id, staff, text)``, ``await attach_item(id, entry_id, staff)``,
      ``merge_items(id, into_id, staff)``, ``await dismiss_item(id, staff, reason)``.
    FAQ:
      ``entries(status)``, ``entry(id)``, ``entry_counts()``, ``variants(id)``, ``display_question(id)``,
      ``edit_entry(id, text, staff)``, ``edit_question(id, text, staff)``, ``retire_entry(id, staff)``.
    Matching (blocking: run them on the assistant's worker threads):
      ``probe(text)``, ``best_entry(probe)``, ``office_for(question)``.

    A method that closes an item returns a tuple on success and, when it could not, a
    string saying why (``missing``, or the item's status: it was handled already).
    Every asker is notified through the assistant's transports (or the outbox, for a
    desk without chat: :mod:`bot.features.curation.desk`).
    """

    def __init__(self, assistant: "Assistant"):
        self.assistant = assistant
        self.kb = assistant.kb
        self.db = assistant.db
        self.faq = Faq(self)
        self.queue = Queue(self)
        self.probes: dict[tuple, Probe] = {}        # before_answer -> after_answer, same question
        self.bypass: set[tuple[str, str]] = set()   # (chat, user) asking for a document search

    # ----- helpers the parts share -----

    def probe(self, text: str) -> Probe:
        """``text`` embedded and tokenised for comparison (blocking)."""
        return probe_of(self.kb, text)

    async def run(self, fn, *args, **kwargs):
        """Blocking knowledge-base work on the assistant's worker threads."""
        return await self.assistant.run_blocking(fn, *args, **kwargs)

    def person_name(self, user: User) -> str:
        """The roster name of a staff member when they are on the roster, else the chat name."""
        from bot.features.roster.api import display_name

        try:
            name = display_name(self.db, user.id)
        except Exception:           # a name is a courtesy: never let it stop an answer
            log.debug("roster lookup failed", exc_info=True)
            name = None
        return name or user.display_name or user.username or user.id

    def mask(self, text: str | None) -> str:
        """``text`` as members other than its asker may see it (numbers and roster names masked)."""
        return mask_for_others(text, store.roster_names(self.db))

    def date(self, ts: float) -> str:
        """A date in the committee's time zone."""
        return local_time(ts, self.assistant.config.committee.timezone, "%Y-%m-%d")

    def office_for(self, question: str) -> tuple[str, str] | None:
        """(citation, excerpt) of the directory passage for ``question``, or None (blocking)."""
        return office.office_for(self.kb, question)

    def remember(self, ref: SentRef | None, kind: str, ref_id: int) -> None:
        """The bot message ``ref`` shows queue item / FAQ entry ``ref_id``: staff may reply to it."""
        if ref is not None:
            store.remember_message(self.db, ref.chat_id, str(ref.message_id), kind, ref_id)

    def message_target(self, chat_id: str, message_id: str | None) -> tuple[str, int] | None:
        """(``item`` | ``entry``, id) shown by a bot message, or None."""
        return store.message_target(self.db, chat_id, message_id) if message_id else None

    # ----- the queue -----

    def open_items(self, limit: int | None = None) -> list[dict]:
        return self.queue.items("open", limit)

    def items(self, status: str = "open", limit: int | None = None, offset: int = 0) -> list[dict]:
        return self.queue.items(status, limit, offset)

    def item(self, item_id: int) -> dict | None:
        return self.queue.item(item_id)

    def asks_of(self, item_id: int) -> list[dict]:
        return self.queue.asks_of(item_id)

    def item_view(self, item: dict) -> dict:
        return self.queue.view(item)

    def queue_totals(self) -> dict[str, int]:
        return self.queue.totals()

    async def enqueue(self, question_id: int, source: str, probe: Probe | None = None) -> tuple[int, bool] | None:
        return await self.queue.enqueue(question_id, source, probe)

    async def answer_item(self, item_id: int, staff: User, answer: str) -> tuple[int, int, int] | str:
        return await self.queue.answer(item_id, staff, answer)

    async def attach_item(self, item_id: int, entry_id: int, staff: User) -> tuple[int, int, int] | str:
        return await self.queue.attach(item_id, entry_id, staff)

    def merge_items(self, item_id: int, into_id: int, staff: User) -> int | str:
        return self.queue.merge(item_id, into_id, staff)

    async def dismiss_item(self, item_id: int, staff: User, reason: str) -> tuple[int, int, str] | str:
        return await self.queue.dismiss(item_id, staff, reason)

    # ----- the FAQ -----

    def entries(self, status: str = "active") -> list[dict]:
        return self.faq.entries(status)

    def entry(self, entry_id: int) -> dict | None:
        return self.faq.entry(entry_id)

    def entry_counts(self) -> dict[str, int]:
        return self.faq.counts()

    def variants(self, entry_id: int) -> list[str]:
        return self.faq.variants(entry_id)

    def display_question(self, entry_id: int) -> str:
        return self.faq.display_question(entry_id)

    def edit_entry(self, entry_id: int, answer: str, staff: User) -> bool:
        return self.faq.edit_answer(entry_id, answer, staff)

    def edit_question(self, entry_id: int, question: str, staff: User) -> bool:
        return self.faq.edit_question(entry_id, question, staff)

    def retire_entry(self, entry_id: int, staff: User) -> bool:
        return self.faq.retire(entry_id, staff)

    def best_entry(self, probe: Probe, *, active_only: bool = True) -> Match | None:
        return self.faq.best_entry(probe, active_only=active_only)


# ----- read-only figures for code without an Assistant (statistics, exports) -----

def queue_figures(db) -> dict[str, int]:
    """``open_items``, ``open_asks`` and ``active_entries`` (statistics)."""
    open_items, open_asks = store.open_totals(db)
    return {"open_items": open_items, "open_asks": open_asks,
            "active_entries": store.entry_counts(db).get("active", 0)}


def open_topics(db, limit: int = 10) -> list[dict]:
    """The open queue items most asked first (the top unanswered topics): id, title, asks, created_at."""
    return [{k: item[k] for k in ("id", "title", "asks", "created_at")} for item in store.items(db, "open", limit)]


def queue_of_questions(db) -> dict[int, tuple[int, str]]:
    """question id -> (queue item id, item status) for every question that entered the queue."""
    return store.queue_of_questions(db)


__all__ = ["Curation", "queue_figures", "open_topics", "queue_of_questions", "QUEUE_PAGE", "FAQ_PAGE"]
