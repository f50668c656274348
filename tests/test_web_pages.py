"""The desk's pages that the browser tests do not walk through: queue dismiss and merge, FAQ edit and
retire, scheduling and cancelling a broadcast, roster search, and the CSV/XLSX export of every table."""
from __future__ import annotations

import io

import pytest

from tests.test_web_security import sign_in, web  # noqa: F401  (the fixture)


def csrf_of(client, path="/documents") -> str:
    return client.get(path).text.split('name="csrf" value="', 1)[1].split('"', 1)[0]


async def ask(client, recording_transport, user_id: str, text: str):
    from bot.kernel.messages import Chat, Incoming, User

    msg = Incoming("console", User(user_id, "委员"), Chat(user_id), text=text)
    return await client.assistant.ask(msg, recording_transport, text)


async def test_queue_items_dismissed_and_merged_and_faq_edited_then_retired(web, recording_transport):  # noqa: F811
    web.assistant.attach_transport(recording_transport)      # the askers' chats (console:…) are reachable
    await ask(web, recording_transport, "console:a", "政协大院开会期间能停车吗")
    await ask(web, recording_transport, "console:b", "委员食堂几点开门")
    await ask(web, recording_transport, "console:c", "委员证丢了怎么补办")
    sign_in(web)
    csrf = csrf_of(web, "/queue")
    items = [i["id"] for i in web.assistant.curation.open_items()]
    assert len(items) == 3
    # Answer the first: it becomes FAQ #1.
    r = web.post(f"/queue/{items[0]}/answer", data={"csrf": csrf, "text": "开会期间不对外停车。"})
    assert r.status_code == 303 and "已通知 1 人" in web.get(r.headers["location"]).text
    # Merge the second into it, dismiss the third with a reason the asker reads.
    assert web.post(f"/queue/{items[1]}/merge", data={"csrf": csrf, "entry": "1"}).status_code == 303
    r = web.post(f"/queue/{items[2]}/dismiss", data={"csrf": csrf, "text": "请联系机关事务处"})
    assert r.status_code == 303
    assert web.assistant.curation.open_items() == []
    assert any("请联系机关事务处" in text for text in recording_transport.texts("console:c"))
    # Acting again on a handled item says so instead of acting twice.
    again = web.get(web.post(f"/queue/{items[2]}/dismiss", data={"csrf": csrf, "text": "x"}).headers["location"])
    assert "已被处理" in again.text
    # FAQ: edit the answer, then retire it.
    faq = web.get("/faq").text
    assert "开会期间不对外停车。" in faq
    assert web.post("/faq/1/edit", data={"csrf": csrf, "answer": "开会期间请乘坐接驳车。", "question": ""}
                    ).status_code == 303
    assert web.assistant.curation.entry(1)["answer"] == "开会期间请乘坐接驳车。"
    assert web.post("/faq/1/retire", data={"csrf": csrf}).status_code == 303
    assert "开会期间请乘坐接驳车" not in web.get("/faq").text


def test_a_broadcast_scheduled_then_cancelled(web):  # noqa: F811
    sign_in(web)
    csrf = csrf_of(web, "/broadcasts/new")
    page = web.post("/broadcasts/preview", data={"csrf": csrf, "text": "下周一上午开会", "audience": ["members"],
                                                  "when": "2099-01-05 09:00"})
    assert page.status_code == 200 and "收件人：3 个" in page.text
    key = page.text.split('action="/broadcasts/send/', 1)[1].split('"', 1)[0]
    r = web.post(f"/broadcasts/send/{key}", data={"csrf": csrf})
    assert r.status_code == 303
    detail = web.get(r.headers["location"]).text
    assert "scheduled" in detail and "2099-01-05 09:00" in detail
    bid = int(r.headers["location"].rsplit("/", 1)[1])
    assert web.post(f"/broadcasts/{bid}/cancel", data={"csrf": csrf}).status_code == 303
    assert "cancelled" in web.get(f"/broadcasts/{bid}").text
    # A preview is used once.
    assert "/broadcasts/new" in web.post(f"/broadcasts/send/{key}", data={"csrf": csrf}).headers["location"]
    # A time in the past is refused with the form kept.
    past = web.post("/broadcasts/preview", data={"csrf": csrf, "text": "x", "audience": ["members"],
                                                 "when": "2001-01-01 09:00"})
    assert 'id="error"' in past.text


def test_roster_search(web):  # noqa: F811
    sign_in(web)
    page = web.get("/roster?q=王").text
    assert "王委员" in page and "张主任" not in page
    assert "138****0002" in page and "13800000002" not in page       # phones masked on the page


@pytest.mark.parametrize("table", ["documents", "questions", "queue", "faq", "broadcasts", "roster", "stats"])
def test_every_table_exports_to_csv_and_xlsx(web, table):  # noqa: F811
    from openpyxl import load_workbook

    sign_in(web)
    csv = web.get(f"/{table}.csv")
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    assert csv.content.startswith("\ufeff".encode())                  # Excel reads the Chinese
    assert f'filename="{table}.csv"' in csv.headers["content-disposition"]
    xlsx = web.get(f"/{table}.xlsx")
    assert xlsx.status_code == 200
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet.max_row >= 1
    assert web.get(f"/{table}.exe").status_code == 404
