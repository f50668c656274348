"""Every sentence of 社情民意 filing and review, in Simplified Chinese and English."""
from __future__ import annotations

from bot.kernel.texts import TEXTS, t

REPORT_TEXTS: dict[str, dict[str, str]] = {
    "cmd_report": {"zh": "报送社情民意", "en": "File a public-opinion report"},
    "cmd_reports": {"zh": "我的社情民意", "en": "My public-opinion reports"},
    "cmd_review": {"zh": "审阅社情民意（工作人员）", "en": "Review public-opinion reports (staff)"},
    # ----- statuses and levels
    "rp_status_received": {"zh": "已接收", "en": "received"},
    "rp_status_returned": {"zh": "已退回修改", "en": "returned for changes"},
    "rp_status_issued": {"zh": "已编发", "en": "edited and issued"},
    "rp_status_forwarded": {"zh": "已报送上级", "en": "forwarded"},
    "rp_status_adopted": {"zh": "已采用", "en": "adopted"},
    "rp_status_adopted_at": {"zh": "已被{level}采用", "en": "adopted at {level} level"},
    "rp_status_instructed": {"zh": "获领导批示", "en": "instructed by a leader"},
    "rp_status_feedback": {"zh": "已反馈办理情况", "en": "handling feedback received"},
    "rp_level_city": {"zh": "市级", "en": "city"},
    "rp_level_province": {"zh": "省级", "en": "provincial"},
    "rp_level_national": {"zh": "全国", "en": "national"},
    # ----- the filing dialog
    "rp_not_member": {
        "zh": "只有委员名单中的委员可以报送社情民意（采用计分记入本人履职档案）。如有疑问请联系委员工作室。",
        "en": "Only members on the roster can file public-opinion reports (points go to their own record). "
              "Please contact the members' office if this is wrong.",
    },
    "rp_start": {
        "zh": "<b>报送社情民意</b>（一事一报，{rule}）\n第 1 步，共 6 步：请发送<b>标题</b>（不超过 {limit} 字，直接概括所反映的问题或建议）。\n随时发送 /cancel 取消。",
        "en": "<b>File a public-opinion report</b> (one issue per report, {rule})\nStep 1 of 6: send the <b>title</b> "
              "(at most {limit} characters, stating the problem or suggestion). Send /cancel at any time to stop.",
    },
    "rp_title_empty": {"zh": "标题不能为空，请用文字发送标题。", "en": "The title cannot be empty: please send it as text."},
    "rp_title_too_long": {
        "zh": "标题有 {length} 字，超过了 {limit} 字的上限。请精简后重新发送（标题应直接概括所反映的问题或建议，{rule}）。",
        "en": "The title has {length} characters, over the limit of {limit}. Please shorten it and send it again "
              "(it should state the problem or suggestion directly, {rule}).",
    },
    "rp_ask_content": {
        "zh": "第 2 步：请发送<b>正文</b>（不超过 {limit} 字，包括“基本情况、原因分析、意见建议”三部分）。",
        "en": "Step 2: send the <b>text</b> (at most {limit} characters: the situation, its causes, your suggestions).",
    },
    "rp_content_empty": {"zh": "正文不能为空，请用文字发送正文。", "en": "The text cannot be empty: please send it as text."},
    "rp_content_too_long": {
        "zh": "正文有 {length} 字，超过了 {limit} 字的上限（{rule}：篇幅一般在1500字以内）。请精简后重新发送，已填写的标题会保留。",
        "en": "The text has {length} characters, over the limit of {limit} ({rule}). Please shorten it and send it "
              "again; your title is kept.",
    },
    "rp_ask_category": {"zh": "第 3 步：请选择<b>类别</b>（点按钮，或发送类别名称）。",
                        "en": "Step 3: choose the <b>category</b> (press a button or send its name)."},
    "rp_bad_category": {"zh": "没有“{text}”这个类别，请点下面的按钮选择，或发送：{choices}。",
                        "en": "There is no category “{text}”. Press a button below or send one of: {choices}."},
    "rp_ask_community": {
        "zh": "第 4 步：所反映的问题涉及哪个<b>街道社区</b>？请发送名称{own}。",
        "en": "Step 4: which <b>street community</b> does it concern? Send its name{own}.",
    },
    "rp_own_community": {"zh": "，或点按钮选择您所在的“{name}”", "en": ", or press the button for your own “{name}”"},
    "rp_community_empty": {"zh": "请用文字发送街道社区名称。", "en": "Please send the community's name as text."},
    "rp_community_too_long": {"zh": "街道社区名称不超过 {limit} 字，请重新发送。",
                              "en": "A community name has at most {limit} characters; please send it again."},
    "rp_ask_files": {
        "zh": "第 5 步（可选）：可以发送<b>照片或文件</b>作为附件（最多 {count} 个，每个不超过 {mb} MB；照片请以文件形式发送）。不需要附件，或附件已发完，请点“下一步”或发送“完成”。",
        "en": "Step 5 (optional): send <b>photos or files</b> as attachments (up to {count}, at most {mb} MB each; "
              "send photos as files). With none, or when done, press “Next” or send “done”.",
    },
    "rp_file_added": {"zh": "已添加附件“{name}”（{size}）。共 {count} 个。可继续发送，或点“下一步”。",
                      "en": "Attachment “{name}” added ({size}); {count} in all. Send more or press “Next”."},
    "rp_file_too_large": {
        "zh": "附件“{name}”有 {size}，超过每个 {mb} MB 的上限，未添加。请压缩后重新发送，或点“下一步”不带此附件继续。",
        "en": "“{name}” is {size}, over the limit of {mb} MB per file, so it was not added. Send a smaller "
              "version, or press “Next” to go on without it.",
    },
    "rp_too_many_files": {"zh": "最多 {count} 个附件，“{name}”未添加。请点“下一步”。",
                          "en": "At most {count} attachments; “{name}” was not added. Press “Next”."},
    "rp_file_failed": {"zh": "附件“{name}”下载失败，请重新发送。", "en": "“{name}” could not be downloaded; please send it again."},
    "rp_file_damaged": {"zh": "附件“{name}”在传输中损坏或无法解密（加密附件的校验值或密钥不符），未添加，请重新发送。",
                        "en": "“{name}” arrived damaged or could not be decrypted (the encrypted attachment's "
                              "checksum or key does not match); it was not added. Please send it again."},
    "rp_files_waiting": {"zh": "请发送附件文件，或点“下一步”/发送“完成”继续。",
                         "en": "Send an attachment, or press “Next” / send “done” to go on."},
    "rp_button_next": {"zh": "下一步 ➡️", "en": "Next ➡️"},
    "rp_button_own_community": {"zh": "📍 {name}", "en": "📍 {name}"},
    "rp_preview": {
        "zh": "第 6 步：请核对后提交。\n\n<b>{title}</b>\n类别：{category}　社区：{community}\n附件：{files}\n\n{content}",
        "en": "Step 6: check and submit.\n\n<b>{title}</b>\nCategory: {category} · Community: {community}\n"
              "Attachments: {files}\n\n{content}",
    },
    "rp_preview_returned": {"zh": "\n\n<i>退回意见：{comment}</i>", "en": "\n\n<i>Editor's comment: {comment}</i>"},
    "rp_no_files": {"zh": "无", "en": "none"},
    "rp_button_submit": {"zh": "✅ 提交", "en": "✅ Submit"},
    "rp_button_edit_title": {"zh": "✏️ 标题", "en": "✏️ Title"},
    "rp_button_edit_content": {"zh": "✏️ 正文", "en": "✏️ Text"},
    "rp_button_edit_category": {"zh": "✏️ 类别", "en": "✏️ Category"},
    "rp_button_edit_community": {"zh": "✏️ 社区", "en": "✏️ Community"},
    "rp_button_edit_files": {"zh": "📎 附件", "en": "📎 Attachments"},
    "rp_edit_title": {"zh": "请发送新的标题（不超过 {limit} 字）。", "en": "Send the new title (at most {limit} characters)."},
    "rp_edit_content": {"zh": "请发送新的正文（不超过 {limit} 字）。", "en": "Send the new text (at most {limit} characters)."},
    "rp_preview_waiting": {"zh": "请点“提交”，或点按钮修改某一项；发送 /cancel 取消。",
                           "en": "Press “Submit”, or a button to change an item; /cancel stops."},
    "rp_submitted": {
        "zh": "✅ 已提交，回执编号 <b>{receipt}</b>。\n社情民意信息工作室审阅后，进展会通知您；发送 /reports 查看全部。",
        "en": "✅ Submitted. Receipt number <b>{receipt}</b>.\nYou will be told as it progresses; /reports lists "
              "all of yours.",
    },
    "rp_resubmitted": {"zh": "✅ 已重新提交 <b>{receipt}</b>，等待审阅。", "en": "✅ <b>{receipt}</b> resubmitted for review."},
    "rp_cancelled": {"zh": "已取消，草稿未提交。发送 /report 重新开始。",
                     "en": "Cancelled; the draft was not submitted. /report starts again."},
    "rp_cancelled_returned": {"zh": "已取消修改，{receipt} 仍为“已退回修改”，可在 /reports 中再次修改。",
                              "en": "Editing stopped; {receipt} stays returned: /reports lets you edit it again."},
    "rp_expired": {"zh": "这个操作已过期。", "en": "This has expired."},
    "rp_draft_busy": {
        "zh": "您有一份未提交的社情民意草稿（{title}），请继续填写，或发送 /cancel 放弃后再开始。",
        "en": "You have an unsubmitted draft ({title}): carry on with it, or send /cancel to drop it first.",
    },
    # ----- /reports
    "rp_list_empty": {"zh": "您还没有报送过社情民意。发送 /report 开始报送。",
                      "en": "You have filed no public-opinion reports yet. /report files one."},
    "rp_list_head": {"zh": "<b>我的社情民意</b>（共 {count} 篇）", "en": "<b>My public-opinion reports</b> ({count})"},
    "rp_list_line": {"zh": "{receipt}　{title}\n　{status}　{when}", "en": "{receipt}  {title}\n  {status}  {when}"},
    "rp_list_returned": {"zh": "\n　退回意见：{comment}", "en": "\n  Editor's comment: {comment}"},
    "rp_button_resubmit": {"zh": "✏️ 修改 {receipt}", "en": "✏️ Edit {receipt}"},
    "rp_not_yours": {"zh": "这不是您的社情民意。", "en": "This is not your report."},
    "rp_not_returned": {"zh": "{receipt} 目前为“{status}”，不能修改。", "en": "{receipt} is {status}: it cannot be edited."},
    # ----- notices to the author
    "rp_notice": {"zh": "📮 社情民意 <b>{receipt}</b>《{title}》：{status}。", "en": "📮 Report <b>{receipt}</b> “{title}”: {status}."},
    "rp_notice_comment": {"zh": "\n意见：{comment}", "en": "\nComment: {comment}"},
    "rp_notice_returned": {"zh": "\n请发送 /reports，点“修改”后重新提交。", "en": "\nSend /reports and press “Edit” to resubmit."},
    "rp_notice_points": {"zh": "\n履职积分：本篇现计 {points} 分（{rule}）。发送 /duty 查看全年积分。",
                         "en": "\nDuty points: this report now counts {points} ({rule}). /duty shows the year."},
    # ----- staff review
    "rv_empty": {"zh": "没有待处理的社情民意。", "en": "No public-opinion reports are waiting."},
    "rv_head": {"zh": "<b>社情民意</b>：待审阅 {incoming} 篇，办理中 {open} 篇。点一篇查看并处理。",
                "en": "<b>Public-opinion reports</b>: {incoming} to review, {open} in progress. Press one to act."},
    "rv_item": {"zh": "{receipt} {title}", "en": "{receipt} {title}"},
    "rv_show": {
        "zh": "<b>{receipt}</b>　{status}\n<b>{title}</b>\n报送人：{author}　类别：{category}　社区：{community}\n提交：{when}　附件：{files}\n\n{content}",
        "en": "<b>{receipt}</b>  {status}\n<b>{title}</b>\nBy: {author} · Category: {category} · Community: {community}\n"
              "Filed: {when} · Attachments: {files}\n\n{content}",
    },
    "rv_history": {"zh": "\n\n<i>经过：</i>\n{lines}", "en": "\n\n<i>History:</i>\n{lines}"},
    "rv_button_issue": {"zh": "✅ 编发", "en": "✅ Issue"},
    "rv_button_return": {"zh": "↩️ 退回", "en": "↩️ Return"},
    "rv_button_forward": {"zh": "📤 报送上级", "en": "📤 Forward"},
    "rv_button_adopt": {"zh": "🏅 采用：{level}", "en": "🏅 Adopted: {level}"},
    "rv_button_instruct": {"zh": "✍️ 领导批示", "en": "✍️ Instruction"},
    "rv_button_feedback": {"zh": "📋 办理反馈", "en": "📋 Feedback"},
    "rv_button_files": {"zh": "📎 查看附件（{count}）", "en": "📎 Attachments ({count})"},
    "rv_files_elsewhere": {"zh": "这里无法发送文件。请在服务器上运行 ingest.py reports show {receipt} 查看附件位置。",
                           "en": "Files cannot be sent here. On the server, ingest.py reports show {receipt} lists them."},
    "rv_ask_comment": {"zh": "请发送退回 {receipt} 的意见（将转告报送人）。/cancel 取消。",
                       "en": "Send the comment for returning {receipt} (the author sees it). /cancel stops."},
    "rv_ask_feedback": {"zh": "请发送 {receipt} 的办理反馈（将转告报送人）。/cancel 取消。",
                        "en": "Send the handling feedback for {receipt} (the author sees it). /cancel stops."},
    "rv_ask_instruction": {"zh": "请发送 {receipt} 的领导批示内容或摘要（将转告报送人）；没有可发送“无”。/cancel 取消。",
                           "en": "Send the leader's instruction (or a summary) for {receipt}; the author sees it. "
                                 "Send “-” for none. /cancel stops."},
    "rv_comment_empty": {"zh": "请用文字发送意见。", "en": "Please send the comment as text."},
    "rv_done": {"zh": "已记录：{receipt} {status}。已通知报送人。", "en": "Recorded: {receipt} {status}. The author is notified."},
    "rv_not_found": {"zh": "找不到这篇社情民意（{ref}）。", "en": "No such report ({ref})."},
    # ----- refusals of a status change
    "rp_err_order": {"zh": "{receipt} 目前为“{current}”，不能直接改为“{new}”。{hint}",
                     "en": "{receipt} is {current}: it cannot become {new}. {hint}"},
    "rp_err_order_hint": {"zh": "下一步可以是：{steps}。", "en": "Next steps: {steps}."},
    "rp_err_closed": {"zh": "办理已结束。", "en": "It is closed."},
    "rp_err_lower_level": {
        "zh": "{receipt} 已被{current_level}采用；同一篇信息按最高一级计分（第二十六条），不能再记为{level}采用。",
        "en": "{receipt} was already adopted at {current_level} level; only the highest level counts (art. 26), "
              "so {level} cannot be recorded.",
    },
    "rp_err_same_level": {"zh": "{receipt} 已记为{level}采用。", "en": "{receipt} is already recorded as adopted at {level} level."},
    "rp_err_no_level": {"zh": "请说明采用级别：市级、省级或全国。", "en": "Say the level: city, province or national."},
    "rp_err_instructed_twice": {"zh": "{receipt} 已记录过领导批示。", "en": "{receipt} already has a leader's instruction."},
    "rp_err_resubmit_only": {"zh": "退回的信息只能由报送人修改后重新提交（{receipt}）。",
                             "en": "Only the author can resubmit a returned report ({receipt})."},
    "rp_err_unknown_status": {"zh": "没有“{new}”这个状态；可用：{steps}。", "en": "Unknown status “{new}”; use: {steps}."},
}

TEXTS.update(REPORT_TEXTS)


def status_label(status: str, language: str | None = "zh", level: str | None = None) -> str:
    if status == "adopted" and level:
        return t("rp_status_adopted_at", language, level=t(f"rp_level_{level}", language))
    return t(f"rp_status_{status}", language)


__all__ = ["REPORT_TEXTS", "status_label"]
