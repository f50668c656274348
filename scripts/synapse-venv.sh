#!/usr/bin/env bash
# Idempotently create a dedicated virtualenv holding a pinned Synapse homeserver,
# used by tests/support/synapse_harness.py to run a real Matrix server on 127.0.0.1.
#
# Usage: scripts/synapse-venv.sh            (installs if needed, prints the venv path)
# Env:   SYNAPSE_VENV   venv location (default: <project root>/.synapse-venv)
#        SYNAPSE_PYTHON interpreter used to create the venv (default: python3.11 / python3)
set -euo pipefail

SYNAPSE_VERSION="1.163.2"

PROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${SYNAPSE_VENV:-$PROJECT_ROOT/.synapse-venv}"
STAMP="$VENV/.synapse-version"
WANT="matrix-synapse==$SYNAPSE_VERSION"

if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$WANT" && -x "$VENV/bin/python" ]]; then
    echo "synapse-venv: $WANT already installed in $VENV"
    exit 0
fi

pick_python() {
    if [[ -n "${SYNAPSE_PYTHON:-}" ]]; then echo "$SYNAPSE_PYTHON"; return; fi
    for cand in python3.11 /root/.pyenv/versions/3.11*/bin/python3.11 python3; do
        if command -v "$cand" >/dev/null 2>&1; then
            if "$cand" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else 1)' 2>/dev/null; then
                command -v "$cand"; return
            fi
        fi
    done
    echo "synapse-venv: no Python >= 3.10 found (set SYNAPSE_PYTHON)" >&2
    exit 1
}

start=$(date +%s)
if [[ ! -x "$VENV/bin/python" ]]; then
    PY="$(pick_python)"
    echo "synapse-venv: creating venv $VENV with $PY ($("$PY" --version 2>&1))"
    "$PY" -m venv "$VENV"
else
    echo "synapse-venv: reusing venv $VENV"
fi

# pip warns about every optional local index that is absent on this machine: drop that noise.
quiet_pip() {
    { "$VENV/bin/python" -m pip "$@" 2>&1; } | { grep -v "is ignored: it is neither a file nor a directory" || true; }
}

echo "synapse-venv: installing $WANT (this takes ~20-60 s)"
quiet_pip install --quiet --disable-pip-version-check --upgrade pip
quiet_pip install --quiet --disable-pip-version-check "$WANT"
"$VENV/bin/python" -c 'import synapse; print("synapse-venv: synapse", synapse.__version__, "importable")'

echo "$WANT" > "$STAMP"
echo "synapse-venv: done in $(( $(date +%s) - start ))s"
