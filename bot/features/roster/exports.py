"""Exporting the roster to CSV or XLSX, phone numbers masked unless asked for."""
from __future__ import annotations

from pathlib import Path

from app.timefmt import local_date

from bot.features.roster import store
from bot.features.roster.phones import mask_phone
from bot.features.roster.roles import ROLE_LABELS

EXPORT_HEADER = ["姓名", "手机", "界别", "街道社区", "角色", "telegram_id", "matrix_id", "已验证"]


def export_rows(db, *, with_phones: bool = False, role: str | None = None, tz: str = "Asia/Shanghai") -> list[list]:
    rows = [EXPORT_HEADER]
    telegram = store.network("telegram")    # the file has the bare id (42), as roster files give it
    for m in store.list_members(db, role=role):
        tg = m["telegram_user_id"] or ""
        rows.append([
            m["name"], (m["mobile"] or "") if with_phones else mask_phone(m["mobile"]),
            m["sector"] or "", m["district"] or "", ROLE_LABELS[m["role"]]["zh"],
            telegram.raw(tg), m["matrix_id"] or "",
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


__all__ = ["EXPORT_HEADER", "export_rows", "export_roster"]
