"""The staff queue: questions the bot could not answer, grouped by topic, answered or dismissed once.

A question the bot abstains on, or an answer a member marks 👎, enters the queue as an
*ask*. Near-duplicates (the same question in other words, :mod:`bot.features.curation.matching`)
join the same open *item*, so staff answer a topic once. An item ends one of three ways:

* **answered**: the staff answer becomes a FAQ entry (:mod:`bot.features.curation.faq`), or the
  item is filed under an existing entry ("same as FAQ #n"); every asker gets the answer in
  their private chat;
* **dismissed** with a reason: the askers get the reason, then a pointer to the right office
  (:mod:`bot.features.curation.office`) or the configured staff contact;
* **merged** into another open item that asks the same thing: its asks move there.

Every asker is told once (``notified_at``), whichever way and from whichever desk (chat,
command line, web) the item was handled.
"""
from __future__ import annotations

import logging
import time
from collections import Counter
from typing import TYPE_CHECKING, Callable

from app.db import transaction
from kb.query import normalise

from bot.features.curation import store
from bot.features.curation.faq import curated_entry_of
from bot.features.curation.matching import COS_SUGGEST, Match, Probe, blob, same_question, stored_probe, vec
from bot.kernel import store as kernel_store
from bot.kernel.messages import Button, OutMessage, User, esc
from bot.kernel.render import staff_contact
from bot.kernel.texts import t

if TYPE_CHECKING:
    from bot.features.curation.service import Curation

log = logging.getLogger("bot.curation")

SHOWN_VARIANTS = 5
# What the askers of an item get, each in their language.
Render = Callable[[dict], OutMessage]


