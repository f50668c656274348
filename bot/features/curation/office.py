"""Which office to point a dismissed question's askers to, from the committee's directory document.

When staff dismiss a queue item, the askers get the reason and, when the question
really concerns one of the committee's offices, that office's passage of the
directory (机关处室职责与联系方式): otherwise the configured staff contact. The
directory is the document the knowledge base recognises as such
(:meth:`KnowledgeBase.directory_document`, kb.directory); its passages are scored
by the knowledge base's own search restricted to it
(:meth:`KnowledgeBase.search_within`: dense and BM25, z-scored over the
directory's passages, fused with the weights below).

Two tests decide:

1. **The passage stands out** from the directory's other passages (fused z-score at
   least ``OFFICE_MIN_Z``) and is close in meaning (dense cosine at least
   ``OFFICE_MIN_DENSE``, so a question in another language or about nothing stays out).
   Measured on the sample directory: office questions give 1.3-3.0, a question about
   hotels 0.9. The weights are this check's own (0.6 dense, 0.4 BM25), fixed because the
   z-score threshold was measured with them; the retriever's are tuned for another job.
2. **The office's own key terms appear in the question.**

   A dismissal used to point the asker to whichever office passage scored best in the committee's
   directory, as long as the score stood out (``OFFICE_MIN_Z``): "委员的停车证怎么办理" was sent
   the 社情民意信息工作室, "停车证怎么办理" the time limits of 信访, because with nothing about
   parking in the directory *some* passage still stands out a little. A score is relative; it
   cannot say "none of these". This check can: the question must contain one of the passage's
   **key terms**, words of two or more characters that occur in few of the directory's passages
   (at most ``KEY_SHARE`` of them, at least ``KEY_MIN_DF``), leaving out words every office uses
   (``GENERIC``: to apply, to handle, to contact ...). "提案系统登录密码忘了找谁重置" shares 密码,
   登录 and 重置 with the 信息中心; a parking question shares only 办理 or 申请 with anything.

   The rule was checked by hand on 17 questions against the sample directory (bench and
   tests: ``tests/test_chat_ops.py``); it favours precision, as the rest of the staff loop does:
   a missing pointer costs the asker the configured staff contact, a wrong one sends them to
   the wrong office.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

OFFICE_MIN_Z = 1.2
OFFICE_MIN_DENSE = 0.80
OFFICE_DENSE_WEIGHT = 0.6
OFFICE_BM25_WEIGHT = 0.4
EXCERPT_CHARS = 300
EXCERPT_SENTENCES = 4

KEY_SHARE = 0.25      # a key term occurs in at most this share of the directory's passages ...
KEY_MIN_DF = 2        # ... (or in at most this many, for a small directory)
GENERIC = frozenset("""
申请 办理 联系 咨询 查询 提交 提出 负责 怎么 如何 什么 时候 哪里 哪个 可以 需要 是否 相关 情况 问题 工作
委员 政协 机关 期间 部门 单位 处室 电话 地址 时间 办公 主要 以及 按照 有关 一般 具体 其他 规定
""".split())


def _words(tokenizer, text: str) -> set[str]:
    return {w for w in tokenizer.words(text) if len(w) >= 2 and w not in GENERIC}


def key_terms(tokenizer, passages: Iterable[str]) -> list[set[str]]:
    """For each passage, its words that occur in few passages (see the module docstring)."""
    words = [_words(tokenizer, p) for p in passages]
    df = Counter(w for ws in words for w in ws)
    limit = max(KEY_MIN_DF, int(KEY_SHARE * len(words)))
    return [{w for w in ws if df[w] <= limit} for ws in words]


def shared_key_terms(tokenizer, question: str, terms: set[str]) -> set[str]:
    """Key terms of a passage that the question contains (as words or as text)."""
    found = _words(tokenizer, question) & terms
    found |= {w for w in terms if w in question}
    return found



def office_for(kb, question: str) -> tuple[str, str] | None:
    """(citation, excerpt) of the directory passage for ``question``, or None (blocking: embeds)."""
    from kb.answer import select_sentences
    from kb.query import normalise

    directory = kb.directory_document()
    if directory is None:
        return None
    passages = kb.search_within(question, [directory["id"]], dense_weight=OFFICE_DENSE_WEIGHT,
                                bm25_weight=OFFICE_BM25_WEIGHT)       # in document order
    if not passages:
        return None
    best = max(range(len(passages)), key=lambda i: passages[i].fused)     # the first of equals
    top = passages[best]
    if len(passages) > 2 and (top.fused < OFFICE_MIN_Z or top.dense < OFFICE_MIN_DENSE):
        return None
    # A score only ranks; the office's own key terms in the question make it a real match.
    terms = key_terms(kb.tokenizer, [p.chunk["text"] for p in passages])[best]
    if not shared_key_terms(kb.tokenizer, question, terms):
        return None
    return top.chunk["citation"], select_sentences(top.chunk["text"], normalise(question), EXCERPT_CHARS,
                                                    EXCERPT_SENTENCES)


__all__ = ["office_for", "key_terms", "shared_key_terms", "GENERIC", "KEY_SHARE", "OFFICE_MIN_Z",
           "OFFICE_MIN_DENSE"]
