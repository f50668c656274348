"""A new version under another file name with the same title (issue 15, found by a clerk).

The CLI asks, or takes --replace / --keep-both; without either and without a terminal it
refuses naming both flags. /docs and /remove show file name, version and date, so two
documents are never two identical lines.
"""
from __future__ import annotations

from click.testing import CliRunner

from cli import main as ingest
from tests.conftest import write_config
from tests.test_staff_chat import STAFF, bot  # noqa: F401  (the roster-backed chat harness)

V1 = "委员请假规定\n\n第一条 委员因故不能出席会议的，应当在会议召开3日前书面请假。\n"
V2 = V1.replace("3日前", "5日前")


def run(config, *args, input=None):
    return CliRunner().invoke(ingest.cli, ["--config", str(config), *args], input=input, catch_exceptions=False)


def setup(tmp_path, shared_cache):
    config = write_config(tmp_path, cache_dir=str(shared_cache))
    (tmp_path / "请假规定.txt").write_text(V1, encoding="utf-8")
    (tmp_path / "请假规定（修订）.txt").write_text(V2, encoding="utf-8")
    assert run(config, "add", str(tmp_path / "请假规定.txt")).exit_code == 0
    return config


def test_without_a_terminal_and_without_a_flag_the_cli_refuses(tmp_path, shared_cache):
    config = setup(tmp_path, shared_cache)
    r = run(config, "add", str(tmp_path / "请假规定（修订）.txt"))
    assert r.exit_code == 1
    assert "same title 《委员请假规定》" in r.output and "--replace" in r.output and "--keep-both" in r.output
    assert "1 documents" in run(config, "list").output


def test_replace_makes_it_the_next_version(tmp_path, shared_cache):
    config = setup(tmp_path, shared_cache)
    r = run(config, "add", "--replace", str(tmp_path / "请假规定（修订）.txt"))
    assert r.exit_code == 0 and "1 updated" in r.output, r.output
    listing = run(config, "list").output
    assert "1 documents" in listing and "请假规定（修订）.txt" in listing and " v2 " in listing
    assert "5日前" in run(config, "ask", "委员请假要提前几天").output


def test_keep_both(tmp_path, shared_cache):
    config = setup(tmp_path, shared_cache)
    r = run(config, "add", "--keep-both", str(tmp_path / "请假规定（修订）.txt"))
    assert r.exit_code == 0 and "1 added" in r.output
    assert "2 documents" in run(config, "list").output


def test_at_a_terminal_the_cli_asks(tmp_path, shared_cache, monkeypatch):
    config = setup(tmp_path, shared_cache)
    monkeypatch.setattr(ingest, "_interactive", lambda: True)
    r = run(config, "add", str(tmp_path / "请假规定（修订）.txt"), input="s\n")
    assert "Is it a new version?" in r.output and "1 skipped" in r.output
    assert "1 documents" in run(config, "list").output
    r = run(config, "add", str(tmp_path / "请假规定（修订）.txt"), input="r\n")
    assert "1 updated" in r.output
    listing = run(config, "list").output
    assert "1 documents" in listing and "请假规定（修订）.txt" in listing


async def test_docs_and_remove_tell_same_titled_documents_apart(bot, tmp_path):  # noqa: F811
    kb = bot.kb
    for name, text in (("请假规定.txt", V1), ("请假规定（修订）.txt", V2)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        kb.add_file(tmp_path / name)
    [docs] = await bot.send(STAFF, "/docs")
    lines = [l for l in docs.plain.split("\n") if "请假规定" in l]
    assert any("请假规定.txt" in l and "第 1 版" in l for l in lines)
    assert any("请假规定（修订）.txt" in l for l in lines)
    entries = docs.plain.split("\n")
    assert len(entries) == len(set(entries))
    [choose] = await bot.send(STAFF, "/remove 请假规定")
    labels = [b.label for row in choose.buttons for b in row if b.data and b.data.startswith("drm:ask:")]
    assert len(labels) == 2 and len(set(labels)) == 2 and all("v1" in l for l in labels)
    doc = kb.find_document("请假规定（修订）.txt")
    _, _, edits = await bot.press(STAFF, f"drm:ask:{doc['id']}")
    assert "请假规定（修订）.txt" in edits[-1].plain and "第 1 版" in edits[-1].plain
