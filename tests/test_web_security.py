"""The web desk's locks, through Starlette's test client (no browser needed): sessions, CSRF,
link rules, refusals on every page, escaping, the audit trail, the /web command and its config."""
from __future__ import annotations

import pytest

from tests.support.web_live import SECRET, Clock

ROSTER = ("姓名,手机,角色,telegram\n"
          "李秘书,13800000001,工作人员,1\n王委员,13800000002,委员,2\n张主任,13800000003,管理员,3\n")


@pytest.fixture
def web(empty_kb, tmp_path):
    from starlette.testclient import TestClient

    from bot.app import build_assistant
    from bot.features.roster import RosterAccess, import_roster
    from bot.web import attach

    assistant = build_assistant(kb=empty_kb, access=RosterAccess("members"))
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, encoding="utf-8")
    import_roster(assistant.db, path)
    clock = Clock()
    desk = attach(assistant, clock=clock, secret=SECRET)
    client = TestClient(desk.app, base_url="http://127.0.0.1:8280", follow_redirects=False)
    client.desk, client.clock, client.assistant = desk, clock, assistant
    yield client
    client.close()
    assistant.close()


def sign_in(client, user_id="tg:1", name="李秘书") -> str:
    """Sign in with a fresh link; returns the session's CSRF token (read from a page, as a browser would)."""
    token = client.desk.link(user_id, name).split("t=", 1)[1]
    response = client.post("/signin", data={"t": token})
    assert response.status_code == 303, response.text
    page = client.get("/documents").text
    return page.split('name="csrf" value="', 1)[1].split('"', 1)[0]


def concrete(path: str) -> str:
    return (path.replace("{doc_id:int}", "1").replace("{item_id:int}", "1").replace("{action:str}", "answer")
            .replace("{entry_id:int}", "1").replace("{bid:int}", "1").replace("{member_id:int}", "1")
            .replace("{key}", "k").replace("{fmt}", "csv").replace("{name}", "per_day").replace("{report_id:int}", "1"))


def pages(client) -> list[tuple[str, str]]:
    from starlette.routing import Route

    out = []
    for route in client.desk.app.routes:
        if isinstance(route, Route) and route.path not in ("/signin", "/lang/{code}"):
            out += [(method, concrete(route.path)) for method in sorted(route.methods - {"HEAD"})]
    return out


def test_every_page_is_refused_without_a_session(web):
    from bot.web.texts import t

    checked = pages(web)
    assert len(checked) > 30
    for method, path in checked:
        response = web.request(method, path)
        assert response.status_code == 401, (method, path, response.status_code)
        assert t("need_signin", "zh") in response.text
        assert "李秘书" not in response.text


def test_a_member_session_gets_nothing(web):
    from bot.web.auth import COOKIE

    web.cookies.set(COOKIE, web.desk.desk.tokens.session_cookie("tg:2", "王委员"))
    for method, path in pages(web):
        assert web.request(method, path).status_code == 403, (method, path)


def test_a_forged_cookie_is_no_session(web):
    from bot.web.auth import COOKIE, Tokens

    forged = Tokens("another-secret-0123456789abcdef", link_minutes=10, session_minutes=60).session_cookie("tg:1", "x")
    web.cookies.set(COOKIE, forged)
    assert web.get("/documents").status_code == 401


def test_a_post_without_the_csrf_token_is_refused(web):
    csrf = sign_in(web)
    writes = [(m, p) for m, p in pages(web) if m == "POST"]
    assert len(writes) >= 12
    for _, path in writes:
        assert web.post(path, data={}).status_code == 403, path
        assert web.post(path, data={"csrf": "not-" + csrf}).status_code == 403, path
    # With the token the same write goes through (here: retiring a missing FAQ entry is a 404, not a 403).
    assert web.post("/faq/1/retire", data={"csrf": csrf}).status_code == 404
    assert web.post("/signout", data={"csrf": csrf}).status_code == 200


def test_the_session_cookie_is_httponly_samesite_and_expires(web):
    from bot.web.texts import t

    token = web.desk.link("tg:1", "李秘书").split("t=", 1)[1]
    cookie = web.post("/signin", data={"t": token}).headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert f"Max-Age={int(web.assistant.settings.web.session_minutes * 60)}" in cookie
    assert web.get("/documents").status_code == 200
    web.clock.shift += web.assistant.settings.web.session_minutes * 60 + 1
    response = web.get("/documents")
    assert response.status_code == 401 and t("session_over", "zh") in response.text


