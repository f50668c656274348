"""Times as a person reads them: in the committee's time zone (``committee.timezone``).

Stored times are Unix timestamps (UTC). Every place that shows one to a person (the CLI's
lists, chat messages, exports) formats it here, so `ingest.py list` and `broadcast list`
agree, whatever the server's own time zone is.
"""
from __future__ import annotations

from datetime import datetime
from functools import lru_cache


@lru_cache(maxsize=8)
def _zone(tz: str):
    from zoneinfo import ZoneInfo

    return ZoneInfo(tz)


def local_time(ts: float | None, tz: str, fmt: str = "%Y-%m-%d %H:%M", *, missing: str = "—") -> str:
    """``ts`` (Unix time) in the zone ``tz`` (an IANA name such as Asia/Shanghai)."""
    if ts is None or ts == "":
        return missing
    return datetime.fromtimestamp(float(ts), _zone(tz)).strftime(fmt)


def local_date(ts: float | None, tz: str, *, missing: str = "—") -> str:
    return local_time(ts, tz, "%Y-%m-%d", missing=missing)


__all__ = ["local_time", "local_date"]
