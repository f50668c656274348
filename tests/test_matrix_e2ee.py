"""End-to-end encrypted direct chats on Matrix (``bot.matrix.encryption: true``) against a real Synapse.

The member's client does its own cryptography with mautrix's ``OlmMachine``
(in-memory stores), as Element would: it creates an encrypted direct chat
(``m.room.encryption`` in the initial state), shares its room key with the
bot's device, sends an encrypted question and decrypts the bot's answer.

Trust: neither side verifies the other's device. The member shares keys with
unverified devices (``send_keys_min_trust = UNVERIFIED``, mautrix's default and
what Element does unless "never send to unverified sessions" is turned on);
the bot does the same (bot/transports/matrix/crypto.py).
"""
from __future__ import annotations

import asyncio
import time
import uuid

import pytest

pytest.importorskip("olm")

from mautrix.api import HTTPAPI, Method, Path as MxPath
from mautrix.client import Client
from mautrix.crypto import OlmMachine
from mautrix.crypto.store import MemoryCryptoStore, StateStore
from mautrix.errors import SessionNotFound
from mautrix.types import (DeviceLists, DeviceOTKCount, EncryptedEvent, EventType, RoomCreatePreset,
                           RoomEncryptionStateEventContent, ToDeviceEvent, TrustState)

from tests.support.synapse_harness import running_synapse
from tests.test_matrix_bot import BOT_NAME, MatrixBot, write_roster

pytestmark = pytest.mark.slow

MEGOLM = {"algorithm": "m.megolm.v1.aes-sha2"}


@pytest.fixture(scope="module")
def synapse():
    gen = running_synapse()
    try:
        yield next(gen)
    finally:
        gen.close()


class _Rooms(StateStore):
    def __init__(self):
        self.encrypted: dict[str, dict] = {}

    async def is_encrypted(self, room_id):
        return room_id in self.encrypted

    async def get_encryption_info(self, room_id):
        content = self.encrypted.get(room_id)
        return RoomEncryptionStateEventContent.deserialize(content) if content else None

    async def find_shared_rooms(self, user_id):
        return list(self.encrypted)


class CryptoPerson:
    """A member's client that encrypts like Element: own device, own Olm account, megolm room keys."""

    def __init__(self, hs, user_id: str, token: str, device_id: str):
        self.user_id = user_id
        self.client = Client(mxid=user_id, device_id=device_id, api=HTTPAPI(base_url=hs.base_url, token=token))
        self.rooms = _Rooms()
        self.machine = OlmMachine(self.client, MemoryCryptoStore(user_id, "pickle"), self.rooms)
        self.machine.send_keys_min_trust = TrustState.UNVERIFIED      # share with the bot's unverified device
        self.since = None
        self.encrypted: list[tuple[str, dict]] = []                    # still undecrypted
        self.events: list[tuple[str, dict]] = []                       # plaintext (decrypted) timeline events

    async def start(self):
        await self.machine.load()
        await self.machine.share_keys()

    async def close(self):
        await self.client.api.session.close()

    async def sync(self, timeout_ms: int = 1000):
        resp = await self.client.sync(since=self.since, timeout=timeout_ms)
        self.since = resp["next_batch"]
        for raw in (resp.get("to_device") or {}).get("events") or []:
            evt = ToDeviceEvent.deserialize(raw)
            if evt.type == EventType.TO_DEVICE_ENCRYPTED:
                await self.machine.handle_to_device_event(evt)
        lists = resp.get("device_lists") or {}
        if lists.get("changed"):
            await self.machine.handle_device_lists(DeviceLists(changed=lists["changed"], left=lists.get("left", [])))
        counts = resp.get("device_one_time_keys_count")
        if counts:
            await self.machine.handle_otk_count(DeviceOTKCount(curve25519=counts.get("curve25519", 0),
                                                               signed_curve25519=counts.get("signed_curve25519", 0)))
        for room_id, info in ((resp.get("rooms") or {}).get("join") or {}).items():
            for ev in ((info.get("state") or {}).get("events") or []) + ((info.get("timeline") or {}).get("events") or []):
                if ev.get("type") == "m.room.encryption":
                    self.rooms.encrypted[room_id] = ev["content"]
                if ev.get("type") == "m.room.encrypted":
                    self.encrypted.append((room_id, ev))
                else:
                    self.events.append((room_id, ev))
        waiting = []
        for room_id, ev in self.encrypted:
            try:
                plain = await self.machine.decrypt_megolm_event(EncryptedEvent.deserialize({**ev, "room_id": room_id}))
            except SessionNotFound:
                waiting.append((room_id, ev))
                continue
            self.events.append((room_id, {"type": str(plain.type.t), "sender": ev["sender"],
                                          "event_id": ev["event_id"], "content": plain.content.serialize(),
                                          "was_encrypted": True}))
        self.encrypted = waiting

    async def say(self, room: str, body: str) -> str:
        """An encrypted m.text (the room key is shared with the room's members first, as Element does)."""
        members = list((await self.client.get_joined_members(room)).keys())
        if not await self.machine.crypto_store.get_outbound_group_session(room):
            await self.machine.share_group_session(room, members)
        content = await self.machine.encrypt_megolm_event(room, EventType.ROOM_MESSAGE,
                                                          {"msgtype": "m.text", "body": body})
        resp = await self.client.api.request(
            Method.PUT, MxPath.v3.rooms[room].send["m.room.encrypted"][uuid.uuid4().hex], content.serialize())
        return resp["event_id"]

    async def wait_for(self, pred, timeout: float = 60.0, what: str = "an event") -> dict:
        deadline = time.monotonic() + timeout
        while True:
            for room_id, ev in self.events:
                if pred(room_id, ev):
                    return ev
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; undecrypted: {len(self.encrypted)}, "
                                     f"events: {[(e.get('type'), e.get('sender')) for _, e in self.events][-10:]}")
            await self.sync()


