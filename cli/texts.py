"""What the staff command line says, in Simplified Chinese (the default, as in chat) and English.

The language is the root group's ``--lang`` (env ``BOT_LANG``): ``ingest.py --lang en list``.
Developer tools (``eval``, the figures of ``calibrate``) print their tables in English.
"""
from __future__ import annotations

import os

import click

TEXTS: dict[str, dict[str, str]] = {
    "same_title": {
        "zh": "{doc_key} 与 {other}（v{version}，{when}，{chunks} 段）标题相同：《{title}》。",
        "en": "{doc_key} has the same title 《{title}》 as {other} (v{version}, {when}, {chunks} chunks).",
    },
    "same_title_prompt": {
        "zh": "这是新版本吗？[r] 替换旧版本，[k] 两个都保留，[s] 跳过这个文件",
        "en": "Is it a new version? [r]eplace the old one, [k]eep both, [s]kip this file",
    },
    "status_added": {"zh": "新增", "en": "added"},
    "status_updated": {"zh": "更新", "en": "updated"},
    "status_unchanged": {"zh": "未变", "en": "unchanged"},
    "status_skipped": {"zh": "跳过", "en": "skipped"},
    "status_failed": {"zh": "失败", "en": "failed"},
    "chunks": {"zh": "{n} 段", "en": "{n} chunks"},
    "add_summary": {
        "zh": "\n新增 {added}，更新 {updated}，未变 {unchanged}，{skipped}失败 {failed}（{seconds:.1f} 秒）",
        "en": "\n{added} added, {updated} updated, {unchanged} unchanged, {skipped}{failed} failed ({seconds:.1f} s)",
    },
    "add_skipped": {"zh": "跳过 {n}，", "en": "{n} skipped, "},
    "kb_empty": {
        "zh": "知识库是空的：python ingest.py add samples/",
        "en": "The knowledge base is empty: python ingest.py add samples/",
    },
    "list_summary": {"zh": "共 {n} 个文件（时间为 {tz}）", "en": "{n} documents (times in {tz})"},
    "confirm_remove": {
        "zh": "删除 {doc_key}《{title}》（{chunks} 段）？",
        "en": "Remove {doc_key} 《{title}》 ({chunks} chunks)?",
    },
    "removed": {"zh": "已删除 {doc_key}。", "en": "Removed {doc_key}."},
    "reindexed": {"zh": "已用 {model} 重新向量化 {n} 段。", "en": "Re-embedded {n} chunks with {model}."},
    "verify_counts": {
        "zh": "文件 {documents}，段落 {chunks}，Chroma {chroma}，BM25 {bm25}",
        "en": "documents {documents}, chunks {chunks}, chroma {chroma}, bm25 {bm25}",
    },
    "missing_in_chroma": {"zh": "Chroma 缺少 {n} 段", "en": "{n} chunks missing from Chroma"},
    "second_stage_missing": {"zh": "{n} 段缺少二次排序用的潜在词项或句向量（检索仍可用，但排序较粗）",
                             "en": "{n} chunks lack the latent terms or sentence vectors the second stage "
                                   "weighs (search works, less sharply)"},
    "extra_in_chroma": {"zh": "Chroma 有 {n} 个过期向量", "en": "{n} stale vectors in Chroma"},
    "bm25_stale": {"zh": "BM25 索引过期", "en": "BM25 index out of date"},
    "pending_documents": {"zh": "{n} 个文件未处理完：{names}", "en": "{n} documents not finished: {names}"},
    "embedder_mismatch": {
        "zh": "索引由 {recorded} 建立，配置为 {configured}",
        "en": "index built with {recorded}, config says {configured}",
    },
    "verify_ok": {"zh": "正常：三处数据一致。", "en": "OK: everything agrees."},
    "moved_aside": {
        "zh": "损坏的向量索引已移到 {path}，并已从 assistant.db 重建。",
        "en": "The damaged vector index was moved to {path} and rebuilt from assistant.db.",
    },
    "repaired": {"zh": "已修复。", "en": "Repaired."},
    "not_repaired": {
        "zh": "修复后仍有问题，请再运行一次 verify。",
        "en": "Repair did not fix everything; run verify again.",
    },
    "run_repair": {
        "zh": "运行 `python ingest.py verify --repair` 修复。",
        "en": "Run `python ingest.py verify --repair` to fix.",
    },
    "backed_up": {
        "zh": "已备份 {src}（{mb:.1f} MB，已校验）到 {dest}。",
        "en": "Backed up {src} ({mb:.1f} MB, checked) to {dest}.",
    },
    "restore_hint": {
        "zh": "恢复方法：停止机器人，用备份覆盖数据目录中的 assistant.db，再运行 "
              "`python ingest.py verify --repair`（Chroma 和 BM25 会从它重建）。",
        "en": "To restore: stop the bot, copy it over the data dir's assistant.db, then run "
              "`python ingest.py verify --repair` (Chroma and BM25 are rebuilt from it).",
    },
    # ingest.py members
    "members_row": {"zh": "  第 {line} 行：{status} {name} {phone}{extra}", "en": "  row {line}: {status} {name} {phone}{extra}"},
    "members_rejected": {"zh": "  第 {line} 行：拒绝 {name}：{why}", "en": "  row {line}: rejected {name}: {why}"},
    "members_ignored": {"zh": "  未使用的列：{columns}", "en": "  ignored columns: {columns}"},
    "members_preview": {"zh": "预览，未写入：", "en": "Preview, nothing written: "},
    "members_summary": {
        "zh": "新增 {added}，更新 {updated}，未变 {unchanged}，拒绝 {rejected}",
        "en": "{added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected",
    },
    "members_empty": {
        "zh": "名单是空的：python ingest.py members import 名单.xlsx",
        "en": "The roster is empty: python ingest.py members import roster.xlsx",
    },
    "members_count": {"zh": "共 {n} 人，已验证 {verified} 人", "en": "{n} people, {verified} verified"},
    "members_found": {"zh": "找到 {n} 人", "en": "{n} found"},
    "members_exported": {"zh": "已将 {n} 人写入 {file}{note}。", "en": "Wrote {n} people to {file}{note}."},
    "members_role_same": {"zh": "{who} 已经是 {role}。", "en": "{who} is already {role}."},
    "members_role_changed": {"zh": "{who}：{old} → {new}。", "en": "{who}: {old} -> {new}."},
    "members_removed": {"zh": "已删除 {name}。", "en": "Removed {name}."},
}


def lang(ctx: click.Context | None = None) -> str:
    """The command line's language: the root group's --lang (env BOT_LANG), Chinese by default."""
    ctx = ctx or click.get_current_context(silent=True)
    obj = (ctx.find_root().obj or {}) if ctx is not None else {}
    chosen = obj.get("lang") or os.environ.get("BOT_LANG") or "zh"   # a group run on its own reads the env
    return chosen if chosen in ("zh", "en") else "zh"


def say(key: str, **values) -> str:
    """The sentence ``key`` in the command line's language, filled with ``values``."""
    entry = TEXTS[key]
    return entry.get(lang(), entry["zh"]).format(**values)


__all__ = ["TEXTS", "lang", "say"]
