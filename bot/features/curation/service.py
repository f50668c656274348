"""Closing the loop: questions the bot could not answer reach staff, and staff answers reach members.

No knowledge base is complete. A question the bot abstains on, or an answer a
member marks 👎, enters a staff queue. Near-duplicates (the same question in
other words) are grouped into one *item*, so staff answer a topic once.

Staff see the queue with ``/queue`` (most-asked first) and answer an item by
replying to the bot's message that shows it (or with its "answer" button,
which opens a dialog). The answer becomes a *curated entry*: the item's
question variants, the staff answer, the staff member's name and the date.
Every member who asked gets the answer in their private chat, marked as an
answer from the secretariat, and a later question close enough to a curated
entry gets the curated answer before (instead of) a document search, labelled
as such with its date. Staff can edit or retire entries (``/faq``); a retired
entry is never served again. Curated entries live in SQLite, not Chroma,
precisely so that retiring one takes effect on the next question.

Staff can also dismiss an item with a reason; the askers get the reason
first, then a pointer to the right office, found by searching the committee's
directory document (``DIRECTORY_DOC``) for the question and kept only when the
question contains that office's own key terms (:mod:`bot.features.curation.office_match`),
or else the configured staff contact.

Matching "the same question"
----------------------------
Two questions are taken to mean the same when their *question focus* is
compatible (see :func:`focus`) and either

* the cosine similarity of their query embeddings is at least ``COS_ALONE``
  (0.96), or
* the cosine is at least ``COS_WITH_TERMS`` (0.93) *and* the Jaccard overlap
  of their terms (``kb.tokenizer.tokens``: jieba words plus CJK bigrams) is at
  least ``TERMS_MIN`` (0.5).

Chosen by measurement (``bench/curation_eval.py`` prints the calibration
sweep): with the bundled multilingual-e5-small, cosine between *any* two
short Chinese questions about the committee sits between 0.85 and 1.0 —
over 3,100 pairs of different questions from the evaluation and sample sets
reach 0.955, while hand-written paraphrases start at 0.91. A cosine-only
threshold therefore has to be high (0.96: no false match among those pairs).
Re-asks that keep most of the wording ("委员证丢了怎么补办" / "委员证丢了咋补办")
are recovered by the second route: high term overlap together with a
moderately high cosine. The focus check handles what neither signal sees:
"年度履职报告交给谁" and "年度履职报告什么时候交" share every content word and
have cosine 0.97, but one asks *who*, the other *when*. The operating point
favours precision: a wrong curated answer misleads, a missed one only costs a
document search (and the queue shows staff the near-miss with a one-tap
"same as FAQ #n" button, which teaches the entry the new wording). Members
also see which question the curated answer was written for, and a button to
search the documents instead.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

import numpy as np

from app.db import Migrations, transaction
from kb.query import normalise

from bot.kernel.messages import Button, Incoming, OutMessage, SentRef, Transport, User, esc
from bot.kernel.privacy import mask_for_others, mask_personal, roster_names
from bot.kernel.render import staff_contact
from bot.kernel.texts import TEXTS, lang_of, t

log = logging.getLogger("bot.curation")

# ----- thresholds (module docstring; bench/curation_eval.py measures them) -----

COS_ALONE = 0.96        # cosine alone is enough
COS_WITH_TERMS = 0.93   # cosine needed when the wording also overlaps ...
TERMS_MIN = 0.5         # ... by at least this Jaccard share of terms
COS_SUGGEST = 0.92      # below a match, but worth showing staff as "maybe the same as FAQ #n"
VARIANT_DUPLICATE = 0.99  # a confirmed question this close to a variant adds nothing

DIRECTORY_DOC = "机关处室职责与联系方式.txt"   # the committee's office directory in the knowledge base
DIRECTORY_TITLE_HINT = "职责与联系方式"
# The directory passage must stand out from the document's other passages (fused z-score) for
# the question to be "about" it; otherwise members get the configured staff contact. Measured on
# the sample directory: office questions give 1.3-3.0, a question about hotels 0.9.
OFFICE_MIN_Z = 1.2
OFFICE_MIN_DENSE = 0.80  # and a question in another language or on nothing at all stays out
# Dense and BM25 weights of that directory search: its own, fixed, because the z-score above is
# measured with them (the retriever's fusion settings are tuned for a different job).
OFFICE_DENSE_WEIGHT = 0.6
OFFICE_BM25_WEIGHT = 0.4
QUEUE_PAGE = 10
FAQ_PAGE = 20
SHOWN_VARIANTS = 5

TEXTS.update({
    "cur_queued": {
        "zh": "📮 您的问题已转给市政协工作人员，答复后会在这里通知您。",
        "en": "📮 Your question has been passed to the committee staff; you will get their answer here.",
    },
    "cur_curated_head": {
        "zh": "📌 <b>秘书处答复</b>（{date}）",
        "en": "📌 <b>Answer from the secretariat</b> ({date})",
    },
    "cur_curated_for": {
        "zh": "这条答复针对的问题：「{question}」。如不是您要问的，可点“查找文件”。",
        "en": "This answer was written for: “{question}”. If that is not your question, tap “Search documents”.",
    },
    "cur_button_search": {"zh": "🔎 查找文件", "en": "🔎 Search documents"},
    "cur_notify": {
        "zh": "📮 <b>秘书处答复</b>（{date}）\n您之前问：「{question}」\n<blockquote>{answer}</blockquote>",
        "en": "📮 <b>Answer from the secretariat</b> ({date})\nYou asked: “{question}”\n<blockquote>{answer}</blockquote>",
    },
    "cur_dismissed": {
        "zh": "📮 秘书处回复：{reason}。\n（关于您之前问的「{question}」）",
        "en": "📮 The secretariat replies: {reason}.\n(About your question “{question}”.)",
    },
    "cur_office": {
        "zh": "建议您联系：\n<b>{citation}</b>\n<blockquote>{excerpt}</blockquote>",
        "en": "You could contact:\n<b>{citation}</b>\n<blockquote>{excerpt}</blockquote>",
    },
    "cur_office_fallback": {"zh": "如需帮助，请联系{contact}。", "en": "For help, please contact {contact}."},
    "cur_queue_empty": {"zh": "目前没有待处理的问题。", "en": "The queue is empty."},
    "cur_queue_head": {
        "zh": "<b>待答复问题 {open} 个</b>（共 {asks} 人次，按提问人数排序），显示前 {shown} 个。\n直接<b>回复</b>某条消息，或发送 /answer 编号 答复内容，即答复该问题：答复存为常见问题，并通知提问的委员。/dismiss 编号 理由：不予答复。",
        "en": "<b>{open} open questions</b> ({asks} asks, most-asked first); showing {shown}.\n<b>Reply</b> to an item, or send /answer N text, to answer it: the answer becomes a FAQ entry and the askers are notified. /dismiss N reason dismisses one.",
    },
    "cur_item": {
        "zh": "<b>#{id}</b> · {asks} 人次 · 首次 {first} · {why}\n{questions}",
        "en": "<b>#{id}</b> · {asks} asks · first {first} · {why}\n{questions}",
    },
    "cur_why_abstained": {"zh": "未找到答案", "en": "no answer found"},
    "cur_why_downvoted": {"zh": "👎 答复没用", "en": "👎 answer not helpful"},
    "cur_why_cited": {"zh": "（机器人引用了：{citation}）", "en": "(the bot cited: {citation})"},
    "cur_more_variants": {"zh": "……另有 {n} 种问法", "en": "… and {n} more wordings"},
    "cur_suggest": {
        "zh": "💡 可能与常见问题 #{id} 相同：「{question}」",
        "en": "💡 Maybe the same as FAQ #{id}: “{question}”",
    },
    "cur_button_answer": {"zh": "✍️ 答复", "en": "✍️ Answer"},
    "cur_button_dismiss": {"zh": "🚫 不予答复", "en": "🚫 Dismiss"},
    "cur_button_attach": {"zh": "➕ 归入 #{id}", "en": "➕ Same as #{id}"},
    "cur_answer_prompt": {
        "zh": "请发送对 #{id}「{question}」的答复（/cancel 取消）。",
        "en": "Send your answer to #{id} “{question}” (/cancel to stop).",
    },
    "cur_dismiss_prompt": {
        "zh": "请输入不予答复 #{id}「{question}」的理由（会转告提问的委员，/cancel 取消），或点选：",
        "en": "Type the reason for dismissing #{id} “{question}” (the askers will see it; /cancel to stop), or pick:",
    },
    "cur_reason_not_committee": {"zh": "此事不属于政协工作范围", "en": "this is not a committee matter"},
    "cur_text_only": {"zh": "请用文字发送。", "en": "Please send text."},
    "cur_answered_ok": {
        "zh": "✅ 已保存为常见问题 #{entry}，已通知 {sent} 位提问的委员{failed}。",
        "en": "✅ Saved as FAQ #{entry}; {sent} asker(s) notified{failed}.",
    },
    "cur_display_question": {
        "zh": "其他委员看到的问题：「{question}」（可在 /faq 中点“✏️ 修改问题”改写）",
        "en": "Other members will see the question as: “{question}” (/faq, “✏️ Edit question” to rewrite it)",
    },
    "cur_answer_shown_as": {
        "zh": "（其他委员将看到的问题：「{question}」，答复后可修改）",
        "en": "(other members will see the question as “{question}”; you can change it afterwards)",
    },
    "cur_button_edit_question": {"zh": "✏️ 修改问题", "en": "✏️ Edit question"},
    "cur_edit_question_prompt": {
        "zh": "请发送常见问题 #{id} 向其他委员显示的问题（现为「{question}」，不要包含个人信息；/cancel 取消）。",
        "en": "Send the question FAQ #{id} shows to other members (now “{question}”; no personal data; /cancel to stop).",
    },
    "cur_entry_shown_as": {"zh": "显示为：「{question}」", "en": "Shown as: “{question}”"},
    "cur_failed_part": {"zh": "，{n} 位未能送达", "en": ", {n} could not be reached"},
    "cur_dismissed_ok": {
        "zh": "✅ #{id} 已不予答复，已告知 {sent} 位提问的委员{failed}。指引：{pointer}",
        "en": "✅ #{id} dismissed; {sent} asker(s) told{failed}. Pointed to: {pointer}",
    },
    "cur_attached_ok": {
        "zh": "✅ #{id} 已归入常见问题 #{entry}，已通知 {sent} 位提问的委员{failed}。",
        "en": "✅ #{id} filed under FAQ #{entry}; {sent} asker(s) notified{failed}.",
    },
    "cur_item_closed": {
        "zh": "#{id} 已经处理过了（{status}）。",
        "en": "#{id} has already been handled ({status}).",
    },
    "cur_item_done_mark": {"zh": "✅ 已答复（常见问题 #{entry}）", "en": "✅ Answered (FAQ #{entry})"},
    "cur_item_dismissed_mark": {"zh": "🚫 已不予答复：{reason}", "en": "🚫 Dismissed: {reason}"},
    "cur_not_found": {"zh": "没有找到这一条。", "en": "Not found."},
    "cur_faq_empty": {"zh": "还没有常见问题。", "en": "There are no FAQ entries yet."},
    "cur_faq_head": {
        "zh": "<b>常见问题 {active} 条</b>（另有 {retired} 条已停用），显示 {shown} 条。回复某条即可修改答复。",
        "en": "<b>{active} FAQ entries</b> ({retired} retired); showing {shown}. Reply to one to edit its answer.",
    },
    "cur_entry": {
        "zh": "<b>#{id}</b> · {date} · {author} · 已使用 {served} 次\n{questions}\n<blockquote>{answer}</blockquote>",
        "en": "<b>#{id}</b> · {date} · {author} · served {served} times\n{questions}\n<blockquote>{answer}</blockquote>",
    },
    "cur_button_edit": {"zh": "✏️ 修改", "en": "✏️ Edit"},
    "cur_button_retire": {"zh": "🗑 停用", "en": "🗑 Retire"},
    "cur_edit_prompt": {
        "zh": "请发送常见问题 #{id} 的新答复（/cancel 取消）。",
        "en": "Send the new answer for FAQ #{id} (/cancel to stop).",
    },
    "cur_edited_ok": {"zh": "✅ 常见问题 #{id} 已更新。", "en": "✅ FAQ #{id} updated."},
    "cur_retired_ok": {"zh": "🗑 常见问题 #{id} 已停用，不会再用于回答。", "en": "🗑 FAQ #{id} retired; it will not be served again."},
    "cur_retired_mark": {"zh": "🗑 已停用", "en": "🗑 Retired"},
    "cur_dismiss_usage": {
        "zh": "用法：回复待答复问题并发送 /dismiss 理由，或 /dismiss 编号 理由。",
        "en": "Usage: reply to a queue item with /dismiss reason, or /dismiss number reason.",
    },
    "cur_stats": {
        "zh": ("<b>统计</b>（{since} 至 {until}）\n"
               "提问 {total} 个：文件答复 {answered}，秘书处答复 {curated}，未找到答案 {abstained}\n"
               "答复率 {rate}\n反馈 👍 {up} / 👎 {down}（{ratio}）\n"
               "待答复问题 {open_items} 个（{open_asks} 人次）；常见问题 {entries} 条\n"
               "<b>每日提问</b>\n{per_day}\n<b>引用最多的文件</b>\n{top_docs}"),
        "en": ("<b>Statistics</b> ({since} to {until})\n"
               "{total} questions: {answered} answered from documents, {curated} by the secretariat, {abstained} without an answer\n"
               "Answer rate {rate}\nFeedback 👍 {up} / 👎 {down} ({ratio})\n"
               "Open queue: {open_items} items ({open_asks} asks); FAQ entries: {entries}\n"
               "<b>Questions per day</b>\n{per_day}\n<b>Most-cited documents</b>\n{top_docs}"),
    },
    "cur_stats_none": {"zh": "（无）", "en": "(none)"},
    "cur_stats_usage": {
        "zh": "用法：/stats [天数] 或 /stats 2026-01-01 2026-01-31",
        "en": "Usage: /stats [days] or /stats 2026-01-01 2026-01-31",
    },
    "cmd_queue": {"zh": "待答复问题", "en": "Unanswered questions"},
    "cmd_faq": {"zh": "常见问题（秘书处答复）", "en": "FAQ (secretariat answers)"},
    "cmd_stats": {"zh": "使用统计", "en": "Usage statistics"},
})

# ----- schema -----

curation_migrations = Migrations("curation")


@curation_migrations
def m001_curation(db):
    db["curation_items"].create({
        "id": int,
        "status": str,            # open | answered | dismissed
        "title": str,             # the first question asked
        "asks": int,              # linked asks (kept for ordering the queue)
        "entry_id": int,          # the curated entry that answered it
        "reason": str,            # dismissal reason
        "resolved_by": str,       # staff user id
        "resolved_by_name": str,
        "resolved_at": float,
        "created_at": float,
        "updated_at": float,
    }, pk="id")
    db["curation_items"].create_index(["status", "asks"])
    db["curation_asks"].create({
        "id": int,
        "item_id": int,
        "question_id": int,       # questions.id
        "user_id": str,
        "chat_id": str,
        "chat_kind": str,
        "language": str,
        "text": str,
        "vector": bytes,          # float32 query embedding
        "tokens": str,            # space-joined kb.tokenizer.tokens
        "source": str,            # abstained | downvoted
        "citation": str,          # what the bot cited (downvoted answers)
        "entry_id": int,          # the curated entry a 👎 was about
        "created_at": float,
        "notified_at": float,
    }, pk="id", foreign_keys=[("item_id", "curation_items", "id")])
    db["curation_asks"].create_index(["item_id"])
    db["curation_asks"].create_index(["question_id"], unique=True)
    db["curated_entries"].create({
        "id": int,
        "status": str,            # active | retired
        "answer": str,            # plain text written by staff
        "author_id": str,
        "author_name": str,
        "item_id": int,
        "served": int,
        "created_at": float,
        "updated_at": float,
        "updated_by_name": str,
        "retired_at": float,
        "retired_by": str,
    }, pk="id")
    db["curated_entries"].create_index(["status"])
    db["curated_variants"].create({
        "id": int,
        "entry_id": int,
        "text": str,
        "vector": bytes,
        "tokens": str,
        "source": str,            # asked | confirmed (👍 on a curated answer) | attached
        "created_at": float,
    }, pk="id", foreign_keys=[("entry_id", "curated_entries", "id")])
    db["curated_variants"].create_index(["entry_id"])
    # Which bot message shows which item or entry: staff reply to them.
    db["curation_messages"].create({
        "chat_id": str, "message_id": str, "kind": str, "ref_id": int, "created_at": float,
    }, pk=("chat_id", "message_id"))


@curation_migrations
def m002_entry_question(db):
    """The question a curated entry shows to other members: staff-approved, never a member's raw words."""
    from bot.kernel.privacy import mask_personal, roster_names

    db["curated_entries"].add_column("question", str)
    names = roster_names(db)
    for entry_id, item_id in db.execute("select id, item_id from curated_entries").fetchall():
        row = db.execute("select title from curation_items where id = ?", [item_id]).fetchone()
        if not row:
            row = db.execute("select text from curated_variants where entry_id = ? order by id limit 1",
                             [entry_id]).fetchone()
        db.execute("update curated_entries set question = ? where id = ?",
                   [mask_personal(row[0] if row else "", names), entry_id])


