"""The core's messages as Matrix events: HTML, and buttons as reaction keys and numbers.

Buttons do not exist in Matrix. Each button with a callback becomes a reaction key
(the emoji its label starts with) and a number; the message ends with a line naming
them (:func:`render_buttons`), and a :class:`ButtonMap` remembers which key or number
presses which button.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field

from bot.kernel.messages import Button, esc
from bot.kernel.texts import TEXTS, t

HTML_FORMAT = "org.matrix.custom.html"
EASY_KEYS = {"👍", "👎", "📄"}   # in every quick-reaction bar: no numbers needed

TEXTS.update({
    "mx_react_hint": {"zh": "↳ 用表情回应：{items}", "en": "↳ React with: {items}"},
    "mx_choose_hint": {"zh": "↳ 用表情回应或回复数字：{items}", "en": "↳ React or reply with the number: {items}"},
    "mx_list_hint": {"zh": "↳ 回复数字选择：", "en": "↳ Reply with a number:"},
    "mx_encrypted": {
        "zh": "这个房间开启了端到端加密，我读不到其中的消息。请新建一个不加密的房间（创建时关闭“端到端加密”）并邀请我，"
              "或请管理员在服务器上关闭私聊的默认加密。",
        "en": "This room is end-to-end encrypted, so I cannot read its messages. Please create a room with "
              "encryption turned off and invite me, or ask the administrator to turn off default encryption "
              "for direct chats on the server.",
    },
})

# Aliases of reaction keys: what a label starts with -> what a member can find in a picker.
KEY_ALIASES = {"✖": "❌", "✗": "❌", "✕": "❌", "❎": "❌", "✔": "✅", "☑": "✅", "⬅": "◀", "➡": "▶"}
_KEY_JUNK = re.compile("[\ufe0e\ufe0f\U0001F3FB-\U0001F3FF]")
_KEYCAP = re.compile(r"([0-9])\u20e3")


def reaction_key(text: str) -> str:
    """A reaction's key as compared with button labels: no variation selectors or skin tones."""
    key = _KEY_JUNK.sub("", (text or "").strip())
    return KEY_ALIASES.get(key, key)


def _leading_emoji(label: str) -> tuple[str | None, str]:
    """('👍', 'rest of label') when the label starts with a symbol, else (None, label)."""
    label = label.strip()
    if not label or unicodedata.category(label[0]) != "So":
        return None, label
    end = 1
    while end < len(label) and (unicodedata.category(label[end]) in ("So", "Sk", "Mn", "Cf")
                                or label[end] in "\u200d\ufe0f"):
        end += 1
    return reaction_key(label[:end]), label[end:].strip()


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)



@dataclass
class ButtonMap:
    """How a message's buttons are pressed on Matrix: reaction keys and numbers."""

    keys: dict[str, str] = field(default_factory=dict)     # reaction key -> callback data
    numbers: list[str] = field(default_factory=list)       # callback data of button n (1-based)
    numbered: bool = False                                 # the hint shows the numbers

    def data_for_key(self, key: str) -> str | None:
        key = reaction_key(key)
        if key in self.keys:
            return self.keys[key]
        m = _KEYCAP.fullmatch(key)
        if m:
            return self.data_for_number(int(m.group(1)))
        if key == "🔟":
            return self.data_for_number(10)
        return None

    def data_for_number(self, n: int) -> str | None:
        return self.numbers[n - 1] if 1 <= n <= len(self.numbers) else None

    def dump(self) -> str:
        return json.dumps({"keys": self.keys, "numbers": self.numbers, "numbered": self.numbered},
                          ensure_ascii=False)

    @classmethod
    def load(cls, raw: str) -> "ButtonMap":
        data = json.loads(raw)
        return cls(dict(data.get("keys") or {}), list(data.get("numbers") or []), bool(data.get("numbered")))


