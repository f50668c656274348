"""Decompression bombs and oversized texts are refused early, with bounded memory.

The audit's files: a small .docx whose word/document.xml unpacks to 100 MB (the same
paragraph repeated), the same with a ZIP header that understates the size, and a
19 MB .txt. Peak memory is measured in a subprocess (resource.getrusage), so the
test process's own imports do not count.
"""
from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from kb.errors import ContentTooLarge, CorruptDocument
from kb.limits import ContentLimits
from kb.parsers import parse_bytes
from tests.conftest import write_config
from tests.test_staff_chat import STAFF, bot  # noqa: F401  (the roster-backed chat harness)

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPH = ("<w:p><w:r><w:t>第一条 委员应当按时出席全体会议，因故不能出席的，应当事先请假。"
             "</w:t></w:r></w:p>")

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')
DOC_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
DOC_TAIL = "</w:body></w:document>"


def bomb_docx(path: Path, unpacked_mb: float) -> Path:
    """A valid .docx whose document.xml is one paragraph repeated to ``unpacked_mb`` MB.

    Written piece by piece, so making it costs no memory either."""
    piece = (PARAGRAPH * 200).encode()
    target = int(unpacked_mb * 1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", RELS)
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(DOC_HEAD.encode())
            written = 0
            while written < target:
                fh.write(piece)
                written += len(piece)
            fh.write(DOC_TAIL.encode())
    return path


def understate_sizes(data: bytes, entry: str, fake_size: int) -> bytes:
    """Rewrite the uncompressed size of ``entry`` in its local header and the central
    directory (the zip64 extra field too), as a hostile file would."""
    out = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo(entry)
    # Local header: uncompressed size at offset 22 (0xFFFFFFFF when zip64).
    off = info.header_offset
    if struct.unpack_from("<I", out, off + 22)[0] != 0xFFFFFFFF:
        struct.pack_into("<I", out, off + 22, fake_size)
    # Central directory entries.
    cd = out.find(b"PK\x01\x02")
    while cd != -1:
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", out, cd + 28)
        name = bytes(out[cd + 46:cd + 46 + name_len]).decode()
        if name == entry:
            if struct.unpack_from("<I", out, cd + 24)[0] == 0xFFFFFFFF:
                # zip64 extra: header 0x0001, then uncompressed size first
                pos = cd + 46 + name_len
                end = pos + extra_len
                while pos < end:
                    tag, size = struct.unpack_from("<HH", out, pos)
                    if tag == 1:
                        struct.pack_into("<Q", out, pos + 4, fake_size)
                        break
                    pos += 4 + size
            else:
                struct.pack_into("<I", out, cd + 24, fake_size)
        cd = out.find(b"PK\x01\x02", cd + 46 + name_len + extra_len + comment_len)
    return bytes(out)


def peak_rss_of(code: str, timeout: float = 300) -> dict:
    """Run ``code`` in a fresh interpreter; it prints a JSON dict; add its peak RSS (MB).

    The peak is VmHWM of the new process image. Not getrusage's ru_maxrss: Linux keeps that
    across fork and exec, so it would report the RSS of the (large) pytest process that forked."""
    wrapper = code + "\nimport json as _j, re as _re\n" \
                     "_hwm = int(_re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1))\n" \
                     "print(_j.dumps({**result, 'rss_mb': _hwm / 1024}))\n"
    proc = subprocess.run([sys.executable, "-c", wrapper], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


PARSE_IN_SUBPROCESS = """
import time
from pathlib import Path
from kb.errors import DocumentError
from kb.parsers import parse_file
t0 = time.perf_counter()
try:
    parse_file(Path({path!r}), max_bytes=20 * 1024 * 1024)
    result = {{"refused": None}}
except DocumentError as exc:
    result = {{"refused": type(exc).__name__, "message": str(exc)}}
result["seconds"] = time.perf_counter() - t0
"""


@pytest.fixture(scope="module")
def bombs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bombs")
    honest = bomb_docx(folder / "炸弹.docx", 100)
    lying = folder / "说谎.docx"
    lying.write_bytes(understate_sizes(honest.read_bytes(), "word/document.xml", 40_000))
    return {"honest": honest, "lying": lying}


def test_docx_bomb_is_refused_from_the_central_directory_with_bounded_memory(bombs):
    path = bombs["honest"]
    assert path.stat().st_size < 1024 * 1024               # a small file ...
    with zipfile.ZipFile(path) as zf:
        assert zf.getinfo("word/document.xml").file_size > 100 * 1024 * 1024   # ... that unpacks to 100 MB
    result = peak_rss_of(PARSE_IN_SUBPROCESS.format(path=str(path)))
    assert result["refused"] == "ContentTooLarge", result
    assert "100 MB when unpacked" in result["message"] and "30 MB limit" in result["message"]
    assert "ingest.max_unzipped_mb" in result["message"]
    # The interpreter with python-docx and lxml imported is ~60 MB; the 100 MB of XML never
    # exists in memory (today's code reached 2.2 GB).
    assert result["rss_mb"] < 250, result
    assert result["seconds"] < 30, result


def test_docx_bomb_with_a_lying_header_is_refused_while_unpacking(bombs):
    data = bombs["lying"].read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:                  # the headers claim 40 KB
        assert sum(i.file_size for i in zf.infolist()) < 100_000
    with pytest.raises(ContentTooLarge) as ei:
        parse_bytes(data, "说谎.docx")
    assert "expands to more than the 30 MB limit" in str(ei.value)
    result = peak_rss_of(PARSE_IN_SUBPROCESS.format(path=str(bombs["lying"])))
    assert result["refused"] == "ContentTooLarge" and result["rss_mb"] < 250, result


def test_header_that_overstates_nothing_but_lies_is_corrupt(tmp_path):
    small = bomb_docx(tmp_path / "小.docx", 0.05)
    data = understate_sizes(small.read_bytes(), "word/document.xml", 1000)
    with pytest.raises(CorruptDocument):
        parse_bytes(data, "小.docx")


def test_ordinary_docx_passes_the_unpacking_check(tmp_path):
    doc = parse_bytes(bomb_docx(tmp_path / "正常.docx", 0.05).read_bytes(), "正常.docx")
    assert doc.blocks and doc.blocks[0].text.startswith("第一条")


def test_a_19_mb_text_file_is_refused_before_chunking(tmp_path):
    path = tmp_path / "巨大.txt"
    line = "第一条 委员应当按时出席全体会议，因故不能出席的，应当事先请假。\n"
    with open(path, "w", encoding="utf-8") as fh:
        while fh.tell() < 19 * 1024 * 1024:
            fh.write(line * 1000)
    result = peak_rss_of(PARSE_IN_SUBPROCESS.format(path=str(path)))
    assert result["refused"] == "ContentTooLarge", result
    assert "2,000,000-character limit" in result["message"] and "ingest.max_text_chars" in result["message"]
    assert result["rss_mb"] < 300 and result["seconds"] < 60, result


def long_text(chars: int) -> str:
    return "\n\n".join(f"第{i}条 委员应当按时出席全体会议，因故不能出席的，应当事先请假。" for i in range(1, chars // 30 + 2))


@pytest.mark.parametrize("kind", ["md", "html", "txt", "docx", "pdf"])
def test_every_format_has_a_text_limit(kind, tmp_path):
    limits = ContentLimits(max_text_chars=2000)
    body = long_text(3000)
    if kind == "md":
        data = ("# 办法\n\n" + body).encode()
    elif kind == "txt":
        data = body.encode()
    elif kind == "html":
        data = ("<html><body>" + "".join(f"<p>{p}</p>" for p in body.split("\n\n")) + "</body></html>").encode()
    elif kind == "docx":
        import docx

        d = docx.Document()
        for p in body.split("\n\n"):
            d.add_paragraph(p)
        buf = io.BytesIO()
        d.save(buf)
        data = buf.getvalue()
    else:
        from tests.test_parsers import make_pdf

        data = make_pdf(pages=12)
        limits = ContentLimits(max_text_chars=1500)
    with pytest.raises(ContentTooLarge) as ei:
        parse_bytes(data, f"长.{kind}", limits=limits)
    assert ei.value.what == "text" and "-character limit" in str(ei.value)
    parse_bytes(data, f"长.{kind}", limits=ContentLimits(max_text_chars=200_000))   # fits a higher limit


def test_chunk_limit_refuses_before_anything_is_written(make_config):
    from kb.knowledge_base import KnowledgeBase

    kb = KnowledgeBase(make_config(ingest={"max_chunks": 5}))
    data = long_text(600).encode()
    with pytest.raises(ContentTooLarge) as ei:
        kb.prepare_bytes(data, "条例.txt")
    assert ei.value.what == "chunks" and "5-passage limit" in str(ei.value)
    assert kb.list_documents() == []


def test_limits_come_from_typed_config(tmp_path):
    from kb.config import load_config
    from kb.errors import ConfigError

    config = load_config(write_config(tmp_path))
    assert (config.ingest.max_unzipped_mb, config.ingest.max_text_chars, config.ingest.max_chunks) == (30, 2_000_000, 3000)
    with pytest.raises(ConfigError, match="ingest.max_chunks"):
        load_config(write_config(tmp_path, ingest={"max_chunks": "many"}))


def test_cli_refuses_a_bomb_in_one_line(bombs, tmp_path, shared_cache):
    from cli.main import cli

    config = write_config(tmp_path, cache_dir=str(shared_cache))
    r = CliRunner().invoke(cli, ["--config", str(config), "add", str(bombs["honest"])], catch_exceptions=False)
    assert r.exit_code == 1
    [line] = [l for l in r.output.splitlines() if "炸弹.docx" in l]
    assert line.startswith("! failed") and "30 MB limit" in line
    assert "0 added" in r.output


async def test_chat_upload_of_a_bomb_leaves_the_knowledge_base_unchanged(bot, bombs):  # noqa: F811
    kb = bot.kb

    def snapshot():
        return ([(d["doc_key"], d["version"]) for d in kb.list_documents()],
                {r[0] for r in kb.db.execute("select id from chunks")}, kb.store.ids())

    before = snapshot()
    t0 = time.perf_counter()
    sent, edits, fetched = await bot.upload(STAFF, "炸弹.docx", bombs["honest"].read_bytes())
    assert fetched == ["炸弹.docx"]
    final = (edits or sent)[-1].plain
    assert "未能入库" in final and "解压后超过 30 MB" in final and "知识库未改动" in final
    assert "\n" not in final.split("：", 1)[1].split("\n知识库未改动")[0]   # the reason is one line
    assert time.perf_counter() - t0 < 30
    assert snapshot() == before
    # The text limit, through the same path.
    kb.config.ingest.max_text_chars = 1000
    sent, edits, _ = await bot.upload(STAFF, "长文.txt", long_text(3000).encode())
    final = (edits or sent)[-1].plain
    assert "0.1 万字" in final and "知识库未改动" in final
    assert snapshot() == before