# ----- matching -----

_FOCUS = [
    # Order matters: "哪天" is "when", not "where"; "几楼" is "where", not "how many".
    ("when", re.compile(r"什么时候|啥时候|何时|几点|哪天|哪一天|几号|什么时间|哪年|哪一年|几月")),
    ("place", re.compile(r"几楼|几层|哪一层")),
    ("amount", re.compile(r"多少|多长|多久|多大|多高|多远|多重|(?<![那这好十])几[个次人天年件分篇位岁遍名条项倍周月小]")),
    ("place", re.compile(r"谁|哪|什么地方|什么部门|什么单位|怎么|怎样|如何|咋|什么程序|什么手续|啥手续|啥程序|流程")),
    ("yesno", re.compile(r"吗|能不能|可不可以|是否|有没有|行不行|可以不|会不会|要不要|是不是|[？?]\s*$")),
    ("what", re.compile(r"什么|啥")),
]


def focus(text: str) -> str | None:
    """What a question asks for: when, amount, place (who/where/how to get it done), yesno, what.

    Who, where and how are one class because members use them for the same
    need ("交给谁" / "交到哪里" / "怎么交"); when and how-much are not.
    """
    for name, rx in _FOCUS:
        if rx.search(text):
            return name
    return None


def compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    pair = {a, b}
    if pair == {"yesno", "place"}:          # "能报销吗" ~ "怎么报销"
        return True
    if "what" in pair and not pair & {"when", "amount"}:
        return True
    return False


def jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def same_question(cos: float, overlap: float, focus_ok: bool = True) -> bool:
    return focus_ok and (cos >= COS_ALONE or (cos >= COS_WITH_TERMS and overlap >= TERMS_MIN))


@dataclass
class Probe:
    """A question ready to compare: its embedding, terms and focus."""

    text: str
    vector: np.ndarray
    tokens: set[str]
    focus: str | None

    def compare(self, vector: np.ndarray, tokens: set[str], text: str) -> tuple[float, float, bool]:
        return (float(np.dot(self.vector, vector)), jaccard(self.tokens, tokens),
                compatible(self.focus, focus(text)))


@dataclass
class Match:
    entry_id: int
    variant: str
    cos: float
    overlap: float
    same: bool


def _blob(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float32).tobytes()


def _vec(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float32)


# ----- the feature -----

class Curation:
    def __init__(self, assistant, *, directory_doc: str = DIRECTORY_DOC):
        self.assistant = assistant
        self.kb = assistant.kb
        self.db = assistant.db
        self.directory_doc = directory_doc
        self._probes: dict[tuple, Probe] = {}       # before_answer -> after_answer, same question
        self._bypass: set[tuple[str, str]] = set()  # (chat, user) asking for a document search

    # ----- blocking helpers (run in the assistant's worker threads) -----

    def probe(self, text: str) -> Probe:
        text = normalise(text)
        return Probe(text, np.asarray(self.kb.embedder.embed_query(text), dtype=np.float32),
                     set(self.kb.tokenizer.tokens(text)), focus(text))

    async def _run(self, fn, *args, **kwargs):
        return await self.assistant.run_blocking(fn, *args, **kwargs)

    def best_entry(self, probe: Probe, *, active_only: bool = True) -> Match | None:
        """The curated entry whose closest variant is closest to ``probe`` (matched or not)."""
        rows = self.db.execute(
            "select v.entry_id, v.text, v.vector, v.tokens from curated_variants v"
            " join curated_entries e on e.id = v.entry_id"
            + (" where e.status = 'active'" if active_only else "")).fetchall()
        best: Match | None = None
        for entry_id, text, blob, tokens in rows:
            cos, overlap, ok = probe.compare(_vec(blob), set((tokens or "").split()), text)
            m = Match(entry_id, text, cos, overlap, same_question(cos, overlap, ok))
            if best is None or (m.same, m.cos) > (best.same, best.cos):
                best = m
        return best

    def best_open_item(self, probe: Probe) -> int | None:
        rows = self.db.execute(
            "select a.item_id, a.text, a.vector, a.tokens from curation_asks a"
            " join curation_items i on i.id = a.item_id where i.status = 'open'").fetchall()
        best, best_cos = None, -1.0
        for item_id, text, blob, tokens in rows:
            cos, overlap, ok = probe.compare(_vec(blob), set((tokens or "").split()), text)
            if same_question(cos, overlap, ok) and cos > best_cos:
                best, best_cos = item_id, cos
        return best

    def has_active_entries(self) -> bool:
        return self.db.execute("select 1 from curated_entries where status = 'active' limit 1").fetchone() is not None

    # ----- names and places -----

    def person_name(self, user: User) -> str:
        """The roster name of a staff member when there is a roster, else the chat name."""
        try:
            if self.db["members"].exists():
                cols = set(self.db["members"].columns_dict)
                where = [c for c in ("telegram_user_id", "matrix_id") if c in cols]
                if "name" in cols and where:
                    row = self.db.execute(
                        f"select name from members where {' or '.join(f'{c} = ?' for c in where)} limit 1",
                        [user.id] * len(where)).fetchone()
                    if row and row[0]:
                        return row[0]
        except Exception:
            log.debug("roster lookup failed", exc_info=True)
        return user.display_name or user.username or user.id

    def _date(self, ts: float) -> str:
        return _local(ts, self.assistant.config.committee.timezone).strftime("%Y-%m-%d")

    def _role_at_least(self, user: User, role: str) -> bool:
        from bot.kernel.assistant import ROLES

        have = self.assistant.access.role(self.assistant, user)
        return ROLES.get(have or "", 0) >= ROLES[role]

    # ----- queue -----

    async def enqueue(self, question_id: int, source: str, probe: Probe | None = None) -> tuple[int, bool] | None:
        """Put a logged question in the queue (grouped with its near-duplicates).

        Returns (item id, whether a new ask was added); None if the question is unknown.
        """
        row = self.db.execute(
            "select id, user_id, chat_id, chat_kind, language, text, citation, doc_key from questions where id = ?",
            [question_id]).fetchone()
        if row is None:
            return None
        qid, user_id, chat_id, chat_kind, language, text, citation, doc_key = row
        existing = self.db.execute("select item_id from curation_asks where question_id = ?", [qid]).fetchone()
        if existing:
            return existing[0], False
        if probe is None or probe.text != normalise(text):
            probe = await self._run(self.probe, text)
        entry_id = None
        if doc_key and doc_key.startswith("curated:"):
            entry_id = int(doc_key.split(":", 1)[1])
        now = time.time()
        with transaction(self.db):
            again = self.db.execute("select item_id from curation_asks where question_id = ?", [qid]).fetchone()
            if again:
                return again[0], False
            item_id = self.best_open_item(probe)
            if item_id is None:
                item_id = self.db["curation_items"].insert({
                    "status": "open", "title": text, "asks": 0, "created_at": now, "updated_at": now,
                }).last_pk
            self.db["curation_asks"].insert({
                "item_id": item_id, "question_id": qid, "user_id": user_id, "chat_id": chat_id,
                "chat_kind": chat_kind, "language": language, "text": text, "vector": _blob(probe.vector),
                "tokens": " ".join(sorted(probe.tokens)), "source": source,
                "citation": citation if source == "downvoted" else None, "entry_id": entry_id,
                "created_at": now,
            })
            self.db.execute("update curation_items set asks = asks + 1, updated_at = ? where id = ?", [now, item_id])
        return item_id, True

    def open_items(self, limit: int | None = None) -> list[dict]:
        sql = "select * from curation_items where status = 'open' order by asks desc, created_at asc"
        if limit:
            sql += f" limit {int(limit)}"
        return list(self.db.query(sql))

    def item(self, item_id: int) -> dict | None:
        rows = list(self.db.query("select * from curation_items where id = ?", [item_id]))
        return rows[0] if rows else None

    def asks_of(self, item_id: int) -> list[dict]:
        return list(self.db.query("select * from curation_asks where item_id = ? order by created_at", [item_id]))

    def _suggestion(self, item_id: int) -> Match | None:
        """The active entry closest to any ask of the item, if close enough to mention."""
        best = None
        for ask in self.asks_of(item_id):
            probe = Probe(ask["text"], _vec(ask["vector"]), set((ask["tokens"] or "").split()), focus(ask["text"]))
            m = self.best_entry(probe)
            if m and m.cos >= COS_SUGGEST and (best is None or m.cos > best.cos):
                best = m
        return best

    def render_item(self, item: dict, language: str | None) -> OutMessage:
        asks = self.asks_of(item["id"])
        texts = list(dict.fromkeys(a["text"] for a in asks))
        lines = [f"• {esc(x)}" for x in texts[:SHOWN_VARIANTS]]
        if len(texts) > SHOWN_VARIANTS:
            lines.append(t("cur_more_variants", language, n=len(texts) - SHOWN_VARIANTS))
        sources = {a["source"] for a in asks}
        why = " / ".join(t(f"cur_why_{s}", language) for s in ("abstained", "downvoted") if s in sources)
        cited = [a["citation"] for a in asks if a["citation"]]
        if cited:
            lines.append(t("cur_why_cited", language, citation=esc(Counter(cited).most_common(1)[0][0])))
        body = t("cur_item", language, id=item["id"], asks=item["asks"], first=self._date(item["created_at"]),
                 why=why, questions="\n".join(lines))
        buttons = [Button(t("cur_button_answer", language), data=f"cq:a:{item['id']}"),
                   Button(t("cur_button_dismiss", language), data=f"cq:d:{item['id']}")]
        rows = [buttons]
        suggestion = self._suggestion(item["id"])
        if suggestion:
            body += "\n" + t("cur_suggest", language, id=suggestion.entry_id, question=esc(suggestion.variant))
            rows.append([Button(t("cur_button_attach", language, id=suggestion.entry_id),
                                data=f"cq:j:{item['id']}:{suggestion.entry_id}")])
        return OutMessage(body, buttons=rows)

    def _remember(self, ref: SentRef | None, kind: str, ref_id: int) -> None:
        if ref is None:
            return
        with transaction(self.db):
            self.db["curation_messages"].upsert({
                "chat_id": ref.chat_id, "message_id": str(ref.message_id), "kind": kind, "ref_id": ref_id,
                "created_at": time.time(),
            }, pk=("chat_id", "message_id"))

    def _message_target(self, chat_id: str, message_id: str | None) -> tuple[str, int] | None:
        if not message_id:
            return None
        row = self.db.execute("select kind, ref_id from curation_messages where chat_id = ? and message_id = ?",
                              [chat_id, str(message_id)]).fetchone()
        return (row[0], row[1]) if row else None

    # ----- answering, attaching, dismissing -----

    async def answer_item(self, item_id: int, staff: User, answer: str) -> tuple[int, int, int] | str:
        """Make the item a curated entry and notify its askers: (entry, sent, failed) or the item's status."""
        answer = answer.strip()
        now = time.time()
        name = self.person_name(staff)
        with transaction(self.db):
            item = self.item(item_id)
            if item is None:
                return "missing"
            if item["status"] != "open":
                return item["status"]
            entry_id = self.db["curated_entries"].insert({
                "status": "active", "answer": answer, "author_id": staff.id, "author_name": name,
                "item_id": item_id, "served": 0, "created_at": now, "updated_at": now,
                # Shown to other members: masked now, and staff can rewrite it (/faq).
                "question": mask_for_others(self.db, item["title"]),
            }).last_pk
            self._add_variants(entry_id, self.asks_of(item_id), "asked", now)
            self.db.execute(
                "update curation_items set status = 'answered', entry_id = ?, resolved_by = ?, resolved_by_name = ?,"
                " resolved_at = ?, updated_at = ? where id = ?", [entry_id, staff.id, name, now, now, item_id])
        self.assistant.log_event("curation_answered", None, {"item": item_id, "entry": entry_id, "by": staff.id})
        sent, failed = await self._notify_answer(item_id, entry_id)
        return entry_id, sent, failed

    async def attach_item(self, item_id: int, entry_id: int, staff: User) -> tuple[int, int, int] | str:
        """Staff say an open item is the same as an existing entry: its questions become variants."""
        now = time.time()
        name = self.person_name(staff)
        with transaction(self.db):
            item = self.item(item_id)
            entry = self.entry(entry_id)
            if item is None or entry is None or entry["status"] != "active":
                return "missing"
            if item["status"] != "open":
                return item["status"]
            self._add_variants(entry_id, self.asks_of(item_id), "attached", now)
            self.db.execute(
                "update curation_items set status = 'answered', entry_id = ?, resolved_by = ?, resolved_by_name = ?,"
                " resolved_at = ?, updated_at = ? where id = ?", [entry_id, staff.id, name, now, now, item_id])
        self.assistant.log_event("curation_attached", None, {"item": item_id, "entry": entry_id, "by": staff.id})
        sent, failed = await self._notify_answer(item_id, entry_id)
        return entry_id, sent, failed

    def _add_variants(self, entry_id: int, asks: list[dict], source: str, now: float) -> None:
        seen = {r[0] for r in self.db.execute("select text from curated_variants where entry_id = ?", [entry_id])}
        for ask in asks:
            if ask["text"] in seen:
                continue
            seen.add(ask["text"])
            self.db["curated_variants"].insert({
                "entry_id": entry_id, "text": ask["text"], "vector": ask["vector"], "tokens": ask["tokens"],
                "source": source, "created_at": now,
            })

    async def _notify_answer(self, item_id: int, entry_id: int) -> tuple[int, int]:
        entry = self.entry(entry_id)

        def render(ask):
            lang = ask["language"]
            return OutMessage(t("cur_notify", lang, date=self._date(entry["updated_at"]),
                                question=esc(ask["text"]), answer=esc(entry["answer"])))

        return await self._notify(item_id, render)

    async def _notify(self, item_id: int, render) -> tuple[int, int]:
        """Send each asker of the item (once per person) a message in their private chat."""
        sent = failed = 0
        done: set[str] = set()
        for ask in self.asks_of(item_id):
            if ask["notified_at"] or ask["user_id"] in done:
                continue
            done.add(ask["user_id"])
            target = ask["chat_id"] if ask["chat_kind"] == "private" else ask["user_id"]
            transport = self.assistant.transport_for(target)
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
                with transaction(self.db):
                    self.db.execute("update curation_asks set notified_at = ? where item_id = ? and user_id = ?",
                                    [time.time(), item_id, ask["user_id"]])
            else:
                failed += 1
        return sent, failed

    async def dismiss_item(self, item_id: int, staff: User, reason: str) -> tuple[int, int, str] | str:
        """Close the item with ``reason``; askers get it with a pointer to an office: (sent, failed, pointer)."""
        reason = reason.strip().rstrip("。.")
        now = time.time()
        name = self.person_name(staff)
        with transaction(self.db):
            item = self.item(item_id)
            if item is None:
                return "missing"
            if item["status"] != "open":
                return item["status"]
            self.db.execute(
                "update curation_items set status = 'dismissed', reason = ?, resolved_by = ?, resolved_by_name = ?,"
                " resolved_at = ?, updated_at = ? where id = ?", [reason, staff.id, name, now, now, item_id])
        self.assistant.log_event("curation_dismissed", None, {"item": item_id, "reason": reason, "by": staff.id})
        office = await self._run(self.office_for, item["title"])
        committee = self.assistant.config.committee

        def render(ask):
            lang = ask["language"]
            parts = [t("cur_dismissed", lang, question=esc(ask["text"]), reason=esc(reason))]
            if office:
                parts.append(t("cur_office", lang, citation=esc(office[0]), excerpt=esc(office[1])))
            else:
                parts.append(t("cur_office_fallback", lang, contact=esc(staff_contact(committee, lang))))
            return OutMessage("\n".join(parts))

        sent, failed = await self._notify(item_id, render)
        return sent, failed, office[0] if office else staff_contact(committee, None)

    def directory_doc_id(self) -> int | None:
        row = self.db.execute("select id from documents where doc_key = ?", [self.directory_doc]).fetchone()
        if row is None:
            row = self.db.execute("select id from documents where title like ? order by updated_at desc limit 1",
                                  [f"%{DIRECTORY_TITLE_HINT}%"]).fetchone()
        return row[0] if row else None

    def office_for(self, question: str) -> tuple[str, str] | None:
        """(citation, excerpt) of the directory passage that best fits the question, or None.

        A hybrid search like the retriever's (dense cosine and BM25, z-scored and
        weighted), restricted to the directory document's passages.
        """
        from kb.answer import select_sentences

        doc_id = self.directory_doc_id()
        if doc_id is None:
            return None
        rows = list(self.db.query("select id, citation, text from chunks where doc_id = ? order by ordinal", [doc_id]))
        if not rows:
            return None
        # No synonym expansion here: "政协" -> "政治协商会议" makes every office that "协商"s look relevant.
        expanded = normalise(question)
        qvec = np.asarray(self.kb.embedder.embed_query(expanded), dtype=np.float32)
        ids = [r["id"] for r in rows]
        vectors = self.kb.retriever.load_vectors(ids)
        dense = np.array([float(np.dot(vectors[i], qvec)) if i in vectors else 0.0 for i in ids])
        lexical = self.kb.lexical_index()
        scores = lexical.scores(self.kb.tokenizer.tokens(expanded))
        position = lexical.position
        bm25 = np.array([float(scores[position[i]]) if i in position and len(scores) else 0.0 for i in ids])
        fused = OFFICE_DENSE_WEIGHT * _z(dense) + OFFICE_BM25_WEIGHT * _z(bm25)
        best = int(np.argmax(fused))
        if len(rows) > 2 and (fused[best] < OFFICE_MIN_Z or dense[best] < OFFICE_MIN_DENSE):
            return None
        row = rows[best]
        # A score only ranks; the office's own key terms in the question make it a real match.
        from bot.features.curation.office_match import key_terms, shared_key_terms

        terms = key_terms(self.kb.tokenizer, [r["text"] for r in rows])[best]
        if not shared_key_terms(self.kb.tokenizer, question, terms):
            return None
        return row["citation"], select_sentences(row["text"], expanded, 300, 4)

    # ----- curated entries -----

    def entry(self, entry_id: int) -> dict | None:
        rows = list(self.db.query("select * from curated_entries where id = ?", [entry_id]))
        return rows[0] if rows else None

    def variants(self, entry_id: int) -> list[str]:
        return [r[0] for r in self.db.execute(
            "select text from curated_variants where entry_id = ? order by id", [entry_id])]

    def display_question(self, entry_id: int) -> str:
        """The question an entry shows to members other than its askers: staff-approved or masked."""
        entry = self.entry(entry_id)
        if entry and entry.get("question"):
            return entry["question"]
        variants = self.variants(entry_id)
        return mask_for_others(self.db, variants[0] if variants else "")

    def edit_question(self, entry_id: int, question: str, staff: User) -> bool:
        with transaction(self.db):
            entry = self.entry(entry_id)
            if entry is None or entry["status"] != "active":
                return False
            self.db.execute("update curated_entries set question = ?, updated_by_name = ? where id = ?",
                            [question.strip(), self.person_name(staff), entry_id])
        self.assistant.log_event("curated_question_edited", None, {"entry": entry_id, "by": staff.id})
        return True

    def edit_entry(self, entry_id: int, answer: str, staff: User) -> bool:
        with transaction(self.db):
            entry = self.entry(entry_id)
            if entry is None or entry["status"] != "active":
                return False
            self.db.execute("update curated_entries set answer = ?, updated_at = ?, updated_by_name = ? where id = ?",
                            [answer.strip(), time.time(), self.person_name(staff), entry_id])
        self.assistant.log_event("curated_edited", None, {"entry": entry_id, "by": staff.id})
        return True

    def retire_entry(self, entry_id: int, staff: User) -> bool:
        with transaction(self.db):
            entry = self.entry(entry_id)
            if entry is None or entry["status"] != "active":
                return False
            self.db.execute("update curated_entries set status = 'retired', retired_at = ?, retired_by = ? where id = ?",
                            [time.time(), staff.id, entry_id])
        self.assistant.log_event("curated_retired", None, {"entry": entry_id, "by": staff.id})
        return True

    def add_confirmed_variant(self, entry_id: int, probe: Probe) -> bool:
        """A member marked a curated answer 👍: their wording joins the entry (unless it adds nothing)."""
        with transaction(self.db):
            entry = self.entry(entry_id)
            if entry is None or entry["status"] != "active":
                return False
            for text, blob in self.db.execute("select text, vector from curated_variants where entry_id = ?",
                                              [entry_id]).fetchall():
                if text == probe.text or float(np.dot(_vec(blob), probe.vector)) >= VARIANT_DUPLICATE:
                    return False
            self.db["curated_variants"].insert({
                "entry_id": entry_id, "text": probe.text, "vector": _blob(probe.vector),
                "tokens": " ".join(sorted(probe.tokens)), "source": "confirmed", "created_at": time.time(),
            })
        return True

    def render_entry(self, entry: dict, language: str | None) -> OutMessage:
        variants = self.variants(entry["id"])
        lines = [f"• {esc(v)}" for v in variants[:SHOWN_VARIANTS]]
        if len(variants) > SHOWN_VARIANTS:
            lines.append(t("cur_more_variants", language, n=len(variants) - SHOWN_VARIANTS))
        body = t("cur_entry", language, id=entry["id"], date=self._date(entry["updated_at"]),
                 author=esc(entry["updated_by_name"] or entry["author_name"] or ""), served=entry["served"] or 0,
                 questions="\n".join(lines), answer=esc(entry["answer"]))
        body += "\n" + t("cur_entry_shown_as", language, question=esc(self.display_question(entry["id"])))
        return OutMessage(body, buttons=[[Button(t("cur_button_edit", language), data=f"cq:e:{entry['id']}"),
                                          Button(t("cur_button_edit_question", language), data=f"cq:q:{entry['id']}"),
                                          Button(t("cur_button_retire", language), data=f"cq:r:{entry['id']}")]])

    # ----- serving curated answers -----

    def _log_curated(self, msg: Incoming, question: str, match: Match, started: float) -> int:
        with transaction(self.db):
            qid = self.db["questions"].insert({
                "transport": msg.transport, "user_id": msg.user.id, "chat_id": msg.chat.id,
                "chat_kind": msg.chat.kind, "language": lang_of(msg.user.language), "text": question,
                "status": "curated", "citation": f"FAQ #{match.entry_id}", "doc_key": f"curated:{match.entry_id}",
                "sources": json.dumps([f"FAQ #{match.entry_id}"], ensure_ascii=False),
                "best_dense": match.cos, "created_at": started,
            }).last_pk
            self.db.execute("update curated_entries set served = coalesce(served, 0) + 1 where id = ?",
                            [match.entry_id])
        return qid

    async def serve(self, msg: Incoming, transport: Transport, question: str, match: Match) -> int:
        started = msg.received_at or time.time()
        entry = self.entry(match.entry_id)
        lang = msg.user.language
        qid = self._log_curated(msg, question, match, started)
        body = "\n".join([
            t("cur_curated_head", lang, date=self._date(entry["updated_at"])),
            f"<blockquote>{esc(entry['answer'])}</blockquote>",
            t("cur_curated_for", lang, question=esc(self.display_question(match.entry_id))),
        ])
        buttons = [[Button(t("button_up", lang), data=f"fb:up:{qid}"),
                    Button(t("button_down", lang), data=f"fb:down:{qid}")],
                   [Button(t("cur_button_search", lang), data=f"cq:kb:{qid}")]]
        sent = await transport.send(msg.chat.id, OutMessage(body, buttons=buttons, reply_to=msg.message_id))
        with transaction(self.db):
            self.db.execute("update questions set reply_message_id = ?, latency_ms = ? where id = ?",
                            [sent.message_id if sent else None, (time.time() - started) * 1000, qid])
        return qid

    # ----- hooks -----

    async def on_reply(self, msg: Incoming, transport: Transport) -> bool:
        """A staff member's reply to a queue item (answers it) or to a FAQ entry (edits it)."""
        target = self._message_target(msg.chat.id, msg.reply_to_message_id)
        if target is None or not self._role_at_least(msg.user, "staff"):
            return False
        kind, ref_id = target
        lang = msg.user.language
        if not msg.text.strip():
            await transport.send(msg.chat.id, OutMessage(t("cur_text_only", lang)))
            return True
        if kind == "item":
            await self._answer_and_report(msg, transport, ref_id, msg.text)
        elif kind == "entry":
            ok = self.edit_entry(ref_id, msg.text, msg.user)
            await transport.send(msg.chat.id, OutMessage(
                t("cur_edited_ok" if ok else "cur_not_found", lang, id=ref_id), reply_to=msg.message_id))
        else:
            return False
        return True

    async def _answer_and_report(self, msg: Incoming, transport: Transport, item_id: int, text: str) -> None:
        lang = msg.user.language
        result = await self.answer_item(item_id, msg.user, text)
        if isinstance(result, str):
            await transport.send(msg.chat.id, OutMessage(self._closed_text(item_id, result, lang)))
            return
        entry_id, sent, failed = result
        await transport.send(msg.chat.id, OutMessage(
            t("cur_answered_ok", lang, entry=entry_id, sent=sent, failed=self._failed(failed, lang)) + "\n"
            + t("cur_display_question", lang, question=esc(self.display_question(entry_id))),
            reply_to=msg.message_id))
        if msg.reply_to_message_id:
            await self._mark(transport, SentRef(msg.chat.id, msg.reply_to_message_id), item_id,
                             t("cur_item_done_mark", lang, entry=entry_id))

    async def _mark(self, transport: Transport, ref: SentRef, item_id: int, mark: str) -> None:
        """Edit a queue message to show how the item ended (best effort)."""
        item = self.item(item_id)
        if item is None:
            return
        try:
            body = self.render_item(item, None).html
            await transport.edit(ref, OutMessage(body + "\n" + mark))
        except Exception:
            log.debug("could not edit the queue message", exc_info=True)

    def _closed_text(self, item_id: int, status: str, lang) -> str:
        if status == "missing":
            return t("cur_not_found", lang)
        return t("cur_item_closed", lang, id=item_id, status=status)

    @staticmethod
    def _failed(n: int, lang) -> str:
        return t("cur_failed_part", lang, n=n) if n else ""

    async def before_answer(self, msg: Incoming, transport: Transport, question: str) -> bool:
        if self._reply_hook_missing and msg.reply_to_message_id and await self.on_reply(msg, transport):
            return True
        key = (msg.chat.id, msg.user.id)
        if key in self._bypass:
            self._bypass.discard(key)
            return False
        if not self.has_active_entries():
            return False
        probe = await self._run(self.probe, question)
        self._keep_probe(msg, question, probe)
        match = await self._run(self.best_entry, probe)
        if match is None or not match.same:
            return False
        qid = await self.serve(msg, transport, question, match)
        self.assistant.log_event("curated_served", msg, {"entry": match.entry_id, "question": qid,
                                                         "cos": round(match.cos, 4), "overlap": round(match.overlap, 3)})
        return True

    def _keep_probe(self, msg: Incoming, question: str, probe: Probe) -> None:
        if len(self._probes) > 256:
            self._probes.pop(next(iter(self._probes)))
        self._probes[(msg.chat.id, msg.user.id, normalise(question))] = probe

    async def after_answer(self, msg: Incoming, qid: int, answer) -> None:
        row = self.db.execute("select text from questions where id = ?", [qid]).fetchone()
        probe = self._probes.pop((msg.chat.id, msg.user.id, normalise(row[0])), None) if row else None
        if not getattr(answer, "abstained", False):
            return
        result = await self.enqueue(qid, "abstained", probe)
        if result and result[1] and msg.is_private:
            transport = self.assistant.transport_for(msg.chat.id)
            if transport is not None:
                # Quote the question: the notice arrives after its answer, maybe after later ones.
                await transport.send(msg.chat.id, OutMessage(t("cur_queued", msg.user.language),
                                                             reply_to=msg.message_id))

    async def on_feedback(self, msg: Incoming, qid: int, value: int) -> None:
        if value < 0:
            await self.enqueue(qid, "downvoted")
            return
        row = self.db.execute("select text, doc_key from questions where id = ?", [qid]).fetchone()
        if row and row[1] and row[1].startswith("curated:"):
            probe = await self._run(self.probe, row[0])
            self.add_confirmed_variant(int(row[1].split(":", 1)[1]), probe)

    # ----- commands -----

    async def cmd_queue(self, msg: Incoming, transport: Transport) -> None:
        lang = msg.user.language
        items = self.open_items()
        if not items:
            await transport.send(msg.chat.id, OutMessage(t("cur_queue_empty", lang)))
            return
        shown = items[:QUEUE_PAGE]
        await transport.send(msg.chat.id, OutMessage(t(
            "cur_queue_head", lang, open=len(items), asks=sum(i["asks"] for i in items), shown=len(shown))))
        for item in shown:
            ref = await transport.send(msg.chat.id, self.render_item(item, lang))
            self._remember(ref, "item", item["id"])

    async def cmd_faq(self, msg: Incoming, transport: Transport) -> None:
        lang = msg.user.language
        entries = list(self.db.query(
            "select * from curated_entries where status = 'active' order by served desc, id desc"))
        retired = self.db.execute("select count(*) from curated_entries where status != 'active'").fetchone()[0]
        if not entries:
            await transport.send(msg.chat.id, OutMessage(t("cur_faq_empty", lang)))
            return
        shown = entries[:FAQ_PAGE]
        await transport.send(msg.chat.id, OutMessage(t(
            "cur_faq_head", lang, active=len(entries), retired=retired, shown=len(shown))))
        for entry in shown:
            ref = await transport.send(msg.chat.id, self.render_entry(entry, lang))
            self._remember(ref, "entry", entry["id"])

    async def cmd_dismiss(self, msg: Incoming, transport: Transport) -> None:
        """/dismiss reason (as a reply to a queue item) or /dismiss 12 reason."""
        lang = msg.user.language
        args = msg.args.strip()
        target = self._message_target(msg.chat.id, msg.reply_to_message_id)
        item_id = None
        if target and target[0] == "item":
            item_id, reason = target[1], args
        else:
            head, _, rest = args.partition(" ")
            if head.lstrip("#").isdigit():
                item_id, reason = int(head.lstrip("#")), rest
        if item_id is None or not reason.strip():
            await transport.send(msg.chat.id, OutMessage(t("cur_dismiss_usage", lang)))
            return
        await self._dismiss_and_report(msg, transport, item_id, reason)

    async def _dismiss_and_report(self, msg: Incoming, transport: Transport, item_id: int, reason: str) -> None:
        lang = msg.user.language
        result = await self.dismiss_item(item_id, msg.user, reason)
        if isinstance(result, str):
            await transport.send(msg.chat.id, OutMessage(self._closed_text(item_id, result, lang)))
            return
        sent, failed, pointer = result
        await transport.send(msg.chat.id, OutMessage(
            t("cur_dismissed_ok", lang, id=item_id, sent=sent, failed=self._failed(failed, lang),
              pointer=esc(pointer))))

    async def cmd_stats(self, msg: Incoming, transport: Transport) -> None:
        lang = msg.user.language
        tz = self.assistant.config.committee.timezone
        try:
            since, until = parse_period(msg.args, tz)
        except ValueError:
            await transport.send(msg.chat.id, OutMessage(t("cur_stats_usage", lang)))
            return
        stats = compute_stats(self.db, since, until, tz)
        await transport.send(msg.chat.id, OutMessage(format_stats_html(stats, lang)))

    # ----- buttons -----

    async def on_callback(self, msg: Incoming, transport: Transport, data: str) -> None:
        parts = data.split(":")
        action = parts[1] if len(parts) > 1 else ""
        lang = msg.user.language
        if action == "kb":
            return await self._search_documents(msg, transport, parts[2] if len(parts) == 3 else "")
        if not await self.assistant.access.allow(self.assistant, msg, transport, "staff"):
            return
        key = (msg.chat.id, msg.user.id)
        ref_id = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else None
        if ref_id is None:
            await transport.answer_callback(msg.callback)
            return
        if action in ("a", "d"):
            item = self.item(ref_id)
            if item is None or item["status"] != "open":
                await transport.answer_callback(msg.callback, self._closed_text(
                    ref_id, item["status"] if item else "missing", lang))
                return
            await transport.answer_callback(msg.callback)
            if action == "a":
                async def take_answer(m: Incoming, tr: Transport, item_id=ref_id) -> None:
                    if not m.text.strip():
                        self.assistant.legacy_steps[(m.chat.id, m.user.id)] = take_answer
                        await tr.send(m.chat.id, OutMessage(t("cur_text_only", m.user.language)))
                        return
                    await self._answer_and_report(m, tr, item_id, m.text)

                self.assistant.legacy_steps[key] = take_answer
                await transport.send(msg.chat.id, OutMessage(
                    t("cur_answer_prompt", lang, id=ref_id, question=esc(item["title"])) + "\n"
                    + t("cur_answer_shown_as", lang, question=esc(mask_for_others(self.db, item["title"])))))
            else:
                async def take_reason(m: Incoming, tr: Transport, item_id=ref_id) -> None:
                    if not m.text.strip():
                        self.assistant.legacy_steps[(m.chat.id, m.user.id)] = take_reason
                        await tr.send(m.chat.id, OutMessage(t("cur_text_only", m.user.language)))
                        return
                    await self._dismiss_and_report(m, tr, item_id, m.text)

                self.assistant.legacy_steps[key] = take_reason
                await transport.send(msg.chat.id, OutMessage(
                    t("cur_dismiss_prompt", lang, id=ref_id, question=esc(item["title"])),
                    buttons=[[Button(t("cur_reason_not_committee", lang), data=f"cq:dn:{ref_id}")]]))
        elif action == "dn":
            self.assistant.legacy_steps.pop(key, None)
            await transport.answer_callback(msg.callback)
            await self._dismiss_and_report(msg, transport, ref_id, t("cur_reason_not_committee", lang))
        elif action == "j":
            entry_id = int(parts[3])
            result = await self.attach_item(ref_id, entry_id, msg.user)
            if isinstance(result, str):
                await transport.answer_callback(msg.callback, self._closed_text(ref_id, result, lang))
                return
            await transport.answer_callback(msg.callback)
            _, sent, failed = result
            await transport.send(msg.chat.id, OutMessage(t(
                "cur_attached_ok", lang, id=ref_id, entry=entry_id, sent=sent, failed=self._failed(failed, lang))))
        elif action in ("e", "q"):       # edit the answer text, or the question shown to members
            entry = self.entry(ref_id)
            if entry is None or entry["status"] != "active":
                await transport.answer_callback(msg.callback, t("cur_not_found", lang))
                return
            await transport.answer_callback(msg.callback)
            apply = self.edit_entry if action == "e" else self.edit_question

            async def take_edit(m: Incoming, tr: Transport, entry_id=ref_id) -> None:
                if not m.text.strip():
                    self.assistant.legacy_steps[(m.chat.id, m.user.id)] = take_edit
                    await tr.send(m.chat.id, OutMessage(t("cur_text_only", m.user.language)))
                    return
                ok = apply(entry_id, m.text, m.user)
                await tr.send(m.chat.id, OutMessage(t("cur_edited_ok" if ok else "cur_not_found",
                                                      m.user.language, id=entry_id)))

            self.assistant.legacy_steps[key] = take_edit
            prompt = t("cur_edit_prompt", lang, id=ref_id) if action == "e" else t(
                "cur_edit_question_prompt", lang, id=ref_id, question=esc(self.display_question(ref_id)))
            await transport.send(msg.chat.id, OutMessage(prompt))
        elif action == "r":
            ok = self.retire_entry(ref_id, msg.user)
            await transport.answer_callback(msg.callback, t("cur_retired_ok" if ok else "cur_not_found", lang, id=ref_id))
            if ok and msg.callback.message is not None:
                entry = self.entry(ref_id)
                try:
                    await transport.edit(msg.callback.message, OutMessage(
                        self.render_entry(entry, lang).html + "\n" + t("cur_retired_mark", lang)))
                except Exception:
                    log.debug("could not edit the FAQ message", exc_info=True)
        else:
            await transport.answer_callback(msg.callback)

    async def _search_documents(self, msg: Incoming, transport: Transport, qid: str) -> None:
        """'Search documents' under a curated answer: ask the knowledge base, skipping curated entries."""
        from bot.kernel.buttons import owned_question

        row = await owned_question(self.assistant, msg, transport, qid)    # only the asker's own question
        if row is None:
            return
        await transport.answer_callback(msg.callback)
        self._bypass.add((msg.chat.id, msg.user.id))
        again = Incoming(transport=msg.transport, user=msg.user, chat=msg.chat, text=row["text"],
                         received_at=time.time())
        try:
            await self.assistant.ask(again, transport, row["text"])
        finally:
            self._bypass.discard((msg.chat.id, msg.user.id))

    @property
    def _reply_hook_missing(self) -> bool:
        return not isinstance(getattr(self.assistant, "on_reply", None), list)


