"""A small matcher for questions about one's OWN records ("我今年积分多少", "我的提案立案了吗").

It must not steal knowledge questions: "积分标准是什么", "出席全体会议计几分" and
"优秀要多少分" are about the rules and go to the knowledge base. A question is
taken only when it speaks of the asker (我 / 本人 / my / I, but not 我们, 我市,
我会) AND names the asker's record (积分, 几分, 等次, 我的提案 ...), and does
not ask how the rules work (怎么算, 标准, 规定, 条件, 如何 ...).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_NOT_ME = re.compile(r"我们|我市|我省|我国|我会|我委|我区|我县")
_ME_ZH = re.compile(r"我|本人|自己")
_ME_EN = re.compile(r"\b(my|i|me|mine)\b", re.I)
_RULES = re.compile(r"怎么算|怎么计|如何计|如何算|计分标准|积分标准|标准|规定|条件|办法|细则|依据|哪条|哪一条|什么是|"
                    r"how (is|are|do(es)?) .*(calculat|count|scor)|\brules?\b|criteria", re.I)


@dataclass(frozen=True)
class Intent:
    """Words (regexes) that name this feature's own records in a first-person question."""

    zh: str
    en: str = ""
    exclude: str = ""          # questions about how something is done, not about one's own record


    def matches(self, question: str) -> bool:
        text = (question or "").strip()
        if not text or len(text) > 60:
            return False        # a long message is a real question, not "my points?"
        if _RULES.search(text) or (self.exclude and re.search(self.exclude, text, re.I)):
            return False
        plain = _NOT_ME.sub("", text)
        if _ME_ZH.search(plain) and re.search(self.zh, plain):
            return True
        return bool(self.en and _ME_EN.search(text) and re.search(self.en, text, re.I))


DUTY = Intent(zh=r"积分|得分|几分|多少分|分数|等次|考核结果|评上优秀|到优秀|到合格|履职情况|履职记录|履职档案",
              en=r"\bpoints?\b|\bscore\b|\bgrade\b|duty record")
