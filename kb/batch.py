"""Adding many files at once (``ingest.py add PATH...``): one by one, a failing file
reported and skipped, the BM25 index rebuilt once at the end."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from kb.errors import DocumentError, SameTitle
from kb.prepare import AddResult, BatchReport


def add_paths(kb, paths, *, added_by, on_file, on_result, on_same_title) -> BatchReport:
    """Add files and folders one by one (the caller holds the ingest lock); see KnowledgeBase.add_paths."""
    from kb.parsers import SUPPORTED_SUFFIXES

    report = BatchReport()
    files = list(expand_paths(paths, SUPPORTED_SUFFIXES))
    touched = []
    try:
        for path in files:
            try:
                prepared = kb.prepare_file(path)
                replace_id = None
                other = kb.same_title(prepared) if on_same_title and not prepared.existing else None
                if other is not None:
                    choice = on_same_title(prepared, other)
                    if choice == "refuse":
                        raise SameTitle(same_title_message(prepared, other), path=str(path))
                    if choice == "skip":
                        result = AddResult(prepared.doc_key, prepared.title, "skipped")
                        report.results.append(result)
                        if on_result:
                            on_result(result)
                        continue
                    replace_id = other["id"] if choice == "replace" else None
                progress = on_file(path, len(prepared.chunks)) if on_file else None
                result = kb.commit(prepared, added_by=added_by, progress=progress, rebuild_lexical=False,
                                     replace_doc_id=replace_id)
                if result.status != "unchanged":
                    touched.append(result.doc_id)
            except DocumentError as exc:
                result = AddResult(path.name, path.name, "failed", error=str(exc), reason=exc.reason)
            except FileNotFoundError:
                result = AddResult(path.name, path.name, "failed", error=f"{path} does not exist.",
                                   reason="not_found")
            report.results.append(result)
            if on_result:
                on_result(result)
    finally:
        # Even after Ctrl-C, what was committed becomes searchable.
        if touched:
            kb.rebuild_lexical()
            kb._mark_ready(touched)
    return report


def same_title_message(prepared, other: dict) -> str:
    return (f"{prepared.doc_key} has the same title 《{prepared.title}》 as {other['doc_key']} "
            f"(v{other['version']}): if it is a new version, add it again with --replace (it replaces "
            f"{other['doc_key']}); to keep both documents, use --keep-both.")


def expand_paths(paths: Iterable[Path], suffixes: set[str]) -> Iterable[Path]:
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in suffixes and not child.name.startswith("."):
                    yield child
        else:
            yield p
