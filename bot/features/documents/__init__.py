"""The documents feature: staff manage the knowledge base over chat (send a file, /docs, /remove).

Modules: ``upload`` (a file sent in a private chat is checked, parsed and
added, replacing a document only after a confirm button), ``samples`` (the
question a new document answers), ``listing`` (/docs and /remove),
``display`` (how documents are shown), ``texts``. Documents are read and
written only through the KnowledgeBase facade; every change is audited through
the roster's ``audit``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.features.documents import texts as _texts  # noqa: F401  (the catalogue the handlers read)
from bot.features.documents.listing import Listing
from bot.features.documents.upload import Uploads
from bot.kernel.texts import t

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant


@dataclass
class Documents:
    uploads: Uploads
    listing: Listing


def install(assistant: "Assistant") -> Documents:
    """Register the attachment handler, /docs and /remove (staff, private) and their buttons.

    The documents feature has no tables of its own (the knowledge base owns ``documents``),
    so there are no migrations to apply.
    """
    uploads, listing = Uploads(assistant), Listing(assistant)
    assistant.hooks.on_attachment = uploads.on_attachment

    def desc(key):
        return {"zh": t(key, "zh"), "en": t(key, "en")}

    assistant.command("docs", role="staff", private_only=True, description=desc("cmd_docs"))(listing.on_docs)
    assistant.command("remove", role="staff", private_only=True, description=desc("cmd_remove"))(listing.on_remove)
    assistant.button(r"dup:(?P<choice>ok|no):(?P<token>[\w-]+)$")(uploads.on_confirm)
    assistant.button(r"dls:(?P<page>\d+)$")(listing.on_docs_page)
    assistant.button(r"drm:no$")(listing.on_remove_cancel)
    assistant.button(r"drm:page:(?P<page>\d+)$")(listing.on_remove_page)
    assistant.button(r"drm:ask:(?P<id>\d+)$")(listing.on_remove_ask)
    assistant.button(r"drm:yes:(?P<id>\d+)$")(listing.on_remove_yes)
    return Documents(uploads, listing)


__all__ = ["Documents", "install"]
