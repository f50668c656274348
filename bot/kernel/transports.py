"""What a transport declares about its network, and the registry that finds a transport by id.

Every transport class carries one :class:`TransportInfo` as its ``info`` class
attribute: the prefix of its identifiers (``tg`` in ``tg:42``), how a user types
a command, which chat ids are groups, how a start payload becomes a link, and
which optional abilities it has (documents, name lookup, a per-call number of
attempts, write tracking). The core and the features read these declarations;
they never parse ids themselves or probe a transport for methods.

The :class:`TransportRegistry` knows the declared networks (the built-in ones
are handed in by the composition root, :mod:`bot.app`) and the transports
attached in this process; :meth:`TransportRegistry.for_id` maps an id to the
attached transport of its network.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from bot.kernel.messages import Transport


@dataclass(frozen=True)
class TransportInfo:
    name: str                          # "telegram" | "matrix" | "console" (Incoming.transport)
    id_prefix: str                     # ids of this network are "<id_prefix>:<raw id>"
    command_prefix: str = "/"          # what a user types before a command ("/start", "!start")
    group_ids: tuple[str, ...] = ()    # raw chat ids starting with one of these are groups/channels/rooms
    deep_link: str | None = None       # a link that starts the bot with a payload: "…{bot}…{payload}"; None: none
    shares_contacts: bool = False      # a button can ask the user to share their own phone number
    sends_files: bool = False          # has send_document(chat_id, data, file_name, caption_html)
    resolves_names: bool = False       # has resolve_chat("@name") -> Chat | None
    send_attempts: bool = False        # send(..., attempts=n) limits its own retries (the outbox passes 1)
    reports_writes: bool = False       # calls bot.kernel.delivery.request_written() when a request is written
    user_is_chat: bool = False         # a person's private chat has the person's own id (a report sent there reaches them)
    operator: bool = False             # whoever uses it sits at the server (the console): admin, never rate-limited

    def owns(self, any_id: str) -> bool:
        return any_id.startswith(self.id_prefix + ":")

    def qualify(self, raw: str) -> str:
        """The qualified id of a network's own id (``42`` -> ``tg:42``)."""
        return f"{self.id_prefix}:{raw}"

    def raw(self, any_id: str) -> str:
        """The network's own id (``tg:42`` -> ``42``); the id unchanged if it is not this network's."""
        return any_id[len(self.id_prefix) + 1:] if self.owns(any_id) else any_id

    def own_id(self, typed: str) -> str:
        """The network's own id from what a person typed or a spreadsheet cell holds, with or
        without this network's prefix in any case (``TG:42``, ``tg:42``, ``42`` -> ``42``)."""
        head, sep, rest = typed.partition(":")
        return rest if sep and head.lower() == self.id_prefix.lower() else typed

    def qualified(self, typed: str) -> str:
        """The qualified id of an id given with or without the prefix (``42``, ``tg:42`` -> ``tg:42``)."""
        return self.qualify(self.own_id(typed))

    def is_group(self, chat_id: str) -> bool:
        return bool(self.group_ids) and self.owns(chat_id) and self.raw(chat_id).startswith(self.group_ids)

    def start_link(self, bot_name: str | None, payload: str) -> str | None:
        """The link that opens a chat with the bot and sends ``/start <payload>``, if the network has one
        and the bot's name is known."""
        if not self.deep_link or not bot_name:
            return None
        return self.deep_link.format(bot=bot_name, payload=payload)


class TransportRegistry:
    """Declared networks by id prefix, and the transports attached to this process by name."""

    def __init__(self, networks: Iterable[TransportInfo] = ()):
        self.networks: dict[str, TransportInfo] = {}
        self.attached: dict[str, "Transport"] = {}
        for info in networks:
            self.declare(info)

    def declare(self, info: TransportInfo) -> None:
        self.networks.setdefault(info.id_prefix, info)

    def attach(self, transport: "Transport") -> None:
        self.declare(transport.info)
        self.attached[transport.name] = transport

    def network_of(self, any_id: str) -> TransportInfo | None:
        """The declared network a user or chat id belongs to."""
        return self.networks.get(any_id.partition(":")[0])

    def network(self, name: str) -> TransportInfo | None:
        """The declared network of this name (``"telegram"``, ``Incoming.transport``)."""
        return next((info for info in self.networks.values() if info.name == name), None)

    def bare(self, any_id: str) -> str:
        """The id as its network shows it (``tg:42`` -> ``42``, ``mx:@a:x`` -> ``@a:x``), for display
        and for files; an id of no declared network unchanged."""
        info = self.network_of(any_id)
        return info.raw(any_id) if info is not None else any_id

    def candidates(self, typed: str) -> list[str]:
        """Every qualified id ``typed`` may mean: itself, and as the own id of each declared network
        (``-1001`` -> ``tg:-1001``, ``mx:-1001`` …), for matching a bare id someone typed."""
        return [typed] + [info.qualify(typed) for info in self.networks.values()]

    def is_operator(self, any_id: str) -> bool:
        """Whether the id belongs to a network used at the server itself (the console)."""
        info = self.network_of(any_id)
        return info is not None and info.operator

    def private_chat(self, user_id: str) -> str | None:
        """The chat id of a person's private chat when the network gives it the person's id, else None."""
        info = self.network_of(user_id)
        return user_id if info is not None and info.user_is_chat else None

    def for_id(self, chat_id: str) -> "Transport | None":
        """The attached transport that reaches ``chat_id`` (None: its network is not connected here)."""
        info = self.network_of(chat_id)
        return self.attached.get(info.name) if info is not None else None

    def is_group(self, chat_id: str) -> bool:
        info = self.network_of(chat_id)
        return info is not None and info.is_group(chat_id)


@functools.lru_cache(maxsize=1)
def known_networks() -> TransportRegistry:
    """The built-in networks' declarations, for code that runs without an Assistant (the CLI, a
    feature's store, the outbox worker) and must still tell whose an id is. The Assistant's own
    registry (``assistant.registry``) also knows networks attached at run time."""
    from bot.transports import NETWORKS   # the declarations only: light modules, no chat library

    return TransportRegistry(NETWORKS)


__all__ = ["TransportInfo", "TransportRegistry", "known_networks"]
