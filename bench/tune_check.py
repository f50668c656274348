"""Check bench/tune_questions.jsonl against the corpus (no retrieval, no tests).

Run: python bench/tune_check.py [corpus_dir]

Checks: JSON per line, fields and types, ids T001.. unique, kinds, answerable lines name a corpus
file and 1-3 phrases each verbatim in it after removing all whitespace, unanswerable lines have
doc/section null and no phrases, every corpus document is covered, no question copies 12+
characters of its document verbatim. Prints counts; exits 1 on any failure.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

KINDS = {"procedure", "where_to_report", "rights_duties", "deadline", "definition", "numbers"}
WS = re.compile(r"\s+")


def main() -> int:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/corpus")
    path = Path(__file__).with_name("tune_questions.jsonl")
    texts = {p.name: WS.sub("", p.read_text(encoding="utf-8")) for p in corpus.glob("*.txt")}
    errors, ids, docs, kinds = [], set(), set(), Counter()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        q = json.loads(line)
        where = f"line {n} ({q.get('id')})"
        if set(q) != {"id", "question", "doc", "section", "answer_contains", "answerable", "kind"}:
            errors.append(f"{where}: fields {sorted(q)}")
        if q["id"] != f"T{n:03d}" or q["id"] in ids:
            errors.append(f"{where}: id out of order or repeated")
        ids.add(q["id"])
        if q["kind"] not in KINDS:
            errors.append(f"{where}: kind {q['kind']}")
        kinds[(q["kind"], q["answerable"])] += 1
        if q["answerable"] is True:
            text = texts.get(q["doc"])
            if text is None or not q["section"] or not 1 <= len(q["answer_contains"]) <= 3:
                errors.append(f"{where}: doc/section/phrases")
                continue
            docs.add(q["doc"])
            for ph in q["answer_contains"]:
                if WS.sub("", ph) not in text:
                    errors.append(f"{where}: phrase not in doc: {ph}")
            qs = WS.sub("", q["question"])
            copied = [qs[i:i + 12] for i in range(len(qs) - 11) if qs[i:i + 12] in text]
            if copied:
                errors.append(f"{where}: question copies the document: {copied[0]}")
        elif q["answerable"] is False:
            if q["doc"] is not None or q["section"] is not None or q["answer_contains"] != []:
                errors.append(f"{where}: unanswerable line must have doc/section null, no phrases")
        else:
            errors.append(f"{where}: answerable must be true or false")
    missing = sorted(set(texts) - docs)
    if missing:
        errors.append(f"documents without a question: {missing}")
    print(f"{len(ids)} questions, {len(docs)}/{len(texts)} documents covered")
    for kind in sorted(KINDS):
        print(f"  {kind:16s} answerable {kinds[(kind, True)]:3d}  unanswerable {kinds[(kind, False)]:2d}")
    for e in errors:
        print("FAIL", e)
    print("all pass" if not errors else f"{len(errors)} failures")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
