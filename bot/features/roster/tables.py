"""Reading a roster spreadsheet: CSV (UTF-8, GBK, ...) or XLSX, and finding its header row.

Staff export the roster from whatever system they keep it in, so headers may
be Chinese or English, the header row may sit below a title, and CSV files come
in Excel's encodings. This module only reads; :mod:`bot.features.roster.imports`
decides what each row means.
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from pathlib import Path

from bot.features.roster.errors import RosterError

HEADERS = {
    "name": ["姓名", "名字", "委员姓名", "name", "fullname", "full name"],
    "mobile": ["手机", "手机号", "手机号码", "移动电话", "联系电话", "电话", "mobile", "phone", "mobilephone",
               "mobile phone", "mobile number", "phone number", "tel", "cell"],
    "sector": ["界别", "sector"],
    "district": ["街道社区", "街道/社区", "街道（社区）", "街道(社区)", "社区", "街道", "所在街道社区", "district",
                 "community", "district/community", "districtcommunity"],
    "role": ["角色", "身份", "类别", "role"],
    "telegram": ["telegram", "telegramid", "telegram id", "telegram_id", "telegram_user_id", "tg", "tgid", "tg_id"],
    "matrix": ["matrix", "matrixid", "matrix id", "matrix_id", "mx", "mxid"],
}
_HEADER_LOOKUP = {}
for _field, _names in HEADERS.items():
    for _name in _names:
        _HEADER_LOOKUP[re.sub(r"[\s_]", "", _name.lower())] = _field


def _header_field(cell) -> str | None:
    text = unicodedata.normalize("NFKC", str(cell or "")).strip().lstrip("\ufeff").lower()
    text = re.sub(r"[\s_*＊]", "", text)
    text = re.sub(r"[(（][^)）]*(可选|选填|optional)[^)）]*[)）]$", "", text)
    return _HEADER_LOOKUP.get(text)


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), else GB18030 (a superset of GBK/GB2312, what
    Excel on Chinese Windows writes), else whatever charset-normalizer finds."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise RosterError("The roster file is not text in a known encoding; save it as CSV (UTF-8) or XLSX.")
    return str(best)


def read_table(path: Path | str) -> list[list]:
    """Rows (lists of cell values) of a CSV or XLSX file, the header row included."""
    path = Path(path)
    if not path.exists():
        raise RosterError(f"{path} does not exist.")
    return read_table_bytes(path.read_bytes(), path.name)


def read_table_bytes(data: bytes, file_name: str) -> list[list]:
    """Rows of an uploaded CSV or XLSX file (``file_name`` tells which), the header row included."""
    suffix = Path(file_name).suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        try:
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:
            raise RosterError(f"{file_name} is not a readable XLSX workbook ({exc}).") from exc
        try:
            # The first sheet whose first rows contain a recognisable header.
            sheets = list(workbook.worksheets)
            for sheet in sheets:
                rows = [list(r) for r in sheet.iter_rows(values_only=True)]
                if find_header(rows) is not None:
                    return rows
            return [list(r) for r in sheets[0].iter_rows(values_only=True)] if sheets else []
        finally:
            workbook.close()
    if suffix == ".xls":
        raise RosterError(f"{file_name} is an old .xls workbook; save it as .xlsx or CSV in Excel first.")
    if suffix not in (".csv", ".txt", ".tsv"):
        raise RosterError(f"{file_name}: roster files must be .csv or .xlsx.")
    text = decode_text(data)
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t，")
    except csv.Error:
        dialect = csv.excel_tab if suffix == ".tsv" else csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect)]


def find_header(rows: list[list]) -> tuple[int, dict[int, str]] | None:
    """(index of the header row, {column: field}) among the first rows."""
    for index, row in enumerate(rows[:10]):
        fields = {}
        for col, cell in enumerate(row):
            name = _header_field(cell)
            if name and name not in fields.values():
                fields[col] = name
        if "name" in fields.values() and "mobile" in fields.values():
            return index, fields
    return None


__all__ = ["HEADERS", "decode_text", "read_table", "read_table_bytes", "find_header"]
