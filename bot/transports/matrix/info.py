"""What the Matrix transport declares about its network (no chat library imported here)."""
from bot.kernel.transports import TransportInfo

MATRIX = TransportInfo(
    name="matrix",
    id_prefix="mx",
    command_prefix="!",       # "/" is taken by the clients' own commands
    group_ids=("!", "#"),     # room ids and aliases; a user id (@alice:server) is a direct chat
    deep_link=None,
    sends_files=True,
    resolves_names=True,      # room aliases and user ids
    send_attempts=True,
    reports_writes=False,
)
