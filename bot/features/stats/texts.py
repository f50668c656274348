"""What /stats says, in Chinese and English."""
from bot.kernel.texts import TEXTS

TEXTS.update({
    "stats_summary": {
        "zh": ("<b>统计</b>（{since} 至 {until}）\n"
               "提问 {total} 个：文件答复 {answered}，秘书处答复 {curated}，未找到答案 {abstained}\n"
               "答复率 {rate}\n反馈 👍 {up} / 👎 {down}（{ratio}）；追问点了“换个理解” {other} 次\n"
               "待答复问题 {open_items} 个（{open_asks} 人次）；常见问题 {entries} 条\n"
               "<b>每日提问</b>\n{per_day}\n<b>引用最多的文件</b>\n{top_docs}"),
        "en": ("<b>Statistics</b> ({since} to {until})\n"
               "{total} questions: {answered} answered from the documents, {curated} by the secretariat, {abstained} without an answer\n"
               "Answer rate {rate}\nFeedback 👍 {up} / 👎 {down} ({ratio}); a follow-up's other reading asked {other} times\n"
               "Open queue: {open_items} items ({open_asks} asks); FAQ entries: {entries}\n"
               "<b>Questions per day</b>\n{per_day}\n<b>Most-cited documents</b>\n{top_docs}"),
    },
    "stats_none": {"zh": "（无）", "en": "(none)"},
    "stats_usage": {
        "zh": "用法：/stats [天数] 或 /stats 2026-01-01 2026-01-31",
        "en": "Usage: /stats [days] or /stats 2026-01-01 2026-01-31",
    },
    "cmd_stats": {"zh": "使用统计", "en": "Usage statistics"},
})