# ----- statistics (shared by /stats and `ingest.py stats`) -----

def _local(ts: float, tz: str) -> dt.datetime:
    from zoneinfo import ZoneInfo

    return dt.datetime.fromtimestamp(ts, ZoneInfo(tz))


def day_start(day: dt.date, tz: str) -> float:
    from zoneinfo import ZoneInfo

    return dt.datetime(day.year, day.month, day.day, tzinfo=ZoneInfo(tz)).timestamp()


def parse_period(args: str, tz: str, *, default_days: int = 30, now: float | None = None) -> tuple[float, float]:
    """'' -> the last 30 days; '7' -> the last 7 days; 'YYYY-MM-DD [YYYY-MM-DD]' -> those days (inclusive)."""
    parts = (args or "").split()
    now = now or time.time()
    today = _local(now, tz).date()
    if not parts:
        return day_start(today - dt.timedelta(days=default_days - 1), tz), now
    if len(parts) == 1 and parts[0].isdigit():
        days = max(1, int(parts[0]))
        return day_start(today - dt.timedelta(days=days - 1), tz), now
    if len(parts) <= 2:
        first = dt.date.fromisoformat(parts[0])
        last = dt.date.fromisoformat(parts[1]) if len(parts) == 2 else today
        return day_start(first, tz), day_start(last + dt.timedelta(days=1), tz)
    raise ValueError(args)