def render_buttons(buttons: list[list[Button]]) -> tuple[str, str, ButtonMap | None]:
    """(html, plain, map) of the line(s) that stand in for a message's buttons."""
    bmap = ButtonMap()
    rows: list[list[tuple[str, str, str | None]]] = []   # (html cell, plain cell, emoji key)
    labels = []
    for row in buttons:
        cells = []
        for b in row:
            labels.append(b.label)
            if b.url:
                cells.append((f'<a href="{esc(b.url)}">{esc(b.label)}</a>', f"{b.label}: {b.url}", None))
                continue
            if not b.data:
                continue          # request_contact: Telegram only
            bmap.numbers.append(b.data)
            key, rest = _leading_emoji(b.label)
            if key and key not in bmap.keys:
                bmap.keys[key] = b.data
                shown = f"{key} {rest}".strip()
            else:
                key, shown = None, b.label
            cells.append((esc(shown), shown, key or ""))
        if cells:
            rows.append(cells)
    if not rows:
        return "", "", None
    language = "zh" if _has_cjk(" ".join(labels)) else "en"
    data_cells = [c for row in rows for c in row if c[2] is not None]
    all_emoji = all(c[2] for c in data_cells)
    if all_emoji and set(bmap.keys) <= EASY_KEYS:
        items_html = " · ".join(c[0] for row in rows for c in row)
        items_plain = " · ".join(c[1] for row in rows for c in row)
        html = "<i>" + esc(t("mx_react_hint", language, items="\x00")).replace("\x00", items_html) + "</i>"
        return html, t("mx_react_hint", language, items=items_plain), (bmap if bmap.numbers else None)
    bmap.numbered = True
    numbered_rows: list[list[tuple[str, str]]] = []
    n = 0
    for row in rows:
        out = []
        for cell_html, cell_plain, key in row:
            if key is None:
                out.append((cell_html, cell_plain))
            else:
                n += 1
                out.append((f"<b>{n}</b> {cell_html}", f"{n} {cell_plain}"))
        numbered_rows.append(out)
    if all_emoji and len(rows) == 1:
        items_html = " · ".join(c[0] for c in numbered_rows[0])
        items_plain = " · ".join(c[1] for c in numbered_rows[0])
        html = "<i>" + esc(t("mx_choose_hint", language, items="\x00")).replace("\x00", items_html) + "</i>"
        return html, t("mx_choose_hint", language, items=items_plain), bmap
    lines_html = [" · ".join(c[0] for c in row) for row in numbered_rows]
    lines_plain = [" · ".join(c[1] for c in row) for row in numbered_rows]
    head = t("mx_list_hint", language)
    html = f"<i>{esc(head)}</i><br>" + "<br>".join(lines_html)
    return html, head + "\n" + "\n".join(lines_plain), bmap


def to_matrix_html(markup: str) -> str:
    """The core's HTML subset (newlines are line breaks) as Matrix ``formatted_body`` HTML."""
    out = []
    for piece in re.split(r"(<pre>.*?</pre>)", markup, flags=re.S):
        if piece.startswith("<pre>"):
            out.append(piece)
            continue
        piece = re.sub(r"\n*(</?blockquote>)\n*", r"\1", piece)
        out.append(piece.replace("\n", "<br>"))
    return "".join(out)


def strip_reply_fallback(body: str) -> str:
    """Drop the "> <@alice> quoted text" lines older clients put before a reply."""
    lines = body.split("\n")
    if not lines or not lines[0].startswith("> "):
        return body
    i = 0
    while i < len(lines) and lines[i].startswith(">"):
        i += 1
    if i < len(lines) and lines[i] == "":
        i += 1
    return "\n".join(lines[i:])


def guess_mime(file_name: str) -> str:
    import mimetypes

    return mimetypes.guess_type(file_name)[0] or "application/octet-stream"


__all__ = ["HTML_FORMAT", "ButtonMap", "reaction_key", "render_buttons", "to_matrix_html", "strip_reply_fallback",
           "guess_mime"]
