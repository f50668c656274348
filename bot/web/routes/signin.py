"""Sign-in by a one-time link from the bot, sign-out, the language switch."""
from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse
from starlette.routing import Route

from bot.web.app import LANG_COOKIE, redirect
from bot.web.auth import COOKIE, LinkRefused
from bot.web.sources.people import audit, is_staff, role_of
from bot.web.store import claim_link, link_used
from bot.web.texts import t


def routes(desk) -> list[Route]:
    def refuse(request, reason: str):
        return desk.render(request, "message.html", status_code=403, message=t(f"link_{reason}", desk.lang(request)))

    def checked(token: str) -> dict:
        data = desk.tokens.read_link(token)
        if not is_staff(role_of(desk.assistant, data["u"])):
            raise LinkRefused("not_staff")
        if link_used(desk.assistant.db, data["x"]):
            raise LinkRefused("used")
        return data

    async def signin_page(request: Request):
        # A GET only shows a button: link previews (Telegram fetches URLs) must not spend the link.
        token = request.query_params.get("t", "")
        try:
            data = checked(token)
        except LinkRefused as exc:
            return refuse(request, exc.reason)
        return desk.render(request, "signin.html", token=token, name=data["n"])

    async def signin(request: Request):
        form = await request.form()
        try:
            data = checked(str(form.get("t", "")))
            if not claim_link(desk.assistant.db, data["x"], data["u"], now=desk.clock()):
                raise LinkRefused("used")
        except LinkRefused as exc:
            return refuse(request, exc.reason)
        cookie = desk.tokens.session_cookie(data["u"], data["n"])
        session = desk.tokens.read_session(cookie)
        audit(desk.assistant, session, "signin")
        response = RedirectResponse("/documents", status_code=303)
        response.set_cookie(COOKIE, cookie, max_age=int(desk.tokens.session_seconds), httponly=True,
                            samesite="strict", secure=desk.web.secure_cookies or desk.web.base_url.startswith("https"),
                            path="/")
        return response

    async def signout(request: Request):
        session = desk.session(request)
        await desk.form(request, session)
        audit(desk.assistant, session, "signout")
        response = desk.render(request, "message.html", message=t("signed_out", desk.lang(request)))
        response.delete_cookie(COOKIE, path="/")
        return response

    async def language(request: Request):
        code = request.path_params["code"]
        if code not in ("zh", "en"):
            raise HTTPException(404)
        target = request.query_params.get("next", "/documents")
        if not target.startswith("/") or target.startswith("//"):
            target = "/documents"      # never an open redirect
        response = redirect(target)
        response.set_cookie(LANG_COOKIE, code, max_age=365 * 86400, samesite="lax", path="/")
        return response

    async def home(request: Request):
        desk.session(request)
        return redirect("/documents")

    return [Route("/", home), Route("/signin", signin_page, methods=["GET"]),
            Route("/signin", signin, methods=["POST"]), Route("/signout", signout, methods=["POST"]),
            Route("/lang/{code}", language)]
