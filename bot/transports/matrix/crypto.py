"""End-to-end encryption for the Matrix transport (``bot.matrix.encryption: true``).

mautrix's ``OlmMachine`` (libolm through ``python-olm``) does the cryptography;
this module feeds it from the transport's own /sync loop and keeps its state in
``<data_dir>/matrix-crypto.db`` (mautrix's ``PgCryptoStore`` on SQLite through
``aiosqlite``; mautrix's store module also imports ``asyncpg``, for one
exception class only). The machine talks to the homeserver through a mautrix
``Client`` that shares the transport's ``HTTPAPI`` (same token and device) but
never syncs: the transport hands it the to-device events, device-list changes
and one-time-key counts of each /sync.

Trust: the bot shares its room keys with every device of the room's members,
verified or not (``send_keys_min_trust = UNVERIFIED``, mautrix's default), and
reads messages from unverified devices. Committee members do not verify the
bot's device in Element, and the bot cannot verify theirs; the homeserver
(the committee's own) is trusted to hand out the right device keys.

The device id must stay the same across restarts (``bot.matrix.device_id`` for
a password login; the access token's device otherwise): the Olm account in the
store belongs to one device. When the store holds an account of another
device it is discarded and a new one created (older messages then cannot be
read any more).
"""
from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from mautrix.client import Client
from mautrix.crypto import OlmMachine, PgCryptoStore
from mautrix.crypto.store import StateStore
from mautrix.errors import DecryptionError, EncryptionError, SessionNotFound
from mautrix.types import (DeviceLists, DeviceOTKCount, EncryptedEvent, EventType,
                           RoomEncryptionStateEventContent, ToDeviceEvent, TrustState)
from mautrix.util.async_db import Database

from bot.kernel.delivery import PermanentFailure

log = logging.getLogger("bot.matrix.crypto")

PICKLE_KEY = "committee-assistant.matrix.e2ee"   # the store file itself is the secret (like mautrix bridges)
SESSION_WAIT = 10.0                              # seconds to wait for a room key sent after its message


class TransportStateStore(StateStore):
    """What the OlmMachine asks about rooms, answered from the transport's room tracking."""

    def __init__(self, transport) -> None:
        self.transport = transport
        self.encryption: dict[str, dict] = {}     # room id -> m.room.encryption content

    async def is_encrypted(self, room_id: str) -> bool:
        return room_id in self.encryption

    async def get_encryption_info(self, room_id: str) -> RoomEncryptionStateEventContent | None:
        content = self.encryption.get(room_id)
        return RoomEncryptionStateEventContent.deserialize(content) if content else None

    async def find_shared_rooms(self, user_id: str) -> list[str]:
        return [room_id for room_id, info in self.transport._rooms.items()
                if room_id in self.encryption and info.members and info.members.get(user_id) in ("join", "invite")]


