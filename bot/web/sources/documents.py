"""Documents: the knowledge base's facade (list, prepare, commit, remove, ask) and the article diff."""
from __future__ import annotations

import json
from dataclasses import dataclass, field


def list_documents(assistant) -> list[dict]:
    return assistant.kb.list_documents()


def find(assistant, doc_id: int) -> dict | None:
    from kb.errors import KBError

    try:
        return assistant.kb.find_document(int(doc_id))
    except KBError:
        return None


def prepare(assistant, data: bytes, file_name: str):
    """Parse and chunk an upload (blocking: run off the loop). Raises KBError with a reason."""
    return assistant.kb.prepare_bytes(data, file_name)


def commit(assistant, prepared, *, added_by: str, replace_doc_id: int | None = None):
    return assistant.kb.commit(prepared, added_by=added_by, replace_doc_id=replace_doc_id)


def remove(assistant, doc_id: int, *, removed_by: str) -> dict:
    return assistant.kb.remove(int(doc_id), removed_by=removed_by)


def try_question(assistant, question: str):
    """What a member would get: (the kb Answer, the reply as plain text)."""
    from bot.kernel.messages import to_plain
    from bot.kernel.render import render_answer

    answer = assistant.kb.ask(question)
    lang = getattr(answer, "language", "zh")
    return answer, to_plain(render_answer(answer, assistant.config.committee, lang))


# ----- what a new version changes, article by article -----

@dataclass
class ArticleDiff:
    added: list[tuple[str, str]] = field(default_factory=list)       # (article, new text)
    changed: list[tuple[str, str, str]] = field(default_factory=list)  # (article, old, new)
    removed: list[tuple[str, str]] = field(default_factory=list)
    same: int = 0


def _label(article, heading_path, ordinal) -> str:
    if isinstance(heading_path, str):
        try:
            heading_path = json.loads(heading_path)
        except ValueError:
            heading_path = [heading_path]
    path = " / ".join(h for h in (heading_path or []) if h)
    if article:
        return f"{path} {article}".strip() if path else article
    return path or f"#{ordinal + 1}"


def _articles(pieces) -> dict[str, str]:
    out: dict[str, str] = {}
    for label, text in pieces:
        out[label] = (out[label] + "\n" + text) if label in out else text
    return out


def article_diff(assistant, doc_id: int, prepared) -> ArticleDiff:
    """Articles (第X条, else headed sections, else passages) added, changed and removed."""
    old = _articles((_label(c["article"], c["heading_path"], c["ordinal"]), c["text"])
                    for c in assistant.kb.chunks_of(int(doc_id)))
    new = _articles((_label(c.article, c.heading_path, c.ordinal), c.text) for c in prepared.chunks)
    diff = ArticleDiff()
    for label, text in new.items():
        if label not in old:
            diff.added.append((label, text))
        elif _norm(old[label]) != _norm(text):
            diff.changed.append((label, old[label], text))
        else:
            diff.same += 1
    diff.removed = [(label, text) for label, text in old.items() if label not in new]
    return diff


def _norm(text: str) -> str:
    return "".join(text.split())


__all__ = ["list_documents", "find", "prepare", "commit", "remove", "try_question", "article_diff", "ArticleDiff"]
