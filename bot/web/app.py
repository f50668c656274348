"""The Starlette application of the web desk: pages, sessions, templates, refusals.

One :class:`Desk` per assistant holds what the pages share (the signing keys,
templates, previews awaiting confirmation). Each page lives in
``bot/web/routes/<page>.py`` and reaches the features through
``bot/web/sources``; this module only wires them and says no to anyone
without a staff session.
"""
from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from app.timefmt import local_date, local_time

from bot.web.auth import COOKIE, Session, Tokens
from bot.web.csrf import FIELD, check_csrf
from bot.web.settings import WebSettings
from bot.web.sources.people import is_staff, role_of
from bot.web.texts import t

HERE = Path(__file__).resolve().parent
LANG_COOKIE = "desk_lang"
STAGED_SECONDS = 1800       # a preview (new version, roster import) waits this long for its confirmation


@dataclass
class Staged:
    owner: str
    kind: str
    payload: Any
    created: float


class Desk:
    def __init__(self, assistant, web: WebSettings, *, clock: Callable[[], float] = time.time,
                 secret: str | None = None):
        self.assistant = assistant
        self.web = web
        self.clock = clock
        self.tokens = Tokens(secret or web.secret or "", link_minutes=web.link_minutes,
                             session_minutes=web.session_minutes, clock=clock)
        self.staged: dict[str, Staged] = {}
        self.memo: dict[str, dict] = {}      # short-lived results a page shares with its images (stats)
        self.templates = Jinja2Templates(directory=str(HERE / "templates"))
        env = self.templates.env
        env.autoescape = True          # every value is escaped: questions and documents are text, never markup
        env.trim_blocks = env.lstrip_blocks = True
        env.filters["when"] = lambda ts: local_time(ts, self.tz)
        env.filters["day"] = lambda ts: local_date(ts, self.tz)
        env.globals["FIELD"] = FIELD

    @property
    def tz(self) -> str:
        return self.assistant.config.committee.timezone

    # ----- previews awaiting confirmation -----

    def stage(self, session: Session, kind: str, payload) -> str:
        now = self.clock()
        for key in [k for k, s in self.staged.items() if now - s.created > STAGED_SECONDS]:
            self.staged.pop(key, None)
        key = secrets.token_urlsafe(16)
        self.staged[key] = Staged(session.user_id, kind, payload, now)
        return key

    def unstage(self, session: Session, kind: str, key: str, *, keep: bool = False):
        staged = self.staged.get(key)
        if staged is None or staged.owner != session.user_id or staged.kind != kind \
                or self.clock() - staged.created > STAGED_SECONDS:
            return None
        if not keep:
            self.staged.pop(key, None)
        return staged.payload

    # ----- requests -----

    def lang(self, request: Request) -> str:
        return "en" if request.cookies.get(LANG_COOKIE) == "en" else "zh"

    def session(self, request: Request) -> Session:
        """The staff session of this request, or a refusal (401 without one, 403 for a non-staff role)."""
        session = self.tokens.read_session(request.cookies.get(COOKIE))
        if session is None:
            raise HTTPException(401, "session_over" if request.cookies.get(COOKIE) else "need_signin")
        role = role_of(self.assistant, session.user_id)
        if not is_staff(role):
            raise HTTPException(403, "link_not_staff")
        request.state.session = session
        request.state.role = role
        return session

    async def form(self, request: Request, session: Session):
        """The posted form, after its CSRF token is checked (every write goes through here)."""
        form = await request.form()
        check_csrf(request, form, session)
        return form

    def render(self, request: Request, template: str, status_code: int = 200, **context) -> HTMLResponse:
        lang = self.lang(request)
        session = getattr(request.state, "session", None)
        context.update(
            request=request, lang=lang, _=lambda key, **kw: t(key, lang, **kw), session=session,
            role=getattr(request.state, "role", None), csrf=session.csrf if session else "",
            path=request.url.path, query=request.url.query,
        )
        return self.templates.TemplateResponse(request, template, context, status_code=status_code)

    async def run(self, fn, *args, **kwargs):
        """Blocking work (parsing, embedding, SQLite) on the assistant's worker threads."""
        return await self.assistant.run_blocking(fn, *args, **kwargs)


def redirect(url: str, note: str | None = None) -> RedirectResponse:
    if note:
        url += ("&" if "?" in url else "?") + "note=" + quote(note)
    return RedirectResponse(url, status_code=303)


class SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        response = await call_next(request)
        # No inline or foreign script can run, even if something slipped through escaping.
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            " frame-ancestors 'none'; form-action 'self'; base-uri 'none'")
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"      # a sign-in link never leaks in a Referer
        response.headers.setdefault("Cache-Control", "no-store")
        return response


def create_app(assistant, web: WebSettings, *, clock: Callable[[], float] = time.time,
               secret: str | None = None) -> Starlette:
    from bot.web.routes import all_routes

    desk = Desk(assistant, web, clock=clock, secret=secret)

    async def refused(request: Request, exc: HTTPException) -> Response:
        lang = desk.lang(request)
        key = exc.detail if exc.detail in ("need_signin", "session_over", "link_not_staff") else (
            "forbidden" if exc.status_code == 403 else "not_found" if exc.status_code == 404 else None)
        message = t(key, lang) if key else str(exc.detail)
        return desk.render(request, "message.html", status_code=exc.status_code, message=message)

    routes = [Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
              *all_routes(desk)]
    app = Starlette(routes=routes, middleware=[Middleware(SecurityHeaders)],
                    exception_handlers={HTTPException: refused})
    app.state.desk = desk
    return app


__all__ = ["Desk", "create_app", "redirect", "LANG_COOKIE"]
