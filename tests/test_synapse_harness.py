"""Integration tests of tests/support/synapse_harness.py against a real Synapse, via mautrix."""

from __future__ import annotations

import asyncio
import os
import time

import pytest

try:
    from tests.support.synapse_harness import SynapseServer, skip_or_fail_unavailable, synapse_available
except ImportError:  # tests/ on sys.path (pytest rootdir-less "prepend" import mode)
    from synapse_harness import SynapseServer, skip_or_fail_unavailable, synapse_available

from mautrix.api import HTTPAPI
from mautrix.client import Client
from mautrix.errors import MLimitExceeded
from mautrix.types import EventType, RoomCreatePreset


def _start(request: pytest.FixtureRequest, **kwargs) -> SynapseServer:
    if not synapse_available():
        skip_or_fail_unavailable()
    server = SynapseServer(**kwargs)
    request.addfinalizer(server.stop)  # registered first: runs even if start() half-fails
    server.start()
    label = f"Synapse {kwargs}" if kwargs else "Synapse"
    print(f"\n{label} started in {server.startup_seconds:.2f}s at {server.base_url}")
    return server


@pytest.fixture(scope="module")
def synapse(request: pytest.FixtureRequest) -> SynapseServer:
    return _start(request)


@pytest.fixture(scope="module")
def synapse_rate_limited(request: pytest.FixtureRequest) -> SynapseServer:
    return _start(request, rate_limited=True)


def _client(server: SynapseServer, user_id: str, token: str) -> Client:
    return Client(mxid=user_id, api=HTTPAPI(base_url=server.base_url, token=token))


async def _sync_until(client: Client, predicate, timeout: float = 30.0) -> dict:
    """Sync (long-polling) until predicate(sync_response) is true; return that response."""
    since = None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        resp = await client.sync(since=since, timeout=2000)
        if predicate(resp):
            return resp
        since = resp.get("next_batch")
    raise AssertionError(f"sync condition not met within {timeout}s")


def _timeline(resp: dict, room_id: str) -> list[dict]:
    return resp.get("rooms", {}).get("join", {}).get(room_id, {}).get("timeline", {}).get(
        "events", []
    )


def test_harness_basics(synapse: SynapseServer) -> None:
    assert synapse.running
    assert synapse.base_url.startswith("http://127.0.0.1:")
    versions = synapse.request("GET", "/_matrix/client/versions")
    assert "v1.11" in versions["versions"]
    assert synapse.config_path.exists() and synapse.data_dir is not None


@pytest.mark.asyncio
async def test_room_message_roundtrip_and_media(synapse: SynapseServer) -> None:
    a_id, a_token = synapse.register_user("alice", "alice-pw")
    b_id, b_token = synapse.register_user("bob", "bob-pw", admin=True)
    assert a_id == synapse.user_id("alice")
    alice = _client(synapse, a_id, a_token)
    bob = _client(synapse, b_id, b_token)
    try:
        assert (await alice.whoami()).user_id == a_id

        # Password login gives a second working token.
        relog = Client(mxid=b_id, api=HTTPAPI(base_url=synapse.base_url))
        try:
            login = await relog.login(password="bob-pw", device_name="harness-test")
            assert login.user_id == b_id and relog.api.token == login.access_token
            assert (await relog.whoami()).user_id == b_id
        finally:
            await relog.api.session.close()

        room_id = await alice.create_room(name="harness", preset=RoomCreatePreset.PRIVATE)
        await alice.invite_user(room_id, b_id)
        assert await bob.join_room(room_id) == room_id
        assert set(await alice.get_joined_members(room_id)) == {a_id, b_id}

        event_id = await alice.send_text(room_id, "hello bob")
        resp = await _sync_until(
            bob, lambda r: any(e["event_id"] == event_id for e in _timeline(r, room_id))
        )
        evt = next(e for e in _timeline(resp, room_id) if e["event_id"] == event_id)
        assert evt["sender"] == a_id
        assert evt["content"] == {"msgtype": "m.text", "body": "hello bob"}

        reaction_id = await bob.react(room_id, event_id, "👍")
        resp = await _sync_until(
            alice, lambda r: any(e["event_id"] == reaction_id for e in _timeline(r, room_id))
        )
        reaction = next(e for e in _timeline(resp, room_id) if e["event_id"] == reaction_id)
        assert reaction["type"] == str(EventType.REACTION)
        assert reaction["content"]["m.relates_to"] == {
            "rel_type": "m.annotation",
            "event_id": event_id,
            "key": "👍",
        }

        payload = os.urandom(4096) + b"harness"
        mxc = await alice.upload_media(payload, mime_type="application/octet-stream",
                                       filename="blob.bin")
        assert mxc.startswith(f"mxc://{synapse.server_name}/")
        assert await bob.download_media(mxc) == payload
    finally:
        await alice.api.session.close()
        await bob.api.session.close()


@pytest.mark.asyncio
async def test_rate_limited_server_returns_429(synapse_rate_limited: SynapseServer) -> None:
    hs = synapse_rate_limited
    admin_id, admin_token = hs.register_user("admin", "pw", admin=True)
    user_id, user_token = hs.register_user("carol", "pw")
    admin = _client(hs, admin_id, admin_token)
    user = _client(hs, user_id, user_token)
    try:
        room_id = await admin.create_room(preset=RoomCreatePreset.PRIVATE)
        await admin.invite_user(room_id, user_id)
        await user.join_room(room_id)

        with pytest.raises(MLimitExceeded) as excinfo:
            for i in range(10):
                await user.send_text(room_id, f"spam {i}")
        err = excinfo.value
        assert err.http_status == 429
        assert err.errcode == "M_LIMIT_EXCEEDED"
        assert err.message  # Synapse says "Too Many Requests"

        # After waiting (0.5/s refill) the user may send again.
        await asyncio.sleep(2.5)
        await user.send_text(room_id, "after backoff")

        # The admin is exempt (override_ratelimit set by register_user(admin=True)).
        for i in range(8):
            await admin.send_text(room_id, f"admin {i}")
    finally:
        await admin.api.session.close()
        await user.api.session.close()
