/* The json module's encoder (stdlib/json_encode.c) and decoder
 * (stdlib/json_decode.c), called by stdlib/mod_json.c with the options
 * already unpacked. */
#ifndef AW_JSON_H
#define AW_JSON_H

#include "vm/state.h"

/* json.dumps options. Every Value and String here is rooted by the caller
 * (they are arguments of the call) for the whole encoding. */
typedef struct JsonEncOpts {
    String *indent;   /* NULL: compact, no newlines */
    String *item_sep; /* ", " or "," by default */
    String *key_sep;  /* ": " by default */
    Value default_fn; /* NULL_VAL or None: TypeError for unknown objects */
    bool skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys;
} JsonEncOpts;

/* JSON text of v as a new str. May run aw code (default, __lt__ of keys
 * when sorting, __repr__ of int and float subclasses), hence collect.
 * Errors as CPython's: TypeError "Object of type set is not JSON
 * serializable", ValueError "Circular reference detected", RecursionError
 * past the C recursion limit. */
AW_NODISCARD bool awjson_encode(AwState *S, Value v, const JsonEncOpts *o,
                                Value *out);

/* json.loads options: hooks are NULL_VAL or None when absent. */
typedef struct JsonDecOpts {
    Value object_hook, object_pairs_hook;
    Value parse_float, parse_int, parse_constant;
    bool strict;
    Type *error; /* JSONDecodeError, a subclass of ValueError */
} JsonDecOpts;

/* Parses the whole of doc (a str, rooted by the caller). Raises
 * JSONDecodeError with CPython's messages and positions (in code points);
 * RecursionError for nesting past the C recursion limit. */
AW_NODISCARD bool awjson_decode(AwState *S, String *doc,
                                const JsonDecOpts *o, Value *out);

/* Raises o->error(msg, doc, pos) with msg, doc, pos, lineno and colno set
 * as json.decoder.JSONDecodeError does; pos counts code points. */
bool awjson_error(AwState *S, Type *error, const char *msg, String *doc,
                  size_t pos);

/* Compiles JSONEncoder and JSONDecoder (stdlib/json_classes.c) into the
 * json module m, whose dumps and loads they call. */
AW_NODISCARD bool awjson_classes_init(AwState *S, Module *m);

#endif
