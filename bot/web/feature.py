"""The desk as a feature of the assistant: the /web command and the server's life cycle."""
from __future__ import annotations

import logging
import socket
import time
import weakref
from typing import Callable

from kb.errors import KBError

from bot.kernel.messages import Incoming, OutMessage, Transport, esc
from bot.kernel.texts import lang_of
from bot.web.settings import WebSettings, check_web_settings
from bot.web.texts import t

log = logging.getLogger("bot.web")
_desks: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


class WebError(KBError):
    """The desk cannot start (its port is taken, its address is wrong)."""


class WebDesk:
    def __init__(self, assistant, web: WebSettings, *, clock: Callable[[], float] = time.time,
                 secret: str | None = None):
        from bot.web.app import create_app
        from bot.web.store import web_migrations

        web_migrations.apply(assistant.db)      # ours, explicitly
        self.assistant = assistant
        self.web = web
        self.app = create_app(assistant, web, clock=clock, secret=secret)
        self.desk = self.app.state.desk
        self.server = None
        self.port: int | None = None

    def link(self, user_id: str, name: str) -> str:
        return f"{self.web.base_url}/signin?t={self.desk.tokens.link_token(user_id, name)}"

    def bind(self, host: str | None = None, port: int | None = None) -> socket.socket:
        host = host or self.web.host
        port = self.web.port if port is None else port
        try:
            sock = socket.create_server((host, port), reuse_port=False)
        except OSError as exc:
            raise WebError(f"The web desk cannot listen on {host}:{port} ({exc.strerror}): "
                           f"change bot.web.port or stop what uses it.") from None
        self.port = sock.getsockname()[1]
        return sock

    async def serve(self, sock: socket.socket | None = None) -> None:
        """Serve until cancelled or :meth:`stop`; in the caller's event loop."""
        import uvicorn

        class Server(uvicorn.Server):
            def capture_signals(self):       # the bot owns Ctrl-C and SIGTERM, not the desk
                import contextlib

                return contextlib.nullcontext()

        sock = sock or self.bind()
        config = uvicorn.Config(self.app, log_level="warning", lifespan="off", access_log=False,
                                proxy_headers=True, forwarded_allow_ips="127.0.0.1")
        self.server = Server(config)
        log.info("web desk on %s", self.web.base_url)
        try:
            await self.server.serve(sockets=[sock])
        finally:
            sock.close()

    def stop(self) -> None:
        if self.server is not None:
            self.server.should_exit = True


def desk_of(assistant) -> WebDesk | None:
    return _desks.get(assistant)


def install(assistant) -> WebDesk | None:
    """When ``bot.web.enabled``: the desk and the /web command (staff, private chats only)."""
    if not assistant.settings.web.enabled:
        return None
    check_web_settings(assistant.settings.web)
    return attach(assistant)


def attach(assistant, *, clock: Callable[[], float] = time.time, secret: str | None = None) -> WebDesk:
    """The desk on ``assistant`` whatever the config says (tests give their own clock and secret)."""
    web: WebSettings = assistant.settings.web
    desk = WebDesk(assistant, web, clock=clock, secret=secret)
    _desks[assistant] = desk

    async def web_link(msg: Incoming, transport: Transport) -> None:
        # role="staff" and private_only: members, strangers and groups are refused by the kernel.
        name = msg.user.display_name or msg.user.username or msg.user.id
        url = desk.link(msg.user.id, name)
        minutes = f"{web.link_minutes:g}"
        assistant.log_event("web_link", msg, {})
        await transport.send(msg.chat.id, OutMessage(t("web_link", lang_of(msg.user.language),
                                                       minutes=minutes, url=esc(url))))

    assistant.command("web", role="staff", private_only=True,
                      description={"zh": t("cmd_web", "zh"), "en": t("cmd_web", "en")})(web_link)
    assistant.hooks.on_close.append(desk.stop)
    return desk


async def serve(assistant) -> None:
    """Run the desk installed on ``assistant`` (bot.app.run starts this as a task)."""
    desk = desk_of(assistant)
    if desk is None:
        return
    await desk.serve()


__all__ = ["WebDesk", "WebError", "install", "attach", "serve", "desk_of"]
