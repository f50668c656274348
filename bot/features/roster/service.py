"""The member roster: who may use the bot, with which role, and how they prove it.

Staff import the roster from CSV or XLSX (``python ingest.py members import``);
each person is keyed by a normalised mobile number, so re-importing updates
people in place. A member verifies once, by sharing their Telegram contact
(the phone number is matched against the roster) or by opening a one-time
invite link (``/invite``). Matrix users are matched directly by the roster's
``matrix_id`` column.

:class:`RosterAccess` is the members-only :class:`bot.kernel.access.Access`
policy built on it ("open" mode lets everyone ask, but staff and admins still
come from the roster). Every refusal and every change (verification, import,
role change, document ingested or removed) is written to the ``audit`` table.

User ids are transport-qualified (``tg:42``, ``mx:@alice:example.org``):
``members.telegram_user_id`` holds ``tg:42`` once that person has verified;
``members.matrix_id`` holds ``@alice:example.org`` as the roster gives it.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import re
import secrets
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.timefmt import local_date
from app.db import Migrations, transaction
from kb.errors import KBError

from bot.kernel.messages import Button, Incoming, OutMessage, Transport, User, esc
from bot.kernel.texts import TEXTS, lang_of, t

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant

log = logging.getLogger("bot.roster")

ROLE_ORDER = {"member": 1, "staff": 2, "admin": 3}
ROLE_NAMES = {
    "member": "member", "委员": "member", "政协委员": "member", "成员": "member",
    "staff": "staff", "工作人员": "staff", "职员": "staff",
    "admin": "admin", "administrator": "admin", "管理员": "admin",
}
ROLE_LABELS = {"member": {"zh": "委员", "en": "member"},
               "staff": {"zh": "工作人员", "en": "staff"},
               "admin": {"zh": "管理员", "en": "admin"}}
INVITE_PREFIX = "inv-"


class RosterError(KBError):
    """A roster file or roster command is unusable as a whole (message says why)."""


# ---------------------------------------------------------------- schema

roster_migrations = Migrations("roster")


@roster_migrations
def m001_roster(db):
    db["members"].create(
        {
            "id": int,
            "name": str,
            "mobile": str,              # normalised: 11 digits for mainland mobiles, "+<digits>" otherwise
            "sector": str,              # 界别
            "district": str,            # 街道社区
            "role": str,                # "member" | "staff" | "admin"
            "telegram_user_id": str,    # "tg:42" once verified (or given by the roster)
            "telegram_username": str,   # last seen @username, without "@" (for /role @name)
            "matrix_id": str,           # "@alice:example.org"
            "verified_at": float,
            "verified_by": str,         # "contact" | "invite" | "roster"
            "muted": int,               # 1: the member opted out of broadcasts
            "created_at": float,
            "updated_at": float,
        },
        pk="id",
        not_null={"name", "role"},
        defaults={"muted": 0, "role": "member"},
    )
    db["members"].create_index(["mobile"], unique=True)
    db["members"].create_index(["telegram_user_id"], unique=True)
    db["members"].create_index(["matrix_id"], unique=True)
    db["members"].create_index(["telegram_username"])
    db["invites"].create(
        {
            "code": str,
            "member_id": int,           # the roster person the link verifies, or null
            "role": str,                # for links not tied to a person: the role granted
            "created_by": str,
            "created_at": float,
            "expires_at": float,
            "used_by": str,
            "used_at": float,
        },
        pk="code",
    )
    db["audit"].create(
        {"id": int, "actor": str, "action": str, "target": str, "detail": str, "created_at": float},
        pk="id",
    )
    db["audit"].create_index(["created_at"])
    db["audit"].create_index(["action", "created_at"])


@roster_migrations
def m002_hash_invite_codes(db):
    """Invite codes are stored as their SHA-256 (a readable database must not hand out admin links)."""
    for (code,) in db.execute("select code from invites").fetchall():
        if not _HASHED.fullmatch(code or ""):
            db.execute("update invites set code = ? where code = ?", [invite_key(code), code])


def audit(db, actor: str | None, action: str, target: str | None = None, detail: dict | None = None) -> None:
    """Record who did what to what. Actions: import, verify, role, invite, ingest,
    replace, remove, refused, member_removed."""
    with transaction(db):
        db["audit"].insert({
            "actor": actor or "", "action": action, "target": target or "",
            "detail": json.dumps(detail or {}, ensure_ascii=False), "created_at": time.time(),
        })


def audit_rows(db, action: str | None = None, limit: int = 100) -> list[dict]:
    sql = "select * from audit" + (" where action = ?" if action else "") + " order by id desc limit ?"
    return list(db.query(sql, ([action] if action else []) + [limit]))


# ---------------------------------------------------------------- phones and roles

_PHONE_JUNK = re.compile(r"[\s\-‐‑–—().（）/]")
_CN_MOBILE = re.compile(r"1[3-9]\d{9}")


def normalize_phone(raw, *, international: bool = False) -> str | None:
    """A phone number in canonical form, or None if it is not a usable mobile number.

    Mainland mobiles become 11 digits (``+86``, ``0086``, ``86``, spaces, dashes
    and full-width digits are removed). Other numbers need an explicit ``+`` or
    ``00`` prefix (or ``international=True``, for contacts Telegram reports as
    bare digits) and become ``+<digits>``.
    """
    if raw is None:
        return None
    if isinstance(raw, float):
        if not raw.is_integer():
            return None
        raw = int(raw)
    text = unicodedata.normalize("NFKC", str(raw)).strip()
    if text.startswith("'"):                            # a spreadsheet's "this is text" mark
        text = text[1:]
    if re.fullmatch(r"\d+\.0", text):                   # Excel turned it into a float
        text = text[:-2]
    text = _PHONE_JUNK.sub("", text)
    plus = text.startswith("+")
    digits = text[1:] if plus else text
    if not digits.isdigit():
        return None
    if not plus and digits.startswith("00"):
        digits, plus = digits[2:], True
    if (plus or len(digits) == 13) and digits.startswith("86") and _CN_MOBILE.fullmatch(digits[2:]):
        return digits[2:]
    if not plus and _CN_MOBILE.fullmatch(digits):
        return digits
    if (plus or international) and 8 <= len(digits) <= 15 and not digits.startswith("0"):
        return "+" + digits
    return None


def mask_phone(mobile: str | None) -> str:
    """138****5678: enough to recognise a number, not enough to call it."""
    if not mobile:
        return ""
    if len(mobile) <= 7:
        return "*" * len(mobile)
    return mobile[:3] + "*" * (len(mobile) - 7) + mobile[-4:]


def parse_role(raw) -> str | None:
    text = unicodedata.normalize("NFKC", str(raw or "")).strip().lower()
    if not text:
        return "member"
    return ROLE_NAMES.get(text)


def role_label(role: str | None, language: str | None) -> str:
    if role is None:
        return t("roster_role_none", language)
    return ROLE_LABELS.get(role, {}).get(lang_of(language), role)


def id_column(user_id: str) -> tuple[str, str] | None:
    """(members column, value) that identifies a transport-qualified user id."""
    if user_id.startswith("tg:"):
        return "telegram_user_id", user_id
    if user_id.startswith("mx:"):
        return "matrix_id", user_id[3:]
    return None


# ---------------------------------------------------------------- reading roster files

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


def read_table(path: Path) -> list[list]:
    """Rows (lists of cell values) of a CSV or XLSX file, the header row included."""
    path = Path(path)
    if not path.exists():
        raise RosterError(f"{path} does not exist.")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        try:
            workbook = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:
            raise RosterError(f"{path.name} is not a readable XLSX workbook ({exc}).") from exc
        try:
            # The first sheet whose first rows contain a recognisable header.
            sheets = list(workbook.worksheets)
            for sheet in sheets:
                rows = [list(r) for r in sheet.iter_rows(values_only=True)]
                if _find_header(rows) is not None:
                    return rows
            return [list(r) for r in sheets[0].iter_rows(values_only=True)] if sheets else []
        finally:
            workbook.close()
    if suffix == ".xls":
        raise RosterError(f"{path.name} is an old .xls workbook; save it as .xlsx or CSV in Excel first.")
    if suffix not in (".csv", ".txt", ".tsv"):
        raise RosterError(f"{path.name}: roster files must be .csv or .xlsx.")
    text = decode_text(path.read_bytes())
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t，")
    except csv.Error:
        dialect = csv.excel_tab if suffix == ".tsv" else csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect)]


def _find_header(rows: list[list]) -> tuple[int, dict[int, str]] | None:
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


# ---------------------------------------------------------------- import

@dataclass
class RowResult:
    line: int                   # row number as the spreadsheet shows it (1 = header)
    name: str
    mobile: str | None
    status: str                 # "added" | "updated" | "unchanged" | "rejected"
    reason: str | None = None   # rejected: "bad_phone" | "unknown_role" | "duplicate" | "missing_name" | "bad_telegram" | "bad_matrix"
    detail: str = ""            # human-readable explanation (English)
    changes: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    rows: list[RowResult] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)

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

    def summary(self) -> str:
        return (f"{len(self.added)} added, {len(self.updated)} updated, "
                f"{len(self.unchanged)} unchanged, {len(self.rejected)} rejected")


def _cell_text(value) -> str:
    from bot.kernel.exports import unneutralise

    value = unneutralise(value)             # our own exports quote text that looks like a formula
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFKC", str(value)).strip()


def _telegram_id(value) -> str | None | bool:
    """'tg:<id>' from a roster cell; None if empty; False if unusable."""
    text = _cell_text(value)
    if not text:
        return None
    if text.lower().startswith("tg:"):
        text = text[3:]
    return f"tg:{text}" if text.isdigit() else False


_MATRIX_ID = re.compile(r"@[a-z0-9._=\-/+]+:[A-Za-z0-9.\-]+(:\d+)?")


def _matrix_id(value) -> str | None | bool:
    text = _cell_text(value)
    if not text:
        return None
    if text.lower().startswith("mx:"):
        text = text[3:]
    if not text.startswith("@"):
        text = "@" + text
    return text if _MATRIX_ID.fullmatch(text) else False


def import_roster(db, path: Path | str, *, actor: str = "cli") -> ImportReport:
    """Add or update roster people from a CSV/XLSX file, keyed by mobile number.

    Rows are checked first; every valid row is then written in one transaction.
    Existing people keep what the file does not say: an empty telegram or matrix
    cell does not clear an id, and nobody's verification is undone. People
    missing from the file are left alone (``members remove`` removes one).
    """
    path = Path(path)
    rows = read_table(path)
    found = _find_header(rows)
    if found is None:
        raise RosterError(
            f"{path.name}: no header row with a name column (姓名/name) and a mobile column "
            f"(手机/手机号/mobile) in the first 10 rows.")
    header_index, fields = found
    report = ImportReport()
    header = rows[header_index]
    report.ignored_columns = [_cell_text(c) for i, c in enumerate(header) if i not in fields and _cell_text(c)]

    seen_mobiles: dict[str, int] = {}
    seen_ids: dict[str, int] = {}
    valid: list[tuple[RowResult, dict]] = []
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
        elif mobile is None:
            result.reason = "bad_phone"
            result.detail = f"bad phone number {_cell_text(raw_mobile)!r}" if _cell_text(raw_mobile) \
                else "the mobile number is empty"
        elif role is None:
            result.reason, result.detail = "unknown_role", (
                f"unknown role {_cell_text(values.get('role'))!r} (use 委员/工作人员/管理员 or member/staff/admin)")
        elif mobile in seen_mobiles:
            result.reason, result.detail = "duplicate", f"duplicate: same mobile as row {seen_mobiles[mobile]}"
        elif tg is False:
            result.reason, result.detail = "bad_telegram", (
                f"bad telegram id {_cell_text(values.get('telegram'))!r} (a number such as 123456789)")
        elif mx is False:
            result.reason, result.detail = "bad_matrix", (
                f"bad matrix id {_cell_text(values.get('matrix'))!r} (like @alice:example.org)")
        elif tg and tg in seen_ids:
            result.reason, result.detail = "duplicate", f"duplicate: same telegram id as row {seen_ids[tg]}"
        elif mx and mx in seen_ids:
            result.reason, result.detail = "duplicate", f"duplicate: same matrix id as row {seen_ids[mx]}"
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
            valid.append((result, record))

    now = time.time()
    with transaction(db):
        for result, record in valid:
            existing = _one(db, "select * from members where mobile = ?", [record["mobile"]])
            # An id given for this person must not belong to someone else.
            clash = None
            for column in ("telegram_user_id", "matrix_id"):
                if record.get(column):
                    other = _one(db, f"select * from members where {column} = ?", [record[column]])
                    if other and (existing is None or other["id"] != existing["id"]):
                        clash = (column, other)
            if clash:
                column, other = clash
                result.reason = "duplicate"
                result.detail = (f"duplicate: {'telegram' if column == 'telegram_user_id' else 'matrix'} id "
                                 f"{record[column]} already belongs to {other['name']} ({mask_phone(other['mobile'])})")
                continue
            # A chat id given by the roster counts as verified (staff vouch for it).
            vouched = {"verified_at": now, "verified_by": "roster"} \
                if (record.get("telegram_user_id") or record.get("matrix_id")) else {}
            if existing is None:
                db["members"].insert({**record, **vouched, "muted": 0, "created_at": now, "updated_at": now})
                result.status = "added"
                continue
            changes = [k for k, v in record.items() if (existing.get(k) or "") != (v or "")]
            if not changes:
                result.status = "unchanged"
                continue
            if existing["verified_at"]:
                vouched = {}
            db["members"].update(existing["id"], {**record, **vouched, "updated_at": now})
            result.status, result.changes = "updated", changes
        audit(db, actor, "import", path.name, {
            "added": len(report.added), "updated": len(report.updated), "unchanged": len(report.unchanged),
            "rejected": [{"row": r.line, "reason": r.reason} for r in report.rejected],
        })
    return report


def _one(db, sql: str, params: list) -> dict | None:
    rows = list(db.query(sql, params))
    return rows[0] if rows else None


# ---------------------------------------------------------------- reading and changing the roster

def list_members(db, role: str | None = None) -> list[dict]:
    if role:
        return list(db.query("select * from members where role = ? order by id", [role]))
    return list(db.query("select * from members order by id"))


EXPORT_HEADER = ["姓名", "手机", "界别", "街道社区", "角色", "telegram_id", "matrix_id", "已验证"]


def export_rows(db, *, with_phones: bool = False, role: str | None = None, tz: str = "Asia/Shanghai") -> list[list]:
    rows = [EXPORT_HEADER]
    for m in list_members(db, role):
        tg = m["telegram_user_id"] or ""
        rows.append([
            m["name"], (m["mobile"] or "") if with_phones else mask_phone(m["mobile"]),
            m["sector"] or "", m["district"] or "", ROLE_LABELS[m["role"]]["zh"],
            tg[3:] if tg.startswith("tg:") else tg, m["matrix_id"] or "",
            local_date(m["verified_at"], tz, missing=""),
        ])
    return rows


def export_roster(db, path: Path | str, *, with_phones: bool = False, role: str | None = None,
                  tz: str = "Asia/Shanghai") -> int:
    """Write the roster to CSV (UTF-8 with BOM, so Excel opens it) or XLSX; returns the row count.

    Phone numbers are masked unless ``with_phones``: a masked export cannot be re-imported.
    """
    from bot.kernel.exports import write_table

    # Through bot.kernel.exports: a name like "=HYPERLINK(…)" is written as text, never a formula.
    rows = export_rows(db, with_phones=with_phones, role=role, tz=tz)   # dates in the committee's zone
    return write_table(path, rows, sheet="roster",
                       text_columns=[1])    # keep phone numbers as text


def find_member(db, ref: str) -> dict | None:
    """A roster person by mobile, @telegram_username, Matrix id, tg:/mx: id or exact name."""
    ref = (ref or "").strip()
    if not ref:
        return None
    if ref.startswith(("tg:", "mx:")):
        column, value = id_column(ref)
        return _one(db, f"select * from members where {column} = ?", [value])
    if ref.startswith("@") and ":" in ref:
        return _one(db, "select * from members where matrix_id = ?", [ref])
    if ref.startswith("@"):
        return _one(db, "select * from members where lower(telegram_username) = ?", [ref[1:].lower()])
    mobile = normalize_phone(ref)
    if mobile:
        return _one(db, "select * from members where mobile = ?", [mobile])
    rows = list(db.query("select * from members where name = ?", [ref]))
    return rows[0] if len(rows) == 1 else None


def member_for_user(db, user_id: str) -> dict | None:
    found = id_column(user_id)
    if found is None:
        return None
    column, value = found
    return _one(db, f"select * from members where {column} = ?", [value])


def set_role(db, ref: str, role: str, *, actor: str = "cli") -> tuple[dict, str]:
    """Change a roster person's role; returns (member, previous role). Raises RosterError."""
    new = parse_role(role) if role else None
    if not new or not role.strip():
        raise RosterError(f"Unknown role {role!r}: use member, staff or admin (委员/工作人员/管理员).")
    member = find_member(db, ref)
    if member is None:
        raise RosterError(f"No roster person matches {ref!r} (give a mobile number, @username or Matrix id).")
    old = member["role"]
    if old == "admin" and new != "admin":
        admins = db.execute("select count(*) from members where role = 'admin'").fetchone()[0]
        if admins <= 1:
            raise RosterError(f"{member['name']} is the only admin; make someone else admin first.")
    if old != new:
        with transaction(db):
            db["members"].update(member["id"], {"role": new, "updated_at": time.time()})
            audit(db, actor, "role", _target(member), {"from": old, "to": new, "member_id": member["id"]})
    member["role"] = new
    return member, old


