"""Run every benchmark in turn (make bench). Each prints its own tables.

    python -m bench.run_all        (from the project root)

They use ../shared/eval when it is present and fall back to the bundled samples.
Run them on an otherwise idle machine: embedding is CPU-bound and 2 cores are shared.
"""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"

steps = []
if EVAL.is_dir():
    steps.append(("ingest.py eval", [sys.executable, str(ROOT / "ingest.py"), "eval", "--corpus", str(EVAL / "corpus"),
                                     "--questions", str(EVAL / "dev_questions.jsonl"), "--mode", "all"]))
steps += [(f"bench.{name}", [sys.executable, "-m", f"bench.{name}"]) for name in
          ("kb_bench", "telegram_bench", "broadcast_bench", "matrix_latency")]
failed = 0
for label, cmd in steps:
    print(f"\n=== {label} ===", flush=True)
    failed += subprocess.run(cmd, cwd=ROOT).returncode != 0
sys.exit(1 if failed else 0)
