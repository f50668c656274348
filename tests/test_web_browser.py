"""The web desk in a real browser: headless Chromium (Debian's chromium + chromium-driver) via Selenium,
against the bot running on the Telegram emulator and the desk serving from the same event loop.

Every wait is on a condition (WebDriverWait, the emulator's wait_for) with generous limits.
"""
from __future__ import annotations

import pytest

from tests.support.web_live import LiveDesk, chrome, copy_kb, have_chromium

pytestmark = pytest.mark.skipif(not have_chromium(), reason="needs Debian's chromium and chromium-driver "
                                                               "(`make test` installs them)")

from tests.support.telegram_emulator import Chat, User  # noqa: E402

STAFF = User(id=7001, first_name="秘书处小李", username="xiaoli", language_code="zh-hans")
MEMBER = User(id=7002, first_name="王委员", username="wang", language_code="zh-hans")
MEMBER2 = User(id=7003, first_name="赵委员", username="zhao", language_code="zh-hans")
ROSTER = ("姓名,手机,界别,街道社区,角色,telegram\n"
          "李秘书,13800000001,,,工作人员,7001\n"
          "王委员,13800000002,经济界,东街,委员,7002\n"
          "赵委员,13800000003,经济界,西街,委员,7003\n")
WAIT = 120


@pytest.fixture
def live(sample_kb_dir, tmp_path):
    from bot.app import build_assistant
    from bot.features.roster import RosterAccess, import_roster

    kb = copy_kb(sample_kb_dir, tmp_path / "kb")
    assistant = build_assistant(kb=kb, access=RosterAccess("members"))
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    import_roster(assistant.db, roster)
    desk = LiveDesk(assistant).start()
    yield desk
    desk.stop()


@pytest.fixture
def browser():
    driver = chrome()
    yield driver
    driver.quit()


def wait(driver, condition, timeout=WAIT):
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    # A page that reloads itself (live delivery progress) replaces its elements under the condition.
    return WebDriverWait(driver, timeout, ignored_exceptions=(StaleElementReferenceException,)).until(condition)


def text_of(driver, css: str) -> str:
    from selenium.webdriver.common.by import By

    return driver.find_element(By.CSS_SELECTOR, css).text


def visible(css: str):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    return ec.visibility_of_element_located((By.CSS_SELECTOR, css))


def sign_in(live, driver, user=STAFF) -> str:
    link = live.link_from_chat(user, Chat.private(user))
    driver.get(link)
    wait(driver, visible("#signin")).click()
    wait(driver, visible("table#documents"))
    return link


def test_sign_in_by_link_and_reused_or_expired_links_refused(live, browser):
    from bot.web.texts import t

    link = sign_in(live, browser)
    assert "秘书处小李" in text_of(browser, "header .who")
    # The same link again: refused, with what to do.
    browser.delete_all_cookies()
    browser.get(link)
    wait(browser, visible("#message"))
    assert text_of(browser, "#message") == t("link_used", "zh")
    # A fresh link that has outlived bot.web.link_minutes: refused.
    fresh = live.link_from_chat(STAFF, Chat.private(STAFF))
    live.clock.shift += live.assistant.settings.web.link_minutes * 60 + 5
    browser.get(fresh)
    wait(browser, visible("#message"))
    assert text_of(browser, "#message") == t("link_expired", "zh")
    # Pages without a session say how to sign in.
    browser.get(live.base_url + "/queue")
    assert t("need_signin", "zh") in wait(browser, visible("#message")).text


def test_a_members_link_is_refused(live, browser):
    from bot.web.texts import t

    # A member asking the bot for a link is refused by the kernel (role staff) ...
    chat = Chat.private(MEMBER)
    sent = live.send_text(MEMBER, chat, "/web")
    [reply] = live.wait_for_messages(chat.id, 1, after=sent["message_id"])[:1]
    assert live.base_url not in (reply.plain_text or "")
    # ... and a link made out to a member (forged or from before a demotion) opens nothing.
    browser.get(live.desk.link(f"tg:{MEMBER.id}", "王委员"))
    assert wait(browser, visible("#message")).text == t("link_not_staff", "zh")
    browser.get(live.base_url + "/documents")
    assert t("need_signin", "zh") in wait(browser, visible("#message")).text


V1 = "机关停车管理办法\n\n第一条 委员停车证由机关事务处统一办理，每周一上午集中发放。\n\n第二条 停车证遗失的，应当及时到机关事务处补办。\n"
V2 = "机关停车管理办法\n\n第一条 委员停车证由机关事务处统一办理，每周三下午集中发放。\n\n第二条 停车证遗失的，应当及时到机关事务处补办。\n\n第三条 临时来访车辆凭通知单停放。\n"


