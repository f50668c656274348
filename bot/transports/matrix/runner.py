"""Running the Matrix bot: log in (or check the token), start E2EE when configured, sync until stopped."""
from __future__ import annotations

import asyncio
import logging
import time

from aiohttp import ClientError
from mautrix.client.api import ClientAPI
from mautrix.errors import MatrixConnectionError, MatrixRequestError

from kb.errors import ConfigError

from bot.transports.matrix.api import MatrixAPI, is_rate_limit, retry_after
from bot.transports.matrix.transport import BUTTONS_KEPT_DAYS, MatrixTransport

log = logging.getLogger("bot.matrix")

DEFAULT_DEVICE_ID = "COMMITTEEASSISTANT"



async def connect(assistant, *, homeserver: str, user_id: str | None, access_token: str | None,
                  password: str | None, stop: asyncio.Event | None = None) -> MatrixTransport:
    """Log in (or check the token), set the display name, and return a ready transport."""
    mx = assistant.settings.matrix
    api = MatrixAPI(base_url=homeserver, token=access_token, default_retry_count=0,
                    log=logging.getLogger("bot.matrix.http"))
    client = ClientAPI(mxid=user_id or "", api=api)
    failures = 0
    while True:
        try:
            if not access_token:
                await client.login(identifier=user_id, password=password, device_name=mx.device_name,
                                   device_id=mx.device_id or DEFAULT_DEVICE_ID)
            who = await client.whoami()
            break
        except MatrixRequestError as exc:
            if is_rate_limit(exc):
                await asyncio.sleep(retry_after(exc) or 2.0)
                continue
            await api.session.close()
            if getattr(exc, "http_status", 0) in (401, 403):
                how = "MATRIX_ACCESS_TOKEN" if access_token else f"MATRIX_PASSWORD for {user_id}"
                raise ConfigError(f"The homeserver {homeserver} refused {how}: {exc}") from exc
            raise
        except (MatrixConnectionError, ClientError, asyncio.TimeoutError, OSError) as exc:
            failures += 1
            wait = min(60.0, 2.0 ** failures)
            log.warning("cannot reach %s (%s); retrying in %.0f s", homeserver, exc, wait)
            if stop is not None and stop.is_set():
                await api.session.close()
                raise
            await asyncio.sleep(wait)
    if user_id and who.user_id != user_id:
        log.warning("bot.matrix.user_id is %s but the access token belongs to %s; using the latter",
                    user_id, who.user_id)
    user_id = who.user_id
    client.mxid = user_id
    display_name = ""
    try:
        if mx.display_name:
            await client.set_displayname(mx.display_name)
        display_name = await client.get_displayname(user_id) or ""
    except Exception:
        log.debug("display name unavailable", exc_info=True)
    transport = MatrixTransport(
        assistant, client, user_id=user_id, attempts=max(1, mx.send_retries + 1),
        sync_timeout=mx.sync_timeout, catch_up_seconds=mx.catch_up_seconds, display_name=display_name)
    if mx.encryption:                                                                   # [E2EE hook]
        from bot.transports.matrix.crypto import start_crypto

        device_id = getattr(who, "device_id", None) or (None if access_token else mx.device_id or DEFAULT_DEVICE_ID)
        if not device_id:
            await api.session.close()
            raise ConfigError("bot.matrix.encryption needs the device of the access token; the homeserver "
                              "did not say it (whoami). Use MATRIX_PASSWORD with bot.matrix.device_id.")
        client.device_id = device_id
        try:
            transport.crypto = await start_crypto(transport, assistant.config.data_dir, device_id)
        except Exception:
            await api.session.close()
            raise
    transport.store.prune_buttons(time.time() - BUTTONS_KEPT_DAYS * 86400)
    return transport


async def run_matrix(assistant, *, stop: asyncio.Event | None = None, homeserver: str | None = None,
                     user_id: str | None = None, access_token: str | None = None,
                     password: str | None = None) -> None:
    """Run the Matrix bot until ``stop`` is set (or forever)."""
    settings = assistant.settings
    mx = settings.matrix
    homeserver = (homeserver or mx.homeserver or "").strip().rstrip("/")
    user_id = user_id or mx.user_id or None
    if not access_token and not password:
        access_token = settings.matrix_access_token
        password = None if access_token else settings.matrix_password
    if not homeserver:
        raise ConfigError("Set bot.matrix.homeserver (e.g. https://matrix.example.org) to run the Matrix transport.")
    if not homeserver.startswith(("http://", "https://")):
        raise ConfigError(f"bot.matrix.homeserver must be an http(s) URL, got {homeserver!r}.")
    if not access_token and not password:
        raise ConfigError("Set MATRIX_ACCESS_TOKEN (or MATRIX_PASSWORD with bot.matrix.user_id) "
                          "to run the Matrix transport.")
    if password and not access_token and not user_id:
        raise ConfigError("Logging in with MATRIX_PASSWORD needs bot.matrix.user_id (e.g. @assistant:example.org).")
    stop = stop or asyncio.Event()
    transport = await connect(assistant, homeserver=homeserver, user_id=user_id, access_token=access_token,
                              password=password, stop=stop)
    assistant.attach_transport(transport)
    log.info("Matrix bot %s running on %s", transport.user_id, homeserver)
    try:
        await transport.run(stop)
    finally:
        await transport.drain()
        await transport.close()



__all__ = ["connect", "run_matrix", "DEFAULT_DEVICE_ID"]
