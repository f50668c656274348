"""Staff's text as the HTML subset every network renders: known tags kept when balanced."""
from __future__ import annotations

import html as htmllib
import re

from bot.kernel.messages import esc

_TAG = re.compile(r'<(/?)(b|strong|i|em|u|ins|s|strike|del|code|pre|blockquote|a)((?:\s+href\s*=\s*"[^"<>]*")?)\s*>',
                  re.IGNORECASE)


def sanitize_html(text: str) -> str:
    """Staff's text as the HTML subset: known tags kept when balanced, everything else escaped."""
    out, stack, pos = [], [], 0
    for m in _TAG.finditer(text):
        out.append(esc(text[pos:m.start()]))
        pos = m.end()
        closing, tag, attrs = m.group(1), m.group(2).lower(), m.group(3)
        if closing:
            if not stack or stack[-1] != tag or attrs:
                return esc(text)
            stack.pop()
            out.append(f"</{tag}>")
        else:
            if (tag == "a") != bool(attrs):
                return esc(text)
            if attrs:
                url = re.search(r'"([^"]*)"', attrs).group(1)
                attrs = ' href="' + htmllib.escape(htmllib.unescape(url), quote=True) + '"'
            stack.append(tag)
            out.append(f"<{tag}{attrs}>")
    out.append(esc(text[pos:]))
    return esc(text) if stack else "".join(out)


def has_tags(html: str) -> bool:
    """Formatting that a split at sentence ends could break (such text is not split)."""
    return _TAG.search(html) is not None


__all__ = ["sanitize_html", "has_tags"]
