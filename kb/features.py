"""What a question asks for, and whether a passage has it.

Cheap signals the dense and BM25 scores miss:

- **Answer type.** "多久" wants a time expression, "多少/几" a number, "找谁/哪个部门"
  a body, "能不能/可以" a permissive or prohibitive clause. A passage without
  the expected kind of answer is rarely the article that answers, even when
  its words match.
- **Coverage.** The share of the question's content words (question words and
  particles removed) that a passage contains, counting a casual word as present
  when one of its formal equivalents from the synonym map is.
- **Counts asked.** "几件提案", "多少天内" ask how many of a named thing; a passage that
  counts no such thing ("N件", "三十日", "过半数" for people) cannot say how many, however close
  its topic. The verdict abstains on it (kb.abstention).
- **Rules asked of a report.** "最少要交几件", "咋申请", "啥意思" ask what a rule, procedure or
  term says; a news report (a passage with neither an article number nor a heading) tells what
  happened, not what is required. The verdict abstains on such a pair (kb.abstention). The cue
  phrases are bundled data, kb/rule_cues.yaml (bench/RULE_CUES.md says how they were written).
- **Figures about something else.** "多久能有回音" and a passage whose only time is "已二十多年",
  in a sentence holding none of the question's words: it holds a time, not the one asked
  (``figure_elsewhere``). The verdict abstains on it (kb.abstention).
- **Key coverage.** The same, each word weighted by how rare it is in the
  knowledge base: a question whose specific words ("补贴", "合格") no passage
  holds is likely not answered by the documents, however well its common words
  ("委员", "提案") match.

- **Distinctive words.** The same within one document: each word weighted by how rare it is
  among that document's own passages. In 《志愿服务条例》 every article says 志愿服务; the one
  article that says 强行指派 answers "单位硬派人去当志愿者行吗". It tells neighbouring articles
  apart where coverage, counting every word alike, cannot.

- **Character coverage.** The share of the question's content characters a passage holds:
  jieba's words miss the single characters a question may turn on ("委员证丢了怎么办" is 委员 to
  jieba; 证 and 丢 are what it asks about).

Coverage, answer type and distinctive words are used by the second-stage re-ranker (kb.rerank);
key coverage and character coverage by the abstention model (kb.abstention).
"""
from __future__ import annotations

import functools
import itertools
import json
import math
import operator
import re
from pathlib import Path
from typing import Callable

TIME, NUMBER, BODY, PERMISSION = "time", "number", "body", "permission"
# How long before something ("要提前几天"): a time, answered only by one that says "before" ("会议召开3个
# 工作日前"), not by a time limit after it ("会议结束后3个工作日内补交").
LEAD_TIME = "lead_time"
# The most there may be ("履职积分满分多少", "联名最多几个人"): a number, answered only by one that
# says it is a limit ("一般不超过10人", "罚款最高五万元", "五倍以下"), not by any number of the
# article ("优秀：年度积分30分以上" is no maximum).
MAXIMUM = "maximum"
# The least there must be ("一年至少开几次", "最少交几篇"): a number, answered only by one that says
# it is a floor ("每年至少举行一次", "一般不少于30日", "三分之二以上"), not by any number of the article
# ("每篇信息只反映一个问题" is no minimum).
MINIMUM = "minimum"
ANSWER_TYPES = (LEAD_TIME, TIME, MAXIMUM, MINIMUM, NUMBER, BODY, PERMISSION)

_NUM = r"[0-9０-９]+|[一二三四五六七八九十百千两半]+"
# What may stand between a number and its unit: a decimal part, "余"/"多" (about: "30余人",
# "1000多万元") and a magnitude ("5万元", "4亿元").
_ROUGH = r"(?:[.．][0-9０-９]+)?[余多]?[万亿]?[余多]?"

# "哪一年成立的", "几月份熟", "几点开门": a year, a month, an hour asked. Not "几点希望" (how many
# points: a number). The direct answer's cues (kb.extract) share them.
CLOCK_ASKED = r"哪一?年|哪一?天|哪个月|几月|几点(?=[开关上下接播到前之结办钟])|什么时间|啥时间"

