"""What happens to a member's question before it is searched.

Members type casually ("上访", "多久", "找谁"); documents say "信访", "期限",
"机关". The synonym map in config appends the formal words to the question
(keeping the original ones), for both BM25 and the dense query.
"""
from __future__ import annotations

import re

# Province-level regions: a rule of another province ranks lower unless the
# question names it (many regulations exist once per province).
PROVINCES = [
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江",
    "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州",
    "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
]

_SPACE = re.compile(r"\s+")


def normalise(question: str) -> str:
    question = question.replace("\u3000", " ").strip()
    return _SPACE.sub(" ", question)


def expand(question: str, synonyms: dict[str, list[str]]) -> str:
    """Append the formal equivalents of casual words found in the question."""
    extra: list[str] = []
    for word, formal in synonyms.items():
        if word in question:
            extra.extend(f for f in formal if f not in question and f not in extra)
    return question if not extra else question + " " + " ".join(extra)


def region_of(title: str) -> str | None:
    """The province a document belongs to, judged by its title (None: national or local)."""
    head = title[:12]
    for name in PROVINCES:
        if head.startswith(name) or head.startswith(name + "省") or head.startswith(name + "市"):
            return name
    return None


def regions_named(question: str) -> set[str]:
    return {name for name in PROVINCES if name in question}


def off_region(region: str | None, named: set[str], home: set[str]) -> bool:
    """Whether a document of ``region`` (None: national or the committee's own) is ranked down
    for a question naming the provinces ``named``: another province's regulation the question
    does not name; and, when the question names one ("浙江的呢"), a national one, because
    the member asks what that province's rules say."""
    if region:
        return region not in home and region not in named
    return bool(named)


# The two bodies whose rules sit side by side in a committee's documents: a question names one by
# these words, a document by its title.
_ASKS_ABOUT = {"政协": re.compile(r"政协|政治协商|提案|社情民意|界别"),
               "人大": re.compile(r"人大|人民代表大会|代表建议|议案|代表法")}


def body_asked(question: str) -> str | None:
    """"政协" or "人大" when the question speaks of that body only, else None."""
    named = [body for body, words in _ASKS_ABOUT.items() if words.search(question)]
    return named[0] if len(named) == 1 else None


def body_of(title: str) -> str | None:
    """"人大" for a document whose title names 人民代表大会 (代表法, 组织法, the provinces' rules on
    代表建议), "政协" for one naming 政协 or 政治协商; None for the others (宪法, 信访条例, news…)."""
    people, conference = "人民代表大会" in title, bool(re.search(r"政协|政治协商", title))
    return "人大" if people and not conference else "政协" if conference and not people else None


def other_body(title: str, asked: str | None) -> bool:
    """Whether a document is the rule of the other body than the one a question asks about
    (``asked``: body_asked of the question; "政协委员视察能约见政府部门负责人吗" and the 人大代表法's
    article on 约见): a 政协 member is not an 人大 deputy, so it is not an answer, however close."""
    document = body_of(title)
    return asked is not None and document is not None and asked != document


# The instruments a member files or handles, each with its own rules: a passage on one does not
# answer a question on another ("提案交上去以后部门多久要答复" and the directory's 信访 time limits).
_INSTRUMENTS = {"提案": re.compile(r"提案"), "社情民意": re.compile(r"社情民意"), "信访": re.compile(r"信访|上访"),
                "代表建议": re.compile(r"代表建议|代表提出的建议"), "人民建议": re.compile(r"人民建议"),
                "质询": re.compile(r"质询")}


def instruments(text: str) -> set[str]:
    """The instruments ``text`` names (提案, 社情民意, 信访, 代表建议, 人民建议, 质询)."""
    return {name for name, words in _INSTRUMENTS.items() if words.search(text)}


def other_instrument(asked: set[str], text: str) -> bool:
    """Whether a passage (``text``: read with its title and headings) is about another instrument
    than the ones a question names (``asked``: instruments of the question) and names none of them."""
    if not asked:
        return False
    named = instruments(text)
    return bool(named) and not (named & asked)


def other_province(region: str | None, named: set[str], home: set[str]) -> bool:
    """Whether a document is another province's regulation than the one a question names
    ("江苏人大代表建议要几个月内答复" and 重庆's rules): not an answer to it, however close."""
    return bool(named) and bool(region) and off_region(region, named, home)


# A numbered session or meeting: "五届七次会议" or "第五届委员会第七次会议" (the seventh session of
# the fifth committee), "第43次双周协商座谈会", "第六届". Reports name theirs; an upcoming one is in
# no document yet.
_NUMERAL = r"[一二三四五六七八九十百零〇\d]+"
_SESSION = re.compile(rf"第?({_NUMERAL})届(?:委员会)?第?({_NUMERAL})次|第({_NUMERAL})([次届])")


def sessions_named(text: str) -> set[tuple]:
    """The numbered sessions ``text`` names: ("届次", 5, 7) for 五届七次, ("次", 43) for 第43次 or
    第四十三次, ("届", 6) for 第六届."""
    # Imported here: kb.chunker pulls in the document parsers (about 0.1 s), and kb.query is
    # imported by everything that reads a question.
    from kb.chunker import cn_to_int

    found: set[tuple] = set()
    for m in _SESSION.finditer(text):
        try:
            if m.group(1):
                found.add(("届次", cn_to_int(m.group(1)), cn_to_int(m.group(2))))
            else:
                found.add((m.group(4), cn_to_int(m.group(3))))
        except ValueError:
            continue
    return found


def other_session(question: str, passage: str) -> bool:
    """Whether ``passage`` (read with its title) is about another numbered session than the one the
    question names: it names one of the same kind ("五届六次") and never the one asked ("五届七次会议
    定在啥时候开"). The sixth session's dates are no answer about the seventh, however close."""
    asked = sessions_named(question)
    if not asked:
        return False
    named = sessions_named(passage)
    return any(s not in named and any(n[0] == s[0] and n != s for n in named) for s in asked)
