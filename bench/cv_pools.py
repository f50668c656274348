"""The candidate pools bench/cv_eval.py tunes on: every question's candidates with every signal.

Each question is searched once per distinct expanded query and BM25 setting, with exact dense
scores over all chunks (``Corpus`` holds every chunk's vectors, sentence vectors, latent terms and
BM25 indexes in memory); ``run_question`` then re-scores a pool under any retrieval setting with
the functions the retriever runs (kb.retriever.first_stage / second_stage / result_signals).
"""
from __future__ import annotations

import numpy as np

from kb.embedder import text_hash
from kb.evaluation import relevant
from kb.features import (answer_type, asks_rule, character_coverage, content_words, counts_asked, coverage,
                         coverage_words, distinctive, figure_elsewhere, has_answer_type, has_count, idf, is_report,
                         key_coverage, number_missing, rarity, covered_text, sentence_character_coverage,
                         unscheduled)
from kb.latent import coverage as latent_coverage, scores as latent_scores
from kb.query import body_asked, instruments, normalise, other_body, other_province, other_session, regions_named
from kb.rerank import Candidates
from kb.retriever import (COUNT_NEIGHBOURS, first_stage, quoted_neighbours, ranked_down, result_signals,
                          second_stage, standing)
from kb.sentences import embed_text, split
from kb.values import values_asked

BM25_GRID = [(0.9, 0.5), (1.2, 0.75), (0.9, 0.3)]   # the BM25 (k1, b) settings tuned over


class Corpus:
    """Every chunk's vectors, texts and sentence vectors, in memory."""

    def __init__(self, kb, sentence_min_chars: int = 0):
        rows = kb.records.all_chunks()
        self.ids = [r["id"] for r in rows]
        self.rows = rows
        # Every document's passages, for the second stage's distinctive words (order does not matter).
        self.doc_texts: dict[int, list[str]] = {}
        for r in rows:
            self.doc_texts.setdefault(r["doc_id"], []).append(r["text"])
        vecs = kb.embedder.cached({r["text_hash"] for r in rows})
        self.V = np.stack([vecs[r["text_hash"]] for r in rows]).astype(np.float64)
        self.sent_vecs: list[np.ndarray | None] = []
        parts = [split(r["text"]) if len(r["text"]) > sentence_min_chars else [r["text"]] for r in rows]
        hashes = {text_hash(embed_text(s)) for p in parts if len(p) > 1 for s in p}
        cached = kb.embedder.cached(hashes)
        self.sentences_missing = len(hashes) - len(cached)
        for p in parts:
            if len(p) <= 1:
                self.sent_vecs.append(None)
                continue
            vs = [cached.get(text_hash(embed_text(s))) for s in p]
            vs = [v for v in vs if v is not None]
            self.sent_vecs.append(np.stack(vs).astype(np.float64) if vs else None)
        from kb.lexical import LexicalIndex

        tokens = [(r["tokens"] or "").split() for r in rows]
        self.bm25 = {}
        for k1, b in BM25_GRID:
            index = LexicalIndex(k1, b)
            index.build(self.ids, tokens)
            self.bm25[(k1, b)] = index
        # Latent terms (kb.latent) of every chunk, None where the cache has none.
        found = kb.embedder.cached_latent({r["text_hash"] for r in rows}) if kb.embedder.latent_dim else {}
        self.latent = [found.get(r["text_hash"]) for r in rows]
        self.latent_missing = sum(t is None for t in self.latent) if found else len(rows)


