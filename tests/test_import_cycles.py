"""No import cycles among the application's modules (module-level imports).

Imports inside functions are deliberate (lazy imports of heavy libraries, or of a feature only
when it is used) and are not counted; neither are ``if TYPE_CHECKING:`` blocks. ``from pkg import
submodule`` depends on the submodule, not on the package's ``__init__``.
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ["app", "kb", "bot", "cli"]


def modules(root: Path = ROOT) -> dict[str, Path]:
    found = {}
    for base in PACKAGES:
        for path in (root / base).rglob("*.py"):
            name = ".".join(path.relative_to(root).with_suffix("").parts)
            found[name.removesuffix(".__init__")] = path
    return found


def module_imports(path: Path, name: str, known: dict[str, Path]) -> set[str]:
    out: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        nodes = [node]
        if isinstance(node, ast.If):
            if "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            nodes = node.body
        elif isinstance(node, ast.Try):
            nodes = node.body
        for n in nodes:
            if isinstance(n, ast.Import):
                out.update(a.name for a in n.names)
            elif isinstance(n, ast.ImportFrom) and n.module and n.level == 0:
                subs = [f"{n.module}.{a.name}" for a in n.names if f"{n.module}.{a.name}" in known]
                out.update(subs)
                if len(subs) < len(n.names):
                    out.add(n.module)
    return {m for m in out if m in known and m != name}


def cycles(root: Path = ROOT) -> list[list[str]]:
    known = modules(root)
    graph = {m: module_imports(p, m, known) for m, p in known.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:           # Tarjan's strongly connected components
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_no_import_cycles():
    assert cycles() == []


def test_the_check_can_fail(tmp_path):
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "a.py").write_text("from app.b import x\n", encoding="utf-8")
    (tmp_path / "app" / "b.py").write_text("import app.a\nx = 1\n", encoding="utf-8")
    (tmp_path / "app" / "c.py").write_text("def f():\n    import app.a\n", encoding="utf-8")   # lazy: fine
    for base in PACKAGES[1:]:
        (tmp_path / base).mkdir()
    assert cycles(tmp_path) == [["app.a", "app.b"]]
