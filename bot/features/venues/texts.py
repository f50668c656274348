"""What /venue says (zh + en)."""
from __future__ import annotations

from bot.kernel.texts import TEXTS

TEXTS.update({
    "cmd_venue": {"zh": "我的社区联系点", "en": "My community venue"},
    "venue_head": {"zh": "<b>{who}的联系点：{name}</b>", "en": "<b>Community venue of {who}: {name}</b>"},
    "venue_me": {"zh": "我", "en": "me"},
    "venue_street": {"zh": "街道：{street}", "en": "Street: {street}"},
    "venue_address": {"zh": "地址：{address}", "en": "Address: {address}"},
    "venue_contact": {"zh": "联系人：{contact}", "en": "Contact: {contact}"},
    "venue_events": {"zh": "<b>近期协商活动</b>", "en": "<b>Next consultations</b>"},
    "venue_event": {"zh": "• {day} {time}　{topic}", "en": "• {day} {time}  {topic}"},
    "venue_no_events": {"zh": "近期暂无已排定的协商活动。", "en": "No consultations are scheduled yet."},
    "venue_none": {"zh": "您还没有分配街道社区联系点。请联系{office}。",
                   "en": "You have no community venue assigned yet. Please contact {office}."},
})
