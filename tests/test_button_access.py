"""Forged buttons: callback data is chosen by the client, so every button checks who presses it.

An unverified stranger must not read articles (``full:N``) or touch feedback
(``fb:…:N``); a member must not act on another member's question (``fb``,
``full``, ``cq:kb``). The owner's own presses keep working. Core level, through
RecordingTransport, with the members-only roster policy; the same attack through
the Telegram emulator is in tests/test_staff_telegram.py.
"""
from __future__ import annotations

import itertools
import time

import pytest

from bot.kernel.messages import Callback, Chat, Incoming, User
from tests.conftest import RecordingTransport

QUESTION = "提案最晚什么时候交"


class Env:
    def __init__(self, assistant, transport):
        self.a, self.rt = assistant, transport
        self._ids = itertools.count(7000)

    async def say(self, uid: int, text: str, chat: Chat | None = None) -> None:
        user = User(f"tg:{uid}", display_name=f"用户{uid}", language="zh")
        chat = chat or Chat(user.id, "private")
        await self.a.handle(Incoming("telegram", user, chat, text=text, message_id=str(next(self._ids)),
                                     mentioned=not chat.kind == "private", received_at=time.time()), self.rt)

    async def press(self, uid: int, data: str, chat: Chat | None = None) -> None:
        user = User(f"tg:{uid}", display_name=f"用户{uid}", language="zh")
        chat = chat or Chat(user.id, "private")
        cb = Callback(id=str(next(self._ids)), data=data)
        await self.a.handle(Incoming("telegram", user, chat, callback=cb), self.rt)

    def texts(self, uid_or_chat) -> list[str]:
        chat = uid_or_chat if isinstance(uid_or_chat, str) else f"tg:{uid_or_chat}"
        return self.rt.texts(chat)

    def question(self, qid: int) -> dict:
        return next(self.a.db.query("select * from questions where id = ?", [qid]))

    def last_qid(self, uid: int) -> int:
        return self.a.db.execute("select max(id) from questions where user_id = ?", [f"tg:{uid}"]).fetchone()[0]

    def queued(self) -> int:
        return self.a.db.execute("select count(*) from curation_asks").fetchone()[0]


@pytest.fixture
def env(sample_kb):
    from bot.app import build_assistant
    from bot.features.roster import RosterAccess

    assistant = build_assistant(kb=sample_kb, access=RosterAccess("members"))
    now = time.time()
    for uid, name, mobile in ((1, "甲委员", "13800000001"), (3, "丙委员", "13800000003")):
        assistant.db["members"].insert({"name": name, "mobile": mobile, "role": "member", "muted": 0,
                                        "telegram_user_id": f"tg:{uid}", "verified_at": now,
                                        "verified_by": "roster"})
    sample_kb.set_abstain_threshold(0.0)
    transport = RecordingTransport()
    transport.name = "telegram"
    assistant.attach_transport(transport)
    yield Env(assistant, transport)
    assistant.close()


async def test_forged_buttons_are_refused(env):
    await env.say(1, QUESTION)
    qid = env.last_qid(1)
    assert env.question(qid)["chunk_id"]
    sent_before = len(env.rt.sent)

    # An unverified stranger: no article, no feedback, nothing queued.
    await env.press(99, f"full:{qid}")
    await env.press(99, f"fb:down:{qid}")
    # Another member: the same, and no re-asking of the other member's question.
    await env.press(3, f"full:{qid}")
    await env.press(3, f"fb:down:{qid}")
    await env.press(3, f"fb:up:{qid}")
    await env.press(3, f"cq:kb:{qid}")
    assert env.rt.sent[sent_before:] == [], [m.plain for _, m in env.rt.sent[sent_before:]]
    assert env.question(qid)["feedback"] is None and env.queued() == 0
    assert env.last_qid(3) is None
    refusals = [text for _, text in env.rt.callbacks[-6:]]
    assert all(refusals), refusals                       # every press is answered with a reason
    assert "验证" in refusals[0]
    assert env.a.db.execute("select count(*) from events where kind = 'refused'").fetchone()[0] >= 6

    # Nonsense data is refused quietly, not with the error apology.
    for data in ("full:abc", "fb:down", "fb:down:1:2", "cq:kb:x"):
        await env.press(1, data)
    assert env.rt.sent[sent_before:] == []

    # The owner's own presses still work.
    await env.press(1, f"full:{qid}")
    assert env.texts(1)[-1].startswith("《")
    await env.press(1, f"fb:down:{qid}")
    assert env.question(qid)["feedback"] == -1 and env.queued() == 1


async def test_full_article_in_a_group_is_for_the_groups_members(env):
    group = Chat("tg:-100500", "group", "委员群")
    await env.say(1, QUESTION, chat=group)
    qid = env.last_qid(1)
    await env.press(3, f"full:{qid}", chat=group)            # a member of the group who saw the answer
    assert env.texts(group.id)[-1].startswith("《")
    n = len(env.texts(group.id))
    await env.press(3, f"full:{qid}", chat=Chat("tg:-100600", "group", "别的群"))
    await env.press(3, f"fb:down:{qid}", chat=group)         # feedback stays the asker's
    assert len(env.texts(group.id)) == n and env.texts("tg:-100600") == []
    assert env.question(qid)["feedback"] is None
