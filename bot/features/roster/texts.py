"""The roster's messages (Simplified Chinese first, English on request)."""
from __future__ import annotations

from bot.kernel.texts import TEXTS

TEXTS.update({
    "roster_verify": {
        "zh": "本助手仅供{committee}委员使用。请点击下方“📱 分享手机号”按钮完成一次性验证，"
              "我会把号码与委员名单核对；也可以打开工作人员发给您的邀请链接。",
        "en": "This assistant is for members of the {committee} only. Please tap “📱 Share my phone number” "
              "below to verify once: I check the number against the members' roster. "
              "An invite link from the staff works too.",
    },
    "roster_verify_group": {
        "zh": "本助手仅供委员使用。请先私聊我完成验证（发送 /start）。",
        "en": "This assistant is for committee members only. Please message me privately first to verify (send /start).",
    },
    "roster_verify_other": {
        "zh": "本助手仅供{committee}委员使用。请使用工作人员发给您的邀请码，发送 {prefix}start 邀请码 完成验证。",
        "en": "This assistant is for members of the {committee} only. To verify, send {prefix}start followed by "
              "the invite code the staff gave you.",
    },
    "roster_verify_short": {"zh": "请先完成验证：私聊我发送 /start。", "en": "Please verify first: send me /start privately."},
    "roster_share_button": {"zh": "📱 分享手机号", "en": "📱 Share my phone number"},
    "roster_verified": {
        "zh": "验证成功，{name}，欢迎使用！您的身份：{role}。直接发来问题即可，/help 查看全部功能。",
        "en": "Verified. Welcome, {name}! Your role: {role}. Just send me a question; /help lists what I can do.",
    },
    "roster_phone_unknown": {
        "zh": "这个手机号不在委员名单中，暂时无法使用。如有疑问，请联系{contact}。",
        "en": "That phone number is not on the members' roster, so I cannot let you in. "
              "If this is a mistake, please contact {contact}.",
    },
    "roster_contact_not_own": {
        "zh": "请分享您本人的手机号：点击下方“📱 分享手机号”按钮，而不是转发别人的名片。",
        "en": "Please share your own number with the “📱 Share my phone number” button, not someone else's contact.",
    },
    "roster_invite_invalid": {
        "zh": "这个邀请链接无效。请向工作人员索取新的邀请链接。",
        "en": "This invite link is not valid. Please ask the staff for a new one.",
    },
    "roster_invite_expired": {
        "zh": "这个邀请链接已过期。请向工作人员索取新的邀请链接。",
        "en": "This invite link has expired. Please ask the staff for a new one.",
    },
    "roster_invite_used": {
        "zh": "这个邀请链接已经使用过了，每个链接只能使用一次。请向工作人员索取新的邀请链接。",
        "en": "This invite link has already been used; each link works once. Please ask the staff for a new one.",
    },
    "roster_already": {
        "zh": "您已完成验证，身份：{role}。直接发来问题即可。",
        "en": "You are already verified as {role}. Just send me a question.",
    },
    "roster_invite_usage": {
        "zh": "用法：/invite 手机号（为名单中的委员生成专属链接），或 /invite 委员|工作人员|管理员（按身份生成链接）。",
        "en": "Usage: /invite MOBILE (a link for one roster person) or /invite member|staff|admin (a link granting a role).",
    },
    "roster_invite_created": {
        "zh": "邀请链接（{who}，一次有效，{hours} 小时内使用）：\n{link}\n请私下发给本人。",
        "en": "Invite link ({who}; works once, within {hours} hours):\n{link}\nSend it to the person privately.",
    },
    "roster_invite_code": {
        "zh": "邀请码（{who}，一次有效，{hours} 小时内使用）：<code>{code}</code>\n请本人向我发送：{prefix}start {code}",
        "en": "Invite code ({who}; works once, within {hours} hours): <code>{code}</code>\n"
              "The person sends me: {prefix}start {code}",
    },
    "roster_invite_for_role": {"zh": "身份：{role}", "en": "role: {role}"},
    "roster_invite_higher": {
        "zh": "只有管理员可以生成工作人员或管理员的邀请链接。",
        "en": "Only an admin can create invite links for staff or admins.",
    },
    "roster_no_such_person": {
        "zh": "名单中没有找到「{ref}」。请提供手机号、@用户名或 Matrix 账号。",
        "en": "No roster person matches “{ref}”. Give a mobile number, @username or Matrix id.",
    },
    "roster_role_usage": {
        "zh": "用法：/role 手机号或@用户名 member|staff|admin（委员|工作人员|管理员）",
        "en": "Usage: /role MOBILE-or-@user member|staff|admin",
    },
    "roster_role_changed": {
        "zh": "已将 {name} 的身份从{old}改为{new}。",
        "en": "{name}'s role changed from {old} to {new}.",
    },
    "roster_role_same": {"zh": "{name} 的身份已经是{new}。", "en": "{name} is already {new}."},
    "roster_last_admin": {
        "zh": "{name} 是唯一的管理员，请先指定另一位管理员。",
        "en": "{name} is the only admin; make someone else admin first.",
    },
    "roster_whoami": {
        "zh": "账号：{user}\n身份：{role}\n{verified}",
        "en": "Account: {user}\nRole: {role}\n{verified}",
    },
    "roster_whoami_member": {"zh": "名单姓名：{name}（{sector}）", "en": "Roster name: {name} ({sector})"},
    "roster_verified_on": {"zh": "已验证（{how}，{date}）", "en": "Verified ({how}, {date})"},
    "roster_not_verified": {
        "zh": "尚未验证：发送 /start 按提示分享手机号即可完成验证。",
        "en": "Not verified: send /start and share your phone number to verify.",
    },
    "roster_open_mode": {"zh": "（公开模式：任何人都可以提问）", "en": "(open mode: anyone may ask)"},
    "roster_role_none": {"zh": "未验证", "en": "not verified"},
    "roster_how_contact": {"zh": "手机号", "en": "phone number"},
    "roster_how_invite": {"zh": "邀请链接", "en": "invite link"},
    "roster_how_roster": {"zh": "名单账号", "en": "roster account"},
    "cmd_invite": {"zh": "生成邀请链接（工作人员）", "en": "Create an invite link (staff)"},
    "cmd_role": {"zh": "设置身份（管理员）", "en": "Set a role (admin)"},
    "cmd_whoami": {"zh": "我的身份", "en": "My role"},
    # Why an import row was rejected (the CLI prints the English ``detail``; chat and the web desk these).
    "roster_reject_missing_name": {"zh": "姓名为空", "en": "the name is empty"},
    "roster_reject_no_phone": {"zh": "手机号为空", "en": "the mobile number is empty"},
    "roster_reject_bad_phone": {"zh": "手机号“{value}”无效（应为 11 位手机号，境外号码以 + 开头）",
                                "en": "bad mobile number “{value}” (11 digits, or + and the country code)"},
    "roster_reject_unknown_role": {"zh": "身份“{value}”无法识别（请填 委员、工作人员 或 管理员）",
                                   "en": "unknown role “{value}” (use member, staff or admin)"},
    "roster_reject_same_mobile": {"zh": "与第 {row} 行手机号重复", "en": "same mobile as row {row}"},
    "roster_reject_bad_telegram": {"zh": "Telegram ID“{value}”无效（应为数字，如 123456789）",
                                   "en": "bad Telegram id “{value}” (a number such as 123456789)"},
    "roster_reject_bad_matrix": {"zh": "Matrix 账号“{value}”无效（如 @alice:example.org）",
                                 "en": "bad Matrix id “{value}” (like @alice:example.org)"},
    "roster_reject_same_id": {"zh": "与第 {row} 行的账号 {value} 重复", "en": "same account {value} as row {row}"},
    "roster_reject_taken_id": {"zh": "账号 {value} 已属于 {name}（{mobile}）",
                               "en": "account {value} already belongs to {name} ({mobile})"},
})
