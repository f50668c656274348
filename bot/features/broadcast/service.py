"""Broadcasts: staff announcements to registered channels/groups and to members.

Targets: staff add the bot to a group and run ``/register`` there; for a
channel they run ``/register`` in a private chat and forward one of the
channel's posts (or give its @name). ``/channels`` lists targets,
``/unregister`` removes one.

``/broadcast`` (staff, private chat) is a dialog: the text (HTML subset kept;
a file may be attached), then the audience (registered channels, all
verified members, members of a 界别 or a 街道社区 — any combination), then a
preview with the recipient count; nothing is sent before the confirm button.
"Schedule" asks for a time in the committee's time zone; ``/scheduled``
lists pending broadcasts and cancels them. ``/broadcasts`` shows past ones
with delivery counts and, on request, who did not get it and why.

Members opt out of broadcasts to their private chat with ``/mute``
(``/unmute`` to undo); channels are not affected.

Durability: :func:`create_broadcast` writes the broadcast, its parts and
one outbox row per recipient and part in one transaction before anything is
sent (a scheduled broadcast's rows are written when it fires, so members
verified meanwhile are included). :mod:`bot.features.outbox.service` delivers them.
Every broadcast, cancellation and target change is audited with its author.
"""
from __future__ import annotations

import asyncio
import html as htmllib
import json
import logging
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from app.db import Migrations, transaction
from kb.errors import KBError

import bot.kernel.schema  # noqa: F401  (the events table must come from its own migration)
from bot.kernel.messages import Button, Chat, Incoming, OutMessage, SentRef, Transport, esc, to_plain
from bot.kernel.texts import TEXTS, lang_of, t
from bot.kernel.textsplit import split_text

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant
    from bot.features.outbox.service import OutboxWorker

log = logging.getLogger("bot.broadcast")

MESSAGE_LIMIT = 3500        # visible characters per text message (as the core's answers)
CAPTION_LIMIT = 1000        # visible characters of a document caption (Telegram: 1024)
DRAFT_TTL = 3600.0
LIST_LIMIT = 40             # recipients listed in a details message


class BroadcastError(KBError):
    """A broadcast cannot be created as asked (message says why, in English; ``key`` for chat)."""

    def __init__(self, message: str, key: str = "bc_error", **values):
        super().__init__(message)
        self.key = key
        self.values = values


# ============================================================================ schema

broadcast_migrations = Migrations("broadcast")


@broadcast_migrations
def m001_broadcast(db):
    db["broadcast_targets"].create(
        {"id": int, "chat_id": str, "kind": str, "title": str, "username": str,
         "registered_by": str, "registered_at": float, "active": int},
        pk="id", not_null={"chat_id"}, defaults={"active": 1},
    )
    db["broadcast_targets"].create_index(["chat_id"], unique=True)
    db["broadcasts"].create(
        {"id": int, "author_id": str, "author_name": str, "author_chat_id": str, "author_lang": str,
         "source": str,             # "chat" | "cli"
         "html": str, "doc_name": str, "audience": str,   # JSON list of audience items
         "state": str,              # scheduled | sending | done | cancelled
         "scheduled_at": float, "created_at": float, "materialized_at": float, "started_at": float,
         "finished_at": float, "recipients": int, "muted_skipped": int,
         "reported_at": float, "cancelled_by": str},
        pk="id",
    )
    db["broadcasts"].create_index(["state", "scheduled_at"])
    db["broadcast_parts"].create(
        {"broadcast_id": int, "part": int, "kind": str, "html": str},
        pk=("broadcast_id", "part"), foreign_keys=[("broadcast_id", "broadcasts", "id")],
    )
    db["broadcast_files"].create(
        {"broadcast_id": int, "name": str, "mime": str, "data": bytes},
        pk="broadcast_id", foreign_keys=[("broadcast_id", "broadcasts", "id")],
    )
    db["outbox"].create(
        {"id": int, "broadcast_id": int, "part": int, "chat_id": str,
         "recipient_kind": str,     # channel | group | member
         "member_id": int, "label": str,
         "state": str,              # pending | sending | sent | failed | unconfirmed | cancelled
         "claims": int,             # times claimed for sending (the journal's key with id)
         "failures": int,           # temporary failures (5xx, network) so far
         "floods": int,             # 429 answers so far
         "recovered": int,          # times found in flight after a crash
         "duplicate_risk": int,     # 1: re-sent after a request that may have arrived
         "next_at": float, "message_id": str, "reason": str, "error": str,
         "created_at": float, "claimed_at": float, "sent_at": float, "updated_at": float},
        pk="id", foreign_keys=[("broadcast_id", "broadcasts", "id")],
        defaults={"claims": 0, "failures": 0, "floods": 0, "recovered": 0, "duplicate_risk": 0},
    )
    db["outbox"].create_index(["broadcast_id", "chat_id", "part"], unique=True)
    db["outbox"].create_index(["state", "next_at"])
    db["outbox"].create_index(["broadcast_id", "state"])
    db["outbox"].create_index(["chat_id", "state"])
    db["outbox_lease"].create({"name": str, "owner": str, "host": str, "pid": int, "heartbeat_at": float},
                              pk="name")


# ============================================================================ texts

