"""Contact questions: "信息中心电话多少", "提案委员会在几楼", "忘记密码找谁，电话多少".

A member asking for an office's phone, e-mail, room or hours types a short
question ("信息中心的电话是多少"). Short questions have low dense cosines, so the
verdict (kb.abstention), fitted on questions about regulations, declines them
even when the top passage is the office's entry in the directory. Such a
question is answered exactly when the top passage names what the question
names and holds the asked field right by that name: the entry's heading is
the office ("（八）信息中心", then "联系电话：0000-5550108"), or the name stands
just before the field ("忘记密码：找信息中心（210室，0000-5550108）"). Then the
passage is served as the answer; the reply quotes it, so nothing is invented.

The rule only applies when the question asks for one of the fields below and
the passage has that field: "政协主席的电话多少" is not answered by the office's
entry that mentions 主席会议 three lines above its number. When the top passage
does not answer that way but another of the returned passages does, that one
goes first: "委员工作室电话多少" put the 社情民意 办法's article on its 信息工作室
(no number in it) above the directory's 委员工作室 entry, and the member got the
article. A top passage that answers is never moved.

The other way round, a contact value asked and none held, is kb.values.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kb.directory import PHONE

# What is asked: the cue in the question, and what the field looks like in a passage.
FIELDS = {
    "phone": (re.compile(r"电话|号码|手机|热线|座机|联系方式|打哪个"), PHONE),
    "email": (re.compile(r"邮箱|邮件|e-?mail", re.I), re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),
    "room": (re.compile(r"在哪|几楼|几层|哪个房间|哪间|房间|门牌|地址|办公地点|哪办公|怎么走|怎么去"),
             re.compile(r"\d+\s*室|\d+\s*楼|办公地点|地址")),
    "hours": (re.compile(r"办公时间|上班时间|几点上班|几点下班|周末|节假日|什么时候有人|几点"),
              re.compile(r"办公时间|\d{1,2}[:：]\d{2}")),
}
# How close the named thing must stand before the field when it is not the entry's heading:
# "忘记密码：找信息中心（210室，0000-5550108）" (14 characters).
NEAR = 40
# Words of a contact question that say what is asked, not whose.
_CUE_WORDS = re.compile("|".join(f"(?:{cue.pattern})" for cue, _ in FIELDS.values())
                        + r"|联系|多少|是什么|找谁|哪里|哪儿|哪个")
_ENUM = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．])\s*")


@dataclass(frozen=True)
class ContactMatch:
    field: str       # "phone" | "email" | "room" | "hours"
    name: str        # the words of the question found by the field


def asked_fields(question: str) -> list[str]:
    """The contact fields a question asks for ([] when it asks for none)."""
    return [name for name, (cue, _) in FIELDS.items() if cue.search(question)]


def subject_words(words: list[str]) -> list[str]:
    """The question's content words (kb.features.content_words) without the cue words: whose
    phone or room is asked ("信息中心", "忘记 密码")."""
    return [w for w in words if not _CUE_WORDS.search(w)]


def entry_name(heading_path: list[str], text: str) -> str:
    """The name the passage is an entry for: its last heading, else its first line, without
    the enumerator ("（八）信息中心" -> "信息中心")."""
    head = heading_path[-1] if heading_path else text.strip().split("\n", 1)[0]
    return _ENUM.sub("", head).strip(" ：:")


def match(question: str, words: list[str], heading_path: list[str], text: str) -> ContactMatch | None:
    """How the passage answers the contact question, or None.

    ``words``: the question's content words (kb.features.content_words). Every subject word
    must be in the entry's name, or all of them within ``NEAR`` characters before one
    occurrence of the asked field.
    """
    fields = asked_fields(question)
    subject = subject_words(words)
    if not fields or not subject:
        return None
    name = entry_name(heading_path, text)
    for field in fields:
        pattern = FIELDS[field][1]
        found = list(pattern.finditer(text))
        if not found:
            continue
        if all(w in name for w in subject):
            return ContactMatch(field, " ".join(subject))
        for m in found:
            before = text[max(0, m.start() - NEAR): m.start()]
            if all(w in before for w in subject):
                return ContactMatch(field, " ".join(subject))
    return None


def confirm_contact(result, question: str, tokenizer) -> ContactMatch | None:
    """Serve the passage that answers the contact question (kb.retriever.SearchResult, changed
    in place: that passage first, verdict "answer", ``contact_field`` set).

    The top passage when it answers, else the first of the other returned passages that does;
    None (nothing changed) when none does.
    """
    from kb.abstention import ANSWER
    from kb.features import content_words

    if not result.hits or not asked_fields(question):
        return None
    words = content_words(tokenizer.words(question))
    for i, hit in enumerate(result.hits):
        found = match(question, words, hit.heading_path, hit.text)
        if found is not None:
            break
    else:
        return None
    if i:
        result.hits.insert(0, result.hits.pop(i))
    elif result.verdict == ANSWER:
        return None          # an answer stays as it was
    result.verdict, result.abstain, result.contact_field = ANSWER, False, found.field
    return found


__all__ = ["ContactMatch", "FIELDS", "asked_fields", "confirm_contact", "entry_name", "match",
           "subject_words"]
