"""The desk's 社情民意 review board and annual assessment table, through Starlette's test client:
refusals, every status action through the reports feature (notices, points), CSRF, escaping, export."""
from __future__ import annotations

import io

from tests.test_reports import queued_notices
from tests.test_web_security import sign_in, web  # noqa: F401  (the fixture)

TITLE = "<script>alert('r')</script>关于加装电梯的建议"


def file_report(client, title=TITLE) -> dict:
    from bot.features.reports import Author, file_report as file_
    from bot.features.reports.links import member_for_user
    from bot.features.reports.settings import reports_settings

    a = client.assistant
    settings = reports_settings(a.settings.reports)
    member = member_for_user(a.db, "tg:2")
    author = Author(id="tg:2", chat_id="tg:2", name=member["name"], member_id=member["id"])
    draft = {"title": title, "content": "幸福里小区老旧楼栋需要加装电梯。", "category": settings.categories[0],
             "community": "东湖社区"}
    return file_(a.db, draft, author=author, settings=settings, tz=a.config.committee.timezone)


def csrf_of(client, path) -> str:
    return client.get(path).text.split('name="csrf" value="', 1)[1].split('"', 1)[0]


def test_board_and_assessment_refused_without_a_session_and_to_a_member(web):  # noqa: F811
    from bot.web.auth import COOKIE

    report = file_report(web)
    paths = ["/reports", f"/reports/{report['id']}", "/assessment?year=2026", "/assessment.xlsx?year=2026",
             "/reports.csv"]
    for path in paths:
        assert web.get(path).status_code == 401, path
    assert web.post(f"/reports/{report['id']}/issue", data={}).status_code == 401
    web.cookies.set(COOKIE, web.desk.desk.tokens.session_cookie("tg:2", "王委员"))
    for path in paths:
        assert web.get(path).status_code == 403, path
    assert web.post(f"/reports/{report['id']}/issue", data={}).status_code == 403


def test_return_then_adopt_by_the_province_through_the_board(web):  # noqa: F811
    from bot.features.duty import api as duty
    from bot.features.reports import get_report, resubmit
    from bot.features.reports.settings import reports_settings

    report = file_report(web)
    rid = report["id"]
    sign_in(web)
    board = web.get("/reports")
    assert board.status_code == 200 and report["receipt"] in board.text and "13800000002" not in board.text
    assert report["receipt"] in web.get("/reports?status=received").text
    assert report["receipt"] not in web.get("/reports?status=issued").text
    csrf = csrf_of(web, f"/reports/{rid}")
    # Out of order: adopted before it was issued — the feature's own sentence.
    r = web.post(f"/reports/{rid}/adopt", data={"csrf": csrf, "level": "province"})
    assert r.status_code == 303
    page = web.get(r.headers["location"]).text
    assert "不能直接改为" in page and get_report(web.assistant.db, rid)["status"] == "received"
    # Returned with a comment: the author reads it in the outbox.
    r = web.post(f"/reports/{rid}/return", data={"csrf": csrf, "comment": "请补充具体小区和户数。"})
    assert r.status_code == 303
    assert get_report(web.assistant.db, rid)["status"] == "returned"
    notices = queued_notices(web.assistant.db)
    assert notices[-1]["chat_id"] == "tg:2" and "请补充具体小区和户数" in notices[-1]["html"]
    page = web.get(f"/reports/{rid}").text
    assert "请补充具体小区和户数" in page and "李秘书" in page          # the history names the clerk
    # The author resubmits (in chat); the clerk issues it and marks it adopted by the province.
    draft = {"title": report["title"], "content": "幸福里小区 12 栋 240 户。", "category": report["category"],
             "community": report["community"]}
    resubmit(web.assistant.db, rid, draft, author_id="tg:2", settings=reports_settings(web.assistant.settings.reports))
    assert web.post(f"/reports/{rid}/issue", data={"csrf": csrf}).status_code == 303
    r = web.post(f"/reports/{rid}/adopt", data={"csrf": csrf, "level": "province"})
    assert r.status_code == 303 and "省级" in web.get(r.headers["location"]).text
    final = get_report(web.assistant.db, rid)
    assert final["status"] == "adopted" and final["level"] == "province"
    assert any(h["actor"] and h["actor"].startswith("李秘书 (tg:1)") for h in final["history"])
    notices = queued_notices(web.assistant.db)
    assert len([n for n in notices if n["chat_id"] == "tg:2"]) == 3 and "省级" in notices[-1]["html"]
    assert duty.summary(web.assistant.db, final["member_id"], final["year"]).total == 4
    # A lower level after a higher one is refused with the feature's message.
    r = web.post(f"/reports/{rid}/adopt", data={"csrf": csrf, "level": "city"})
    assert "最高一级计分" in web.get(r.headers["location"]).text
    assert duty.summary(web.assistant.db, final["member_id"], final["year"]).total == 4


def test_a_status_post_without_the_csrf_token_is_refused(web):  # noqa: F811
    from bot.features.reports import get_report

    report = file_report(web)
    csrf = sign_in(web)
    assert web.post(f"/reports/{report['id']}/issue", data={}).status_code == 403
    assert web.post(f"/reports/{report['id']}/issue", data={"csrf": "x" + csrf}).status_code == 403
    assert get_report(web.assistant.db, report["id"])["status"] == "received"
    assert web.post("/reports/999/issue", data={"csrf": csrf}).status_code == 404


def test_a_report_title_with_script_shows_as_text(web):  # noqa: F811
    report = file_report(web)
    sign_in(web)
    for path in ("/reports", f"/reports/{report['id']}"):
        page = web.get(path).text
        assert "<script>alert" not in page, path
        assert "&lt;script&gt;alert(&#39;r&#39;)&lt;/script&gt;关于加装电梯的建议" in page, path


def test_assessment_shows_grades_and_exports_xlsx(web):  # noqa: F811
    from openpyxl import load_workbook

    from bot.features.reports import change_status

    report = file_report(web)
    a = web.assistant
    change_status(a.db, report["id"], "issued", actor="test", tz=a.config.committee.timezone)
    year = report["year"]
    sign_in(web)
    page = web.get(f"/assessment?year={year}")
    assert page.status_code == 200
    from bot.web.sources.reports import assessment

    table = assessment(a, year)
    [row] = [r for r in table.rows if r.name == "王委员"]
    assert row.grade and f'<td class="grade">{row.grade}</td>' in page.text and "王委员" in page.text
    assert "13800000002" not in page.text
    xlsx = web.get(f"/assessment.xlsx?year={year}")
    assert xlsx.status_code == 200 and f'assessment-{year}.xlsx' in xlsx.headers["content-disposition"]
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    cells = [[c.value for c in r] for r in sheet.iter_rows()]
    assert cells[0][0] == "姓名" and "手机" not in cells[0]
    assert any(r[0] == "王委员" and row.grade in r for r in cells[1:])
    assert not any("13800000002" in str(v) for r in cells for v in r)
    assert web.get(f"/assessment.csv?year={year}").headers["content-type"].startswith("text/csv")
