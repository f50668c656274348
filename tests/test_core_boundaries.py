"""The kernel, the features, app/ and kb/ stay transport-free: no chat library is imported there."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSPORT_FREE = [ROOT / "bot" / "kernel", ROOT / "bot" / "features", ROOT / "app", ROOT / "kb"]
FORBIDDEN = {"telegram", "mautrix", "nio", "aiohttp", "httpx"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_imports_no_transport_library():
    files = sorted(f for d in TRANSPORT_FREE for f in d.rglob("*.py"))
    assert len(files) > 40
    offenders = {str(f.relative_to(ROOT)): sorted(imported_modules(f) & FORBIDDEN) for f in files}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_check_can_fail(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from telegram import Bot\nimport mautrix.client\n")
    assert imported_modules(bad) & FORBIDDEN == {"telegram", "mautrix"}
