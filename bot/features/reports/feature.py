"""The chat side of 社情民意: what install() wires together, and the prompts of each step."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bot.features.reports import links
from bot.features.reports.files import FileStore, human_size
from bot.features.reports.service import Author
from bot.features.reports.settings import ReportsSettings
from bot.kernel.messages import Button, Incoming, OutMessage, esc
from bot.kernel.texts import t

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant

FILING = "report"          # the member's filing dialog
REVIEW = "report_review"   # a staff member's comment / feedback / instruction text


@dataclass
class ReportsFeature:
    assistant: "Assistant"
    settings: ReportsSettings

    @property
    def db(self):
        return self.assistant.db

    @property
    def tz(self) -> str:
        return self.assistant.config.committee.timezone

    @property
    def files(self) -> FileStore:
        return FileStore(Path(self.assistant.config.data_dir) / self.settings.files_dir)

    def member(self, msg: Incoming) -> dict | None:
        return links.member_for_user(self.db, msg.user.id)

    def author(self, msg: Incoming, member: dict) -> Author:
        return Author(id=msg.user.id, chat_id=msg.chat.id, name=member["name"],
                      language="en" if (msg.user.language or "").lower().startswith("en") else "zh",
                      member_id=member["id"])

    def actor(self, msg: Incoming) -> str:
        """Who did it, for the history and the audit trail: the roster name and the chat id."""
        member = self.member(msg)
        return f"{member['name']} ({msg.user.id})" if member else msg.user.id

    # ----- the filing dialog's prompts (sent after a step and after a button moves the dialog)

    def prompt(self, state: str, data: dict, language: str | None, member: dict | None = None) -> OutMessage:
        s = self.settings
        if state == "title":
            if data.get("back"):
                return OutMessage(t("rp_edit_title", language, limit=s.title_max_chars))
            return OutMessage(t("rp_start", language, rule=esc(s.rule), limit=s.title_max_chars))
        if state == "content":
            key = "rp_edit_content" if data.get("back") else "rp_ask_content"
            return OutMessage(t(key, language, limit=s.content_max_chars))
        if state == "category":
            rows, row = [], []
            for i, name in enumerate(s.categories):
                row.append(Button(name, data=f"rp:cat:{i}"))
                if len(row) == 3:
                    rows.append(row)
                    row = []
            if row:
                rows.append(row)
            return OutMessage(t("rp_ask_category", language), buttons=rows)
        if state == "community":
            own = (member or {}).get("district") or ""
            hint = t("rp_own_community", language, name=esc(own)) if own else ""
            buttons = [[Button(t("rp_button_own_community", language, name=own), data="rp:comm")]] if own else []
            return OutMessage(t("rp_ask_community", language, own=hint), buttons=buttons)
        if state == "files":
            return OutMessage(t("rp_ask_files", language, count=s.max_files, mb=f"{s.max_file_mb:g}"),
                              buttons=[[Button(t("rp_button_next", language), data="rp:next")]])
        return self.preview(data, language)

    def preview(self, data: dict, language: str | None) -> OutMessage:
        files = "、".join(f"{esc(f['name'])}（{human_size(f['size'])}）" for f in data.get("files") or []) \
            or t("rp_no_files", language)
        html = t("rp_preview", language, title=esc(data.get("title", "")), content=esc(data.get("content", "")),
                 category=esc(data.get("category", "")), community=esc(data.get("community", "")), files=files)
        if data.get("comment"):
            html += t("rp_preview_returned", language, comment=esc(data["comment"]))
        edit = [Button(t(f"rp_button_edit_{k}", language), data=f"rp:edit:{k}")
                for k in ("title", "content", "category", "community", "files")]
        return OutMessage(html, buttons=[[Button(t("rp_button_submit", language), data="rp:submit")],
                                         edit[:3], edit[3:]])

    def next_state(self, data: dict, natural: str) -> str:
        """After a field is filled: back to the preview when the member was correcting one field."""
        return "preview" if data.pop("back", None) else natural


def install(assistant: "Assistant") -> None:
    """Apply the reports' migrations, then register /report, /reports, /review, their
    dialogs and buttons, and the hook that routes "我要报社情民意" to filing."""
    from bot.features.reports import dialogs, member, review
    from bot.features.reports import texts  # noqa: F401  (registers the catalogue)
    from bot.features.reports.settings import reports_settings
    from bot.features.reports.store import reports_migrations

    reports_migrations.apply(assistant.db)
    feature = ReportsFeature(assistant, reports_settings(assistant.settings.reports))
    dialogs.declare(feature)
    member.register(feature)
    review.register(feature)
    return feature


__all__ = ["ReportsFeature", "install", "FILING", "REVIEW"]