@dataclass
class Stats:
    since: float
    until: float
    tz: str
    total: int = 0
    answered: int = 0
    curated: int = 0
    abstained: int = 0
    up: int = 0
    down: int = 0
    per_day: list[tuple[str, int]] = field(default_factory=list)
    top_docs: list[tuple[str, int]] = field(default_factory=list)
    open_items: int = 0
    open_asks: int = 0
    entries: int = 0

    @property
    def answer_rate(self) -> float | None:
        return (self.answered + self.curated) / self.total if self.total else None

    @property
    def up_share(self) -> float | None:
        return self.up / (self.up + self.down) if self.up + self.down else None


def compute_stats(db, since: float, until: float, tz: str, *, top: int = 5) -> Stats:
    s = Stats(since, until, tz)
    rows = db.execute("select status, feedback, doc_key, created_at from questions"
                      " where created_at >= ? and created_at < ?", [since, until]).fetchall()
    days: Counter = Counter()
    docs: Counter = Counter()
    for status, feedback, doc_key, created in rows:
        if status not in ("answered", "curated", "abstained"):
            continue
        s.total += 1
        setattr(s, status, getattr(s, status) + 1)
        if feedback == 1:
            s.up += 1
        elif feedback == -1:
            s.down += 1
        days[_local(created, tz).strftime("%Y-%m-%d")] += 1
        if status == "answered" and doc_key:
            docs[doc_key] += 1
    first = _local(since, tz).date()
    last = _local(max(since, until - 1), tz).date()
    if (last - first).days <= 62:
        day = first
        while day <= last:
            key = day.isoformat()
            s.per_day.append((key, days.get(key, 0)))
            day += dt.timedelta(days=1)
    else:
        s.per_day = sorted(days.items())
    titles = dict(db.execute("select doc_key, title from documents").fetchall()) if db["documents"].exists() else {}
    s.top_docs = [(titles.get(k) or k, n) for k, n in docs.most_common(top)]
    if db["curation_items"].exists():
        s.open_items, s.open_asks = db.execute(
            "select count(*), coalesce(sum(asks), 0) from curation_items where status = 'open'").fetchone()
        s.entries = db.execute("select count(*) from curated_entries where status = 'active'").fetchone()[0]
    return s


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x * 100:.0f}%"


