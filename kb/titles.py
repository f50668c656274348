"""Titles, file names and citations as people will see them: short enough for a chat line.

A Markdown ``#`` heading of 4,400 characters, or a 3,000-character file name, became the
title of a document, and so part of every citation of it: every answer quoting it went
over Telegram's 4,096-character limit. Titles and file names are capped when a document is
added; the citation's heading part is capped when it is built (kb.chunker.citation).
"""
from __future__ import annotations

import unicodedata
from pathlib import PurePath

TITLE_MAX = 80          # characters of a title (the longest real 法规 names are ~40)
FILE_NAME_MAX = 120     # characters of a file name kept as the document's key
HEADING_MAX = 40        # characters of the heading shown in a citation ("《…》 预约方式")


def clean_label(text: str) -> str:
    """A file name or title without invisible characters: controls (NUL ...), bidi
    overrides and isolates (U+202E makes "\u202etxt.exe" read "exe.txt"), zero-width
    characters and other format characters; whitespace runs become one space."""
    kept = []
    for ch in text or "":
        category = unicodedata.category(ch)
        if category in ("Cc", "Zl", "Zp"):
            kept.append(" " if ch in "\t\n\r\x0b\x0c\u2028\u2029" else "")
        elif category in ("Cf", "Cs", "Co", "Cn"):
            continue
        else:
            kept.append(ch)
    return " ".join("".join(kept).split())


def clean_file_name(name: str, default: str = "document") -> str:
    """The last path part of ``name``, cleaned and capped (see clean_label, cap_file_name)."""
    name = clean_label(PurePath(str(name).replace("\\", "/")).name)
    return cap_file_name(name) if name.strip(". ") else default


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, the cut marked with "…"."""
    text = text.strip()
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def cap_title(title: str) -> str:
    return shorten(clean_label(title), TITLE_MAX)


def cap_file_name(name: str) -> str:
    """A long file name shortened in its stem, keeping the extension (it names the type)."""
    if len(name) <= FILE_NAME_MAX:
        return name
    suffix = PurePath(name).suffix
    if len(suffix) > 10:
        suffix = ""
    return shorten(name[:len(name) - len(suffix)], FILE_NAME_MAX - len(suffix)) + suffix


__all__ = ["TITLE_MAX", "FILE_NAME_MAX", "HEADING_MAX", "clean_label", "clean_file_name", "shorten", "cap_title",
           "cap_file_name"]
