"""Record of the seeded draw behind bench/tune6_questions.jsonl (the sixth tuning set, "tune6":
short questions typed as members type them on a phone, over the 51 shared documents and the four
sample documents together). Standard library only (bench.draws, bench.samples_draw).

Run: python -m bench.tune6_draw [corpus_dir] [--text]

One generator, random.Random(SEED) (SEED = 1397), makes every choice, in this order:

1. The shared corpus. The 51 corpus file names are sorted and shuffled. The documents are taken
   in that order. A law (n01-n25 and the CPPCC charter c_154, split into articles 第X条) gets 2
   articles drawn among all its articles except the first and the last; a news article (every
   other c_* file) gets 1 paragraph drawn among its paragraphs of at least 20 characters
   (whitespace removed), a paragraph being a non-empty line after the title, labelled 第N段 with
   N counting every non-empty line after the title (the label of the earlier sets). Documents are
   taken until CORPUS_ANSWERABLE (102) questions; as one pass gives only 77 (26 laws x 2 + 25 news),
   the pass is repeated over the same order, each law getting 2 more articles not yet drawn and
   each news article 1 more paragraph not yet drawn, until 102.
2. The samples. The 56 TUNING sections of bench.samples_draw (the (document, label) pairs that its
   seed-1313 split keeps for tuning; the 37 held-out sections, asked by
   bench/questions/own_samples1.jsonl and own_samples2.jsonl, are never drawn) are sorted and
   shuffled, and taken in that order, 1 question each, the pass repeated until SAMPLES_ANSWERABLE
   (68): all 56 once, the first 12 of the order twice. As in tune5, no answer phrase may occur in
   the text of a held-out section.
3. The 30 unanswerable questions (18 labelled "shared", 12 "samples") are written from no document
   and grepped over all 55 documents (see the tune6 section of bench/questions/README.md).
4. number(): the 200 rows, sorted by question text, are shuffled with a fresh
   random.Random(SEED) and numbered T6001-T6200 in that order.

`--text` prints every drawn article, paragraph and section, for writing the questions.

SUBSTITUTED holds every drawn article, paragraph or section the writer replaced (with the reason);
it is empty: every drawn article, paragraph and section was asked as drawn.

What was done (6 Dec 2026, helper "tune6", branch tune6, worktree /work/wt_tune6; machine clock,
UTC): 07:07:00 at the start, 07:08:14 when the draw had been run (before any question was written),
07:14:34 when bench/tune6_questions.jsonl was first written whole. The shared draw takes all 51
documents: the first pass gives 77 (26 laws x 2, 25 news x 1), the second 25 more, stopping after
n23, the 17th document of the order: 8 laws get 4 articles (n18 n22 n09 n04 n12 n14 c_154
n23), the other 18 laws 2; 9 news articles get 2 paragraphs (c_62238 c_60695 c_61880 c_61580
c_62147 c_61598 c_62030 c_60368 c_60737), the other 16 news articles 1. The thinnest drawn
paragraphs (c_2522 第66段, a line of three names; c_62030 第5段, the title line of the 1907
inscription; c_61880 第4段, c_60319 第4段 and c_62179 第6段, who attended) were still asked, as "who / which" questions. The
samples draw asks all 56 tuning sections, the first 12 of the order twice (手册 第三十四条, 第十六条,
第四十二条, 第二十一条, 第二十条, 第十九条, 第三十八条; 办法 第十五条, 第八条; 处室 四、 and 六、; 通知
二、). Beyond the phrase check, a sample question was kept off a fact that a held-out section states
in other words (e.g. no question on where to go when a reply is unsatisfactory, which the held-out
三、常见事项办理去向 lists, nor on the structure 基本情况/原因分析/意见建议 that the held-out 附件 shows).
See the section "tune6_questions.jsonl" of bench/questions/README.md.
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from bench import samples_draw
from bench.draws import ARTICLE_TEXT, default_corpus, is_law, text_of

SEED = 1397
CORPUS_ANSWERABLE = 102
SAMPLES_ANSWERABLE = 68
UNANSWERABLE = 30
MIN_PARAGRAPH = 20
PREFIX = "T6"

# (document, drawn pick) -> pick used instead, each with its reason in a comment
SUBSTITUTED: dict[tuple[str, str], str] = {}


def paragraphs(text: str) -> list[tuple[str, str]]:
    """[(第N段, paragraph)]: the non-empty lines after the title, N counting from 1."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return [(f"第{n}段", line) for n, line in enumerate(lines[1:], 1)]


