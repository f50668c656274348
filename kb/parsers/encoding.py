"""Decoding text files: BOM, UTF-8, GB18030, then a confident guess; and a description of
what unknown bytes look like, for error hints."""
from __future__ import annotations

import re

from kb.errors import CorruptDocument, UndecodableText

_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def sniff(data: bytes) -> str | None:
    """A human description of what the bytes look like, for error hints."""
    head = data[:8]
    if head.startswith(b"%PDF"):
        return "a PDF file"
    if head.startswith(b"PK\x03\x04"):
        return "a ZIP-based file (e.g. .docx/.xlsx)"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "an old Microsoft Office file (.doc/.xls)"
    if head.startswith(b"\x89PNG") or head.startswith(b"\xff\xd8\xff") or head.startswith(b"GIF8"):
        return "an image"
    if head.startswith(b"MZ"):
        return "a program (.exe)"
    if head.startswith(b"Rar!") or head.startswith(b"7z\xbc\xaf"):
        return "an archive"
    low = data[:512].lstrip().lower()
    if low.startswith(b"<!doctype html") or low.startswith(b"<html"):
        return "an HTML page"
    return None


def _gb_plausible(text: str) -> bool:
    """Reject gb18030 decodings that are really another encoding (e.g. Big5).

    Big5 bytes decode as GBK without error but produce mostly kana/Greek/
    Cyrillic/box-drawing symbols and rare hanzi.
    """
    sample = text[:20000]
    odd = len(re.findall("[\u0370-\u04ff\u2500-\u257f\u3040-\u30ff\ue000-\uf8ff]", sample))
    han = len(re.findall("[\u4e00-\u9fff]", sample))
    return odd <= max(3, 0.05 * (han + odd))


def decode_text(data: bytes, name: str) -> str:
    """Decode bytes of a text file: BOM, UTF-8, GB18030, then a confident guess."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                if enc.startswith("utf-16") or enc.startswith("utf-32"):
                    raise UndecodableText(_undecodable_msg(name), path=name) from None
                break
    stripped = data.rstrip(b"\x00")  # some tools pad files with zero bytes
    if not stripped:
        raise CorruptDocument(
            f"{name} contains only zero bytes, not text: the file is damaged; copy or download it again.",
            path=name,
        )
    if b"\x00" in stripped:
        what = sniff(data)
        hint = f" (it looks like {what}; give it the right file extension)" if what else ""
        raise CorruptDocument(
            f"{name} contains binary data, not text{hint}: check that it really is a text file and add it again.",
            path=name,
        )
    data = stripped
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    gb_text = None
    try:
        gb_text = data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    if gb_text is not None and _gb_plausible(gb_text):
        return gb_text
    guess = _charset_normalizer_guess(data)
    if guess is not None:
        return guess
    if gb_text is not None:
        return gb_text
    raise UndecodableText(_undecodable_msg(name), path=name)


def _charset_normalizer_guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - dependency is installed
        return None
    results = from_bytes(data[:200_000])
    best = results.best()
    if best is None or best.chaos > 0.1 or best.encoding in ("ascii",):
        return None
    # Confident only when every near-equal candidate reads the bytes the same way
    # (short Western texts are ambiguous between cp1250/cp1252/cp1257 ...).
    best_text = str(best)
    for m in results:
        if m is not best and m.chaos <= best.chaos + 0.02 and str(m) != best_text:
            return None
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _undecodable_msg(name: str) -> str:
    return (
        f"{name} is not in a text encoding the knowledge base can read (UTF-8, UTF-16 or GB18030/GBK): "
        f"open it in a text editor, save it as UTF-8 and add it again."
    )
