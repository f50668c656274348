"""What the bot asks the knowledge base instead of querying its tables (kb.knowledge_base),
and that only kb/store.py runs SQL on those tables."""
import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KB_TABLES = ("documents", "chunks", "kb_meta", "embedding_cache")
SQL_STATEMENT = re.compile(r"^\s*(?:select|insert|update|delete|create|replace|with)\b", re.I)
NAMES_KB_TABLE = re.compile(r"\b(?:from|join|into|update|table(?: if not exists)?)\s+(?:%s)\b" % "|".join(KB_TABLES), re.I)
OWNERS = {"store.py", "schema.py"}


def sql_on_kb_tables(source: str) -> list[str]:
    """SQL string literals naming one of kb's tables, and ``db["documents"]``-style table access."""
    found = []
    nodes = list(ast.walk(ast.parse(source)))
    in_fstrings = {id(v) for n in nodes if isinstance(n, ast.JoinedStr) for v in n.values}
    for node in nodes:
        if id(node) in in_fstrings:
            continue
        if isinstance(node, ast.JoinedStr):      # f-string: its literal parts
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) \
                and node.slice.value in KB_TABLES:
            found.append(f"[{node.slice.value!r}]")
            continue
        else:
            continue
        if SQL_STATEMENT.search(text) and NAMES_KB_TABLE.search(text):
            found.append(" ".join(text.split())[:60])
    return found


def test_only_the_store_runs_sql_on_kb_tables():
    offenders = {}
    for path in sorted((ROOT / "kb").rglob("*.py")):
        if path.name in OWNERS and path.parent.name == "kb":
            continue
        found = sql_on_kb_tables(path.read_text(encoding="utf-8"))
        if found:
            offenders[str(path.relative_to(ROOT))] = found
    assert offenders == {}


def test_the_scan_sees_sql_outside_the_store():
    """The scan can fail: the facade's old queries are caught."""
    old = ('rows = list(self.db.query("select * from documents where doc_key = ?", [k]))\n'
           'self.db.execute("delete from chunks where doc_id = ?", [i])\n'
           'self.db["kb_meta"].upsert({"key": k, "value": v}, pk="key")\n'
           'q = (f"select c.id, c.text from chunks c join documents d on d.id = c.doc_id where c.id in ({m})")\n'
           '"""Split a parsed document into chunks; select the best."""\n')
    assert len(sql_on_kb_tables(old)) == 4
    # And on the facade as it was before kb/store.py.
    import subprocess

    before = subprocess.run(["git", "show", "703aa4c:kb/knowledge_base.py"], cwd=ROOT, capture_output=True, text=True)
    if before.returncode == 0:
        assert len(sql_on_kb_tables(before.stdout)) > 20


def test_documents_by_id_key_and_words(sample_kb):
    rows = sample_kb.list_documents()
    doc = next(d for d in rows if d["doc_key"] == "机关处室职责与联系方式.txt")
    assert sample_kb.document(doc["id"])["doc_key"] == doc["doc_key"]
    assert sample_kb.document_by_key(doc["doc_key"])["id"] == doc["id"]
    assert sample_kb.document(10**6) is None and sample_kb.document_by_key("nope.txt") is None
    assert [d["id"] for d in sample_kb.documents_like("联系方式")] == [doc["id"]]
    assert sample_kb.documents_like("不存在的标题") == []
    titles = sample_kb.document_titles()
    assert set(titles) == {d["doc_key"] for d in rows} and titles[doc["doc_key"]] == doc["title"]


def test_directory_document_and_search_within_it(sample_kb):
    directory = sample_kb.directory_document()
    assert directory is not None and "联系方式" in directory["title"]
    passages = sample_kb.search_within("提案提交以后由哪个部门审查立案？", [directory["id"]],
                                       dense_weight=0.6, bm25_weight=0.4)
    # Every passage of the document, in its order, each with both scores and their fusion.
    assert [p.chunk["id"] for p in passages] == [c["id"] for c in sample_kb.chunks_of(directory["id"])]
    assert all(-1.0 <= p.dense <= 1.0 and p.bm25 >= 0.0 for p in passages)
    best = max(passages, key=lambda p: p.fused)
    assert "提案" in best.chunk["text"]
    assert sample_kb.search_within("提案", []) == []