TEXTS.update({
    "cmd_broadcast": {"zh": "发布通知（工作人员）", "en": "Send an announcement (staff)"},
    "cmd_broadcasts": {"zh": "通知发送记录（工作人员）", "en": "Past announcements (staff)"},
    "cmd_scheduled": {"zh": "待发送的定时通知（工作人员）", "en": "Scheduled announcements (staff)"},
    "cmd_channels": {"zh": "通知发送的群和频道（工作人员）", "en": "Broadcast channels and groups (staff)"},
    "cmd_register": {"zh": "登记群或频道为通知对象（工作人员）", "en": "Register a group or channel (staff)"},
    "cmd_unregister": {"zh": "移除通知对象（工作人员）", "en": "Remove a group or channel (staff)"},
    "cmd_mute": {"zh": "不再接收通知推送", "en": "Stop announcements in this chat"},
    "cmd_unmute": {"zh": "恢复接收通知推送", "en": "Receive announcements again"},
    "bc_ask_text": {
        "zh": "请发送通知正文（可使用粗体、斜体、链接等格式）。\n如需附件，可直接发送文件（文件说明即为正文）。\n随时发送 /cancel 取消。",
        "en": "Send the text of the announcement (bold, italics and links are kept).\n"
              "To attach a document, send the file (its caption becomes the text).\nSend /cancel at any time to stop.",
    },
    "bc_need_text": {"zh": "请发送文字或文件作为通知内容。", "en": "Please send text or a file as the announcement."},
    "bc_too_long": {
        "zh": "正文太长（{length} 字，带格式时上限 {limit} 字）。请缩短，或作为文件附件发送。",
        "en": "The text is too long ({length} characters; {limit} with formatting). Shorten it or send it as a file.",
    },
    "bc_file_too_big": {"zh": "文件太大（上限 {mb} MB）。", "en": "The file is too large (limit {mb} MB)."},
    "bc_audience": {
        "zh": "<b>选择发送对象</b>（可多选）\n已选：{picked}\n预计接收：{count} 个\n\n可再发送文字替换正文，或发送文件作为附件。",
        "en": "<b>Choose the audience</b> (several allowed)\nChosen: {picked}\nRecipients: {count}\n\n"
              "You may still send new text to replace it, or a file to attach.",
    },
    "bc_nothing_picked": {"zh": "（未选择）", "en": "(nothing yet)"},
    "bc_all_members": {"zh": "全体委员", "en": "All members"},
    "bc_all_channels": {"zh": "全部群和频道", "en": "All channels and groups"},
    "bc_by_sector": {"zh": "按界别…", "en": "By sector (界别)…"},
    "bc_by_district": {"zh": "按街道社区…", "en": "By district…"},
    "bc_sector": {"zh": "界别：{name}", "en": "Sector: {name}"},
    "bc_district": {"zh": "街道社区：{name}", "en": "District: {name}"},
    "bc_pick_sector": {"zh": "<b>选择界别</b>（可多选）", "en": "<b>Choose sectors</b> (several allowed)"},
    "bc_pick_district": {"zh": "<b>选择街道社区</b>（可多选）", "en": "<b>Choose districts</b> (several allowed)"},
    "bc_none_listed": {"zh": "名册中还没有已验证的委员。", "en": "No verified members on the roster yet."},
    "bc_back": {"zh": "◀ 返回", "en": "◀ Back"},
    "bc_next": {"zh": "下一步：预览 ▶", "en": "Next: preview ▶"},
    "bc_cancel": {"zh": "取消", "en": "Cancel"},
    "bc_pick_first": {"zh": "请先选择发送对象。", "en": "Choose an audience first."},
    "bc_no_recipients": {"zh": "所选对象中没有可接收的人或群。", "en": "Nobody in that audience can receive it."},
    "bc_preview_head": {"zh": "👇 预览（对方看到的样子）：", "en": "👇 Preview (what recipients will see):"},
    "bc_preview_doc": {"zh": "📎 附件：{name}（{size}）", "en": "📎 Attachment: {name} ({size})"},
    "bc_preview": {
        "zh": "<b>确认发送</b>\n对象：{audience}\n接收方：{count} 个（群/频道 {channels}，委员 {members}）{muted}\n确认后立即发送，无法撤回。",
        "en": "<b>Confirm</b>\nAudience: {audience}\nRecipients: {count} ({channels} channels/groups, {members} members){muted}\n"
              "Sending starts when you confirm and cannot be undone.",
    },
    "bc_preview_muted": {"zh": "\n另有 {n} 位委员已关闭通知，不发送。", "en": "\n{n} members muted announcements and are skipped."},
    "bc_send_now": {"zh": "✅ 立即发送", "en": "✅ Send now"},
    "bc_schedule": {"zh": "🕘 定时发送", "en": "🕘 Schedule"},
    "bc_edit": {"zh": "✏️ 修改对象", "en": "✏️ Change audience"},
    "bc_ask_time": {
        "zh": "请发送发送时间（{tz}），例如：<code>{example}</code>、<code>明天 9:00</code>",
        "en": "Send the time ({tz}), e.g. <code>{example}</code> or <code>tomorrow 9:00</code>",
    },
    "bc_bad_time": {"zh": "看不懂这个时间，请按 <code>{example}</code> 的格式发送。",
                    "en": "I could not read that time; please use the form <code>{example}</code>."},
    "bc_past_time": {"zh": "这个时间已经过去了，请发送将来的时间。", "en": "That time has passed; please send a future time."},
    "bc_confirm_schedule": {
        "zh": "<b>确认定时发送</b>\n时间：{when}\n对象：{audience}\n接收方：{count} 个（发送时按最新名册确定）",
        "en": "<b>Confirm the schedule</b>\nTime: {when}\nAudience: {audience}\nRecipients: {count} (the roster is read again when it is sent)",
    },
    "bc_confirm": {"zh": "✅ 确认", "en": "✅ Confirm"},
    "bc_started": {"zh": "📣 通知 #{id} 开始发送，共 {count} 个接收方。发送完毕后我会告诉您结果。",
                   "en": "📣 Announcement #{id} is being sent to {count} recipients. I will report when it is done."},
    "bc_scheduled_ok": {"zh": "🕘 通知 #{id} 将于 {when} 发送。/scheduled 可查看或取消。",
                        "en": "🕘 Announcement #{id} will be sent at {when}. /scheduled lists or cancels it."},
    "bc_draft_gone": {"zh": "这个草稿已失效，请重新 /broadcast。", "en": "This draft has expired; start again with /broadcast."},
    "bc_draft_cancelled": {"zh": "已取消，未发送任何内容。", "en": "Cancelled; nothing was sent."},
    "bc_cancelled_generic": {"zh": "已取消。", "en": "Cancelled."},
    "bc_report": {
        "zh": "📣 <b>通知 #{id} {status}</b>\n对象：{audience}\n接收方 {total} 个：✅ 送达 {sent}{unconfirmed}{failed}{pending}\n用时：{duration}",
        "en": "📣 <b>Announcement #{id} {status}</b>\nAudience: {audience}\n{total} recipients: ✅ delivered {sent}{unconfirmed}{failed}{pending}\n"
              "Time taken: {duration}",
    },
    "bc_status_done": {"zh": "已发送完毕", "en": "sent"},
    "bc_status_sending": {"zh": "正在发送", "en": "sending"},
    "bc_status_scheduled": {"zh": "定时待发", "en": "scheduled"},
    "bc_status_cancelled": {"zh": "已取消", "en": "cancelled"},
    "bc_r_unconfirmed": {"zh": "，❔ 未确认 {n}（网络中断，很可能已送达）", "en": ", ❔ unconfirmed {n} (connection lost; probably delivered)"},
    "bc_r_failed": {"zh": "，❌ 失败 {n}（{reasons}）", "en": ", ❌ failed {n} ({reasons})"},
    "bc_r_pending": {"zh": "，⏳ 待发送 {n}", "en": ", ⏳ pending {n}"},
    "bc_details_button": {"zh": "查看明细", "en": "Details"},
    "bc_resend_button": {"zh": "重发未确认的 {n} 个", "en": "Resend the {n} unconfirmed"},
    "bc_resent": {"zh": "已重新排队 {n} 个接收方。", "en": "{n} recipients queued again."},
    "bc_details": {"zh": "<b>通知 #{id} 明细</b>", "en": "<b>Announcement #{id}: details</b>"},
    "bc_waiting": {"zh": "等待重试（{reason}）", "en": "waiting ({reason})"},
    "bc_details_line": {"zh": "{mark} {label}：{what}", "en": "{mark} {label}: {what}"},
    "bc_details_more": {"zh": "……另有 {n} 个", "en": "…and {n} more"},
    "bc_details_all_ok": {"zh": "全部送达。", "en": "Everyone got it."},
    "bc_list_empty": {"zh": "还没有发过通知。", "en": "No announcements yet."},
    "bc_list_line": {"zh": "#{id} {when} {author} → {audience}：{status}", "en": "#{id} {when} {author} → {audience}: {status}"},
    "bc_list_counts": {"zh": "送达 {sent}/{total}", "en": "delivered {sent}/{total}"},
    "bc_scheduled_empty": {"zh": "没有待发送的通知。", "en": "Nothing is scheduled or being sent."},
    "bc_scheduled_line": {"zh": "#{id} {when} → {audience}（{count}）：{status}",
                          "en": "#{id} {when} → {audience} ({count}): {status}"},
    "bc_cancel_button": {"zh": "取消 #{id}", "en": "Cancel #{id}"},
    "bc_cancel_done": {"zh": "通知 #{id} 已取消{rest}。", "en": "Announcement #{id} cancelled{rest}."},
    "bc_cancel_rest": {"zh": "（已发出 {n} 条无法撤回）", "en": " ({n} already delivered cannot be recalled)"},
    "bc_cancel_too_late": {"zh": "通知 #{id} 已发送完毕，无法取消。", "en": "Announcement #{id} has already been sent."},
    "bc_not_found": {"zh": "找不到通知 #{id}。", "en": "No announcement #{id}."},
    "bc_reg_ask": {
        "zh": "请转发一条该频道的消息给我，或发送频道的 @用户名（例如 @linjiang_cppcc）。\n登记群聊：把我加入群后，在群里发送 /register。",
        "en": "Forward me a post from the channel, or send its @name (e.g. @linjiang_cppcc).\n"
              "For a group: add me to the group and send /register there.",
    },
    "bc_reg_bad": {"zh": "这不是频道转发的消息，也不是 @用户名。已取消登记。",
                   "en": "That is neither a forwarded channel post nor an @name. Registration cancelled."},
    "bc_reg_offer": {"zh": "要把“{title}”登记为通知对象吗？", "en": "Register “{title}” for announcements?"},
    "bc_reg_button": {"zh": "✅ 登记", "en": "✅ Register"},
    "bc_reg_ok": {"zh": "✅ 已登记“{title}”为通知对象。", "en": "✅ “{title}” is registered for announcements."},
    "bc_reg_again": {"zh": "“{title}”早已登记为通知对象。", "en": "“{title}” was already registered."},
    "bc_unreg_ok": {"zh": "已移除“{title}”，不再向其发送通知。", "en": "“{title}” removed; it gets no more announcements."},
    "bc_unreg_unknown": {"zh": "没有找到这个通知对象。发送 /channels 查看列表。",
                         "en": "No such target. /channels lists them."},
    "bc_unreg_pick": {"zh": "要移除哪个？", "en": "Remove which one?"},
    "bc_channels_empty": {"zh": "还没有登记群或频道。把我加入群后在群里发送 /register；频道请私聊我 /register。",
                          "en": "No groups or channels yet. Add me to a group and send /register there; "
                                "for a channel send me /register in private."},
    "bc_channels_head": {"zh": "<b>通知对象（{n} 个）</b>", "en": "<b>Broadcast targets ({n})</b>"},
    "bc_remove_button": {"zh": "移除 {title}", "en": "Remove {title}"},
    "bc_mute_ok": {"zh": "已关闭通知推送。工作人员发布的通知将不再私信给您（频道和群不受影响）。发送 /unmute 恢复。",
                   "en": "Announcements are muted: staff announcements will no longer come to this chat "
                         "(channels and groups are not affected). /unmute to undo."},
    "bc_unmute_ok": {"zh": "已恢复接收通知推送。", "en": "You will receive announcements again."},
    "bc_mute_not_member": {"zh": "您不在委员名册中，不会收到通知推送。", "en": "You are not on the member roster, so you receive no announcements."},
    "bc_error": {"zh": "无法发送：{reason}", "en": "Cannot send: {reason}"},
})