def test_links_work_once_and_expire(web):
    from bot.web.texts import t

    token = web.desk.link("tg:1", "李秘书").split("t=", 1)[1]
    assert web.get(f"/signin?t={token}").status_code == 200        # a link preview does not spend it
    assert web.post("/signin", data={"t": token}).status_code == 303
    again = web.post("/signin", data={"t": token})
    assert again.status_code == 403 and t("link_used", "zh") in again.text
    assert t("link_used", "zh") in web.get(f"/signin?t={token}").text
    late = web.desk.link("tg:1", "李秘书").split("t=", 1)[1]
    web.clock.shift += web.assistant.settings.web.link_minutes * 60 + 1
    assert t("link_expired", "zh") in web.post("/signin", data={"t": late}).text
    assert t("link_invalid", "zh") in web.post("/signin", data={"t": late[:-3] + "abc"}).text
    member = web.desk.link("tg:2", "王委员").split("t=", 1)[1]
    assert t("link_not_staff", "zh") in web.post("/signin", data={"t": member}).text


async def test_question_and_document_text_are_shown_as_text(web, recording_transport):
    from bot.kernel.messages import Chat, Incoming, User

    question = "<script>alert('q')</script>提案怎么交"
    msg = Incoming("console", User("tg:2", "王委员"), Chat("tg:2"), text=question)
    await web.assistant.ask(msg, recording_transport, question)
    kb = web.assistant.kb
    prepared = kb.prepare_bytes("<script>alert('d')</script>标题\n\n第一条 提案<b>应当</b>在会前提交。".encode(),
                                "x<img src=x onerror=alert(1)>.txt")
    kb.commit(prepared, added_by="<i>someone</i>")
    sign_in(web)
    for path in ("/questions", "/queue", "/documents", "/try?q=" + question):
        page = web.get(path).text
        assert "<script>alert" not in page and "<img src=x" not in page and "<i>someone" not in page, path
    assert "&lt;script&gt;alert(&#39;q&#39;)&lt;/script&gt;提案怎么交" in web.get("/questions").text
    assert "x&lt;img src=x onerror=alert(1)&gt;.txt" in web.get("/documents").text
    csp = web.get("/documents").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src", 1)[1].split(";", 1)[0]


def test_writes_are_audited_with_who_did_them(web):
    from bot.features.roster import audit_rows, list_members

    sign_in(web, "tg:3", "张主任")              # an admin may change roles, as with /role in chat
    page = web.get("/roster").text
    csrf = page.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    wang = next(m for m in list_members(web.assistant.db) if m["name"] == "王委员")
    assert web.post(f"/roster/{wang['id']}/role", data={"csrf": csrf, "role": "staff"}).status_code == 303
    actions = {(r["action"], r["actor"]) for r in audit_rows(web.assistant.db, limit=20)}
    assert ("web:signin", "tg:3 张主任 (web)") in actions
    assert ("web:role", "tg:3 张主任 (web)") in actions
    # A staff member (not admin) cannot change roles from the desk either.
    web.cookies.clear()
    csrf = sign_in(web)
    assert web.post(f"/roster/{wang['id']}/role", data={"csrf": csrf, "role": "admin"}).status_code == 403


def test_english_is_one_click_away_and_the_switch_is_no_open_redirect(web):
    sign_in(web)
    assert "知识库文档" in web.get("/documents").text
    response = web.get("/lang/en?next=/documents")
    assert response.status_code == 303 and response.headers["location"].startswith("/documents")
    assert "Knowledge-base documents" in web.get("/documents").text
    assert web.get("/lang/zh?next=//evil.example/").headers["location"].startswith("/documents")


async def test_the_web_command_gives_staff_a_link_and_nobody_else(web, recording_transport):
    from bot.kernel.messages import Chat, Incoming, User

    async def send(user_id, chat_kind="private"):
        recording_transport.sent.clear()
        chat = Chat(user_id if chat_kind == "private" else "tg:-100", chat_kind)
        await web.assistant.handle(Incoming("telegram", User(user_id, "x"), chat, text="/web", command="web"),
                                   recording_transport)
        return "\n".join(recording_transport.texts())

    base = web.assistant.settings.web.base_url
    assert f"{base}/signin?t=" in await send("tg:1")
    assert base not in await send("tg:2")              # a member
    assert base not in await send("tg:99")             # a stranger
    assert base not in await send("tg:1", "group")     # staff, but in a group


def test_enabled_without_a_secret_fails_at_start_with_a_clear_message(make_config, monkeypatch):
    from bot.settings import load_bot_settings
    from kb.errors import ConfigError

    monkeypatch.delenv("WEB_SECRET", raising=False)
    config = make_config(bot={"web": {"enabled": True}})
    with pytest.raises(ConfigError, match="WEB_SECRET"):
        load_bot_settings(config)
    monkeypatch.setenv("WEB_SECRET", SECRET)
    assert load_bot_settings(config).web.enabled
