"""Importing the roster: a preview of every row's fate, then one transaction that writes it.

Each person is keyed by a normalised mobile number, so re-importing updates
people in place. :func:`plan_import` decides for every row whether it would be
added, updated, left unchanged or rejected (with a reason) and writes nothing;
:func:`import_roster` (or :func:`import_table` for an upload) writes what the
plan says in one transaction, or only reports it with ``dry_run=True``.

A preview shown to staff and the commit that follows it may be minutes apart:
the report's ``digest`` names the planned changes, and a commit given
``expect_digest`` refuses (:class:`RosterChanged`) when the roster or the file
changed in between, rather than writing something nobody saw.
"""
from __future__ import annotations

import hashlib
import json
import re
import time
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path

from app.db import transaction

from bot.features.roster import store
from bot.features.roster import texts as _texts  # noqa: F401  (the rejection messages)
from bot.features.roster.errors import RosterError
from bot.features.roster.phones import mask_phone, normalize_phone
from bot.features.roster.roles import parse_role
from bot.features.roster.tables import find_header, read_table, read_table_bytes

REASONS = ("missing_name", "bad_phone", "unknown_role", "duplicate", "bad_telegram", "bad_matrix")


class RosterChanged(RosterError):
    """The roster (or the file) changed between a preview and its commit."""


@dataclass
class RowResult:
    line: int                   # row number as the spreadsheet shows it (1 = header)
    name: str
    mobile: str | None
    status: str                 # "added" | "updated" | "unchanged" | "rejected"
    reason: str | None = None   # rejected: one of REASONS
    detail: str = ""            # human-readable explanation (English)
    changes: list[str] = field(default_factory=list)
    key: str | None = None      # rejected: the texts.py message that explains it to staff …
    args: dict = field(default_factory=dict)    # … and its values

    def message(self, language: str | None = "zh") -> str:
        """Why this row was rejected, in the staff member's language ("" when it was not)."""
        if self.key is None:
            return ""
        from bot.kernel.texts import t

        return t(self.key, language, **self.args)


@dataclass
class ImportReport:
    rows: list[RowResult] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    file_name: str = ""
    committed: bool = False     # False: a preview (dry run), nothing was written
    digest: str = ""            # names the planned changes (see the module docstring)

    def _with(self, status: str) -> list[RowResult]:
        return [r for r in self.rows if r.status == status]

    @property
    def added(self) -> list[RowResult]:
        return self._with("added")

    @property
    def updated(self) -> list[RowResult]:
        return self._with("updated")

    @property
    def unchanged(self) -> list[RowResult]:
        return self._with("unchanged")

    @property
    def rejected(self) -> list[RowResult]:
        return self._with("rejected")

    def counts(self) -> dict[str, int]:
        return {s: len(self._with(s)) for s in ("added", "updated", "unchanged", "rejected")}

    def summary(self) -> str:
        c = self.counts()
        return f"{c['added']} added, {c['updated']} updated, {c['unchanged']} unchanged, {c['rejected']} rejected"

    def as_dict(self, *, with_phones: bool = False, language: str | None = "zh") -> dict:
        """JSON-ready (for a web preview): rows with masked phones unless ``with_phones``, and each
        rejection's ``message`` in ``language``."""
        rows = []
        for r in self.rows:
            row = asdict(r)
            row["message"] = r.message(language)
            if not with_phones:
                row["mobile"] = mask_phone(r.mobile)
            rows.append(row)
        return {"file_name": self.file_name, "committed": self.committed, "digest": self.digest,
                "counts": self.counts(), "ignored_columns": list(self.ignored_columns), "rows": rows}


def _cell_text(value) -> str:
    from bot.kernel.exports import unneutralise

    value = unneutralise(value)             # our own exports quote text that looks like a formula
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFKC", str(value)).strip()


def _telegram_id(value) -> str | None | bool:
    """The qualified Telegram id from a roster cell; None if empty; False if unusable."""
    text = _cell_text(value)
    if not text:
        return None
    telegram = store.network("telegram")
    text = telegram.own_id(text)             # "tg:42", "TG:42" and "42" are the same account
    return telegram.qualify(text) if text.isdigit() else False


_MATRIX_ID = re.compile(r"@[a-z0-9._=\-/+]+:[A-Za-z0-9.\-]+(:\d+)?")


