"""Follow-up questions: is the second message of a conversation answered correctly?

    BOT_DATA_DIR=/work/evaldata .venv/bin/python -m bench.followup_eval \\
        [--pairs bench/questions/followups.jsonl] [--corpus /work/shared/eval/corpus] [--verbose] \\
        [--json READINGS.jsonl] [--cv]

Builds a fresh knowledge base in a temporary folder from samples/documents and
(when present) the shared corpus; embeddings come from the cache under
BOT_DATA_DIR. For each pair, the first message is asked, then the follow-up is
read as the bot reads it (bot.features.conversation: readings.py proposes, choice.py
chooses) and answered. Four ways of asking the second message are compared:

- ``alone``: the follow-up as typed, without context (the bot before issue 12);
- ``rule``: the hand rules' one standalone question (followup.py), the default reading;
- ``chosen``: every candidate reading searched, the one the knowledge base is surest
  of chosen with config's ``bot.conversation.reading_by`` / ``reading_margin`` /
  ``reading_margin_typed``, as the bot does;
- ``oracle``: the pair's ``resolved`` field (how a person reads it), when given.

And the reading the reply offers as a button (choice.alternative, with
``bot.conversation.offer_other_reading``): how many follow-ups the chosen reading answers
wrong and the offered one right, one tap away.

``--json`` writes every reading of every pair with its verdict, confidence and
outcome; ``--cv`` cross-validates the choice over these pairs (bench.followup_cv).
Tune only on the tuning pairs (bench/followup_dev.jsonl, bench/followup_tune*.jsonl and the
retired sets of bench/questions/, joined into one file for --cv; docs/conversation.md lists
them); the held-out sets are run once per round, with the values chosen there.

Scoring follows kb/evaluation.py: the reply must show an ``answer_contains``
phrase and cite ``doc`` (or one of ``also_docs``) as its main source; hit@k is
over the retrieved passages. Pairs with ``is_followup: false`` are controls: a
new question after an unrelated one must not be hurt by carrying context.
"""
from __future__ import annotations

import argparse
import copy
import json
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent


def load_pairs(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def default_corpus() -> Path:
    """../shared/eval/corpus beside the project, where there is one."""
    shared_eval = next((p for p in (ROOT.parent / "shared" / "eval", ROOT.parent.parent / "shared" / "eval")
                        if p.is_dir()), ROOT.parent / "shared" / "eval")
    return shared_eval / "corpus"


def load_scored(path: Path, corpus: Path, what: str) -> list[dict] | None:
    """The lines of ``path`` (None, said on stderr, when it is missing); only those over the bundled
    samples when ``corpus`` is not there."""
    if not path.is_file():
        print(f"{path} not found.", file=sys.stderr)
        return None
    rows = load_pairs(path)
    if not corpus.is_dir():
        print(f"{corpus} not found: only the {what} on samples/ are scored.", file=sys.stderr)
        rows = [r for r in rows if r.get("corpus", "samples") == "samples"]
    return rows


def judge(pair: dict, answer, reply: str) -> dict:
    from kb.evaluation import squash

    docs = {pair.get("doc")} | set(pair.get("also_docs") or [])
    phrases = [squash(p) for p in pair.get("answer_contains") or []]
    answerable = pair.get("answerable", True) and pair.get("doc")
    rank = None
    for n, hit in enumerate(answer.hits[:10], 1):
        if hit.doc_key in docs and any(p in squash(hit.text) for p in phrases):
            rank = n
            break
    body = squash(reply)
    correct = bool(answerable and not answer.abstained and answer.doc_key in docs
                   and any(p in body for p in phrases))
    if not answerable:
        correct = answer.abstained
    return {"rank": rank, "correct": correct, "abstained": answer.abstained, "answerable": bool(answerable)}


def figures(rows: list[dict]) -> dict:
    answerable = [r for r in rows if r["answerable"]]

    def share(items, pred):
        return round(sum(1 for r in items if pred(r)) / len(items), 3) if items else None

    return {
        "pairs": len(rows),
        "correct": share(rows, lambda r: r["correct"]),
        "hit@1": share(answerable, lambda r: r["rank"] == 1),
        "hit@5": share(answerable, lambda r: r["rank"] is not None and r["rank"] <= 5),
        "false_abstention": share(answerable, lambda r: r["abstained"]),
    }


def latency(records: list[dict], by: str, margin: float, agreement: float,
            typed_margin: float | None = None, as_typed: float | None = None) -> str:
    """Search time added by reading follow-ups several ways, against searching one reading.

    The bot searches every reading when it offers another as a button
    (``bot.conversation.offer_other_reading``), else the others only when the default could
    be replaced (choice.settled); the bench searched them all, so both figures are given.
    """
    several = [rec["readings"] for rec in records if len(rec["readings"]) > 1]
    one = [rec["readings"][0]["seconds"] for rec in records]
    if not several:
        return "latency: no message had more than one reading"
    every = sorted(sum(r["seconds"] for r in rs[1:]) for rs in several)
    from bot.features.conversation.choice import least_margin, margin_for, settled

    def settles(rs: list[dict]) -> bool:
        m = least_margin([r["kind"] for r in rs], margin_for(rs[0]["kind"], margin, typed_margin), as_typed)
        return settled(SimpleNamespace(verdict=rs[0]["verdict"], confidence=rs[0]["confidence"]), by, m, agreement)

    lazy = sorted(0.0 if settles(rs) else sum(r["seconds"] for r in rs[1:]) for rs in several)
    searched = sum(1 for x in lazy if x > 0)

    def ms(xs):
        return f"{1000 * sum(xs) / len(xs):.0f} ms (median {1000 * xs[len(xs) // 2]:.0f}, max {1000 * xs[-1]:.0f})"

    n = sum(len(rs) for rs in several) / len(several)
    return (f"latency: one search {1000 * sum(one) / len(one):.0f} ms on average; {len(several)} messages have "
            f"{n:.1f} readings on average; searching all (as the bot does to offer another reading) adds "
            f"{ms(every)}; without the offer (the others only when the default could be replaced: {searched} of "
            f"{len(several)}) it adds {ms(lazy)}")


def offered_line(chosen: list[dict], offered: list[dict | None]) -> str:
    """What the button offering another reading (choice.alternative) adds to the chosen reading:
    answerable follow-ups the chosen reading answers wrong and the offered one right."""
    rows = [(c, o) for c, o in zip(chosen, offered)
            if c["pair"].get("is_followup", True) and c["pair"].get("answer_contains")]
    wrong = [(c, o) for c, o in rows if not c["correct"]]
    rescued = sum(1 for c, o in wrong if o is not None and o["correct"])
    shown = sum(1 for c, o in rows if o is not None)
    right = sum(1 for c, o in rows if c["correct"])
    return (f"offered: another reading shown under {shown} of {len(rows)} answerable follow-ups; of the "
            f"{len(wrong)} answered wrong, it answers {rescued} right; right at once or one tap away: "
            f"{right + rescued} of {len(rows)} ({(right + rescued) / max(1, len(rows)):.3f}, at once "
            f"{right / max(1, len(rows)):.3f})")


def conversation_kb(config, folder: Path, corpus: Path | None, calibrate_on: list[Path]):
    """A fresh knowledge base in ``folder`` of the samples and (when given) the shared corpus,
    calibrated on ``calibrate_on`` as `make run` calibrates; embeddings come from the cache."""
    from kb.calibration import calibrate
    from kb.evaluation import load_questions
    from kb.knowledge_base import KnowledgeBase

    config.cache_dir = config.cache_path      # keep the shared embedding cache
    config.data_dir = folder
    kb = KnowledgeBase(config)
    t0 = time.perf_counter()
    kb.add_paths([ROOT / "samples" / "documents"] + ([corpus] if corpus else []))
    print(f"Ingested {len(kb.list_documents())} documents, {kb.chunk_count()} chunks "
          f"in {time.perf_counter() - t0:.1f} s.", file=sys.stderr)
    fit = [q for f in calibrate_on if f.is_file() for q in load_questions(f)]
    if fit:
        cal = calibrate(kb, fit)
        print(f"Verdict: {cal.note} (fitted on {len(fit)} questions).", file=sys.stderr)
    return kb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=Path, default=ROOT / "bench" / "questions" / "followups.jsonl")
    parser.add_argument("--corpus", type=Path, default=default_corpus())
    parser.add_argument("--calibrate", type=Path, nargs="*",
                        default=[ROOT / "samples" / "questions.jsonl"],
                        help="question files the verdict is calibrated on (default: the samples' questions, as "
                             "`make run` does; never the held-out sets; none: the bundled verdict as is)")
    parser.add_argument("--verbose", action="store_true", help="print every pair's outcome")
    parser.add_argument("--margin", type=float, default=None,
                        help="how much surer another reading must be than the default (default: config's "
                             "bot.conversation.reading_margin)")
    parser.add_argument("--margin-typed", type=float, default=None,
                        help="the same when the default is the message as typed (default: config's "
                             "bot.conversation.reading_margin_typed)")
    parser.add_argument("--by", choices=["confidence", "verdict"], default=None,
                        help="compare readings by confidence alone or by verdict first (default: config's)")
    parser.add_argument("--agreement", type=float, default=None,
                        help="serve agreeing readings from this confidence (default: config's "
                             "bot.conversation.agreement_confidence; above 1: never)")
    parser.add_argument("--cv", action="store_true", help="cross-validate the margin over these pairs")
    parser.add_argument("--json", type=Path, help="write every pair's readings and their outcomes here")
    args = parser.parse_args()

    from bot.features.conversation.choice import (Scored, agreed, alternative, answer_reading, choose, margin_for,
                                                  serve_agreed)
    from bot.features.conversation.service import candidate_readings, make_resolver, shown as shown_as
    from bot.settings import load_bot_settings
    from bot.kernel.messages import to_plain
    from bot.kernel.render import render_answer
    from bot.features.conversation.smalltalk import strip_greeting
    from kb.config import load_config
    from kb.evaluation import format_table

    pairs = load_scored(args.pairs, args.corpus, "pairs")
    if pairs is None:
        return 2
    shared = args.corpus.is_dir()

    config = load_config()
    settings = load_bot_settings(config)
    with tempfile.TemporaryDirectory(prefix="kb-followups-") as tmp:
        kb = conversation_kb(config, Path(tmp), args.corpus if shared else None, args.calibrate)
        resolver = make_resolver(kb)
        margin = args.margin if args.margin is not None else settings.conversation.reading_margin
        typed_margin = (args.margin_typed if args.margin_typed is not None
                        else settings.conversation.reading_margin_typed)
        by = args.by or settings.conversation.reading_by
        agreement = args.agreement if args.agreement is not None else settings.conversation.agreement_confidence
        as_typed = settings.conversation.reading_margin_as_typed

        def ask(text: str, understood: str = ""):
            answer = kb.ask(text)
            return answer, to_plain(render_answer(answer, config.committee, "zh", understood=understood))

        results: dict[str, list[dict]] = {"alone": [], "rule": [], "chosen": [], "oracle": []}
        offered: list[dict | None] = []      # per pair, the reading offered as a button (judged), or None
        records = []
        for pair in pairs:
            first = kb.ask(pair["first"])   # asked first, as in the chat (its answer is not scored)
            answer, reply = ask(pair["followup"])
            results["alone"].append(judge(pair, answer, reply) | {"pair": pair, "asked": pair["followup"]})
            # Read as the bot reads it (Conversation.understand): in simplified characters, after
            # the previous question as it was searched.
            text = strip_greeting(kb.simplify(pair["followup"]))
            scored = [answer_reading(kb, r) for r in candidate_readings(resolver, kb.chinese_terms, text,
                                                                        kb.simplify(pair["first"]))]
            judged = []
            for s in scored:
                shown = shown_as(s.reading, text)      # as the bot shows it (service.shown)
                frame = "zh" if s.reading.language == "zh" and scored[0].reading.language == "zh" else "en"

                def judged_reply(answer, s=s, shown=shown, frame=frame):
                    reply = to_plain(render_answer(answer, config.committee, frame, understood=shown))
                    return judge(pair, answer, reply), reply

                outcome, reply = judged_reply(s.answer)
                # Whether the reading's passage would be right if it were served (choice.agreed).
                served = outcome if s.verdict == "answer" else judged_reply(
                    serve_agreed(kb, Scored(s.reading, copy.copy(s.result), s.answer)).answer)[0]
                judged.append(outcome | {
                    "pair": pair, "asked": s.reading.text, "kind": s.reading.kind, "rule_kind": s.reading.rule_kind,
                    "reply": reply, "confidence": round(s.confidence, 4), "verdict": s.verdict,
                    "seconds": round(s.seconds, 4), "doc_key": s.answer.doc_key,
                    "top": s.result.hits[0].chunk_id if s.result.hits else None,
                    "correct_if_served": served["correct"]})
            records.append({"pair": pair, "previous_doc": "" if first.abstained else first.doc_key, "readings": [{k: v for k, v in j.items() if k not in ("pair", "reply")}
                                                       for j in judged]})
            results["rule"].append(judged[0])
            together = agreed(scored, agreement)
            if together is not None:
                picked = together
                results["chosen"].append(judged[scored.index(together)] | {
                    "correct": judged[scored.index(together)]["correct_if_served"], "abstained": False,
                    "agreed": True})
            else:
                picked = choose(scored, margin_for(scored[0].reading.kind, margin, typed_margin), by, as_typed)
                results["chosen"].append(judged[scored.index(picked)])
            other = alternative(scored, picked)
            offered.append(judged[scored.index(other)] if other is not None else None)
            records[-1]["offered"] = scored.index(other) if other is not None else None
            if pair.get("resolved"):
                answer, reply = ask(pair["resolved"])
                results["oracle"].append(judge(pair, answer, reply) | {"pair": pair, "asked": pair["resolved"]})

    table = {}
    for mode, rows in results.items():
        if not rows:
            continue
        table[f"{mode} / follow-ups"] = figures([r for r in rows if r["pair"].get("is_followup", True)])
        controls = [r for r in rows if not r["pair"].get("is_followup", True)]
        if controls:
            table[f"{mode} / standalone"] = figures(controls)
    print(format_table(f"{args.pairs.name} (chosen: margin {margin}, typed {typed_margin}, by {by}, "
                       f"agreement {agreement})", table,
                       ["pairs", "correct", "hit@1", "hit@5", "false_abstention"]))
    n_follow = sum(1 for p in pairs if p.get("is_followup", True))
    for mode in ("rule", "chosen"):
        merged = sum(1 for r in results[mode] if r["kind"] != "typed" and r["pair"].get("is_followup", True))
        wrongly = sum(1 for r in results[mode] if r["kind"] != "typed" and not r["pair"].get("is_followup", True))
        print(f"{mode}: read as follow-ups: {merged} of {n_follow} follow-ups; {wrongly} of {len(pairs) - n_follow} "
              f"standalone questions rewritten by mistake")
    print(latency(records, by, margin, agreement, typed_margin, as_typed))
    print(offered_line(results["chosen"], offered))
    if args.json:
        args.json.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    if args.cv:
        from bench.followup_cv import cross_validate

        print(cross_validate(records))
    if args.verbose:
        for r in results["chosen"]:
            p = r["pair"]
            mark = "ok " if r["correct"] else "MISS"
            print(f"{mark} {p.get('id', '')} {p['first']} → {p['followup']} ⇒ [{r['kind']}/{r['rule_kind']}] "
                  f"{r['asked']} (rank {r['rank']}, {r['verdict']} {r['confidence']:.2f})")
            if not r["correct"]:
                print("     " + r["reply"][:300].replace("\n", " "))
    return 0


if __name__ == "__main__":
    sys.exit(main())
