"""End-to-end encrypted direct chats on Matrix (``bot.matrix.encryption: true``) against a real Synapse.

The member's client does its own cryptography with mautrix's ``OlmMachine``
(in-memory stores), as Element would: it creates an encrypted direct chat
(``m.room.encryption`` in the initial state), shares its room key with the
bot's device, sends an encrypted question and decrypts the bot's answer.
Attachments are encrypted files as Element sends them (AES-CTR ciphertext
uploaded as an opaque blob, the key in the event's ``file``): a member's report
photo, a staff member's document, and the bot's own documents.

Trust: neither side verifies the other's device. The member shares keys with
unverified devices (``send_keys_min_trust = UNVERIFIED``, mautrix's default and
what Element does unless "never send to unverified sessions" is turned on);
the bot does the same (bot/transports/matrix/crypto.py).
"""
from __future__ import annotations

import asyncio
import itertools
import time
import uuid

import pytest

pytest.importorskip("olm")

from mautrix.api import HTTPAPI, Method, Path as MxPath
from mautrix.client import Client
from mautrix.crypto import OlmMachine
from mautrix.crypto.attachments import decrypt_attachment, encrypt_attachment
from mautrix.crypto.store import MemoryCryptoStore, StateStore
from mautrix.errors import SessionNotFound
from mautrix.types import (DeviceLists, DeviceOTKCount, EncryptedEvent, EventType, RoomCreatePreset,
                           RoomEncryptionStateEventContent, ToDeviceEvent, TrustState)

from tests.support.synapse_harness import running_synapse
from tests.test_matrix_bot import BOT_NAME, NOTICE_MD, MatrixBot, fill_report, submit_report_file, write_roster

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

    async def send(self, room: str, content: dict) -> str:
        """An encrypted m.room.message (the room key is shared with the room's members first, as Element does)."""
        members = list((await self.client.get_joined_members(room)).keys())
        if not await self.machine.crypto_store.get_outbound_group_session(room):
            await self.machine.share_group_session(room, members)
        encrypted = await self.machine.encrypt_megolm_event(room, EventType.ROOM_MESSAGE, content)
        resp = await self.client.api.request(
            Method.PUT, MxPath.v3.rooms[room].send["m.room.encrypted"][uuid.uuid4().hex], encrypted.serialize())
        return resp["event_id"]

    async def say(self, room: str, body: str) -> str:
        return await self.send(room, {"msgtype": "m.text", "body": body})

    async def send_file(self, room: str, msgtype: str, name: str, data: bytes, mime: str, *,
                        damaged: bool = False) -> str:
        """An encrypted attachment as Element sends it: AES-CTR ciphertext uploaded as an opaque blob, the
        key and hash in the (megolm-encrypted) event's ``file``. ``damaged``: the stored ciphertext has one
        byte altered (as by a homeserver or a proxy) while the event keeps the original's hash."""
        ciphertext, file = encrypt_attachment(data)
        if damaged:
            ciphertext = bytes([ciphertext[0] ^ 0xFF]) + ciphertext[1:]
        file.url = await self.client.upload_media(ciphertext, mime_type="application/octet-stream")
        return await self.send(room, {"msgtype": msgtype, "body": name, "filename": name, "file": file.serialize(),
                                      "info": {"size": len(data), "mimetype": mime}})

    def mark(self) -> int:
        return len(self.events)

    async def wait_bot(self, room: str, bot: str, contains: str, *, after: int = 0, timeout: float = 60.0) -> dict:
        """The bot's next message (or edit, as its new content) in ``room`` containing ``contains``."""
        def pred(room_id, ev):
            if room_id != room or ev.get("sender") != bot or ev.get("type") != "m.room.message":
                return False
            return contains in (ev["content"].get("m.new_content") or ev["content"]).get("body", "")
        return await self.wait_for(pred, after=after, timeout=timeout, what=f"the bot saying {contains!r}")

    async def wait_for(self, pred, timeout: float = 60.0, what: str = "an event", after: int = 0) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            for room_id, ev in self.events[after:]:
                if pred(room_id, ev):
                    return ev
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; undecrypted: {len(self.encrypted)}, "
                                     f"events: {[(e.get('type'), e.get('sender')) for _, e in self.events][-10:]}")
            await self.sync()


_n = itertools.count(1)


