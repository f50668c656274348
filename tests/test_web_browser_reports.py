"""The desk's 社情民意 review board and annual assessment in a real browser (headless Chromium via
Selenium), against the bot on the Telegram emulator: a clerk opens the list, opens a report,
changes its status (the author is told in chat), and reads the member's figures on the
assessment page. The same stack and waits as tests/test_web_browser.py.
"""
from __future__ import annotations

import pytest

from tests.support.web_live import have_chromium
from tests.test_web_browser import MEMBER, STAFF, WAIT, browser, live, sign_in, text_of, visible, wait  # noqa: F401

pytestmark = pytest.mark.skipif(not have_chromium(), reason="needs Debian's chromium and chromium-driver "
                                                               "(`make test` installs them)")

TITLE = "关于老旧小区加装电梯后维保费用的建议"


def file_report(live) -> dict:
    """王委员 (MEMBER) files a report, as /report in chat would."""
    from bot.features.reports import Author, file_report as file_
    from bot.features.reports.links import member_for_user
    from bot.features.reports.settings import reports_settings

    a = live.assistant
    settings = reports_settings(a.settings.reports)
    user_id = f"tg:{MEMBER.id}"
    member = member_for_user(a.db, user_id)
    author = Author(id=user_id, chat_id=user_id, name=member["name"], member_id=member["id"])
    draft = {"title": TITLE, "content": "幸福里小区 12 栋加装电梯后，维保费用无人承担。", "category": settings.categories[1],
             "community": "东街"}
    return live.call(file_, a.db, draft, author=author, settings=settings, tz=a.config.committee.timezone)


def test_a_clerk_reviews_a_report_and_reads_the_assessment(live, browser):
    from selenium.webdriver.common.by import By

    report = file_report(live)
    receipt = report["receipt"]
    sign_in(live, browser)

    # The list: one row, the receipt linking to the report, its author and status.
    browser.get(live.base_url + "/reports")
    table = wait(browser, visible("table#reports"))
    [row] = table.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert receipt in row.text and TITLE in row.text and "王委员" in row.text and "已接收" in row.text
    assert "13800000002" not in browser.page_source                  # no phone numbers on the board
    row.find_element(By.LINK_TEXT, receipt).click()

    # The report: its text and status; the clerk accepts and issues it.
    wait(browser, visible("#report-status"))
    assert text_of(browser, "h1.report-title") == f"{receipt} · {TITLE}"
    assert text_of(browser, "#report-status") == "已接收"
    assert "维保费用无人承担" in text_of(browser, ".report-content")
    browser.find_element(By.XPATH, "//form[@id='actions']//button[normalize-space()='接收并编发']").click()
    wait(browser, lambda d: d.find_element(By.ID, "report-status").text == "已编发")
    assert receipt in text_of(browser, "#note")
    assert "秘书处小李" in text_of(browser, "#history")              # the history names the clerk

    # Then marks it adopted by the province; the author hears of it in chat, through the outbox.
    browser.find_element(By.XPATH, "//form[@id='actions']//button[normalize-space()='标记为省级采用']").click()
    wait(browser, lambda d: d.find_element(By.ID, "report-status").text == "已被省级采用")
    live.wait_for(lambda emu: any("已被省级采用" in (m.plain_text or "") and receipt in (m.plain_text or "")
                                  for m in emu.sent_messages(MEMBER.id)), timeout=WAIT)

    # The assessment page: 王委员's row has the four points of a report adopted by the province.
    browser.get(live.base_url + f"/assessment?year={report['year']}")
    table = wait(browser, visible("table#assessment"))
    headers = [th.text for th in table.find_elements(By.CSS_SELECTOR, "thead th")]
    rows = {r.find_element(By.CSS_SELECTOR, "td").text: [td.text for td in r.find_elements(By.CSS_SELECTOR, "td")]
            for r in table.find_elements(By.CSS_SELECTOR, "tbody tr")}
    wang = dict(zip(headers, rows["王委员"]))
    assert wang["社情民意"] == "4" and wang["合计"] == "4", wang
    assert wang["界别"] == "经济界" and wang["等次"], wang
    assert rows["赵委员"][headers.index("合计")] == "0"                # a member without records reads 0
    assert "13800000002" not in browser.page_source