async def test_encrypted_direct_chat_question_and_answer(synapse, sample_kb, tmp_path):
    from bot.app import FEATURES, build_assistant
    from bot.features import roster
    from bot.features.roster import RosterAccess

    hs = synapse
    bot_id, bot_token = await asyncio.to_thread(hs.register_user, "assistant_e2ee", "pw", False, BOT_NAME)
    member_id, member_token = await asyncio.to_thread(hs.register_user, "zhangwei_e2ee", "pw", False, "张伟")
    assistant = build_assistant(kb=sample_kb, access=RosterAccess("members"))
    assistant.settings.matrix.encryption = True
    if "bot.features.roster" not in FEATURES:
        roster.install(assistant)
    roster.import_roster(assistant.db, write_roster(tmp_path / "roster.csv", [
        ("张伟", "13812345678", "委员", member_id)]), actor="test")
    probe = HTTPAPI(base_url=hs.base_url, token=member_token)
    try:
        whoami = await probe.request(Method.GET, MxPath.v3.account.whoami)
    finally:
        await probe.session.close()
    member = CryptoPerson(hs, member_id, member_token, whoami["device_id"])
    bot = MatrixBot(hs, assistant, bot_id, bot_token)
    try:
        await member.start()
        await bot.start()
        crypto = bot.transport.crypto
        assert crypto is not None and (assistant.config.data_dir / "matrix-crypto.db").exists()

        room = await member.client.create_room(
            preset=RoomCreatePreset.TRUSTED_PRIVATE, is_direct=True, invitees=[bot_id],
            initial_state=[{"type": "m.room.encryption", "state_key": "", "content": MEGOLM}])
        # The bot joins and greets, encrypted (no "encryption is not supported" notice).
        greeting = await member.wait_for(lambda r, e: r == room and e.get("sender") == bot_id
                                         and e.get("type") == "m.room.message", what="the greeting")
        assert greeting.get("was_encrypted")
        assert "端到端加密" not in greeting["content"].get("body", "")

        question = await member.say(room, "没法参加会议怎么请假")
        answer = await member.wait_for(
            lambda r, e: r == room and e.get("sender") == bot_id and e.get("type") == "m.room.message"
            and ((e["content"].get("m.relates_to") or {}).get("m.in_reply_to") or {}).get("event_id") == question,
            what="the answer")
        assert answer.get("was_encrypted")
        body = answer["content"]["body"]
        assert "委员履职手册》第" in body and "请假" in body
        assert answer["content"]["msgtype"] == "m.notice"

        # Nothing the bot sent in the room is readable on the server.
        history = await member.client.api.request(Method.GET, MxPath.v3.rooms[room].messages,
                                                  query_params={"dir": "b", "limit": "50"})
        own = [e for e in history["chunk"] if e["sender"] == bot_id and e["type"].startswith("m.room.")
               and e["type"] not in ("m.room.member",)]
        assert own and all(e["type"] == "m.room.encrypted" for e in own)
        [row] = list(assistant.db.query("select * from questions"))
        assert row["transport"] == "matrix" and row["reply_message_id"] == answer["event_id"]

        # After a restart the same device and keys (matrix-crypto.db) are used: the member's room key
        # still works, and the room is known to be encrypted without a new m.room.encryption event.
        identity = crypto.machine.account.identity_key
        await bot.stop()
        await bot.start()
        assert bot.transport.crypto.machine.account.identity_key == identity
        again = await member.say(room, "提案最晚什么时候交")
        answer2 = await member.wait_for(
            lambda r, e: r == room and e.get("sender") == bot_id and e.get("type") == "m.room.message"
            and ((e["content"].get("m.relates_to") or {}).get("m.in_reply_to") or {}).get("event_id") == again,
            what="the answer after a restart")
        assert answer2.get("was_encrypted") and "《" in answer2["content"]["body"]
    finally:
        try:
            await bot.stop()
        finally:
            await member.close()
            assistant.close()
