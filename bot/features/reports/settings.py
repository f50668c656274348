"""Typed settings of 社情民意 filing: ``bot.reports`` in config.yaml.

The limits come from the committee's own rules where they give one
(《委员履职手册》第二十三条（三）: 1,500 characters). The handbook asks for a title
that "directly sums up the problem" (第二十三条（四）) but sets no number, so the
title limit is this committee's choice and lives here, not in code.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from app.config import build_section as _build
from app.errors import ConfigError


@dataclass
class ReportsSettings:
    receipt_prefix: str = "SQMY"          # receipt numbers read SQMY-2026-0042
    title_max_chars: int = 40
    content_max_chars: int = 1500         # 第二十三条（三）
    rule: str = "《委员履职手册》第二十三条"   # cited when a limit is exceeded
    categories: list[str] = field(default_factory=lambda: [
        "经济发展", "民生保障", "城市管理", "生态环境", "教育文化", "医疗卫生", "社会治理", "其他"])
    max_files: int = 5
    max_file_mb: float = 10.0
    files_dir: str = "reports"            # under data_dir: attachments, private like the database


def reports_settings(raw: dict | None) -> ReportsSettings:
    """Build and check ``bot.reports`` (fails fast at start-up with the key's name)."""
    settings = _build(ReportsSettings, raw or {}, "bot.reports")
    if settings.title_max_chars < 5:
        raise ConfigError("bot.reports.title_max_chars must be at least 5.")
    if settings.content_max_chars < settings.title_max_chars:
        raise ConfigError("bot.reports.content_max_chars must not be below title_max_chars.")
    if not settings.categories or len(set(settings.categories)) != len(settings.categories):
        raise ConfigError("bot.reports.categories must list at least one category, each once.")
    if settings.max_files < 0 or settings.max_file_mb <= 0:
        raise ConfigError("bot.reports.max_files must be 0 or more and max_file_mb above 0.")
    if not settings.receipt_prefix.isascii() or not settings.receipt_prefix.isalnum():
        raise ConfigError("bot.reports.receipt_prefix must be letters and digits (e.g. SQMY).")
    return settings


__all__ = ["ReportsSettings", "reports_settings"]