def remove_member(db, ref: str, *, actor: str = "cli") -> dict:
    member = find_member(db, ref)
    if member is None:
        raise RosterError(f"No roster person matches {ref!r}.")
    with transaction(db):
        db.execute("update invites set member_id = null, expires_at = 0 where member_id = ? and used_at is null",
                   [member["id"]])
        db["members"].delete(member["id"])
        audit(db, actor, "member_removed", _target(member), {"member_id": member["id"]})
    return member


def _target(member: dict) -> str:
    return f"{member['name']} ({mask_phone(member['mobile'])})" if member.get("mobile") else member["name"]


def bind_user(db, member_id: int, user: User, how: str) -> None:
    """Tie a chat account to a roster person (verification); an account belongs to one person."""
    found = id_column(user.id)
    if found is None:
        raise RosterError(f"Cannot verify users of {user.id.split(':', 1)[0]}.")
    column, value = found
    now = time.time()
    with transaction(db):
        db.execute(f"update members set {column} = null, updated_at = ? where {column} = ? and id != ?",
                   [now, value, member_id])
        update = {column: value, "verified_at": now, "verified_by": how, "updated_at": now}
        if user.username and column == "telegram_user_id":
            update["telegram_username"] = user.username
        db["members"].update(member_id, update)


# ---------------------------------------------------------------- invites

