"""Split long text for chat networks' message limits, at sentence ends."""
from __future__ import annotations

import re

_BREAK = re.compile(r"(?<=[。！？；!?;\n])")


def split_text(text: str, limit: int) -> list[str]:
    """Pieces of at most ``limit`` characters, cut after 。！？； or a newline when possible."""
    if len(text) <= limit:
        return [text]
    pieces, current = [], ""
    for sentence in _BREAK.split(text):
        while len(sentence) > limit:        # a sentence longer than a message: cut hard
            if current:
                pieces.append(current)
                current = ""
            pieces.append(sentence[:limit])
            sentence = sentence[limit:]
        if len(current) + len(sentence) > limit:
            pieces.append(current)
            current = ""
        current += sentence
    if current:
        pieces.append(current)
    return [p for p in (p.strip("\n") for p in pieces) if p]


# ----- fitting a whole message (HTML subset) to a network's limit -----

_TAG_RE = re.compile(r"<(/?)([a-zA-Z]+)[^>]*>")


def utf16_len(text: str) -> int:
    """Telegram counts message length in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def _plain_len(markup: str) -> int:
    from bot.kernel.messages import to_plain

    return utf16_len(to_plain(markup))


def fit_html(markup: str, limit: int) -> list[str]:
    """Pieces of a message in the HTML subset, each at most ``limit`` visible characters.

    A message that fits is returned as it is. A longer one is cut at line breaks where
    no tag is open, so formatting survives; a single line longer than the limit loses
    its formatting and is cut as plain text at sentence ends. Nothing is dropped: the
    last transport-level defence against a text that grew too long (a huge title in a
    citation), so that the member gets the answer rather than an error.
    """
    if _plain_len(markup) <= limit:
        return [markup]
    from bot.kernel.messages import esc, to_plain

    # Lines at which no tag is open: the only safe cut points.
    units, current, depth = [], "", 0
    for line in markup.split("\n"):
        current = f"{current}\n{line}" if current else line
        for m in _TAG_RE.finditer(line):
            if m.group(2).lower() == "br":
                continue
            depth += -1 if m.group(1) else 1
        if depth <= 0:
            units.append(current)
            current, depth = "", 0
    if current:
        units.append(current)
    pieces, piece = [], ""
    for unit in units:
        if _plain_len(unit) > limit:
            if piece:
                pieces.append(piece)
                piece = ""
            text = to_plain(unit)
            size = limit if utf16_len(text) == len(text) else limit // 2   # astral characters count twice
            pieces += [esc(p) for p in split_text(text, size)]
            continue
        candidate = f"{piece}\n{unit}" if piece else unit
        if _plain_len(candidate) > limit:
            pieces.append(piece)
            candidate = unit
        piece = candidate
    if piece:
        pieces.append(piece)
    return [p for p in pieces if to_plain(p)]


def trim_html(markup: str, limit: int) -> str:
    """One message of at most ``limit`` visible characters (for edits, which cannot split)."""
    pieces = fit_html(markup, limit - 2)
    return pieces[0] if len(pieces) == 1 else pieces[0] + "\n…"
