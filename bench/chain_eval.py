"""Conversations of several messages: is each message after the first answered correctly?

    BOT_DATA_DIR=/work/evaldata .venv/bin/python -m bench.chain_eval \\
        --chains bench/chain_tune.jsonl [--carry all anchor last] [--verbose]

bench.followup_eval scores the second message of two; a member often sends a third and a
fourth, some continuing the conversation ("缺席会议会怎样" → "要是连续两次呢" → "那三次呢"), some
asking something new ("居民投诉物业该找谁"). Each conversation is asked message by message as the
bot asks it (Conversation.understand and .answer: readings.py proposes, choice.py chooses), each
message read with the reading chosen for the one before (Conversation.remember). The messages'
``resolved`` field, asked alone, is a person's reading.

``--carry`` also probes what else a message could carry to the next (``carried``; not in the
bot: docs/conversation-log.md, thirty-fifth round): ``all`` is the bot's.

A line of the file: {"id", "corpus": "samples" | "shared", "messages": [...]}, each message with
``text``, ``resolved``, ``is_followup`` and the scoring fields of bench/questions/README.md
("Fields"). Scoring as bench.followup_eval (``judge``). Tune only on bench/chain_tune.jsonl,
bench/chain_tune2.jsonl and bench/chain_tune3.jsonl (the three joined with ``cat`` for one run);
bench/questions/chains.jsonl and chains2.jsonl are held out.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from bench.followup_eval import ROOT, conversation_kb, default_corpus, judge, load_scored

CARRY = ("all", "anchor", "last")


def carried(reading, before: tuple[str, ...], carry: str) -> tuple[str, ...]:
    """What the next message is read with, once ``reading`` was chosen for a message read with
    ``before`` (a probe). ``all``: the reading chosen, as the bot remembers it. When the reading
    is the previous question with the message's words after it ("缺席会议会怎样 连续两次，三次"),
    ``anchor`` keeps the last part that stood alone ("缺席会议会怎样"), ``last`` that part and the
    message's own words ("缺席会议会怎样，三次"), so a run of fragments does not pile up."""
    from bot.features.conversation.followup import core

    def squash(text: str) -> str:
        # followup.core reads punctuation as spaces (and drops the lead-in and particles).
        return (core(text) or text).replace(" ", "")

    base = squash(joined(before) or "")
    if carry == "all" or not before or not reading.focus or not base or not squash(reading.text).startswith(base):
        return (reading.text,)
    return before[:1] if carry == "anchor" else (before[0], reading.focus)


def joined(parts: tuple[str, ...]) -> str | None:
    return "，".join(parts) if parts else None


def converse(kb, resolver, conversation: dict, carry: str, choose_with: dict, render) -> list[dict]:
    """Ask a conversation's messages in turn; each message's outcome (the first's too)."""
    from bot.features.conversation.choice import answer_reading, resolve
    from bot.features.conversation.service import candidate_readings, shown
    from bot.features.conversation.smalltalk import strip_greeting

    parts: tuple[str, ...] = ()
    out = []
    for n, message in enumerate(conversation["messages"], 1):
        text = strip_greeting(kb.simplify(message["text"]))
        options = candidate_readings(resolver, kb.chinese_terms, text, joined(parts))
        if len(options) == 1:
            picked, chosen = answer_reading(kb, options[0]), None
        else:
            picked = resolve(kb, options, offer=False, **choose_with).chosen
            chosen = picked.reading
        reply = render(picked.answer, shown(picked.reading, text), picked.reading.language)
        out.append(judge(message, picked.answer, reply) | {
            "position": n, "message": message, "asked": picked.reading.text, "kind": picked.reading.kind,
            "read_with": joined(parts) or "", "reply": reply})
        # What the bot remembers (Conversation.remember: the reading chosen), or what a probe keeps.
        parts = carried(chosen, parts, carry) if chosen is not None else (picked.reading.text,)
    return out


