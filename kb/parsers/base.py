"""What every format parser shares: the data model, the registry by file extension, and the
refusals that come before any parsing (unknown extension, too large, empty).

A parser is a :class:`Parser` subclass that names its ``file_type`` and ``suffixes`` and turns
the file's bytes into a :class:`ParsedDocument`; ``kb.parsers`` registers the built-in ones
explicitly (as ragflow's deepdoc/parser/ keeps one module per format behind one interface).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kb.errors import EmptyDocument, FileTooLarge, UnsupportedFileType
from kb.limits import ContentLimits, TextBudget

DEFAULT_MAX_BYTES = 20_000_000
_SUPPORTED_LIST = ".txt, .md, .html, .docx and .pdf"

# Extra advice for common unsupported types.
_UNSUPPORTED_HINTS = {
    ".doc": "open it in Word or WPS and save it as .docx (File > Save As)",
    ".wps": "open it in WPS and save it as .docx",
    ".rtf": "open it in Word or WPS and save it as .docx",
    ".odt": "save it as .docx",
    ".xls": "copy the content into a .docx document or save it as PDF",
    ".xlsx": "copy the content into a .docx document or save it as PDF",
    ".et": "copy the content into a .docx document or save it as PDF",
    ".csv": "save it as .txt or copy it into a .docx document",
    ".ppt": "save it as PDF",
    ".pptx": "save it as PDF",
    ".dps": "save it as PDF",
    ".jpg": "images cannot be read (no OCR): add a text version of the document instead",
    ".jpeg": "images cannot be read (no OCR): add a text version of the document instead",
    ".png": "images cannot be read (no OCR): add a text version of the document instead",
    ".gif": "images cannot be read (no OCR): add a text version of the document instead",
    ".bmp": "images cannot be read (no OCR): add a text version of the document instead",
    ".tif": "images cannot be read (no OCR): add a text version of the document instead",
    ".tiff": "images cannot be read (no OCR): add a text version of the document instead",
    ".zip": "unpack the archive and add the documents one by one",
    ".rar": "unpack the archive and add the documents one by one",
    ".7z": "unpack the archive and add the documents one by one",
    ".ofd": "export it to PDF",
}


# --------------------------------------------------------------------------
# Data model
# --------------------------------------------------------------------------


@dataclass
class Block:
    text: str  # one paragraph or heading, whitespace-normalised, never empty
    heading_level: int = 0  # 0 = body text; 1..6 = heading


@dataclass
class ParsedDocument:
    title: str
    blocks: list[Block] = field(default_factory=list)
    source_name: str = ""
    file_type: str = ""  # 'txt' | 'md' | 'html' | 'docx' | 'pdf'


class Parser:
    """One file format. ``parse`` gets the whole file (size already checked, never empty)."""

    file_type: str = ""                 # stored in documents.file_type: 'txt' | 'md' | ...
    suffixes: tuple[str, ...] = ()      # lower-case, with the dot

    def parse(self, data: bytes, name: str, *, max_bytes: int, limits: ContentLimits,
              budget: TextBudget) -> ParsedDocument:
        raise NotImplementedError


class TextFormatParser(Parser):
    """A format whose bytes are text: decode (kb.parsers.encoding), then parse the string."""

    def decode(self, data: bytes, name: str) -> str:
        from kb.parsers.encoding import decode_text

        return decode_text(data, name)

    def parse(self, data: bytes, name: str, *, max_bytes: int, limits: ContentLimits,
              budget: TextBudget) -> ParsedDocument:
        text = self.decode(data, name)
        budget.check_total(len(text))     # plain text and Markdown: the text is (nearly) all content
        return self.parse_text(text, name, budget)

    def parse_text(self, text: str, name: str, budget: TextBudget) -> ParsedDocument:
        raise NotImplementedError


PARSERS: dict[str, Parser] = {}     # by suffix


def register(parser: Parser) -> Parser:
    for suffix in parser.suffixes:
        PARSERS[suffix] = parser
    return parser


def parser_for(name: str) -> Parser:
    """The parser for this file name, or UnsupportedFileType saying what to do instead."""
    return PARSERS[_check_suffix(name)]


def _check_suffix(name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in PARSERS:
        return suffix
    if not suffix:
        raise UnsupportedFileType(
            f"{name} has no file extension, so its type is unknown: "
            f"rename it with one of the supported extensions ({_SUPPORTED_LIST}) and add it again.",
            path=name,
        )
    hint = _UNSUPPORTED_HINTS.get(suffix)
    advice = f"{hint}, then add it again" if hint else f"convert it to one of {_SUPPORTED_LIST} and add it again"
    raise UnsupportedFileType(
        f"{name} is a {suffix} file, which the knowledge base cannot read (supported: {_SUPPORTED_LIST}): {advice}.",
        path=name,
    )


def _too_large(name: str, size: int, max_bytes: int) -> FileTooLarge:
    unit = 1 << 20 if max_bytes % (1 << 20) == 0 else 1_000_000
    return FileTooLarge(
        f"{name} is {size / unit:.1f} MB, more than the {max_bytes / unit:.3g} MB limit: "
        f"split it into smaller files (or remove large images) and add them again.",
        path=name,
    )


def _empty(name: str) -> EmptyDocument:
    return EmptyDocument(
        f"{name} is empty (0 bytes): check that the file was saved or copied completely and add it again.",
        path=name,
    )