# "最高" of a limit, not of a court (最高人民法院, 最高法院, 最高检): the question and the passage read it alike.
_HIGHEST = r"最高(?!人民|法|检)"


def _number_asked_with(bound: str) -> re.Pattern:
    """A question asking a number ("多少", "几") and, anywhere in it, one of ``bound``'s words."""
    return re.compile(rf"^(?=.*(?:多少|几))(?=.*(?:{bound}))", re.S)


# A number and up to three characters more (its unit), before a bound's word: "10人以内",
# "五倍以下", "30分以上".
_NUMBER_THEN = rf"(?:{_NUM}){_ROUGH}\s*[^，,。；;\s]{{0,3}}?"

# Question cues, checked in this order ("几天" is a time question, not a number one).
_ASKS = [
    (LEAD_TIME, re.compile(r"提前(?:多久|多长时间|多少天|多少日|几天|几日|几个|多少个|几周|几小时|多少小时)")),
    # "拖了好几年", "十几天" say "several": no time asked (the count rule's _HOW_MUCH reads them alike).
    (TIME, re.compile(r"多久|多长时间|多长|(?<![好十没])几(?:天|个月|年)|多少天|多少日|期限|时限|什么时候|啥时候|何时|"
                      r"截止|最晚|最迟|哪天|几号|多少年|任期|几时|" + CLOCK_ASKED)),
    # A number asked ("多少", "几") of a limit; not 最高法院 ("最高法院院长谁来罢免").
    (MAXIMUM, _number_asked_with(rf"满分|上限|封顶|最多|{_HIGHEST}|顶多|至多|最长")),
    # A number asked of a floor.
    (MINIMUM, _number_asked_with("至少|最少|起码|最低|不少于")),
    # "哪几个司", "哪几块" ask which ones, a list of names: no number is asked.
    (NUMBER, re.compile(r"多少|(?<!哪)几|比例|人数|百分")),
    # "哪个根据地" asks for a place, "哪个委员会" for a body: a bare 哪个 says nothing of the kind.
    (BODY, re.compile(r"谁|哪个部门|哪个单位|哪个机关|哪个机构|哪个委员会|哪个组织|哪个办公室|哪一级|哪级|"
                      r"什么部门|什么机构|什么单位|哪里|哪儿|去哪|找哪|向哪|由哪")),
    (PERMISSION, re.compile(r"能不能|可不可以|可以吗|能否|是否可以|是否能|允许|让不让|行不行|准不准|"
                            r"能.{0,12}吗|可以.{0,12}吗|会不会|是不是|有没有权|必须|一定要|非得")),
]