def format_stats_html(s: Stats, language: str | None) -> str:
    none = t("cur_stats_none", language)
    nonzero = [(d, n) for d, n in s.per_day if n] if len(s.per_day) > 14 else s.per_day
    per_day = "\n".join(f"{d}  {n}" for d, n in nonzero) or none
    top_docs = "\n".join(f"{n}× {esc(k)}" for k, n in s.top_docs) or none
    ratio = "—" if s.up_share is None else (f"👍 {_pct(s.up_share)}")
    return t("cur_stats", language,
             since=_local(s.since, s.tz).strftime("%Y-%m-%d"),
             until=_local(max(s.since, s.until - 1), s.tz).strftime("%Y-%m-%d"),
             total=s.total, answered=s.answered, curated=s.curated, abstained=s.abstained,
             rate=_pct(s.answer_rate), up=s.up, down=s.down, ratio=ratio,
             open_items=s.open_items, open_asks=s.open_asks, entries=s.entries,
             per_day=f"<pre>{per_day}</pre>", top_docs=top_docs)


# ----- the question log as CSV -----

def mask_phones(text: str) -> str:
    """Hide phone and ID numbers a member typed into a question (138****1234): bot.kernel.privacy."""
    return mask_personal(text)


EXPORT_COLUMNS = ["id", "asked_at", "date", "transport", "user_id", "member_name", "sector", "district",
                  "chat_kind", "language", "question", "status", "source", "doc_key", "feedback",
                  "latency_ms", "queue_item", "queue_status"]


