"""What staff read about a broadcast: the report when it is done, the details, the buttons."""
from __future__ import annotations

import time

from bot.features.broadcast import store
from bot.features.broadcast.audience import audience_label
from bot.features.broadcast.schedule import format_duration
from bot.features.broadcast.service import get_broadcast, recipient_states, summary
from bot.features.broadcast.texts import reason_label
from bot.kernel.messages import Button, OutMessage, esc
from bot.kernel.texts import lang_of, t

LIST_LIMIT = 40             # recipients listed in a details message


def report_html(db, bid: int, language: str | None, *, now: float | None = None) -> str:
    b = get_broadcast(db, bid)
    s = summary(db, bid)
    now = now if now is not None else time.time()
    start = b["materialized_at"] or b["created_at"]
    end = b["finished_at"] or now
    reasons = ("，" if lang_of(language) == "zh" else ", ").join(
        f"{reason_label(r, language)} {n}" for r, n in sorted(s["reasons"].items(), key=lambda kv: -kv[1]))
    return t("bc_report", language, id=bid, status=t(f"bc_status_{b['state']}", language),
             audience=esc(audience_label(db, b["audience"], language)), total=s["total"], sent=s["sent"],
             unconfirmed=t("bc_r_unconfirmed", language, n=s["unconfirmed"]) if s["unconfirmed"] else "",
             failed=t("bc_r_failed", language, n=s["failed"], reasons=esc(reasons)) if s["failed"] else "",
             pending=t("bc_r_pending", language, n=s["pending"]) if s["pending"] else "",
             duration=format_duration(end - start if b["state"] != "scheduled" else None, language))


def report_buttons(db, bid: int, language: str | None) -> list[list[Button]]:
    s = summary(db, bid)
    row = [Button(t("bc_details_button", language), data=f"bc:i:{bid}")]
    if s["unconfirmed"]:
        row.append(Button(t("bc_resend_button", language, n=s["unconfirmed"]), data=f"bc:r:{bid}"))
    return [row]


def details_html(db, bid: int, language: str | None) -> str:
    lines = [t("bc_details", language, id=bid)]
    entries = [e for e in recipient_states(db, bid) if e["state"] != "sent"]
    if not entries:
        lines.append(t("bc_details_all_ok", language))
    marks = {"failed": "❌", "unconfirmed": "❔", "pending": "⏳", "cancelled": "⛔"}
    for e in entries[:LIST_LIMIT]:
        what = {"pending": t("bc_status_sending", language),
                "cancelled": t("bc_status_cancelled", language)}.get(e["state"]) or reason_label(e["reason"], language)
        if e["state"] == "pending" and e.get("waiting"):
            what = t("bc_waiting", language, reason=reason_label(e["waiting"], language))
        lines.append(t("bc_details_line", language, mark=marks[e["state"]], label=esc(e["label"] or e["chat_id"]),
                       what=esc(what)))
    if len(entries) > LIST_LIMIT:
        lines.append(t("bc_details_more", language, n=len(entries) - LIST_LIMIT))
    return "\n".join(lines)


async def send_report(db, bid: int, transport_for) -> bool:
    """Tell the author how it went (once). True if sent (or nobody to tell)."""
    b = get_broadcast(db, bid)
    if b is None or b["reported_at"]:
        return True
    chat = b["author_chat_id"]
    transport = transport_for(chat) if chat else None
    if chat and transport is not None:
        lang = b["author_lang"]
        await transport.send(chat, OutMessage(report_html(db, bid, lang), buttons=report_buttons(db, bid, lang)))
    elif chat:
        return False
    store.mark_reported(db, bid, time.time())
    return True


__all__ = ["report_html", "report_buttons", "details_html", "send_report", "LIST_LIMIT"]
