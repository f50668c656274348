"""The candidate terms for the bilingual glossary (kb/glossary.yaml): the corpus's most frequent words.

    .venv/bin/python -m bench.glossary_terms [--top 1000] [--missing] [FOLDER ...]

Segments every document of the folders (default: samples/documents and, when present,
../shared/eval/corpus) with jieba, counts in how many documents each word occurs
(document frequency), drops stop words, single characters, numbers and article numbers,
and prints the top words with their document frequency and, when the glossary already
has them, the English phrases that reach them. ``--missing`` prints only the words the
glossary does not cover yet.

The glossary's general-vocabulary section (kind ``word``) was written from this list
(top 700, then 700-1000, run on 2026-11-30): for each word a member would use, the
English words a member would type for it.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ../shared/eval from the main checkout, ../../shared/eval from a worktree under wt/.
SHARED = next((p for p in (ROOT.parent / "shared" / "eval", ROOT.parent.parent / "shared" / "eval") if p.is_dir()),
              ROOT.parent / "shared" / "eval")
DEFAULT_FOLDERS = [ROOT / "samples" / "documents", SHARED / "corpus"]
SUFFIXES = {".txt", ".md", ".html", ".htm"}

# Function words and the boilerplate of laws and news that carry no topic.
STOP = set("""
的 了 和 与 及 或 等 在 是 为 对 由 从 以 将 把 被 向 于 其 之 中 上 下 个 这 那 有 也 都 并 而 但 不 没有
我们 我 你 他 她 它 他们 本 该 各 每 此 这些 那些 这个 这样 一个 一些 以及 或者 并且 而且 因此 所以 如果 但是
可以 应当 应该 必须 不得 能够 进行 开展 加强 推进 推动 坚持 做好 实现 提高 积极 认真 深入 不断 全面 有关 相关
第一 第二 第三 第四 第五 第六 第七 第八 第九 第十 一是 二是 三是 四是 五是 一 二 三 四 五 六 七 八 九 十
规定 本条例 本办法 本法 条例 办法 同时 通过 按照 根据 依照 依法 关于 对于 其他 以上 以下 之一 之日 之间
""".split())
_NUMERIC = re.compile(r"^[\d０-９.%％一二三四五六七八九十百千万亿零〇两]+$")
# Article, chapter and term numbers ("第十二条", "第三章", "四十八条", "第十届").
_ORDINAL = re.compile(r"^第?[一二三四五六七八九十百零〇两]+[条章节款项届次]?$")
_TAG = re.compile(r"<[^>]+>")


def read(path: Path) -> str:
    text = path.read_text(encoding="utf-8", errors="ignore")
    return _TAG.sub(" ", text) if path.suffix in {".html", ".htm"} else text


def document_frequency(folders: list[Path]) -> tuple[Counter, int]:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    df: Counter = Counter()
    docs = 0
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() not in SUFFIXES:
                continue
            docs += 1
            words = {w for w in jieba.lcut(read(path)) if re.search(r"[\u4e00-\u9fff]", w)}
            df.update(w for w in words if len(w) >= 2 and w not in STOP and not _NUMERIC.match(w)
                      and not _ORDINAL.match(w))
    return df, docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--top", type=int, default=1000)
    parser.add_argument("--missing", action="store_true", help="Only the words the glossary lacks.")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from kb.language import Glossary

    glossary = Glossary.load()
    english: dict[str, list[str]] = {}
    for entry in glossary.entries:
        for z in entry.zh:
            english.setdefault(z, []).extend(entry.en)
    df, docs = document_frequency(args.folders or DEFAULT_FOLDERS)
    print(f"# {docs} documents; top {args.top} words by document frequency")
    for word, n in df.most_common(args.top):
        if args.missing and word in english:
            continue
        print(f"{word}\t{n}\t{', '.join(english.get(word, [])[:4])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
