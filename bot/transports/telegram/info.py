"""What the Telegram transport declares about its network (no chat library imported here)."""
from bot.kernel.transports import TransportInfo

TELEGRAM = TransportInfo(
    name="telegram",
    id_prefix="tg",
    command_prefix="/",
    group_ids=("-", "@"),     # groups and channels have negative ids; public channels also go by @name
    deep_link="https://t.me/{bot}?start={payload}",
    shares_contacts=True,
    sends_files=True,
    resolves_names=True,      # getChat("@channel")
    send_attempts=True,
    reports_writes=True,      # its HTTP client reports written requests (requests.tracing_request)
    user_is_chat=True,        # a private chat's id is the user's id
)