# What an answer of each type looks like in a passage.
_HAS = {
    LEAD_TIME: re.compile(rf"(?:{_NUM}){_ROUGH}\s*个?(?:工作日|日|天|周|星期|个月|月|小时)(?:以前|之前|前)|提前|"
                          rf"前\s*(?:{_NUM}){_ROUGH}\s*个?(?:工作日|日|天|周|小时)"),
    # "80周年" is an anniversary and "18周岁" an age, not 80 or 18 weeks.
    TIME: re.compile(rf"(?:{_NUM}){_ROUGH}\s*(?:个)?(?:工作日|日|天|周(?![年岁])|星期|个月|月|年|小时)|日内|期限|届满|"
                     # "上午9时", "九点半": an hour of the day (not "三点希望", "一时难以").
                     rf"[0-9０-９]{{1,2}}\s*时(?![间期代候])|(?:{_NUM})\s*点(?:钟|半)|"
                     r"截止|以前|之前|每年|每届|年度|定期|及时|立即|当日|次日|任期|季度|每月|每季|半年|年底|年初|"
                     # "到…就职为止", "在交办前", "自公布之日起", "向下次会议报告": a time told by an event.
                     r"为止|之日起|下次|下一次|下届|在[^，。；、]{1,8}前|"
                     # "重大行政决策出台前…请示报告": before an event.
                     r"(?:出台|表决|审议|提交|交办|公布|施行|实施|召开|闭会|换届)前"),
    MAXIMUM: re.compile(rf"不超过|不得超过|不能超过|不宜超过|不应超过|最多|{_HIGHEST}|上限|满分|总分|封顶|至多|"
                        rf"最长|为限|限于|限报|限额|"
                        rf"{_NUMBER_THEN}(?:以内|以下|之内)"),
    MINIMUM: re.compile(rf"至少|最少|起码|最低|不少于|不得少于|不能少于|不应少于|不低于|不得低于|"
                        rf"{_NUMBER_THEN}以上"),
    NUMBER: re.compile(rf"(?:{_NUM}){_ROUGH}\s*(?:%|％|个|名|人|件|次|项|条|种|位|票|点|分之|以上|以下|倍|万|元|字)|"
                       r"半数|过半|多数|三分之|百分之|[0-9０-９]+"),
    BODY: re.compile(r"机关|部门|委员会|常委会|政府|办公室|办公厅|机构|单位|主席会议|法院|检察院|"
                     r"党委|组织|主任|主席|秘书长|领导小组|工作室|代表团|代表大会|"
                     # "北京市民政局负责解释"; not 格局, 大局, 全局, 布局, 结局, 开局, 破局, 和局, 局面, 局势.
                     r"(?<![格结大全布开破和])局(?!面|势)|(?<![客餐大])厅"),
    # "参照适用本条例" answers "外国人能不能上访": who a rule applies to is what it permits.
    PERMISSION: re.compile(r"可以|有权|允许|不得|禁止|应当|必须|不能|不准|严禁|自由|权利|不予|无权|"
                           r"不受理|准许|同意|拒绝|适用|"
                           # "都有遵守和履行的义务", "不受法律追究", "给予奖励", "鼓励、支持…反映":
                           # a rule's duty, immunity, reward or encouragement answers "一定要…吗".
                           r"义务|不受|免予|免于|给予|鼓励|支持"),
}

# "几/多少" + a measure word: the question counts that thing. The units a passage may count it in
# (a day limit is in 日 or 工作日; people are counted, or voted by share: 过半数).
_PEOPLE = r"人|名|位"
_COUNTED = {
    "次": "次", "件": "件", "人": _PEOPLE, "名": _PEOPLE, "位": _PEOPLE, "人次": "人次",
    "天": r"天|日|工作日", "日": r"天|日|工作日", "工作日": r"工作日|日|天", "月": "月", "年": "年",
    "周": r"周|星期", "小时": "小时", "岁": r"岁|周岁",
    "元": "元", "钱": "元", "块": "元", "票": "票", "条": "条", "项": "项", "届": "届", "字": "字",
    "篇": "篇", "份": "份", "分": "分",
    # Things counted by their own measure word: households, firms, schools, buildings, rooms, events.
    "户": "户", "家": "家", "所": "所", "座": "座", "间": "间", "场": "场",
}
_COUNT_IN = {unit: re.compile(rf"(?:{_NUM}){_ROUGH}\s*个?(?:{accepted})") for unit, accepted in _COUNTED.items()}
_SHARE = re.compile(r"半数|过半|多数|[二三四五]分之|百分之|[%％]")
# A day of the calendar counts no days: "2025年12月11日" answers no "多少天内反馈". Read out before a
# count of days is looked for (not of months: "几月份开" asks for the 12月 of a date).
_DAY_UNITS = {"天", "日", "工作日"}
_MD = r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})"
_CALENDAR = re.compile(rf"(?:[0-9０-９]{{4}}|[〇零一二三四五六七八九]{{4}})年(?:{_MD}月(?:{_MD}[日号])?)?|{_MD}月{_MD}[日号]")
# A unit that starts a longer word is no unit: "几个人大代表联名" counts deputies of the 人大 (and
# asks nothing of how many), "几分钟" asks minutes, not points.
_NOT_UNIT = {"人": "大民员士", "分": "钟之"}
# "好几年", "十几天", "没几天" say "several", "这几天", "那几天" say "these days", they ask nothing;
# "哪几个人组成" asks who, not how many.
_HOW_MUCH = r"(?:(?<![好十没哪这那])几|多少)"
# Measure words do not follow 个: in "多少个项目", "几个条件", "几个家庭" the character after 个 starts
# the thing counted (read as a thing, below), not a unit. Nouns and time units may: 几个人, 几个月.
_AFTER_GE = {"人", "人次", "月", "工作日", "小时", "周", "字"}