class MatrixCrypto:
    """The transport's end-to-end encryption: decrypt incoming, encrypt outgoing, keep keys in sync."""

    def __init__(self, transport, db_path: Path, device_id: str) -> None:
        self.transport = transport
        self.db_path = Path(db_path)
        self.device_id = device_id
        self.client = Client(mxid=transport.user_id, device_id=device_id, api=transport.api)
        self.state = TransportStateStore(transport)
        self.db: Database | None = None
        self.store: PgCryptoStore | None = None
        self.machine: OlmMachine | None = None
        self._share_locks: dict[str, asyncio.Lock] = {}
        self._plain: set[str] = set()             # rooms known to be unencrypted

    async def start(self) -> None:
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        self.db = Database.create(f"sqlite:///{self.db_path}", upgrade_table=PgCryptoStore.upgrade_table,
                                  log=logging.getLogger("bot.matrix.crypto.db"))
        await self.db.start()
        self.store = PgCryptoStore(self.transport.user_id, PICKLE_KEY, self.db)
        await self.store.open()
        stored = await self.store.get_device_id()
        if stored and stored != self.device_id:
            log.warning("the crypto store belongs to device %s, not %s: starting a new Olm account",
                        stored, self.device_id)
            await self.store.delete()
        await self.store.put_device_id(self.device_id)
        self.machine = OlmMachine(self.client, self.store, self.state, log=logging.getLogger("bot.matrix.olm"))
        self.machine.send_keys_min_trust = TrustState.UNVERIFIED     # see the module docstring
        self.machine.share_keys_min_trust = TrustState.UNVERIFIED    # key requests of the bot's own devices
        await self.machine.load()
        await self.machine.share_keys()        # device keys (first start) and one-time keys
        log.info("end-to-end encryption ready (device %s, identity key %s)", self.device_id,
                 self.machine.account.identity_key)

    async def close(self) -> None:
        try:
            if self.store is not None:
                await self.store.flush()
        finally:
            if self.db is not None:
                await self.db.stop()

    # ------------------------------------------------------------ /sync

    def note_encryption(self, room_id: str, content: dict) -> None:
        self.state.encryption[room_id] = dict(content or {"algorithm": "m.megolm.v1.aes-sha2"})
        self._plain.discard(room_id)

    async def membership_changed(self, room_id: str) -> None:
        """Someone joined or left an encrypted room: the next message gets a new room key."""
        if room_id in self.state.encryption:
            await self.store.remove_outbound_group_session(room_id)

    async def process_sync(self, resp: dict) -> None:
        """The crypto parts of a /sync response, before its timeline: room keys arrive here."""
        for raw in (resp.get("to_device") or {}).get("events") or []:
            try:
                evt = ToDeviceEvent.deserialize(raw)
                if evt.type == EventType.TO_DEVICE_ENCRYPTED:
                    await self.machine.handle_to_device_event(evt)
                elif evt.type == EventType.ROOM_KEY_REQUEST:
                    await self.machine.handle_room_key_request(evt)
            except Exception:
                log.warning("could not handle a to-device %s from %s", raw.get("type"), raw.get("sender"),
                            exc_info=True)
        lists = resp.get("device_lists") or {}
        if lists.get("changed") or lists.get("left"):
            try:
                await self.machine.handle_device_lists(DeviceLists(changed=lists.get("changed") or [],
                                                                   left=lists.get("left") or []))
            except Exception:
                log.warning("could not update device lists", exc_info=True)
        counts = resp.get("device_one_time_keys_count")
        if counts is not None:
            try:
                await self.machine.handle_otk_count(DeviceOTKCount(
                    curve25519=counts.get("curve25519", 0), signed_curve25519=counts.get("signed_curve25519", 0)))
            except Exception:
                log.warning("could not upload one-time keys", exc_info=True)

    # ------------------------------------------------------------ events

    async def decrypt(self, room_id: str, ev: dict) -> dict | None:
        """The plaintext event of an ``m.room.encrypted`` timeline event (a dict), None when unreadable."""
        evt = EncryptedEvent.deserialize({**ev, "room_id": room_id})
        for attempt in range(2):
            try:
                decrypted = await self.machine.decrypt_megolm_event(evt)
                break
            except SessionNotFound:
                if attempt:
                    raise
                # The room key travels as a to-device event and may come in a later /sync.
                if not await self.machine.wait_for_session(room_id, evt.content.session_id, timeout=SESSION_WAIT):
                    log.warning("no room key for %s from %s in %s", ev.get("event_id"), ev.get("sender"), room_id)
                    try:
                        await self.machine.request_room_key(room_id, evt.content.sender_key, evt.content.session_id,
                                                            from_devices={ev.get("sender"): [evt.content.device_id]},
                                                            timeout=SESSION_WAIT)
                    except Exception:
                        log.debug("key request failed", exc_info=True)
        out = decrypted.serialize()
        out["type"] = str(decrypted.type.t if hasattr(decrypted.type, "t") else decrypted.type)
        out.setdefault("event_id", ev.get("event_id"))
        out.setdefault("sender", ev.get("sender"))
        out.setdefault("origin_server_ts", ev.get("origin_server_ts"))
        return out

    async def room_encrypted(self, room_id: str) -> bool:
        """Is the room encrypted? Asked of the homeserver once when /sync has not said (after a restart)."""
        if room_id in self.state.encryption:
            return True
        if room_id in self._plain:
            return False
        from mautrix.api import Method, Path

        try:
            content = await self.transport._request(
                Method.GET, Path.v3.rooms[room_id].state["m.room.encryption"][""], attempts=2,
                what="encryption state", gated=False)
        except PermanentFailure:
            content = None
        if content and content.get("algorithm"):
            self.note_encryption(room_id, content)
            return True
        self._plain.add(room_id)
        return False

    async def _members(self, room_id: str) -> list[str]:
        info = self.transport._rooms.get(room_id)
        members = info.members if info is not None else None
        if members is None:
            members = await self.transport._fetch_members(room_id)
            if info is not None:
                info.members = members
        return [user for user, membership in members.items() if membership in ("join", "invite")]

    async def encrypt(self, room_id: str, event_type: str, content: dict) -> dict:
        """The ``m.room.encrypted`` content of an event; the room key is shared with the members first."""
        etype = EventType.find(event_type, t_class=EventType.Class.MESSAGE)
        lock = self._share_locks.setdefault(room_id, asyncio.Lock())
        async with lock:
            try:
                encrypted = await self.machine.encrypt_megolm_event(room_id, etype, content)
            except EncryptionError:
                await self.machine.share_group_session(room_id, await self._members(room_id))
                encrypted = await self.machine.encrypt_megolm_event(room_id, etype, content)
        return encrypted.serialize()


async def start_crypto(transport, data_dir: Path, device_id: str) -> MatrixCrypto:
    crypto = MatrixCrypto(transport, Path(data_dir) / "matrix-crypto.db", device_id)
    await crypto.start()
    return crypto


__all__ = ["MatrixCrypto", "TransportStateStore", "start_crypto", "DecryptionError"]
