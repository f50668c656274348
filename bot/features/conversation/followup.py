"""Reading an elliptical follow-up together with the previous question.

Members ask on in fragments: "社情民意怎么报" then "那截止时间呢", "电话多少",
"那复核呢", "常委会呢". Such a message is resolved into a standalone question
before it is searched:

- it asks a new *aspect* of the same topic ("那截止时间呢", "要多久", "电话多少":
  no topic noun of its own): the previous question's subject (the words before it
  starts asking, kept whole: the shown reading must read as Chinese) + the new aspect;
- it qualifies the previous question and asks nothing of its own ("情况复杂的呢",
  "县级呢"): the previous question again, with the qualifier;
- it names a new *topic* and nothing else ("那复核呢", a bare "常委会会议"):
  the previous question with its term of the same family (kb/glossary.yaml
  kinds: 复查 → 复核, 全会 → 常委会, 提案 → 社情民意) replaced by the new one.

A message with its own topic and its own question ("社情民意一篇写多少字") is a
new question and is not merged. Pure functions: no state, no I/O.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# What a question asks (longest first when matched).
ASPECTS = sorted([
    "截止时间", "截止日期", "截至时间", "什么时候", "啥时候", "多长时间", "多少时间", "多少天", "几个工作日", "几天",
    "多久", "期限", "时限", "最晚", "最迟", "何时", "哪天", "几号", "时间",
    "联系电话", "电话号码", "电话", "联系方式", "邮箱", "地址", "在哪里", "在哪儿", "在哪", "哪里", "几楼", "房间",
    "办公地点", "办公时间", "上班时间",
    "哪个房间", "哪个", "哪些", "找谁", "找哪个部门", "哪个部门", "什么部门", "谁负责", "谁审批", "谁批", "向谁", "交给谁", "交到哪", "找哪",
    "几个人", "哪几天", "哪几个",
    "多少字", "多少分", "多少人", "多少件", "多少篇", "多少钱", "多少", "几个", "几篇", "几件", "几次", "几人",
    "怎么办", "怎么交", "怎么报", "怎么写", "怎么弄", "怎么提", "怎么申请", "怎么", "咋办", "咋", "如何", "流程", "步骤", "程序",
    "能不能", "可不可以", "可以吗", "能否", "是否", "要不要", "需不需要", "行不行",
    "要求", "条件", "标准", "规定", "字数", "篇幅", "格式", "有什么", "是什么", "什么", "谁",
], key=len, reverse=True)

_LEAD = re.compile(r"^(?:请问|那么|那如果是|那如果|那要是|如果是|要是|那|还有|另外|再问一下|再问|顺便问下?)[，,、\s]*")
_TRAIL = re.compile(r"(?:呢|吗|啊|呀|吧|嘛|哦)?[？?。!！~～\s]*$")
# A yes/no question ("立案后还能改吗") asks something of its own.
_YESNO = re.compile(r"(?:能|可以|可不可以|行|允许|会|要|用|需要)[^，,。]{0,6}吗[？?]?\s*$|吗[？?]?\s*$")
_PUNCT = re.compile(r"[\s，,。！!？?、~～：:；;…\"'“”‘’（）()]+")
_FILLER_CHARS = set("那呢吗啊呀吧嘛哦的了要是我们咱还再又也就都")
# Words of a question too general to be its topic ("委员", "会议", "办理").
WEAK = {"委员", "会议", "办理", "提交", "提出", "报送", "答复", "申请", "登记", "建议", "机关", "委员会", "政府",
        "时间", "部门", "群众", "代表", "修改", "公开", "办公室", "交", "报"}
SUBJECT_KINDS = {"instrument", "concept"}
_ASPECT_SET = frozenset(ASPECTS)
MAX_FRAGMENT = 14
# Words that presuppose what they are about: a proposal's 立案 and 承办单位, a report's 采用.
DEPENDENT = {"立案", "不予立案", "并案", "交办", "办理", "答复", "评价", "审查", "撤回", "修改", "承办单位", "提案人",
             "第一提案人", "采用", "计分", "督办", "办结", "延长", "受理", "转送", "字数", "篇幅", "标题", "附件",
             "截止", "批示", "不满意", "审批", "批准", "期限", "程序", "格式", "要求", "条件"}
SHORT = 10              # a question this short without a subject inherits the previous subject       # characters: longer messages are questions of their own


@dataclass
class Resolution:
    kind: str            # "new" | "aspect" | "topic"
    standalone: str      # what is searched
    shown: str = ""      # how it was understood, shown to the member ("" for "new")


def core(text: str) -> str:
    """The message without its lead-in (那/还有/请问) and trailing particles (呢/吗/？)."""
    t = _PUNCT.sub(" ", text).strip()
    prev = None
    while prev != t:
        prev = t
        t = _LEAD.sub("", t).strip()
        t = _TRAIL.sub("", t).strip()
    return t


def aspects_in(text: str) -> list[str]:
    found, rest = [], text
    for word in ASPECTS:
        if word in rest:
            found.append(word)
            rest = rest.replace(word, " ")
    return found


def strip_aspects(text: str) -> str:
    for word in ASPECTS:
        text = text.replace(word, "")
    return re.sub(r"\s+", "", text).strip()


class Resolver:
    """``topics(text) -> [(term, kind)]``: the glossary's topic terms in a text, in order."""

    def __init__(self, topics):
        self._topics = topics

    def strong_topics(self, text: str) -> list[tuple[str, str]]:
        # An aspect word is never a subject, even when the casual words give it a formal word's kind
        # (找谁 → 机关 is a body, 谁批 → 审批 a procedure): "谁批" after a question on 请假 asks about 请假.
        return [(t, k) for t, k in self._topics(text)
                if k != "aspect" and len(t) >= 2 and t not in WEAK and t not in _ASPECT_SET]

    def resolve(self, text: str, previous: str | None) -> Resolution:
        if not previous:
            return Resolution("new", text)
        raw = _PUNCT.sub("", text)
        fragment = core(text)
        if not fragment and _LEAD.match(text.strip()):
            # "还有呢": the previous question again, now that its answer is on screen.
            prev = core(previous)
            return Resolution("aspect", prev, prev)
        if not fragment or len(raw) > MAX_FRAGMENT:
            return Resolution("new", text)
        lead = bool(_LEAD.match(text.strip()))
        trail_ne = bool(re.search(r"呢[？?。!！~～\s]*$", text))
        topics = self.strong_topics(fragment)
        asks = aspects_in(fragment) + (["吗"] if _YESNO.search(text) else [])
        residue = "".join(ch for ch in strip_aspects(fragment) if ch not in _FILLER_CHARS and not ch.isspace())
        if not topics:
            # No topic of its own: a new aspect of the previous topic ("电话多少", "那截止时间呢").
            if asks or lead or trail_ne or len(residue) <= 3:
                return self._new_aspect(fragment, previous, asks=bool(asks) or asking(fragment))
            return Resolution("new", text)
        if lead or trail_ne:
            if self._has_own_question(fragment, topics, asks):
                # "那承办单位多久答复": its own question, about the previous subject.
                return self._with_subject(fragment, topics, previous)
            return self._new_topic(fragment, topics, previous)
        if not asks and len(raw) <= 8:
            return self._new_topic(fragment, topics, previous)   # a bare noun phrase
        if len(raw) <= SHORT and all(t in DEPENDENT for t, _ in topics):
            # "承办单位多久再答复" after a question on 提案: a short question whose words all
            # presuppose a subject (whose 立案? whose 承办单位?) is about the previous one's.
            resolution = self._with_subject(fragment, topics, previous)
            if resolution.kind != "new":
                return resolution
            # The previous question named no instrument or concept ("全体会议请假要提前多久" then
            # "谁审批"): the words are still about what it asked of, its subject.
            return self._new_aspect(fragment, previous, asks=bool(asks) or asking(fragment))
        return Resolution("new", text)

    @staticmethod
    def _has_own_question(fragment: str, topics, asks) -> bool:
        # "那社情民意一篇写多少字呢" has a topic and a question of its own; "那复核呢" does not.
        rest = fragment
        for term, _ in topics:
            rest = rest.replace(term, "")
        return bool(asks) and len(rest) >= 4

    def _with_subject(self, fragment: str, topics: list[tuple[str, str]], previous: str) -> Resolution:
        """The fragment, with the previous question's topics of families it does not name."""
        families = {family(k) for _, k in topics}
        # The subject is what the previous question was about (提案, 信访), not what it did with it.
        subject = [t for t, k in self.strong_topics(core(previous))
                   if k in SUBJECT_KINDS and family(k) not in families]
        if not subject:
            return Resolution("new", fragment)
        subject = "".join(subject)
        standalone = joined(subject, fragment)
        return Resolution("topic", standalone, standalone)

    def _new_aspect(self, fragment: str, previous: str, asks: bool = True) -> Resolution:
        prev = core(previous)
        if not asks:
            # A qualifier that asks nothing of its own ("情况复杂的呢", "县级呢", "周末呢") asks the
            # previous question again, for it: that question keeps what it asked.
            standalone = f"{fragment}{prev}" if fragment.endswith(("的", "的话")) else f"{prev}，{fragment}"
            return Resolution("aspect", standalone, standalone)
        topic, rest = subject_of(prev)
        # The subject's terms named after the asking ("全会去不了怎么请假": 请假) stay with it.
        topic += "".join(t for t, _ in self.strong_topics(rest) if t not in topic and t not in fragment)
        terms = [t for t, _ in self.strong_topics(topic)]
        if terms and not topic.endswith(terms[-1]) and sum(map(len, terms)) >= 0.6 * len(topic):
            # "信息中心管" -> "信息中心": the topic without a stray verb.
            topic = "".join(terms)
        topic = self._without_old_predicate(topic, fragment)
        if not topic:
            return Resolution("new", fragment)
        standalone = joined(topic, fragment)
        return Resolution("aspect", standalone, standalone)

    def _without_old_predicate(self, topic: str, fragment: str) -> str:
        """The previous question's topic without what it asked at its end, when the fragment asks
        anew: "提案截止" + "在哪交" -> "提案" (截止 was the old question), "年度履职报告交" +
        "在哪交" -> "年度履职报告" (the fragment says 交 itself). A procedure the fragment does
        not repeat stays: "全会请假" + "要提前几天"."""
        while True:
            tail = next(((t, k) for t, k in self._topics(topic) if topic.endswith(t)), None)
            if tail is None or len(tail[0]) >= len(topic):
                return topic
            term, kind = tail
            if not (kind == "aspect" or (kind == "procedure" and term in fragment)):
                return topic
            topic = topic[: -len(term)].rstrip("的")

    def _new_topic(self, fragment: str, topics: list[tuple[str, str]], previous: str) -> Resolution:
        prev = core(previous)
        prev_topics = self.strong_topics(prev)
        for term, kind in topics:
            same = [p for p, k in prev_topics if family(k) == family(kind) and p != term]
            # The closest relative is replaced: 复查 for 复核 (a shared character), else the
            # last-named term of the family (the specific one usually comes last).
            same.sort(key=lambda p: (-len(set(p) & set(term)), -prev.find(p)))
            if same:
                # Replace the same-family term (with a qualifier in front of it: 省政协 -> 全国政协);
                # the fragment's other words join it.
                old = re.search(r"[省市县区]?" + re.escape(same[0]), prev)
                new = fragment if len(topics) == 1 else term
                before = prev[: old.start()]
                # "优秀社情民意…" + "优秀提案": the qualifier the new term carries is not doubled.
                overlap = next((k for k in range(min(len(before), len(new) - 1), 0, -1)
                                if before.endswith(new[:k])), 0)
                standalone = before[: len(before) - overlap] + new + prev[old.end():]
                return Resolution("topic", standalone, standalone)
        if any(term in prev for term, _ in topics):
            # "那提案呢" after a question on 提案: nothing to replace; ask the previous again.
            return Resolution("topic", prev, prev)
        for term, _ in topics:
            # "常委会会议" after "没法参加会议怎么请假": the new term names what the previous
            # question said in general words (WEAK: 会议, 委员会, 代表), so it takes their place.
            head = next((term[-k:] for k in range(len(term) - 1, 1, -1)
                         if term[-k:] in WEAK and term[-k:] in prev), None)
            if head:
                at = prev.find(head)
                new = fragment if len(topics) == 1 else term
                standalone = prev[:at] + new + prev[at + len(head):]
                return Resolution("topic", standalone, standalone)
        # A term of another family ("标题呢" after "社情民意一篇写多少字", "B类是啥意思" after
        # "提案答复分几类"): read after the whole previous question. Splicing the new term into
        # the previous question's words made readings members could not read ("信访事项的对处理
        # 结果不服多少天要办完"), and they found the right passage no more often (29 against 30
        # of 37 such tuning pairs, docs/conversation-log.md).
        standalone = f"{prev}，{fragment}"
        return Resolution("topic", standalone, standalone)