def _units_pattern(units) -> str:
    return "|".join(re.escape(u) + (f"(?![{_NOT_UNIT[u]}])" if u in _NOT_UNIT else "")
                    for u in sorted(units, key=len, reverse=True))


_ASKS_COUNT = re.compile(_HOW_MUCH + r"(?:个(" + _units_pattern(_AFTER_GE) + r")|("
                         + _units_pattern(_COUNTED) + r"))")
# "一年有多少补贴", "活动经费有多少": an amount of money asked with no measure word after 多少; it is
# counted in 元 like "多少钱". Not when the question asks something else beside it ("经费花了多少
# 要不要公开" is answered by the rule on making it public, which names no sum).
_MONEY = r"钱|补贴|补助|津贴|经费|费用|工资|报酬|薪酬|奖金|收入|捐款|资金|金额|预算|开支|稿费"
_ASKS_MONEY = re.compile(rf"{_HOW_MUCH}[^，,。？?！!\s]{{0,3}}(?:{_MONEY})|(?:{_MONEY})[^，,。？?！!\s]{{0,6}}{_HOW_MUCH}")
_ASKS_ELSE = re.compile(r"要不要|需不需要|能不能|可不可以|是不是|有没有|吗")
# "一共多少个委员", "一般给配几个社工", "现在有多少盟员": people (counted by 个 or not) and what they
# are, counted in 人/名/位 like "几个人". Not when a question word follows: "几个代表联名提的建议
# 后来想撤回 咋弄" asks 咋弄, and its 几个 says "several". Not 委员会, 代表团 (bodies, not people),
# 委员工作室 or 代表联络站 (offices: "建了几个委员工作室" counts rooms, not members).
_PERSON = r"委员(?!会|工作室)|代表(?!团|联络站)|人员|成员|社工|社区工作者|志愿者|干部|常委(?!会)|党员|盟员|会员|社员|专家|秘书长|主任|主席"
_ASKS_PEOPLE = re.compile(_HOW_MUCH + r"个?[^，,。？?！!\s]{0,4}?(?:" + _PERSON + ")")
_ASKS_OTHER = re.compile(_ASKS_ELSE.pattern + r"|咋|怎|啥|什么|谁|哪|是否|会不会|还是|多久|多长")
# "河池一共有多少个行政村", "机关有几个党支部": a count of a thing named after 个, with no measure word
# of _COUNTED: the thing itself is the unit (has_count looks for a number beside its words). The
# name runs to the first character that is no part of a name (了, 是, a space, a digit: "几个国家5A级
# 景区" names 国家) and is kept to four characters; a name of one character says too little.
_ASKS_THING = re.compile(_HOW_MUCH + r"个([\u4e00-\u9fff]{2,})")
_THING_STOP = re.compile(r"[的了吗呢吧啊是有要能会在和与跟给对把被让得着过都还就也呀嘛]")
_THING_NEAR = 8          # characters between a count and the thing's words ("8个国家部委", "重大项目107个")
_COUNT_OF = re.compile(rf"(?:{_NUM}){_ROUGH}\s*[个项家所座处支场名位人件条部台批]")
_CLAUSE_END = re.compile(r"[。；;！!？?\n]")

# Words that say what kind of question it is, not what it is about.
STOPWORDS = set("""
什么 怎么 怎样 怎么样 如何 哪些 哪个 哪里 哪儿 哪 谁 多少 几 吗 呢 吧 啊 呀 嘛 的 了 是 有 要 能 可以 能不能
可不可以 会 还 就 都 也 又 我 我们 你 你们 他 她 他们 咱 咱们 这个 那个 这 那 一下 请问 需要 应该 多久 怎么办
咋办 咋 么 不 没 没有 在 和 与 跟 给 对 把 被 让 得 地 着 过 自己 一个 一些 些 时候 什么时候 现在 如果 的话
还是 或者 到底 一般 通常 是否 能否 可否 是不是 有没有 行不行 多长时间 多长 啥 啥时候 为啥 为什么 怎 算 才 吗？
""".split())