class Queue:
    def __init__(self, cur: "Curation"):
        self.cur = cur
        self.db = cur.db

    # ----- entering -----

    async def enqueue(self, question_id: int, source: str, probe: Probe | None = None) -> tuple[int, bool] | None:
        """Put a logged question in the queue (grouped with its near-duplicates).

        ``source``: ``abstained`` or ``downvoted``. Returns (item id, whether a new ask was
        added); None if the question is unknown.
        """
        row = kernel_store.question(self.db, question_id)
        if row is None:
            return None
        existing = store.item_of_question(self.db, question_id)
        if existing is not None:
            return existing, False
        if probe is None or probe.text != normalise(row["text"]):
            probe = await self.cur.run(self.cur.probe, row["text"])
        now = time.time()
        with transaction(self.db):
            again = store.item_of_question(self.db, question_id)
            if again is not None:
                return again, False
            item_id = self.best_open_item(probe)
            if item_id is None:
                item_id = store.insert_item(self.db, row["text"], now)
            store.insert_ask(
                self.db, item_id=item_id, question_id=question_id, user_id=row["user_id"], chat_id=row["chat_id"],
                chat_kind=row["chat_kind"], language=row["language"], text=row["text"], vector=blob(probe.vector),
                tokens=" ".join(sorted(probe.tokens)), source=source,
                citation=row["citation"] if source == "downvoted" else None,
                entry_id=curated_entry_of(row["doc_key"]), now=now)
            store.add_asks(self.db, item_id, 1, now)
        return item_id, True

    def best_open_item(self, probe: Probe) -> int | None:
        """The open item one of whose asks is the same question as ``probe`` (the closest), or None."""
        best, best_cos = None, -1.0
        for item_id, text, vector, tokens in store.open_asks(self.db):
            cos, overlap, ok = probe.compare(vec(vector), set((tokens or "").split()), text)
            if same_question(cos, overlap, ok) and cos > best_cos:
                best, best_cos = item_id, cos
        return best

    # ----- reading -----

    def items(self, status: str = "open", limit: int | None = None, offset: int = 0) -> list[dict]:
        """Items of one status: ``open`` most-asked first; ``answered``/``dismissed``/``merged`` latest first."""
        return store.items(self.db, status, limit, offset)

    def item(self, item_id: int) -> dict | None:
        return store.item(self.db, item_id)

    def asks_of(self, item_id: int) -> list[dict]:
        return store.asks_of(self.db, item_id)

    def totals(self) -> dict[str, int]:
        """``open_items``, ``open_asks`` and the number of items per status."""
        open_items, open_asks = store.open_totals(self.db)
        return {"open_items": open_items, "open_asks": open_asks, **store.item_counts(self.db)}

    def suggestion(self, item_id: int) -> Match | None:
        """The active FAQ entry closest to any ask of the item, if close enough to mention."""
        best = None
        for ask in self.asks_of(item_id):
            m = self.cur.faq.best_entry(stored_probe(ask["text"], ask["vector"], ask["tokens"]))
            if m and m.cos >= COS_SUGGEST and (best is None or m.cos > best.cos):
                best = m
        return best

    def view(self, item: dict) -> dict:
        """An item with what a desk shows of it: its distinct questions, why they came
        (``abstained`` / ``downvoted``), the most cited passage of 👎 answers, the suggested entry."""
        asks = self.asks_of(item["id"])
        cited = [a["citation"] for a in asks if a["citation"]]
        suggestion = self.suggestion(item["id"]) if item["status"] == "open" else None
        return {**item, "questions": list(dict.fromkeys(a["text"] for a in asks)),
                "sources": sorted({a["source"] for a in asks}),
                "cited": Counter(cited).most_common(1)[0][0] if cited else None,
                "askers": len({a["user_id"] for a in asks}),
                "suggested_entry": suggestion.entry_id if suggestion else None,
                "suggested_question": suggestion.variant if suggestion else None}

    def render(self, item: dict, language: str | None) -> OutMessage:
        """An item as staff see it in /queue, with its answer, dismiss and "same as FAQ #n" buttons."""
        v = self.view(item)
        texts = v["questions"]
        lines = [f"• {esc(x)}" for x in texts[:SHOWN_VARIANTS]]
        if len(texts) > SHOWN_VARIANTS:
            lines.append(t("cur_more_variants", language, n=len(texts) - SHOWN_VARIANTS))
        why = " / ".join(t(f"cur_why_{s}", language) for s in ("abstained", "downvoted") if s in v["sources"])
        if v["cited"]:
            lines.append(t("cur_why_cited", language, citation=esc(v["cited"])))
        body = t("cur_item", language, id=item["id"], asks=item["asks"], first=self.cur.date(item["created_at"]),
                 why=why, questions="\n".join(lines))
        rows = [[Button(t("cur_button_answer", language), data=f"cq:a:{item['id']}"),
                 Button(t("cur_button_dismiss", language), data=f"cq:d:{item['id']}")]]
        if v["suggested_entry"]:
            body += "\n" + t("cur_suggest", language, id=v["suggested_entry"], question=esc(v["suggested_question"]))
            rows.append([Button(t("cur_button_attach", language, id=v["suggested_entry"]),
                                data=f"cq:j:{item['id']}:{v['suggested_entry']}")])
        return OutMessage(body, buttons=rows)

    # ----- closing an item -----

    def _open(self, item_id: int) -> tuple[dict | None, str | None]:
        """(the open item, None) or (None, why not: ``missing`` or its status)."""
        item = self.item(item_id)
        if item is None:
            return None, "missing"
        if item["status"] != "open":
            return None, item["status"]
        return item, None

    async def answer(self, item_id: int, staff: User, answer: str) -> tuple[int, int, int] | str:
        """Make the item a FAQ entry and notify its askers: (entry, sent, failed), or why not
        (``missing`` or the item's status)."""
        answer = answer.strip()
        now = time.time()
        name = self.cur.person_name(staff)
        with transaction(self.db):
            item, why = self._open(item_id)
            if item is None:
                return why
            # Shown to other members: masked now, and staff can rewrite it (/faq).
            entry_id = self.cur.faq.create(answer=answer, question=self.cur.mask(item["title"]), staff=staff,
                                           staff_name=name, item_id=item_id, asks=self.asks_of(item_id), now=now)
            store.resolve_item(self.db, item_id, status="answered", entry_id=entry_id, by=staff.id, by_name=name,
                               now=now)
        self.cur.assistant.log_event("curation_answered", None, {"item": item_id, "entry": entry_id, "by": staff.id})
        sent, failed = await self._notify_answer(item_id, entry_id)
        return entry_id, sent, failed

    async def attach(self, item_id: int, entry_id: int, staff: User) -> tuple[int, int, int] | str:
        """Staff say an open item is the same as an existing entry: its questions become variants."""
        now = time.time()
        name = self.cur.person_name(staff)
        with transaction(self.db):
            entry = self.cur.faq.entry(entry_id)
            if entry is None or entry["status"] != "active":
                return "missing"
            item, why = self._open(item_id)
            if item is None:
                return why
            self.cur.faq.add_variants(entry_id, self.asks_of(item_id), "attached", now)
            store.resolve_item(self.db, item_id, status="answered", entry_id=entry_id, by=staff.id, by_name=name,
                               now=now)
        self.cur.assistant.log_event("curation_attached", None, {"item": item_id, "entry": entry_id, "by": staff.id})
        sent, failed = await self._notify_answer(item_id, entry_id)
        return entry_id, sent, failed

    def merge(self, item_id: int, into_id: int, staff: User) -> int | str:
        """Move an open item's asks into another open item (the same question, grouped apart):
        the other item's ask count after the merge, or why not (``missing``, ``same``, a status)."""
        if item_id == into_id:
            return "same"
        now = time.time()
        name = self.cur.person_name(staff)
        with transaction(self.db):
            item, why = self._open(item_id)
            into, why_into = self._open(into_id)
            if item is None or into is None:
                return why or why_into
            moved = store.move_asks(self.db, item_id, into_id)
            store.add_asks(self.db, into_id, moved, now)
            store.resolve_item(self.db, item_id, status="merged", merged_into=into_id, by=staff.id, by_name=name,
                               now=now)
            asks = self.item(into_id)["asks"]
        self.cur.assistant.log_event("curation_merged", None, {"item": item_id, "into": into_id, "by": staff.id})
        return asks

    async def dismiss(self, item_id: int, staff: User, reason: str) -> tuple[int, int, str] | str:
        """Close the item with ``reason``; askers get it with a pointer to an office: (sent, failed, pointer),
        or why not (``missing`` or the item's status)."""
        reason = reason.strip().rstrip("。.")
        now = time.time()
        name = self.cur.person_name(staff)
        with transaction(self.db):
            item, why = self._open(item_id)
            if item is None:
                return why
            store.resolve_item(self.db, item_id, status="dismissed", reason=reason, by=staff.id, by_name=name,
                               now=now)
        self.cur.assistant.log_event("curation_dismissed", None, {"item": item_id, "reason": reason, "by": staff.id})
        office = await self.cur.run(self.cur.office_for, item["title"])
        committee = self.cur.assistant.config.committee

        def render(ask: dict) -> OutMessage:
            lang = ask["language"]
            parts = [t("cur_dismissed", lang, question=esc(ask["text"]), reason=esc(reason))]
            if office:
                parts.append(t("cur_office", lang, citation=esc(office[0]), excerpt=esc(office[1])))
            else:
                parts.append(t("cur_office_fallback", lang, contact=esc(staff_contact(committee, lang))))
            return OutMessage("\n".join(parts))

        sent, failed = await self._notify(item_id, render)
        return sent, failed, office[0] if office else staff_contact(committee, None)

    # ----- telling the askers -----

    async def _notify_answer(self, item_id: int, entry_id: int) -> tuple[int, int]:
        entry = self.cur.faq.entry(entry_id)

        def render(ask: dict) -> OutMessage:
            return OutMessage(t("cur_notify", ask["language"], date=self.cur.date(entry["updated_at"]),
                                question=esc(ask["text"]), answer=esc(entry["answer"])))

        return await self._notify(item_id, render)

    async def _notify(self, item_id: int, render: Render) -> tuple[int, int]:
        """Send each asker of the item (once per person) a message in their private chat: (sent, failed)."""
        sent = failed = 0
        done: set[str] = set()
        for ask in self.asks_of(item_id):
            if ask["notified_at"] or ask["user_id"] in done:
                continue
            done.add(ask["user_id"])
            target = ask["chat_id"] if ask["chat_kind"] == "private" else ask["user_id"]
            transport = self.cur.assistant.transport_for(target)
            ok = False
            if transport is not None:
                try:
                    await transport.send(target, render(ask))
                    ok = True
                except Exception:
                    log.warning("could not notify %s about item %s", ask["user_id"], item_id, exc_info=True)
            else:
                log.warning("no transport for %s (item %s)", target, item_id)
            if ok:
                sent += 1
                store.mark_notified(self.db, item_id, ask["user_id"], time.time())
            else:
                failed += 1
        return sent, failed


__all__ = ["Queue", "SHOWN_VARIANTS"]
