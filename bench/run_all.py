#!/usr/bin/env python3
"""Run every benchmark in turn (make bench). Each prints its own tables.

They use ../shared/eval when it is present and fall back to the bundled samples.
Run them on an otherwise idle machine: embedding is CPU-bound and 2 cores are shared.
"""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EVAL = ROOT.parent / "shared" / "eval"

steps = []
if EVAL.is_dir():
    steps.append([sys.executable, str(ROOT / "ingest.py"), "eval", "--corpus", str(EVAL / "corpus"),
                  "--questions", str(EVAL / "dev_questions.jsonl"), "--mode", "all"])
steps += [[sys.executable, str(HERE / name)] for name in
          ("kb_bench.py", "telegram_bench.py", "broadcast_bench.py", "matrix_latency.py")]
failed = 0
for cmd in steps:
    print(f"\n=== {' '.join(Path(c).name for c in cmd[1:3])} ===", flush=True)
    failed += subprocess.run(cmd, cwd=ROOT).returncode != 0
sys.exit(1 if failed else 0)