@dataclass
class Invite:
    code: str
    expires_at: float
    member: dict | None
    role: str


def create_invite(db, *, created_by: str, ttl_hours: float, member: dict | None = None,
                  role: str = "member") -> Invite:
    code = INVITE_PREFIX + secrets.token_urlsafe(9)   # 16 characters, Telegram's start-parameter alphabet
    now = time.time()
    expires = now + ttl_hours * 3600
    key = invite_key(code)
    with transaction(db):
        db["invites"].insert({
            "code": key, "member_id": member["id"] if member else None,     # the link carries the code
            "role": member["role"] if member else role, "created_by": created_by,
            "created_at": now, "expires_at": expires,
        })
        audit(db, created_by, "invite", _target(member) if member else role,
              {"code_hash": key[:12], "expires_at": expires})
    return Invite(code, expires, member, member["role"] if member else role)


_HASHED = re.compile(r"[0-9a-f]{64}")


def invite_key(code: str) -> str:
    """How an invite code is stored: its SHA-256 (hex). Codes are random, so no salt is needed."""
    return hashlib.sha256(code.strip().encode("utf-8")).hexdigest()


def find_invite(db, code: str) -> dict | None:
    return _one(db, "select * from invites where code = ?", [invite_key(code)])


def invite_link(code: str, bot_username: str | None, transport: Transport) -> str | None:
    """The deep link that starts the bot with the code, if the transport's network has one."""
    return transport.info.start_link(bot_username, code)