class Encrypted:
    """The bot with ``bot.matrix.encryption`` on, and people in the roster with their own crypto clients."""

    def __init__(self, assistant, bot: MatrixBot, people: dict[str, CryptoPerson]):
        self.assistant, self.bot, self.people = assistant, bot, people

    async def dm(self, person: CryptoPerson, *, encrypted: bool = True) -> tuple[str, dict]:
        """``person`` opens an encrypted direct chat with the bot (as Element does): the room and the greeting."""
        room = await person.client.create_room(
            preset=RoomCreatePreset.TRUSTED_PRIVATE, is_direct=True, invitees=[self.bot.user_id],
            initial_state=[{"type": "m.room.encryption", "state_key": "", "content": MEGOLM}] if encrypted else [])
        greeting = await person.wait_for(lambda r, e: r == room and e.get("sender") == self.bot.user_id
                                         and e.get("type") == "m.room.message", what="the greeting")
        return room, greeting


@pytest.fixture
async def env(synapse, sample_kb, tmp_path):
    """The bot and two people with crypto clients in the roster: a member and a staff member."""
    from bot.app import build_assistant
    from bot.features import roster
    from bot.features.roster import RosterAccess

    hs, n = synapse, next(_n)
    bot_id, bot_token = await asyncio.to_thread(hs.register_user, f"assistant_e2ee{n}", "pw", False, BOT_NAME)
    assistant = build_assistant(kb=sample_kb, access=RosterAccess("members"))
    assistant.settings.matrix.encryption = True
    clients, rows = {}, []
    for local, name, phone, role in [("member", "张伟", "13812345678", "委员"),
                                     ("staff", "李娜", "13900001111", "工作人员")]:
        user_id, token = await asyncio.to_thread(hs.register_user, f"{local}_e2ee{n}", "pw", False, name)
        probe = HTTPAPI(base_url=hs.base_url, token=token)
        try:
            whoami = await probe.request(Method.GET, MxPath.v3.account.whoami)
        finally:
            await probe.session.close()
        clients[local] = CryptoPerson(hs, user_id, token, whoami["device_id"])
        rows.append((name, phone, role, user_id))
    roster.import_roster(assistant.db, write_roster(tmp_path / "roster.csv", rows), actor="test")
    bot = MatrixBot(hs, assistant, bot_id, bot_token)
    try:
        for person in clients.values():
            await person.start()
        await bot.start()
        yield Encrypted(assistant, bot, clients)
    finally:
        try:
            await bot.stop()
        finally:
            for person in clients.values():
                await person.close()
            assistant.close()


async def test_encrypted_direct_chat_question_and_answer(env):
    assistant, bot, member = env.assistant, env.bot, env.people["member"]
    bot_id = bot.user_id
    crypto = bot.transport.crypto
    assert crypto is not None and (assistant.config.data_dir / "matrix-crypto.db").exists()

    # The bot joins and greets, encrypted (no "encryption is not supported" notice).
    room, greeting = await env.dm(member)
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


# ---------------------------------------------------------------- encrypted attachments

PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40 + "路灯 at night".encode()   # binary, over one AES block


async def test_encrypted_report_photo_is_decrypted_and_kept(env):
    """社情民意 in an encrypted direct chat: the member's photo comes as an encrypted m.image (``file``, no
    ``url``); the bot downloads and decrypts it and keeps the original bytes. A copy altered on the way
    (its ciphertext no longer matches the event's SHA-256) is refused with a specific message, and
    nothing of it is kept."""
    member, bot = env.people["member"], env.bot.user_id
    env.assistant.gate.caps["member"] = 1000        # many steps within a minute
    room, _ = await env.dm(member)

    async def step(text, expect):
        mark = member.mark()
        await member.say(room, text)
        return await member.wait_bot(room, bot, expect, after=mark)

    await fill_report(step)

    mark = member.mark()
    await member.send_file(room, "m.image", "坏的.png", PHOTO, "image/png", damaged=True)
    refused = await member.wait_bot(room, bot, "“坏的.png”", after=mark)
    assert "损坏或无法解密" in refused["content"]["body"] and "已添加" not in refused["content"]["body"]

    mark = member.mark()
    await member.send_file(room, "m.image", "路灯.png", PHOTO, "image/png")
    await member.wait_bot(room, bot, "已添加附件“路灯.png”", after=mark)
    kept, stored = await submit_report_file(env, step)
    assert (kept["name"], kept["mime"], kept["size"]) == ("路灯.png", "image/png", len(PHOTO))
    assert stored == PHOTO


