"""The life of a 社情民意 report, as a table of allowed steps.

received → issued (编发, in the committee's own 社情民意 bulletin) or returned (with
the editor's comment; the author resubmits → received) → forwarded (报送 upwards) →
adopted (city / province / national) → instructed (a leader's 批示) → feedback
(handling feedback). 《委员履职手册》第二十五条 describes the path, 第二十六条 the points.

A step the table does not allow is refused with a sentence saying why (adopted
before it was received and issued, a lower adoption level after a higher one, a
second 批示). Pure logic: no database here.
"""
from __future__ import annotations

from app.errors import AppError

STATUSES = ("received", "returned", "issued", "forwarded", "adopted", "instructed", "feedback")
LEVELS = ("city", "province", "national")      # 编发 counts as the city level (第二十六条 1.)

# status -> the statuses it may go to (staff actions; returned → received is the author's resubmission).
NEXT: dict[str, tuple[str, ...]] = {
    "received": ("issued", "returned"),
    "returned": ("received",),
    "issued": ("forwarded", "adopted", "instructed", "feedback"),
    "forwarded": ("adopted", "instructed", "feedback"),
    "adopted": ("adopted", "instructed", "feedback"),
    "instructed": ("adopted", "feedback"),
    "feedback": (),
}
STAFF_ACTIONS = ("issued", "returned", "forwarded", "adopted", "instructed", "feedback")


class ReportError(AppError):
    """A 社情民意 request that cannot be done as asked.

    ``code`` names a sentence of texts.py (``rp_err_<code>`` or another key) and ``values``
    fill it, so the chat and the CLI say it in the reader's language; ``str()`` is Chinese,
    the CLI's default.
    """

    key_prefix = "rp_err_"

    def __init__(self, code: str, **values):
        self.code = code
        self.values = values
        super().__init__(self.text("zh"))

    def text(self, language: str | None = "zh") -> str:
        from bot.features.reports import texts  # noqa: F401  (registers the catalogue)
        from bot.kernel.messages import to_plain
        from bot.kernel.texts import TEXTS, t

        key = self.code if self.code in TEXTS else self.key_prefix + self.code
        values = {k: (_label(v, language) if callable(v) else v) for k, v in self.values.items()}
        return to_plain(t(key, language, **values))


def _label(fn, language):
    return fn(language)


class ReportNotFound(ReportError):
    pass


class StatusOrderError(ReportError):
    """A status change out of order (e.g. adopted before the report was received and issued)."""


class DraftError(ReportError):
    """A draft that breaks a rule (title too long, file too large ...)."""


class DuplicateReceipt(ReportError):
    """A receipt number that another report already holds."""


def level_rank(level: str | None) -> int:
    return LEVELS.index(level) + 1 if level in LEVELS else 0


def _status(name):
    from bot.features.reports.texts import status_label

    return lambda language: status_label(name, language)


def _level(name):
    from bot.kernel.texts import t

    return lambda language: t(f"rp_level_{name}", language)


def _steps(names):
    from bot.features.reports.texts import status_label

    return lambda language: "、".join(status_label(n, language) for n in names) if language != "en" \
        else ", ".join(status_label(n, language) for n in names)


def check_step(receipt: str, current: str, new: str, *, level: str | None = None,
               current_level: str | None = None, instructed: bool = False) -> None:
    """Raise :class:`StatusOrderError` unless ``current`` → ``new`` is allowed."""
    if new not in STATUSES:
        raise StatusOrderError("unknown_status", new=new, steps=", ".join(STATUSES))
    if new == "adopted":
        if level not in LEVELS:
            raise StatusOrderError("no_level")
        if new in NEXT.get(current, ()):
            if level_rank(level) < level_rank(current_level):
                raise StatusOrderError("lower_level", receipt=receipt, level=_level(level),
                                       current_level=_level(current_level))
            if current in ("adopted", "instructed") and level_rank(level) == level_rank(current_level):
                raise StatusOrderError("same_level", receipt=receipt, level=_level(level))
    if new == "instructed" and instructed:
        raise StatusOrderError("instructed_twice", receipt=receipt)
    if new not in NEXT.get(current, ()):
        hint = ("rp_err_order_hint", {"steps": _steps(NEXT[current])}) if NEXT.get(current) else ("rp_err_closed", {})
        raise StatusOrderError("order", receipt=receipt, current=_status(current), new=_status(new),
                               hint=_hint(*hint))


def _hint(key, values):
    from bot.kernel.texts import t

    return lambda language: t(key, language, **{k: v(language) for k, v in values.items()})


__all__ = ["STATUSES", "LEVELS", "NEXT", "STAFF_ACTIONS", "ReportError", "ReportNotFound", "StatusOrderError",
           "DraftError", "DuplicateReceipt", "level_rank", "check_step"]
