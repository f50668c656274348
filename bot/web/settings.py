"""Typed settings of the web desk: the ``bot.web`` section of config.yaml, its secret from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass

SECRET_ENV = "WEB_SECRET"


@dataclass
class WebSettings:
    enabled: bool = False            # `python -m bot` serves the desk in the bot's own process
    host: str = "127.0.0.1"          # behind the committee's HTTPS proxy; never 0.0.0.0 without one
    port: int = 8280
    public_url: str = ""             # how staff reach it (the proxy's https://...); "" = http://host:port
    link_minutes: float = 10.0       # a /web sign-in link works once, for this long
    session_minutes: float = 480.0   # a session (signed cookie) ends this long after sign-in
    secure_cookies: bool = False     # mark cookies Secure (set when public_url is https)

    @property
    def secret(self) -> str | None:
        return os.environ.get(SECRET_ENV) or None

    @property
    def base_url(self) -> str:
        return (self.public_url or f"http://{self.host}:{self.port}").rstrip("/")


def check_web_settings(web: WebSettings) -> None:
    """Fail at start-up, not at the first sign-in, when the desk cannot work as configured."""
    from kb.errors import ConfigError

    if not web.enabled:
        return
    if not web.secret or len(web.secret) < 16:
        raise ConfigError(f"bot.web.enabled is true but the environment has no {SECRET_ENV} of at least 16 "
                          f"characters: set one (e.g. `export {SECRET_ENV}=$(python -c 'import secrets; "
                          f"print(secrets.token_urlsafe(32))')`) or set bot.web.enabled: false.")
    if web.link_minutes <= 0 or web.session_minutes <= 0:
        raise ConfigError("bot.web.link_minutes and bot.web.session_minutes must be more than 0.")
    if not 0 < web.port < 65536:
        raise ConfigError(f"bot.web.port must be 1-65535, got {web.port}.")
    if web.public_url and not web.public_url.startswith(("http://", "https://")):
        raise ConfigError(f"bot.web.public_url must start with https:// (or http://), got {web.public_url!r}.")


__all__ = ["WebSettings", "check_web_settings", "SECRET_ENV"]