def _candidates(corpus: Path, name: str) -> list[str]:
    text = (corpus / name).read_text(encoding="utf-8")
    if is_law(name):
        return [a for a, _ in ARTICLE_TEXT.findall(text)[1:-1]]
    return [label for label, line in paragraphs(text) if len(re.sub(r"\s+", "", line)) >= MIN_PARAGRAPH]


def draw(corpus: Path) -> tuple[list[tuple[str, list[str]]], list[tuple[str, str]]]:
    """(corpus picks, sample sections): [(document, [articles or paragraphs])] in draw order, and
    the drawn tuning sections [(document, label)] in draw order (a section drawn twice appears
    twice)."""
    rng = random.Random(SEED)
    names = sorted(p.name for p in corpus.glob("*.txt"))
    rng.shuffle(names)
    picks: dict[str, list[str]] = {}
    count = 0
    while count < CORPUS_ANSWERABLE:
        before = count
        for name in names:
            if count >= CORPUS_ANSWERABLE:
                break
            left = [c for c in _candidates(corpus, name) if c not in picks.get(name, [])]
            want = 2 if is_law(name) else 1
            new = rng.sample(left, min(want, CORPUS_ANSWERABLE - count, len(left)))
            picks.setdefault(name, []).extend(new)
            count += len(new)
        assert count > before, "the corpus cannot give that many questions"
    shared = [(name, picks[name]) for name in names if name in picks]

    _, tuning = samples_draw.draw()
    order = sorted(tuning)
    rng.shuffle(order)
    sections = [order[n % len(order)] for n in range(SAMPLES_ANSWERABLE)]
    return shared, sections


def used(corpus: Path) -> tuple[list[tuple[str, list[str]]], list[tuple[str, str]]]:
    """The draw with the writer's substitutions applied."""
    shared, sections = draw(corpus)
    shared = [(name, [SUBSTITUTED.get((name, p), p) for p in ps]) for name, ps in shared]
    sections = [(doc, SUBSTITUTED.get((doc, label), label)) for doc, label in sections]
    return shared, sections


def number(rows: list[dict]) -> list[dict]:
    """The rows sorted by question, shuffled with random.Random(SEED), numbered T6001… (tune5's way)."""
    return samples_draw.number(rows, PREFIX, SEED)


def pick_text(corpus: Path, name: str, pick: str) -> str:
    """A pick's text: a news paragraph ("第3段") here, an article as bench.draws reads it."""
    if pick.startswith("第") and pick.endswith("段"):
        return dict(paragraphs((corpus / name).read_text(encoding="utf-8")))[pick]
    return text_of(corpus, name, pick)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    corpus = default_corpus([sys.argv[0], *args[:1]])
    shared, sections = draw(corpus)
    texts = samples_draw.section_texts() if "--text" in sys.argv else {}
    for name, ps in shared:
        print(name, ps)
        if "--text" in sys.argv:
            for p in ps:
                print("   ", p, pick_text(corpus, name, p).strip().replace("\n", " "))
    print(len(shared), "documents,", sum(len(p) for _, p in shared), "questions")
    for n, (doc, label) in enumerate(sections, 1):
        print(n, doc, label)
        if "--text" in sys.argv:
            print("   ", texts[(doc, label)].strip().replace("\n", " "))
    print(len(sections), "sample questions on", len(set(sections)), "sections")
