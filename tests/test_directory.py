"""The contact in "no answer" replies comes from the directory document (kb.directory)."""
from __future__ import annotations

import re
from pathlib import Path

from kb.config import load_config
from kb.directory import PHONE, find_directory, office_phone

ROOT = Path(__file__).resolve().parent.parent
DIRECTORY = ROOT / "samples" / "documents" / "机关处室职责与联系方式.txt"


def test_config_and_the_sample_directory_agree():
    committee = load_config(ROOT / "config.yaml").committee
    text = DIRECTORY.read_text(encoding="utf-8")
    phone = office_phone(text, committee.staff_office)
    assert phone == "0000-5550104"
    assert PHONE.findall(committee.staff_contact) == [phone]
    assert PHONE.findall(committee.staff_contact_en) == [phone]
    assert committee.staff_office in committee.staff_contact


def test_directory_is_recognised_by_structure_or_title():
    texts = {1: "第一条 委员应当……委员工作室负责。", 2: DIRECTORY.read_text(encoding="utf-8")}
    docs = [{"id": 1, "title": "委员履职手册"}, {"id": 2, "title": "机关处室职责与联系方式"}]
    assert find_directory(docs, texts, "委员工作室")["id"] == 2
    assert find_directory(docs, texts, "委员工作室", title_word="联系方式")["id"] == 2
    assert find_directory(docs, texts, "委员工作室", title_word="通讯录") is None
    assert find_directory(docs[:1], texts, "委员工作室") is None


def test_no_answer_reply_uses_the_ingested_directory(sample_kb):
    from bot.kernel.messages import to_plain
    from bot.kernel.render import render_answer

    answer = sample_kb.ask("今年全会委员统一住哪个酒店")
    assert answer.abstained and answer.contact.phone == "0000-5550104"
    assert "委员工作室（电话 0000-5550104）" in to_plain(render_answer(answer, sample_kb.config.committee))
    assert "0000-5550104" in to_plain(render_answer(answer, sample_kb.config.committee, "en"))


def test_a_changed_number_in_the_directory_wins_over_config(sample_kb, tmp_path):
    text = DIRECTORY.read_text(encoding="utf-8").replace("0000-5550104", "0000-5559999")
    copy = tmp_path / DIRECTORY.name
    copy.write_text(text, encoding="utf-8")
    sample_kb.add_paths([copy])
    answer = sample_kb.ask("今年全会委员统一住哪个酒店")
    assert answer.abstained and answer.contact.phone == "0000-5559999"
    # Without a directory, the configured contact is used.
    sample_kb.remove(DIRECTORY.name)
    answer = sample_kb.ask("今年全会委员统一住哪个酒店")
    assert answer.contact is None
    assert re.search("0000-5550104", sample_kb.config.committee.staff_contact)
