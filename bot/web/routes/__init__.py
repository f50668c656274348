"""One module per page of the desk; each exposes ``routes(desk) -> list[Route]``."""
from __future__ import annotations


def all_routes(desk) -> list:
    from bot.web.routes import broadcasts, documents, faq, questions, queue, reports, roster, signin, stats

    out = []
    for page in (signin, documents, questions, queue, faq, broadcasts, roster, stats, reports):
        out += page.routes(desk)
    return out