def tally(rows: list[dict]) -> dict:
    def share(items, pred):
        return f"{sum(1 for r in items if pred(r))}/{len(items)}" if items else "-"

    follow = [r for r in rows if r["position"] > 1 and r["message"].get("is_followup", True)]
    new = [r for r in rows if r["position"] > 1 and not r["message"].get("is_followup", True)]
    later = [r for r in follow if r["position"] > 2]
    right = sum(1 for r in rows if r["position"] > 1 and r["correct"])
    scored = sum(1 for r in rows if r["position"] > 1)
    return {
        "messages 2+": f"{right}/{scored} ({right / max(1, scored):.3f})",
        "follow-ups": share(follow, lambda r: r["correct"]),
        "follow-ups 3+": share(later, lambda r: r["correct"]),
        "new questions": share(new, lambda r: r["correct"]),
        "new rewritten": share(new, lambda r: r["kind"] != "typed"),
        "first": share([r for r in rows if r["position"] == 1], lambda r: r["correct"]),
    }


def bot_asker(kb, config):
    """(``ask(conversation, carry="all")``, ``render(answer, understood, language)``): ``converse``
    with the bot's reading settings, and the bot's reply as plain text (config's
    ``bot.conversation`` and committee)."""
    from bot.features.conversation.service import make_resolver
    from bot.kernel.messages import to_plain
    from bot.kernel.render import render_answer
    from bot.settings import load_bot_settings

    conv = load_bot_settings(config).conversation
    choose_with = {"margin": conv.reading_margin, "by": conv.reading_by, "agreement": conv.agreement_confidence,
                   "typed_margin": conv.reading_margin_typed, "as_typed": conv.reading_margin_as_typed}
    resolver = make_resolver(kb)

    def render(answer, understood, language):
        frame = "zh" if language == "zh" else "en"
        return to_plain(render_answer(answer, config.committee, frame, understood=understood))

    def ask(conversation: dict, carry: str = "all") -> list[dict]:
        return converse(kb, resolver, conversation, carry, choose_with, render)

    return ask, render


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chains", type=Path, default=ROOT / "bench" / "chain_tune.jsonl")
    parser.add_argument("--corpus", type=Path, default=default_corpus())
    parser.add_argument("--calibrate", type=Path, nargs="*", default=[ROOT / "samples" / "questions.jsonl"],
                        help="question files the verdict is calibrated on (as `make run` does)")
    parser.add_argument("--carry", nargs="+", default=["all"], choices=CARRY,
                        help="what a message carries to the next: all (the bot's), or a probe (carried)")
    parser.add_argument("--verbose", action="store_true", help="print every message's outcome")
    parser.add_argument("--json", type=Path, help="write every message's outcome here")
    args = parser.parse_args()

    from kb.config import load_config
    from kb.evaluation import format_table

    chains = load_scored(args.chains, args.corpus, "conversations")
    if chains is None:
        return 2
    shared = args.corpus.is_dir()
    config = load_config()

    with tempfile.TemporaryDirectory(prefix="kb-chains-") as tmp:
        kb = conversation_kb(config, Path(tmp), args.corpus if shared else None, args.calibrate)
        ask, render = bot_asker(kb, config)
        table, outcomes = {}, {}
        for carry in args.carry:
            rows = [r | {"id": c.get("id", "")} for c in chains for r in ask(c, carry)]
            outcomes[carry] = rows
            table[f"carry {carry}"] = tally(rows)
        person = []
        for c in chains:
            for n, m in enumerate(c["messages"], 1):
                if n > 1 and m.get("resolved"):
                    answer = kb.ask(m["resolved"])
                    person.append(judge(m, answer, render(answer, "", "zh")) | {"position": n, "message": m,
                                                                                  "kind": "typed"})
        table["a person's reading"] = tally(person)
    print(format_table(f"{args.chains.name}: {len(chains)} conversations", table,
                       ["messages 2+", "follow-ups", "follow-ups 3+", "new questions", "new rewritten", "first"]))
    if args.json:
        args.json.write_text("\n".join(json.dumps({k: v for k, v in r.items() if k != "message"} | {"carry": carry},
                                                  ensure_ascii=False)
                                       for carry, rows in outcomes.items() for r in rows) + "\n", encoding="utf-8")
    if args.verbose:
        for carry, rows in outcomes.items():
            for r in rows:
                mark = "ok  " if r["correct"] else "MISS"
                print(f"[{carry}] {mark} {r['id']}/{r['position']} {r['message']['text']} ⇒ [{r['kind']}] {r['asked']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
