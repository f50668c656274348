"""Invisible characters in uploaded file names and titles (issue 15): NUL, controls, bidi
overrides (U+202E) and zero-width characters never reach a title shown to members."""
from __future__ import annotations

import pytest

from kb.titles import clean_file_name, clean_label
from tests.test_staff_chat import GUIDE_MD, STAFF, bot  # noqa: F401  (the roster-backed chat harness)

INVISIBLE = ["\x00", "\x07", "\x1b", "\u202e", "\u202d", "\u2066", "\u2069", "\u200b", "\u200d", "\u2060",
             "\ufeff", "\u00ad", "\u061c"]


@pytest.mark.parametrize("name, expected", [
    ("\u202etxt.exe", "txt.exe"),
    ("委员\x00活动室\u200b.md", "委员活动室.md"),
    ("\u2066规定\u2069\u202e.txt", "规定.txt"),
    ("a\tb\nc.md", "a b c.md"),
    ("\u202e\u200b", "document"),
    ("../../手册.md", "手册.md"),
])
def test_clean_file_name(name, expected):
    assert clean_file_name(name) == expected


def test_clean_label_keeps_visible_text():
    assert clean_label("《政协章程》（2023年修订）") == "《政协章程》（2023年修订）"
    assert clean_label("English title – v2") == "English title – v2"


async def test_uploaded_name_and_title_are_cleaned(bot):  # noqa: F811
    hostile = "\u202e\x00活动\u200b室\u2066使用\u2069办法.md"
    body = "\u202e\u200b\n\n" + GUIDE_MD.split("\n", 1)[1]       # no heading: the title falls back to the name
    sent, edits, _ = await bot.upload(STAFF, hostile, body.encode())
    shown = "\n".join(m.plain for m in sent + edits)
    assert "已加入知识库" in shown
    for ch in INVISIBLE:
        assert ch not in shown
    doc = bot.kb.find_document("活动室使用办法.md")
    assert doc["doc_key"] == "活动室使用办法.md" and doc["title"] in ("活动室使用办法", "开放时间")
    for value in [doc["doc_key"], doc["title"]] + [r[0] for r in bot.kb.db.execute("select citation from chunks")]:
        assert not any(ch in value for ch in INVISIBLE), repr(value)
    docs = await bot.send(STAFF, "/docs")
    assert not any(ch in docs[-1].plain for ch in INVISIBLE)


def test_cli_title_from_a_hostile_file_name(empty_kb, tmp_path):
    path = tmp_path / "\u202e\u200b通知.txt"
    path.write_text("委员应当按时参加会议。因故不能参加的，应当提前请假。\n", encoding="utf-8")
    result = empty_kb.add_file(path)
    assert result.doc_key == "通知.txt" and result.title == "通知"
