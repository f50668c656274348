"""Plain text (.txt): hard-wrapped lines merged into paragraphs, headings recognised by shape."""
from __future__ import annotations

from pathlib import Path

from kb.parsers.base import ParsedDocument, TextFormatParser
from kb.parsers.lines import blocks_from_paragraphs, first_heading, text_to_lines, merge_lines


class TextParser(TextFormatParser):
    file_type = "txt"
    suffixes = (".txt",)

    def parse_text(self, text, name, budget):
        return _parse_txt(text, name)


def _parse_txt(text: str, name: str) -> ParsedDocument:
    lines, indented = text_to_lines(text)
    paras = merge_lines(lines, indented=indented)
    blocks, title = blocks_from_paragraphs(paras, first_is_title_candidate=True)
    if title is None:
        title = first_heading(blocks)
    return ParsedDocument(title=title or Path(name).stem, blocks=blocks)