def test_upload_and_replace_a_document_then_chat_gets_the_new_text(live, browser, tmp_path):
    from selenium.webdriver.common.by import By

    sign_in(live, browser)
    v1 = tmp_path / "v1" / "机关停车管理办法.txt"
    v1.parent.mkdir()
    v1.write_text(V1, encoding="utf-8")
    browser.find_element(By.ID, "files").send_keys(str(v1))
    browser.find_element(By.ID, "upload-button").click()
    wait(browser, visible("#note"))
    assert "已添加" in text_of(browser, "#note")
    row = browser.find_element(By.CSS_SELECTOR, 'tr[data-doc="机关停车管理办法.txt"]')
    assert "v1" in row.text

    # Replace it: the diff names the changed and the added article before anything is written.
    v2 = tmp_path / "v2" / "机关停车管理办法.txt"
    v2.parent.mkdir()
    v2.write_text(V2, encoding="utf-8")
    row.find_element(By.CSS_SELECTOR, "a.replace").click()
    wait(browser, visible("#file")).send_keys(str(v2))
    browser.find_element(By.ID, "preview").click()
    summary = wait(browser, visible("#diff-summary")).text
    assert "新增 1 条，修改 1 条，删除 0 条" in summary, summary
    assert "每周三下午" in browser.find_element(By.CSS_SELECTOR, ".diff.changed .new").text
    browser.find_element(By.ID, "confirm").click()
    wait(browser, visible("#note"))
    row = browser.find_element(By.CSS_SELECTOR, 'tr[data-doc="机关停车管理办法.txt"]')
    assert "v2" in row.text

    # A member asks in chat and is quoted the new version.
    reply = live.run(live.harness.ask(MEMBER, Chat.private(MEMBER), "委员停车证每周什么时候发放", timeout=WAIT))
    assert "每周三下午" in reply.plain_text and "每周一" not in reply.plain_text, reply.plain_text


SCRIPT_QUESTION = "<script>alert(1)</script>开会那几天政协大院能停车吗"
ANSWER = "全体会议期间政协大院不对外停车，请乘坐接驳车（示例答复）。"


def test_answer_a_queue_item_and_the_asker_is_notified(live, browser):
    from selenium.webdriver.common.by import By

    live.assistant.kb.set_abstain_threshold(0.99)    # nothing is answered: the question is queued
    chat = Chat.private(MEMBER)
    asked = live.send_text(MEMBER, chat, SCRIPT_QUESTION)
    first = live.wait_for_messages(chat.id, 2, after=asked["message_id"])
    sign_in(live, browser)
    browser.get(live.base_url + "/queue")
    item = wait(browser, visible(".item"))
    # The question is shown as text: its <script> is neither run nor swallowed.
    assert SCRIPT_QUESTION in item.find_element(By.CSS_SELECTOR, ".asks").text
    assert browser.execute_script("return document.querySelectorAll('main script').length") == 0
    item.find_element(By.CSS_SELECTOR, "textarea.answer").send_keys(ANSWER)
    item.find_element(By.CSS_SELECTOR, "button.answer-button").click()
    assert "已通知 1 人" in wait(browser, visible("#note")).text
    [note] = live.wait_for_messages(chat.id, 1, after=first[-1].message_id)[:1]
    assert "秘书处答复" in note.plain_text and ANSWER in note.plain_text


def test_a_broadcast_composed_and_delivered(live, browser):
    from selenium.webdriver.common.by import By

    sign_in(live, browser)
    browser.get(live.base_url + "/broadcasts/new")
    wait(browser, visible("#text")).send_keys("明天上午九点召开常委会，请准时参加。")
    browser.find_element(By.ID, "aud-members").click()
    browser.find_element(By.ID, "preview").click()
    count = wait(browser, visible("#count")).text
    assert "收件人：3 个" in count, count           # everyone verified on the roster, the clerk included
    browser.find_element(By.ID, "send").click()
    # Live progress until every recipient has it; then the page shows the final count and no one missed.
    wait(browser, lambda d: "已送达 3/3" in d.find_element(By.CSS_SELECTOR, "#final-progress, #live-progress").text)
    for user in (MEMBER, MEMBER2, STAFF):
        live.wait_for(lambda emu, u=user: any("常委会" in (m.plain_text or "") for m in emu.sent_messages(u.id)))
    browser.refresh()
    assert "暂无" in wait(browser, visible("table#missed")).text


def test_roster_import_with_one_bad_row(live, browser, tmp_path):
    from selenium.webdriver.common.by import By

    sign_in(live, browser)
    browser.get(live.base_url + "/roster")
    upload = tmp_path / "新名单.csv"
    upload.write_text("姓名,手机,界别,角色\n孙委员,13900000011,教育界,委员\n周委员,1390000,教育界,委员\n"
                      "王委员,13800000002,科技界,委员\n", encoding="utf-8")
    wait(browser, visible("#roster-file")).send_keys(str(upload))
    browser.find_element(By.ID, "check").click()
    summary = wait(browser, visible("#summary")).text
    assert "新增 1，更新 1，未变 0，拒绝 1" in summary, summary
    rejected = browser.find_element(By.CSS_SELECTOR, "tr.rejected").text
    assert "周委员" in rejected and "1390000" in rejected
    # Nothing was written by the preview.
    from bot.features.roster import list_members

    assert "孙委员" not in [m["name"] for m in list_members(live.assistant.db)]
    browser.find_element(By.ID, "commit").click()
    assert "新增 1，更新 1，拒绝 1" in wait(browser, visible("#note")).text
    assert "孙委员" in text_of(browser, "table#roster")


def test_the_stats_page_renders_its_charts(live, browser):
    for question in ("提案最晚什么时候交", "委员可以自己退出政协吗"):
        live.run(live.harness.ask(MEMBER, Chat.private(MEMBER), question, timeout=WAIT))
    sign_in(live, browser)
    browser.get(live.base_url + "/stats")
    assert "提问 2 次" in wait(browser, visible("#summary")).text
    for name in ("per_day", "outcomes", "docs", "unanswered", "delivery"):
        wait(browser, lambda d, n=name: d.execute_script(
            f"var i = document.getElementById('chart-{n}'); return i.complete && i.naturalWidth > 0"))
