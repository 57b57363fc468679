/* What the os module (stdlib/mod_os.c) and os.path (stdlib/mod_ospath.c)
 * share, and what other C code taking file names can use (open()): path
 * arguments converted as CPython's path_converter converts them. */
#ifndef AW_MOD_OS_H
#define AW_MOD_OS_H

#include "vm/state.h"

/* A file name argument. */
typedef struct OsPath {
    Value obj;     /* the filename for an OSError: path, as CPython's */
    Value path;    /* os.fspath(obj): a str or bytes */
    const char *c; /* its bytes, NUL-terminated, inside path */
    size_t len;
    bool is_bytes;
} OsPath;

/* os.fspath(v): v when it is a str or bytes, else v.__fspath__(), which
 * must return one; else TypeError "expected str, bytes or os.PathLike
 * object, not int". May run aw code. */
AW_NODISCARD bool awos_fspath(AwState *S, Value v, Value *out);

/* The path argument `arg` of function `func`: a str, bytes or os.PathLike
 * (TypeError "remove: path should be string, bytes or os.PathLike, not
 * int"); ValueError "embedded null byte" for a NUL inside. On success
 * out->path is pushed on the GC root stack: the caller pops it
 * (awgc_pop(S, 1)) when done with the path. */
AW_NODISCARD bool awos_path(AwState *S, const char *func, const char *arg,
                            Value v, OsPath *out);

/* A str (or bytes when as_bytes) of n bytes of a file name; bytes that
 * are not UTF-8 end a str early. */
Value awos_name(AwState *S, bool as_bytes, const char *s, size_t n);

#endif