_CJK = re.compile(r"[\u3400-\u9fff]")
# Particles, auxiliaries and question words: what a question's characters say about its form, not its
# matter (kb.extract leaves them out when it counts the characters a sentence shares with a question).
FUNCTION_CHARACTERS = frozenset("的了吗呢吧啊是有要能会在和与跟给对把被让得地着过么什怎哪谁几多少啥咋")
# Those, pronouns and the rest of a member's filler: character coverage (below) counts the others,
# one by one, where word coverage needs jieba's words.
FILLER_CHARACTERS = FUNCTION_CHARACTERS | frozenset("我你他她它们这那个些请问一下还就都也呀哦嘛如何样为")


def answer_type(question: str) -> str | None:
    """The kind of answer a question asks for, or None (definitions, procedures)."""
    for kind, pattern in _ASKS:
        if pattern.search(question):
            return kind
    return None


def has_answer_type(text: str, kind: str | None, units: tuple[str, ...] = ()) -> bool:
    """Whether ``text`` contains an expression of the expected kind (True when none is expected)
    and, when the question counts something (``units``: counts_asked), that count."""
    if kind is not None and not _HAS[kind].search(text):
        return False
    return has_count(text, units)


def _asks_after(question: str, at: int) -> bool:
    """Whether another question word follows position ``at`` of ``question``: then the 几/多少 before
    it says "several" ("几个代表联名提的建议 后来想撤回 咋弄"), and the question is that word's."""
    return bool(_ASKS_OTHER.search(question[at:]))


def counts_asked(question: str) -> tuple[str, ...]:
    """The measure words a question asks a count of: ("件",) for "一年至少交几件提案"; ("钱",) for
    an amount of money ("一年有多少补贴"); ("人",) for people counted by 个 ("一共多少个委员"); the
    thing's name for another thing counted by 个 ("行政村" for "一共有多少个行政村")."""
    # Not a count followed by another question: "几家单位一起办的建议 答复时要不要讲会办意见" asks
    # 要不要, and its 几家 says "several".
    units = tuple(dict.fromkeys(m.group(1) or m.group(2) for m in _ASKS_COUNT.finditer(question)
                                if not _asks_after(question, m.end())))
    if not units and _ASKS_MONEY.search(question) and not _ASKS_ELSE.search(question):
        return ("钱",)
    people = None if units else _ASKS_PEOPLE.search(question)
    if people and not _asks_after(question, people.end()):
        return ("人",)
    thing = None if units or people else _ASKS_THING.search(question)
    # The name's run may hold the next question word ("除了几个决议还通过了啥"): read from its start.
    if thing and not _asks_after(question, thing.start(1)):
        name = _THING_STOP.split(thing.group(1))[0][:4]
        if len(name) >= 2:
            return (name,)
    return units


def has_count(text: str, units: tuple[str, ...]) -> bool:
    """Whether ``text`` counts something in one of ``units`` ("十五日内", "7个工作日", "过半数"
    for people and votes); True when no count is asked."""
    if not units:
        return True
    for unit in units:
        if unit not in _COUNT_IN:           # a thing counted by 个 (counts_asked): its name is the unit
            if _counts_thing(text, unit):
                return True
            continue
        if _COUNT_IN[unit].search(_CALENDAR.sub("，", text) if unit in _DAY_UNITS else text):
            return True
        if _COUNTED[unit] in (_PEOPLE, "票") and _SHARE.search(text):
            return True
    return False


def _counts_thing(text: str, name: str) -> bool:
    """Whether ``text`` holds a count ("107个", "八个", "23项") with one of the two-character words of
    ``name`` within _THING_NEAR characters after it ("8个国家部委") or before it ("重大项目107个"), in
    the same clause. Any of its words will do: "县区政协" is counted by "11个县（区）政协"."""
    words = {name[i:i + 2] for i in range(len(name) - 1)}
    reach = _THING_NEAR + 2                 # a word may start _THING_NEAR characters away
    for count in _COUNT_OF.finditer(text):
        after = _CLAUSE_END.split(text[count.end():count.end() + reach])[0]
        before = _CLAUSE_END.split(text[max(0, count.start() - reach):count.start()])[-1]
        if any(w in after or w in before for w in words):
            return True
    return False


RULE_CUES = Path(__file__).resolve().parent / "rule_cues.yaml"


