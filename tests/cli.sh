#!/bin/sh
# Command-line behaviour that the .aw tests cannot reach: sys.argv and
# sys.path[0] for -c, - and stdin programs, and exit statuses from
# SystemExit. The expectations are CPython's: `sh tests/cli.sh python3`
# checks them against python3.
# usage: sh tests/cli.sh [INTERPRETER]   (default ./aw)
AW=${1:-./aw}
passed=0 failed=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/awcli.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT

# check NAME EXPECTED_STATUS EXPECTED_OUTPUT COMMAND...: stdout and stderr
# together, stdin from $tmp/in.
check() {
    name=$1 want_status=$2 want=$3
    shift 3
    got=$("$@" < "$tmp/in" 2>&1)
    status=$?
    if [ "$status" = "$want_status" ] && [ "$got" = "$want" ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL cli: $name"
        echo "  expected status $want_status, output: $want"
        echo "  actual   status $status, output: $got"
    fi
}

: > "$tmp/in"
check "argv -c" 0 "['-c', 'a', 'b'] ''" \
    "$AW" -c 'import sys; print(sys.argv, repr(sys.path[0]))' a b
check "__name__ -c" 0 "__main__ True" \
    "$AW" -c 'import sys; print(__name__, sys.modules["__main__"].__name__ == __name__)'
check "SystemExit status" 5 "" "$AW" -c 'raise SystemExit(5)'
check "sys.exit()" 0 "x" "$AW" -c 'import sys; print("x"); sys.exit()'
check "sys.exit(msg)" 1 "bye" "$AW" -c 'import sys; sys.exit("bye")'
check "sys.exit(None)" 0 "" "$AW" -c 'import sys; sys.exit(None)'
check "sys.exit(256)" 0 "" "$AW" -c 'import sys; sys.exit(256)'

echo 'import sys; print(sys.argv, repr(sys.path[0]), __file__)' > "$tmp/in"
check "argv stdin -" 0 "['-', 'x'] '' <stdin>" "$AW" - x
check "argv stdin" 0 "[''] '' <stdin>" "$AW"

echo 'import sys; print(sys.argv); sys.exit(3)' > "$tmp/prog.aw"
: > "$tmp/in"
check "argv file" 3 "['$tmp/prog.aw', '1', '--opt']" \
    "$AW" "$tmp/prog.aw" 1 --opt

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
