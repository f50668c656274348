"""What a question asks for, and the clause of a passage that says it.

The one-line direct answer at the top of a reply is never written by us: it
is a clause cut verbatim out of the quoted passage, chosen by the question's
answer type (多久/期限 → a time expression, 多少/几 → a number, 谁/哪个部门
→ an office or body, 能不能/可以 → a permissive or prohibitive clause). When
no clause of the passage has what was asked, there is no direct answer; for an
office, a yes/no or a place, the clause chosen is shown only when the line gate
(kb/line_gate.py) judges it likely to hold the answer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kb.contact import FIELDS, asked_fields
from kb.features import (CLOCK_ASKED, FUNCTION_CHARACTERS, LEAD_TIME, answer_type, counts_asked, has_answer_type,
                         has_count)
from kb.lexical import cjk_bigrams
from kb.line_gate import KINDS, bundled
from kb.values import DAY_ASKED

# Question cues, Chinese and English. Order matters: "多少天" is time, not a number.
_TYPE_CUES: list[tuple[str, re.Pattern]] = [
    ("time", re.compile(r"多久|多长时间|多少天|几天|几个月|几年|多少年|几号|哪天|期限|时限|什么时候|啥时候|何时|截止|最晚|最迟|"
                        r"提前|多少个工作日|几个工作日|" + CLOCK_ASKED + r"|\bhow long\b|\bdeadline|\bwhen\b|\btime limit|\bhow soon\b|"
                        r"\bhow many days\b|\bby what date\b", re.I)),
    ("phone", re.compile(r"电话|联系方式|号码|手机|邮箱|\bphone\b|\bcontact\b|\bcall\b|\be-?mail\b|\bnumber to\b", re.I)),
    ("place", re.compile(r"在哪|哪里|哪儿|地址|地点|几楼|哪个房间|什么地方|送到哪|交到哪|\bwhere\b|\baddress\b|\broom\b",
                         re.I)),
    ("body", re.compile(r"找谁|谁|哪个部门|什么部门|哪个单位|哪个机关|哪里|哪儿|去哪|在哪|向哪|电话|联系方式|邮箱|"
                        r"\bwho\b|\bwhom\b|\bwhich (?:office|department|body|organ|unit)\b|\bwhere\b|\bphone\b|"
                        r"\bcontact\b|\bemail\b", re.I)),
    ("number", re.compile(r"多少|几|多大|多高|最多|至少|上限|\bhow many\b|\bhow much\b|\bmaximum\b|\bminimum\b|"
                          r"\bat least\b|\bat most\b|\bnumber of\b", re.I)),
    ("yesno", re.compile(r"能不能|可不可以|可以吗|可以不|能否|是否|能.{0,12}吗|可以.{0,12}吗|允许|行不行|会不会|要不要|"
                         r"需不需要|必须|得不得|^(?:can|may|must|is|are|do|does|should)\b|\ballowed\b|"
                         r"\bpermitted\b", re.I)),
]

_CN_NUM = "零一二两三四五六七八九十百千"
_TIME = re.compile(
    rf"(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日(?:前|以前|之前)?|\d{{4}}年\d{{1,2}}月|"
    # Not "下一年度", "上一年" (next, last year: no length of time), nor an anniversary ("成立105周年").
    rf"(?<![下上])(?:[\d{_CN_NUM}]+(?:\.\d+)?个?(?:工作日|日|天|小时|个月|月|周(?!年)|星期|年(?!度)))"
    rf"(?:内|以内|前|之内|后)?|"
    rf"当日|当天|每(?:年|季度|月|届|半年)|\d{{1,2}}:\d{{2}}|\d{{1,2}}时(?:\d{{1,2}}分)?(?![间期代候])"
)
# Asked which day (kb.values.DAY_ASKED), a calendar year alone ("2025年市政协…座谈会召开") says nothing.
_YEAR_ONLY = re.compile(r"(?<!\d)\d{4}年(?!\d{1,2}月)")
_SPAN = re.compile(rf"[\d{_CN_NUM}]+个?(?:工作日|日|天|小时|个月|月|周|年)|\d{{1,2}}月\d{{1,2}}日")
_NUMBER = re.compile(rf"\d+(?:\.\d+)?\s*(?:%|％|分|字|人|件|篇|次|名|个|元|日|天|年|条|项|届|倍)?|"
                     rf"[{_CN_NUM}]+(?:分之[{_CN_NUM}]+|个|人|件|篇|次|名|项|届|倍)")
_BODY_NAME = r"(?:委员会|工作室|办公室|秘书处|秘书长|副主席|主席|中心|机关|部门|单位|信访局|政府|法院|检察院|人民代表大会|常务委员会)"
_BODY = re.compile(r"[\u4e00-\u9fff]{1,12}?" + _BODY_NAME + r"|(?:\d{3,4}-)?\d{7,8}|\S+@\S+\.\w+")
# A body that acts or receives: after 由/向/报/交/抄送/经/提请/设在 ("由当地人民政府统筹解决", "报区、县人民
# 政府批准"), or before what it does ("市人民政府办公厅应当进行协调"). "谁解决" is answered there, not by the
# clause naming the matter ("居民委员会的办公用房"), which shares more of the question's words. The
# look-aheads keep out words that only begin like a marker (由于, 报告, 交通, 经费 …).
_ACTING_BODY = re.compile(r"(?:由(?!于|此)|向|报(?!告|酬|纸|刊|道|名)|交(?!通|流|易|纳)|送(?!达)|抄送|"
                          r"经(?!费|济|营|常|验|历)|提请|设在)[^，,。；;]{0,20}?" + _BODY_NAME + "|" + _BODY_NAME +
                          r"[^，,。；;]{0,16}?(?:应当|负责|决定|批准|审查|审定|协调|主持|统筹|予以|责令|督办|督促|组织|"
                          r"领导|可以|研究)")
_YESNO = re.compile(r"可以|不得|应当|不能|不可|有权|禁止|不予|不受|不再|自由|必须|无需|不需|允许|免于|不宜|严禁")
# The modal of a yes/no question; what follows it is the act asked about ("能直接拿去开会讨论吗" → 开会讨论).
_MODAL = re.compile(r"能不能|可不可以|可以|能否|能|要不要|会不会|需不需要|必须|是否|得不得|允许|行不行")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Larger than any difference of clause scores: a tier, not a weight.
_TIER = 1000

_PHONE = re.compile(r"(?:\d{3,4}-)?\d{7,8}|[\w.]+@[\w-]+\.\w+")
# A place is a room or a building, or the channel a thing is seen or handed in through ("登录履职平台，
# 在"我的履职"栏目查询": 在哪看 is answered by a platform, not by the office that keeps the record).
_PLACE = re.compile(r"[\u4e00-\u9fff\d]{0,16}(?:\d+室|\d+楼|\d+号|大楼|大厦|服务台|网址|平台|系统|网站|栏目|窗口|场所)|"
                    r"https?://\S+")

PATTERNS = {"phone": _PHONE, "place": _PLACE, "time": _TIME, "number": _NUMBER, "body": _BODY, "yesno": _YESNO}

# A clause ends at ，。；！？ outside brackets: "找委员工作室（208室，0000-5550104）" is one.
_CLAUSE = re.compile(r"(?:（[^）\n]*）|\([^)\n]*\)|[^，,。；;！!？?\n（(])+[，,。；;！!？?]?|[（(]")
# Bigrams too common in members' questions to show that a clause is about the question.
_GENERIC = {"委员", "政协", "可以", "什么", "怎么", "应当", "是否", "能不", "不能", "多少", "时候", "一下", "如何",
            "需要", "要求", "有关", "规定", "哪个", "工作"}
_LIST_MARK = re.compile(r"^\s*(?:（[一二三四五六七八九十]+）|\([一二三四五六七八九十\d]+\)|\d+[．.、]|[一二三四五六七八九十]+、|[-•·])\s*")
_ARTICLE_HEAD = re.compile(r"^\s*第[一二三四五六七八九十百零〇\d]+条\s*")
# A clause that itself asks ("常见咨询：提案是否已经立案、交给哪个承办单位", a directory's list of
# what members ask about) names a question, not its answer.
_ASKING_CLAUSE = re.compile(r"哪个|哪些|哪里|如何|怎么|怎样|什么|吗[？?]?$|[？?]")
# A clause that sets the case the next one is about: "提案在立案前，", "十人以下的，", "对转办不当的信访
# 事项，".
_CONDITION = re.compile(r"(?:的|前|后|时|期间|之内|以内|以下|以上|的话|^对.*)[，,]$")
# Longest one-line answer with its condition (a clause alone is cut at 60 characters too).
_MAX_LINE = 60


def answer_types(question: str) -> list[str]:
    """The answer types a question asks for, most specific first (may be empty)."""
    return [name for name, cue in _TYPE_CUES if cue.search(question or "")]


def has_type(text: str, kind: str) -> bool:
    return bool(PATTERNS[kind].search(text))


def clauses(sentence: str) -> list[str]:
    return [c for c in (m.group(0) for m in _CLAUSE.finditer(sentence)) if c.strip()]


def _unmarked(clause: str) -> str:
    """A clause without its list mark and article number (its closing punctuation kept)."""
    return _ARTICLE_HEAD.sub("", _LIST_MARK.sub("", clause.strip()))


def strip_marks(clause: str) -> str:
    """A clause without its list mark, article number and closing punctuation (still verbatim)."""
    return _unmarked(clause).rstrip("，,。；;！!？?：: ").strip()


def _overlap(a: str, b: set[str]) -> int:
    return len((set(cjk_bigrams(a)) & b) - _GENERIC)


def _unit_bonus(units: tuple[str, ...], clause: str) -> float:
    """Asked "多少分", a clause with "30分" beats one with "四个": the unit asked for
    (``units``: kb.features.counts_asked of the question)."""
    return 3.0 if units and has_count(clause, units) else 0.0


def _with_condition(parts: list[str], index: int, text: str) -> str:
    """The clause ``parts[index]`` (``text``, its marks stripped), with the clause before it when that
    one sets its case: "提案人可以在提案系统中修改或者撤回" is said of a proposal "在立案前", and without
    it answers "提案立案了还能撤回吗" wrongly. Verbatim, and only when it fits one line."""
    if index == 0 or not _CONDITION.search(_unmarked(parts[index - 1])):
        return text
    joined = strip_marks(parts[index - 1] + parts[index])
    return joined if len(joined) <= _MAX_LINE else text


@dataclass(frozen=True)
class Clause:
    """The clause chosen as the one-line answer, and the signals that chose it (kb.line_gate.SIGNALS)."""
    text: str
    kind: str                     # the answer type it gives (answer_types)
    signals: tuple[float, ...]


def direct_answer(question: str, sentences: list[str], context: str = "", about: str = "") -> str:
    """The one-line answer to ``question`` from ``sentences``, or "": the clause ``choose_clause``
    picks, when the line gate (kb.line_gate) judges it likely to hold the answer."""
    clause = choose_clause(question, sentences, context, about)
    return clause.text if clause is not None and shown(clause) else ""


def shown(clause: Clause) -> bool:
    """Whether ``clause`` is shown as the one-line answer (kb.line_gate)."""
    return bundled().keeps(clause.signals, clause.kind)


def choose_clause(question: str, sentences: list[str], context: str = "", about: str = "") -> Clause | None:
    """The clause of ``sentences`` that best gives what ``question`` asks for, or None.

    The clause must contain the asked type (a time, a number, an office, a yes/no
    clause) and share words with the question (with ``context``: its search words), so a
    number from an unrelated sentence is not served as the answer. ``about``: the passage's
    citation (its heading), whose words every sentence of the passage shares.
    """
    kinds = answer_types(question)
    if not kinds:
        return None
    words = set(cjk_bigrams(question + " " + context))
    # The member's own words, less those of the heading every sentence of the passage shares. A
    # clause that holds none of them, in a sentence that holds fewer than two, is about something
    # else of the same article: "居委会要不要帮着管治安" is not answered by
    # "居民委员会成员可以兼任下属的委员会的成员", which shares only the search's added words.
    # A date or a time span is exempt: it is specific by itself, and its clause often shares
    # nothing with the question ("2026年12月20日" answers "提案最晚什么时候交", whose 提案 is in
    # the heading).
    asked = set(cjk_bigrams(question)) - set(cjk_bigrams(about))
    units = counts_asked(question)
    # A yes/no question is answered by the clause on the act it asks about, not by the article's
    # first 应当 ("被授权机关应当严格按照授权决定行使…" for "能把权力再转给别的机关吗").
    modal = _MODAL.search(question)
    act = set(cjk_bigrams(question[modal.end():])) if modal else set()
    # "要提前几天": a time after the event ("会后3个工作日内补交") answers nothing; its clause is
    # not served under any type (its "3个" would come back as a number).
    ahead = answer_type(question) == LEAD_TIME
    day = bool(DAY_ASKED.search(question))
    # Asked for a unit ("多少字") that the passage has: only clauses with it qualify.
    unit_required = any(_unit_bonus(units, s) for s in sentences)
    # Asked for a phone number or an e-mail address that the passage has: only clauses holding it
    # qualify ("社情民意信息发到哪个邮箱" wants "电子邮箱sqmy@example.org", not the sentence naming
    # the office, which shares more of the question's words).
    fields = [FIELDS[f][1] for f in asked_fields(question) if f in ("phone", "email")]
    fields = [f for f in fields if any(f.search(s) for s in sentences)]
    best, best_at, best_score, tied = "", ([], 0), (float("-inf"), 0), False
    scores, signals = [], ()
    characters = set(_HAN.findall(question)) - FUNCTION_CHARACTERS
    # The line gate's signals are shares, not counts: a four-character question ("密码忘了找谁")
    # shares few words with any clause, the right one included.
    n_words, n_asked = max(1, len(words - _GENERIC)), max(1, len(asked - _GENERIC))
    n_characters = max(1, len(characters))
    heading_overlap = _overlap(about, words)
    for s_index, sentence in enumerate(sentences):
        parts = clauses(sentence)
        sentence_overlap = _overlap(sentence, words) + heading_overlap
        sentence_asked = _overlap(sentence, asked)
        sentence_characters = len(characters & set(sentence))
        for c_index, clause in enumerate(parts):
            text = strip_marks(clause)
            if len(text) < 4 or len(text) > 60 or fields and not any(f.search(text) for f in fields):
                continue
            if _ASKING_CLAUSE.search(clause.strip()):
                continue
            for rank, kind in enumerate(kinds):
                if not PATTERNS[kind].search(_YEAR_ONLY.sub("，", text) if kind == "time" and day else text):
                    continue
                if ahead and kind == "time" and not has_answer_type(text, LEAD_TIME):
                    break
                own = _overlap(text, words)
                unit_hit = _unit_bonus(units, text)
                if unit_required and not unit_hit:
                    break
                if kind != "time" and not unit_hit and not _overlap(text, asked) and sentence_asked < 2:
                    break
                # The clause's own words count most; its sentence's words say it is the right
                # sentence. The question's most specific type comes first ("电话多少" wants the
                # number, not the office's name).
                score = 3 * own + sentence_overlap - 10 * rank
                score += unit_hit
                if kind == "time" and _SPAN.search(text):
                    score += 3     # "多久" wants a span or a date ("24小时内"), more than "当日"
                # A list's lead-in ("…分为四个等次：") announces the answer; it is not one.
                if clause.rstrip().endswith(("：", ":")) or sentence.rstrip().endswith(("：", ":")):
                    score -= 4
                if not unit_hit and (own == 0 and sentence_overlap < 2
                                     or kind == "yesno" and (own == 0 or sentence_overlap < 2)):
                    continue
                # Within the question's own kind of answer (its first), not across kinds.
                if rank == 0 and kind == "body" and _ACTING_BODY.search(text):
                    score += _TIER
                elif rank == 0 and kind == "yesno":
                    score += _TIER * _overlap(text, act)
                # Equal scores go to the sentence holding more of the question's characters
                # ("一篇写多少字": the 篇 of "篇幅精练。正文一般在1500字以内", not the title's
                # "不超过25个字"). Two clauses still equal ("…五人以上联名", "…三人以上联名" for "县人大
                # 常委会几个人联名", whose 县 is in both sentences) leave nothing to choose the one
                # line by: the quote shows both, and no one-line answer is given. (Earlier clauses
                # won such ties, right about a third of the time over the tuning questions.)
                score = (score, sentence_characters)
                scores.append(score[0])
                if score > best_score:
                    best, best_at, best_score, tied = text, (parts, c_index), score, False
                    signals = (own / n_words, sentence_overlap / n_words, rank, unit_hit > 0,
                               _overlap(text, asked) / n_asked, sentence_asked / n_asked,
                               len(characters & set(text)) / n_characters, len(text), score[0], kind)
                elif score == best_score and text != best:
                    tied = True
                break
    if tied or not best:
        return None
    *first, score, kind = signals
    ranked = sorted(scores, reverse=True)
    gap = min(ranked[0] - ranked[1], 20) if len(ranked) > 1 else 20
    columns = (*first, gap, len(scores), score >= _TIER / 2, len(kinds), len(question), *(kind == k for k in KINDS))
    return Clause(_with_condition(*best_at, best), kind, tuple(float(x) for x in columns))
