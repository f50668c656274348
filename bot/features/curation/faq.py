"""The secretariat's curated answers (FAQ entries): matched before a document search, edited and retired by staff.

An entry is made when staff answer a queue item (:mod:`bot.features.curation.queue`): the
item's question wordings become its *variants*, the staff answer its text. A later
question close enough to a variant (:mod:`bot.features.curation.matching`) gets the
entry's answer, labelled as the secretariat's with its date, instead of a document
search. Entries live in SQLite, not Chroma, so that retiring one takes effect on the
next question. Other members never see an asker's own words: an entry shows its
*display question*, masked when it is made and rewritable by staff.
"""
from __future__ import annotations

import time
from typing import TYPE_CHECKING

import numpy as np

from app.db import transaction
from bot.features.curation import store
from bot.features.curation.matching import VARIANT_DUPLICATE, Match, Probe, blob, same_question, vec
from bot.kernel import store as kernel_store
from bot.kernel.messages import Button, Incoming, OutMessage, Transport, User, esc
from bot.kernel.texts import lang_of, t

if TYPE_CHECKING:
    from bot.features.curation.service import Curation

SHOWN_VARIANTS = 5


class Faq:
    def __init__(self, cur: "Curation"):
        self.cur = cur
        self.db = cur.db

    # ----- reading -----

    def entry(self, entry_id: int) -> dict | None:
        return store.entry(self.db, entry_id)

    def entries(self, status: str = "active") -> list[dict]:
        """Entries of one status (``active`` or ``retired``), most served first."""
        return store.entries(self.db, status)

    def counts(self) -> dict[str, int]:
        """Entries per status, ``active`` and ``retired`` always present."""
        return {"active": 0, "retired": 0, **store.entry_counts(self.db)}

    def variants(self, entry_id: int) -> list[str]:
        """The wordings the entry answers, oldest first."""
        return store.variant_texts(self.db, entry_id)

    def display_question(self, entry_id: int) -> str:
        """The question an entry shows to members other than its askers: staff-approved or masked."""
        entry = self.entry(entry_id)
        if entry and entry.get("question"):
            return entry["question"]
        variants = self.variants(entry_id)
        return self.cur.mask(variants[0] if variants else "")

    def has_active(self) -> bool:
        return store.has_active_entries(self.db)

    def best_entry(self, probe: Probe, *, active_only: bool = True) -> Match | None:
        """The entry whose closest variant is closest to ``probe`` (matched or not)."""
        best: Match | None = None
        for entry_id, text, vector, tokens in store.variant_rows(self.db, active_only=active_only):
            cos, overlap, ok = probe.compare(vec(vector), set((tokens or "").split()), text)
            m = Match(entry_id, text, cos, overlap, same_question(cos, overlap, ok))
            if best is None or (m.same, m.cos) > (best.same, best.cos):
                best = m
        return best

    # ----- writing (staff) -----

    def create(self, *, answer: str, question: str, staff: User, staff_name: str, item_id: int | None,
               asks: list[dict], now: float) -> int:
        """A new active entry answering ``asks`` (inside the caller's transaction); its id."""
        entry_id = store.insert_entry(self.db, answer=answer, question=question, author_id=staff.id,
                                      author_name=staff_name, item_id=item_id, now=now)
        self.add_variants(entry_id, asks, "asked", now)
        return entry_id

    def add_variants(self, entry_id: int, asks: list[dict], source: str, now: float) -> None:
        seen = set(self.variants(entry_id))
        for ask in asks:
            if ask["text"] in seen:
                continue
            seen.add(ask["text"])
            store.insert_variant(self.db, entry_id, ask["text"], ask["vector"], ask["tokens"], source, now)

    def _active(self, entry_id: int) -> dict | None:
        entry = self.entry(entry_id)
        return entry if entry is not None and entry["status"] == "active" else None

    def edit_answer(self, entry_id: int, answer: str, staff: User) -> bool:
        """Replace an active entry's answer; False when there is no such active entry."""
        with transaction(self.db):
            if self._active(entry_id) is None:
                return False
            store.set_entry_answer(self.db, entry_id, answer.strip(), self.cur.person_name(staff), time.time())
        self.cur.assistant.log_event("curated_edited", None, {"entry": entry_id, "by": staff.id})
        return True

    def edit_question(self, entry_id: int, question: str, staff: User) -> bool:
        """Replace the question an active entry shows to other members."""
        with transaction(self.db):
            if self._active(entry_id) is None:
                return False
            store.set_entry_question(self.db, entry_id, question.strip(), self.cur.person_name(staff))
        self.cur.assistant.log_event("curated_question_edited", None, {"entry": entry_id, "by": staff.id})
        return True

    def retire(self, entry_id: int, staff: User) -> bool:
        """Stop serving an entry, for good."""
        with transaction(self.db):
            if self._active(entry_id) is None:
                return False
            store.retire_entry(self.db, entry_id, staff.id, time.time())
        self.cur.assistant.log_event("curated_retired", None, {"entry": entry_id, "by": staff.id})
        return True

    def add_confirmed_variant(self, entry_id: int, probe: Probe) -> bool:
        """A member marked a curated answer 👍: their wording joins the entry (unless it adds nothing)."""
        with transaction(self.db):
            if self._active(entry_id) is None:
                return False
            for text, vector in store.variant_vectors(self.db, entry_id):
                if text == probe.text or float(np.dot(vec(vector), probe.vector)) >= VARIANT_DUPLICATE:
                    return False
            store.insert_variant(self.db, entry_id, probe.text, blob(probe.vector), " ".join(sorted(probe.tokens)),
                                 "confirmed", time.time())
        return True

    # ----- showing -----

    def render(self, entry: dict, language: str | None) -> OutMessage:
        """An entry as staff see it in /faq, with its edit and retire buttons."""
        variants = self.variants(entry["id"])
        lines = [f"• {esc(v)}" for v in variants[:SHOWN_VARIANTS]]
        if len(variants) > SHOWN_VARIANTS:
            lines.append(t("cur_more_variants", language, n=len(variants) - SHOWN_VARIANTS))
        body = t("cur_entry", language, id=entry["id"], date=self.cur.date(entry["updated_at"]),
                 author=esc(entry["updated_by_name"] or entry["author_name"] or ""), served=entry["served"] or 0,
                 questions="\n".join(lines), answer=esc(entry["answer"]))
        body += "\n" + t("cur_entry_shown_as", language, question=esc(self.display_question(entry["id"])))
        return OutMessage(body, buttons=[[Button(t("cur_button_edit", language), data=f"cq:e:{entry['id']}"),
                                          Button(t("cur_button_edit_question", language), data=f"cq:q:{entry['id']}"),
                                          Button(t("cur_button_retire", language), data=f"cq:r:{entry['id']}")]])

    async def serve(self, msg: Incoming, transport: Transport, question: str, match: Match) -> int:
        """Answer ``msg`` with the matched entry, logged as a ``curated`` question; the question's id."""
        started = msg.received_at or time.time()
        entry = self.entry(match.entry_id)
        lang = msg.user.language
        with transaction(self.db):
            qid = kernel_store.log_question(
                self.db, transport=msg.transport, user_id=msg.user.id, chat_id=msg.chat.id,
                chat_kind=msg.chat.kind, language=lang_of(lang), text=question, status="curated",
                citation=f"FAQ #{match.entry_id}", doc_key=f"curated:{match.entry_id}",
                sources=[f"FAQ #{match.entry_id}"], best_dense=match.cos, created_at=started)
            store.count_served(self.db, match.entry_id)
        body = "\n".join([
            t("cur_curated_head", lang, date=self.cur.date(entry["updated_at"])),
            f"<blockquote>{esc(entry['answer'])}</blockquote>",
            t("cur_curated_for", lang, question=esc(self.display_question(match.entry_id))),
        ])
        buttons = [[Button(t("button_up", lang), data=f"fb:up:{qid}"),
                    Button(t("button_down", lang), data=f"fb:down:{qid}")],
                   [Button(t("cur_button_search", lang), data=f"cq:kb:{qid}")]]
        sent = await transport.send(msg.chat.id, OutMessage(body, buttons=buttons, reply_to=msg.message_id))
        kernel_store.set_reply(self.db, qid, sent.message_id if sent else None, (time.time() - started) * 1000)
        return qid


def curated_entry_of(doc_key: str | None) -> int | None:
    """The entry id a logged question was answered from (its ``doc_key`` is ``curated:<id>``), else None."""
    if doc_key and doc_key.startswith("curated:"):
        return int(doc_key.split(":", 1)[1])
    return None


__all__ = ["Faq", "curated_entry_of", "SHOWN_VARIANTS"]
