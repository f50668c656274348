"""The chat core: one Incoming in, replies out through a Transport.

Transport-free by construction: this package imports no chat library (a test
checks). Features beyond questions and answers (roster, documents, broadcasts,
the staff queue) plug in through :meth:`Assistant.command`,
:meth:`Assistant.on_callback` and the hooks below, each in its own module.
"""
from __future__ import annotations

import asyncio
import logging
import re
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Awaitable, Callable, Iterable

from kb.errors import KBError

from bot.kernel import store
from bot.kernel.access import Access, OpenAccess
from bot.kernel.buttons import owned_question
from bot.kernel.delivery import RetryLater
from bot.kernel.dialogs import Dialogs
from bot.kernel.flood import SenderGate, trusted
from bot.kernel.forwarded import on_forwarded_post
from bot.kernel.hooks import Hooks
from bot.kernel.messages import Button, Callback, Incoming, OutMessage, SentRef, Transport, esc
from bot.kernel.ratelimit import RateLimiter
from bot.kernel.render import render_answer
from bot.kernel.schema import bot_migrations
from bot.kernel.texts import lang_of, t
from bot.kernel.textsplit import split_text
from bot.kernel.transports import TransportInfo, TransportRegistry
from bot.kernel.wording import has_words

if TYPE_CHECKING:
    from bot.features.conversation.service import Conversation
    from bot.features.curation.service import Curation

log = logging.getLogger("bot.kernel")

Handler = Callable[[Incoming, Transport], Awaitable[None]]
ROLES = {"member": 1, "staff": 2, "admin": 3}
MESSAGE_LIMIT = 3500   # characters of visible text per message; below every network's limit


@dataclass
class Command:
    name: str
    handler: Handler
    role: str = "member"        # lowest role allowed
    private_only: bool = False
    description: dict | None = None  # {"zh": ..., "en": ...} for the command menu


@dataclass
class Reply:
    """What answering a question produced (for hooks and tests)."""

    question_id: int
    status: str
    sent: SentRef | None


