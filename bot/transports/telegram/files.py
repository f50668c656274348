"""Documents sent once: later recipients get the ``file_id`` Telegram gave the first upload."""
from __future__ import annotations

import asyncio
import hashlib
from typing import Awaitable, Callable


class FileIdCache:
    """sha256 of a document -> Telegram ``file_id`` (per process; Telegram keeps the file)."""

    def __init__(self):
        self._ids: dict[str, str] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def send(self, data: bytes, send: Callable[[bytes | str], Awaitable[tuple[object, str | None]]]):
        """``send(document)`` posts ``data`` or a cached ``file_id`` and returns (result, file_id);
        concurrent first sends wait for one upload instead of uploading the file each."""
        digest = hashlib.sha256(data).hexdigest()
        if digest not in self._ids:
            async with self._locks.setdefault(digest, asyncio.Lock()):
                if digest not in self._ids:
                    result, file_id = await send(data)
                    if file_id:
                        self._ids[digest] = file_id
                    return result
        result, _ = await send(self._ids[digest])
        return result
