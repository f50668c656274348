"""What /proposals and its notifications say (zh + en)."""
from __future__ import annotations

from bot.kernel.texts import TEXTS

TEXTS.update({
    "cmd_proposals": {"zh": "我的提案", "en": "My proposals"},
    "proposals_head": {"zh": "<b>{who}的提案</b>（共 {count} 件）", "en": "<b>Proposals of {who}</b> ({count})"},
    "proposals_me": {"zh": "我", "en": "me"},
    "proposals_none": {"zh": "暂无您作为第一提案人或联名提案人的提案记录。提案记录由提案委员会导入。",
                       "en": "No proposals with you as first or co-proposer yet. The proposals committee imports them."},
    "proposals_item": {"zh": "<b>{number}</b>　{title}\n　{role}　状态：<b>{status}</b>{details}",
                       "en": "<b>{number}</b>  {title}\n  {role}  Status: <b>{status}</b>{details}"},
    "proposals_role_first": {"zh": "第一提案人", "en": "first proposer"},
    "proposals_role_joint": {"zh": "联名提案人", "en": "co-proposer"},
    "proposals_unit": {"zh": "\n　承办单位：{unit}", "en": "\n  Handled by: {unit}"},
    "proposals_reply": {"zh": "\n　答复日期：{date}", "en": "\n  Replied: {date}"},
    "proposals_satisfaction": {"zh": "\n　满意度：{value}", "en": "\n  Satisfaction: {value}"},
    "proposals_merged": {"zh": "（并入 {number}）", "en": " (merged into {number})"},
    "proposals_key": {"zh": "　★{flag}", "en": "  ★{flag}"},
    "proposals_notice": {
        "zh": "📮 您的提案状态有更新\n<b>{number}</b>　{title}\n状态：{old} → <b>{new}</b>{details}\n发送 /proposals 查看全部提案。",
        "en": "📮 Your proposal's status changed\n<b>{number}</b>  {title}\nStatus: {old} → <b>{new}</b>{details}\nSend /proposals to see all of them.",
    },
    "proposals_notice_new": {"zh": "（新登记）", "en": "(newly registered)"},
})
