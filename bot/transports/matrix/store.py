"""The Matrix transport's own tables (and only those): sync token, rooms, button maps.

``matrix_state`` keeps the ``next_batch`` token (restarts do not answer old messages) and
the transaction-id salt; ``matrix_rooms`` the direct chats and invites; ``matrix_buttons``
which reaction or number presses which button of a sent message. Applied by the transport
when it starts (:class:`MatrixStore`).
"""
from __future__ import annotations

import time

from app.db import Migrations, transaction

matrix_migrations = Migrations("matrix")



@matrix_migrations
def m001_matrix(db):
    db["matrix_state"].create({"key": str, "value": str, "updated_at": float}, pk="key")
    db["matrix_rooms"].create(
        {
            "room_id": str,
            "dm_user": str,             # the other person of a direct chat ("@alice:example.org")
            "inviter": str,
            "is_direct": int,           # the invite said is_direct, or the bot created it as a DM
            "joined_at": float,
            "left_at": float,
            "encrypted_warned": float,  # when the bot said it cannot read this encrypted room
        },
        pk="room_id",
    )
    db["matrix_rooms"].create_index(["dm_user"])
    db["matrix_buttons"].create(
        {"event_id": str, "room_id": str, "keys": str, "created_at": float},   # keys: json, see ButtonMap
        pk="event_id",
    )
    db["matrix_buttons"].create_index(["room_id", "created_at"])


class MatrixStore:
    """Reads and writes of the matrix_* tables; applies their migrations when opened."""

    def __init__(self, db):
        self.db = db
        matrix_migrations.apply(db)

    # -- state (sync token, transaction-id salt)

    def state(self, key: str) -> str | None:
        row = self.db.execute("select value from matrix_state where key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_state(self, key: str, value: str | None) -> None:
        with transaction(self.db):
            if value is None:
                self.db.execute("delete from matrix_state where key = ?", [key])
            else:
                self.db.execute("insert into matrix_state (key, value, updated_at) values (?, ?, ?)"
                                " on conflict(key) do update set value = excluded.value,"
                                " updated_at = excluded.updated_at", [key, value, time.time()])

    # -- rooms

    def room(self, room_id: str) -> dict | None:
        rows = list(self.db.query("select * from matrix_rooms where room_id = ?", [room_id]))
        return rows[0] if rows else None

    def upsert_room(self, room_id: str, **values) -> None:
        with transaction(self.db):
            if self.room(room_id) is None:
                self.db["matrix_rooms"].insert({"room_id": room_id, "is_direct": 0, **values})
            elif values:
                self.db["matrix_rooms"].update(room_id, values)

    def dm_room_of(self, user_id: str) -> str | None:
        row = self.db.execute("select room_id from matrix_rooms where dm_user = ? and left_at is null"
                              " order by joined_at desc limit 1", [user_id]).fetchone()
        return row[0] if row else None

    def forget_dm(self, room_id: str, user_id: str) -> None:
        """``user_id`` left: the room is no longer the direct chat with them."""
        with transaction(self.db):
            self.db.execute("update matrix_rooms set dm_user = null where room_id = ? and dm_user = ?",
                            [room_id, user_id])

    def mark_left(self, room_id: str) -> None:
        with transaction(self.db):
            self.db.execute("update matrix_rooms set left_at = ? where room_id = ? and left_at is null",
                            [time.time(), room_id])

    # -- button maps (json, see bot.transports.matrix.formatting.ButtonMap)

    def save_buttons(self, event_id: str, room_id: str, keys: str) -> None:
        with transaction(self.db):
            self.db.execute("insert into matrix_buttons (event_id, room_id, keys, created_at) values (?, ?, ?, ?)"
                            " on conflict(event_id) do update set keys = excluded.keys",
                            [event_id, room_id, keys, time.time()])

    def delete_buttons(self, event_id: str) -> None:
        with transaction(self.db):
            self.db.execute("delete from matrix_buttons where event_id = ?", [event_id])

    def buttons(self, event_id: str, *, since: float) -> str | None:
        row = self.db.execute("select keys from matrix_buttons where event_id = ? and created_at > ?",
                              [event_id, since]).fetchone()
        return row[0] if row else None

    def prune_buttons(self, before: float) -> None:
        with transaction(self.db):
            self.db.execute("delete from matrix_buttons where created_at < ?", [before])


__all__ = ["MatrixStore", "matrix_migrations"]
