#!/bin/sh
# Builds each embedding sample (SRCDIR/NAME.c) out of the tree, as a user
# of the installed package would: against the aw that `make install
# DESTDIR=INST` put there, found with pkg-config. Then runs it and diffs
# its output with SRCDIR/NAME.expected. Prints a diff per failure and
# "embed: N passed, N failed".
# usage: sh tests/embed.sh SRCDIR INST LIBDIR PKGCONFIGDIR
#   INST is the DESTDIR; LIBDIR and PKGCONFIGDIR are configure's libdir and
#   pkgconfigdir (absolute, without INST).
# env: CC (default cc), CFLAGS (added to the compile line, e.g. the
#   sanitizer flags), PKG_CONFIG (default pkg-config), AW_TEST_TIMEOUT
#   (seconds per sample, default 120).
if [ $# != 4 ]; then
    echo "usage: sh tests/embed.sh SRCDIR INST LIBDIR PKGCONFIGDIR" >&2
    exit 2
fi
src=$1 inst=$2 libdir=$3 pcdir=$4
: "${CC:=cc}" "${PKG_CONFIG:=pkg-config}"
out=$inst/samples
mkdir -p "$out" || exit 2
# The samples poll in real time, or fix their own clock: AW_VIRTUAL_TIME
# from the caller's environment must not reach them.
unset AW_VIRTUAL_TIME
run_timeout=
command -v timeout >/dev/null 2>&1 &&
    run_timeout="timeout ${AW_TEST_TIMEOUT:-120}"

# The package as installed: the sysroot is prefixed to its -I and -L.
flags=$(PKG_CONFIG_PATH=$inst$pcdir PKG_CONFIG_SYSROOT_DIR=$inst \
    $PKG_CONFIG --cflags --libs aw) || {
    echo "FAIL embed: pkg-config finds no aw under $inst$pcdir"
    echo "embed: 0 passed, 1 failed"
    exit 1
}

passed=0 failed=0
for c in "$src"/*.c; do
    name=$(basename "$c" .c)
    # shellcheck disable=SC2086 # flags are words
    if ! $CC $CFLAGS "$c" $flags -o "$out/$name" 2> "$out/$name.cc"; then
        failed=$((failed + 1))
        echo "FAIL embed: $name does not build: $CC $CFLAGS $c $flags"
        cat "$out/$name.cc"
        continue
    fi
    LD_LIBRARY_PATH=$inst$libdir $run_timeout "$out/$name" \
        > "$out/$name.out" 2> "$out/$name.err" < /dev/null
    st=$?
    if [ "$st" = 0 ] && diff -u "$src/$name.expected" "$out/$name.out" \
        > "$out/$name.diff"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL embed: $name (exit status $st)"
        cat "$out/$name.diff" "$out/$name.err"
    fi
done
echo "embed: $passed passed, $failed failed"
[ "$failed" = 0 ]
