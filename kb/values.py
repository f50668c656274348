"""A value asked that the passages cannot give: a phone number, an address, a day.

Some questions ask for one plain value: "履职平台网址是多少", "城管投诉打哪个电话",
"委员工作室邮箱呢", "民宗委座谈会哪天开的". Such a value is written in few ways (a number of
digits, an address with @ or a domain, a numeral before 日 or 号), so a passage holding none
cannot give it, however close its words are: the handbook's 第七条 names the 履职平台 but
gives no address. The verdict then declines (kb.abstention.Signals.missing_value), as it
does for a number asked and none held (kb.features.number_missing).

What the reply quotes counts: the top passage, read with its title, and its runners-up of
the same document quoted below it (kb.retriever: "信访局电话多少" is answered by the
信访局 entry quoted under the article that tells members to give the number).

Only the question's last clause is read: what a question asks comes last, and a follow-up
read with the question before it ("提案委员会电话多少，会议请假谁审批") asks what the member
asks now. A question that only mentions a phone ("能电话请假吗", "要写联系电话吗") asks
for no number, and a yes/no question on a day ("必须写清楚从哪天开始施行吗") for no day.
"""
from __future__ import annotations

import re

from kb.contact import FIELDS
from kb.directory import PHONE
from kb.features import TIME

_CLAUSES = re.compile(r"[，,；;。？?！!]")
# How a value is asked after its cue: 是多少, 是啥, 呢, or nothing (the cue last: "委员工作室电话").
_HOW = r"(?:是|为)?(?:多少|啥|什么|几|呢|$|[？?])"

# Each value: the cue that asks it, and what it looks like in a passage.
VALUES = {
    # A service number (110, 12345) answers a phone asked too: "12345市民服务热线".
    "phone": (re.compile(rf"(?:电话|号码|热线|座机|手机号)(?:号码|号)?{_HOW}|打(?:哪个|什么|啥)(?:电话|号码)"),
              re.compile(rf"{PHONE.pattern}|(?<![\d.-])1\d{{2}}(?:\d{{2}})?(?![\d.-])")),
    "email": (re.compile(rf"(?:邮箱|电子邮件|邮件地址|e-?mail)(?:地址)?{_HOW}", re.I), FIELDS["email"][1]),
    "web": (re.compile(rf"(?:网址|网站|官网|链接|域名|登录地址)(?:地址)?{_HOW}"),
            re.compile(r"https?://|www\.|(?<![@\w.])[A-Za-z0-9-]+\.(?:gov\.cn|com\.cn|org\.cn|com|cn|org|net)\b")),
}
# Which day is asked (a calendar year alone answers none: kb.extract reads it too).
DAY_ASKED = re.compile(r"哪天|哪一天|几号|几月几[日号]|日期|哪日")
# A day held: a numeral before 日 or 号 (a span, "15日内", counts: it tells when from an event),
# or a day named by an event (当日, 次日).
_DAY_HELD = re.compile(r"[\d一二三四五六七八九十两]+\s*[日号](?!报)|当日|当天|次日|即日")
_YES_NO = re.compile(r"(?:吗|么|不|没|没有)\s*$|是否|是不是|要不要|必须")


def values_asked(question: str, kind: str | None) -> list[re.Pattern]:
    """What the values the question's last clause asks for look like in a passage ([] when it
    asks for none); ``kind``: the question's kb.features.answer_type, which the callers hold."""
    last = next((c for c in reversed(_CLAUSES.split(question)) if c.strip()), "").strip()
    asked = [held for cue, held in VALUES.values() if cue.search(last)]
    if DAY_ASKED.search(last) and kind == TIME and not _YES_NO.search(last):
        asked.append(_DAY_HELD)
    return asked


def value_missing(asked: list[re.Pattern], texts: list[str]) -> bool:
    """Whether values are asked (``values_asked``) and none of ``texts`` (the passages the reply
    quotes, each read with its title) holds one of any kind asked."""
    return bool(asked) and not any(held.search(text) for held in asked for text in texts)


__all__ = ["DAY_ASKED", "VALUES", "value_missing", "values_asked"]
