"""Typed configuration shared by the whole application, and the strict loader.

``config.yaml`` is read into dataclasses. An unknown key, a value of the wrong type or a
missing file raises :class:`~app.errors.ConfigError` naming the key, so a typo fails at
start-up instead of being silently ignored. Each part of the application declares its own
sections: this module the app-wide ones (``data_dir``, ``cache_dir``, ``committee``),
kb/config.py the knowledge base's, bot/settings.py the ``bot:`` section (kept raw here and
typed there, so the knowledge base and app/ do not depend on the bot package).

Environment variables override the file: ``BOT_CONFIG`` names the file, ``BOT_DATA_DIR`` the
data directory. Secrets (tokens, passwords) are never read from the file, only from the
environment (see ``bot/settings.py``).
"""
from __future__ import annotations

import dataclasses
import os
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from app.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG = PROJECT_ROOT / "config.yaml"


@dataclass
class CommitteeConfig:
    name: str = "政协委员会"
    name_en: str = "CPPCC committee"
    staff_contact: str = "委员工作室"
    staff_contact_en: str = "the members' office"
    # The office named in "no answer" replies. When a directory document is ingested, its
    # phone number is taken from there (kb/directory.py), so config and documents cannot drift.
    staff_office: str = "委员工作室"
    staff_office_en: str = "the Members' Office"
    # A word of the directory document's title ("" = recognise it by its structure:
    # many offices, each with a phone number).
    directory_title: str = ""
    timezone: str = "Asia/Shanghai"
    # Place names of the committee's own region; rules of other provinces rank lower
    # unless the question names them.
    home_region: list[str] = field(default_factory=list)


@dataclass
class AppConfig:
    """The app-wide part of config.yaml; kb.config.Config adds the knowledge base's sections."""

    data_dir: Path = Path("data")
    cache_dir: Path | None = None    # embedding cache and jieba cache; default data_dir/cache
    committee: CommitteeConfig = field(default_factory=CommitteeConfig)
    # The chat side's section, typed and checked by bot/settings.py (load_bot_settings).
    bot: dict = field(default_factory=dict)
    # Duty records: point rules and grades, typed and checked by bot/features/duty/rules.py.
    duty: dict = field(default_factory=dict)
    source: Path | None = None       # the file this came from, for messages

    @property
    def db_path(self) -> Path:
        return self.data_dir / "assistant.db"

    @property
    def cache_path(self) -> Path:
        return self.cache_dir or self.data_dir / "cache"


def build_section(cls, raw, where: str):
    """Build dataclass ``cls`` from a mapping, rejecting unknown keys."""
    if raw is None:
        return cls()
    if not isinstance(raw, dict):
        raise ConfigError(f"{where or 'config'} must be a mapping, got {type(raw).__name__}.")
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(raw) - names)
    if unknown:
        raise ConfigError(
            f"Unknown key {where + '.' if where else ''}{unknown[0]} in config; "
            f"allowed keys here: {', '.join(sorted(names - {'source'}))}."
        )
    values = {k: coerce(hints[k], v, f"{where}.{k}" if where else k) for k, v in raw.items()}
    return cls(**values)


def coerce(tp, value, where: str):
    if dataclasses.is_dataclass(tp):
        return build_section(tp, value, where)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        return coerce(inner[0], value, where)
    if tp is Path:
        if not isinstance(value, (str, Path)):
            raise ConfigError(f"{where} must be a path, got {value!r}.")
        return Path(value)
    if origin is list:
        if not isinstance(value, list):
            raise ConfigError(f"{where} must be a list, got {value!r}.")
        return [coerce(args[0], v, f"{where}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise ConfigError(f"{where} must be a mapping, got {value!r}.")
        return {str(k): coerce(args[1], v, f"{where}.{k}") for k, v in value.items()}
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if tp is dict:
        if not isinstance(value, dict):
            raise ConfigError(f"{where} must be a mapping, got {value!r}.")
        return value
    if tp in (str, int, float, bool) and not (isinstance(value, tp) and not (tp is int and isinstance(value, bool))):
        raise ConfigError(f"{where} must be {tp.__name__}, got {value!r}.")
    return value


def parse_yaml(text: str):
    """YAML parsed by libyaml when PyYAML was built with it, else by the pure-Python parser: the
    same data and the same yaml.YAMLError on bad input. The bundled glossary (47 KB) takes 240 ms
    in Python and 30 ms in libyaml; the first question after a start waited for it. The bundled
    data files go through here (the glossary, the casual words, the rule cues); config.yaml does
    not, because the Python parser's errors quote the offending line."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def load_app_config(cls: type, path: str | os.PathLike | None = None, *,
                    data_dir: str | os.PathLike | None = None):
    """Load config.yaml into ``cls`` (an :class:`AppConfig` dataclass) and check the app-wide part.

    Precedence: explicit arguments, then ``BOT_CONFIG`` / ``BOT_DATA_DIR``, then
    ``config.yaml`` at the project root. A relative ``data_dir`` (or ``cache_dir``) is
    resolved against the config file's folder, so the bot finds its data whatever the
    current directory.
    """
    path = Path(path or os.environ.get("BOT_CONFIG") or DEFAULT_CONFIG)
    if not path.is_file():
        raise ConfigError(f"Config file {path} not found; set BOT_CONFIG or create it from config.yaml.")
    try:
        # The pure-Python parser: its errors quote the offending line with a caret under it.
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path} is not valid YAML: {exc}") from exc
    config = build_section(cls, raw, "")
    config.source = path
    override = data_dir or os.environ.get("BOT_DATA_DIR")
    if override:
        config.data_dir = Path(override)
    if not config.data_dir.is_absolute():
        config.data_dir = (path.parent / config.data_dir).resolve()
    if config.cache_dir is not None and not config.cache_dir.is_absolute():
        config.cache_dir = (path.parent / config.cache_dir).resolve()
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(config.committee.timezone)
    except Exception:
        raise ConfigError(f"committee.timezone {config.committee.timezone!r} is not a time zone name "
                          f"(e.g. Asia/Shanghai).") from None
    return config
