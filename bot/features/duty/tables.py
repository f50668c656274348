"""Reading staff's import files (CSV or XLSX) and reporting what each row did.

Shared by the duty-record, proposal and venue imports: a header row found by
its column names (Chinese or English), a size and row limit checked before
anything is parsed, and a per-row report (added / updated / unchanged /
rejected with a reason the clerk can act on, in Chinese by default).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import AppError

from bot.kernel.exports import unneutralise


class ImportFileError(AppError):
    """An import file is unusable as a whole; nothing was written (the message says why)."""


@dataclass(frozen=True)
class Column:
    field: str
    names: tuple[str, ...]
    required: bool = False


def _norm(cell) -> str:
    text = unicodedata.normalize("NFKC", str(cell or "")).strip().lstrip("\ufeff").lower()
    return re.sub(r"[\s_*＊]", "", text)


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (dt.datetime, dt.date)):
        return (value.date() if isinstance(value, dt.datetime) else value).isoformat()
    return unneutralise(str(value).strip())


def key_text(value) -> str:
    """A code-like cell (status, kind, number) compared against known values: full-width folded."""
    return unicodedata.normalize("NFKC", cell_text(value)).strip()


_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def parse_date(value) -> str | None:
    """YYYY-MM-DD from 2026-03-05, 2026/3/5, 2026年3月5日, an Excel date; None when not a date."""
    if isinstance(value, (dt.datetime, dt.date)):
        return (value.date() if isinstance(value, dt.datetime) else value).isoformat()
    text = key_text(value)
    match = _DATE.match(text[:10] if re.match(r"\d{4}-\d{2}-\d{2}[ T]", text) else text)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return None


def _decode(data: bytes, name: str) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportFileError(f"{name} 不是可识别编码的文本文件，请另存为 CSV（UTF-8）或 XLSX。")


def read_rows(path: Path | str, columns: list[Column], *, max_bytes: int, max_rows: int,
              what: str) -> tuple[list[tuple[int, dict]], list[str]]:
    """([(spreadsheet line, {field: cell})], ignored column names). Raises ImportFileError."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(f"找不到文件 {path}。")
    size = path.stat().st_size
    if size > max_bytes:
        raise ImportFileError(f"{path.name} 有 {size / 1048576:.1f} MB，超过导入上限 {max_bytes / 1048576:.0f} MB"
                              f"（config.yaml duty.max_import_mb）；请分成几个文件导入。")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path, columns, max_rows)
    elif suffix in (".csv", ".txt", ".tsv"):
        text = _decode(path.read_bytes(), path.name)
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t，")
        except csv.Error:
            dialect = csv.excel_tab if suffix == ".tsv" else csv.excel
        rows = list(csv.reader(io.StringIO(text), dialect))
    elif suffix == ".xls":
        raise ImportFileError(f"{path.name} 是旧版 .xls 工作簿，请在 Excel 中另存为 .xlsx 或 CSV。")
    else:
        raise ImportFileError(f"{path.name}：{what}文件须为 .csv 或 .xlsx。")
    found = _header(rows, columns)
    if found is None:
        need = "、".join(c.names[0] for c in columns if c.required)
        raise ImportFileError(f"{path.name} 的前 10 行中没有找到{what}的表头（需要这些列：{need}）。")
    index, fields = found
    missing = [c.names[0] for c in columns if c.required and c.field not in fields.values()]
    if missing:
        raise ImportFileError(f"{path.name} 缺少必需的列：{'、'.join(missing)}。")
    body = rows[index + 1:]
    if len(body) > max_rows:
        raise ImportFileError(f"{path.name} 有 {len(body)} 行，超过上限 {max_rows} 行"
                              f"（config.yaml duty.max_import_rows）；请分成几个文件导入。")
    ignored = [cell_text(c) for i, c in enumerate(rows[index]) if i not in fields and cell_text(c)]
    out = []
    for n, row in enumerate(body, start=index + 2):
        if not any(cell_text(c) for c in row):
            continue
        out.append((n, {f: (row[i] if i < len(row) else None) for i, f in fields.items()}))
    return out, ignored