REASON_LABELS = {
    "blocked": {"zh": "已屏蔽机器人", "en": "blocked the bot"},
    "deactivated": {"zh": "账号已注销", "en": "account deleted"},
    "left": {"zh": "已退出或被移出群", "en": "left the group"},
    "forbidden": {"zh": "无权发送", "en": "not allowed to post"},
    "chat_not_found": {"zh": "找不到会话", "en": "chat not found"},
    "bad_request": {"zh": "消息被拒收", "en": "message rejected"},
    "unsupported": {"zh": "该通道不支持", "en": "not supported there"},
    "no_transport": {"zh": "通道未连接", "en": "network not connected"},
    "temporary": {"zh": "网络故障多次重试失败", "en": "network errors, gave up"},
    "flood": {"zh": "频率限制", "en": "rate limited"},
    "crash": {"zh": "发送中断", "en": "interrupted"},
    "no_answer": {"zh": "未收到回执", "en": "no answer"},
}


def _normal_waiting(error: str) -> str:
    """The outbox's ``error`` of a row that is retried -> a REASON_LABELS key."""
    low = (error or "").lower()
    if "no_transport" in low:
        return "no_transport"
    if "retry after" in low or "flood" in low or "429" in low:
        return "flood"
    return "temporary"


def reason_label(reason: str | None, language: str | None) -> str:
    entry = REASON_LABELS.get(reason or "")
    return entry[lang_of(language)] if entry else (reason or "?")


# ============================================================================ targets

def targets(db, *, active_only: bool = True) -> list[dict]:
    sql = "select * from broadcast_targets" + (" where active = 1" if active_only else "") + " order by id"
    return list(db.query(sql))


def register_target(db, chat_id: str, *, kind: str, title: str = "", username: str | None = None,
                    by: str = "cli") -> tuple[dict, bool]:
    """Add (or re-activate) a target; returns (target, created)."""
    now = time.time()
    with transaction(db):
        row = db.execute("select id, active from broadcast_targets where chat_id = ?", [chat_id]).fetchone()
        if row and row[1]:
            created = False
            db.execute("update broadcast_targets set title = coalesce(nullif(?, ''), title) where id = ?", [title, row[0]])
            tid = row[0]
        else:
            created = True
            if row:
                db.execute("update broadcast_targets set active = 1, kind = ?, title = ?, username = ?,"
                           " registered_by = ?, registered_at = ? where id = ?",
                           [kind, title, username, by, now, row[0]])
                tid = row[0]
            else:
                tid = db["broadcast_targets"].insert({
                    "chat_id": chat_id, "kind": kind, "title": title, "username": username,
                    "registered_by": by, "registered_at": now, "active": 1}).last_pk
            _audit(db, by, "broadcast_target_added", title or chat_id, {"chat_id": chat_id, "kind": kind})
    return next(iter(db.query("select * from broadcast_targets where id = ?", [tid]))), created


def find_target(db, ref: str) -> dict | None:
    ref = (ref or "").strip()
    if not ref:
        return None
    rows = list(db.query("select * from broadcast_targets where active = 1 and (chat_id = ? or chat_id = ?"
                         " or lower(username) = lower(?) or title = ? or cast(id as text) = ?)",
                         [ref, "tg:" + ref, ref.lstrip("@"), ref, ref.lstrip("#")]))
    return rows[0] if len(rows) == 1 else None


def unregister_target(db, ref: str, *, by: str = "cli") -> dict | None:
    target = find_target(db, ref)
    if target is None:
        return None
    with transaction(db):
        db.execute("update broadcast_targets set active = 0 where id = ?", [target["id"]])
        _audit(db, by, "broadcast_target_removed", target["title"] or target["chat_id"], {"chat_id": target["chat_id"]})
    return target


def target_label(target: dict) -> str:
    return target.get("title") or (("@" + target["username"]) if target.get("username") else target["chat_id"])


# ============================================================================ audience

@dataclass
class Recipient:
    chat_id: str
    kind: str                  # channel | group | member
    label: str
    member_id: int | None = None


@dataclass
class Audience:
    recipients: list[Recipient] = field(default_factory=list)
    muted: int = 0             # members matched but muted
    unknown: list[str] = field(default_factory=list)  # audience items that matched nothing known

    @property
    def channels(self) -> int:
        return sum(1 for r in self.recipients if r.kind != "member")

    @property
    def members(self) -> int:
        return sum(1 for r in self.recipients if r.kind == "member")


def _has_members(db) -> bool:
    return db["members"].exists()


def verified_members(db) -> list[dict]:
    """Verified roster members (empty while the roster table does not exist)."""
    if not _has_members(db):
        return []
    return list(db.query("select id, name, sector, district, telegram_user_id, matrix_id, coalesce(muted, 0) as muted"
                         " from members where verified_at is not null order by id"))


def member_chat(member: dict) -> str | None:
    """The private chat that reaches a member: Telegram when verified there, else Matrix."""
    if member.get("telegram_user_id"):
        return member["telegram_user_id"]
    mx = member.get("matrix_id")
    if mx:
        return mx if mx.startswith("mx:") else "mx:" + mx
    return None


def groups_of(db, column: str) -> list[tuple[str, int]]:
    """(sector or district, verified members) pairs, most members first."""
    if column not in ("sector", "district") or not _has_members(db):
        return []
    rows = db.execute(f"select {column}, count(*) from members where verified_at is not null and"
                      f" coalesce({column}, '') != '' group by {column} order by count(*) desc, {column}").fetchall()
    return [(r[0], r[1]) for r in rows]


def normalize_audience(items) -> list[str]:
    out = []
    for raw in items:
        for item in str(raw).split(","):
            item = item.strip()
            if not item:
                continue
            low = item.lower()
            if low in ("all", "members", "全体", "全体委员"):
                item = "members"
            elif low in ("channels", "groups", "频道"):
                item = "channels"
            elif ":" in item:
                kind, _, value = item.partition(":")
                kind = {"界别": "sector", "sector": "sector", "district": "district", "街道": "district",
                        "社区": "district", "target": "target", "channel": "target"}.get(kind.lower().strip())
                if kind is None:
                    raise BroadcastError(f"Unknown audience {item!r}: use channels, all, sector:X, district:Y "
                                         "or channel:@name.")
                item = f"{kind}:{value.strip()}"
            else:
                raise BroadcastError(f"Unknown audience {item!r}: use channels, all, sector:X, district:Y "
                                     "or channel:@name.")
            if item not in out:
                out.append(item)
    return out