class Assistant:
    def __init__(self, kb, settings, *, access: Access | None = None, networks: Iterable[TransportInfo] = ()):
        """``networks``: the declared networks whose ids may appear (bot.transports.NETWORKS);
        a transport attached later declares its own as well."""
        self.kb = kb
        self.settings = settings
        self.config = kb.config
        self.db = kb.db
        bot_migrations.apply(self.db)     # the kernel's own tables; each feature applies its own
        self.access: Access = access or OpenAccess()
        self.limiter = RateLimiter(settings.questions_per_minute)
        # Follow-ups and small talk (bot.features.conversation installs itself here; None = every
        # message is a standalone question).
        self.conversation: Conversation | None = None
        # The staff queue and FAQ (bot.features.curation installs itself here; None = not installed).
        self.curation: Curation | None = None
        self.gate = SenderGate(self.db, stranger_per_minute=settings.stranger_messages_per_minute,
                               member_per_minute=settings.messages_per_minute,
                               staff_per_minute=settings.staff_messages_per_minute)
        self.executor = ThreadPoolExecutor(max_workers=settings.worker_threads, thread_name_prefix="kb")
        self.commands: dict[str, Command] = {}
        # Button presses, routed by a pattern over the button's data (first match wins).
        self.buttons: list[tuple[re.Pattern, Callable[[Incoming, Transport, re.Match], Awaitable[None]]]] = []
        # Multi-step dialogs as declared states (bot.kernel.dialogs).
        self.dialogs = Dialogs(self)
        # Every extension point, declared in bot.kernel.hooks.
        self.hooks = Hooks()
        # Declared networks by id prefix, attached transports by name (bot.kernel.transports).
        self.registry = TransportRegistry(networks)
        self.transports: dict[str, Transport] = self.registry.attached
        self._register_builtins()

    # ----- registration -----

    def command(self, name: str, *, role: str = "member", private_only: bool = False,
                description: dict | None = None):
        def deco(fn: Handler) -> Handler:
            self.commands[name] = Command(name, fn, role, private_only, description)
            return fn

        return deco

    def button(self, pattern: str):
        """Route presses whose data matches ``pattern`` (a regex, matched from the start) to the handler,
        which gets the match: ``@assistant.button(r"bc:send:(?P<id>\\d+)$")``."""
        compiled = re.compile(pattern)

        def deco(fn):
            self.buttons.append((compiled, fn))
            return fn

        return deco

    def attach_transport(self, transport: Transport) -> None:
        """Transports register so the core can reach chats on any network (notifications)."""
        self.registry.attach(transport)
        for hook in self.hooks.on_attach:
            hook(transport)

    async def run_blocking(self, fn, *args, **kwargs):
        """Run blocking knowledge-base work on the answering threads, off the event loop."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, lambda: fn(*args, **kwargs))

    def transport_for(self, chat_id: str) -> Transport | None:
        """The attached transport of ``chat_id``'s declared network (None: not connected here)."""
        return self.registry.for_id(chat_id)

    def network_of(self, any_id: str) -> TransportInfo | None:
        """What the network of a user or chat id declares (None: no such network declared)."""
        return self.registry.network_of(any_id)

    def menu(self, language: str | None = None, role: str = "member") -> list[tuple[str, str]]:
        """(command, description) pairs for the client's command menu."""
        lang = lang_of(language)
        return [(c.name, c.description[lang]) for c in self.commands.values()
                if c.description and ROLES[c.role] <= ROLES.get(role, 1)]

    # ----- entry point -----

    async def handle(self, msg: Incoming, transport: Transport) -> None:
        """Handle one incoming message; never raises (a failure is logged and apologised for)."""
        try:
            await self._dispatch(msg, transport)
        except Exception:
            log.exception("failed to handle %s message from %s in %s", msg.transport, msg.user.id, msg.chat.id)
            self.log_event("error", msg, {"text": msg.text[:200], "command": msg.command})
            if isinstance(sys.exc_info()[1], RetryLater):
                return    # the network's send limit: an apology would only add to it
            try:
                if msg.callback:
                    await transport.answer_callback(msg.callback, t("error", msg.user.language))
                elif msg.is_private or msg.mentioned or msg.reply_to_bot or msg.command:
                    await transport.send(msg.chat.id, OutMessage(t("error", msg.user.language)))
            except Exception:
                log.exception("could not send the apology either")

    async def _dispatch(self, msg: Incoming, transport: Transport) -> None:
        if not await self._admit(msg, transport):
            return
        if msg.callback:
            return await self._handle_callback(msg, transport)
        if await self.dialogs.route(msg, transport):
            return
        if msg.command:
            return await self._handle_command(msg, transport)
        if msg.contact_phone is not None:
            return await self.access.on_unaddressed(self, msg, transport)
        if msg.forwarded_from_chat is not None:
            return await on_forwarded_post(self, msg, transport)
        if msg.attachment is not None and not msg.attachment.photo:
            if not msg.is_private:
                return
            if self.hooks.on_attachment is not None:
                return await self.hooks.on_attachment(msg, transport)
            return
        if msg.reply_to_message_id:
            for hook in self.hooks.on_reply:
                if await hook(msg, transport):
                    return
        if msg.is_private or msg.mentioned or msg.reply_to_bot:
            return await self.ask(msg, transport, msg.text)
        # Group chatter not addressed to the bot: ignore.

    async def _admit(self, msg: Incoming, transport: Transport) -> bool:
        """The door (bot.kernel.flood): over a sender's per-minute cap, one notice, then silence."""
        role = self.access.role(self, msg.user)
        if self.gate.admit(msg.user.id, role):
            return True
        addressed = msg.is_private or msg.mentioned or msg.reply_to_bot or msg.command or msg.callback
        # Strangers already got their one refusal; members get one "slow down" per window.
        if role is not None and addressed and self.gate.may_notify(msg.user.id):
            self.log_event("rate_limited", msg, {"what": "messages", "wait": round(self.gate.wait(msg.user.id), 1)})
            seconds = int(self.gate.wait(msg.user.id)) + 1
            if msg.callback:
                await transport.answer_callback(msg.callback, t("rate_limited", msg.user.language, seconds=seconds))
            else:
                await transport.send(msg.chat.id, OutMessage(
                    t("rate_limited", msg.user.language, seconds=seconds), reply_to=msg.message_id))
        else:
            self.gate.suppress(msg.user.id, msg.chat.id, "messages")
        return False

    async def _handle_command(self, msg: Incoming, transport: Transport) -> None:
        if not msg.is_private and msg.command not in ("ask", "register", "unregister") and not (
                msg.mentioned or msg.reply_to_bot or msg.command in self.commands):
            return
        cmd = self.commands.get(msg.command)
        if cmd is None:
            if msg.is_private:
                await transport.send(msg.chat.id, OutMessage(t("unknown_command", msg.user.language)))
            return
        if cmd.private_only and not msg.is_private:
            # Staff views list members' questions and data: never in a group, but say where to go.
            await transport.send(msg.chat.id, OutMessage(t("private_only", msg.user.language),
                                                         reply_to=msg.message_id))
            return
        if cmd.role != "member" or cmd.name not in ("start", "help"):
            if not await self.access.allow(self, msg, transport, cmd.role):
                return
        await cmd.handler(msg, transport)

    async def _handle_callback(self, msg: Incoming, transport: Transport) -> None:
        data = msg.callback.data
        for pattern, handler in self.buttons:
            match = pattern.match(data)
            if match:
                break
        else:
            await transport.answer_callback(msg.callback)
            return
        # Callback data can be forged: admit the presser first (staff buttons check their role too,
        # question buttons their owner: bot.kernel.buttons).
        if not await self.access.allow(self, msg, transport, "member"):
            return
        await handler(msg, transport, match)

    # ----- questions -----

    async def ask(self, msg: Incoming, transport: Transport, question: str, *, understood=None) -> Reply | None:
        """Answer ``question`` from the knowledge base. ``understood``: the conversation's reading
        of it already made (a reading the member chose with a button), so it is not read again."""
        language = msg.user.language
        role = self.access.role(self, msg.user)
        if role is None and not self.gate.may_notify(f"{msg.user.id}@{msg.chat.id}"):
            self.gate.suppress(msg.user.id, msg.chat.id, "unverified")   # told once this window
            return None
        if not await self.access.allow(self, msg, transport, "member"):
            return None
        question = (question or "").strip()
        if not question:
            await transport.send(msg.chat.id, OutMessage(t("empty_question", language), reply_to=msg.message_id))
            return None
        limit = self.settings.max_question_chars
        if len(question) > limit:
            await transport.send(msg.chat.id, OutMessage(
                t("too_long", language, length=len(question), limit=limit), reply_to=msg.message_id))
            return None
        # Staff testing the knowledge base, and the console, are not throttled like a flood
        # (the door, bot.kernel.flood, still caps them at bot.staff_messages_per_minute).
        wait = 0.0 if trusted(msg.user.id, role) else self.limiter.check(msg.user.id)
        if wait:
            if self.gate.may_notify(msg.user.id):
                self.log_event("rate_limited", msg, {"wait": round(wait, 1)})
                await transport.send(msg.chat.id, OutMessage(
                    t("rate_limited", language, seconds=int(wait) + 1), reply_to=msg.message_id))
            else:
                self.gate.suppress(msg.user.id, msg.chat.id, "rate_limited")
            return None
        if not has_words(question):
            # Emoji, punctuation or invisible characters only: nothing to search, nothing for staff.
            await transport.send(msg.chat.id, OutMessage(t("no_words", language), reply_to=msg.message_id))
            return None
        # Small talk is answered here; a follow-up becomes a standalone question (bot.features.conversation.service).
        conversation = self.conversation
        understanding = understood or (conversation.understand(msg, question) if conversation else None)
        if understanding is not None:
            if understanding.small_talk:
                await conversation.reply_small_talk(msg, transport, understanding)
                return None
            question, language = understanding.search, understanding.language
        for hook in self.hooks.before_answer:
            if await hook(msg, transport, question):
                return None
        started = msg.received_at or time.time()
        typing = asyncio.create_task(self._keep_typing(transport, msg.chat.id))
        try:
            if understanding is not None:
                # A possible follow-up is searched each way it can be read (conversation.choice).
                answer = await self.run_blocking(conversation.answer, understanding)
                question = understanding.search
            else:
                answer = await self.run_blocking(self.kb.ask, question)
        finally:
            typing.cancel()
        html = render_answer(answer, self.config.committee, language,
                             understood=understanding.understood if understanding else "")
        if understanding is not None:
            conversation.remember(msg, understanding, answer)
        qid = self._log_question(msg, question, answer, started)
        buttons = self._answer_buttons(qid, answer, language)
        if understanding is not None:
            buttons += conversation.offer(qid, understanding)      # another reading, if there is one
        out = OutMessage(html, buttons=buttons, reply_to=msg.message_id)
        sent = await transport.send(msg.chat.id, out)
        store.set_reply(self.db, qid, sent.message_id if sent else None, (time.time() - started) * 1000)
        for hook in self.hooks.after_answer:
            try:
                await hook(msg, qid, answer)
            except Exception:
                log.exception("after_answer hook failed")
        return Reply(qid, "abstained" if answer.abstained else "answered", sent)

    async def _keep_typing(self, transport: Transport, chat_id: str) -> None:
        try:
            while True:
                await transport.typing(chat_id)
                await asyncio.sleep(4.5)
        except asyncio.CancelledError:
            pass
        except Exception:
            log.debug("typing indicator failed", exc_info=True)

    def _answer_buttons(self, qid: int, answer, language) -> list[list[Button]]:
        row = [Button(t("button_up", language), data=f"fb:up:{qid}"),
               Button(t("button_down", language), data=f"fb:down:{qid}")]
        if answer.abstained:
            if answer.nearest is None:
                return [row]
            # The closest passage of a decline, read through the same full-text button.
            return [row, [Button(t("button_nearest", language), data=f"full:{qid}")]]
        return [row, [Button(t("button_full", language), data=f"full:{qid}")]]

    def _log_question(self, msg: Incoming, question: str, answer, started: float) -> int:
        return store.log_question(
            self.db, transport=msg.transport, user_id=msg.user.id, chat_id=msg.chat.id, chat_kind=msg.chat.kind,
            language=lang_of(msg.user.language), text=question,
            status="abstained" if answer.abstained else "answered",
            citation=answer.citation, doc_key=answer.doc_key,
            # A decline keeps the passage it offered ("📄 看看这一条"), so the button can show it.
            chunk_id=answer.chunk_id or (answer.nearest.chunk_id if answer.nearest else None),
            sources=[answer.citation] + [h.citation for h in answer.further] if not answer.abstained else [],
            best_dense=answer.best_dense, created_at=started)

    def log_event(self, kind: str, msg: Incoming | None, detail: dict | None = None) -> None:
        store.log_event(self.db, kind, user_id=msg.user.id if msg else None,
                        chat_id=msg.chat.id if msg else None, detail=detail)

    # ----- built-in commands and buttons -----

    def _register_builtins(self) -> None:
        @self.command("start", description={"zh": t("cmd_start", "zh"), "en": t("cmd_start", "en")})
        async def start(msg: Incoming, transport: Transport) -> None:
            if msg.args and await self.access.on_start_payload(self, msg, transport, msg.args.strip()):
                return
            committee = self.config.committee
            name = committee.name_en if lang_of(msg.user.language) == "en" else committee.name
            await transport.send(msg.chat.id, OutMessage(t("start", msg.user.language, committee=esc(name))))
            await self.access.after_start(self, msg, transport)

        @self.command("help", description={"zh": t("cmd_help", "zh"), "en": t("cmd_help", "en")})
        async def help_(msg: Incoming, transport: Transport) -> None:
            text = t("help", msg.user.language)
            if ROLES.get(self.access.role(self, msg.user) or "", 0) >= ROLES["staff"]:
                text += t("help_staff", msg.user.language)
            await transport.send(msg.chat.id, OutMessage(text))

        @self.command("ask", description={"zh": t("cmd_ask", "zh"), "en": t("cmd_ask", "en")})
        async def ask_cmd(msg: Incoming, transport: Transport) -> None:
            if not msg.args.strip():
                await transport.send(msg.chat.id, OutMessage(t("ask_usage", msg.user.language), reply_to=msg.message_id))
                return
            await self.ask(msg, transport, msg.args)

        @self.button(r"fb:(?P<kind>up|down):(?P<qid>.*)$")
        async def feedback(msg: Incoming, transport: Transport, match: re.Match) -> None:
            kind, qid = match["kind"], match["qid"]
            if await owned_question(self, msg, transport, qid) is None:   # only the asker's own answer
                return
            value = 1 if kind == "up" else -1
            store.set_feedback(self.db, int(qid), value)
            key = "feedback_thanks" if value > 0 else "feedback_down_thanks"
            await transport.answer_callback(msg.callback, t(key, msg.user.language))
            for hook in self.hooks.on_feedback:
                try:
                    await hook(msg, int(qid), value)
                except Exception:
                    log.exception("on_feedback hook failed")

        @self.button(r"full:(?P<qid>.*)$")
        async def full_text(msg: Incoming, transport: Transport, match: re.Match) -> None:
            row = await owned_question(self, msg, transport, match["qid"], group_ok=True)
            if row is None:
                return
            article = self.kb.article_text(row["chunk_id"]) if row["chunk_id"] else None
            await transport.answer_callback(msg.callback)
            if article is None:
                await transport.send(msg.chat.id, OutMessage(t("gone", msg.user.language)))
                return
            citation, text = article
            for n, piece in enumerate(split_text(text, MESSAGE_LIMIT)):
                head = f"<b>{esc(citation)}</b>\n" if n == 0 else ""
                await transport.send(msg.chat.id, OutMessage(head + esc(piece)))

    async def send_long(self, transport: Transport, chat_id: str, text: str, *, title: str = "") -> list[SentRef]:
        """Send plain ``text`` as one or more messages split at sentence ends."""
        refs = []
        for n, piece in enumerate(split_text(text, MESSAGE_LIMIT)):
            head = f"<b>{esc(title)}</b>\n" if title and n == 0 else ""
            refs.append(await transport.send(chat_id, OutMessage(head + esc(piece))))
        return refs

    def close(self) -> None:
        self.gate.flush()
        for hook in self.hooks.on_close:
            hook()
        self.executor.shutdown(wait=False, cancel_futures=True)


__all__ = ["Assistant", "Command", "Reply", "KBError", "Callback"]