# ---------------------------------------------------------------- texts

TEXTS.update({
    "roster_verify": {
        "zh": "本助手仅供{committee}委员使用。请点击下方“📱 分享手机号”按钮完成一次性验证，"
              "我会把号码与委员名单核对；也可以打开工作人员发给您的邀请链接。",
        "en": "This assistant is for members of the {committee} only. Please tap “📱 Share my phone number” "
              "below to verify once: I check the number against the members' roster. "
              "An invite link from the staff works too.",
    },
    "roster_verify_group": {
        "zh": "本助手仅供委员使用。请先私聊我完成验证（发送 /start）。",
        "en": "This assistant is for committee members only. Please message me privately first to verify (send /start).",
    },
    "roster_verify_other": {
        "zh": "本助手仅供{committee}委员使用。请使用工作人员发给您的邀请码，发送 {prefix}start 邀请码 完成验证。",
        "en": "This assistant is for members of the {committee} only. To verify, send {prefix}start followed by "
              "the invite code the staff gave you.",
    },
    "roster_verify_short": {"zh": "请先完成验证：私聊我发送 /start。", "en": "Please verify first: send me /start privately."},
    "roster_share_button": {"zh": "📱 分享手机号", "en": "📱 Share my phone number"},
    "roster_verified": {
        "zh": "验证成功，{name}，欢迎使用！您的身份：{role}。直接发来问题即可，/help 查看全部功能。",
        "en": "Verified. Welcome, {name}! Your role: {role}. Just send me a question; /help lists what I can do.",
    },
    "roster_phone_unknown": {
        "zh": "这个手机号不在委员名单中，暂时无法使用。如有疑问，请联系{contact}。",
        "en": "That phone number is not on the members' roster, so I cannot let you in. "
              "If this is a mistake, please contact {contact}.",
    },
    "roster_contact_not_own": {
        "zh": "请分享您本人的手机号：点击下方“📱 分享手机号”按钮，而不是转发别人的名片。",
        "en": "Please share your own number with the “📱 Share my phone number” button, not someone else's contact.",
    },
    "roster_invite_invalid": {
        "zh": "这个邀请链接无效。请向工作人员索取新的邀请链接。",
        "en": "This invite link is not valid. Please ask the staff for a new one.",
    },
    "roster_invite_expired": {
        "zh": "这个邀请链接已过期。请向工作人员索取新的邀请链接。",
        "en": "This invite link has expired. Please ask the staff for a new one.",
    },
    "roster_invite_used": {
        "zh": "这个邀请链接已经使用过了，每个链接只能使用一次。请向工作人员索取新的邀请链接。",
        "en": "This invite link has already been used; each link works once. Please ask the staff for a new one.",
    },
    "roster_already": {
        "zh": "您已完成验证，身份：{role}。直接发来问题即可。",
        "en": "You are already verified as {role}. Just send me a question.",
    },
    "roster_invite_usage": {
        "zh": "用法：/invite 手机号（为名单中的委员生成专属链接），或 /invite 委员|工作人员|管理员（按身份生成链接）。",
        "en": "Usage: /invite MOBILE (a link for one roster person) or /invite member|staff|admin (a link granting a role).",
    },
    "roster_invite_created": {
        "zh": "邀请链接（{who}，一次有效，{hours} 小时内使用）：\n{link}\n请私下发给本人。",
        "en": "Invite link ({who}; works once, within {hours} hours):\n{link}\nSend it to the person privately.",
    },
    "roster_invite_code": {
        "zh": "邀请码（{who}，一次有效，{hours} 小时内使用）：<code>{code}</code>\n请本人向我发送：{prefix}start {code}",
        "en": "Invite code ({who}; works once, within {hours} hours): <code>{code}</code>\n"
              "The person sends me: {prefix}start {code}",
    },
    "roster_invite_for_role": {"zh": "身份：{role}", "en": "role: {role}"},
    "roster_invite_higher": {
        "zh": "只有管理员可以生成工作人员或管理员的邀请链接。",
        "en": "Only an admin can create invite links for staff or admins.",
    },
    "roster_no_such_person": {
        "zh": "名单中没有找到「{ref}」。请提供手机号、@用户名或 Matrix 账号。",
        "en": "No roster person matches “{ref}”. Give a mobile number, @username or Matrix id.",
    },
    "roster_role_usage": {
        "zh": "用法：/role 手机号或@用户名 member|staff|admin（委员|工作人员|管理员）",
        "en": "Usage: /role MOBILE-or-@user member|staff|admin",
    },
    "roster_role_changed": {
        "zh": "已将 {name} 的身份从{old}改为{new}。",
        "en": "{name}'s role changed from {old} to {new}.",
    },
    "roster_role_same": {"zh": "{name} 的身份已经是{new}。", "en": "{name} is already {new}."},
    "roster_last_admin": {
        "zh": "{name} 是唯一的管理员，请先指定另一位管理员。",
        "en": "{name} is the only admin; make someone else admin first.",
    },
    "roster_whoami": {
        "zh": "账号：{user}\n身份：{role}\n{verified}",
        "en": "Account: {user}\nRole: {role}\n{verified}",
    },
    "roster_whoami_member": {"zh": "名单姓名：{name}（{sector}）", "en": "Roster name: {name} ({sector})"},
    "roster_verified_on": {"zh": "已验证（{how}，{date}）", "en": "Verified ({how}, {date})"},
    "roster_not_verified": {
        "zh": "尚未验证：发送 /start 按提示分享手机号即可完成验证。",
        "en": "Not verified: send /start and share your phone number to verify.",
    },
    "roster_open_mode": {"zh": "（公开模式：任何人都可以提问）", "en": "(open mode: anyone may ask)"},
    "roster_role_none": {"zh": "未验证", "en": "not verified"},
    "roster_how_contact": {"zh": "手机号", "en": "phone number"},
    "roster_how_invite": {"zh": "邀请链接", "en": "invite link"},
    "roster_how_roster": {"zh": "名单账号", "en": "roster account"},
    "cmd_invite": {"zh": "生成邀请链接（工作人员）", "en": "Create an invite link (staff)"},
    "cmd_role": {"zh": "设置身份（管理员）", "en": "Set a role (admin)"},
    "cmd_whoami": {"zh": "我的身份", "en": "My role"},
})


