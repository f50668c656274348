"""The staff queue and the secretariat's FAQ (see :mod:`bot.features.curation.service`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from bot.features.curation.matching import (COS_ALONE, COS_SUGGEST, COS_WITH_TERMS, TERMS_MIN, Match, Probe,
                                            compatible, focus, same_question)
from bot.features.curation.service import Curation, open_topics, queue_figures, queue_of_questions
from bot.features.curation.store import curation_migrations

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant


def install(assistant: "Assistant") -> Curation:
    """Apply the feature's migrations, then register its hooks, commands, dialogs and buttons.

    Idempotent: a second call returns the installed :class:`Curation`.
    """
    if assistant.curation is not None:
        return assistant.curation
    from bot.features.curation import buttons, chat, dialogs
    from bot.kernel.texts import t

    curation_migrations.apply(assistant.db)
    cur = Curation(assistant)
    assistant.curation = cur

    def bind(fn):
        async def bound(*args):
            return await fn(cur, *args)

        bound.__name__ = fn.__name__
        return bound

    hooks = assistant.hooks
    hooks.before_answer.insert(0, bind(chat.before_answer))    # a curated answer comes before any search
    hooks.after_answer.append(bind(chat.after_answer))
    hooks.on_feedback.append(bind(chat.on_feedback))
    hooks.on_reply.append(bind(chat.on_reply))

    def both(key: str) -> dict:
        return {"zh": t(key, "zh"), "en": t(key, "en")}

    # Staff views show members' questions: private chats only (a group gets "请私聊我").
    assistant.command("queue", role="staff", private_only=True, description=both("cmd_queue"))(bind(chat.cmd_queue))
    assistant.command("faq", role="staff", private_only=True, description=both("cmd_faq"))(bind(chat.cmd_faq))
    assistant.command("dismiss", role="staff")(bind(chat.cmd_dismiss))
    assistant.command("answer", role="staff", description=both("cmd_answer"))(bind(chat.cmd_answer))
    dialogs.declare(cur)
    buttons.register(cur)
    return cur


__all__ = ["install", "Curation", "curation_migrations", "queue_figures", "open_topics", "queue_of_questions", "focus",
           "compatible", "same_question", "Probe", "Match", "COS_ALONE", "COS_WITH_TERMS", "TERMS_MIN",
           "COS_SUGGEST"]
