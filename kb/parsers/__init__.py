"""Turn an uploaded file into structured text.

``parse_file`` / ``parse_bytes`` read .txt, .md, .html, .docx and .pdf files
and return a :class:`ParsedDocument`: a title plus a list of :class:`Block`
(one paragraph or heading each, whitespace-normalised, never empty).

Every failure is one of the :mod:`kb.errors` ``DocumentError`` subclasses with
a message that names the file and says what the user can do about it.

Design notes
------------
* Text is *not* NFKC-normalised: that would turn Chinese full-width
  punctuation (，。：) into ASCII. We only unify newlines, drop zero-width
  characters, map exotic spaces (\u3000, nbsp ...) to a plain space, collapse
  runs of spaces and drop empty lines.
* Plain text and PDF text often come hard-wrapped. :func:`merge_lines` joins
  wrapped lines back into paragraphs: a line break is kept when the line ends
  with 。！？；：, when the next line starts a new structural unit (第X条,
  （一）, 一、, 1. ...), or when the line is clearly shorter than the text's
  wrap width (a heading, a date line, the last line of a paragraph).
* The structure helpers (:func:`line_kind`, :func:`is_heading_like`) are shared
  with :mod:`kb.chunker`.

Layout: one module per format behind one interface (:class:`~kb.parsers.base.Parser`),
registered below by extension: ``text_parser``, ``markdown_parser``, ``html_parser``,
``docx_parser``, ``pdf_parser``; shared line handling in ``lines``, decoding in ``encoding``.
A new format is a new module with a ``Parser`` subclass, added to ``_BUILT_IN``.
"""


from __future__ import annotations

from pathlib import Path

from kb.errors import DocumentError, EmptyDocument
from kb.limits import DEFAULT_LIMITS, ContentLimits, TextBudget
from kb.parsers.base import (
    DEFAULT_MAX_BYTES,
    PARSERS,
    Block,
    ParsedDocument,
    Parser,
    _check_suffix,
    _empty,
    _too_large,
    parser_for,
    register,
)
from kb.parsers.docx_parser import DocxParser
from kb.parsers.encoding import decode_text
from kb.parsers.html_parser import HtmlParser
from kb.parsers.lines import is_heading_like, line_kind, merge_lines, normalise_line
from kb.parsers.markdown_parser import MarkdownParser
from kb.parsers.pdf_parser import PdfParser
from kb.parsers.text_parser import TextParser

__all__ = [
    "Block",
    "ParsedDocument",
    "Parser",
    "SUPPORTED_SUFFIXES",
    "parse_file",
    "parse_bytes",
    "parser_for",
    "register",
    "merge_lines",
    "normalise_line",
    "line_kind",
    "is_heading_like",
    "decode_text",
]

_BUILT_IN = (TextParser(), MarkdownParser(), HtmlParser(), DocxParser(), PdfParser())
for _parser in _BUILT_IN:
    register(_parser)

SUPPORTED_SUFFIXES = set(PARSERS)      # {".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"}


def parse_file(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES,
               limits: ContentLimits = DEFAULT_LIMITS) -> ParsedDocument:
    """Parse a file on disk. The size is checked with ``stat`` before reading."""
    path = Path(path)
    name = path.name
    _check_suffix(name)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise DocumentError(f"{name} was not found at {path}: check the path and try again.", path=str(path)) from None
    except OSError as exc:
        raise DocumentError(f"{name} could not be opened ({exc.strerror}): check the file and try again.", path=str(path)) from None
    if size > max_bytes:
        raise _too_large(name, size, max_bytes)
    if path.is_dir():
        raise DocumentError(f"{name} is a folder, not a file: add the documents inside it one by one.", path=str(path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{name} could not be read ({exc.strerror}): check the file permissions and try again.", path=str(path)) from None
    return parse_bytes(data, name, max_bytes=max_bytes, limits=limits)


def parse_bytes(data: bytes, file_name: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
                limits: ContentLimits = DEFAULT_LIMITS) -> ParsedDocument:
    """Parse the bytes of a file called ``file_name`` (e.g. a file sent to the chat bot).

    ``limits`` bound what the file may expand to (kb/limits.py): checked while
    unpacking and extracting, so an oversized document is refused early.
    """
    name = Path(file_name).name or file_name
    parser = parser_for(name)
    if len(data) > max_bytes:
        raise _too_large(name, len(data), max_bytes)
    if not data:
        raise _empty(name)
    budget = TextBudget(name, limits)
    doc = parser.parse(data, name, max_bytes=max_bytes, limits=limits, budget=budget)
    doc.blocks = [b for b in doc.blocks if b.text]
    budget.check_total(sum(len(b.text) for b in doc.blocks))
    if not doc.blocks:
        raise EmptyDocument(
            f"{name} contains no text: check that it is the right file (and not, for example, an empty template) and add it again.",
            path=name,
        )
    doc.source_name = name
    doc.file_type = parser.file_type
    if not doc.title:
        doc.title = Path(name).stem
    return doc

