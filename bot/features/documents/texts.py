"""The documents feature's messages (Simplified Chinese first, English on request)."""
from __future__ import annotations

from bot.kernel.texts import TEXTS

TEXTS.update({
    "doc_received": {"zh": "已收到《{name}》，正在读取…", "en": "Received {name}, reading…"},
    "doc_parsing": {"zh": "正在解析《{name}》…", "en": "Parsing {name}…"},
    "doc_indexing": {"zh": "正在建立索引 {done}/{total}", "en": "Indexing {done}/{total}"},
    "doc_added": {
        "zh": "✅ 已加入知识库：<b>《{title}》</b>，共 {chunks} 段。\n现在可以这样问我：{sample}",
        "en": "✅ Added to the knowledge base: <b>{title}</b>, {chunks} passages.\nYou can now ask, e.g.: {sample}",
    },
    "doc_replaced": {
        "zh": "✅ 已替换为新版本：<b>《{title}》</b>，共 {chunks} 段（旧版 {old_chunks} 段已删除）。\n现在可以这样问我：{sample}",
        "en": "✅ Replaced with the new version: <b>{title}</b>, {chunks} passages (the old {old_chunks} removed).\n"
              "You can now ask, e.g.: {sample}",
    },
    "doc_unchanged": {
        "zh": "《{title}》与知识库中的版本完全相同，未作改动。",
        "en": "{title} is identical to the version in the knowledge base; nothing changed.",
    },
    "doc_confirm_replace": {
        "zh": "知识库中已有《{old_title}》（{old_file}，第 {old_version} 版，{old_chunks} 段，{date} 入库）。\n"
              "用新文件《{title}》（{file}，{chunks} 段）替换它吗？",
        "en": "The knowledge base already has {old_title} ({old_file}, version {old_version}, {old_chunks} passages, "
              "added {date}).\nReplace it with the new file {title} ({file}, {chunks} passages)?",
    },
    "doc_button_replace": {"zh": "✅ 替换", "en": "✅ Replace"},
    "doc_button_cancel": {"zh": "✖ 取消", "en": "✖ Cancel"},
    "doc_cancelled": {"zh": "已取消，知识库未改动。", "en": "Cancelled; the knowledge base is unchanged."},
    "doc_expired": {
        "zh": "这个操作已过期，请重新发送文件。",
        "en": "This has expired; please send the file again.",
    },
    "doc_failed": {
        "zh": "❌ 《{name}》未能入库：{reason}\n知识库未改动。",
        "en": "❌ {name} was not added: {reason}\nThe knowledge base is unchanged.",
    },
    "doc_reason_too_large": {
        "zh": "文件超过 {limit} MB 的上限，请拆分成较小的文件（或删去大图片）后再发。",
        "en": "the file is larger than the {limit} MB limit; split it (or remove large images) and send it again.",
    },
    "doc_reason_too_much_unzipped": {
        "zh": "文件解压后超过 {limit} MB 的上限，不像普通文档。请拆分成较小的文件，或用 Word/WPS 重新保存后再发。",
        "en": "the file unpacks to more than the {limit} MB limit, unlike an ordinary document. Split it or save "
              "it again from Word/WPS and send it again.",
    },
    "doc_reason_too_much_text": {
        "zh": "文件文字超过 {limit} 万字的上限，请拆分成较小的文件后再发。",
        "en": "the file holds more than the {chars}-character limit; split it into smaller files and send them.",
    },
    "doc_reason_too_much_chunks": {
        "zh": "文件会被分成超过 {limit} 段，超出上限，请拆分成较小的文件后再发。",
        "en": "the file would become more than {limit} passages, over the limit; split it and send the parts.",
    },
    "doc_reason_unsupported_type": {
        "zh": "不支持这种文件类型。请发送 PDF、DOCX、TXT、MD 或 HTML 文件（.doc/.wps 请先另存为 .docx）。",
        "en": "this file type is not supported. Send a PDF, DOCX, TXT, MD or HTML file (save .doc as .docx first).",
    },
    "doc_reason_corrupt": {
        "zh": "文件已损坏或格式不正确，无法打开。请重新导出或保存后再发。",
        "en": "the file is damaged or not what its name says, so it cannot be opened. Export or save it again.",
    },
    "doc_reason_encrypted": {
        "zh": "文件设置了密码保护（加密），无法读取。请去掉密码后再发。",
        "en": "the file is password-protected (encrypted). Remove the password and send it again.",
    },
    "doc_reason_empty": {
        "zh": "文件中没有可识别的文字（可能是空文件或扫描图片）。扫描件请先做文字识别（OCR）再发。",
        "en": "no text was found in the file (an empty file or a scanned image?). Run OCR on scans first.",
    },
    "doc_reason_undecodable": {
        "zh": "无法识别文本编码。请另存为 UTF-8 编码后再发。",
        "en": "the text encoding could not be recognised. Save it as UTF-8 and send it again.",
    },
    "doc_reason_unreadable": {
        "zh": "文件无法读取。请检查文件后再发。",
        "en": "the file could not be read. Check it and send it again.",
    },
    "doc_reason_busy": {
        "zh": "另一个入库任务（例如命令行的 ingest.py add）正在进行，请等它完成后再发。",
        "en": "another ingest (e.g. ingest.py add on the command line) is running; send it again when it has finished.",
    },
    "remove_busy": {
        "zh": "另一个入库任务正在进行，暂时不能删除，请稍后再试。知识库未改动。",
        "en": "Another ingest is running, so nothing can be removed now; try again later. Nothing changed.",
    },
    "doc_reason_download": {
        "zh": "文件下载失败，请稍后重新发送。",
        "en": "the file could not be downloaded; please send it again later.",
    },
    "doc_reason_damaged": {
        "zh": "文件在传输中损坏或无法解密（加密附件的校验值或密钥不符），未保存任何内容。请重新发送。",
        "en": "the file arrived damaged or could not be decrypted (the encrypted attachment's checksum or key "
              "does not match); nothing was kept. Please send it again.",
    },
    "doc_reason_error": {
        "zh": "处理时出错，已记录。请稍后再试。",
        "en": "something went wrong while processing it (logged). Please try again later.",
    },
    "doc_sample_heading": {"zh": "关于「{heading}」有哪些规定？", "en": "What does it say about “{heading}”?"},
    "doc_sample_article": {"zh": "《{title}》{article}是怎么规定的？", "en": "What does {article} of {title} say?"},
    "doc_sample_title": {"zh": "《{title}》主要讲了什么？", "en": "What is {title} about?"},
    "docs_empty": {"zh": "知识库中还没有文件。发送 PDF/DOCX/TXT/MD/HTML 文件即可入库。",
                   "en": "The knowledge base is empty. Send a PDF/DOCX/TXT/MD/HTML file to add one."},
    "docs_header": {"zh": "<b>知识库文件</b>（共 {count} 个，第 {page}/{pages} 页）",
                    "en": "<b>Documents</b> ({count} in all, page {page}/{pages})"},
    "docs_line": {"zh": "{n}. 《{title}》\n    {file} · 第 {version} 版 · {date} · {chunks} 段",
                  "en": "{n}. {title}\n    {file} · version {version} · {date} · {chunks} passages"},
    "docs_prev": {"zh": "◀ 上一页", "en": "◀ Previous"},
    "docs_next": {"zh": "下一页 ▶", "en": "Next ▶"},
    "remove_choose": {"zh": "要删除哪个文件？（第 {page}/{pages} 页）", "en": "Which document should I remove? (page {page}/{pages})"},
    "remove_confirm": {
        "zh": "确定从知识库删除《{title}》（{file}，第 {version} 版，{chunks} 段，{date} 入库）吗？删除后委员将无法再查到其中内容。",
        "en": "Remove {title} ({file}, version {version}, {chunks} passages, added {date}) from the knowledge base? "
              "Members will no longer find it.",
    },
    "remove_button": {"zh": "🗑 确认删除", "en": "🗑 Remove"},
    "removed": {"zh": "已删除《{title}》（{chunks} 段）。", "en": "Removed {title} ({chunks} passages)."},
    "remove_not_found": {"zh": "没有找到「{ref}」。发送 /docs 查看文件列表。",
                         "en": "No document matches “{ref}”. /docs lists them."},
    "remove_gone": {"zh": "这个文件已不在知识库中。", "en": "That document is no longer in the knowledge base."},
    "cmd_docs": {"zh": "知识库文件列表（工作人员）", "en": "List documents (staff)"},
    "cmd_remove": {"zh": "删除文件（工作人员）", "en": "Remove a document (staff)"},
})