async def test_encrypted_staff_document_is_ingested(env):
    """Staff send a document in an encrypted direct chat (Element's default): it is decrypted and added
    to the knowledge base; a damaged copy is refused with a specific reason and changes nothing."""
    staff, bot = env.people["staff"], env.bot.user_id
    room, _ = await env.dm(staff)
    chunks_before = env.assistant.db.execute("select count(*) from chunks").fetchone()[0]

    mark = staff.mark()
    await staff.send_file(room, "m.file", "读书会.md", NOTICE_MD.encode(), "text/markdown", damaged=True)
    failed = await staff.wait_bot(room, bot, "未能入库", after=mark)
    assert "损坏或无法解密" in (failed["content"].get("m.new_content") or failed["content"])["body"]
    assert env.assistant.db.execute("select count(*) from chunks").fetchone()[0] == chunks_before

    mark = staff.mark()
    await staff.send_file(room, "m.file", "读书会.md", NOTICE_MD.encode(), "text/markdown")
    await staff.wait_bot(room, bot, "已加入知识库", after=mark)
    assert "委员读书会安排" in [d["title"] for d in env.assistant.kb.list_documents()]
    texts = [r[0] for r in env.assistant.db.execute("select text from chunks").fetchall()]
    assert any("第二个星期四" in x for x in texts)


async def test_bot_sends_encrypted_documents_into_encrypted_rooms(env):
    """A document the bot sends into an encrypted room (a broadcast's attachment, an export) is encrypted
    before upload: the event has ``file`` and no ``url``, the member's client decrypts it to the original,
    and the homeserver's copy is ciphertext."""
    member, bot = env.people["member"], env.bot.user_id
    room, _ = await env.dm(member)
    data = "（通知）\n周五上午九点召开常委会，请准时参加。\n".encode() * 50

    mark = member.mark()
    await env.bot.transport.send_document(f"mx:{room}", data, "常委会通知.txt", "<b>会议通知</b>")
    event = await member.wait_for(lambda r, e: r == room and e.get("sender") == bot
                                  and (e.get("content") or {}).get("msgtype") == "m.file",
                                  after=mark, what="the bot's document")
    content = event["content"]
    assert event.get("was_encrypted") and "url" not in content
    assert content["filename"] == "常委会通知.txt" and content["body"] == "会议通知"
    file = content["file"]
    assert file["v"] == "v2" and file["url"].startswith("mxc://") and file["key"]["alg"] == "A256CTR"
    stored = await member.client.download_media(file["url"])
    assert stored != data and len(stored) == len(data)
    assert decrypt_attachment(stored, file["key"]["k"], file["hashes"]["sha256"], file["iv"]) == data

    # The same document again into the same room reuses that upload (its key is the room's already).
    mark = member.mark()
    await env.bot.transport.send_document(f"mx:{room}", data, "常委会通知.txt")
    again = await member.wait_for(lambda r, e: r == room and e.get("sender") == bot
                                  and (e.get("content") or {}).get("msgtype") == "m.file",
                                  after=mark, what="the bot's second document")
    assert again["content"]["file"]["url"] == file["url"]

    # Another encrypted room gets its own upload and key; an unencrypted one the plain file, as before.
    other, _ = await env.dm(env.people["staff"])
    mark = env.people["staff"].mark()
    await env.bot.transport.send_document(f"mx:{other}", data, "常委会通知.txt")
    elsewhere = await env.people["staff"].wait_for(lambda r, e: r == other and e.get("sender") == bot
                                                   and (e.get("content") or {}).get("msgtype") == "m.file",
                                                   after=mark, what="the document in another room")
    assert elsewhere["content"]["file"]["url"] != file["url"]
    assert elsewhere["content"]["file"]["key"]["k"] != file["key"]["k"]
    plain_room, _ = await env.dm(member, encrypted=False)
    mark = member.mark()
    await env.bot.transport.send_document(f"mx:{plain_room}", data, "常委会通知.txt")
    plain = await member.wait_for(lambda r, e: r == plain_room and e.get("sender") == bot
                                  and (e.get("content") or {}).get("msgtype") == "m.file",
                                  after=mark, what="the document in an unencrypted room")
    assert not plain.get("was_encrypted") and "file" not in plain["content"]
    assert await member.client.download_media(plain["content"]["url"]) == data