def export_rows(db, since: float, until: float, tz: str, *, with_phones: bool = False) -> Iterable[dict]:
    """The question log of a period, one dict per question (phones only when asked for)."""
    roster: dict[str, dict] = {}
    if db["members"].exists():
        cols = set(db["members"].columns_dict)
        wanted = [c for c in ("name", "sector", "district", "mobile") if c in cols]
        for key in ("telegram_user_id", "matrix_id"):
            if key in cols and wanted:
                for r in db.query(f"select {key} as uid, {', '.join(wanted)} from members where {key} is not null"):
                    roster[r["uid"]] = r
    queue: dict[int, tuple[int, str]] = {}
    if db["curation_asks"].exists():
        for qid, item_id, status in db.execute(
                "select a.question_id, a.item_id, i.status from curation_asks a"
                " join curation_items i on i.id = a.item_id").fetchall():
            queue[qid] = (item_id, status)
    names = [] if with_phones else roster_names(db)
    for r in db.query("select * from questions where created_at >= ? and created_at < ? order by created_at, id",
                      [since, until]):
        when = _local(r["created_at"], tz)
        member = roster.get(r["user_id"], {})
        item = queue.get(r["id"], (None, None))
        row = {
            "id": r["id"], "asked_at": when.isoformat(timespec="seconds"), "date": when.strftime("%Y-%m-%d"),
            "transport": r["transport"], "user_id": r["user_id"], "member_name": member.get("name") or "",
            "sector": member.get("sector") or "", "district": member.get("district") or "",
            "chat_kind": r["chat_kind"], "language": r["language"],
            "question": r["text"] if with_phones else mask_personal(r["text"], names),
            "status": r["status"], "source": r["citation"] or "", "doc_key": r["doc_key"] or "",
            "feedback": r["feedback"] if r["feedback"] is not None else "",
            "latency_ms": round(r["latency_ms"]) if r["latency_ms"] is not None else "",
            "queue_item": item[0] or "", "queue_status": item[1] or "",
        }
        if with_phones:
            row["mobile"] = member.get("mobile") or ""
        yield row


