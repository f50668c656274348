"""Crash safety of the outbox: the journal of requests that left, and the one-worker lease."""
from __future__ import annotations

import os
import socket
import time
import uuid
from pathlib import Path
from typing import Callable

from app.db import transaction

from bot.features.outbox import store



class Journal:
    """Append-only ``row:claim`` lines: requests that went to the socket.

    One ``write(2)`` per line on an ``O_APPEND`` descriptor: the page cache keeps
    it across ``kill -9`` (not across a power cut; neither does SQLite with
    ``synchronous=normal``)."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.fd: int | None = None

    def open(self) -> None:
        if self.fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def record(self, row_id: int, claim: int) -> None:
        if self.fd is not None:
            os.write(self.fd, b"%d:%d\n" % (row_id, claim))

    def entries(self) -> set[tuple[int, int]]:
        try:
            text = self.path.read_text(encoding="ascii", errors="ignore")
        except FileNotFoundError:
            return set()
        found = set()
        for line in text.splitlines():
            row, _, claim = line.partition(":")
            if row.isdigit() and claim.isdigit():
                found.add((int(row), int(claim)))
        return found

    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except FileNotFoundError:
            return 0

    def clear(self) -> None:
        if self.fd is not None:
            os.ftruncate(self.fd, 0)

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:   # a killed child its parent has not reaped yet is a zombie: dead for us
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().split(b") ", 1)[1][:1] != b"Z"
    except (OSError, IndexError):
        return True


class LeaseHeld(Exception):
    """Another live worker is delivering the outbox."""

    def __init__(self, holder: dict):
        super().__init__(f"the outbox is being delivered by {holder.get('owner')} "
                         f"(pid {holder.get('pid')} on {holder.get('host')})")
        self.holder = holder


class Lease:
    """One delivering worker per database: a row with owner and heartbeat.

    A holder on this host is dead when its pid is gone (at once after ``kill -9``);
    on another host (a shared disk), when its heartbeat is older than ``seconds``."""

    NAME = "outbox"

    def __init__(self, db, *, seconds: float = 30.0, clock: Callable[[], float] = time.time):
        self.db = db
        self.seconds = seconds
        self.clock = clock
        self.host = socket.gethostname()
        self.pid = os.getpid()
        self.owner = f"{self.host}:{self.pid}:{uuid.uuid4().hex[:8]}"

    def holder(self) -> dict | None:
        return store.lease_holder(self.db, self.NAME)

    def _dead(self, holder: dict) -> bool:
        if holder["host"] == self.host:     # same machine: the pid tells exactly
            return holder["pid"] != self.pid and not _pid_alive(holder["pid"])
        return self.clock() - (holder["heartbeat_at"] or 0) > self.seconds

    def try_acquire(self) -> dict | None:
        """None if acquired; else the live holder."""
        with transaction(self.db):
            holder = self.holder()
            if holder and holder["owner"] != self.owner and not self._dead(holder):
                return holder
            store.lease_take(self.db, self.NAME, self.owner, self.host, self.pid, self.clock())
        return None

    def heartbeat(self) -> bool:
        return store.lease_beat(self.db, self.NAME, self.owner, self.clock())

    def release(self) -> None:
        store.lease_release(self.db, self.NAME, self.owner)

    def alive_holder(self, stale_after: float) -> dict | None:
        """The live holder whose heartbeat is at most ``stale_after`` seconds old, or None."""
        holder = self.holder()
        if holder is None or self._dead(holder):
            return None
        return holder if self.clock() - (holder["heartbeat_at"] or 0) <= stale_after else None


__all__ = ["Journal", "Lease", "LeaseHeld"]
