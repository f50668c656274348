"""Usage figures of a period, shared by /stats, ``ingest.py stats`` and the web desk.

Read-only and made of other owners' public functions: the question log from the kernel
(:mod:`bot.kernel.store`), the queue and FAQ counts from curation
(:func:`bot.features.curation.queue_figures`, :func:`~bot.features.curation.open_topics`),
document titles from the knowledge base (:meth:`KnowledgeBase.list_documents`, passed in as
``titles``). A *period* is ``since <= created_at < until`` (UNIX seconds); days are the
committee's (``committee.timezone``).
"""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from functools import lru_cache

from kb.errors import KBError

import bot.features.stats.texts  # noqa: F401  (the feature's TEXTS entries)
from bot.features.curation import open_topics, queue_figures
from bot.kernel import store as kernel_store
from bot.kernel.messages import esc
from bot.kernel.texts import t

MAX_DAILY_DAYS = 62     # a longer period lists only the days that had questions


class PeriodError(KBError, ValueError):
    """A period that cannot be read (the command's usage line says how to write one)."""


@lru_cache(maxsize=8)
def _zone(tz: str):
    from zoneinfo import ZoneInfo

    return ZoneInfo(tz)


def local(ts: float, tz: str) -> dt.datetime:
    """``ts`` as a date and time in the zone ``tz``."""
    return dt.datetime.fromtimestamp(ts, _zone(tz))


def day_start(day: dt.date, tz: str) -> float:
    """The first second of ``day`` in the zone ``tz``."""
    return dt.datetime(day.year, day.month, day.day, tzinfo=_zone(tz)).timestamp()


def parse_period(args: str, tz: str, *, default_days: int = 30, now: float | None = None) -> tuple[float, float]:
    """'' -> the last 30 days; '7' -> the last 7 days; 'YYYY-MM-DD [YYYY-MM-DD]' -> those days (inclusive)."""
    parts = (args or "").split()
    now = now or time.time()
    today = local(now, tz).date()
    if not parts:
        return day_start(today - dt.timedelta(days=default_days - 1), tz), now
    if len(parts) == 1 and parts[0].isdigit():
        days = max(1, int(parts[0]))
        return day_start(today - dt.timedelta(days=days - 1), tz), now
    if len(parts) <= 2:
        try:
            first = dt.date.fromisoformat(parts[0])
            last = dt.date.fromisoformat(parts[1]) if len(parts) == 2 else today
        except ValueError as exc:
            raise PeriodError(f"Not a date: {args!r} (write YYYY-MM-DD).") from exc
        return day_start(first, tz), day_start(last + dt.timedelta(days=1), tz)
    raise PeriodError(f"Too many words in the period {args!r}.")