def _matrix_id(value) -> str | None | bool:
    text = _cell_text(value)
    if not text:
        return None
    text = store.network("matrix").own_id(text)
    if not text.startswith("@"):
        text = "@" + text
    return text if _MATRIX_ID.fullmatch(text) else False


@dataclass
class _Planned:
    result: RowResult
    record: dict
    existing: dict | None


def _check_rows(rows: list[list], file_name: str) -> tuple[ImportReport, list[_Planned]]:
    """Every row checked on its own and against the other rows of the file (no database)."""
    found = find_header(rows)
    if found is None:
        raise RosterError(
            f"{file_name}: no header row with a name column (姓名/name) and a mobile column "
            f"(手机/手机号/mobile) in the first 10 rows.")
    header_index, fields = found
    report = ImportReport(file_name=file_name)
    header = rows[header_index]
    report.ignored_columns = [_cell_text(c) for i, c in enumerate(header) if i not in fields and _cell_text(c)]

    seen_mobiles: dict[str, int] = {}
    seen_ids: dict[str, int] = {}
    valid: list[_Planned] = []
    for offset, row in enumerate(rows[header_index + 1:], start=header_index + 2):
        values = {name: (row[col] if col < len(row) else None) for col, name in fields.items()}
        if not any(_cell_text(v) for v in values.values()):
            continue          # blank line
        name = _cell_text(values.get("name"))
        raw_mobile = values.get("mobile")
        mobile = normalize_phone(raw_mobile)
        result = RowResult(offset, name, mobile, "rejected")
        report.rows.append(result)
        role = parse_role(values.get("role"))
        tg = _telegram_id(values.get("telegram"))
        mx = _matrix_id(values.get("matrix"))
        if not name:
            result.reason, result.detail = "missing_name", "the name is empty"
            result.key = "roster_reject_missing_name"
        elif mobile is None:
            result.reason = "bad_phone"
            result.detail = f"bad phone number {_cell_text(raw_mobile)!r}" if _cell_text(raw_mobile) \
                else "the mobile number is empty"
            result.key = "roster_reject_bad_phone" if _cell_text(raw_mobile) else "roster_reject_no_phone"
            result.args = {"value": _cell_text(raw_mobile)}
        elif role is None:
            result.reason, result.detail = "unknown_role", (
                f"unknown role {_cell_text(values.get('role'))!r} (use 委员/工作人员/管理员 or member/staff/admin)")
            result.key, result.args = "roster_reject_unknown_role", {"value": _cell_text(values.get("role"))}
        elif mobile in seen_mobiles:
            result.reason, result.detail = "duplicate", f"duplicate: same mobile as row {seen_mobiles[mobile]}"
            result.key, result.args = "roster_reject_same_mobile", {"row": seen_mobiles[mobile]}
        elif tg is False:
            result.reason, result.detail = "bad_telegram", (
                f"bad telegram id {_cell_text(values.get('telegram'))!r} (a number such as 123456789)")
            result.key, result.args = "roster_reject_bad_telegram", {"value": _cell_text(values.get("telegram"))}
        elif mx is False:
            result.reason, result.detail = "bad_matrix", (
                f"bad matrix id {_cell_text(values.get('matrix'))!r} (like @alice:example.org)")
            result.key, result.args = "roster_reject_bad_matrix", {"value": _cell_text(values.get("matrix"))}
        elif tg and tg in seen_ids:
            result.reason, result.detail = "duplicate", f"duplicate: same telegram id as row {seen_ids[tg]}"
            result.key, result.args = "roster_reject_same_id", {"row": seen_ids[tg], "value": tg}
        elif mx and mx in seen_ids:
            result.reason, result.detail = "duplicate", f"duplicate: same matrix id as row {seen_ids[mx]}"
            result.key, result.args = "roster_reject_same_id", {"row": seen_ids[mx], "value": mx}
        else:
            seen_mobiles[mobile] = offset
            for key in (tg, mx):
                if key:
                    seen_ids[key] = offset
            record = {"name": name, "mobile": mobile, "role": role}
            if "sector" in fields.values():
                record["sector"] = _cell_text(values.get("sector"))
            if "district" in fields.values():
                record["district"] = _cell_text(values.get("district"))
            if tg:
                record["telegram_user_id"] = tg
            if mx:
                record["matrix_id"] = mx
            valid.append(_Planned(result, record, None))
    return report, valid


