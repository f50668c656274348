"""A decline offers the closest passage to read, never as the answer (kb.answer.nearest_passage).

On the committee's own documents the verdict declines many short questions whose top passage does
answer; "📄 看看这一条" puts that passage one tap away while the reply still says plainly that no
answer was found, and the question still goes to the staff queue.
"""
from __future__ import annotations

import itertools
import time

import pytest

from bot.kernel.messages import Callback, Chat, Incoming, User, to_plain
from bot.kernel.render import render_answer
from kb.abstention import Signals
from kb.answer import nearest_passage
from kb.evaluation import squash
from kb.retriever import Hit, SearchResult
from tests.conftest import RecordingTransport

# A member's short question the sample knowledge base declines (low cosines for a casual question),
# whose closest passage is the directory's notes for visitors, which answer it. ("答复写B类是啥意思"
# served here until the forty-third round, when the class letter became a word and it was answered.)
DECLINED = "想当面找领导要预约吗"


def _result(**flags) -> SearchResult:
    hit = Hit(chunk_id="c1", doc_id=1, doc_key="委员履职手册.md", title="委员履职手册",
              citation="《委员履职手册》第十九条", text="第十九条 提案人收到答复后，应当在15日内作出评价。",
              heading_path=[], article="第十九条", score=1.0, dense=0.86, bm25=2.0)
    signals = Signals(best_dense=0.86, sentence=0.86, margin=1.0, coverage=flags.pop("coverage", 0.5),
                      answer_type=1.0, **flags)
    return SearchResult("问", "问", [hit], 0.86, True, verdict="abstain", signals=signals)


def test_the_closest_passage_is_offered_when_only_confidence_declined():
    nearest = nearest_passage(_result())
    assert nearest is not None and nearest.chunk_id == "c1" and nearest.citation == "《委员履职手册》第十九条"


@pytest.mark.parametrize("flags", [{"coverage": 0.0}, {"other_body": True}, {"other_province": True},
                                   {"missing_count": True}, {"report_for_rule": True}, {"missing_number": True},
                                   {"figure_elsewhere": True}, {"other_session": True}, {"unscheduled": True},
                                   {"missing_value": True}])
def test_no_passage_is_offered_when_a_rule_knows_it_does_not_answer(flags):
    assert nearest_passage(_result(**flags)) is None


def test_a_decline_names_the_closest_passage_and_quotes_none_of_it(sample_kb):
    answer = sample_kb.ask(DECLINED)
    assert answer.abstained
    assert answer.nearest is not None and answer.nearest.citation == answer.hits[0].citation
    for language, frame in (("zh", "最接近的是"), ("en", "The closest passage is")):
        reply = to_plain(render_answer(answer, sample_kb.config.committee, language))
        assert frame in reply and answer.nearest.citation in reply
        first_sentence = answer.nearest.text.split("。")[0]
        assert squash(first_sentence) not in squash(reply), reply       # offered, never quoted


@pytest.fixture
def assistant(sample_kb):
    from bot.app import build_assistant

    a = build_assistant(kb=sample_kb)
    transport = RecordingTransport()
    a.attach_transport(transport)
    yield a, transport
    a.close()


async def test_the_button_shows_the_closest_passage_and_the_question_is_still_queued(assistant):
    a, rt = assistant
    ids = itertools.count(100)
    user = User("console:1", display_name="甲委员", language="zh")
    chat = Chat(user.id, "private")
    await a.handle(Incoming("console", user, chat, text=DECLINED, message_id=str(next(ids)),
                            received_at=time.time()), rt)
    reply = next(m for c, m in rt.sent if "最接近的是" in m.plain)
    data = [b.data for row in reply.buttons for b in row]
    full = next(d for d in data if d.startswith("full:"))
    assert any(b.label == "📄 看看这一条" for row in reply.buttons for b in row)
    qid = int(full.split(":")[1])
    row = next(a.db.query("select status, chunk_id from questions where id = ?", [qid]))
    assert row["status"] == "abstained" and row["chunk_id"]
    assert a.db.execute("select count(*) from curation_asks").fetchone()[0] == 1   # still for staff to answer

    sent = len(rt.sent)
    await a.handle(Incoming("console", user, chat, callback=Callback(id=str(next(ids)), data=full)), rt)
    shown = [m.plain for _, m in rt.sent[sent:]]
    citation = reply.plain.split("最接近的是")[1].split("，")[0]
    assert shown and shown[0].startswith(citation), shown
