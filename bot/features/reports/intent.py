"""Natural requests that route to filing or to one's own reports, not to the knowledge base.

"我要报社情民意" files a report; "社情民意怎么报" is a question about the rules and is
answered from the documents as before. A request is a first-person intent to file (我要 /
我想 / 帮我 … 报 / 提交 / 反映 …) naming 社情民意, with no question word in it.
"""
from __future__ import annotations

import re

_TOPIC = r"(社情民意|社情民意信息)"
_FILE = re.compile(
    r"(我要|我想|我来|想要|帮我|我准备|我需要|我打算|请帮我|给我)\s*(再)?\s*(报|报送|提交|反映|上报|写|填报|交|递交|发)"
    r"\s*(一[条篇份个]|个|条|篇)?\s*" + _TOPIC)
_FILE_SHORT = re.compile(r"^(报|提交|报送|填报|新建)\s*(一[条篇份个])?\s*" + _TOPIC + r"\s*[。！!]?$")
_MINE = re.compile(r"我(报送?|提交|反映)?的\s*" + _TOPIC + r"|我报过的\s*" + _TOPIC)
_QUESTION = re.compile(r"怎么|怎样|如何|吗|么|？|\?|什么|哪|多少|几|能否|可否|要求|流程|规定|程序|格式|字数|途径|方式|渠道|邮箱")


def wants_to_file(text: str) -> bool:
    text = (text or "").strip()
    if not text or _QUESTION.search(text):
        return False
    return bool(_FILE.search(text) or _FILE_SHORT.match(text))


def wants_own_reports(text: str) -> bool:
    text = (text or "").strip()
    return bool(_MINE.search(text)) and not wants_to_file(text) and not re.search(r"怎么写|如何写|要求", text)


__all__ = ["wants_to_file", "wants_own_reports"]