def _xlsx_rows(path: Path, columns: list[Column], max_rows: int) -> list[list]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise ImportFileError(f"{path.name} 不是可读取的 XLSX 工作簿（{exc}）。") from exc
    try:
        first = None
        for sheet in workbook.worksheets:
            rows = []
            for row in sheet.iter_rows(values_only=True):
                rows.append(list(row))
                if len(rows) > max_rows + 11:
                    break          # enough to say it is too long, without reading a bomb
            if _header(rows, columns) is not None:
                return rows
            first = rows if first is None else first
        return first or []
    finally:
        workbook.close()


def _header(rows: list[list], columns: list[Column]) -> tuple[int, dict[int, str]] | None:
    lookup = {_norm(name): c.field for c in columns for name in c.names}
    required = {c.field for c in columns if c.required}
    for index, row in enumerate(rows[:10]):
        fields: dict[int, str] = {}
        for col, cell in enumerate(row):
            name = lookup.get(_norm(cell))
            if name and name not in fields.values():
                fields[col] = name
        if fields and (required & set(fields.values())) == required:
            return index, fields
        if len(fields) >= max(2, len(required) - 1):
            return index, fields         # the header, with a required column missing (reported by name)
    return None


@dataclass
class RowOutcome:
    line: int                  # as the spreadsheet shows it (1 = first row)
    key: str                   # the source's id (and who), for the clerk
    status: str                # added | updated | unchanged | rejected
    reason: str = ""           # rejected: why, in words
    changes: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    kind: str
    file: str
    rows: list[RowOutcome] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    notified: int = 0          # members told of a changed status (queued in the outbox)
    unreachable: int = 0       # members with a changed status but no verified chat

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    def add(self, line: int, key: str, status: str, reason: str = "", changes=None) -> None:
        self.rows.append(RowOutcome(line, key, status, reason, list(changes or [])))

    def lines(self, language: str = "zh", *, verbose: bool = False) -> list[str]:
        """The summary line, then each rejected row with its reason (and, verbose, each changed row)."""
        zh = language != "en"
        head = (f"{self.file}：新增 {self.count('added')}，更新 {self.count('updated')}，"
                f"未变 {self.count('unchanged')}，拒绝 {self.count('rejected')}" if zh else
                f"{self.file}: added {self.count('added')}, updated {self.count('updated')}, "
                f"unchanged {self.count('unchanged')}, rejected {self.count('rejected')}")
        out = [head]
        labels = {"added": "新增", "updated": "更新", "unchanged": "未变", "rejected": "拒绝"} if zh else {}
        for r in self.rows:
            if r.status == "unchanged" or (r.status != "rejected" and not verbose):
                continue
            what = r.reason or ("、".join(r.changes) if zh else ", ".join(r.changes))
            out.append(f"  {'第' if zh else 'row '}{r.line}{'行' if zh else ''} {r.key}："
                       f"{labels.get(r.status, r.status)}{('（' + what + '）') if what else ''}")
        if self.ignored_columns:
            out.append(("未使用的列：" if zh else "Columns not used: ") + "、".join(self.ignored_columns))
        if self.notified or self.unreachable:
            out.append(f"已通知 {self.notified} 位委员状态变化（经发件箱发送）" if zh else
                       f"{self.notified} members notified of a changed status (through the outbox)")
            if self.unreachable:
                out.append(f"{self.unreachable} 位委员尚未验证聊天账号，未能通知" if zh else
                           f"{self.unreachable} members have no verified chat and were not notified")
        return out


__all__ = ["Column", "ImportFileError", "ImportReport", "RowOutcome", "read_rows", "cell_text", "key_text", "parse_date"]