@functools.lru_cache(maxsize=None)
def rule_cues(path: Path = RULE_CUES) -> tuple[str, ...]:
    """The bundled cue phrases of a question that asks what a rule says (parsed once)."""
    from app.config import parse_yaml
    from app.errors import ConfigError

    raw = parse_yaml(path.read_text(encoding="utf-8")) or {}
    cues = raw.get("cues") if isinstance(raw, dict) else None
    if not isinstance(cues, list) or not all(isinstance(c, str) and len(c) >= 2 for c in cues):
        raise ConfigError(f"{path} must hold a list 'cues' of phrases of at least two characters.")
    return tuple(dict.fromkeys(cues))


def asks_rule(question: str) -> bool:
    """Whether a question asks what a rule, procedure, term or contact detail is ("最少要交几件",
    "咋申请", "啥意思"), by the bundled cue phrases."""
    return any(cue in question for cue in rule_cues())


def is_report(article: str | None, heading_path: str | None) -> bool:
    """Whether a passage is narrative (a news report's paragraph): no article number and no
    heading above it. Regulations, handbooks and notices have one or the other."""
    return not article and (not heading_path or not json.loads(heading_path))


def content_words(words: list[str]) -> list[str]:
    """Distinct words that carry meaning (from jieba), question words and particles removed."""
    out: list[str] = []
    for w in words:
        w = w.strip()
        # Latin words as the tokenizer gives them (lower case); a class letter with its 类 keeps
        # its capital (kb.lexical: "C类"), as the passage's text has it.
        w = w.lower() if w.isascii() else w
        if len(w) < 2 or w in STOPWORDS or w in out:
            continue
        if not _CJK.search(w) and not w.isalnum():
            continue
        # jieba's search mode yields both "信访事项" and "信访": drop the parts of a longer word.
        out.append(w)
    longer = [w for w in out if len(w) >= 3]
    return [w for w in out if not any(w != o and w in o for o in longer)]


def coverage_words(words: list[str], kept: list[str] | None = None) -> list[str]:
    """``content_words``, then the question's single characters that carry meaning: jieba leaves
    证 and 丢 of "委员证丢了怎么办" as words of one character, which ``content_words`` drops
    with the particles, so a passage on 委员 covered all of it. Particles, pronouns and question
    words (``FILLER_CHARACTERS``, ``STOPWORDS``) stay out, and so does a character of a word kept.
    Read by word coverage of a passage (the second stage's column and the verdict's key coverage);
    docs/retrieval.md, "Characters in one sentence". ``kept``: ``content_words(words)`` when the
    caller has it already."""
    kept = content_words(words) if kept is None else kept
    singles: list[str] = []
    for w in words:
        w = w.strip().lower()
        if (len(w) == 1 and _CJK.match(w) and w not in FILLER_CHARACTERS and w not in STOPWORDS
                and w not in singles and not any(w in k for k in kept)):
            singles.append(w)
    return kept + singles


def character_coverage(question: str, text: str) -> float:
    """The share of the question's content characters (``FILLER_CHARACTERS`` left out) that
    ``text`` holds; 1.0 for a question without Chinese characters.

    Word coverage reads jieba's words, and jieba drops single characters: of "委员证丢了怎么办" only
    委员 is left, which nearly every passage holds, so a passage on 委员 covers it all. Here 证 and 丢
    count. (Character pairs were measured too and added nothing: docs/retrieval-log.md.)"""
    chars = content_characters(question)
    return sum(ch in text for ch in chars) / len(chars) if chars else 1.0


def content_characters(question: str) -> set[str]:
    """The question's distinct Chinese characters, ``FILLER_CHARACTERS`` left out."""
    return {ch for ch in question if _CJK.match(ch) and ch not in FILLER_CHARACTERS}


def sentence_character_coverage(question: str, title: str, text: str) -> float:
    """``character_coverage`` of the passage's best sentence, read with its document's title.

    Over a whole passage the share rewards long ones, which hold many characters by chance: a
    directory entry's "5．参加学习培训" gave "没法参加会议怎么请假" the 参加 that 《委员履职手册》第二十九条
    ("不能出席会议的，应当……书面请假") lacks. Within one sentence the characters must meet."""
    from kb.sentences import split

    chars = content_characters(question)
    if not chars:
        return 1.0
    # The title is read with every sentence: count what it holds once (20 candidates of about
    # six sentences each are read per question).
    held = {ch for ch in chars if ch in title}
    rest = chars - held
    best = max((sum(ch in s for ch in rest) for s in split(text) or [text]), default=0) if rest else 0
    return (len(held) + best) / len(chars)