# Where a question starts asking; what comes before it is what the question is about.
_ASKING = re.compile(r"谁|哪|什么|多少|几|多久|多长|多大|多快|怎么|怎样|咋|如何|啥|何时|是否|能否|能不能|可不可以|吗")
# Words that lead into the asking and belong to it ("由谁", "要在哪天", "可以通过哪些"), longest first.
# 到 too: "提案截止到什么时候" is about 提案, as "要在哪天" leads in with 在; and 提前 ("全会请假要提前几天"
# is about 全会请假: "谁审批" after it read "全会请假要提前谁审批" before the forty-eighth round).
_INTO_ASKING = ("可以通过", "通过", "应该", "可以", "需要", "一般", "最多", "最少", "最晚", "最迟", "大概", "提前",
                "要", "在", "由", "是", "的", "去", "找", "向", "能", "得", "都", "还", "该", "给", "从", "跟", "有",
                "到")


def asking(text: str) -> bool:
    """Whether ``text`` holds a question word (谁, 哪, 几, 多少, 怎么 …)."""
    return bool(_ASKING.search(text))


def subject_of(question: str) -> tuple[str, str]:
    """(what a question is about, what follows its question word): the words before it starts
    asking, without the aspect it asked about ("北京居委会的办公用房由谁解决" -> "北京居委会的办公用房",
    "解决"; "提案委员会的办公地点在哪" -> "提案委员会"); the whole question when
    it has no question word. The subject is "" when only lead-in words come before the asking
    ("在哪儿能看到自己的履职积分")."""
    found = _ASKING.search(question)
    head, rest = (question[: found.start()], question[found.end():]) if found else (question, "")
    while head:
        # What it asked about before the question word goes too ("办公地点在哪": 办公地点, 在).
        lead_in = next((w for w in (*ASPECTS, *_INTO_ASKING) if head.endswith(w)), None)
        if lead_in is None:
            break
        head = head[: -len(lead_in)]
    return (head if len(head) >= 2 else ""), rest


def joined(head: str, fragment: str) -> str:
    """``head`` (the previous subject or topic) read before ``fragment``, as members write it:
    "社情民意要多久", "社情民意截止时间", "大会提案过了还能交". A 的 between them (before a fragment
    that did not start like a verb) read badly wherever the fragment started with anything else
    ("大会提案截止到的过了还能交", "紧急社情民意的下班了打哪个电话"), and the knowledge base found the
    same passages without it (docs/conversation-log.md, thirty-sixth round)."""
    return f"{head}{fragment}"


def family(kind: str) -> str:
    # 常委会 names the body and its meeting alike: the two kinds are one family here.
    return "organ" if kind in ("body", "meeting") else kind
