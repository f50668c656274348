"""Chat operations at core level (RecordingTransport): messages with no words, forwarded channel
posts, the staff queue by number (/answer N, /dismiss N) and what a dismissal tells the asker."""
from __future__ import annotations

import itertools
import time

import pytest

from bot.core.messages import Callback, Chat, Incoming, SentRef, User
from tests.conftest import RecordingTransport

STAFF = 900


class Env:
    def __init__(self, assistant, cur, transport):
        self.a, self.cur, self.rt = assistant, cur, transport
        self._ids = itertools.count(5000)

    def user(self, uid: int, lang: str = "zh") -> User:
        return User(f"tg:{uid}", display_name=f"用户{uid}", language=lang)

    async def say(self, uid: int, text: str, *, lang: str = "zh", **fields) -> None:
        user = self.user(uid, lang)
        msg = Incoming("telegram", user, Chat(user.id, "private"), text=text, message_id=str(next(self._ids)),
                       received_at=time.time(), **fields)
        if text.startswith("/"):
            head, _, args = text[1:].partition(" ")
            msg.command, msg.args = head, args
        await self.a.handle(msg, self.rt)

    async def press(self, uid: int, data: str, ref: SentRef | None = None) -> None:
        user = self.user(uid)
        cb = Callback(id=str(next(self._ids)), data=data, message=ref)
        await self.a.handle(Incoming("telegram", user, Chat(user.id, "private"), callback=cb), self.rt)

    def texts(self, uid: int) -> list[str]:
        return self.rt.texts(f"tg:{uid}")

    def questions(self) -> int:
        return self.a.db.execute("select count(*) from questions").fetchone()[0]


@pytest.fixture
def env(sample_kb):
    from bot.app import build_assistant
    from bot.core import curation
    from bot.core.access import OpenAccess

    assistant = build_assistant(kb=sample_kb, access=OpenAccess(staff={f"tg:{STAFF}": "staff"}))
    cur = curation.install(assistant)
    transport = RecordingTransport()
    transport.name = "telegram"
    assistant.attach_transport(transport)
    yield Env(assistant, cur, transport)
    assistant.close()


# ----- item: messages with no words -----

@pytest.mark.parametrize("text", ["\u200b\u200b\u200c", "👍👍🙂", "？？。。!!…", "\u200b🙏！", "🇨🇳", "～～～"])
async def test_messages_without_words_get_a_hint_and_are_not_queued(env, text):
    await env.say(1, text)
    [hint] = env.texts(1)
    assert "文字" in hint and "提案怎么提交" in hint
    assert env.questions() == 0 and env.cur.open_items() == []
    await env.say(2, text, lang="en")
    [hint_en] = env.texts(2)
    assert "in words" in hint_en
    assert env.questions() == 0 and env.cur.open_items() == []


async def test_a_question_with_emoji_is_still_a_question(env):
    await env.say(1, "🙂 提案怎么提交？🙏")
    assert env.questions() == 1


# ----- item: forwarded channel posts -----

CHANNEL = Chat("tg:-100777", "channel", "临江政协发布")


async def test_forwarded_channel_post_with_a_question_is_answered(env):
    await env.say(1, "请问提案最晚什么时候交？", forwarded_from_chat=CHANNEL)
    [reply] = env.texts(1)
    assert "《" in reply
    assert env.questions() == 1


async def test_forwarded_channel_post_without_text_says_why_not(env):
    await env.say(1, "", forwarded_from_chat=CHANNEL)
    [reply] = env.texts(1)
    assert "文字" in reply
    assert env.questions() == 0


async def test_forwarded_channel_post_from_staff_explains_it_is_not_a_question(env):
    await env.say(STAFF, "提案征集通知", forwarded_from_chat=CHANNEL)
    texts = env.texts(STAFF)
    assert texts and "不会当作提问" in texts[-1]
    assert env.questions() == 0


async def test_forwarded_post_in_a_group_is_ignored_unless_addressed(env):
    user = env.user(1)
    group = Chat("tg:-100200", "group", "委员群")
    await env.a.handle(Incoming("telegram", user, group, text="提案最晚什么时候交", message_id="1",
                                forwarded_from_chat=CHANNEL), env.rt)
    assert env.rt.texts("tg:-100200") == []