class Pools:
    """Per (expanded query, BM25 setting): the candidate pool with every signal."""

    def __init__(self, kb, corpus: Corpus, candidates: int):
        self.kb, self.c, self.n = kb, corpus, candidates
        self._q: dict[str, tuple] = {}
        self._pools: dict[tuple, dict] = {}

    def query(self, dense_text: str, expanded: str):
        """(query vector of ``dense_text``, its cosines, BM25 tokens of ``expanded``)."""
        key = (dense_text, expanded)
        if key not in self._q:
            qvec = np.asarray(self.kb.embedder.embed_query(dense_text), dtype=np.float64)
            self._q[key] = (qvec, self.c.V @ qvec, self.kb.tokenizer.tokens(expanded))
        return self._q[key]

    def pool(self, q, expanded: str, bm25_key, synonyms, expand_dense: bool = True) -> dict:
        dense_text = expanded if expand_dense else normalise(q.question)
        key = (q.id, dense_text, expanded, bm25_key)
        if key in self._pools:
            return self._pools[key]
        c = self.c
        qvec, dense_all, tokens = self.query(dense_text, expanded)
        bm_all = c.bm25[bm25_key].scores(tokens)
        top_d = np.argsort(-dense_all)[: self.n]
        top_b = [i for i in np.argsort(-bm_all)[: self.n] if bm_all[i] > 0]
        idx = list(dict.fromkeys([*top_d.tolist(), *[int(i) for i in top_b]]))
        question = normalise(q.question)
        named, asked, named_instruments = regions_named(question), body_asked(question), instruments(question)
        home = set(self.kb.config.committee.home_region)
        kind, units = answer_type(question), counts_asked(question)
        values = values_asked(question, kind)
        rule = self.kb.config.retrieval.abstention.rules_not_from_reports and asks_rule(question)
        tokens = self.kb.tokenizer.words(question)
        words = content_words(tokens)
        covered = coverage_words(tokens, words)
        rows = [c.rows[i] for i in idx]
        weight = idf(c.bm25[bm25_key], synonyms)
        rarities = {doc: rarity(words, c.doc_texts[doc], synonyms) for doc in {r["doc_id"] for r in rows}}
        sent = []
        for i in idx:
            sv = c.sent_vecs[i]
            sent.append(float((sv @ qvec).max()) if sv is not None else float(dense_all[i]))
        lq = self.kb.embedder.latent_query(dense_text) if self.kb.embedder.latent_dim else None
        terms = [c.latent[i] for i in idx]
        p = {
            "values": values,
            "lat": latent_scores(lq, terms) if lq is not None else None,
            "latcov": np.array([latent_coverage(lq, t) if lq is not None and t is not None else np.nan
                                for t in terms]),
            "d": dense_all[idx].astype(np.float64), "b": bm_all[idx].astype(np.float64),
            "foreign": np.array([ranked_down(r, named, named_instruments, home) for r in rows]),
            "other": np.array([other_province(r["region"], named, home) for r in rows]),
            "body": np.array([other_body(r["title"], asked) for r in rows]),
            "doc": [r["doc_id"] for r in rows],
            "rel": np.array([relevant(q, r["doc_key"], r["text"]) for r in rows]),
            "sent": np.array(sent),
            "cov": np.array([coverage(covered, covered_text(r), synonyms) for r in rows]),
            "dist": np.array([distinctive(words, r["text"], rarities[r["doc_id"]], synonyms) for r in rows],
                             dtype=np.float64).reshape(-1, 2),
            "kcov": np.array([key_coverage(words, r["text"], synonyms, weight) for r in rows]),
            "ccov": np.array([coverage(words, r["title"] + "\n" + r["text"], synonyms) for r in rows]),
            "type": np.array([1.0 if has_answer_type(r["text"], kind, units) else 0.0 for r in rows]),
            "counted": np.array([has_count(r["title"] + "\n" + r["text"], units) for r in rows]),
            "reported": np.array([rule and is_report(r["article"], r["heading_path"]) for r in rows]),
            "session": np.array([other_session(question, r["title"] + "\n" + r["text"]) for r in rows]),
            "elsewhere": np.array([figure_elsewhere(kind, covered, r["title"], r["text"], synonyms) for r in rows]),
            "no_number": np.array([number_missing(question, kind, r["title"] + "\n" + r["text"]) for r in rows]),
            "unscheduled": np.array([unscheduled(question, kind, r["article"], r["title"] + "\n" + r["text"])
                                     for r in rows]),
            "has_value": np.array([any(held.search(r["title"] + "\n" + r["text"]) for held in values)
                                   for r in rows]),
            "chars": np.array([character_coverage(question, r["title"] + "\n" + r["text"]) for r in rows]),
            "sent_chars": np.array([sentence_character_coverage(question, r["title"], r["text"]) for r in rows]),
        }
        self._pools[key] = p
        return p


def pool_candidates(p: dict, rc, depth: int):
    """The first-stage order of a pool, its top ``depth`` and their second-stage Candidates."""
    fused = first_stage(p["d"], p["b"], p["foreign"], rc, "hybrid")
    order = np.argsort(-fused, kind="stable")
    top = order[:depth]
    cands = Candidates(doc_ids=[p["doc"][i] for i in top], base=fused[top], sentence=p["sent"][top],
                       coverage=p["cov"][top], answer_type=p["type"][top],
                       latent=None if p["lat"] is None else p["lat"][top], distinctive=p["dist"][top],
                       characters=p["sent_chars"][top], ranked_down=p["foreign"][top].astype(np.float64))
    return order, top, cands


def run_question(p: dict, rc) -> tuple[int | None, object]:
    """(1-based rank of the first relevant passage in the top 10, abstention signals)."""
    depth = min(len(p["d"]), max(rc.top_k, rc.rerank.depth))
    order, top, cands = pool_candidates(p, rc, depth)
    new, score = second_stage(cands, rc)
    ranked = list(top[new]) + list(order[depth:])
    rank = next((n for n, i in enumerate(ranked[:10], 1) if p["rel"][i]), None)
    first = top[new[0]] if len(new) else None
    # The passages the reply quotes (kb.retriever.quoted_neighbours), as pool indices.
    quoted = [top[n] for n in quoted_neighbours(new, [p["doc"][top[n]] for n in new[:COUNT_NEIGHBOURS]])]
    signals = result_signals(cands, new, score, float(p["d"].max()) if len(p["d"]) else 0.0,
                             key_coverage=float(p["kcov"][first]) if first is not None else 0.0,
                             cited_coverage=float(p["ccov"][first]) if first is not None else None,
                             other_province=bool(p["other"][first]) if first is not None else False,
                             other_body=bool(p["body"][first]) if first is not None else False,
                             missing_count=first is not None and not any(p["counted"][i] for i in quoted),
                             report_for_rule=bool(p["reported"][first]) if first is not None else False,
                             latent_coverage=float(p["latcov"][first]) if first is not None else float("nan"),
                             other_session=bool(p["session"][first]) if first is not None else False,
                             ranks=standing(p["d"], p["b"], first) if first is not None else None,
                             characters=float(p["chars"][first]) if first is not None else float("nan"),
                             figure_elsewhere=bool(p["elsewhere"][first]) if first is not None else False,
                             missing_number=bool(p["no_number"][first]) if first is not None else False,
                             unscheduled=bool(p["unscheduled"][first]) if first is not None else False,
                             missing_value=first is not None and bool(p["values"]) and not any(
                                 p["has_value"][i] for i in quoted))
    return rank, signals
