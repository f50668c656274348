"""Record of the seeded draw behind the two question sets on the four sample documents:
bench/tune5_questions.jsonl (tuning, "tune5", ids SJ001-SJ120) and
bench/questions/own_samples1.jsonl (held out, ids SS001-SS080). Standard library only.
bench/tune6_questions.jsonl (tuning, "tune6", T6001-T6200; bench/tune6_draw.py) asks its 80 sample
questions on the same TUNING sections, under the same no-held-out-phrase rule.

Run: python -m bench.samples_draw [--text]

The sets are split by FACT, that is by section: a held-out question is never on a section that a
tuning question is on, so the tuning file never asks what the held-out file asks.

1. SECTIONS lists every section of the four documents in samples/documents/ that can answer a
   member's question, under the label used as the questions' `section`:
   - 委员履职手册.md: 导言 (the quoted note under the title) and every article 第一条…第四十五条;
     the chapter headings and the closing 附录 履职常用时限一览 are not sections (the 附录 only
     repeats time limits of the articles and of the notice, so it is left out of the draw; its
     lines belong to no section);
   - 关于做好2026年度提案征集工作的通知.html (its text content, tags stripped): 开头 (文号, the
     addressees and the opening paragraph), the eight numbered headings 一、…八、, 附：提案参考格式
     and 落款 (the issuing office and the date);
   - 机关处室职责与联系方式.txt: 一、基本信息, the eight office blocks of 二 (each under the
     office's name: 办公室, 提案委员会, …, 信息中心), 三、…六、, and the four blocks of 七 (七（一）…
     七（四）, each under its heading);
   - 社情民意信息工作办法.txt: 题注 (the line saying when it was adopted), 第一条…第十七条 and
     附件 (the reference format).
   Article labels repeat between the handbook and the 办法 (both have 第一条…第十七条), so a
   section is the pair (document, label); `section` in a question is the label and `doc` says
   which document.
2. draw(): the (document, label) pairs are sorted, shuffled with random.Random(SEED) (SEED =
   1313), and the first int(0.4 * n) of that order are HELD OUT (own_samples1); the rest are
   TUNING (tune5). With 93 sections: 37 held out, 56 tuning.
3. split_unanswerable(): the 50 unanswerable questions (written before this split was applied to
   them) are sorted, shuffled with random.Random(1314), and the first 20 go to the held-out file,
   the other 30 to the tuning file.
4. number(): each file's rows, sorted by question text, are shuffled with random.Random(1315)
   (tuning) or random.Random(1316) (held out) and numbered in that order, SJ001… / SS001….

section_texts() cuts each document into these sections (for the checks: every answer phrase of a
question must lie inside its section's text, whitespace removed) and asserts that the labels it
finds are exactly SECTIONS. `--text` prints each section with its split.
"""
from __future__ import annotations

import html
import random
import re
import sys
from pathlib import Path

SEED = 1313
UNANSWERABLE_SEED = 1314
TUNING_ORDER_SEED = 1315
HELD_OUT_ORDER_SEED = 1316
HELD_OUT_SHARE = 0.4
HELD_OUT_UNANSWERABLE = 20

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "documents"

HANDBOOK = "委员履职手册.md"
NOTICE = "关于做好2026年度提案征集工作的通知.html"
DIRECTORY = "机关处室职责与联系方式.txt"
RULES = "社情民意信息工作办法.txt"

_NUM = "一二三四五六七八九十"


def _articles(n: int) -> list[str]:
    def cn(k: int) -> str:
        tens, ones = divmod(k, 10)
        head = "" if tens == 0 else ("十" if tens == 1 else _NUM[tens - 1] + "十")
        return head + (_NUM[ones - 1] if ones else "")
    return [f"第{cn(k)}条" for k in range(1, n + 1)]


SECTIONS: dict[str, list[str]] = {
    HANDBOOK: ["导言"] + _articles(45),
    NOTICE: ["开头", "一、征集时间", "二、提交渠道", "三、重点选题方向", "四、撰写要求", "五、工作安排",
             "六、审查与办理", "七、有关要求", "八、联系方式", "附：提案参考格式", "落款"],
    DIRECTORY: ["一、基本信息", "办公室", "提案委员会", "社情民意信息工作室", "委员工作室", "学习和文史委员会",
                "经济科技委员会", "社会和法制委员会", "信息中心", "三、常见事项办理去向", "四、机关来访须知",
                "五、节假日和全体会议期间的联系安排", "六、知识库无法回答时", "七（一）基本原则",
                "七（二）委员收到群众来信来访时的处理", "七（三）临江市信访局", "七（四）信访事项办理的主要时限"],
    RULES: ["题注"] + _articles(17) + ["附件"],
}