# ---------------------------------------------------------------- the access policy

def _committee_name(assistant, language) -> str:
    committee = assistant.config.committee
    return committee.name_en if lang_of(language) == "en" else committee.name


def _command_prefix(transport: Transport) -> str:
    return transport.info.command_prefix


def _actor(user: User) -> str:
    return user.id + (f" (@{user.username})" if user.username else "")


class RosterAccess:
    """Members-only access (or "open"), verification by contact or invite, roles from the roster.

    ``mode`` defaults to ``settings.access`` of the assistant. ``public_commands``
    are commands anyone may run (``/whoami``), like the core's /start and /help.
    """

    public_commands = {"whoami"}

    def __init__(self, mode: str | None = None, *, bot_username: str | None = None):
        if mode not in (None, "members", "open"):
            raise ValueError(f"access mode must be 'members' or 'open', not {mode!r}")
        self.mode = mode
        self.bot_username = bot_username
        # Called for unaddressed messages that are not a shared contact
        # (forwarded channel posts): other features may append handlers.
        self.unaddressed_handlers: list = []

    def _mode(self, assistant) -> str:
        return self.mode or getattr(assistant.settings, "access", "members")

    # -- Access protocol --

    def role(self, assistant: "Assistant", user: User) -> str | None:
        if user.id.startswith("console:"):
            return "admin"   # the terminal on the server itself: whoever has it has the data
        member = member_for_user(assistant.db, user.id)
        if member is not None:
            if user.username and member.get("telegram_username") != user.username \
                    and user.id.startswith("tg:"):
                with transaction(assistant.db):
                    assistant.db["members"].update(member["id"], {"telegram_username": user.username})
            return member["role"]
        return "member" if self._mode(assistant) == "open" else None

    async def allow(self, assistant: "Assistant", msg: Incoming, transport: Transport, role: str) -> bool:
        if role == "member" and msg.command in self.public_commands and msg.callback is None:
            return True
        have = self.role(assistant, msg.user)
        if have is not None and ROLE_ORDER.get(have, 0) >= ROLE_ORDER[role]:
            return True
        detail = {"command": msg.command, "needed": role, "had": have,
                  "callback": msg.callback.data if msg.callback else None,
                  "what": "question" if not msg.command and not msg.callback and not msg.attachment
                  else ("attachment" if msg.attachment else None)}
        assistant.log_event("refused", msg, detail)
        audit(assistant.db, _actor(msg.user), "refused", msg.command or detail["what"] or "callback", detail)
        language = msg.user.language
        if msg.callback:
            await transport.answer_callback(msg.callback, t("not_allowed", language) if have
                                            else t("roster_verify_short", language))
            return False
        if have is None:
            await self.explain_verification(assistant, msg, transport)
        else:
            await transport.send(msg.chat.id, OutMessage(t("not_allowed", language), reply_to=msg.message_id))
        return False

    async def on_start_payload(self, assistant: "Assistant", msg: Incoming, transport: Transport,
                               payload: str) -> bool:
        if not payload.startswith(INVITE_PREFIX):
            return False
        return await self.redeem(assistant, msg, transport, payload)

    async def after_start(self, assistant: "Assistant", msg: Incoming, transport: Transport) -> None:
        if self.role(assistant, msg.user) is None:
            await self.explain_verification(assistant, msg, transport)

    async def on_unaddressed(self, assistant: "Assistant", msg: Incoming, transport: Transport) -> None:
        if msg.contact_phone is not None:
            if msg.is_private:
                await self.verify_contact(assistant, msg, transport)
            return
        for handler in self.unaddressed_handlers:
            await handler(msg, transport)

    # -- verification --

    async def explain_verification(self, assistant, msg: Incoming, transport: Transport) -> None:
        language = msg.user.language
        committee = esc(_committee_name(assistant, language))
        if not msg.is_private:
            await transport.send(msg.chat.id, OutMessage(t("roster_verify_group", language),
                                                         reply_to=msg.message_id))
        elif (network := assistant.network_of(msg.user.id)) is not None and network.shares_contacts:
            await transport.send(msg.chat.id, OutMessage(
                t("roster_verify", language, committee=committee),
                buttons=[[Button(t("roster_share_button", language), request_contact=True)]]))
        else:
            await transport.send(msg.chat.id, OutMessage(t(
                "roster_verify_other", language, committee=committee, prefix=_command_prefix(transport))))

    async def verify_contact(self, assistant, msg: Incoming, transport: Transport) -> None:
        language = msg.user.language
        db = assistant.db
        if not msg.contact_phone:
            # Someone else's contact (the transport blanks it): it proves nothing.
            await transport.send(msg.chat.id, OutMessage(
                t("roster_contact_not_own", language),
                buttons=[[Button(t("roster_share_button", language), request_contact=True)]]))
            return
        mobile = normalize_phone(msg.contact_phone) or normalize_phone(msg.contact_phone, international=True)
        member = _one(db, "select * from members where mobile = ?", [mobile]) if mobile else None
        if member is None:
            detail = {"what": "contact", "phone": mask_phone(mobile or msg.contact_phone)}
            assistant.log_event("refused", msg, detail)
            audit(db, _actor(msg.user), "refused", "verify", detail)
            from bot.kernel.render import staff_contact

            await transport.send(msg.chat.id, OutMessage(
                t("roster_phone_unknown", language, contact=esc(staff_contact(assistant.config.committee, language))),
                remove_keyboard=True))
            return
        bind_user(db, member["id"], msg.user, "contact")
        audit(db, _actor(msg.user), "verify", _target(member), {"how": "contact", "member_id": member["id"]})
        assistant.log_event("verified", msg, {"how": "contact", "member_id": member["id"]})
        await transport.send(msg.chat.id, OutMessage(
            t("roster_verified", language, name=esc(member["name"]), role=role_label(member["role"], language)),
            remove_keyboard=True))

    async def redeem(self, assistant, msg: Incoming, transport: Transport, code: str) -> bool:
        language = msg.user.language
        db = assistant.db
        now = time.time()
        invite = find_invite(db, code)
        problem = None
        if invite is None:
            problem = "roster_invite_invalid"
        elif invite["used_at"] is not None:
            current = member_for_user(db, msg.user.id)
            if invite["used_by"] == msg.user.id and current is not None:
                await transport.send(msg.chat.id, OutMessage(
                    t("roster_already", language, role=role_label(current["role"], language)),
                    remove_keyboard=True))
                return True
            problem = "roster_invite_used"
        elif invite["expires_at"] < now:
            problem = "roster_invite_expired"
        elif id_column(msg.user.id) is None:
            problem = "roster_invite_invalid"
        if problem:
            detail = {"what": "invite", "problem": problem.rsplit("_", 1)[-1], "code_hash": invite_key(code)[:12]}
            assistant.log_event("refused", msg, detail)
            audit(db, _actor(msg.user), "refused", "invite", detail)
            await transport.send(msg.chat.id, OutMessage(t(problem, language)))
            return True
        with transaction(db):
            # Claim the code first: of two simultaneous redemptions only one wins.
            claimed = db.execute("update invites set used_by = ?, used_at = ? where code = ? and used_at is null",
                                 [msg.user.id, now, invite_key(code)]).rowcount
            if not claimed:
                member = None
            elif invite["member_id"] is not None:
                member = _one(db, "select * from members where id = ?", [invite["member_id"]])
            else:
                # A link tied to a role: the person joins the roster (staff can add the mobile later).
                member = member_for_user(db, msg.user.id)
                if member is None:
                    member_id = db["members"].insert({
                        "name": msg.user.display_name or msg.user.username or msg.user.id,
                        "role": invite["role"], "muted": 0, "created_at": now, "updated_at": now,
                    }).last_pk
                    member = _one(db, "select * from members where id = ?", [member_id])
                elif ROLE_ORDER[invite["role"]] > ROLE_ORDER[member["role"]]:
                    db["members"].update(member["id"], {"role": invite["role"], "updated_at": now})
                    member["role"] = invite["role"]
            if member is not None:
                bind_user(db, member["id"], msg.user, "invite")
                audit(db, _actor(msg.user), "verify", _target(member),
                      {"how": "invite", "member_id": member["id"], "invited_by": invite["created_by"]})
        if member is None:
            await transport.send(msg.chat.id, OutMessage(t("roster_invite_used" if not claimed
                                                           else "roster_invite_invalid", language)))
            return True
        assistant.log_event("verified", msg, {"how": "invite", "member_id": member["id"]})
        await transport.send(msg.chat.id, OutMessage(
            t("roster_verified", language, name=esc(member["name"]), role=role_label(member["role"], language)),
            remove_keyboard=True))
        return True


