"""Where log lines go: stderr or a log file, never into a chat.

Some libraries make themselves loud: bm25s sets its own logger to DEBUG, so its "Building
index from tokens" reached the root handler (and the console chat, after /remove) even with
the root logger at WARNING. Library loggers are held at WARNING here. With the terminal
console as the chat, log lines go to ``data_dir/bot.log`` instead of the terminal the chat
is printed on.
"""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

# Libraries whose INFO/DEBUG lines are noise for whoever runs the bot.
LIBRARY_LOGGERS = ("bm25s", "chromadb", "httpx", "httpcore", "telegram", "telegram.ext", "mautrix", "aiohttp",
                   "aiohttp.access", "jieba", "pypdf", "urllib3", "filelock", "asyncio", "onnxruntime", "numba",
                   "sentence_transformers", "huggingface_hub", "posthog")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def quiet_libraries(level: int = logging.WARNING) -> None:
    for name in LIBRARY_LOGGERS:
        logging.getLogger(name).setLevel(level)


class LibraryFilter(logging.Filter):
    """Drops library records below WARNING at the handler. Setting a library logger's level
    is not enough: bm25s sets its own to DEBUG when it is imported, lazily, later."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            return True
        top = record.name.split(".", 1)[0]
        return top not in _LIBRARY_TOPS


_LIBRARY_TOPS = {name.split(".", 1)[0] for name in LIBRARY_LOGGERS}


def configure(*, verbose: bool = False, log_file: Path | None = None, level: int | None = None) -> None:
    """(Re)configure the root logger: to ``log_file`` when given (the console chat), else stderr."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    if log_file is not None:
        log_file = Path(log_file)
        log_file.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)   # may hold user ids
        handler: logging.Handler = logging.StreamHandler(os.fdopen(fd, "a", encoding="utf-8"))
    else:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(LibraryFilter())
    root.addHandler(handler)
    root.setLevel(level if level is not None else logging.DEBUG if verbose else logging.INFO)
    quiet_libraries()


__all__ = ["configure", "quiet_libraries", "LIBRARY_LOGGERS"]
