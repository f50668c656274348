"""Cross-validating how follow-up readings are chosen (bot.features.conversation.choice).

Input: the per-pair records of ``bench.followup_eval --json`` (every reading of a
pair with its confidence, verdict and whether its reply was right). The choice
has three numbers, the margin another reading must beat the default by (one when
the default is the rule's rewrite, one when it is the message as typed) and the
confidence from which readings that agree on their passage are served when none
is answered (choice.agreed), and one switch, whether verdicts are compared
before confidence. Each is chosen on the training folds (most pairs right among
the settings that get as many standalone controls right as never switching;
ties go to the larger margins, the ones that rewrite less, and to the higher
agreement confidence, the one that answers less) and scored on the held-out
pair: leave-one-out over the pairs, follow-ups and standalone controls together.

    .venv/bin/python -m bench.followup_cv RECORDS.jsonl
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from bot.features.conversation.choice import VERDICT_RANK as RANK, margin_for, margin_of

MARGINS = (-0.05, 0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1.0)   # 1.0: confidence alone never decides
BYS = ("confidence", "verdict")


AGREEMENTS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 1.01)   # 1.01: never


def agreed(readings: list[dict], agreement: float) -> dict | None:
    """bot.features.conversation.choice.agreed over recorded readings (None: not served)."""
    if len(readings) < 2 or any(r["verdict"] == "answer" for r in readings):
        return None
    tops = {r.get("top") for r in readings}
    if len(tops) != 1 or None in tops:
        return None
    best = max(readings, key=lambda r: r["confidence"])
    return best | {"correct": best["correct_if_served"]} if best["confidence"] >= agreement else None


def chosen(readings: list[dict], margin: float, by: str, kinds=None, agreement: float = 1.01,
           typed_margin: float | None = None, as_typed: float | None = None) -> dict:
    """bot.features.conversation.choice.resolve over recorded readings."""
    default = readings[0]
    margin = margin_for(default["kind"], margin, typed_margin)
    others = [r for r in readings[1:] if kinds is None or r["kind"] in kinds]
    together = agreed([default, *others], agreement)
    if together is not None:
        return together
    # Never a worse verdict than the default's (choice.choose).
    others = [r for r in others if RANK[r["verdict"]] >= RANK[default["verdict"]]]
    if not others:
        return default

    def key(r):
        return (RANK[r["verdict"]], r["confidence"]) if by == "verdict" else (r["confidence"],)

    def better(r):
        if by == "verdict" and RANK[r["verdict"]] != RANK[default["verdict"]]:
            return RANK[r["verdict"]] > RANK[default["verdict"]]
        return r["confidence"] > default["confidence"] + margin_of(r["kind"], default["kind"], margin, as_typed)

    better_ones = [r for r in others if better(r)]
    return max(better_ones, key=key) if better_ones else default


# A setting: (by, margin, typed margin, agreement). "Never switch" serves the default reading.
NEVER = ("confidence", 1.0, 1.0, 1.01)


def settings_grid() -> list[tuple]:
    return [(by, m, t, a) for by in BYS for m in MARGINS for t in MARGINS for a in AGREEMENTS]


def outcomes(records: list[dict], kinds=None) -> dict[tuple, list[bool]]:
    """Whether each record's chosen reading is right, under every setting (computed once, so
    leave-one-out only subtracts)."""
    return {(by, m, t, a): [bool(chosen(rec["readings"], m, by, kinds, a, t)["correct"]) for rec in records]
            for by, m, t, a in settings_grid()}


def best_setting(records: list[dict], kinds=None, table=None, leave_out: int | None = None,
                 totals=None) -> tuple:
    """The setting with most training pairs right among those that get as many standalone
    controls right as never switching does (issue 12: no loss on standalone questions). Ties: the
    larger margins (rewrite less), the higher agreement confidence (answers less), then
    confidence alone (the simpler rule). ``leave_out``: the index of a record left out;
    ``totals``: ``totals_of(records, table)``, when the caller has it already."""
    table = table if table is not None else outcomes(records, kinds)
    totals = totals if totals is not None else totals_of(records, table)
    is_control = leave_out is not None and not records[leave_out]["pair"].get("is_followup", True)

    def counts(setting):
        right, controls = totals[setting]
        if leave_out is None:
            return right, controls
        own = table[setting][leave_out]
        return right - own, controls - (own if is_control else 0)

    floor = counts(NEVER)[1]
    allowed = [(r, st) for st in table for r, c in [counts(st)] if c >= floor]
    top = max(r for r, _ in allowed)
    return max((st for r, st in allowed if r == top), key=lambda st: (st[1], st[2], st[3], st[0] == "confidence"))


def totals_of(records: list[dict], table: dict[tuple, list[bool]]) -> dict[tuple, tuple[int, int]]:
    """(pairs right, standalone controls right) under each setting of ``table``."""
    control = [not rec["pair"].get("is_followup", True) for rec in records]
    return {st: (sum(col), sum(c for c, k in zip(col, control) if k)) for st, col in table.items()}


def loo(records: list[dict], kinds=None, table=None, totals=None) -> tuple[list[dict], list[tuple]]:
    table = table if table is not None else outcomes(records, kinds)
    totals = totals if totals is not None else totals_of(records, table)
    picked, settings = [], []
    for i, rec in enumerate(records):
        by, m, t, a = best_setting(records, kinds, table, leave_out=i, totals=totals)
        settings.append((by, m, t, a))
        picked.append(chosen(rec["readings"], m, by, kinds, a, t) | {"followup": rec["pair"].get("is_followup", True)})
    return picked, settings


def cross_validate(records: list[dict], kinds=None) -> str:
    table = outcomes(records, kinds)
    totals = totals_of(records, table)
    picked, settings = loo(records, kinds, table, totals)
    follow = [p for p in picked if p["followup"]]
    controls = [p for p in picked if not p["followup"]]
    rule_f = [rec["readings"][0]["correct"] for rec in records if rec["pair"].get("is_followup", True)]
    rule_c = [rec["readings"][0]["correct"] for rec in records if not rec["pair"].get("is_followup", True)]
    from collections import Counter

    counts = Counter(settings)
    by, m, t, a = best_setting(records, kinds, table, totals=totals)
    right = totals[(by, m, t, a)][0]
    what = f"the default and {', '.join(kinds)}" if kinds else "all"
    lines = [f"leave-one-out over {len(records)} pairs (readings: {what}):",
             f"  follow-ups correct: rule {sum(rule_f)}/{len(rule_f)} = {sum(rule_f) / max(1, len(rule_f)):.3f}, "
             f"chosen (CV) {sum(p['correct'] for p in follow)}/{len(follow)} = "
             f"{sum(p['correct'] for p in follow) / max(1, len(follow)):.3f}",
             f"  standalone correct: rule {sum(rule_c)}/{len(rule_c)}, chosen (CV) "
             f"{sum(p['correct'] for p in controls)}/{len(controls)}; rewritten by mistake (CV): "
             f"{sum(p['kind'] != 'typed' for p in controls)}",
             "  settings chosen in the folds: " + ", ".join(f"{b} margin {mm} typed {tt} agreement {aa} ×{n}"
                                                            for (b, mm, tt, aa), n in counts.most_common()),
             f"  on all pairs: {by} margin {m} typed {t} agreement {a} ({right}/{len(records)} right; in-sample)"]
    return "\n".join(lines)


def main() -> int:
    records = [json.loads(line) for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines() if line.strip()]
    print(cross_validate(records))
    # Ablations: the default reading and only one of the other generators.
    for kinds in (("topic",), ("context",)):
        print(cross_validate(records, kinds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
