"""Transports declare what they can do (bot.kernel.transports.TransportInfo); nobody probes them.

The scan fails on the code before the declarations (outbox: getattr(transport, "send_document"),
inspect.signature(transport.send); roster: getattr(transport, "name"); broadcast:
getattr(transport, "resolve_chat")); test_the_scan_can_fail shows the patterns it catches.
"""
import re
from pathlib import Path

from bot.kernel.transports import TransportInfo, TransportRegistry

ROOT = Path(__file__).resolve().parent.parent
SCANNED = [ROOT / "bot", ROOT / "cli", ROOT / "ingest.py"]
PROBES = re.compile(r"(getattr|hasattr)\(\s*(transport|tr|t|tp)\b"     # getattr(transport, "send_document")
                    r"|inspect\.signature\("                            # does send() take attempts?
                    r"|transport_for\([^)]*\+\s*[\"']")                # transport_for(prefix + "0")


def python_files(paths=SCANNED) -> list[Path]:
    """The .py files of ``paths`` (files are taken as they are, folders walked)."""
    return [f for p in paths for f in ([p] if p.is_file() else sorted(p.rglob("*.py")))]


def probes_in(text: str) -> list[str]:
    return [m.group(0) for m in PROBES.finditer(text)]


def test_no_module_probes_a_transport():
    files = python_files()
    assert len(files) > 40
    found = {str(f.relative_to(ROOT)): probes_in(f.read_text(encoding="utf-8")) for f in files}
    assert {k: v for k, v in found.items() if v} == {}


def test_the_scan_can_fail():
    old = ('send_document = getattr(transport, "send_document", None)\n'
           '"attempts" in inspect.signature(transport.send).parameters\n'
           'if any(self.transport_for(p + "0") is not None for (p,) in prefixes):\n'
           'return "!" if getattr(transport, "name", "") == "matrix" else "/"\n')
    assert len(probes_in(old)) == 4


def test_every_transport_declares_its_network():
    from bot.transports import NETWORKS
    from bot.transports.console import ConsoleTransport
    from bot.transports.matrix.transport import MatrixTransport
    from bot.transports.telegram.transport import TelegramTransport

    assert {n.id_prefix for n in NETWORKS} == {"tg", "mx", "console"}
    for cls in (ConsoleTransport, MatrixTransport, TelegramTransport):
        assert isinstance(cls.info, TransportInfo) and cls.info.name == cls.name
        if cls.info.sends_files:
            assert callable(cls.send_document)
        if cls.info.resolves_names:
            assert callable(cls.resolve_chat)


def test_registry_maps_ids_by_declared_prefix():
    from bot.transports import NETWORKS

    class Fake:
        name = "telegram"
        info = NETWORKS[0]

    registry = TransportRegistry(NETWORKS)
    registry.attach(Fake)
    assert registry.for_id("tg:42") is Fake and registry.for_id("mx:!r:x") is None
    assert registry.network_of("mx:@a:x").command_prefix == "!"
    assert registry.is_group("tg:-100") and registry.is_group("tg:@chan") and not registry.is_group("tg:42")
    assert registry.is_group("mx:!room:x") and not registry.is_group("mx:@alice:x")
    assert not registry.is_group("console:local") and registry.network_of("xx:1") is None
    tg = registry.network_of("tg:1")
    assert tg.start_link("my_bot", "inv-1") == "https://t.me/my_bot?start=inv-1"
    assert tg.start_link(None, "inv-1") is None and registry.network_of("mx:@a:x").start_link("b", "p") is None