def draw() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(held out, tuning): the sorted (document, label) pairs shuffled with random.Random(SEED);
    the first int(HELD_OUT_SHARE * n) are held out."""
    pairs = sorted((doc, label) for doc, labels in SECTIONS.items() for label in labels)
    random.Random(SEED).shuffle(pairs)
    cut = int(HELD_OUT_SHARE * len(pairs))
    return pairs[:cut], pairs[cut:]


def split_unanswerable(questions: list[str]) -> tuple[list[str], list[str]]:
    """(held out, tuning) unanswerable questions: sorted, shuffled with random.Random(1314), the
    first HELD_OUT_UNANSWERABLE held out."""
    order = sorted(questions)
    random.Random(UNANSWERABLE_SEED).shuffle(order)
    return order[:HELD_OUT_UNANSWERABLE], order[HELD_OUT_UNANSWERABLE:]


def number(rows: list[dict], prefix: str, seed: int) -> list[dict]:
    """The rows sorted by question, shuffled with random.Random(seed), numbered prefix001…"""
    order = sorted(rows, key=lambda r: r["question"])
    random.Random(seed).shuffle(order)
    return [{"id": f"{prefix}{n:03d}", **{k: v for k, v in r.items() if k != "id"}}
            for n, r in enumerate(order, 1)]


def text_content(raw: str) -> str:
    """The text of the notice as a reader sees it: tags stripped, one line per element."""
    raw = re.sub(r"(?is)<(script|style|title)[^>]*>.*?</\1>", "", raw)
    text = html.unescape(re.sub(r"<[^>]+>", "\n", raw))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _lines(doc: str) -> list[str]:
    raw = (SAMPLES / doc).read_text(encoding="utf-8")
    return (text_content(raw) if doc.endswith(".html") else raw).splitlines()


def _label(doc: str, line: str, state: dict) -> str | None:
    """The label a line opens, "" for a line that closes the current section, None otherwise."""
    if doc == HANDBOOK:
        if line.startswith("> "):
            return "导言"
        m = re.match(r"^\*\*(第[一二三四五六七八九十]+条)\*\*", line)
        if m:
            return m.group(1)
        return "" if line.startswith("## ") else None
    if doc == RULES:
        if line.startswith("（2026年3月"):
            return "题注"
        m = re.match(r"^(第[一二三四五六七八九十]+条)\u3000", line)
        if m:
            return m.group(1)
        return "附件" if line.startswith("附件：") else None
    if doc == NOTICE:
        if line.startswith("临政协办发"):
            return "开头"
        if re.match(r"^[一二三四五六七八]、", line) or line == "附：提案参考格式":
            return line
        return "落款" if line == "政协临江市委员会办公室" else None
    # DIRECTORY
    m = re.match(r"^([一二三四五六七])、(.+)$", line)
    if m:
        state["top"] = m.group(1)
        return "" if m.group(1) in "二七" else line
    m = re.match(r"^（([一二三四五六七八])）(.+)$", line)
    if m and state.get("top") == "二":
        return "办公室" if m.group(2) == "政协临江市委员会办公室" else m.group(2)
    if m and state.get("top") == "七":
        return "七（" + m.group(1) + "）" + re.sub(r"（.*）$", "", m.group(2))
    return None


def section_texts() -> dict[tuple[str, str], str]:
    """{(document, label): text of the section} for every section of SECTIONS."""
    out: dict[tuple[str, str], str] = {}
    for doc in SECTIONS:
        current, state = None, {}
        for line in _lines(doc):
            label = _label(doc, line, state)
            if label is not None:
                current = label or None
            if current:
                out[(doc, current)] = out.get((doc, current), "") + line + "\n"
    found = {doc: [label for d, label in out if d == doc] for doc in SECTIONS}
    assert found == SECTIONS, {d: set(found[d]) ^ set(SECTIONS[d]) for d in SECTIONS}
    return out


if __name__ == "__main__":
    held, tuning = draw()
    texts = section_texts()
    for name, part in (("HELD OUT", held), ("TUNING", tuning)):
        print(f"== {name}: {len(part)} sections")
        for doc, label in sorted(part):
            print(f"{doc}\t{label}")
            if "--text" in sys.argv:
                print("   ", texts[(doc, label)].strip().replace("\n", " "))
    print(len(held) + len(tuning), "sections")