# ---------------------------------------------------------------- chat commands

def _bot_username(assistant, transport: Transport) -> str | None:
    """The bot's name for deep links: RosterAccess(bot_username=...), else what the transport knows."""
    return getattr(assistant.access, "bot_username", None) or transport.bot_username


def _current_role(assistant, user: User) -> str | None:
    return assistant.access.role(assistant, user)


def install(assistant: "Assistant") -> None:
    """Register /invite (staff), /role (admin) and /whoami (anyone)."""
    roster_migrations.apply(assistant.db)     # ours, explicitly (idempotent)

    def desc(key):
        return {"zh": t(key, "zh"), "en": t(key, "en")}

    @assistant.command("invite", role="staff", private_only=True, description=desc("cmd_invite"))
    async def invite(msg: Incoming, transport: Transport) -> None:
        language = msg.user.language
        ref = msg.args.strip()
        db = assistant.db
        member, role = None, "member"
        if ref in ("help", "?", "？", "帮助"):
            await transport.send(msg.chat.id, OutMessage(t("roster_invite_usage", language)))
            return
        if ref:
            role_ref = parse_role(ref)
            if role_ref:
                role = role_ref
            else:
                member = find_member(db, ref)
                if member is None:
                    await transport.send(msg.chat.id, OutMessage(
                        t("roster_no_such_person", language, ref=esc(ref)) + "\n" + t("roster_invite_usage", language)))
                    return
        wanted = member["role"] if member else role
        if ROLE_ORDER[wanted] > ROLE_ORDER["member"] and _current_role(assistant, msg.user) != "admin":
            assistant.log_event("refused", msg, {"command": "invite", "needed": "admin", "for_role": wanted})
            audit(db, _actor(msg.user), "refused", "invite", {"needed": "admin", "for_role": wanted})
            await transport.send(msg.chat.id, OutMessage(t("roster_invite_higher", language)))
            return
        hours = assistant.settings.invite_ttl_hours
        created = create_invite(db, created_by=_actor(msg.user), ttl_hours=hours, member=member, role=role)
        who = esc(_target(member)) if member else t("roster_invite_for_role", language,
                                                     role=role_label(created.role, language))
        link = invite_link(created.code, _bot_username(assistant, transport), transport)
        if link:
            text = t("roster_invite_created", language, who=who, hours=hours, link=esc(link))
        else:
            text = t("roster_invite_code", language, who=who, hours=hours, code=created.code,
                     prefix=_command_prefix(transport))
        await transport.send(msg.chat.id, OutMessage(text))

    @assistant.command("role", role="admin", private_only=True, description=desc("cmd_role"))
    async def role_cmd(msg: Incoming, transport: Transport) -> None:
        language = msg.user.language
        parts = msg.args.split()
        if len(parts) < 2:
            await transport.send(msg.chat.id, OutMessage(t("roster_role_usage", language)))
            return
        ref, new = " ".join(parts[:-1]), parts[-1]
        if parse_role(new) is None:
            await transport.send(msg.chat.id, OutMessage(t("roster_role_usage", language)))
            return
        member = find_member(assistant.db, ref)
        if member is None:
            await transport.send(msg.chat.id, OutMessage(t("roster_no_such_person", language, ref=esc(ref))))
            return
        try:
            member, old = set_role(assistant.db, ref, new, actor=_actor(msg.user))
        except RosterError:
            await transport.send(msg.chat.id, OutMessage(t("roster_last_admin", language, name=esc(member["name"]))))
            return
        key = "roster_role_same" if old == member["role"] else "roster_role_changed"
        await transport.send(msg.chat.id, OutMessage(t(
            key, language, name=esc(member["name"]), old=role_label(old, language),
            new=role_label(member["role"], language))))

    @assistant.command("whoami", description=desc("cmd_whoami"))
    async def whoami(msg: Incoming, transport: Transport) -> None:
        language = msg.user.language
        access = assistant.access
        role = access.role(assistant, msg.user)
        member = member_for_user(assistant.db, msg.user.id)
        lines = []
        if member is not None:
            lines.append(t("roster_whoami_member", language, name=esc(member["name"]),
                           sector=esc(member["sector"] or "—")))
            if member["verified_at"]:
                how = t(f"roster_how_{member['verified_by'] or 'roster'}", language)
                date = local_date(member["verified_at"], assistant.config.committee.timezone)
                lines.append(t("roster_verified_on", language, how=how, date=date))
            else:
                lines.append(t("roster_verified_on", language, how=t("roster_how_roster", language), date="—"))
        else:
            lines.append(t("roster_not_verified", language))
            if role is not None:
                lines.append(t("roster_open_mode", language))
        await transport.send(msg.chat.id, OutMessage(t(
            "roster_whoami", language, user=esc(msg.user.id), role=role_label(role, language),
            verified="\n".join(lines))))


__all__ = [
    "RosterAccess", "RosterError", "ImportReport", "RowResult", "Invite", "import_roster", "export_roster",
    "export_rows", "list_members", "find_member", "member_for_user", "set_role", "remove_member",
    "normalize_phone", "mask_phone", "parse_role", "create_invite", "invite_link", "invite_key", "find_invite",
    "audit", "audit_rows",
    "install",
]
