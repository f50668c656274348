"""bench/chain_eval.py: a conversation of several messages asked as the bot asks it, each message
read with the reading chosen for the one before, every message after the first scored."""
from __future__ import annotations

import pytest

ABSENT = {"doc": "委员履职手册.md", "section": "第三十一条", "answerable": True, "kind": "rights_duties"}
CONVERSATION = {"id": "T1", "corpus": "samples", "messages": [
    {"text": "缺席会议会怎样", "resolved": "缺席会议会怎样", "is_followup": False,
     "answer_contains": ["谈话提醒"], **ABSENT},
    {"text": "要是连续两次呢", "resolved": "连续两次无故缺席会怎样", "is_followup": True,
     "answer_contains": ["谈话提醒"], **ABSENT},
    {"text": "那三次呢", "resolved": "一年内累计三次无故缺席会怎样", "is_followup": True,
     "answer_contains": ["全体委员范围内通报"], **ABSENT},
    {"text": "委员一年要交几个停车证", "resolved": "委员一年要交几个停车证", "is_followup": False,
     "doc": None, "section": None, "answer_contains": [], "answerable": False, "kind": "numbers"},
]}


@pytest.fixture
def asked(sample_kb):
    from bench.chain_eval import bot_asker

    ask, _ = bot_asker(sample_kb, sample_kb.config)
    return lambda carry: ask(CONVERSATION, carry)


def test_each_message_is_read_with_the_reading_chosen_before(asked):
    from bench.chain_eval import tally

    rows = asked("all")
    assert [r["read_with"] for r in rows[:3]] == ["", "缺席会议会怎样", "缺席会议会怎样，连续两次"]
    assert rows[2]["asked"] == "缺席会议会怎样 连续两次，三次"
    assert [r["correct"] for r in rows[:3]] == [True, True, True]
    assert rows[3]["read_with"] == rows[2]["asked"]
    figures = tally(rows)
    assert figures["follow-ups"] == "2/2" and figures["follow-ups 3+"] == "1/1"
    assert figures["messages 2+"].startswith(f"{2 + rows[3]['correct']}/3")


def test_a_probe_can_carry_less_of_the_run(asked):
    rows = asked("anchor")
    assert rows[2]["read_with"] == "缺席会议会怎样" and rows[2]["asked"] == "缺席会议会怎样，三次"
    assert asked("last")[3]["read_with"] == "缺席会议会怎样，三次"