def resolve_audience(db, audience: list[str]) -> Audience:
    """The recipients of ``audience`` now: channels first, each chat once, muted members left out."""
    result = Audience()
    seen: set[str] = set()
    all_targets = targets(db)
    members = None
    muted_ids: set[int] = set()
    channels_first = sorted(audience, key=lambda item: item.split(":", 1)[0] not in ("channels", "target"))
    for item in channels_first:
        kind, _, value = item.partition(":")
        if kind == "channels":
            chosen = all_targets
        elif kind == "target":
            chosen = [x for x in all_targets if str(x["id"]) == value or x["chat_id"] == value
                      or (x.get("username") or "").lower() == value.lstrip("@").lower()
                      or x["chat_id"] == "tg:" + value]
            if not chosen:
                result.unknown.append(item)
        else:
            chosen = []
        for target in chosen:
            if target["chat_id"] not in seen:
                seen.add(target["chat_id"])
                result.recipients.append(Recipient(target["chat_id"], target["kind"] or "channel", target_label(target)))
        if kind in ("members", "sector", "district"):
            if members is None:
                members = verified_members(db)
            matched = [m for m in members if kind == "members" or (m.get(kind) or "") == value]
            if not matched and kind != "members":
                result.unknown.append(item)
            for m in matched:
                if m["muted"]:
                    muted_ids.add(m["id"])
                    continue
                chat = member_chat(m)
                if chat and chat not in seen:
                    seen.add(chat)
                    result.recipients.append(Recipient(chat, "member", m["name"] or chat, m["id"]))
    result.muted = len(muted_ids)
    return result


def audience_label(db, audience: list[str], language: str | None) -> str:
    names = []
    by_id = {str(x["id"]): x for x in targets(db, active_only=False)}
    for item in audience:
        kind, _, value = item.partition(":")
        if kind == "channels":
            names.append(t("bc_all_channels", language))
        elif kind == "members":
            names.append(t("bc_all_members", language))
        elif kind == "sector":
            names.append(t("bc_sector", language, name=value))
        elif kind == "district":
            names.append(t("bc_district", language, name=value))
        elif kind == "target":
            names.append(target_label(by_id[value]) if value in by_id else value)
    return "、".join(names) if lang_of(language) == "zh" else ", ".join(names)


# ============================================================================ content

_TAG = re.compile(r'<(/?)(b|strong|i|em|u|ins|s|strike|del|code|pre|blockquote|a)((?:\s+href\s*=\s*"[^"<>]*")?)\s*>',
                  re.IGNORECASE)


def sanitize_html(text: str) -> str:
    """Staff's text as the HTML subset: known tags kept when balanced, everything else escaped."""
    out, stack, pos = [], [], 0
    for m in _TAG.finditer(text):
        out.append(esc(text[pos:m.start()]))
        pos = m.end()
        closing, tag, attrs = m.group(1), m.group(2).lower(), m.group(3)
        if closing:
            if not stack or stack[-1] != tag or attrs:
                return esc(text)
            stack.pop()
            out.append(f"</{tag}>")
        else:
            if (tag == "a") != bool(attrs):
                return esc(text)
            if attrs:
                url = re.search(r'"([^"]*)"', attrs).group(1)
                attrs = ' href="' + htmllib.escape(htmllib.unescape(url), quote=True) + '"'
            stack.append(tag)
            out.append(f"<{tag}{attrs}>")
    out.append(esc(text[pos:]))
    return esc(text) if stack else "".join(out)


def prepare_parts(html: str, document_name: str | None) -> list[tuple[str, str]]:
    """(kind, html) messages of a broadcast: text pieces, then the document (with the
    text as its caption when short enough)."""
    html = (html or "").strip()
    plain = to_plain(html) if html else ""
    if document_name is not None and len(plain) <= CAPTION_LIMIT:
        return [("document", html)]
    if not html:
        raise BroadcastError("The announcement is empty.", "bc_need_text")
    if len(plain) <= MESSAGE_LIMIT:
        pieces = [html]
    elif _TAG.search(html):
        raise BroadcastError(f"The text is too long ({len(plain)} characters; {MESSAGE_LIMIT} with formatting).",
                             "bc_too_long", length=len(plain), limit=MESSAGE_LIMIT)
    else:
        pieces = [esc(p) for p in split_text(plain, MESSAGE_LIMIT)]
    parts = [("text", p) for p in pieces]
    if document_name is not None:
        parts.append(("document", ""))
    return parts


@dataclass
class Document:
    name: str
    data: bytes
    mime: str | None = None


@dataclass
class Author:
    id: str                  # "tg:42" or "cli:alice"
    name: str = ""
    chat_id: str | None = None   # where the report goes (None: CLI)
    language: str | None = None


# ============================================================================ broadcasts

def _audit(db, actor: str, action: str, target: str, detail: dict) -> None:
    """The events table (always) and the roster's audit table (when present)."""
    now = time.time()
    with transaction(db):
        if db["events"].exists():
            db["events"].insert({"kind": action, "user_id": actor.split(" ", 1)[0], "chat_id": None,
                                 "detail": json.dumps(detail, ensure_ascii=False), "created_at": now})
        if db["audit"].exists():
            db["audit"].insert({"actor": actor, "action": action, "target": target,
                                "detail": json.dumps(detail, ensure_ascii=False), "created_at": now})


def create_broadcast(db, *, html: str, audience: list[str], author: Author, document: Document | None = None,
                     scheduled_at: float | None = None, source: str = "chat", now: float | None = None) -> int:
    """Write the broadcast and (unless scheduled) one outbox row per recipient and part,
    in one transaction. Raises :class:`BroadcastError` (empty, too long, nobody to send to)."""
    now = now if now is not None else time.time()
    audience = normalize_audience(audience)
    if not audience:
        raise BroadcastError("Choose an audience.", "bc_pick_first")
    parts = prepare_parts(html, document.name if document else None)
    resolved = resolve_audience(db, audience)
    if resolved.unknown:
        raise BroadcastError("Unknown audience: " + ", ".join(resolved.unknown))
    if not resolved.recipients:
        raise BroadcastError("Nobody in that audience can receive it.", "bc_no_recipients")
    with transaction(db):
        bid = db["broadcasts"].insert({
            "author_id": author.id, "author_name": author.name, "author_chat_id": author.chat_id,
            "author_lang": lang_of(author.language), "source": source, "html": html,
            "doc_name": document.name if document else None, "audience": json.dumps(audience, ensure_ascii=False),
            "state": "scheduled" if scheduled_at else "sending", "scheduled_at": scheduled_at, "created_at": now,
            "recipients": len(resolved.recipients), "muted_skipped": resolved.muted,
        }).last_pk
        db["broadcast_parts"].insert_all([{"broadcast_id": bid, "part": n, "kind": kind, "html": part_html}
                                          for n, (kind, part_html) in enumerate(parts)])
        if document:
            db["broadcast_files"].insert({"broadcast_id": bid, "name": document.name, "mime": document.mime,
                                          "data": document.data})
        if not scheduled_at:
            _write_outbox(db, bid, resolved, len(parts), now)
        _audit(db, author.id, "broadcast", f"#{bid}", {
            "id": bid, "author": author.name, "audience": audience, "recipients": len(resolved.recipients),
            "scheduled_at": scheduled_at, "source": source, "document": document.name if document else None,
            "text": to_plain(html)[:200]})
    return bid


def _write_outbox(db, bid: int, audience: Audience, n_parts: int, now: float) -> int:
    rows = [{"broadcast_id": bid, "part": part, "chat_id": r.chat_id, "recipient_kind": r.kind,
             "member_id": r.member_id, "label": r.label, "state": "pending", "claims": 0, "failures": 0,
             "floods": 0, "recovered": 0, "duplicate_risk": 0, "next_at": now, "created_at": now, "updated_at": now}
            for r in audience.recipients for part in range(n_parts)]
    db["outbox"].insert_all(rows, batch_size=500)
    db.execute("update broadcasts set state = 'sending', materialized_at = ?, recipients = ?, muted_skipped = ?"
               " where id = ?", [now, len(audience.recipients), audience.muted, bid])
    return len(rows)


def materialize(db, bid: int, *, now: float | None = None) -> int:
    """A scheduled broadcast whose time has come: write its outbox rows (roster read now)."""
    now = now if now is not None else time.time()
    with transaction(db):
        row = db.execute("select state, audience from broadcasts where id = ?", [bid]).fetchone()
        if row is None or row[0] != "scheduled":
            return 0
        n_parts = db.execute("select count(*) from broadcast_parts where broadcast_id = ?", [bid]).fetchone()[0]
        audience = resolve_audience(db, json.loads(row[1]))
        return _write_outbox(db, bid, audience, n_parts, now)


def get_broadcast(db, bid: int) -> dict | None:
    rows = list(db.query("select * from broadcasts where id = ?", [bid]))
    if not rows:
        return None
    b = rows[0]
    b["audience"] = json.loads(b["audience"] or "[]")
    return b


