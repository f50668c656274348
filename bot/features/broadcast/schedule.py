"""Times as staff write them, in the committee's time zone, and how long a broadcast took."""
from __future__ import annotations

import re
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.kernel.texts import lang_of

_WHEN = [
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})\s+(\d{1,2}):(\d{2})$"), "ymdhm"),
    (re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(\d{1,2})[:点时](\d{2})?分?$"), "ymdhm"),
    (re.compile(r"^(\d{1,2})-(\d{1,2})\s+(\d{1,2}):(\d{2})$"), "mdhm"),
    (re.compile(r"^(\d{1,2})月(\d{1,2})日\s*(\d{1,2})[:点时](\d{2})?分?$"), "mdhm"),
    (re.compile(r"^(?:明天|tomorrow)\s*(\d{1,2})[:点时](\d{2})?分?$", re.IGNORECASE), "tomorrow"),
    (re.compile(r"^(?:今天|today)?\s*(\d{1,2})[:点时](\d{2})?分?$", re.IGNORECASE), "today"),
]


def parse_when(text: str, tz: str, *, now: float | None = None) -> float:
    """A wall-clock time in the committee's time zone -> unix time.
    Raises ValueError if unreadable (past times are returned; callers check)."""
    zone = ZoneInfo(tz)
    now_dt = datetime.fromtimestamp(now if now is not None else time.time(), zone)
    s = re.sub(r"\s+", " ", (text or "").strip().replace("：", ":").replace("/", "-").replace("T", " "))
    for pattern, kind in _WHEN:
        m = pattern.match(s)
        if not m:
            continue
        g = [int(x) if x else 0 for x in m.groups()]
        if kind == "ymdhm":
            dt = datetime(g[0], g[1], g[2], g[3], g[4], tzinfo=zone)
        elif kind == "mdhm":
            dt = datetime(now_dt.year, g[0], g[1], g[2], g[3], tzinfo=zone)
        else:
            day = now_dt.date() + (timedelta(days=1) if kind == "tomorrow" else timedelta())
            dt = datetime(day.year, day.month, day.day, g[0], g[1], tzinfo=zone)
        return dt.timestamp()
    raise ValueError(f"unreadable time {text!r}")


def format_duration(seconds: float | None, language: str | None) -> str:
    if seconds is None:
        return "—"
    seconds = max(0.0, seconds)
    zh = lang_of(language) == "zh"
    if seconds < 60:
        return f"{seconds:.1f} 秒" if zh else f"{seconds:.1f} s"
    m, s = divmod(int(round(seconds)), 60)
    if m < 60:
        return f"{m} 分 {s:02d} 秒" if zh else f"{m} min {s:02d} s"
    h, m = divmod(m, 60)
    return f"{h} 小时 {m:02d} 分" if zh else f"{h} h {m:02d} min"


def format_when(ts: float | None, tz: str) -> str:
    from app.timefmt import local_time

    return local_time(ts, tz)


def example_time(tz: str, now: float) -> str:
    """Tomorrow 09:00, as an example of the format."""
    dt = datetime.fromtimestamp(now, ZoneInfo(tz)) + timedelta(days=1)
    return dt.strftime("%Y-%m-%d 09:00")


__all__ = ["parse_when", "format_when", "format_duration", "example_time"]
