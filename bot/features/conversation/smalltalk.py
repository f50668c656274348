"""Small talk: greetings, thanks, "你是谁", "能做什么", goodbyes (Chinese and English).

Such a message gets a short friendly reply with three example questions. It is
not a question: it is not searched, never enters the staff queue and is not
logged as an abstention. A message is small talk only when it is *nothing but*
small talk: "你好，提案怎么交" is a question (its greeting is dropped before
searching). Messages without any letters (emoji, punctuation) are left to the
chat's own handling.
"""
from __future__ import annotations

import re

_KINDS_ZH = {
    "greeting": ["您好", "你好", "你们好", "大家好", "嗨", "哈喽", "哈啰", "在吗", "在不在", "在么", "早上好", "上午好",
                 "中午好", "下午好", "晚上好", "早安", "早", "喂", "打扰了", "打扰一下", "助手你好", "小助手"],
    "thanks": ["谢谢你", "谢谢您", "谢谢", "多谢", "感谢", "谢了", "辛苦了", "辛苦", "麻烦了", "好的", "好", "收到",
               "明白了", "明白", "知道了", "懂了", "了解", "可以", "行", "嗯", "嗯嗯", "哦", "ok", "太好了", "很好", "不错",
               "有用", "有帮助", "赞"],
    "identity": ["你是谁", "你是什么", "你叫什么", "你叫啥", "你是机器人吗", "你是人吗", "你是真人吗", "你是ai吗",
                 "你是哪位", "介绍一下你自己", "介绍一下自己", "自我介绍一下"],
    "capability": ["你能做什么", "你能干什么", "你能干嘛", "你会什么", "你会干什么", "能做什么", "能干什么", "有什么功能",
                   "怎么用", "怎么使用", "怎么问", "你可以做什么", "能帮我什么", "可以问什么", "能问什么", "你有什么用",
                   "怎么用你", "帮助"],
    "bye": ["再见", "拜拜", "回头见", "下次见", "晚安", "先这样", "没事了", "没问题了", "没有了"],
}
# The same in Cantonese as members from Hong Kong, Macao and Guangxi type it (read in simplified
# characters by then: KnowledgeBase.simplify). 唔该 is "thanks"; read as a question it went to staff.
_KINDS_YUE = {
    "greeting": ["早晨", "你好呀", "喂你好"],
    "thanks": ["唔该晒", "唔该你", "唔该", "多谢晒", "多谢你", "好嘢", "明白晒", "知道晒", "冇问题"],
    "identity": ["你系边个", "你系乜嘢", "你系咩", "你叫咩名", "你叫乜嘢名"],
    "capability": ["你识做咩", "你识做乜嘢", "你可以做咩", "你会做咩", "你做到咩", "点用", "点样用"],
    "bye": ["听日见", "迟啲见", "拜拜喇", "冇嘢喇", "冇嘢了"],
}
for _kind, _phrases in _KINDS_YUE.items():
    _KINDS_ZH[_kind] = _KINDS_ZH[_kind] + _phrases
_KINDS_EN = {
    "greeting": ["good morning", "good afternoon", "good evening", "hello there", "hi there", "hello", "hi", "hey",
                 "greetings", "anyone there", "are you there"],
    "thanks": ["thank you very much", "thank you", "thanks a lot", "many thanks", "thanks", "thx", "ty", "cheers",
               "great", "ok", "okay", "got it", "nice", "cool", "perfect", "understood", "helpful"],
    "identity": ["who are you", "what are you", "what is your name", "what's your name", "are you a bot",
                 "are you a robot", "are you human", "introduce yourself"],
    "capability": ["what can you do", "what do you do", "how do you work", "how can you help", "how can you help me",
                   "what can i ask", "how do i use you", "how to use", "help"],
    "bye": ["goodbye", "good bye", "bye bye", "bye", "see you", "see you later", "good night", "that's all",
            "that is all", "nothing else"],
}
_FILLERS_ZH = "啊呀吧呢哈嘿哦噢嗯～~!！。.,，?？ 　呀啦咯哟喔吖的了呗喇啰喎"
_EN_FILLERS = {"so", "much", "very", "again", "bot", "assistant", "there", "all", "guys", "dear", "please", "you"}
_LETTER = re.compile(r"[A-Za-z\u3400-\u9fff]")
_EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]")

_ZH_PHRASES = sorted(((p, k) for k, ps in _KINDS_ZH.items() for p in ps), key=lambda pk: -len(pk[0]))
_EN_PHRASES = sorted(((p, k) for k, ps in _KINDS_EN.items() for p in ps), key=lambda pk: -len(pk[0]))
# Leading greetings in front of a real question: dropped before it is searched.
_GREETING_HEAD = re.compile(r"^(?:(?:您好|你好|你们好|大家好|嗨|哈喽|在吗|请问|打扰了|打扰一下|助手你好|"
                            r"早上好|上午好|下午好|晚上好|唔该晒|唔该|早晨|"
                            r"hello|hi|hey|good (?:morning|afternoon|evening))"
                            r"[\s,，。.!！~～、]*)+", re.I)


def classify(text: str) -> str | None:
    """The kind of small talk ("greeting", "thanks", "identity", "capability", "bye"), or None.

    None for a real question, and for a message with no letters at all.
    """
    t = (text or "").strip().lower()
    if not _LETTER.search(t) or len(t) > 40:
        return None
    t = _EMOJI.sub("", t).replace("’", "'")
    kinds: list[str] = []
    if re.search(r"[a-z]", t) and not re.search(r"[\u3400-\u9fff]", t):
        rest = " " + re.sub(r"[^a-z' ]+", " ", t) + " "
        for phrase, kind in _EN_PHRASES:
            pattern = f" {phrase} "
            while pattern in rest:
                kinds.append(kind)
                rest = rest.replace(pattern, " ", 1)
        leftover = [w for w in rest.split() if w not in _EN_FILLERS]
    else:
        rest = t
        for phrase, kind in _ZH_PHRASES:
            if phrase in rest:
                kinds.append(kind)
                rest = rest.replace(phrase, " ")
        leftover = [ch for ch in rest if ch not in _FILLERS_ZH and not ch.isspace()]
    if leftover or not kinds:
        return None
    # The most telling kind wins: "你好，你能做什么" asks what the bot can do.
    for kind in ("capability", "identity", "bye", "thanks", "greeting"):
        if kind in kinds:
            return kind
    return None


def strip_greeting(text: str) -> str:
    """"你好，提案怎么交" -> "提案怎么交" (the text itself when nothing is left)."""
    rest = _GREETING_HEAD.sub("", text or "").strip()
    return rest or text
