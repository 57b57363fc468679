#!/bin/sh
# Writes the expected results of conformance tests by running them under
# CPython 3.11: NAME.out from stdout, NAME.err from the last non-empty stderr
# line when the status is not 0, NAME.status when the status is neither 0 nor
# 1. Tests marked `# aw-only` are skipped: their expectations are written by
# hand. Never point this at aw: expectations come from python3 only.
# usage: sh tests/mkexpect.sh FILE.aw...
PY=$(python3 -c "import sys; print(sys.executable)") || exit 2
# python3 imports .aw fixtures through tests/pyhook/sitecustomize.py.
PYHOOK=$(cd "$(dirname "$0")" && pwd)/pyhook
for f in "$@"; do
    case $f in *.aw) ;; *) echo "mkexpect: $f: not a .aw file" >&2; continue ;; esac
    IFS= read -r line1 < "$f" || line1=
    case $line1 in '# aw-only'*) echo "skip $f (aw-only)"; continue ;; esac
    case $line1 in '# fixture'*) echo "skip $f (fixture)"; continue ;; esac
    base=${f%.aw}
    input=/dev/null
    [ -f "$base.in" ] && input=$base.in
    set --
    if [ -f "$base.env" ]; then
        while IFS= read -r line || [ -n "$line" ]; do
            [ -n "$line" ] && set -- "$@" "$line"
        done < "$base.env"
    fi
    tmp=$(mktemp)
    (cd "$(dirname "$f")" && env PYTHONUTF8=1 PYTHONDONTWRITEBYTECODE=1 \
        PYTHONPATH="$PYHOOK" "$@" \
        timeout 10 "$PY" "$(basename "$f")") < "$input" > "$base.out" 2> "$tmp"
    status=$?
    rm -f "$base.err" "$base.status"
    if [ "$status" -ne 0 ]; then
        last=$(grep -v '^[[:space:]]*$' "$tmp" | tail -n 1)
        # A message naming this machine's path cannot be expected
        # elsewhere: check the status only.
        case $last in
        *"$(cd "$(dirname "$f")" && pwd)"*) ;;
        ?*) printf '%s\n' "$last" > "$base.err" ;;
        esac
    fi
    if [ "$status" -ne 0 ] && { [ "$status" -ne 1 ] || [ ! -f "$base.err" ]; }; then
        echo "$status" > "$base.status"
    fi
    rm -f "$tmp"
    echo "$status $f"
done