def _against_roster(db, planned: list[_Planned]) -> list[_Planned]:
    """Each valid row's fate given the roster as it is; returns the rows to write.

    Rows never take ids from each other (the file was checked for duplicates) and an import
    never clears an id, so writing one row cannot change another's fate: the plan and the
    commit agree.
    """
    out = []
    for p in planned:
        result, record = p.result, p.record
        existing = store.member_by_mobile(db, record["mobile"])
        # An id given for this person must not belong to someone else.
        clash = None
        for column in store.ACCOUNT_COLUMNS:
            if record.get(column):
                other = store.member_by_account(db, column, record[column])
                if other and (existing is None or other["id"] != existing["id"]):
                    clash = (column, other)
        if clash:
            column, other = clash
            result.reason = "duplicate"
            result.detail = (f"duplicate: {'telegram' if column == 'telegram_user_id' else 'matrix'} id "
                             f"{record[column]} already belongs to {other['name']} ({mask_phone(other['mobile'])})")
            result.key = "roster_reject_taken_id"
            result.args = {"value": record[column], "name": other["name"], "mobile": mask_phone(other["mobile"])}
            continue
        if existing is None:
            result.status = "added"
        else:
            result.changes = [k for k, v in record.items() if (existing.get(k) or "") != (v or "")]
            result.status = "updated" if result.changes else "unchanged"
        if result.status != "unchanged":
            out.append(_Planned(result, record, existing))
    return out


def _digest(report: ImportReport) -> str:
    plan = [(r.line, r.status, r.reason, r.mobile, r.name, r.changes) for r in report.rows]
    return hashlib.sha256(json.dumps(plan, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def import_table(db, rows: list[list], *, file_name: str, actor: str = "cli", dry_run: bool = False,
                 expect_digest: str | None = None) -> ImportReport:
    """Add or update roster people from a spreadsheet's rows (the header row included).

    Rows are checked first; every valid row is then written in one transaction.
    Existing people keep what the file does not say: an empty telegram or matrix
    cell does not clear an id, and nobody's verification is undone. People
    missing from the file are left alone (``members remove`` removes one).
    With ``dry_run`` nothing is written (nor audited): the report is the preview.
    """
    report, valid = _check_rows(rows, file_name)
    if dry_run:
        _against_roster(db, valid)
        report.digest = _digest(report)
        return report
    now = time.time()
    with transaction(db):
        writes = _against_roster(db, valid)
        report.digest = _digest(report)
        if expect_digest is not None and expect_digest != report.digest:
            raise RosterChanged(f"{file_name}: the roster or the file changed since the preview; "
                                "preview the import again before committing it.")
        for p in writes:
            record = p.record
            # A chat id given by the roster counts as verified (staff vouch for it).
            vouched = {"verified_at": now, "verified_by": "roster"} \
                if (record.get("telegram_user_id") or record.get("matrix_id")) else {}
            if p.existing is None:
                store.insert_member(db, {**record, **vouched, "muted": 0, "created_at": now, "updated_at": now})
                continue
            if p.existing["verified_at"]:
                vouched = {}
            store.update_member(db, p.existing["id"], {**record, **vouched, "updated_at": now})
        store.insert_audit(db, actor, "import", file_name, {
            "added": len(report.added), "updated": len(report.updated), "unchanged": len(report.unchanged),
            "rejected": [{"row": r.line, "reason": r.reason} for r in report.rejected],
        })
    report.committed = True
    return report


def import_roster(db, path: Path | str, *, actor: str = "cli", dry_run: bool = False,
                  expect_digest: str | None = None) -> ImportReport:
    """Import the roster from a CSV/XLSX file (see :func:`import_table`)."""
    path = Path(path)
    return import_table(db, read_table(path), file_name=path.name, actor=actor, dry_run=dry_run,
                        expect_digest=expect_digest)


def import_upload(db, data: bytes, file_name: str, *, actor: str, dry_run: bool = False,
                  expect_digest: str | None = None) -> ImportReport:
    """Import an uploaded CSV/XLSX file's bytes (the web desk; see :func:`import_table`)."""
    return import_table(db, read_table_bytes(data, file_name), file_name=file_name, actor=actor,
                        dry_run=dry_run, expect_digest=expect_digest)


def plan_import(db, path: Path | str) -> ImportReport:
    """What importing ``path`` would do, row by row; nothing is written."""
    return import_roster(db, path, dry_run=True)


__all__ = ["RowResult", "ImportReport", "RosterChanged", "REASONS", "import_table", "import_roster",
           "import_upload", "plan_import"]
