"""Word (.docx): paragraphs and tables in document order, headings from styles and outline levels.

The archive is checked (kb.limits.check_zip) before python-docx inflates anything.
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from kb.errors import CorruptDocument, DocumentError, EncryptedDocument
from kb.limits import ContentLimits, TextBudget, check_zip
from kb.parsers.base import Block, ParsedDocument, Parser
from kb.parsers.encoding import sniff
from kb.parsers.lines import first_heading, normalise_inline, normalise_line, unify_newlines


class DocxParser(Parser):
    file_type = "docx"
    suffixes = (".docx",)

    def parse(self, data, name, *, max_bytes, limits, budget):
        return _parse_docx(data, name, max_bytes, limits, budget)


_DOCX_HEADING_STYLE_RE = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.I)


def _docx_style_level(style) -> int:
    seen = 0
    while style is not None and seen < 10:
        name = (style.name or "").strip()
        low = name.lower()
        if low in ("title", "标题"):
            return 1
        m = _DOCX_HEADING_STYLE_RE.match(name)
        if m:
            return min(6, int(m.group(1)))
        lvl = _outline_level(style.element)
        if lvl is not None:
            return lvl
        style = getattr(style, "base_style", None)
        seen += 1
    return 0


def _outline_level(element) -> int | None:
    from docx.oxml.ns import qn

    ppr = element.find(qn("w:pPr"))
    if ppr is None:
        return None
    ol = ppr.find(qn("w:outlineLvl"))
    if ol is None:
        return None
    try:
        v = int(ol.get(qn("w:val")))
    except (TypeError, ValueError):
        return None
    if 0 <= v <= 5:
        return v + 1
    return None  # 9 = body text


def _parse_docx(data: bytes, name: str, max_bytes: int, limits: ContentLimits, budget: TextBudget) -> ParsedDocument:
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        if "EncryptedPackage".encode("utf-16-le") in data[:200_000] or b"EncryptedPackage" in data[:200_000]:
            raise EncryptedDocument(
                f"{name} is password-protected: open it in Word or WPS, remove the password "
                f"(File > Info > Protect Document) and add it again.",
                path=name,
            )
        raise CorruptDocument(
            f"{name} is really an old-format Word .doc file with a .docx name: open it in Word or WPS, "
            f"save it as .docx (File > Save As) and add it again.",
            path=name,
        )
    if not data.startswith(b"PK"):
        what = sniff(data)
        hint = f" (it looks like {what})" if what else ""
        raise CorruptDocument(
            f"{name} is not a valid .docx file{hint}: open it in Word or WPS, save it as .docx and add it again.",
            path=name,
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = {i.filename for i in zf.infolist()}
    except (zipfile.BadZipFile, OSError, ValueError):
        raise CorruptDocument(
            f"{name} is damaged (the .docx archive cannot be opened): open it in Word or WPS, save it again and add it again.",
            path=name,
        ) from None
    if "word/document.xml" not in names:
        raise CorruptDocument(
            f"{name} is not a Word document (it is a ZIP file without Word content): check the file and add the right one.",
            path=name,
        )
    check_zip(data, name, limits)    # before python-docx inflates anything: bombs stop here
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
    except Exception:
        raise CorruptDocument(
            f"{name} is damaged and cannot be read as a Word document: open it in Word or WPS, save it again and add it again.",
            path=name,
        ) from None

    blocks: list[Block] = []
    style_levels: dict[str | None, int] = {}  # style lookups are slow in python-docx: cache per style id

    def add_paragraph(par: Paragraph) -> None:
        text = par.text or ""
        try:
            level = _outline_level(par._p)
            if level is None:
                ppr = par._p.pPr
                sid = ppr.style if ppr is not None else None
                if sid not in style_levels:
                    style_levels[sid] = _docx_style_level(par.style)
                level = style_levels[sid]
        except Exception:
            level = 0
        if level:
            t = normalise_inline(text)
            if t:
                blocks.append(Block(budget.add(t), level))
            return
        for line in unify_newlines(text).split("\n"):  # soft line breaks
            line = normalise_line(line)
            if line:
                blocks.append(Block(budget.add(line)))

    def add_table(table: Table) -> None:
        for row in table.rows:
            seen_tc = set()
            cells: list[str] = []
            try:
                row_cells = row.cells
            except Exception:
                continue
            for cell in row_cells:
                if id(cell._tc) in seen_tc:
                    continue  # merged cells are repeated by python-docx
                seen_tc.add(id(cell._tc))
                ct = normalise_inline(cell.text)
                if ct and (not cells or cells[-1] != ct):
                    cells.append(ct)
            if cells:
                blocks.append(Block(budget.add(" | ".join(cells))))

    try:
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                add_table(item)
            else:
                add_paragraph(item)
    except DocumentError:
        raise
    except Exception:
        raise CorruptDocument(
            f"{name} is damaged and cannot be read as a Word document: open it in Word or WPS, save it again and add it again.",
            path=name,
        ) from None
    core_title = None
    try:
        core_title = normalise_inline(document.core_properties.title or "") or None
    except Exception:
        pass
    title = first_heading(blocks) or core_title
    return ParsedDocument(title=title or Path(name).stem, blocks=blocks)
