"""How much one document may expand to: decompression bombs and oversized texts.

The file-size limit (``ingest.max_file_mb``) is not enough on its own: a
300 KB .docx can hold a ``word/document.xml`` of 100 MB (one paragraph
repeated), and a 19 MB .txt becomes 180,000 passages. Three more limits, from
``ingest`` in config.yaml, are checked as early as possible and each refuses
with one sentence:

* ``max_unzipped_mb``: the total uncompressed size of a .docx. Checked first
  from the ZIP's central directory (cheap), then again while every entry is
  actually inflated in small pieces (headers can lie), before python-docx
  sees the file, so memory stays bounded while checking.
* ``max_text_chars``: characters of text extracted (or decoded, for .txt/.md),
  counted while extracting so that parsing stops as soon as it is passed.
* ``max_chunks``: passages per document; estimated from the text length before
  chunking (a passage holds at most ``chunking.max_chars`` characters) and
  checked exactly after.
"""
from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass

from kb.errors import ContentTooLarge, CorruptDocument

MB = 1024 * 1024
_PIECE = 64 * 1024              # bytes inflated per step while measuring a ZIP entry


@dataclass(frozen=True)
class ContentLimits:
    max_unzipped_bytes: int = 30 * MB
    max_text_chars: int = 2_000_000
    max_chunks: int = 3000

    @classmethod
    def from_config(cls, ingest) -> "ContentLimits":
        return cls(int(ingest.max_unzipped_mb * MB), int(ingest.max_text_chars), int(ingest.max_chunks))


DEFAULT_LIMITS = ContentLimits()


def _mb(n: int) -> str:
    return f"{n / MB:.1f}".rstrip("0").rstrip(".")


def too_much_unzipped(name: str, size: int | None, limits: ContentLimits) -> ContentTooLarge:
    amount = f"{_mb(size)} MB when unpacked, more than" if size is not None else "more than"
    return ContentTooLarge(
        f"{name} expands to {amount} the {_mb(limits.max_unzipped_bytes)} MB "
        f"limit (ingest.max_unzipped_mb): it is probably not an ordinary document; split it into smaller "
        f"files or save it again from Word or WPS, then add it again.",
        path=name, what="unzipped", limit=limits.max_unzipped_bytes)


def too_much_text(name: str, chars: int | None, limits: ContentLimits) -> ContentTooLarge:
    amount = f"{chars:,} characters of text, more than" if chars is not None else "more text than"
    return ContentTooLarge(
        f"{name} holds {amount} the {limits.max_text_chars:,}-character limit "
        f"(ingest.max_text_chars): split it into smaller files and add them again.",
        path=name, what="text", limit=limits.max_text_chars)


def too_many_chunks(name: str, chunks: int, limits: ContentLimits, *, estimated: bool = False) -> ContentTooLarge:
    amount = f"at least {chunks:,}" if estimated else f"{chunks:,}"
    return ContentTooLarge(
        f"{name} would become {amount} passages, more than the {limits.max_chunks:,}-passage limit "
        f"(ingest.max_chunks): split it into smaller files and add them again.",
        path=name, what="chunks", limit=limits.max_chunks)


class TextBudget:
    """Counts characters as a parser extracts them; raises once the limit is passed."""

    def __init__(self, name: str, limits: ContentLimits):
        self.name = name
        self.limits = limits
        self.used = 0

    def add(self, text: str) -> str:
        self.used += len(text)
        if self.used > self.limits.max_text_chars:
            raise too_much_text(self.name, None, self.limits)
        return text

    def check_total(self, chars: int) -> None:
        if chars > self.limits.max_text_chars:
            raise too_much_text(self.name, chars, self.limits)


def check_zip(data: bytes, name: str, limits: ContentLimits) -> None:
    """Refuse a ZIP (a .docx) that unpacks to more than ``max_unzipped_bytes``.

    First the sizes the central directory declares; then every entry is
    inflated for real, 64 KB at a time and discarded, counting what comes out,
    so a header that understates a size cannot smuggle a bomb past the first
    check. Peak memory is the input plus a few pieces. A size that differs from
    the header, or a stream that cannot be inflated, is a damaged file.
    """
    corrupt = CorruptDocument(
        f"{name} is damaged (the .docx archive cannot be opened): open it in Word or WPS, save it again and "
        f"add it again.", path=name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise corrupt from None
    declared = sum(i.file_size for i in infos)
    if declared > limits.max_unzipped_bytes:
        raise too_much_unzipped(name, declared, limits)
    total = 0
    for info in infos:
        total += _inflated_size(data, info, limits.max_unzipped_bytes - total, name, limits, corrupt)
    if total > limits.max_unzipped_bytes:  # pragma: no cover - _inflated_size raises first
        raise too_much_unzipped(name, total, limits)


def _inflated_size(data: bytes, info: zipfile.ZipInfo, budget: int, name: str, limits: ContentLimits,
                   corrupt: CorruptDocument) -> int:
    """The real uncompressed size of one entry, stopping as soon as it exceeds ``budget``."""
    if info.is_dir():
        return 0
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return _inflated_size_zipfile(data, info, budget, name, limits, corrupt)
    start = info.header_offset
    header = data[start:start + 30]
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise corrupt
    name_len, extra_len = struct.unpack("<HH", header[26:30])
    begin = start + 30 + name_len + extra_len
    # The compressed size in the central directory bounds how much input is read (the data
    # descriptor variant leaves the local header's size at 0).
    stream = memoryview(data)[begin:begin + info.compress_size]
    if info.compress_type == zipfile.ZIP_STORED:
        size = len(stream)
        if size > budget:
            raise too_much_unzipped(name, None, limits)
    else:
        inflater = zlib.decompressobj(-15)
        size = 0
        pos = 0
        try:
            pending = b""
            while True:
                if not pending:
                    if pos >= len(stream):
                        break
                    pending = bytes(stream[pos:pos + _PIECE])
                    pos += _PIECE
                out = inflater.decompress(pending, _PIECE)
                pending = inflater.unconsumed_tail
                size += len(out)
                if size > budget:
                    raise too_much_unzipped(name, None, limits)
                if inflater.eof:
                    break
            while not inflater.eof:          # flush what is buffered
                out = inflater.decompress(b"", _PIECE)
                if not out:
                    break
                size += len(out)
                if size > budget:
                    raise too_much_unzipped(name, None, limits)
        except zlib.error:
            raise corrupt from None
    if size != info.file_size:
        raise corrupt                        # the header lies about the size
    return size


def _inflated_size_zipfile(data: bytes, info: zipfile.ZipInfo, budget: int, name: str, limits: ContentLimits,
                           corrupt: CorruptDocument) -> int:
    """Other compression methods (bzip2, lzma; Word never writes them): count through zipfile."""
    size = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf, zf.open(info) as fh:
            while piece := fh.read(_PIECE):
                size += len(piece)
                if size > budget:
                    raise too_much_unzipped(name, None, limits)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        raise corrupt from None
    return size


__all__ = ["ContentLimits", "DEFAULT_LIMITS", "TextBudget", "check_zip", "too_many_chunks", "too_much_text",
           "too_much_unzipped"]
