"""Masking personal data in members' words before anyone else sees them.

A member's question may carry their name, ID number, phone or e-mail
("我是东街的张三，身份证号…，手机…"). The asker and staff may see it as written;
everyone else (another member served a curated answer, a CSV export "without
phone numbers") gets :func:`mask_personal`'s version. This is the one masking
function: curation, statistics and exports all call it, so a format caught
here is caught everywhere.

What is masked:

* mainland mobiles in every way people type them: ``13812345678``,
  ``+86 138 1234 5678``, ``0086-138-1234-5678``, ``138-1234-5678``, full-width
  digits → ``138****5678`` (enough to recognise, not to call);
* landlines with an area code: ``0571-88886666``, ``(010)12345678`` → ``0571-****6666``;
* 18-character resident ID numbers (last character a digit or X) → ``110*************34``;
* e-mail addresses → ``z***@example.com``;
* names on the roster (passed in by the caller), longest first → ``张*``, ``李**``.

Ordinary numbers (years, article numbers, room numbers) are left alone: only
digit runs shaped like the formats above are touched.
"""
from __future__ import annotations

import re
from typing import Iterable

# Full-width digits, plus, minus, parentheses and ideographic space, as people type them on phones.
_FULLWIDTH = {**{0xFF10 + i: str(i) for i in range(10)},
              0xFF0B: "+", 0xFF0D: "-", 0x3000: " ", 0xFF08: "(", 0xFF09: ")"}
_SEP = r"[ \-‐‑–—]?"
_ID = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])")
_MOBILE = re.compile(rf"(?<![\d+])(?:(?:\+|00)?86{_SEP})?(1[3-9]\d){_SEP}(\d{{4}}){_SEP}(\d{{4}})(?!\d)")
_LANDLINE = re.compile(r"(?<![\d+])(\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3})[ \-‐‑–—]?([1-9]\d{2,3})(\d{4})(?!\d)")
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
MIN_NAME = 2      # a one-character "name" would mask ordinary words


def mask_personal(text: str | None, names: Iterable[str] = ()) -> str:
    """``text`` with phone numbers, ID numbers, e-mail addresses and the given names masked."""
    if not text:
        return ""
    text = text.translate(_FULLWIDTH)
    text = _ID.sub(lambda m: m.group(1)[:3] + "*" * 13 + m.group(1)[-2:], text)
    text = _MOBILE.sub(lambda m: f"{m.group(1)}****{m.group(3)}", text)
    text = _LANDLINE.sub(lambda m: f"{m.group(1)}-****{m.group(3)}", text)
    text = _EMAIL.sub(lambda m: f"{m.group(1)}***@{m.group(2)}", text)
    for name in sorted({n.strip() for n in names if n and len(n.strip()) >= MIN_NAME}, key=len, reverse=True):
        text = text.replace(name, name[0] + "*" * (len(name) - 1))
    return text


def mask_for_others(text: str | None, names: Iterable[str] = ()) -> str:
    """What someone other than the asker (and staff) may see of a member's ``text``.

    ``names``: the roster's names (the caller gets them from the roster's public API,
    ``bot.features.roster``): the kernel reads no feature's table.
    """
    return mask_personal(text, names)


__all__ = ["mask_personal", "mask_for_others"]
