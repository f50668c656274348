"""社情民意 (public-opinion reports): members file them in chat, staff review them, points follow.

Layout: ``store.py`` (the ``sqmy_*`` tables, every SQL statement on them), ``status.py``
(the allowed steps), ``service.py`` (the public functions below), ``points.py`` (credits in
the duty ledger), ``links.py`` (the roster, the outbox and the ledger, through their
APIs), ``files.py`` (attachments), ``texts.py``, ``dialogs.py`` (filing and review text
steps), ``member.py`` (/report, /reports, "我要报社情民意"), ``review.py`` (/review and its
buttons), ``feature.py`` (``install``). CLI: ``cli/reports.py``.

Public functions (for the CLI and the web desk; all take the bot's database, opened with
``bot.features.open_bot_db`` or an Assistant's ``db``)::

    list_reports(db, *, status=None, member_id=None, author_id=None, year=None, text=None,
                 limit=100, offset=0, oldest_first=False) -> list[dict]
        Reports, newest submission first. ``status`` is one status or a list
        (STATUSES: received, returned, issued, forwarded, adopted, instructed, feedback);
        ``text`` matches title, content, receipt or author's name.
    counts(db) -> dict[str, int]
        Reports per status.
    get_report(db, ref) -> dict
        One report by id or receipt ("SQMY-2026-0042"), with ``files`` and ``history``
        (each change: from_status, to_status, level, actor, comment, created_at).
        Raises ReportNotFound.
    change_status(db, ref, status, *, actor, tz, level=None, comment=None) -> Change
        One step along the path; ``level`` (city/province/national) for "adopted",
        ``comment`` for "returned" (the editor's comment), "instructed", "feedback".
        Audited under ``actor``, points credited, the author notified through the
        outbox, all in one transaction. Raises StatusOrderError (out of order; the
        error's ``text(language)`` says why) or ReportNotFound.
    file_report(db, draft, *, author: Author, settings, tz) -> dict
    resubmit(db, ref, draft, *, author_id, settings, member_id=None) -> dict
    import_reports(db, path, *, settings, tz, actor) -> ImportReport   (imports.py)

Errors subclass :class:`ReportError` (an ``app.errors.AppError``); ``err.text("zh"|"en")`` is the
sentence for a person, ``str(err)`` the Chinese one.
"""
from bot.features.reports.feature import install
from bot.features.reports.service import (Author, Change, change_status, counts, file_report, get_report,
                                          list_reports, resubmit)
from bot.features.reports.status import (LEVELS, STATUSES, DraftError, DuplicateReceipt, ReportError,
                                         ReportNotFound, StatusOrderError)

__all__ = ["install", "Author", "Change", "change_status", "counts", "file_report", "get_report", "list_reports",
           "resubmit", "LEVELS", "STATUSES", "DraftError", "DuplicateReceipt", "ReportError", "ReportNotFound",
           "StatusOrderError"]
