"""What the seeded draws behind the blind question sets share (bench/*_draw.py).

A draw records which documents (and articles) a writer was given: the sorted corpus file names
shuffled with ``random.Random(seed)``, so that anyone can check the questions were not picked
after seeing what retrieval does with them.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

# An article of a law, up to the next article, section or chapter heading.
ARTICLE_TEXT = re.compile(
    r"^(第[一二三四五六七八九十百零〇]+条)(.*?)(?=^第[一二三四五六七八九十百零〇]+[条章节]|\Z)", re.M | re.S)


def shuffled(names: list[str], seed: int) -> list[str]:
    """The file names in draw order: sorted, then shuffled with random.Random(seed)."""
    order = sorted(names)
    random.Random(seed).shuffle(order)
    return order


def text_of(corpus: Path, name: str, pick: str) -> str:
    """The text a pick names: "whole text", "line N", or an article ("第十二条")."""
    text = (corpus / name).read_text(encoding="utf-8")
    if pick == "whole text":
        return text
    if pick.startswith("line "):
        return text.splitlines()[int(pick.split()[1]) - 1]
    for art, body in ARTICLE_TEXT.findall(text):
        if art == pick:
            return art + body
    return ""


def default_corpus(argv: list[str]) -> Path:
    """The corpus folder given on the command line, else ../shared/eval/corpus beside the repo."""
    corpus = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "eval" / "corpus"
    return corpus if corpus.is_dir() else Path("/work/shared/eval/corpus")


def print_counts(argv: list[str], counts: dict[str, int], draw, pairs: int) -> None:
    """Print the draw order with the pairs written per document, after checking that the
    documents used are exactly the first len(counts) of the draw."""
    order = draw([p.name for p in default_corpus(argv).glob("*.txt")])
    assert order[: len(counts)] == list(counts), "the draw does not reproduce COUNTS"
    assert sum(counts.values()) == pairs
    for n, name in enumerate(order, 1):
        print(f"{n:2d} {counts.get(name, 0)} {name}")


def print_switches(argv: list[str], switches: dict[str, tuple[int, str]], draw) -> None:
    """Print where a conversation set's standalone switches come from in the draw (``switches``: file
    name -> (draw position, the messages it answers)), after checking the draw reproduces them."""
    order = draw([p.name for p in default_corpus(argv).glob("*.txt")])
    for name, (pos, uses) in switches.items():
        assert order[pos - 1] == name, f"the draw does not reproduce SWITCHES ({name})"
    print("switches:", ", ".join(f"{pos} {uses}" for pos, uses in switches.values()))


def is_law(name: str) -> bool:
    """Laws and regulations (n…) and the CPPCC charter have numbered articles; news is read whole."""
    return name.startswith("n") or name.startswith("c_154")


def articles_drawn(corpus: Path, seed: int, questions: int) -> list[tuple[str, list[str]]]:
    """[(document, [drawn articles] or ["whole text"])] in draw order, until ``questions``: the
    sorted names shuffled with random.Random(seed); per law, 2 articles drawn with the same
    generator (never the first or the last); per news article, its whole text."""
    # Not shuffled(): the same generator goes on to draw the articles.
    names = sorted(p.name for p in corpus.glob("*.txt"))
    rng = random.Random(seed)
    rng.shuffle(names)
    out, count = [], 0
    for name in names:
        if count >= questions:
            break
        if is_law(name):
            arts = ARTICLE_TEXT.findall((corpus / name).read_text(encoding="utf-8"))
            picks = [a for a, _ in rng.sample(arts[1:-1], min(2, questions - count))]
        else:
            picks = ["whole text"]
        out.append((name, picks))
        count += len(picks)
    return out


def with_substitutions(drawn: list[tuple[str, list[str]]],
                       substituted: dict[tuple[str, str], str]) -> list[tuple[str, list[str]]]:
    """``drawn`` (articles_drawn) with each (document, article) the writer replaced by a
    neighbour put as used."""
    return [(name, [substituted.get((name, p), p) for p in picks]) for name, picks in drawn]


def print_articles(argv: list[str], draw) -> None:
    """Print ``draw(corpus)`` (articles_drawn), with each article's text after ``--text``."""
    args = [a for a in argv[1:] if not a.startswith("--")]
    corpus = default_corpus([argv[0], *args[:1]])
    drawn = draw(corpus)
    for name, picks in drawn:
        print(name, picks)
        if "--text" in argv:
            for p in picks:
                if p != "whole text":
                    print("   ", text_of(corpus, name, p).strip().replace("\n", " "))
    print(len(drawn), "documents,", sum(len(p) for _, p in drawn), "questions")


def article_draw(seed: int, questions: int, substituted: dict[tuple[str, str], str] | None = None):
    """(draw, used) for the record of an article draw: ``draw(corpus)`` is ``articles_drawn``
    with this seed, ``used(corpus)`` the same with the writer's substitutions applied."""
    def draw(corpus: Path) -> list[tuple[str, list[str]]]:
        return articles_drawn(corpus, seed, questions)

    def used(corpus: Path) -> list[tuple[str, list[str]]]:
        return with_substitutions(draw(corpus), substituted or {})
    return draw, used
