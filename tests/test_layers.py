"""Layers import downwards only: app/ (database, config, errors) needs nothing above it, and
kb/ (the knowledge base) needs app/ but not the bot or the CLI."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ABOVE = {"app": {"kb", "bot", "cli", "bench", "tests"}, "kb": {"bot", "cli", "bench", "tests"}}
# Deprecated, kept until every caller applies its owners' migrations (the integrator removes it).
EXEMPT = {("app/db.py", "migrate_all")}


def imports_of(path: Path, rel: str) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = {id(n) for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) and (rel, f.name) in EXEMPT
            for n in ast.walk(f)}
    names = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def offenders(package: str) -> dict[str, list[str]]:
    found = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        rel = str(path.relative_to(ROOT))
        bad = sorted(imports_of(path, rel) & ABOVE[package])
        if bad:
            found[rel] = bad
    return found


def test_app_imports_nothing_above_it():
    assert offenders("app") == {}


def test_kb_does_not_import_the_bot_or_the_cli():
    assert offenders("kb") == {}


def test_the_check_can_fail(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from bot.features import migrate\n\ndef migrate_all(db):\n    import kb.schema\n")
    assert imports_of(bad, "x.py") == {"bot", "kb"}
    assert imports_of(bad, "app/db.py") == {"bot"}
