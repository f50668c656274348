"""Cross-validating how follow-up readings are chosen (bot.features.conversation.choice).

Input: the per-pair records of ``bench.followup_eval --json`` (every reading of a
pair with its confidence, verdict and whether its reply was right). The choice
has one number, the margin another reading must beat the default by, and one
switch, whether verdicts are compared before confidence. Each is chosen on the
training folds (most pairs right; ties go to the larger margin, the one that
rewrites less) and scored on the held-out pair: leave-one-out over the pairs,
follow-ups and standalone controls together.

    .venv/bin/python -m bench.followup_cv RECORDS.jsonl
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

MARGINS = (-0.05, 0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1.0)   # 1.0: confidence alone never decides
BYS = ("confidence", "verdict")
RANK = {"answer": 2, "pointer": 1, "abstain": 0}


def chosen(readings: list[dict], margin: float, by: str, kinds=None) -> dict:
    """bot.features.conversation.choice.choose over recorded readings."""
    default = readings[0]
    others = [r for r in readings[1:] if kinds is None or r["kind"] in kinds]
    if not others:
        return default

    def key(r):
        return (RANK[r["verdict"]], r["confidence"]) if by == "verdict" else (r["confidence"],)

    best = max(others, key=key)
    if by == "verdict" and RANK[best["verdict"]] != RANK[default["verdict"]]:
        return best if RANK[best["verdict"]] > RANK[default["verdict"]] else default
    return best if best["confidence"] > default["confidence"] + margin else default


def right(records: list[dict], margin: float, by: str, kinds=None) -> int:
    return sum(chosen(rec["readings"], margin, by, kinds)["correct"] for rec in records)


def best_setting(records: list[dict], kinds=None) -> tuple[str, float]:
    scored = [(right(records, m, by, kinds), m, by) for by in BYS for m in MARGINS]
    top = max(s for s, _, _ in scored)
    # Ties: the larger margin (rewrites less), then confidence alone (the simpler rule).
    m, by = max(((m, by) for s, m, by in scored if s == top), key=lambda t: (t[0], t[1] == "confidence"))
    return by, m


def loo(records: list[dict], kinds=None) -> tuple[list[dict], list[tuple[str, float]]]:
    picked, settings = [], []
    for i, rec in enumerate(records):
        train = records[:i] + records[i + 1:]
        by, m = best_setting(train, kinds)
        settings.append((by, m))
        picked.append(chosen(rec["readings"], m, by, kinds) | {"followup": rec["pair"].get("is_followup", True)})
    return picked, settings


def cross_validate(records: list[dict], kinds=None) -> str:
    picked, settings = loo(records, kinds)
    follow = [p for p in picked if p["followup"]]
    controls = [p for p in picked if not p["followup"]]
    rule_f = [rec["readings"][0]["correct"] for rec in records if rec["pair"].get("is_followup", True)]
    rule_c = [rec["readings"][0]["correct"] for rec in records if not rec["pair"].get("is_followup", True)]
    from collections import Counter

    counts = Counter(settings)
    by, m = best_setting(records, kinds)
    what = f"the default and {', '.join(kinds)}" if kinds else "all"
    lines = [f"leave-one-out over {len(records)} pairs (readings: {what}):",
             f"  follow-ups correct: rule {sum(rule_f)}/{len(rule_f)} = {sum(rule_f) / max(1, len(rule_f)):.3f}, "
             f"chosen (CV) {sum(p['correct'] for p in follow)}/{len(follow)} = "
             f"{sum(p['correct'] for p in follow) / max(1, len(follow)):.3f}",
             f"  standalone correct: rule {sum(rule_c)}/{len(rule_c)}, chosen (CV) "
             f"{sum(p['correct'] for p in controls)}/{len(controls)}; rewritten by mistake (CV): "
             f"{sum(p['kind'] != 'typed' for p in controls)}",
             "  settings chosen in the folds: " + ", ".join(f"{b} margin {mm} ×{n}" for (b, mm), n in counts.most_common()),
             f"  on all pairs: {by} margin {m} ({right(records, m, by, kinds)}/{len(records)} right; in-sample)"]
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