def period_days(since: float, until: float, tz: str) -> list[str]:
    """Every day (YYYY-MM-DD) of the period, in order."""
    first = local(since, tz).date()
    last = local(max(since, until - 1), tz).date()
    return [(first + dt.timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]


@dataclass
class Day:
    """One day's questions by outcome (the chart of the web desk)."""

    date: str
    answered: int = 0
    curated: int = 0
    abstained: int = 0
    up: int = 0
    down: int = 0

    @property
    def total(self) -> int:
        return self.answered + self.curated + self.abstained


@dataclass
class Stats:
    since: float
    until: float
    tz: str
    total: int = 0
    answered: int = 0
    curated: int = 0
    abstained: int = 0
    up: int = 0
    down: int = 0
    # Presses of the button offering a follow-up's other reading (bot.features.conversation):
    # how often the reading the bot chose was not the one the member meant.
    other_readings: int = 0
    per_day: list[tuple[str, int]] = field(default_factory=list)
    top_docs: list[tuple[str, int]] = field(default_factory=list)
    open_items: int = 0
    open_asks: int = 0
    entries: int = 0
    days: list[Day] = field(default_factory=list)          # every day of the period, by outcome
    unanswered: list[dict] = field(default_factory=list)   # top open queue topics: id, title, asks

    @property
    def answer_rate(self) -> float | None:
        return (self.answered + self.curated) / self.total if self.total else None

    @property
    def up_share(self) -> float | None:
        return self.up / (self.up + self.down) if self.up + self.down else None


def daily(db, since: float, until: float, tz: str) -> list[Day]:
    """Every day of the period with its questions by outcome (days without questions included)."""
    days = {d: Day(d) for d in period_days(since, until, tz)}
    for status, feedback, _, created in kernel_store.outcomes_between(db, since, until):
        if status not in kernel_store.STATUSES:
            continue
        key = local(created, tz).strftime("%Y-%m-%d")
        day = days.setdefault(key, Day(key))
        setattr(day, status, getattr(day, status) + 1)
        if feedback == 1:
            day.up += 1
        elif feedback == -1:
            day.down += 1
    return [days[d] for d in sorted(days)]


def top_documents(db, since: float, until: float, *, titles: dict[str, str] | None = None,
                  top: int = 5) -> list[tuple[str, int]]:
    """(title, answered questions) of the documents answered from most (the file name when untitled)."""
    titles = titles or {}
    return [(titles.get(k) or k, n) for k, n in kernel_store.documents_asked_about(db, since, until, limit=top)]


def document_titles(kb) -> dict[str, str]:
    """doc_key -> title of every document in the knowledge base (for :func:`compute_stats`)."""
    return kb.document_titles()


def compute_stats(db, since: float, until: float, tz: str, *, top: int = 5,
                  titles: dict[str, str] | None = None) -> Stats:
    """The figures of a period; ``titles`` (:func:`document_titles`) names the documents."""
    s = Stats(since, until, tz)
    s.days = daily(db, since, until, tz)
    for day in s.days:
        s.answered += day.answered
        s.curated += day.curated
        s.abstained += day.abstained
        s.up += day.up
        s.down += day.down
    s.total = s.answered + s.curated + s.abstained
    if len(s.days) <= MAX_DAILY_DAYS:
        s.per_day = [(d.date, d.total) for d in s.days]
    else:
        s.per_day = [(d.date, d.total) for d in s.days if d.total]
    s.top_docs = top_documents(db, since, until, titles=titles, top=top)
    s.other_readings = kernel_store.count_events(db, "other_reading", since, until)
    figures = queue_figures(db)
    s.open_items, s.open_asks, s.entries = figures["open_items"], figures["open_asks"], figures["active_entries"]
    s.unanswered = open_topics(db, top)
    return s


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x * 100:.0f}%"


def format_stats_html(s: Stats, language: str | None) -> str:
    none = t("stats_none", language)
    nonzero = [(d, n) for d, n in s.per_day if n] if len(s.per_day) > 14 else s.per_day
    per_day = "\n".join(f"{d}  {n}" for d, n in nonzero) or none
    top_docs = "\n".join(f"{n}× {esc(k)}" for k, n in s.top_docs) or none
    ratio = "—" if s.up_share is None else (f"👍 {_pct(s.up_share)}")
    return t("stats_summary", language,
             since=local(s.since, s.tz).strftime("%Y-%m-%d"),
             until=local(max(s.since, s.until - 1), s.tz).strftime("%Y-%m-%d"),
             total=s.total, answered=s.answered, curated=s.curated, abstained=s.abstained,
             rate=_pct(s.answer_rate), up=s.up, down=s.down, ratio=ratio, other=s.other_readings,
             open_items=s.open_items, open_asks=s.open_asks, entries=s.entries,
             per_day=f"<pre>{per_day}</pre>", top_docs=top_docs)


__all__ = ["Stats", "Day", "compute_stats", "daily", "top_documents", "document_titles", "format_stats_html",
           "parse_period", "period_days", "day_start", "local", "PeriodError"]
