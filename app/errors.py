"""The application's base error: a named exception whose message a user can act on.

Every error raised on purpose (knowledge base, roster, broadcast, config ...) derives from
:class:`AppError`, and its ``str()`` is one or two sentences saying what went wrong and what
to do; the CLI and the chat transports show it as it is. Entry points catch ``AppError``;
anything else is a bug and keeps its traceback.
"""


class AppError(Exception):
    """Base class for every error the application raises on purpose."""


class ConfigError(AppError):
    """config.yaml (or an environment override) is invalid: the message names the key."""
