"""Damaged files in a real data dir: `verify` sees them, `--repair` or a backup recovers.

Each test copies the session's sample knowledge base, damages real files (a garbage page
in assistant.db or chroma.sqlite3, a garbage index_metadata.pickle), and runs
`python ingest.py` as a real subprocess: no traceback may reach the user.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "没法参加会议怎么请假"


@pytest.fixture
def data(sample_kb_dir, tmp_path) -> Path:
    folder = tmp_path / "kb"
    shutil.copytree(sample_kb_dir, folder)
    return folder


def ingest(folder: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "BOT_CONFIG": str(folder / "config.yaml")}
    proc = subprocess.run([sys.executable, "ingest.py", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=600)
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stdout + proc.stderr
    return proc


def garbage_pages(path: Path, pages: list[int], page_size: int = 4096) -> None:
    data = bytearray(path.read_bytes())
    for page in pages:
        assert (page + 1) * page_size <= len(data), "file too small for that page"
        data[page * page_size:(page + 1) * page_size] = bytes(range(256)) * (page_size // 256)
    path.write_bytes(bytes(data))


def checkpoint(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()


def test_damaged_assistant_db_is_reported_and_a_backup_restores_it(data, tmp_path):
    db = data / "data" / "assistant.db"
    (tmp_path / "backups").mkdir()
    proc = ingest(data, "backup", str(tmp_path / "backups"))
    assert proc.returncode == 0 and "checked" in proc.stdout
    [backup] = list((tmp_path / "backups").glob("assistant-*.db"))
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600           # it holds phone numbers
    conn = sqlite3.connect(backup)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert conn.execute("select count(*) from documents").fetchone()[0] == 4
    conn.close()

    checkpoint(db)
    pages = db.stat().st_size // 4096
    garbage_pages(db, [pages // 2, pages // 2 + 1, pages - 2])
    for args in (("verify",), ("verify", "--repair"), ("ask", QUESTION)):
        proc = ingest(data, *args)
        assert proc.returncode != 0, args
        err = proc.stderr
        assert "assistant.db is damaged" in err and "ingest.py backup" in err and "copy your latest backup" in err, err

    shutil.copy(backup, db)                                        # the restore the message describes
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    proc = ingest(data, "verify", "--repair")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert ingest(data, "verify").stdout.strip().endswith("OK: everything agrees.")
    assert "《" in ingest(data, "ask", QUESTION).stdout


def segment_dir(data: Path) -> Path:
    [seg] = [p for p in (data / "data" / "chroma").iterdir() if p.is_dir()]
    return seg


@pytest.mark.parametrize("damage", ["index_metadata.pickle", "chroma.sqlite3 page"])
def test_garbage_in_chroma_is_reported_and_rebuilt(data, damage):
    if damage == "index_metadata.pickle":
        (segment_dir(data) / "index_metadata.pickle").write_bytes(b"D" + bytes(range(200)))
    else:
        garbage_pages(data / "data" / "chroma" / "chroma.sqlite3", [2, 3, 5, 8])

    proc = ingest(data, "verify")
    assert proc.returncode == 1 and "cannot be read" in proc.stdout and "verify --repair" in proc.stdout
    proc = ingest(data, "ask", QUESTION)
    assert proc.returncode == 1 and "The vector index (Chroma)" in proc.stderr and "verify --repair" in proc.stderr

    proc = ingest(data, "verify", "--repair")
    assert proc.returncode == 0 and "Repaired." in proc.stdout, proc.stdout + proc.stderr
    assert "moved to" in proc.stdout
    assert list((data / "data").glob("chroma.damaged-*"))        # kept for inspection, not deleted
    assert ingest(data, "verify").stdout.strip().endswith("OK: everything agrees.")
    assert "《政协临江市委员会委员履职手册》" in ingest(data, "ask", QUESTION).stdout


def test_backup_refuses_to_overwrite_the_live_database(data):
    proc = ingest(data, "backup", str(data / "data" / "assistant.db"))
    assert proc.returncode != 0 and "live database" in proc.stderr
