#!/bin/sh
# Runs one conformance test for run.sh: sh run1.sh INDEX FILE.
# Leaves RUN_TMP/INDEX.{pass,fail,skip} and, for output, RUN_TMP/INDEX.log.
idx=$1 file=$2
res=$RUN_TMP/$idx
log=$res.log

[ "$KEEP_GOING" = 1 ] || [ ! -f "$RUN_TMP/stop" ] || exit 0

base=${file%.aw}
name=${file#./}
dir=$(dirname "$file")
short=$(basename "$file")

if [ "$RUN_MODE" = python ]; then
    IFS= read -r line1 < "$file" || line1=
    case $line1 in '# aw-only'*) : > "$res.skip"; exit 0 ;; esac
fi

input=/dev/null
[ -f "$base.in" ] && input=$(cd "$(dirname "$base.in")" && pwd)/${short%.aw}.in
# NAME.env: one VAR=value per line, passed to env.
set --
if [ -f "$base.env" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
        [ -n "$line" ] && set -- "$@" "$line"
    done < "$base.env"
fi
out=$res.stdout err=$res.stderr
if [ "$RUN_MODE" = python ]; then
    (cd "$dir" && env PYTHONUTF8=1 PYTHONDONTWRITEBYTECODE=1 \
        PYTHONPATH="$PYHOOK" "$@" \
        timeout "$AW_TEST_TIMEOUT" "$PYTHON" "$short") < "$input" > "$out" 2> "$err"
else
    # NAME.flags: options for aw only, e.g. --virtual-time
    flags=
    [ -f "$base.flags" ] && flags=$(cat "$base.flags")
    # $AW and $flags are split on purpose: AW="valgrind -q $PWD/aw" works.
    # shellcheck disable=SC2086
    (cd "$dir" && env "$@" timeout "$AW_TEST_TIMEOUT" $AW $flags "$short") \
        < "$input" > "$out" 2> "$err"
fi
status=$?
# NAME.pyfilter: under python3 (real time), lines matching this extended
# regular expression (measured timings) are left out of the comparison
want_out=$base.out
if [ "$RUN_MODE" = python ] && [ -f "$base.pyfilter" ]; then
    re=$(cat "$base.pyfilter")
    grep -Ev "$re" "$base.out" > "$res.want"
    grep -Ev "$re" "$out" > "$res.got"
    want_out=$res.want
    out=$res.got
fi

want_status=0
[ -f "$base.err" ] && want_status=1
if [ -f "$base.status" ]; then
    IFS= read -r want_status < "$base.status" || true
fi

fail() {
    [ -f "$res.fail" ] || echo "FAIL $name" >> "$log"
    : > "$res.fail"
    printf '  %s\n' "$@" >> "$log"
}

if [ "$status" -eq 124 ]; then
    fail "timed out after ${AW_TEST_TIMEOUT}s (raise AW_TEST_TIMEOUT)"
fi
if [ ! -f "$base.out" ]; then
    fail "missing expected output $base.out"
elif ! cmp -s "$want_out" "$out"; then
    fail "stdout differs (--- expected, +++ actual):"
    diff -u "$want_out" "$out" | sed 1,2d >> "$log"
fi
if [ "$status" != "$want_status" ] && [ "$status" -ne 124 ]; then
    fail "exit status $status, expected $want_status"
fi
if [ -f "$base.err" ]; then
    IFS= read -r want_err < "$base.err" || true
    got_err=$(grep -v '^[[:space:]]*$' "$err" | tail -n 1)
    if [ "$got_err" != "$want_err" ]; then
        fail "last stderr line differs:" "expected: $want_err" \
             "actual:   $got_err"
    fi
elif [ -f "$res.fail" ] && [ -s "$err" ]; then
    echo "  stderr (last 5 lines):" >> "$log"
    tail -n 5 "$err" | sed 's/^/    /' >> "$log"
fi

if [ -f "$res.fail" ]; then
    [ "$KEEP_GOING" = 1 ] || : > "$RUN_TMP/stop"
else
    : > "$res.pass"
    [ "$VERBOSE" = 1 ] && echo "PASS $name" >> "$log"
fi
rm -f "$out" "$err"
exit 0
