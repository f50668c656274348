"""Check kb/casual_words.yaml against the documents (no retrieval, text search only).

For every entry ``casual: [formal, ...]`` it prints how many documents hold each formal word
(documents: the shared corpus, ../shared/eval/corpus unless given, and samples/documents/*,
whitespace removed) and
fails (exit 1) when

- a formal word occurs in no document;
- a key repeats (YAML would silently keep the last one);
- a casual word is shorter than 2 characters, or is itself frequent in the documents
  (in more than MAX_CASUAL_DOCS documents: then it is a formal word, not a casual one);
- a casual word is already a key of config.yaml ``retrieval.synonyms``.

Run: .venv/bin/python -m bench.casual_words_check [corpus_dir] [--quiet]
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from bench.draws import default_corpus

ROOT = Path(__file__).resolve().parent.parent
MAP = ROOT / "kb" / "casual_words.yaml"
CONFIG = ROOT / "config.yaml"
SAMPLES = ROOT / "samples" / "documents"
MAX_CASUAL_DOCS = 5


class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that refuses repeated mapping keys."""


def _construct_mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise ValueError(f"repeated key: {key}")
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def documents(corpus: Path) -> dict[str, str]:
    paths = sorted(corpus.glob("*.txt")) + sorted(p for p in SAMPLES.iterdir() if p.is_file())
    return {p.name: re.sub(r"\s+", "", p.read_text(encoding="utf-8")) for p in paths}


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    corpus = default_corpus(["", *[a for a in argv if not a.startswith("--")]])
    docs = documents(corpus)
    mapping = yaml.load(MAP.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
    existing = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))["retrieval"]["synonyms"]
    errors: list[str] = []
    formal_words: set[str] = set()
    for casual, formal in mapping.items():
        casual = str(casual)
        if not isinstance(formal, list) or not formal:
            errors.append(f"{casual}: right side must be a non-empty list")
            continue
        if len(casual) < 2:
            errors.append(f"{casual}: casual word shorter than 2 characters")
        if casual in existing:
            errors.append(f"{casual}: already in config.yaml retrieval.synonyms")
        casual_docs = sum(casual in t for t in docs.values())
        if casual_docs > MAX_CASUAL_DOCS:
            errors.append(f"{casual}: casual word itself in {casual_docs} documents (formal?)")
        counts = []
        for word in formal:
            word = str(word)
            formal_words.add(word)
            n = sum(word in t for t in docs.values())
            counts.append(f"{word}={n}")
            if n == 0:
                errors.append(f"{casual}: formal word {word} in no document")
            if word == casual:
                errors.append(f"{casual}: maps to itself")
        if len(set(map(str, formal))) != len(formal):
            errors.append(f"{casual}: repeated formal word")
        if not quiet:
            print(f"{casual}\t(casual in {casual_docs} docs)\t" + " ".join(counts))
    print(f"{len(mapping)} entries, {len(formal_words)} distinct formal words, "
          f"{len(docs)} documents searched")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