def recipient_states(db, bid: int) -> list[dict]:
    """One entry per recipient: the state of its message as a whole (all parts)."""
    by_chat: dict[str, dict] = {}
    for chat_id, kind, label, state, reason, risk, part, error in db.execute(
            "select chat_id, recipient_kind, label, state, reason, duplicate_risk, part, error from outbox"
            " where broadcast_id = ? order by id", [bid]).fetchall():
        entry = by_chat.setdefault(chat_id, {"chat_id": chat_id, "kind": kind, "label": label, "states": [],
                                             "reason": None, "duplicate_risk": 0, "waiting": None})
        entry["states"].append(state)
        if state in ("failed", "unconfirmed") and entry["reason"] is None:
            entry["reason"] = reason
        if state == "pending" and error and entry["waiting"] is None:
            entry["waiting"] = _normal_waiting(error)   # why a row is still waiting (no_transport, 429 ...)
        entry["duplicate_risk"] |= risk or 0
    for entry in by_chat.values():
        states = entry.pop("states")
        for state in ("failed", "sending", "pending", "cancelled", "unconfirmed"):
            if state in states:
                entry["state"] = "pending" if state == "sending" else state
                break
        else:
            entry["state"] = "sent"
    return list(by_chat.values())


def summary(db, bid: int) -> dict:
    entries = recipient_states(db, bid)
    counts = Counter(e["state"] for e in entries)
    reasons = Counter(e["reason"] for e in entries if e["state"] == "failed")
    return {"total": len(entries), "sent": counts["sent"], "failed": counts["failed"],
            "unconfirmed": counts["unconfirmed"], "pending": counts["pending"], "cancelled": counts["cancelled"],
            "reasons": dict(reasons), "duplicate_risk": sum(e["duplicate_risk"] for e in entries)}


def list_broadcasts(db, *, states: tuple[str, ...] | None = None, limit: int = 10) -> list[dict]:
    # Notices (one message to one asker, bot.kernel.notices) share the outbox but are not broadcasts.
    sql = "select * from broadcasts where coalesce(source, '') != 'notice'"
    params: list = []
    if states:
        sql += " and state in (%s)" % ",".join("?" * len(states))
        params += list(states)
    sql += " order by id desc limit ?"
    out = []
    for b in db.query(sql, params + [limit]):
        b["audience"] = json.loads(b["audience"] or "[]")
        out.append(b)
    return out


def cancel_broadcast(db, bid: int, *, by: str) -> tuple[str, int] | None:
    """Cancel a scheduled broadcast, or the rest of one being sent.
    Returns (previous state, rows already delivered), or None if it was finished/unknown."""
    now = time.time()
    with transaction(db):
        row = db.execute("select state from broadcasts where id = ?", [bid]).fetchone()
        if row is None or row[0] not in ("scheduled", "sending"):
            return None
        db.execute("update outbox set state = 'cancelled', reason = 'cancelled', updated_at = ?"
                   " where broadcast_id = ? and state = 'pending'", [now, bid])
        db.execute("update broadcasts set state = 'cancelled', cancelled_by = ?, finished_at = ?, reported_at = ?"
                   " where id = ?", [by, now, now, bid])
        delivered = db.execute("select count(*) from outbox where broadcast_id = ? and state = 'sent'", [bid]).fetchone()[0]
        _audit(db, by, "broadcast_cancelled", f"#{bid}", {"id": bid, "was": row[0], "delivered": delivered})
    return row[0], delivered


def requeue_unconfirmed(db, bid: int, *, by: str) -> int:
    """Staff decided the unconfirmed ones should be sent again (accepting a possible second copy)."""
    now = time.time()
    with transaction(db):
        cur = db.execute("update outbox set state = 'pending', next_at = ?, duplicate_risk = 1, updated_at = ?"
                         " where broadcast_id = ? and state = 'unconfirmed'", [now, now, bid])
        if cur.rowcount:
            db.execute("update broadcasts set state = 'sending', finished_at = null, reported_at = null"
                       " where id = ? and state = 'done'", [bid])
            _audit(db, by, "broadcast_resend_unconfirmed", f"#{bid}", {"id": bid, "rows": cur.rowcount})
    return cur.rowcount


# ============================================================================ reports

def format_duration(seconds: float | None, language: str | None) -> str:
    if seconds is None:
        return "—"
    seconds = max(0.0, seconds)
    zh = lang_of(language) == "zh"
    if seconds < 60:
        return f"{seconds:.1f} 秒" if zh else f"{seconds:.1f} s"
    m, s = divmod(int(round(seconds)), 60)
    if m < 60:
        return f"{m} 分 {s:02d} 秒" if zh else f"{m} min {s:02d} s"
    h, m = divmod(m, 60)
    return f"{h} 小时 {m:02d} 分" if zh else f"{h} h {m:02d} min"


def format_when(ts: float | None, tz: str) -> str:
    from app.timefmt import local_time

    return local_time(ts, tz)


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
    with transaction(db):
        db.execute("update broadcasts set reported_at = ? where id = ?", [time.time(), bid])
    return True


# ============================================================================ times

_WHEN = [
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})\s+(\d{1,2}):(\d{2})$"), "ymdhm"),
    (re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(\d{1,2})[:点时](\d{2})?分?$"), "ymdhm"),
    (re.compile(r"^(\d{1,2})-(\d{1,2})\s+(\d{1,2}):(\d{2})$"), "mdhm"),
    (re.compile(r"^(\d{1,2})月(\d{1,2})日\s*(\d{1,2})[:点时](\d{2})?分?$"), "mdhm"),
    (re.compile(r"^(?:明天|tomorrow)\s*(\d{1,2})[:点时](\d{2})?分?$", re.IGNORECASE), "tomorrow"),
    (re.compile(r"^(?:今天|today)?\s*(\d{1,2})[:点时](\d{2})?分?$", re.IGNORECASE), "today"),
]


def parse_when(text: str, tz: str, *, now: float | None = None) -> float:
    """A wall-clock time in the committee's time zone -> unix time.
    Raises ValueError if unreadable (past times are returned; callers check)."""
    zone = ZoneInfo(tz)
    now_dt = datetime.fromtimestamp(now if now is not None else time.time(), zone)
    s = re.sub(r"\s+", " ", (text or "").strip().replace("：", ":").replace("/", "-").replace("T", " "))
    for pattern, kind in _WHEN:
        m = pattern.match(s)
        if not m:
            continue
        g = [int(x) if x else 0 for x in m.groups()]
        if kind == "ymdhm":
            dt = datetime(g[0], g[1], g[2], g[3], g[4], tzinfo=zone)
        elif kind == "mdhm":
            dt = datetime(now_dt.year, g[0], g[1], g[2], g[3], tzinfo=zone)
        else:
            day = now_dt.date() + (timedelta(days=1) if kind == "tomorrow" else timedelta())
            dt = datetime(day.year, day.month, day.day, g[0], g[1], tzinfo=zone)
        return dt.timestamp()
    raise ValueError(f"unreadable time {text!r}")


# ============================================================================ chat

@dataclass
class Draft:
    html: str = ""
    document: Document | None = None
    picks: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    districts: list[str] = field(default_factory=list)
    scheduled_at: float | None = None
    menu: SentRef | None = None
    created: float = field(default_factory=time.time)


def _actor(msg: Incoming) -> str:
    return msg.user.id + (f" (@{msg.user.username})" if msg.user.username else "")