# The kinds of answer that are a figure: a time or a number.
FIGURES = (LEAD_TIME, TIME, MAXIMUM, MINIMUM, NUMBER)


def figure_elsewhere(kind: str | None, words: list[str], title: str, text: str,
                     synonyms: dict[str, list[str]] | None = None) -> bool:
    """Whether the question asks a figure (``kind``: a time or a number) and the passage holds
    one, but only in sentences that share none of the question's ``words`` (``coverage_words``),
    each read with the document's title: the figure is about something else. "社情民意报上去多久
    能有个回音" found a report whose only time is "从采集员到审核员已二十多年". The answer-type
    gate (a pointer) only asks whether the passage holds a figure at all. False when no figure is
    asked, the passage holds none, or the question has no words to look for."""
    if kind not in FIGURES or not words:
        return False
    from kb.sentences import split

    held = [s for s in split(text) if _HAS[kind].search(s)]
    return bool(held) and not any(coverage(words, f"{title}\n{s}", synonyms) > 0 for s in held)


# A coming event asked about: "下一回法治座谈会定在啥时候", "明年的评议会几月开", "定了啥时候来没",
# "啥时候能通车". Not 以后 or 今后 alone ("公布以后多少天内要报备案" asks a rule's time limit).
_COMING_ASKED = re.compile(r"下一?[回轮次届期场]|下回|明年|下半年|接下来|往后|(?:啥|什么)时候能|几时能|"
                           r"定了(?:没|吗)|定了.{0,8}没|有没有定|定没定|打算")
# What a passage says when it does tell when something will happen: a date fixed ahead, a plan,
# or a cycle that recurs.
_SCHEDULED = re.compile(r"将于|将在|将要|计划|拟于|拟在|预计|定于|即将|下一步|明年|下次|下一[次届轮期回]|今后|届时|"
                        r"每年|每届|定期|每月|每季")


def unscheduled(question: str, kind: str | None, article: str | None, text: str) -> bool:
    """Whether ``question`` asks when something coming will happen and ``text`` (a passage that is
    no article of a rule, read with its title) schedules nothing: a report of the first 法治座谈会
    tells what was said there, not when the next one meets, and its dates are of the one reported.
    An article of a rule is left to the other gates (its cycles and limits say when)."""
    return (kind == TIME and not article and bool(_COMING_ASKED.search(question))
            and not _SCHEDULED.search(text))


# The figures that are a number: a count, a floor, a ceiling, how far ahead. Number words are few
# and plain (digits, 一…十, 半数), so a passage with none of the kind asked cannot state it. A time is
# not among them: it may be told by an event ("在集体讨论的基础上", "出台前"), which the time
# pattern does not all know, so a time asked and not found stays a pointer.
NUMBERS = (LEAD_TIME, MAXIMUM, MINIMUM, NUMBER)
_NUMBER_ASKED = re.compile(r"多少|几")


def number_missing(question: str, kind: str | None, text: str) -> bool:
    """Whether ``question`` asks a number (``kind``, its answer_type, one of NUMBERS) and ``text``
    (the passage, read with its title) holds no expression of that kind ("最少得有多少平米" and a
    passage with no floor in it). False when another question word follows the number asked: in
    "几个人联名提建议 领衔的那个代表要做啥" 几个人 says "several" and the question is 做啥."""
    if kind not in NUMBERS or has_answer_type(text, kind):
        return False
    asked = _NUMBER_ASKED.search(question)
    return not (asked and _asks_after(question, asked.end()))


