"""Mobile numbers: one canonical form to key people by, and a masked form to show them."""
from __future__ import annotations

import re
import unicodedata

_PHONE_JUNK = re.compile(r"[\s\-‐‑–—().（）/]")
_CN_MOBILE = re.compile(r"1[3-9]\d{9}")


def normalize_phone(raw, *, international: bool = False) -> str | None:
    """A phone number in canonical form, or None if it is not a usable mobile number.

    Mainland mobiles become 11 digits (``+86``, ``0086``, ``86``, spaces, dashes
    and full-width digits are removed). Other numbers need an explicit ``+`` or
    ``00`` prefix (or ``international=True``, for contacts Telegram reports as
    bare digits) and become ``+<digits>``.
    """
    if raw is None:
        return None
    if isinstance(raw, float):
        if not raw.is_integer():
            return None
        raw = int(raw)
    text = unicodedata.normalize("NFKC", str(raw)).strip()
    if text.startswith("'"):                            # a spreadsheet's "this is text" mark
        text = text[1:]
    if re.fullmatch(r"\d+\.0", text):                   # Excel turned it into a float
        text = text[:-2]
    text = _PHONE_JUNK.sub("", text)
    plus = text.startswith("+")
    digits = text[1:] if plus else text
    if not digits.isdigit():
        return None
    if not plus and digits.startswith("00"):
        digits, plus = digits[2:], True
    if (plus or len(digits) == 13) and digits.startswith("86") and _CN_MOBILE.fullmatch(digits[2:]):
        return digits[2:]
    if not plus and _CN_MOBILE.fullmatch(digits):
        return digits
    if (plus or international) and 8 <= len(digits) <= 15 and not digits.startswith("0"):
        return "+" + digits
    return None


def mask_phone(mobile: str | None) -> str:
    """138****5678: enough to recognise a number, not enough to call it."""
    if not mobile:
        return ""
    if len(mobile) <= 7:
        return "*" * len(mobile)
    return mobile[:3] + "*" * (len(mobile) - 7) + mobile[-4:]


__all__ = ["normalize_phone", "mask_phone"]
