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