def covered_text(row: dict) -> str:
    """A passage as the second stage's coverage reads it: its document's title, then the passage.
    The title says which regulation or report it is ("北京市…办法", "上海市信访条例"), the words a
    member names to say which one they mean ("北京 居委会成员平时得守哪些规矩"); every passage of
    a document carries it alike, so it never tells two neighbouring articles apart, only
    documents. Under 5-fold CV over the 1618 tuning questions it raised hit@1 0.750 → 0.764 and
    abstention accuracy 0.639 → 0.676 (docs/retrieval-log.md, "eleventh round").

    A section without an article number is read with its headings too, because they name it: a
    directory entry's office is often only its heading ("（二）提案委员会"). An article's headings
    are its chapter's, shared with every neighbour, and would tell them apart by nothing ("第五章
    会议与请假" gave 第二十八条 on 签到 the 请假 of "没法参加会议怎么请假")."""
    title = row.get("title") or ""
    if row.get("article"):
        return f"{title}\n{row['text']}"
    headings = " ".join(json.loads(row.get("heading_path") or "[]"))
    return f"{title}\n{headings}\n{row['text']}"


def coverage(words: list[str], text: str, synonyms: dict[str, list[str]] | None = None) -> float:
    """Share of ``words`` present in ``text`` (a word also counts through its formal synonyms,
    and a long word through at least half of its character pairs)."""
    return key_coverage(words, text, synonyms)


def key_coverage(words: list[str], text: str, synonyms: dict[str, list[str]] | None = None,
                 weight: Callable[[str], float] | None = None) -> float:
    """Like ``coverage``, each word counted by ``weight`` (its specificity, kb.features.idf):
    a passage holding "信访" but not "补贴" covers little of "信访补贴怎么领"."""
    # Only Chinese words can be looked for in Chinese passages: an English question's words
    # would never be found, and a coverage of 0 would decline every English question.
    words = [w for w in words if _CJK.search(w)]
    if not words:
        return 1.0
    synonyms = synonyms or {}
    found = total = 0.0
    for w in words:
        wt = weight(w) if weight else 1.0
        total += wt
        if w in text or any(f in text for f in synonyms.get(w, ())):
            found += wt
        elif len(w) >= 3:
            pairs = [w[i:i + 2] for i in range(len(w) - 1)]
            share = sum(p in text for p in pairs) / len(pairs)
            found += wt * share if share >= 0.5 else 0.0
    return found / total if total > 0 else 1.0


def idf(index, synonyms: dict[str, list[str]] | None = None) -> Callable[[str], float]:
    """A word's inverse document frequency over the chunks of ``index`` (kb.lexical.LexicalIndex),
    through its formal synonyms too; a word no chunk holds weighs most."""
    synonyms = synonyms or {}
    n = index.size

    def weight(word: str) -> float:
        df = max(index.document_frequency(x) for x in (word, *synonyms.get(word, ())))
        return math.log((n + 1) / (df + 0.5))
    return weight


def rarity(words: list[str], passages: list[str],
           synonyms: dict[str, list[str]] | None = None) -> list[float]:
    """Each of ``words``' weight within one document (``passages``: all of its passages):
    log((n + 1) / (df + 0.5)), n the passages and df those holding the word or one of its
    formal synonyms. A word every passage of the document holds weighs almost nothing; no
    passages, no weights."""
    if not passages:
        return []
    synonyms = synonyms or {}
    n = len(passages)
    out = []
    for w in words:
        forms = (w, *synonyms.get(w, ()))
        if len(forms) == 1:     # the common case, counted in C: every search reads whole documents
            df = sum(map(operator.contains, passages, itertools.repeat(w)))
        else:
            df = sum(1 for t in passages if any(f in t for f in forms))
        out.append(math.log((n + 1) / (df + 0.5)))
    return out


def distinctive(words: list[str], text: str, weights: list[float],
                synonyms: dict[str, list[str]] | None = None) -> tuple[float, float]:
    """(share, sum): how much of the question ``text`` holds that the other passages of its
    document mostly do not; ``weights``: ``rarity(words, the document's passages)``.
    ``share`` is the weight ``text`` holds over the weight of all the words, ``sum`` the
    weight it holds."""
    if not words or not weights:
        return 0.0, 0.0
    synonyms = synonyms or {}
    held = sum(wt for w, wt in zip(words, weights) if any(f in text for f in (w, *synonyms.get(w, ()))))
    total = sum(weights)
    return (held / total if total > 0 else 0.0), held
