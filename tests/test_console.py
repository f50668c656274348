"""The terminal console on the same core, scripted through a pipe (a real subprocess)."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_console_answers_questions_from_a_pipe(sample_kb_dir, tmp_path):
    import shutil

    data = tmp_path / "kb"
    shutil.copytree(sample_kb_dir, data)
    env = {**os.environ, "BOT_CONFIG": str(data / "config.yaml")}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    questions = "没法参加会议怎么请假\n\n/help\n今年全会委员统一住哪个酒店\n"
    proc = subprocess.run(
        [sys.executable, "-m", "bot"], input=questions, capture_output=True, text=True,
        env=env, cwd=ROOT, timeout=180,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = proc.stdout
    assert out.count("> ") == 3                      # the blank line is skipped
    assert "委员履职手册》第" in out
    assert "/ask" in out                             # the help text
    assert "没有找到" in out or "《" in out
    assert "<b>" not in out and "<blockquote>" not in out   # markup rendered as plain text


def test_console_transport_parses_buttons_and_commands():
    from io import StringIO

    from bot.kernel.messages import Button, OutMessage
    from bot.transports.console import ConsoleTransport
    import asyncio

    out = StringIO()
    console = ConsoleTransport(out)
    asyncio.run(console.send("console:local", OutMessage("<b>x</b> &amp; y", buttons=[[Button("👍", data="fb:up:1")]])))
    assert "x & y" in out.getvalue() and "[:1] 👍" in out.getvalue()
    assert console.incoming(":1").callback.data == "fb:up:1"
    msg = console.incoming("/ask 提案 怎么交")
    assert msg.command == "ask" and msg.args == "提案 怎么交"


def test_library_log_lines_never_reach_the_console_chat(sample_kb_dir, tmp_path):
    """Issue 15: a `DEBUG bm25s` line appeared in the console chat after /remove."""
    import shutil

    data = tmp_path / "kb"
    shutil.copytree(sample_kb_dir, data)
    env = {**os.environ, "BOT_CONFIG": str(data / "config.yaml")}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    script = "/remove\n:1\n:1\n没法参加会议怎么请假\n"      # choose the first document, confirm, then ask
    proc = subprocess.run([sys.executable, "-m", "bot", "--transport", "console"], input=script,
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "已删除" in proc.stdout                     # the removal (which rebuilds BM25) happened
    for stream in (proc.stdout, proc.stderr):
        assert "bm25s" not in stream and "DEBUG" not in stream and "Building index" not in stream
    log = data / "data" / "bot.log"
    assert log.exists() and "bm25s" not in log.read_text(encoding="utf-8")


def test_console_followup_english_and_greeting(sample_kb_dir, tmp_path):
    import shutil

    data = tmp_path / "kb"
    shutil.copytree(sample_kb_dir, data)
    env = {**os.environ, "BOT_CONFIG": str(data / "config.yaml")}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    lines = "提案委员会的办公地点在哪\n电话多少\nWhat is the deadline for proposals?\n你好\n/new\n电话多少\n"
    proc = subprocess.run([sys.executable, "-m", "bot"], input=lines, capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=180)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = proc.stdout
    assert "（按“提案委员会电话多少”理解）" in out and "0000-5550102" in out
    assert "According to" in out and "2026年12月20日" in out
    assert "您可以这样问" in out
    assert out.count("按“") == 1                     # after /new, "电话多少" stands alone