class BroadcastService:
    """The chat side of broadcasts plus the outbox worker's lifecycle in the bot."""

    def __init__(self, assistant: "Assistant"):
        self.assistant = assistant
        self.db = assistant.db
        self.settings = assistant.settings.broadcast
        self.tz = assistant.config.committee.timezone
        self.drafts: dict[tuple[str, str], Draft] = {}
        self.clock = time.time
        self.offers: dict[str, Chat] = {}      # user id -> channel offered for registration
        self.worker: "OutboxWorker | None" = None
        self._task: asyncio.Task | None = None

    # ----- worker lifecycle -----

    def make_worker(self) -> "OutboxWorker":
        from bot.features.outbox.service import OutboxWorker

        return OutboxWorker(self.db, self.settings, self.assistant.transport_for,
                            journal_path=Path(self.assistant.config.data_dir) / "outbox.journal",
                            on_finished=self._on_finished, clock=lambda: self.clock())

    def start(self) -> asyncio.Task | None:
        """Start the worker on the running loop (idempotent; no-op without a loop)."""
        if self._task is not None and not self._task.done():
            return self._task
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return None
        self.worker = self.worker or self.make_worker()
        self._task = loop.create_task(self._run_worker(), name="outbox-worker")
        return self._task

    async def _run_worker(self) -> None:
        while True:
            try:
                await self.worker.run()
                return
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("outbox worker crashed; restarting in 5 s")
                await asyncio.sleep(5)

    async def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()
        if self._task is not None:
            try:
                await asyncio.wait_for(self._task, timeout=35)
            except (asyncio.TimeoutError, asyncio.CancelledError):
                self._task.cancel()
            self._task = None

    def wake(self) -> None:
        if self.worker is not None:
            self.worker.wake()
        self.start()

    async def _on_finished(self, bid: int) -> None:
        await send_report(self.db, bid, self.assistant.transport_for)

    # ----- helpers -----

    def _key(self, msg: Incoming) -> tuple[str, str]:
        return (msg.chat.id, msg.user.id)

    def _draft(self, msg: Incoming) -> Draft | None:
        draft = self.drafts.get(self._key(msg))
        if draft and self.clock() - draft.created > DRAFT_TTL:
            self.drafts.pop(self._key(msg), None)
            return None
        return draft

    def _example_time(self) -> str:
        dt = datetime.fromtimestamp(self.clock(), ZoneInfo(self.tz)) + timedelta(days=1)
        return dt.strftime("%Y-%m-%d 09:00")

    async def _staff(self, msg: Incoming, transport: Transport) -> bool:
        return await self.assistant.access.allow(self.assistant, msg, transport, "staff")

    # ----- /broadcast dialog -----

    async def cmd_broadcast(self, msg: Incoming, transport: Transport) -> None:
        key = self._key(msg)
        self.drafts[key] = Draft(created=self.clock())
        self.assistant.legacy_steps[key] = self.on_content
        await transport.send(msg.chat.id, OutMessage(t("bc_ask_text", msg.user.language)))

    async def on_content(self, msg: Incoming, transport: Transport) -> None:
        """Text and/or a file: at the first step, and at the audience step (replace/attach)."""
        lang = msg.user.language
        draft = self._draft(msg)
        if draft is None:
            await transport.send(msg.chat.id, OutMessage(t("bc_draft_gone", lang)))
            return
        key = self._key(msg)
        if msg.attachment is not None:
            limit_mb = self.assistant.config.ingest.max_file_mb
            if msg.attachment.size and msg.attachment.size > limit_mb * 1024 * 1024:
                self.assistant.legacy_steps[key] = self.on_content
                await transport.send(msg.chat.id, OutMessage(t("bc_file_too_big", lang, mb=limit_mb)))
                return
            data = await msg.attachment.fetch()
            draft.document = Document(msg.attachment.file_name, data, msg.attachment.mime_type)
        text = getattr(msg, "html", None) or sanitize_html(msg.text or "")
        if text.strip():
            draft.html = text.strip()
        if not draft.html and draft.document is None:
            self.assistant.legacy_steps[key] = self.on_content
            await transport.send(msg.chat.id, OutMessage(t("bc_need_text", lang)))
            return
        try:
            prepare_parts(draft.html, draft.document.name if draft.document else None)
        except BroadcastError as exc:
            if exc.key == "bc_too_long":
                draft.html = ""
            self.assistant.legacy_steps[key] = self.on_content
            await transport.send(msg.chat.id, OutMessage(t(exc.key, lang, **exc.values) if exc.values or exc.key != "bc_error"
                                                         else t("bc_error", lang, reason=esc(str(exc)))))
            return
        self.assistant.legacy_steps[key] = self.on_content
        draft.menu = await transport.send(msg.chat.id, self._audience_menu(draft, lang))

    def _audience_menu(self, draft: Draft, lang) -> OutMessage:
        count = len(resolve_audience(self.db, draft.picks).recipients) if draft.picks else 0
        picked = esc(audience_label(self.db, draft.picks, lang)) if draft.picks else t("bc_nothing_picked", lang)
        rows: list[list[Button]] = []
        for target in targets(self.db)[:30]:
            item = f"target:{target['id']}"
            mark = "✅ " if item in draft.picks else ""
            icon = "📢 " if target["kind"] == "channel" else "👥 "
            rows.append([Button(mark + icon + target_label(target)[:40], data=f"bc:t:{target['id']}")])
        n_members = sum(1 for m in verified_members(self.db) if not m["muted"])
        mark = "✅ " if "members" in draft.picks else ""
        rows.append([Button(f"{mark}{t('bc_all_members', lang)} ({n_members})", data="bc:all")])
        rows.append([Button(t("bc_by_sector", lang), data="bc:sec"), Button(t("bc_by_district", lang), data="bc:dis")])
        rows.append([Button(t("bc_next", lang), data="bc:done"), Button(t("bc_cancel", lang), data="bc:x")])
        return OutMessage(t("bc_audience", lang, picked=picked, count=count), buttons=rows)

    def _group_menu(self, draft: Draft, column: str, lang) -> OutMessage:
        groups = groups_of(self.db, column)
        names = [g for g, _ in groups]
        if column == "sector":
            draft.sectors = names
        else:
            draft.districts = names
        rows = []
        for i, (name, n) in enumerate(groups[:40]):
            item = f"{column}:{name}"
            mark = "✅ " if item in draft.picks else ""
            rows.append([Button(f"{mark}{name} ({n})", data=f"bc:{column[0]}:{i}")])
        rows.append([Button(t("bc_back", lang), data="bc:back")])
        head = t("bc_pick_sector" if column == "sector" else "bc_pick_district", lang)
        if not groups:
            head += "\n" + t("bc_none_listed", lang)
        return OutMessage(head, buttons=rows)

    async def _edit_menu(self, msg: Incoming, transport: Transport, out: OutMessage, draft: Draft) -> None:
        ref = msg.callback.message if msg.callback and msg.callback.message else draft.menu
        if ref is None:
            draft.menu = await transport.send(msg.chat.id, out)
        else:
            await transport.edit(ref, out)

    @staticmethod
    def _toggle(picks: list[str], item: str) -> None:
        if item in picks:
            picks.remove(item)
        else:
            picks.append(item)

    async def on_callback(self, msg: Incoming, transport: Transport, data: str) -> None:
        lang = msg.user.language
        if not await self._staff(msg, transport):
            return
        parts = data.split(":")
        action = parts[1] if len(parts) > 1 else ""
        arg = parts[2] if len(parts) > 2 else ""
        # Actions on stored broadcasts and targets (no draft needed).
        if action in ("c", "i", "r", "u", "reg"):
            await transport.answer_callback(msg.callback)
            if action == "reg":
                chat = self.offers.pop(msg.user.id, None)
                if chat is None:
                    await transport.send(msg.chat.id, OutMessage(t("bc_draft_gone", lang)))
                else:
                    await self._register_chat(msg, transport, chat)
            elif action == "c":
                await self._cancel(msg, transport, int(arg))
            elif action == "i":
                await self._details(msg, transport, int(arg))
            elif action == "r":
                n = requeue_unconfirmed(self.db, int(arg), by=_actor(msg))
                self.wake()
                await transport.send(msg.chat.id, OutMessage(t("bc_resent", lang, n=n)))
            else:
                target = unregister_target(self.db, arg, by=_actor(msg))
                text = t("bc_unreg_ok", lang, title=esc(target_label(target))) if target else t("bc_unreg_unknown", lang)
                await transport.send(msg.chat.id, OutMessage(text))
            return
        draft = self._draft(msg)
        if draft is None:
            await transport.answer_callback(msg.callback, t("bc_draft_gone", lang))
            return
        key = self._key(msg)
        if action == "x":
            self.drafts.pop(key, None)
            self.assistant.legacy_steps.pop(key, None)
            await transport.answer_callback(msg.callback)
            await transport.send(msg.chat.id, OutMessage(t("bc_draft_cancelled", lang)))
            return
        if action in ("t", "all", "s", "d"):
            if action == "t":
                self._toggle(draft.picks, f"target:{arg}")
            elif action == "all":
                self._toggle(draft.picks, "members")
            else:
                names = draft.sectors if action == "s" else draft.districts
                column = "sector" if action == "s" else "district"
                if arg.isdigit() and int(arg) < len(names):
                    self._toggle(draft.picks, f"{column}:{names[int(arg)]}")
                await transport.answer_callback(msg.callback)
                await self._edit_menu(msg, transport, self._group_menu(draft, column, lang), draft)
                return
            await transport.answer_callback(msg.callback)
            await self._edit_menu(msg, transport, self._audience_menu(draft, lang), draft)
            return
        if action in ("sec", "dis"):
            await transport.answer_callback(msg.callback)
            column = "sector" if action == "sec" else "district"
            await self._edit_menu(msg, transport, self._group_menu(draft, column, lang), draft)
            return
        if action == "back":
            await transport.answer_callback(msg.callback)
            self.assistant.legacy_steps[key] = self.on_content
            draft.scheduled_at = None
            draft.menu = await transport.send(msg.chat.id, self._audience_menu(draft, lang))
            return
        if action == "done":
            await self._preview(msg, transport, draft)
            return
        if action == "sched":
            await transport.answer_callback(msg.callback)
            self.assistant.legacy_steps[key] = self.on_time
            await transport.send(msg.chat.id, OutMessage(t("bc_ask_time", lang, tz=esc(self.tz),
                                                           example=self._example_time())))
            return
        if action in ("now", "ok"):
            await self._confirm(msg, transport, scheduled=(action == "ok"))
            return
        await transport.answer_callback(msg.callback)

    async def _preview(self, msg: Incoming, transport: Transport, draft: Draft) -> None:
        lang = msg.user.language
        if not draft.picks:
            await transport.answer_callback(msg.callback, t("bc_pick_first", lang))
            return
        audience = resolve_audience(self.db, draft.picks)
        if not audience.recipients:
            await transport.answer_callback(msg.callback, t("bc_no_recipients", lang))
            return
        await transport.answer_callback(msg.callback)
        self.assistant.legacy_steps.pop(self._key(msg), None)
        await transport.send(msg.chat.id, OutMessage(t("bc_preview_head", lang)))
        if draft.html:
            for kind, part in prepare_parts(draft.html, None):
                await transport.send(msg.chat.id, OutMessage(part, notice=False))
        if draft.document:
            await transport.send(msg.chat.id, OutMessage(t("bc_preview_doc", lang, name=esc(draft.document.name),
                                                           size=_size(len(draft.document.data)))))
        muted = t("bc_preview_muted", lang, n=audience.muted) if audience.muted else ""
        await transport.send(msg.chat.id, OutMessage(
            t("bc_preview", lang, audience=esc(audience_label(self.db, draft.picks, lang)),
              count=len(audience.recipients), channels=audience.channels, members=audience.members, muted=muted),
            buttons=[[Button(t("bc_send_now", lang), data="bc:now"), Button(t("bc_schedule", lang), data="bc:sched")],
                     [Button(t("bc_edit", lang), data="bc:back"), Button(t("bc_cancel", lang), data="bc:x")]]))

    async def on_time(self, msg: Incoming, transport: Transport) -> None:
        lang = msg.user.language
        draft = self._draft(msg)
        if draft is None:
            await transport.send(msg.chat.id, OutMessage(t("bc_draft_gone", lang)))
            return
        key = self._key(msg)
        try:
            when = parse_when(msg.text, self.tz, now=self.clock())
        except ValueError:
            self.assistant.legacy_steps[key] = self.on_time
            await transport.send(msg.chat.id, OutMessage(t("bc_bad_time", lang, example=self._example_time())))
            return
        if when <= self.clock():
            self.assistant.legacy_steps[key] = self.on_time
            await transport.send(msg.chat.id, OutMessage(t("bc_past_time", lang)))
            return
        draft.scheduled_at = when
        audience = resolve_audience(self.db, draft.picks)
        await transport.send(msg.chat.id, OutMessage(
            t("bc_confirm_schedule", lang, when=format_when(when, self.tz),
              audience=esc(audience_label(self.db, draft.picks, lang)), count=len(audience.recipients)),
            buttons=[[Button(t("bc_confirm", lang), data="bc:ok"), Button(t("bc_cancel", lang), data="bc:x")]]))

    async def _confirm(self, msg: Incoming, transport: Transport, *, scheduled: bool) -> None:
        lang = msg.user.language
        key = self._key(msg)
        draft = self.drafts.pop(key, None)     # popped before any await: a double press sends once
        self.assistant.legacy_steps.pop(key, None)
        if draft is None or (scheduled and not draft.scheduled_at):
            await transport.answer_callback(msg.callback, t("bc_draft_gone", lang))
            return
        await transport.answer_callback(msg.callback)
        author = Author(msg.user.id, msg.user.display_name or msg.user.username or msg.user.id, msg.chat.id, lang)
        when = draft.scheduled_at if scheduled else None
        if when is not None and when <= self.clock():
            when = None     # the time passed while the staff member looked at the preview: send now
        try:
            bid = create_broadcast(self.db, html=draft.html, audience=draft.picks, author=author,
                                   document=draft.document, scheduled_at=when, source="chat", now=self.clock())
        except BroadcastError as exc:
            await transport.send(msg.chat.id, OutMessage(t("bc_error", lang, reason=esc(str(exc)))))
            return
        b = get_broadcast(self.db, bid)     # audited (events + audit) by create_broadcast
        if when:
            text = t("bc_scheduled_ok", lang, id=bid, when=format_when(when, self.tz))
        else:
            text = t("bc_started", lang, id=bid, count=b["recipients"])
        await transport.send(msg.chat.id, OutMessage(text))
        self.wake()

    # ----- lists, cancel, details -----

    async def cmd_scheduled(self, msg: Incoming, transport: Transport) -> None:
        lang = msg.user.language
        rows = list_broadcasts(self.db, states=("scheduled", "sending"), limit=20)
        if not rows:
            await transport.send(msg.chat.id, OutMessage(t("bc_scheduled_empty", lang)))
            return
        lines, buttons = [], []
        for b in reversed(rows):
            when = b["scheduled_at"] if b["state"] == "scheduled" else b["created_at"]
            count = b["recipients"]
            lines.append(t("bc_scheduled_line", lang, id=b["id"], when=format_when(when, self.tz),
                           audience=esc(audience_label(self.db, b["audience"], lang)), count=count,
                           status=t(f"bc_status_{b['state']}", lang)))
            buttons.append([Button(t("bc_cancel_button", lang, id=b["id"]), data=f"bc:c:{b['id']}")])
        await transport.send(msg.chat.id, OutMessage("\n".join(lines), buttons=buttons))

    async def _cancel(self, msg: Incoming, transport: Transport, bid: int) -> None:
        lang = msg.user.language
        result = cancel_broadcast(self.db, bid, by=_actor(msg))
        if result is None:
            key = "bc_cancel_too_late" if get_broadcast(self.db, bid) else "bc_not_found"
            await transport.send(msg.chat.id, OutMessage(t(key, lang, id=bid)))
            return
        _, delivered = result
        rest = t("bc_cancel_rest", lang, n=delivered) if delivered else ""
        await transport.send(msg.chat.id, OutMessage(t("bc_cancel_done", lang, id=bid, rest=rest)))

    async def cmd_broadcasts(self, msg: Incoming, transport: Transport) -> None:
        lang = msg.user.language
        arg = msg.args.strip().lstrip("#")
        if arg.isdigit():
            await self._details(msg, transport, int(arg))
            return
        rows = list_broadcasts(self.db, limit=10)
        if not rows:
            await transport.send(msg.chat.id, OutMessage(t("bc_list_empty", lang)))
            return
        lines, buttons = [], []
        for b in rows:
            s = summary(self.db, b["id"])
            status = t(f"bc_status_{b['state']}", lang)
            if b["state"] != "scheduled":
                status += " · " + t("bc_list_counts", lang, sent=s["sent"], total=s["total"])
            lines.append(t("bc_list_line", lang, id=b["id"], when=format_when(b["created_at"], self.tz),
                           author=esc(b["author_name"] or b["author_id"]),
                           audience=esc(audience_label(self.db, b["audience"], lang)), status=status))
            buttons.append(Button(f"#{b['id']}", data=f"bc:i:{b['id']}"))
        rows_of_buttons = [buttons[i:i + 5] for i in range(0, len(buttons), 5)]
        await transport.send(msg.chat.id, OutMessage("\n".join(lines), buttons=rows_of_buttons))

    async def _details(self, msg: Incoming, transport: Transport, bid: int) -> None:
        lang = msg.user.language
        if get_broadcast(self.db, bid) is None:
            await transport.send(msg.chat.id, OutMessage(t("bc_not_found", lang, id=bid)))
            return
        resend = report_buttons(self.db, bid, lang)[0][1:]      # details are shown: keep only "resend"
        await transport.send(msg.chat.id, OutMessage(
            report_html(self.db, bid, lang) + "\n\n" + details_html(self.db, bid, lang),
            buttons=[resend] if resend else []))

    # ----- targets -----

    async def cmd_register(self, msg: Incoming, transport: Transport) -> None:
        lang = msg.user.language
        if not msg.is_private:
            await self._register_chat(msg, transport, msg.chat)
            return
        arg = msg.args.strip()
        if arg:
            await self._register_ref(msg, transport, arg)
            return
        self.assistant.legacy_steps[self._key(msg)] = self.on_register_reply
        await transport.send(msg.chat.id, OutMessage(t("bc_reg_ask", lang)))

    async def on_register_reply(self, msg: Incoming, transport: Transport) -> None:
        if msg.forwarded_from_chat is not None:
            await self._register_chat(msg, transport, msg.forwarded_from_chat)
        elif re.fullmatch(r"@?[A-Za-z][A-Za-z0-9_]{3,}", (msg.text or "").strip()) and (msg.text or "").strip().startswith("@"):
            await self._register_ref(msg, transport, msg.text.strip())
        else:
            await transport.send(msg.chat.id, OutMessage(t("bc_reg_bad", msg.user.language)))

    async def _register_ref(self, msg: Incoming, transport: Transport, ref: str) -> None:
        """``@channelname``: resolved to the numeric id when the transport can (``info.resolves_names``)."""
        name = ref if ref.startswith("@") else "@" + ref
        chat = None
        if transport.info.resolves_names:
            try:
                chat = await transport.resolve_chat(name)
            except Exception:
                log.info("could not resolve %s", name, exc_info=True)
        network = self.assistant.network_of(msg.chat.id) or transport.info   # the staff chat's network
        chat = chat or Chat(id=network.qualify(name), kind="channel", title=name)
        await self._register_chat(msg, transport, chat, username=name.lstrip("@"))

    async def _register_chat(self, msg: Incoming, transport: Transport, chat: Chat, username: str | None = None) -> None:
        lang = msg.user.language
        kind = "channel" if chat.kind == "channel" else "group"
        target, created = register_target(self.db, chat.id, kind=kind, title=chat.title or chat.id,
                                          username=username, by=_actor(msg))
        key = "bc_reg_ok" if created else "bc_reg_again"
        await transport.send(msg.chat.id, OutMessage(t(key, lang, title=esc(target_label(target)))))

    async def cmd_unregister(self, msg: Incoming, transport: Transport) -> None:
        lang = msg.user.language
        ref = msg.args.strip() or (msg.chat.id if not msg.is_private else "")
        if ref:
            target = unregister_target(self.db, ref, by=_actor(msg))
            text = t("bc_unreg_ok", lang, title=esc(target_label(target))) if target else t("bc_unreg_unknown", lang)
            await transport.send(msg.chat.id, OutMessage(text))
            return
        await self.cmd_channels(msg, transport, head=t("bc_unreg_pick", lang))

    async def cmd_channels(self, msg: Incoming, transport: Transport, head: str | None = None) -> None:
        lang = msg.user.language
        rows = targets(self.db)
        if not rows:
            await transport.send(msg.chat.id, OutMessage(t("bc_channels_empty", lang)))
            return
        lines = [head or t("bc_channels_head", lang, n=len(rows))]
        buttons = []
        for x in rows:
            icon = "📢" if x["kind"] == "channel" else "👥"
            lines.append(f"{icon} {esc(target_label(x))}  <code>{esc(x['chat_id'])}</code>")
            buttons.append([Button(t("bc_remove_button", lang, title=target_label(x)[:30]), data=f"bc:u:{x['id']}")])
        await transport.send(msg.chat.id, OutMessage("\n".join(lines), buttons=buttons))

    async def on_forwarded(self, msg: Incoming, transport: Transport) -> None:
        """A channel post forwarded in private without /register: offer to register it (staff)."""
        chat = msg.forwarded_from_chat
        if chat is None or not msg.is_private:
            return
        role = self.assistant.access.role(self.assistant, msg.user)
        if role not in ("staff", "admin"):
            return
        self.offers[msg.user.id] = chat
        lang = msg.user.language
        await transport.send(msg.chat.id, OutMessage(t("bc_reg_offer", lang, title=esc(chat.title or chat.id)),
                                                     buttons=[[Button(t("bc_reg_button", lang), data="bc:reg")]]))

    # ----- mute -----

    async def _set_muted(self, msg: Incoming, transport: Transport, muted: int) -> None:
        lang = msg.user.language
        member = None
        if _has_members(self.db):
            from bot.features.roster import member_for_user

            member = member_for_user(self.db, msg.user.id)
        if member is None:
            await transport.send(msg.chat.id, OutMessage(t("bc_mute_not_member", lang)))
            return
        with transaction(self.db):
            self.db.execute("update members set muted = ?, updated_at = ? where id = ?", [muted, time.time(), member["id"]])
        self.assistant.log_event("broadcast_mute" if muted else "broadcast_unmute", msg, {"member_id": member["id"]})
        await transport.send(msg.chat.id, OutMessage(t("bc_mute_ok" if muted else "bc_unmute_ok", lang)))


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


