"""Record of the seeded random draw behind bench/tune_questions.jsonl (the tuning set).

Run: python -m bench.tune_draw [corpus_dir] [--text]

1. The 51 corpus file names, sorted, are split into laws (n01-n25 and the CPPCC charter, which are
   split into articles 第X条) and news articles (the other c_* files).
2. random.Random(7): 20 of the 26 laws are marked for 3 questions, the other 6 for 2; 5 of the 25
   news articles are marked for 2 questions, the other 20 for 1.
3. With the same generator, continuing: for each law, that many articles are drawn at random among
   all its articles except the first and the last (purpose / entry-into-force clauses); for each
   news article, that many paragraphs (lines of 40+ characters after the title) are drawn.
4. With the same generator, continuing, a reserve of 25 articles that state a time limit
   (TIME_LIMIT) and were not drawn (entry-into-force articles in it were skipped).
   `--text` prints every drawn article / paragraph, for writing the questions.

How the draw was used (the full list of substitutions is in bench/TUNE_QUESTIONS.md): questions
were written on the drawn articles; where a drawn article held nothing a member would ask (a pure
cross-reference, a general principle) or the kind quotas needed it (about 20 deadline and 15
definition questions), the question was written on the next unused reserve article of that law
or on another article of the same document that states a time limit or a definition. Five of
the six laws marked for 2 got a third question (four from the reserve, n22 on its definition
article), 77 law questions in all, so every news article got exactly 1 question, on one of its
drawn paragraphs or, where the drawn paragraph held no fact (a caption, a quotation, a slogan),
on the nearest paragraph with one.
"""
import random
import re
import sys
from pathlib import Path

from bench.draws import ARTICLE_TEXT, text_of

SEED = 7
TIME_LIMIT = re.compile(r"[日天]内|个月内|工作日|日起|届满|期限")
RESERVE = 25


def is_law(name: str) -> bool:
    return name.startswith("n") or name.startswith("c_154")


def draw(corpus: Path):
    names = sorted(p.name for p in corpus.glob("*.txt"))
    laws = [n for n in names if is_law(n)]
    news = [n for n in names if not is_law(n)]
    rng = random.Random(SEED)
    three = set(rng.sample(laws, 20))
    two_news = set(rng.sample(news, 5))
    picks = {}
    for name in laws:
        arts = ARTICLE_TEXT.findall((corpus / name).read_text(encoding="utf-8"))
        k = 3 if name in three else 2
        picks[name] = [a for a, _ in rng.sample(arts[1:-1], k)]
    for name in news:
        lines = (corpus / name).read_text(encoding="utf-8").splitlines()[1:]
        paras = [i for i, line in enumerate(lines, 2) if len(line.strip()) >= 40]
        k = min(2 if name in two_news else 1, len(paras))
        picks[name] = [f"line {i}" for i in sorted(rng.sample(paras, k))]
    timed = []
    for name in laws:
        for art, body in ARTICLE_TEXT.findall((corpus / name).read_text(encoding="utf-8")):
            if art not in picks[name] and TIME_LIMIT.search(body):
                timed.append((name, art))
    reserve = rng.sample(timed, RESERVE)
    return names, picks, reserve



if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    corpus = Path(args[0] if args else "../shared/eval/corpus")
    show = "--text" in sys.argv
    names, picks, reserve = draw(corpus)
    for name in names:
        print(f"{name} {' '.join(picks[name])}")
        if show:
            for p in picks[name]:
                print(f"  [{p}] {text_of(corpus, name, p).strip()}\n")
    print("time-limit reserve:")
    for name, art in reserve:
        print(f"   {name} {art}")
        if show:
            print(f"  {text_of(corpus, name, art).strip()}\n")
