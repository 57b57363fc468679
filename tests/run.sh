#!/bin/sh
# Conformance runner: runs every tests/<area>/<name>.aw and checks its stdout,
# the last line of its stderr and its exit status against the files beside it.
#
# usage: sh tests/run.sh [--python] [--keep-going] [--verbose] [-j N] DIR [FILTER]
#   --python      run `python3 file` instead of $AW, skipping `# aw-only` tests
#   --keep-going  run every test; by default no new test starts after a failure
#   --verbose     also print a PASS line for each passing test
#   -j N          run N tests at a time (default 2; 1 runs them in order)
#   FILTER        only tests whose path under DIR contains this string
# environment: AW (default ./aw), AW_TEST_TIMEOUT (seconds per test, default
# 10), PYTHON (for --python, default python3)
# Each test may have NAME.out (expected stdout), NAME.err (expected last
# non-empty line of stderr; expected status then 1), NAME.status (expected
# status), NAME.in (stdin, else /dev/null), NAME.env (VAR=value lines added
# to its environment). A file or directory whose name starts with `_`, or a
# file whose first line starts with `# fixture`, is a fixture (a module
# tests import), not a test. Ends with `N passed, N failed`.

usage() {
    echo "usage: sh tests/run.sh [--python] [--keep-going] [--verbose]" \
         "[-j N] DIR [FILTER]" >&2
    exit 2
}

RUN_MODE=aw
KEEP_GOING=0
VERBOSE=0
JOBS=2
while [ $# -gt 0 ]; do
    case $1 in
    --python) RUN_MODE=python ;;
    --keep-going|-k) KEEP_GOING=1 ;;
    --verbose|-v) VERBOSE=1 ;;
    -j) [ $# -ge 2 ] || usage; JOBS=$2; shift ;;
    -j*) JOBS=${1#-j} ;;
    --help|-h) usage ;;
    --) shift; break ;;
    -*) echo "run.sh: unknown option $1" >&2; usage ;;
    *) break ;;
    esac
    shift
done
[ $# -ge 1 ] && [ $# -le 2 ] || usage
DIR=${1%/}
FILTER=${2-}
[ -d "$DIR" ] || { echo "run.sh: no directory $DIR" >&2; exit 2; }
case $JOBS in ''|*[!0-9]*|0) echo "run.sh: bad -j $JOBS" >&2; exit 2 ;; esac

# The interpreter path must survive the cd into each test's directory.
AW=${AW:-./aw}
case $AW in
/*|*' '*) ;;
*/*) AW=$(pwd)/$AW ;;
esac
if [ "$RUN_MODE" = python ]; then
    # Resolve wrappers such as pyenv's shim once, not once per test.
    PYTHON=$(${PYTHON:-python3} -c 'import sys; print(sys.executable)') || {
        echo "run.sh: --python needs python3 (or set PYTHON)" >&2; exit 2; }
    export PYTHON
else
    first=${AW%% *}
    if [ ! -x "$first" ] && ! command -v "$first" >/dev/null 2>&1; then
        echo "run.sh: interpreter $first not found (set AW)" >&2
        exit 2
    fi
fi

RUN_TMP=$(mktemp -d "${TMPDIR:-/tmp}/awtest.XXXXXX") || exit 2
trap 'rm -rf "$RUN_TMP"' EXIT
trap 'exit 130' INT TERM

TESTS_HOME=$(cd "$(dirname "$0")" && pwd)
RUN1=$TESTS_HOME/run1.sh
# python3 imports .aw fixtures through tests/pyhook/sitecustomize.py.
PYHOOK=$TESTS_HOME/pyhook
export AW RUN_MODE KEEP_GOING VERBOSE RUN_TMP DIR PYHOOK
AW_TEST_TIMEOUT=${AW_TEST_TIMEOUT:-10}
export AW_TEST_TIMEOUT

# List the tests: sorted, unit/, api/ and fixtures (_*) left out,
# filtered, numbered.
find "$DIR" \( -path "$DIR/unit" -o -path "$DIR/api" -o -name '_*' \) -prune \
    -o -type f -name '*.aw' -print | LC_ALL=C sort |
while IFS= read -r f; do
    case ${f#"$DIR"/} in *"$FILTER"*) ;; *) continue ;; esac
    # A module that tests import, not a test, starts with `# fixture`.
    IFS= read -r line1 < "$f" || line1=
    case $line1 in '# fixture'*) continue ;; esac
    printf '%s\n' "$f"
done | awk '{ printf "%06d %s\n", NR, $0 }' > "$RUN_TMP/list"

if [ "$JOBS" -gt 1 ] && echo | xargs -P 2 true 2>/dev/null; then
    xargs -P "$JOBS" -n 2 sh "$RUN1" < "$RUN_TMP/list"
else
    while read -r idx f; do
        sh "$RUN1" "$idx" "$f"
    done < "$RUN_TMP/list"
fi

# Report in test order, whatever order the jobs finished in.
passed=0 failed=0 skipped=0
while read -r idx f; do
    r=$RUN_TMP/$idx
    if [ -f "$r.log" ]; then cat "$r.log"; fi
    if [ -f "$r.pass" ]; then passed=$((passed + 1))
    elif [ -f "$r.fail" ]; then failed=$((failed + 1))
    elif [ -f "$r.skip" ]; then skipped=$((skipped + 1))
    fi
done < "$RUN_TMP/list"
[ "$skipped" -gt 0 ] && echo "$skipped skipped (# aw-only)"
if [ -f "$RUN_TMP/stop" ]; then
    echo "stopped after the first failure (use --keep-going to run all)"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
