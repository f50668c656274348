"""The kernel's question log and events (bot.kernel.store): the queries statistics, exports and
the web desk read, on a real migrated SQLite database."""
from __future__ import annotations

import pytest

from bot.kernel import store

DAY = 86400.0
T0 = 1_767_225_600.0          # 2026-01-01 00:00 UTC


@pytest.fixture
def db(tmp_path):
    from bot.features import open_bot_db

    return open_bot_db(tmp_path / "a.db")


def _ask(db, uid, text, status, *, day=0, doc_key=None, feedback=None):
    qid = store.log_question(db, transport="telegram", user_id=uid, chat_id=uid, chat_kind="private",
                             language="zh", text=text, status=status, citation=doc_key and f"《{doc_key}》第一条",
                             doc_key=doc_key, created_at=T0 + day * DAY + 60)
    if feedback is not None:
        store.set_feedback(db, qid, feedback)
    return qid


def test_log_and_read_back_one_question(db):
    qid = store.log_question(db, transport="telegram", user_id="tg:1", chat_id="tg:1", chat_kind="private",
                             language="zh", text="提案怎么交", status="answered", citation="《办法》第三条",
                             doc_key="办法.txt", sources=["《办法》第三条", "《手册》第二条"], best_dense=0.91)
    store.set_reply(db, qid, "77", 123.4)
    store.set_feedback(db, qid, -1)
    row = store.question(db, qid)
    assert (row["text"], row["status"], row["reply_message_id"], row["latency_ms"], row["feedback"]) == (
        "提案怎么交", "answered", "77", 123.4, -1)
    assert row["sources"] == '["《办法》第三条", "《手册》第二条"]'
    assert store.question(db, qid + 1) is None


def test_filters_of_the_question_log(db):
    a = _ask(db, "tg:1", "提案怎么交", "answered", day=0, doc_key="办法.txt", feedback=1)
    b = _ask(db, "tg:2", "停车证怎么办", "abstained", day=1)
    c = _ask(db, "tg:1", "提案截止时间", "answered", day=2, doc_key="办法.txt", feedback=-1)
    d = _ask(db, "tg:3", "全会住哪", "curated", day=2, doc_key="curated:1", feedback=-1)
    ids = lambda rows: [r["id"] for r in rows]   # noqa: E731
    assert ids(store.question_log(db)) == [d, c, b, a]                       # newest first
    assert ids(store.question_log(db, newest_first=False)) == [a, b, c, d]
    assert ids(store.question_log(db, status="answered")) == [c, a]
    assert ids(store.question_log(db, status="downvoted")) == [d, c]         # 👎 whatever the status
    assert ids(store.question_log(db, doc_key="办法.txt")) == [c, a]
    assert ids(store.question_log(db, since=T0 + DAY, until=T0 + 2 * DAY)) == [b]
    assert ids(store.question_log(db, user_id="tg:1")) == [c, a]
    assert ids(store.question_log(db, search="提案")) == [c, a]
    assert ids(store.question_log(db, limit=2, offset=1)) == [c, b]
    assert store.count_questions(db, status="answered") == 2 and store.count_questions(db) == 4
    with pytest.raises(store.QuestionFilterError, match="answered, curated, abstained, downvoted"):
        store.question_log(db, status="wrong")
    assert store.status_counts(db) == {"answered": 2, "curated": 1, "abstained": 1, "downvoted": 2, "upvoted": 1}
    assert store.status_counts(db, since=T0 + 2 * DAY)["answered"] == 1
    assert store.documents_asked_about(db) == [("办法.txt", 2)]            # curated answers are not documents
    assert ids([store.last_question_of(db, "tg:1")]) == [c]
    assert [r[0] for r in store.outcomes_between(db, T0, T0 + DAY)] == ["answered"]
    assert ids(store.questions_between(db, T0, T0 + 3 * DAY)) == [a, b, c, d]


def test_events_are_logged_updated_and_filtered(db):
    first = store.log_event(db, "refused", user_id="tg:9", detail={"why": "not_owner"}, created_at=T0)
    store.log_event(db, "error", chat_id="tg:9", detail={"text": "问"}, created_at=T0 + 10)
    store.update_event_detail(db, first, {"why": "bad_data", "count": 2})
    assert [e["kind"] for e in store.events(db)] == ["error", "refused"]
    [refused] = store.events(db, "refused")
    assert refused["detail"] == {"why": "bad_data", "count": 2} and refused["user_id"] == "tg:9"
    assert len(store.events(db, ["refused", "error"], since=T0 + 1)) == 1
    assert store.events(db, limit=1)[0]["kind"] == "error"
