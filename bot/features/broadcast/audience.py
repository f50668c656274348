"""Who receives a broadcast: registered groups/channels and verified members (from the roster).

An audience is a list of items: ``channels`` (every registered target), ``members`` (every
verified member), ``sector:X`` (界别), ``district:Y`` (街道社区), ``target:ID``. It is
resolved when the broadcast is sent (a scheduled one reads the roster again then), each
chat once, channels first, members who muted broadcasts left out.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from bot.features.broadcast import store
from bot.features.broadcast.content import BroadcastError
from bot.features.broadcast.targets import target_label
from bot.features.roster import group_counts, member_chat, verified_members
from bot.kernel.texts import lang_of, t
from bot.kernel.transports import known_networks


@dataclass
class Recipient:
    chat_id: str
    kind: str                  # channel | group | member
    label: str
    member_id: int | None = None


@dataclass
class Audience:
    recipients: list[Recipient] = field(default_factory=list)
    muted: int = 0             # members matched but muted
    unknown: list[str] = field(default_factory=list)  # audience items that matched nothing known

    @property
    def channels(self) -> int:
        return sum(1 for r in self.recipients if r.kind != "member")

    @property
    def members(self) -> int:
        return sum(1 for r in self.recipients if r.kind == "member")


def groups_of(db, column: str) -> list[tuple[str, int]]:
    """(sector or district, verified members) pairs, most members first (the roster counts)."""
    return group_counts(db, column) if column in ("sector", "district") else []


def normalize_audience(items) -> list[str]:
    out = []
    for raw in items:
        for item in str(raw).split(","):
            item = item.strip()
            if not item:
                continue
            low = item.lower()
            if low in ("all", "members", "全体", "全体委员"):
                item = "members"
            elif low in ("channels", "groups", "频道"):
                item = "channels"
            elif ":" in item:
                kind, _, value = item.partition(":")
                kind = {"界别": "sector", "sector": "sector", "district": "district", "街道": "district",
                        "社区": "district", "target": "target", "channel": "target"}.get(kind.lower().strip())
                if kind is None:
                    raise BroadcastError(f"Unknown audience {item!r}: use channels, all, sector:X, district:Y "
                                         "or channel:@name.")
                item = f"{kind}:{value.strip()}"
            else:
                raise BroadcastError(f"Unknown audience {item!r}: use channels, all, sector:X, district:Y "
                                     "or channel:@name.")
            if item not in out:
                out.append(item)
    return out


def resolve_audience(db, audience: list[str]) -> Audience:
    """The recipients of ``audience`` now: channels first, each chat once, muted members left out."""
    result = Audience()
    seen: set[str] = set()
    all_targets = store.targets(db)
    members = None
    muted_ids: set[int] = set()
    channels_first = sorted(audience, key=lambda item: item.split(":", 1)[0] not in ("channels", "target"))
    for item in channels_first:
        kind, _, value = item.partition(":")
        if kind == "channels":
            chosen = all_targets
        elif kind == "target":
            bare_as = known_networks().candidates(value)     # a network's own id typed without its prefix
            chosen = [x for x in all_targets if str(x["id"]) == value or x["chat_id"] == value
                      or (x.get("username") or "").lower() == value.lstrip("@").lower()
                      or x["chat_id"] in bare_as]
            if not chosen:
                result.unknown.append(item)
        else:
            chosen = []
        for target in chosen:
            if target["chat_id"] not in seen:
                seen.add(target["chat_id"])
                result.recipients.append(Recipient(target["chat_id"], target["kind"] or "channel", target_label(target)))
        if kind in ("members", "sector", "district"):
            if members is None:
                members = verified_members(db)
            matched = [m for m in members if kind == "members" or (m.get(kind) or "") == value]
            if not matched and kind != "members":
                result.unknown.append(item)
            for m in matched:
                if m["muted"]:
                    muted_ids.add(m["id"])
                    continue
                chat = member_chat(m)
                if chat and chat not in seen:
                    seen.add(chat)
                    result.recipients.append(Recipient(chat, "member", m["name"] or chat, m["id"]))
    result.muted = len(muted_ids)
    return result


def audience_label(db, audience: list[str], language: str | None) -> str:
    names = []
    by_id = {str(x["id"]): x for x in store.targets(db, active_only=False)}
    for item in audience:
        kind, _, value = item.partition(":")
        if kind == "channels":
            names.append(t("bc_all_channels", language))
        elif kind == "members":
            names.append(t("bc_all_members", language))
        elif kind == "sector":
            names.append(t("bc_sector", language, name=value))
        elif kind == "district":
            names.append(t("bc_district", language, name=value))
        elif kind == "target":
            names.append(target_label(by_id[value]) if value in by_id else value)
    return "、".join(names) if lang_of(language) == "zh" else ", ".join(names)


def reachable_members(db) -> int:
    """Verified members who have not muted broadcasts (the "all members" button's count)."""
    return sum(1 for m in verified_members(db) if not m["muted"])


__all__ = ["Recipient", "Audience", "member_chat", "groups_of", "normalize_audience", "resolve_audience",
           "audience_label", "verified_members", "reachable_members"]
