"""The staff queue and the FAQ in chat: the commands and the kernel hooks.

Hooks (bot.kernel.hooks): a question is first matched against the FAQ
(``before_answer``: a curated answer instead of a search); an abstention enters the
queue (``after_answer``), so does a 👎 (``on_feedback``; a 👍 on a curated answer
teaches the entry the member's wording); a staff reply to a queue item answers it, to
a FAQ entry edits it (``on_reply``).

Commands: ``/queue``, ``/faq``, ``/answer N text`` and ``/dismiss N reason`` (or either
as a reply to an item's message; ``/answer`` works the same on every transport, the
console included, where replying to a message is not possible).
"""
from __future__ import annotations

import logging
import re
import time
from typing import TYPE_CHECKING

from kb.query import normalise

from bot.features.curation.faq import curated_entry_of
from bot.features.curation.service import FAQ_PAGE, QUEUE_PAGE
from bot.kernel import store as kernel_store
from bot.kernel.messages import Incoming, OutMessage, SentRef, Transport, esc
from bot.kernel.texts import t

if TYPE_CHECKING:
    from bot.features.curation.service import Curation

log = logging.getLogger("bot.curation")

_NUMBERED = re.compile(r"^#?(\d+)[\s:：,，]+(.+)$", re.S)


def parse_numbered(args: str) -> tuple[int | None, str]:
    """``"12 text"`` / ``"#12 text"`` -> (12, "text"); anything else -> (None, args)."""
    m = _NUMBERED.match((args or "").strip())
    return (int(m.group(1)), m.group(2).strip()) if m else (None, (args or "").strip())


def role_at_least(cur: "Curation", msg: Incoming, role: str) -> bool:
    from bot.kernel.assistant import ROLES

    have = cur.assistant.access.role(cur.assistant, msg.user)
    return ROLES.get(have or "", 0) >= ROLES[role]


def closed_text(item_id: int, status: str, lang) -> str:
    """Why an item could not be acted on: gone, or handled already."""
    if status == "missing":
        return t("cur_not_found", lang)
    return t("cur_item_closed", lang, id=item_id, status=status)


def failed_part(n: int, lang) -> str:
    return t("cur_failed_part", lang, n=n) if n else ""


# ----- acting and reporting back to the staff member -----

async def answer_and_report(cur: "Curation", msg: Incoming, transport: Transport, item_id: int, text: str) -> None:
    lang = msg.user.language
    result = await cur.answer_item(item_id, msg.user, text)
    if isinstance(result, str):
        await transport.send(msg.chat.id, OutMessage(closed_text(item_id, result, lang)))
        return
    entry_id, sent, failed = result
    await transport.send(msg.chat.id, OutMessage(
        t("cur_answered_ok", lang, entry=entry_id, sent=sent, failed=failed_part(failed, lang)) + "\n"
        + t("cur_display_question", lang, question=esc(cur.display_question(entry_id))),
        reply_to=msg.message_id))
    if msg.reply_to_message_id:
        await mark(cur, transport, SentRef(msg.chat.id, msg.reply_to_message_id), item_id,
                   t("cur_item_done_mark", lang, entry=entry_id))


async def dismiss_and_report(cur: "Curation", msg: Incoming, transport: Transport, item_id: int, reason: str) -> None:
    lang = msg.user.language
    result = await cur.dismiss_item(item_id, msg.user, reason)
    if isinstance(result, str):
        await transport.send(msg.chat.id, OutMessage(closed_text(item_id, result, lang)))
        return
    sent, failed, pointer = result
    await transport.send(msg.chat.id, OutMessage(
        t("cur_dismissed_ok", lang, id=item_id, sent=sent, failed=failed_part(failed, lang), pointer=esc(pointer))))


async def mark(cur: "Curation", transport: Transport, ref: SentRef, item_id: int, mark_text: str) -> None:
    """Edit a queue message to show how the item ended (best effort)."""
    item = cur.item(item_id)
    if item is None:
        return
    try:
        await transport.edit(ref, OutMessage(cur.queue.render(item, None).html + "\n" + mark_text))
    except Exception:
        log.debug("could not edit the queue message", exc_info=True)


# ----- commands -----

async def cmd_queue(cur: "Curation", msg: Incoming, transport: Transport) -> None:
    lang = msg.user.language
    items = cur.open_items()
    if not items:
        await transport.send(msg.chat.id, OutMessage(t("cur_queue_empty", lang)))
        return
    shown = items[:QUEUE_PAGE]
    await transport.send(msg.chat.id, OutMessage(t(
        "cur_queue_head", lang, open=len(items), asks=sum(i["asks"] for i in items), shown=len(shown))))
    for item in shown:
        ref = await transport.send(msg.chat.id, cur.queue.render(item, lang))
        cur.remember(ref, "item", item["id"])


async def cmd_faq(cur: "Curation", msg: Incoming, transport: Transport) -> None:
    lang = msg.user.language
    entries = cur.entries("active")
    if not entries:
        await transport.send(msg.chat.id, OutMessage(t("cur_faq_empty", lang)))
        return
    counts = cur.entry_counts()
    retired = sum(n for status, n in counts.items() if status != "active")
    shown = entries[:FAQ_PAGE]
    await transport.send(msg.chat.id, OutMessage(t(
        "cur_faq_head", lang, active=len(entries), retired=retired, shown=len(shown))))
    for entry in shown:
        ref = await transport.send(msg.chat.id, cur.faq.render(entry, lang))
        cur.remember(ref, "entry", entry["id"])


