"""Is there anything to answer? Messages made only of emoji, punctuation or invisible characters.

Such a message (a thumbs-up, "？？？", zero-width spaces pasted from somewhere) has no words the
knowledge base could match: searching it always abstains, and an abstention would put it in the
staff queue. It gets a short hint instead (``t("no_words")``).
"""
from __future__ import annotations

import unicodedata


def has_words(text: str) -> bool:
    """True if ``text`` has a letter, a digit or a CJK character (Unicode categories L* and N*)."""
    return any(unicodedata.category(ch)[0] in "LN" for ch in text or "")


__all__ = ["has_words"]
