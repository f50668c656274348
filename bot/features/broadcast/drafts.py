"""A staff member's broadcast draft, kept as the /broadcast dialog's JSON data.

The kernel stores a dialog's data in ``dialog_state``, so a draft survives a restart. The
text, the chosen audience and the schedule are JSON; an attached document is written to a
private file under ``<data_dir>/broadcast_drafts/`` (megabytes do not belong in a JSON
row rewritten at every button press) and removed when the draft is sent or dropped.
"""
from __future__ import annotations

import time
import uuid
from pathlib import Path

from app.private_files import private_dir

from bot.features.broadcast.content import Document
from bot.kernel.messages import SentRef

FOLDER = "broadcast_drafts"
KEEP_FILES = 2 * 86400       # an abandoned draft's file is removed after this many seconds


def new_draft() -> dict:
    return {"html": "", "doc": None, "picks": [], "sectors": [], "districts": [], "scheduled_at": None,
            "menu": None}


def folder(data_dir) -> Path:
    return private_dir(Path(data_dir) / FOLDER)


def attach(draft: dict, data_dir, name: str, mime: str | None, data: bytes) -> None:
    drop_document(draft, data_dir)
    path = folder(data_dir) / f"{uuid.uuid4().hex}.bin"
    path.write_bytes(data)
    draft["doc"] = {"name": name, "mime": mime, "file": path.name, "size": len(data)}


def document(draft: dict, data_dir) -> Document | None:
    doc = draft.get("doc")
    if not doc:
        return None
    return Document(doc["name"], (folder(data_dir) / doc["file"]).read_bytes(), doc.get("mime"))


def doc_name(draft: dict) -> str | None:
    return draft["doc"]["name"] if draft.get("doc") else None


def drop_document(draft: dict, data_dir=None) -> None:
    doc = draft.get("doc")
    if doc and data_dir is not None:
        (Path(data_dir) / FOLDER / doc["file"]).unlink(missing_ok=True)
    draft["doc"] = None


def menu_ref(draft: dict) -> SentRef | None:
    return SentRef(*draft["menu"]) if draft.get("menu") else None


def set_menu(draft: dict, ref: SentRef | None) -> None:
    draft["menu"] = [ref.chat_id, ref.message_id] if ref is not None else None


def sweep(data_dir, *, now: float | None = None) -> int:
    """Remove the files of drafts abandoned long ago; returns how many."""
    base = Path(data_dir) / FOLDER
    if not base.is_dir():
        return 0
    now = now if now is not None else time.time()
    gone = 0
    for path in base.glob("*.bin"):
        if now - path.stat().st_mtime > KEEP_FILES:
            path.unlink(missing_ok=True)
            gone += 1
    return gone


def toggle(picks: list[str], item: str) -> None:
    if item in picks:
        picks.remove(item)
    else:
        picks.append(item)


__all__ = ["new_draft", "attach", "document", "doc_name", "drop_document", "menu_ref", "set_menu", "sweep", "toggle"]
