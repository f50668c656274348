"""PDF (.pdf): the text layer per page, running headers/footers and page numbers dropped,
hard-wrapped lines merged. No OCR: a scanned PDF is refused with advice."""
from __future__ import annotations

import io
import re
from pathlib import Path

from kb.errors import CorruptDocument, EmptyDocument, EncryptedDocument
from kb.limits import TextBudget
from kb.parsers.base import ParsedDocument, Parser
from kb.parsers.encoding import sniff
from kb.parsers.lines import blocks_from_paragraphs, first_heading, line_kind, merge_lines, normalise_inline, normalise_line, unify_newlines


class PdfParser(Parser):
    file_type = "pdf"
    suffixes = (".pdf",)

    def parse(self, data, name, *, max_bytes, limits, budget):
        return _parse_pdf(data, name, budget)


_PAGE_NUMBER_RE = re.compile(
    r"^(?:[-—–_·•\s]*\d{1,4}[-—–_·•\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|"
    r"\d{1,4}\s*/\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-—–]?\s*[ivxlc]{1,6}\s*[-—–]?)$",
    re.I,
)


def _strip_headers_footers(pages: list[list[str]]) -> list[list[str]]:
    """Drop running headers/footers (lines repeated at page edges) and bare page numbers."""
    n = len(pages)
    edge = 2
    repeated: set[str] = set()

    def key(line: str) -> str:
        # digits are page numbers in running heads ("2023年工作报告 第3页"), but not in
        # structure lines ("第3章", "2. ...") which must repeat exactly to count
        return re.sub(r"\d+", "#", line) if line_kind(line) is None else line

    if n >= 2:
        counts: dict[str, int] = {}
        for lines in pages:
            for k in {key(l) for l in lines[:edge] + lines[-edge:]}:
                counts[k] = counts.get(k, 0) + 1
        threshold = max(2, (n + 1) // 2)
        repeated = {k for k, c in counts.items() if c >= threshold}
    out = []
    for lines in pages:
        m = len(lines)
        kept = []
        for idx, l in enumerate(lines):
            at_edge = idx < edge or idx >= m - edge
            if at_edge and (key(l) in repeated or _PAGE_NUMBER_RE.match(l)):
                continue
            kept.append(l)
        out.append(kept)
    return out


def _pdf_has_images(reader) -> bool:
    try:
        for page in list(reader.pages)[:20]:
            resources = page.get("/Resources")
            resources = resources.get_object() if resources is not None else None
            xobjects = resources.get("/XObject") if resources is not None else None
            if xobjects is None:
                continue
            for ref in xobjects.get_object().values():
                if ref.get_object().get("/Subtype") == "/Image":
                    return True
    except Exception:
        return False
    return False


def _parse_pdf(data: bytes, name: str, budget: TextBudget) -> ParsedDocument:
    if b"%PDF-" not in data[:1024]:
        what = sniff(data)
        hint = f" (it looks like {what}; give it the right file extension)" if what else ""
        raise CorruptDocument(
            f"{name} is not a valid PDF file{hint}: check that the file is not damaged and add it again.",
            path=name,
        )
    if b"%%EOF" not in data[-4096:] and b"%%EOF" not in data:
        raise CorruptDocument(
            f"{name} is incomplete (the PDF file is cut off): download or copy it again and add it again.",
            path=name,
        )
    import logging

    from pypdf import PasswordType, PdfReader

    corrupt = CorruptDocument(
        f"{name} is damaged and cannot be read as a PDF: open it in a PDF viewer and print or export it "
        f"to a new PDF, then add it again.",
        path=name,
    )
    pypdf_logger = logging.getLogger("pypdf")
    old_level = pypdf_logger.level
    pypdf_logger.setLevel(logging.ERROR)  # pypdf warns loudly about harmless quirks
    try:
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
        except Exception:
            raise corrupt from None
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:  # e.g. AES without the 'cryptography' package
                ok = PasswordType.NOT_DECRYPTED
            if ok == PasswordType.NOT_DECRYPTED:
                raise EncryptedDocument(
                    f"{name} is encrypted: remove the password (e.g. print to a new PDF) and add it again.",
                    path=name,
                )
        try:
            n_pages = len(reader.pages)
        except Exception:
            raise corrupt from None
        if n_pages == 0:
            raise EmptyDocument(f"{name} has no pages: check that it is the right file and add it again.", path=name)
        pages: list[list[str]] = []
        for i in range(n_pages):
            try:
                raw = reader.pages[i].extract_text() or ""
            except Exception:
                raise CorruptDocument(
                    f"{name} is damaged (page {i + 1} cannot be read): open it in a PDF viewer and print or export "
                    f"it to a new PDF, then add it again.",
                    path=name,
                ) from None
            budget.add(raw)
            lines = [normalise_line(l) for l in unify_newlines(raw).split("\n")]
            pages.append([l for l in lines if l])
        meta_title = None
        try:
            if reader.metadata and reader.metadata.title:
                meta_title = normalise_inline(str(reader.metadata.title)) or None
        except Exception:
            pass
    finally:
        pypdf_logger.setLevel(old_level)

    if not any(pages):
        pages_s = f"{n_pages} page{'s' if n_pages != 1 else ''}"
        if _pdf_has_images(reader):
            msg = (f"{name} has {pages_s} but no text layer: it looks like a scanned document, and OCR is not "
                   f"supported. Add a version with selectable text (e.g. the original Word file) instead.")
        else:
            msg = (f"{name} has {pages_s} but no readable text (it may be scanned or damaged; OCR is not supported): "
                   f"add a version with selectable text (e.g. the original Word file) instead.")
        raise EmptyDocument(msg, path=name)
    pages = _strip_headers_footers(pages)
    lines = [l for page in pages for l in page]
    paras = merge_lines(lines)
    blocks, title = blocks_from_paragraphs(paras, first_is_title_candidate=True)
    if title is not None and len(title) > 40:
        # a long first line of a PDF is more likely body text than a title
        blocks[0].heading_level = 0
        title = None
    title = title or first_heading(blocks) or meta_title
    return ParsedDocument(title=title or Path(name).stem, blocks=blocks)