async def cmd_dismiss(cur: "Curation", msg: Incoming, transport: Transport) -> None:
    """/dismiss reason (as a reply to a queue item) or /dismiss 12 reason."""
    args = msg.args.strip()
    target = cur.message_target(msg.chat.id, msg.reply_to_message_id)
    item_id, reason = None, ""
    if target and target[0] == "item":
        item_id, reason = target[1], args
    else:
        head, _, rest = args.partition(" ")
        if head.lstrip("#").isdigit():
            item_id, reason = int(head.lstrip("#")), rest
    if item_id is None or not reason.strip():
        await transport.send(msg.chat.id, OutMessage(t("cur_dismiss_usage", msg.user.language)))
        return
    await dismiss_and_report(cur, msg, transport, item_id, reason)


async def cmd_answer(cur: "Curation", msg: Incoming, transport: Transport) -> None:
    """/answer 12 text, or /answer text as a reply to a queue item."""
    target = cur.message_target(msg.chat.id, msg.reply_to_message_id)
    if target and target[0] == "item":
        item_id, text = target[1], msg.args.strip()
    else:
        item_id, text = parse_numbered(msg.args)
    if item_id is None or not text:
        await transport.send(msg.chat.id, OutMessage(t("qo_answer_usage", msg.user.language)))
        return
    await answer_and_report(cur, msg, transport, item_id, text)


# ----- hooks -----

async def on_reply(cur: "Curation", msg: Incoming, transport: Transport) -> bool:
    """A staff member's reply to a queue item (answers it) or to a FAQ entry (edits it)."""
    target = cur.message_target(msg.chat.id, msg.reply_to_message_id)
    if target is None or not role_at_least(cur, msg, "staff"):
        return False
    kind, ref_id = target
    lang = msg.user.language
    if not msg.text.strip():
        await transport.send(msg.chat.id, OutMessage(t("cur_text_only", lang)))
        return True
    if kind == "item":
        await answer_and_report(cur, msg, transport, ref_id, msg.text)
    elif kind == "entry":
        ok = cur.edit_entry(ref_id, msg.text, msg.user)
        await transport.send(msg.chat.id, OutMessage(
            t("cur_edited_ok" if ok else "cur_not_found", lang, id=ref_id), reply_to=msg.message_id))
    else:
        return False
    return True


async def before_answer(cur: "Curation", msg: Incoming, transport: Transport, question: str) -> bool:
    """Serve a curated answer instead of a document search when the question matches an entry."""
    key = (msg.chat.id, msg.user.id)
    if key in cur.bypass:
        cur.bypass.discard(key)
        return False
    if not cur.faq.has_active():
        return False
    probe = await cur.run(cur.probe, question)
    if len(cur.probes) > 256:
        cur.probes.pop(next(iter(cur.probes)))
    cur.probes[(msg.chat.id, msg.user.id, normalise(question))] = probe
    match = await cur.run(cur.best_entry, probe)
    if match is None or not match.same:
        return False
    qid = await cur.faq.serve(msg, transport, question, match)
    cur.assistant.log_event("curated_served", msg, {"entry": match.entry_id, "question": qid,
                                                    "cos": round(match.cos, 4), "overlap": round(match.overlap, 3)})
    return True


async def after_answer(cur: "Curation", msg: Incoming, qid: int, answer) -> None:
    """An abstention enters the queue; the asker is told (in a private chat)."""
    row = kernel_store.question(cur.db, qid)
    probe = cur.probes.pop((msg.chat.id, msg.user.id, normalise(row["text"])), None) if row else None
    if not answer.abstained:
        return
    result = await cur.enqueue(qid, "abstained", probe)
    if result and result[1] and msg.is_private:
        transport = cur.assistant.transport_for(msg.chat.id)
        if transport is not None:
            # Quote the question: the notice arrives after its answer, maybe after later ones.
            await transport.send(msg.chat.id, OutMessage(t("cur_queued", msg.user.language),
                                                         reply_to=msg.message_id))


async def on_feedback(cur: "Curation", msg: Incoming, qid: int, value: int) -> None:
    """👎 enters the queue; 👍 on a curated answer adds the member's wording to the entry."""
    if value < 0:
        await cur.enqueue(qid, "downvoted")
        return
    row = kernel_store.question(cur.db, qid)
    entry_id = curated_entry_of(row["doc_key"]) if row else None
    if entry_id is not None:
        probe = await cur.run(cur.probe, row["text"])
        cur.faq.add_confirmed_variant(entry_id, probe)


async def search_documents(cur: "Curation", msg: Incoming, transport: Transport, question: dict) -> None:
    """'Search documents' under a curated answer: ask the knowledge base, skipping curated entries."""
    cur.bypass.add((msg.chat.id, msg.user.id))
    again = Incoming(transport=msg.transport, user=msg.user, chat=msg.chat, text=question["text"],
                     received_at=time.time())
    try:
        await cur.assistant.ask(again, transport, question["text"])
    finally:
        cur.bypass.discard((msg.chat.id, msg.user.id))


__all__ = ["cmd_queue", "cmd_faq", "cmd_dismiss", "cmd_answer", "on_reply", "before_answer", "after_answer",
           "on_feedback", "search_documents", "answer_and_report", "dismiss_and_report", "parse_numbered",
           "closed_text", "failed_part", "mark", "role_at_least"]