def write_csv(path, rows: Iterable[dict], *, with_phones: bool = False) -> int:
    """Write rows as UTF-8 CSV with a BOM (so spreadsheet programs on Windows read the Chinese).

    Through bot.kernel.exports: a question like ``=HYPERLINK(…)`` is written as text, not a formula.
    """
    from bot.kernel.exports import write_table

    columns = EXPORT_COLUMNS + (["mobile"] if with_phones else [])
    return write_table(path, [columns, *([row.get(c, "") for c in columns] for row in rows)])


def _z(x: np.ndarray) -> np.ndarray:
    std = x.std()
    return (x - x.mean()) / std if std > 1e-9 else np.zeros_like(x)


# ----- installation -----

def install(assistant, *, directory_doc: str = DIRECTORY_DOC) -> Curation:
    """Register the hooks, /queue /faq /stats /dismiss and the cq: buttons on ``assistant``."""
    existing = getattr(assistant, "curation", None)
    if isinstance(existing, Curation):
        return existing
    curation_migrations.apply(assistant.db)     # ours, explicitly (idempotent)
    cur = Curation(assistant, directory_doc=directory_doc)
    assistant.curation = cur
    assistant.hooks.on_reply.append(cur.on_reply)
    assistant.hooks.before_answer.insert(0, cur.before_answer)
    assistant.hooks.after_answer.append(cur.after_answer)
    assistant.hooks.on_feedback.append(cur.on_feedback)
    both = lambda key: {"zh": t(key, "zh"), "en": t(key, "en")}  # noqa: E731
    # Staff views show members' questions: private chats only (a group gets "请私聊我").
    assistant.command("queue", role="staff", private_only=True, description=both("cmd_queue"))(cur.cmd_queue)
    assistant.command("faq", role="staff", private_only=True, description=both("cmd_faq"))(cur.cmd_faq)
    assistant.command("stats", role="staff", private_only=True, description=both("cmd_stats"))(cur.cmd_stats)
    assistant.command("dismiss", role="staff")(cur.cmd_dismiss)
    assistant.on_callback("cq")(cur.on_callback)
    return cur


__all__ = ["Curation", "install", "focus", "compatible", "same_question", "compute_stats", "export_rows",
           "write_csv", "mask_phones", "parse_period", "COS_ALONE", "COS_WITH_TERMS", "TERMS_MIN"]
