"""ingest.py, the staff command line, through click's runner on real files."""
import json

from click.testing import CliRunner

from cli.main import cli
from tests.conftest import SAMPLES, write_config


def run(config_path, *args):
    result = CliRunner().invoke(cli, ["--config", str(config_path), *args], catch_exceptions=False)
    return result


def test_add_list_ask_verify_remove(tmp_path, shared_cache):
    config = write_config(tmp_path, cache_dir=str(shared_cache))
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "章程.txt").write_text("示例章程\n\n第一条 委员有声明退出的自由。\n\n第二条 委员不得利用委员身份牟取私利。\n", encoding="utf-8")
    (docs / "bad.pdf").write_bytes(b"not a pdf")
    r = run(config, "add", str(docs))
    assert r.exit_code == 0
    assert "1 added, 0 updated, 0 unchanged, 1 failed" in r.output
    assert "bad.pdf" in r.output
    assert "unchanged" in run(config, "add", str(docs / "章程.txt")).output

    r = run(config, "list")
    assert "章程.txt" in r.output and "《示例章程》" in r.output and "1 documents" in r.output

    r = run(config, "ask", "委员能退出吗")
    assert "《示例章程》第一条" in r.output and "声明退出" in r.output

    r = run(config, "verify")
    assert r.exit_code == 0 and "OK" in r.output

    r = run(config, "remove", "章程", "--yes")
    assert "Removed" in r.output
    assert "empty" in run(config, "list").output


def test_the_cli_speaks_chinese_by_default_and_english_on_request(tmp_path, shared_cache):
    config = write_config(tmp_path, cache_dir=str(shared_cache))
    doc = tmp_path / "章程.txt"
    doc.write_text("示例章程\n\n第一条 委员有声明退出的自由。\n", encoding="utf-8")
    chinese = CliRunner(env={"BOT_LANG": None})        # no BOT_LANG: the default
    r = chinese.invoke(cli, ["--config", str(config), "add", str(doc)], catch_exceptions=False)
    assert "新增 1，更新 0，未变 0，失败 0" in r.output
    r = chinese.invoke(cli, ["--config", str(config), "list"], catch_exceptions=False)
    assert "共 1 个文件（时间为 Asia/Shanghai）" in r.output and "1 段" in r.output
    r = chinese.invoke(cli, ["--config", str(config), "--lang", "en", "verify"], catch_exceptions=False)
    assert "OK: everything agrees." in r.output
    r = chinese.invoke(cli, ["--config", str(config), "verify"], catch_exceptions=False)
    assert "正常：三处数据一致。" in r.output


def test_bad_config_key_fails_with_its_name(tmp_path):
    config = write_config(tmp_path, retrieval={"top_kk": 3})
    r = CliRunner().invoke(cli, ["--config", str(config), "list"])
    assert r.exit_code != 0 and "retrieval.top_kk" in r.output


def test_eval_json_uses_the_contract_names(tmp_path, shared_cache):
    config = write_config(tmp_path, cache_dir=str(shared_cache))
    out = tmp_path / "figures.json"
    r = run(config, "eval", "--corpus", str(SAMPLES), "--questions", str(SAMPLES.parent / "questions.jsonl"),
            "--json", str(out))
    assert r.exit_code == 0, r.output
    figures = json.loads(out.read_text(encoding="utf-8"))
    for key in ("hit@1", "hit@5", "mrr@10", "answer_accuracy", "false_abstention", "abstention_accuracy"):
        assert isinstance(figures[key], float), key
    assert set(figures["by_kind"]) >= {"procedure", "deadline"}
    assert figures["hit@5"] >= 0.8
    assert "Misses" in r.output
