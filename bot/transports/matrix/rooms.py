"""Rooms: which chat an id means, direct chats, members, invites, leaving, encrypted rooms.

A room with at most two members (joined or invited: the bot and one person) is a
private chat. The bot joins when the inviter's homeserver is in
``bot.matrix.allowed_invite_domains`` or (``invite_from_roster``) the inviter is in
the roster; other invites are rejected. After joining a direct chat it greets like
``/start``. ``mx:@user:server`` targets go to the direct room with that person,
created when there is none.
"""
from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass

from mautrix.api import Method, Path

from bot.kernel.delivery import DeliveryError, PermanentFailure
from bot.kernel.messages import Chat, Incoming, OutMessage
from bot.kernel.texts import t
from bot.transports.matrix.info import MATRIX

log = logging.getLogger("bot.matrix")


@dataclass
class RoomInfo:
    members: dict[str, str] | None = None      # user id -> membership (join/invite/...), None: unknown
    title: str = ""
    encrypted: bool = False


class RoomsMixin:
    """Part of :class:`bot.transports.matrix.transport.MatrixTransport`: rooms and invites."""

    async def _room_for(self, chat_id: str, *, attempts: int | None = None) -> str:
        raw = MATRIX.raw(chat_id)
        if not MATRIX.owns(chat_id) or not raw:
            raise PermanentFailure("unsupported", f"{chat_id} is not a Matrix chat")
        if raw.startswith("!"):
            return raw
        if raw.startswith("#"):
            if raw not in self._aliases:
                resp = await self._request(Method.GET, Path.v3.directory.room[raw], attempts=attempts,
                                           what="resolve alias", gated=False)
                self._aliases[raw] = resp["room_id"]
            return self._aliases[raw]
        if raw.startswith("@"):
            return await self._dm_room(raw, attempts=attempts)
        raise PermanentFailure("chat_not_found", chat_id)

    async def _dm_room(self, user_id: str, *, attempts: int | None = None) -> str:
        """The direct chat with ``user_id``; created (and the person invited) when there is none."""
        lock = self._dm_locks.setdefault(user_id, asyncio.Lock())
        async with lock:
            room = self.store.dm_room_of(user_id)
            if room:
                return room
            resp = await self._request(Method.POST, Path.v3.createRoom, {
                "preset": "trusted_private_chat", "is_direct": True, "invite": [user_id],
            }, attempts=attempts, what="create a direct chat")
            room = resp["room_id"]
            self.store.upsert_room(room, dm_user=user_id, inviter=self.user_id, is_direct=1, joined_at=time.time())
            self._rooms[room] = RoomInfo(members={self.user_id: "join", user_id: "invite"})
            log.info("created direct chat %s with %s", room, user_id)
            return room

    async def resolve_chat(self, ref: str) -> Chat | None:
        """``#alias:server`` or ``!room:server`` of a room the bot is in (broadcast /register)."""
        ref = ref.strip()
        if ref.startswith("@") and ref[1:2] in ("#", "!"):
            ref = ref[1:]
        if not ref.startswith(("#", "!")):
            return None
        room_id = await self._room_for(MATRIX.qualify(ref), attempts=1)
        info = self._rooms.get(room_id) or RoomInfo()
        return Chat(MATRIX.qualify(room_id), await self._room_kind(room_id), info.title or ref)

    async def _fetch_members(self, room_id: str) -> dict[str, str]:
        resp = await self._request(Method.GET, Path.v3.rooms[room_id].members, query={"not_membership": "leave"},
                                   attempts=2, what="members", gated=False)
        members = {}
        for ev in resp.get("chunk", []):
            user = ev.get("state_key")
            content = ev.get("content") or {}
            if user:
                members[user] = content.get("membership", "")
                if content.get("displayname"):
                    self._names[(room_id, user)] = content["displayname"]
        return members

    async def _room_kind(self, room_id: str) -> str:
        """'private' for a room of the bot and one person (joined or invited), else 'group'."""
        info = self._rooms.setdefault(room_id, RoomInfo())
        if info.members is None:
            try:
                info.members = await self._fetch_members(room_id)
            except DeliveryError:
                row = self.store.room(room_id)
                return "private" if row and row["is_direct"] else "group"
        count = sum(1 for m in info.members.values() if m in ("join", "invite"))
        return "private" if count <= 2 else "group"

    def _note_state_event(self, room_id: str, ev: dict) -> None:
        """Track names, members and encryption from state and timeline events."""
        etype = ev.get("type")
        content = ev.get("content") or {}
        info = self._rooms.setdefault(room_id, RoomInfo())
        if etype == "m.room.member" and ev.get("state_key"):
            user = ev["state_key"]
            if content.get("displayname"):
                self._names[(room_id, user)] = content["displayname"]
            if info.members is not None:
                info.members[user] = content.get("membership", "")
        elif etype == "m.room.name":
            info.title = content.get("name") or ""
        elif etype == "m.room.encryption":
            info.encrypted = True
            if self.crypto is not None:                                                # [E2EE hook]
                self.crypto.note_encryption(room_id, content)

    async def _after_membership(self, room_id: str, ev: dict) -> None:
        """A person left: a direct chat is no longer one; a room with only the bot is left."""
        content = ev.get("content") or {}
        user = ev.get("state_key")
        if content.get("membership") not in ("leave", "ban") or user == self.user_id:
            return
        self.store.forget_dm(room_id, user)
        info = self._rooms.get(room_id)
        if info is None or info.members is None:
            return
        others = [u for u, m in info.members.items() if m in ("join", "invite") and u != self.user_id]
        if not others:
            log.info("leaving %s: nobody else is there", room_id)
            try:
                await self._request(Method.POST, Path.v3.rooms[room_id].leave, {}, what="leave")
            except DeliveryError:
                log.warning("could not leave %s", room_id, exc_info=True)

    def _invite_allowed(self, inviter: str) -> bool:
        domain = inviter.split(":", 1)[1].lower() if ":" in inviter else ""
        allowed = {d.strip().lower().lstrip("@:") for d in (self.settings.allowed_invite_domains or [])}
        if domain and domain in allowed:
            return True
        if self.settings.invite_from_roster:
            # The roster owns the members table: ask it (bot.features.roster).
            from bot.features.roster import member_for_user

            return member_for_user(self.db, MATRIX.qualify(inviter)) is not None
        return False

    async def _on_invite(self, room_id: str, info: dict) -> None:
        events = (info.get("invite_state") or {}).get("events") or []
        invite = next((e for e in events if e.get("type") == "m.room.member"
                       and e.get("state_key") == self.user_id), None)
        inviter = invite.get("sender") if invite else None
        is_direct = bool(invite and (invite.get("content") or {}).get("is_direct"))
        encrypted = any(e.get("type") == "m.room.encryption" for e in events)
        if not inviter or not self._invite_allowed(inviter):
            self.stats["invites_rejected"] += 1
            log.info("rejecting the invite to %s from %s", room_id, inviter)
            self.assistant.log_event("matrix_invite_rejected", None, {"room_id": room_id, "inviter": inviter})
            try:
                await self._request(Method.POST, Path.v3.rooms[room_id].leave, {}, what="reject invite")
            except DeliveryError:
                log.warning("could not reject the invite to %s", room_id, exc_info=True)
            return
        try:
            await self._request(Method.POST, Path.v3.join[room_id], {}, attempts=6, what="join")
        except DeliveryError:
            log.warning("could not join %s (invited by %s)", room_id, inviter, exc_info=True)
            return
        before = self.store.room(room_id)
        rejoined = before is not None and before["joined_at"] and before["left_at"] is None
        self.stats["invites_accepted"] += 1
        log.info("joined %s (invited by %s%s)", room_id, inviter, ", direct" if is_direct else "")
        self.assistant.log_event("matrix_joined", None, {"room_id": room_id, "inviter": inviter,
                                                         "is_direct": is_direct})
        self.store.upsert_room(room_id, inviter=inviter, is_direct=1 if is_direct else 0, joined_at=time.time(),
                          left_at=None, **({"dm_user": inviter} if is_direct else {}))
        room = self._rooms.setdefault(room_id, RoomInfo())
        room.members = None
        room.encrypted = room.encrypted or encrypted
        if encrypted and self.crypto is not None:                                       # [E2EE hook]
            for e in events:
                if e.get("type") == "m.room.encryption":
                    self.crypto.note_encryption(room_id, e.get("content") or {})
        elif encrypted:
            await self._warn_encrypted(room_id)
            return
        if not rejoined and await self._room_kind(room_id) == "private":
            # Like Telegram's Start button: greet (and ask an unverified person to verify).
            user = self._user(room_id, inviter)
            msg = Incoming(MATRIX.name, user, Chat(MATRIX.qualify(room_id), "private", room.title), command="start",
                           received_at=time.time())
            self._spawn((room_id, inviter), self.assistant.handle(msg, self))

    def _on_left(self, room_id: str) -> None:
        self.store.mark_left(room_id)
        self._rooms.pop(room_id, None)

    async def _warn_encrypted(self, room_id: str) -> None:
        row = self.store.room(room_id)
        if row and row["encrypted_warned"]:
            return
        self.store.upsert_room(room_id, encrypted_warned=time.time())
        try:
            await self.send(MATRIX.qualify(room_id), OutMessage(t("mx_encrypted")))
        except DeliveryError:
            log.warning("could not tell %s that it is encrypted", room_id, exc_info=True)