def install(assistant: "Assistant") -> BroadcastService:
    """Commands, dialogs and buttons of broadcasts; the outbox worker runs on the bot's loop.

    The worker starts when a transport attaches inside a running loop (or on
    ``assistant.broadcast.start()``) and stops with ``assistant.close()``."""
    existing = getattr(assistant, "broadcast", None)
    if isinstance(existing, BroadcastService):      # already installed (FEATURES and a test both)
        return existing
    broadcast_migrations.apply(assistant.db)     # ours, explicitly (idempotent)
    service = BroadcastService(assistant)
    assistant.broadcast = service

    def desc(key):
        return {"zh": t(key, "zh"), "en": t(key, "en")}

    assistant.command("broadcast", role="staff", private_only=True, description=desc("cmd_broadcast"))(service.cmd_broadcast)
    assistant.command("broadcasts", role="staff", private_only=True, description=desc("cmd_broadcasts"))(service.cmd_broadcasts)
    assistant.command("scheduled", role="staff", private_only=True, description=desc("cmd_scheduled"))(service.cmd_scheduled)
    assistant.command("channels", role="staff", private_only=True, description=desc("cmd_channels"))(service.cmd_channels)
    assistant.command("register", role="staff", description=desc("cmd_register"))(service.cmd_register)
    assistant.command("unregister", role="staff", description=desc("cmd_unregister"))(service.cmd_unregister)

    async def mute(msg: Incoming, transport: Transport) -> None:
        await service._set_muted(msg, transport, 1)

    async def unmute(msg: Incoming, transport: Transport) -> None:
        await service._set_muted(msg, transport, 0)

    assistant.command("mute", private_only=True, description=desc("cmd_mute"))(mute)
    assistant.command("unmute", private_only=True, description=desc("cmd_unmute"))(unmute)
    assistant.on_callback("bc")(service.on_callback)

    if "cancel" not in assistant.commands:
        # The core drops the pending dialog step on /cancel; this answers it (and drops a draft).
        async def cancel(msg: Incoming, transport: Transport) -> None:
            service.drafts.pop(service._key(msg), None)
            await transport.send(msg.chat.id, OutMessage(t("bc_cancelled_generic", msg.user.language)))

        assistant.command("cancel")(cancel)

    handlers = getattr(assistant.access, "unaddressed_handlers", None)
    if isinstance(handlers, list):     # RosterAccess passes on forwarded channel posts
        handlers.append(service.on_forwarded)

    assistant.hooks.on_attach.append(lambda transport: service.start())

    def stop() -> None:
        if service.worker is not None:
            service.worker.stop()

    assistant.hooks.on_close.append(stop)
    service.start()
    return service
