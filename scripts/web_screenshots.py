#!/usr/bin/env python3
"""Screenshots of every page of the web desk into docs/web/ (PNG, headless Chromium, CJK font).

    .venv/bin/python scripts/web_screenshots.py [--out docs/web]

Builds the sample knowledge base in a temporary folder, runs the bot on the Telegram
emulator with the desk (tests/support/web_live.py), makes some activity (questions,
a queue item answered, a broadcast delivered) and photographs each page as a clerk
sees it, at laptop width and two at phone width.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ROSTER = ("姓名,手机,界别,街道社区,角色,telegram\n李秘书,13800000001,,,工作人员,7001\n"
          "王委员,13800000002,经济界,东街,委员,7002\n赵委员,13800000003,经济界,西街,委员,7003\n"
          "钱委员,13800000004,教育界,东街,委员,7004\n")
V1 = "机关停车管理办法\n\n第一条 委员停车证由机关事务处统一办理，每周一上午集中发放。\n\n第二条 停车证遗失的，应当及时补办。\n"
V2 = ("机关停车管理办法\n\n第一条 委员停车证由机关事务处统一办理，每周三下午集中发放。\n\n第二条 停车证遗失的，应当及时补办。\n\n"
      "第三条 临时来访车辆凭通知单停放。\n")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "web"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    import yaml
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    from bot.app import build_assistant
    from bot.features.roster import RosterAccess, import_roster
    from kb.config import load_config
    from kb.knowledge_base import KnowledgeBase
    from tests.support.telegram_emulator import Chat, User
    from tests.support.web_live import LiveDesk, chrome

    staff = User(id=7001, first_name="李秘书", username="li", language_code="zh-hans")
    members = [User(id=7002 + i, first_name=n, username=f"m{i}", language_code="zh-hans")
               for i, n in enumerate(["王委员", "赵委员", "钱委员"])]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        raw = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
        raw["data_dir"] = str(folder / "data")
        (folder / "config.yaml").write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
        kb = KnowledgeBase(load_config(folder / "config.yaml"))
        kb.add_paths([ROOT / "samples" / "documents"])
        assistant = build_assistant(kb=kb, access=RosterAccess("members"))
        (folder / "roster.csv").write_text(ROSTER, encoding="utf-8")
        import_roster(assistant.db, folder / "roster.csv")
        live = LiveDesk(assistant).start()
        driver = chrome()
        from selenium.common.exceptions import StaleElementReferenceException

        wait = WebDriverWait(driver, 120, ignored_exceptions=(StaleElementReferenceException,))

        def shot(name: str):
            driver.save_screenshot(str(out / f"{name}.png"))
            print("wrote", out / f"{name}.png")

        def visible(css):
            return wait.until(ec.visibility_of_element_located((By.CSS_SELECTOR, css)))

        try:
            for user, q in zip(members * 2, ["提案最晚什么时候交", "社情民意信息一篇写多少字", "全会去不了怎么请假",
                                             "委员可以自己退出政协吗", "开会那几天政协大院能停车吗",
                                             "委员食堂几点开门"]):
                live.run(live.harness.ask(user, Chat.private(user), q, timeout=120))
            link = live.link_from_chat(staff, Chat.private(staff))
            driver.get(link)
            visible("#signin")
            shot("01-signin")
            driver.find_element(By.ID, "signin").click()
            visible("table#documents")
            v1 = folder / "v1" / "机关停车管理办法.txt"
            v1.parent.mkdir()
            v1.write_text(V1, encoding="utf-8")
            driver.find_element(By.ID, "files").send_keys(str(v1))
            driver.find_element(By.ID, "upload-button").click()
            visible("#note")
            shot("02-documents")
            driver.find_element(By.CSS_SELECTOR, 'tr[data-doc="机关停车管理办法.txt"] a.replace').click()
            v2 = folder / "v2" / "机关停车管理办法.txt"
            v2.parent.mkdir()
            v2.write_text(V2, encoding="utf-8")
            visible("#file").send_keys(str(v2))
            driver.find_element(By.ID, "preview").click()
            visible("#diff-summary")
            shot("03-document-replace-diff")
            driver.find_element(By.ID, "confirm").click()
            visible("#note")
            driver.find_element(By.CSS_SELECTOR, 'tr[data-doc="机关停车管理办法.txt"] a.remove').click()
            visible("#confirm")
            shot("04-document-remove")
            driver.get(live.base_url + "/try?q=提案最晚什么时候交")
            visible("#reply")
            shot("05-try-a-question")
            driver.get(live.base_url + "/questions")
            visible("table#questions")
            shot("06-questions")
            driver.get(live.base_url + "/queue")
            visible("main h1")
            shot("07-queue")
            items = driver.find_elements(By.CSS_SELECTOR, ".item textarea.answer")
            if items:
                items[0].send_keys("全体会议期间政协大院不对外停车，请乘坐接驳车。")
                driver.find_element(By.CSS_SELECTOR, ".item button.answer-button").click()
                visible("#note")
            driver.get(live.base_url + "/faq")
            visible("main h1")
            shot("08-faq")
            driver.get(live.base_url + "/broadcasts/new")
            visible("#text").send_keys("明天上午九点召开常委会，请准时参加。")
            driver.find_element(By.ID, "aud-members").click()
            shot("09-broadcast-compose")
            driver.find_element(By.ID, "preview").click()
            visible("#count")
            shot("10-broadcast-preview")
            driver.find_element(By.ID, "send").click()
            visible("#final-progress")         # the page reloads itself when delivery is over
            shot("11-broadcast-report")
            driver.get(live.base_url + "/broadcasts")
            visible("table#broadcasts")
            shot("12-broadcasts")
            driver.get(live.base_url + "/roster")
            visible("table#roster")
            shot("13-roster")
            bad = folder / "新名单.csv"
            bad.write_text("姓名,手机,界别,角色\n孙委员,13900000011,教育界,委员\n周委员,1390000,教育界,委员\n",
                           encoding="utf-8")
            driver.find_element(By.ID, "roster-file").send_keys(str(bad))
            driver.find_element(By.ID, "check").click()
            visible("#summary")
            shot("14-roster-import-preview")
            driver.get(live.base_url + "/stats")
            for name in ("per_day", "outcomes", "docs", "unanswered", "delivery"):
                wait.until(lambda d, n=name: d.execute_script(
                    f"var i = document.getElementById('chart-{n}'); return i.complete && i.naturalWidth > 0"))
            driver.set_window_size(1280, 1500)
            shot("15-stats")
            driver.get(live.base_url + "/lang/en?next=/stats")
            visible("#summary")
            wait.until(lambda d: d.execute_script(
                "return Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)"))
            shot("16-stats-english")
            driver.get(live.base_url + "/lang/zh?next=/documents")
            driver.set_window_size(390, 844)
            visible("table#documents")
            shot("17-phone-documents")
            driver.get(live.base_url + "/queue")
            visible("main h1")
            shot("18-phone-queue")
        finally:
            driver.quit()
            live.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
