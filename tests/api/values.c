/* The embedding API's values: making, reading, operating on them, running
 * code and reading globals, as a host does (public header only). */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "aw.h"
#include "check.h"

/* The message of the recorded error, then clears it. */
static const char *err_type(AwState *S)
{
    static char buf[256];
    snprintf(buf, sizeof buf, "%s", aw_error_type(S));
    return buf;
}

static const char *err_msg(AwState *S)
{
    static char buf[512];
    snprintf(buf, sizeof buf, "%s", aw_error_message(S));
    aw_error_clear(S);
    return buf;
}

/* repr(v) as C text (a static buffer), v released. */
static const char *repr_of(AwState *S, AwValue v)
{
    static char buf[1024];
    AwValue r = aw_repr(S, v);
    snprintf(buf, sizeof buf, "%s", r ? aw_to_str(S, r, NULL) : "(error)");
    aw_release(S, r);
    aw_release(S, v);
    return buf;
}

static void test_making(AwState *S)
{
    int64_t i;
    double d;
    size_t len;
    AwValue v = aw_int(S, -42);
    CHECK(aw_kind(S, v) == AW_KIND_INT);
    CHECK(aw_to_int64(S, v, &i) == AW_OK && i == -42);
    CHECK(aw_to_double(S, v, &d) == AW_OK && d == -42.0);
    aw_release(S, v);

    v = aw_int(S, INT64_MIN);
    CHECK(aw_to_int64(S, v, &i) == AW_OK && i == INT64_MIN);
    CHECK_STR(repr_of(S, v), "-9223372036854775808");

    v = aw_float(S, 0.1);
    CHECK(aw_kind(S, v) == AW_KIND_FLOAT);
    CHECK(aw_to_double(S, v, &d) == AW_OK && d == 0.1);
    CHECK(aw_to_int64(S, v, &i) == AW_ERROR);
    CHECK_STR(err_type(S), "TypeError");
    CHECK_STR(err_msg(S), "'float' object cannot be interpreted as an integer");
    CHECK_STR(repr_of(S, v), "0.1");

    v = aw_bool(S, 7);
    CHECK(aw_kind(S, v) == AW_KIND_BOOL);
    CHECK(aw_to_int64(S, v, &i) == AW_OK && i == 1);
    CHECK(aw_truthy(S, v) == 1);
    CHECK_STR(repr_of(S, v), "True");

    v = aw_none(S);
    CHECK(aw_kind(S, v) == AW_KIND_NONE);
    CHECK(aw_truthy(S, v) == 0);
    CHECK_STR(aw_type_name(S, v), "NoneType");
    aw_release(S, v);

    v = aw_cstr(S, "h\xc3\xa9llo");
    CHECK(aw_kind(S, v) == AW_KIND_STR);
    CHECK_STR(aw_to_str(S, v, &len), "h\xc3\xa9llo");
    CHECK(len == 6);
    CHECK(aw_len(S, v) == 5);
    aw_release(S, v);

    v = aw_str(S, "a\0b", 3); /* NUL inside */
    CHECK(aw_to_str(S, v, &len) != NULL && len == 3);
    CHECK_STR(repr_of(S, v), "'a\\x00b'");

    v = aw_str(S, "ab\xff", 3);
    CHECK(v == AW_NULL);
    CHECK_STR(err_type(S), "UnicodeDecodeError");
    CHECK_STR(err_msg(S), "'utf-8' codec can't decode byte 0xff in position "
                          "2: invalid start byte");
    v = aw_str(S, NULL, 0);
    CHECK_STR(repr_of(S, v), "''");
    CHECK(aw_cstr(S, NULL) == AW_NULL);
    CHECK_STR(err_type(S), "TypeError");
    aw_error_clear(S);

    v = aw_bytes(S, "\x00\x01z", 3);
    CHECK(aw_kind(S, v) == AW_KIND_BYTES);
    const unsigned char *bp = aw_to_bytes(S, v, &len);
    CHECK(bp != NULL && len == 3 && bp[2] == 'z');
    CHECK(aw_to_str(S, v, NULL) == NULL);
    CHECK_STR(err_msg(S), "expected str, not bytes");
    CHECK_STR(repr_of(S, v), "b'\\x00\\x01z'");
}

static void test_big_ints(AwState *S)
{
    int64_t i;
    double d;
    const char *big = "123456789012345678901234567890";
    AwValue v = aw_int_from_string(S, big, 10);
    CHECK(aw_kind(S, v) == AW_KIND_INT);
    CHECK(aw_to_int64(S, v, &i) == AW_ERROR);
    CHECK_STR(err_type(S), "OverflowError");
    CHECK_STR(err_msg(S), "Python int too large to convert to C long");
    CHECK(aw_to_double(S, v, &d) == AW_OK && d == 1.2345678901234568e29);
    AwValue s = aw_str_of(S, v);
    CHECK_STR(aw_to_str(S, s, NULL), big);
    aw_release(S, s);
    /* round trip through aw arithmetic */
    CHECK(aw_set_global(S, AW_NULL, "big", v) == AW_OK);
    AwValue w = aw_eval(S, "big * 10 + 7 - big * 10", AW_NULL);
    CHECK(aw_to_int64(S, w, &i) == AW_OK && i == 7);
    aw_release(S, w);
    aw_release(S, v);

    v = aw_int_from_string(S, "0x_ff", 0);
    CHECK(aw_to_int64(S, v, &i) == AW_OK && i == 255);
    aw_release(S, v);
    v = aw_int_from_string(S, "  -zz ", 36);
    CHECK(aw_to_int64(S, v, &i) == AW_OK && i == -1295);
    aw_release(S, v);
    v = aw_int_from_string(S, "-9223372036854775809", 10);
    CHECK_STR(repr_of(S, v), "-9223372036854775809");
    CHECK(aw_int_from_string(S, "12a", 10) == AW_NULL);
    CHECK_STR(err_type(S), "ValueError");
    CHECK_STR(err_msg(S), "invalid literal for int() with base 10: '12a'");
    CHECK(aw_int_from_string(S, "1", 37) == AW_NULL);
    CHECK_STR(err_msg(S), "int() base must be >= 2 and <= 36, or 0");
    CHECK(aw_int_from_string(S, NULL, 10) == AW_NULL);
    CHECK(aw_error_occurred(S));
    aw_error_clear(S);
}

static void test_running(AwState *S)
{
    int64_t i;
    CHECK(aw_exec(S, "x = 6\ndef f(a, b=1):\n    return a * b + x\n", NULL,
                  AW_NULL) == AW_OK);
    /* definitions persist from one call to the next */
    AwValue v = aw_eval(S, "f(7, b=2)", AW_NULL);
    CHECK(aw_to_int64(S, v, &i) == AW_OK && i == 20);
    aw_release(S, v);
    v = aw_eval(S, "__name__", AW_NULL);
    CHECK_STR(aw_to_str(S, v, NULL), "__main__");
    aw_release(S, v);
    v = aw_get_global(S, AW_NULL, "x");
    CHECK(aw_to_int64(S, v, &i) == AW_OK && i == 6);
    aw_release(S, v);
    v = aw_get_global(S, AW_NULL, "len"); /* a builtin */
    CHECK_STR(repr_of(S, v), "<built-in function len>");
    CHECK(aw_get_global(S, AW_NULL, "nope") == AW_NULL);
    CHECK_STR(err_type(S), "NameError");
    CHECK_STR(err_msg(S), "name 'nope' is not defined");

    v = aw_int(S, 99);
    CHECK(aw_set_global(S, AW_NULL, "y", v) == AW_OK);
    aw_release(S, v);
    v = aw_eval(S, "y + 1", AW_NULL);
    CHECK(aw_to_int64(S, v, &i) == AW_OK && i == 100);
    aw_release(S, v);

    /* the host's __main__ is sys.modules['__main__'] */
    v = aw_eval(S, "__import__('sys').modules['__main__'].y", AW_NULL);
    CHECK(aw_to_int64(S, v, &i) == AW_OK && i == 99);
    aw_release(S, v);

    /* a module's own namespace */
    AwValue m = aw_import(S, "json");
    CHECK(m != AW_NULL);
    v = aw_eval(S, "dumps([1, None])", m);
    CHECK_STR(aw_to_str(S, v, NULL), "[1, null]");
    aw_release(S, v);
    CHECK(aw_exec(S, "_host_mark = 1", "<host>", m) == AW_OK);
    CHECK(aw_hasattr(S, m, "_host_mark") == 1);
    aw_release(S, m);
    m = aw_import(S, "os.path");
    CHECK_STR(repr_of(S, aw_getattr(S, m, "__name__")), "'posixpath'");
    aw_release(S, m);
    CHECK(aw_import(S, "") == AW_NULL);
    CHECK_STR(err_msg(S), "Empty module name");
    CHECK(aw_import(S, ".x") == AW_NULL);
    CHECK_STR(err_msg(S), "the 'package' argument is required to perform a "
                          "relative import for '.x'");
    CHECK(aw_import(S, NULL) == AW_NULL);
    CHECK_STR(err_msg(S), "NULL passed as a string");
    CHECK(aw_import(S, "no_such_module_x") == AW_NULL);
    CHECK_STR(err_type(S), "ModuleNotFoundError");
    CHECK_STR(err_msg(S), "No module named 'no_such_module_x'");

    /* errors are recorded, nothing printed */
    CHECK(aw_exec(S, "1/0", NULL, AW_NULL) == AW_ERROR);
    CHECK_STR(err_type(S), "ZeroDivisionError");
    CHECK_STR(err_msg(S), "division by zero");
    CHECK(aw_eval(S, "1 +", AW_NULL) == AW_NULL);
    CHECK_STR(err_type(S), "SyntaxError");
    CHECK_STR(err_msg(S), "invalid syntax (<string>, line 1)");
    CHECK(aw_exec(S, "x = (", "prog.aw", AW_NULL) == AW_ERROR);
    CHECK_STR(err_type(S), "SyntaxError");
    CHECK_STR(err_msg(S), "'(' was never closed (prog.aw, line 1)");
    CHECK(aw_exec(S, NULL, NULL, AW_NULL) == AW_ERROR);
    CHECK_STR(err_type(S), "TypeError");
    aw_error_clear(S);
    CHECK(aw_eval(S, "x", 12345) == AW_NULL);
    CHECK_STR(err_type(S), "TypeError");
    aw_error_clear(S);
    v = aw_int(S, 1);
    CHECK(aw_exec(S, "pass", NULL, v) == AW_ERROR);
    CHECK_STR(err_msg(S), "expected a module, not int");
    aw_release(S, v);
}

static void test_containers(AwState *S)
{
    int64_t i;
    AwValue items[3] = {aw_int(S, 1), aw_cstr(S, "two"), aw_none(S)};
    AwValue l = aw_list(S, 3, items);
    AwValue t = aw_tuple(S, 3, items);
    CHECK(aw_kind(S, l) == AW_KIND_LIST && aw_kind(S, t) == AW_KIND_TUPLE);
    CHECK_STR(repr_of(S, aw_dup(S, l)), "[1, 'two', None]");
    CHECK_STR(repr_of(S, aw_dup(S, t)), "(1, 'two', None)");
    CHECK(aw_len(S, l) == 3);
    CHECK(aw_append(S, l, items[0]) == AW_OK);
    CHECK(aw_len(S, l) == 4);
    CHECK(aw_append(S, t, items[0]) == AW_ERROR);
    CHECK_STR(err_msg(S), "descriptor 'append' for 'list' objects doesn't "
                          "apply to a 'tuple' object");
    CHECK_STR(repr_of(S, aw_index(S, l, -1)), "1");
    CHECK_STR(repr_of(S, aw_index(S, t, 1)), "'two'");
    CHECK(aw_index(S, l, 4) == AW_NULL);
    CHECK_STR(err_type(S), "IndexError");
    CHECK_STR(err_msg(S), "list index out of range");
    CHECK(aw_contains(S, l, items[1]) == 1);
    CHECK(aw_contains(S, items[0], items[1]) == AW_ERROR);
    CHECK_STR(err_msg(S), "argument of type 'int' is not iterable");
    CHECK(aw_setitem(S, l, items[0], items[1]) == AW_OK); /* l[1] = 'two' */
    CHECK(aw_setitem(S, t, items[0], items[1]) == AW_ERROR);
    CHECK_STR(err_msg(S), "'tuple' object does not support item assignment");
    CHECK(aw_delitem(S, l, items[0]) == AW_OK);
    CHECK_STR(repr_of(S, aw_dup(S, l)), "[1, None, 1]");
    AwValue empty = aw_list(S, 0, NULL);
    AwValue zero = aw_int(S, 0);
    CHECK(aw_delitem(S, empty, zero) == AW_ERROR);
    CHECK_STR(err_msg(S), "list assignment index out of range");
    CHECK(aw_list(S, 2, NULL) == AW_NULL);
    CHECK_STR(err_type(S), "TypeError");
    aw_error_clear(S);

    /* iteration */
    AwValue it = aw_iter(S, t), x;
    int n = 0;
    while (aw_next(S, it, &x) == 1) {
        CHECK(aw_is(S, x, items[n]));
        aw_release(S, x);
        n++;
    }
    CHECK(n == 3 && x == AW_NULL);
    CHECK(aw_next(S, it, &x) == 0); /* stays exhausted */
    aw_release(S, it);
    CHECK(aw_iter(S, zero) == AW_NULL);
    CHECK_STR(err_msg(S), "'int' object is not iterable");
    AwValue gen = aw_eval(S, "(1 // (2 - i) for i in range(5))", AW_NULL);
    CHECK(aw_next(S, gen, &x) == 1);
    CHECK(aw_to_int64(S, x, &i) == AW_OK && i == 0);
    aw_release(S, x);
    CHECK(aw_next(S, gen, &x) == 1);
    aw_release(S, x);
    CHECK(aw_next(S, gen, &x) == AW_ERROR && x == AW_NULL);
    CHECK_STR(err_msg(S), "integer division or modulo by zero");
    CHECK(aw_next(S, gen, NULL) == AW_ERROR);
    aw_error_clear(S);
    aw_release(S, gen);

    /* dicts, with C-string keys too */
    AwValue d = aw_dict(S);
    CHECK(aw_kind(S, d) == AW_KIND_DICT);
    CHECK(aw_dict_set(S, d, "k\xc3\xa9", items[0]) == AW_OK);
    CHECK(aw_setitem(S, d, items[0], l) == AW_OK);
    CHECK_STR(repr_of(S, aw_dup(S, d)), "{'k\xc3\xa9': 1, 1: [1, None, 1]}");
    AwValue v = aw_dict_get(S, d, "k\xc3\xa9");
    CHECK(aw_is(S, v, items[0]));
    aw_release(S, v);
    CHECK(aw_dict_get(S, d, "k") == AW_NULL);
    CHECK_STR(err_type(S), "KeyError");
    CHECK_STR(err_msg(S), "'k'");
    CHECK(aw_dict_get(S, d, NULL) == AW_NULL);
    CHECK_STR(err_msg(S), "NULL passed as a string");
    CHECK(aw_dict_set(S, d, "\xff", items[0]) == AW_ERROR);
    CHECK_STR(err_type(S), "UnicodeDecodeError");
    aw_error_clear(S);
    CHECK(aw_setitem(S, d, l, zero) == AW_ERROR);
    CHECK_STR(err_msg(S), "unhashable type: 'list'");
    CHECK(aw_len(S, d) == 2);
    CHECK(aw_delitem(S, d, items[0]) == AW_OK);
    CHECK(aw_len(S, d) == 1);
    CHECK(aw_len(S, zero) == AW_ERROR);
    CHECK_STR(err_msg(S), "object of type 'int' has no len()");
    /* aw_dict_get reads any mapping: a dict subclass's __missing__ */
    CHECK(aw_exec(S, "class D(dict):\n    def __missing__(self, k):\n"
                     "        return k * 2\n", NULL, AW_NULL) == AW_OK);
    AwValue dd = aw_eval(S, "D()", AW_NULL);
    CHECK(aw_kind(S, dd) == AW_KIND_DICT);
    CHECK_STR(repr_of(S, aw_dict_get(S, dd, "ab")), "'abab'");
    aw_release(S, dd);

    aw_release(S, d);
    aw_release(S, zero);
    aw_release(S, empty);
    aw_release(S, l);
    aw_release(S, t);
    for (int k = 0; k < 3; k++)
        aw_release(S, items[k]);
}

static void test_objects(AwState *S)
{
    int64_t i;
    double dbl;
    CHECK(aw_exec(S,
                  "class P:\n"
                  "    def __init__(self, x):\n        self.x = x\n"
                  "    def scaled(self, k, *, add=0):\n"
                  "        return self.x * k + add\n"
                  "    def __float__(self):\n        return 2.5\n"
                  "    def __index__(self):\n        return 41\n"
                  "    def __bool__(self):\n        return False\n"
                  "    def __repr__(self):\n        return f'P({self.x})'\n"
                  "class I(int): pass\n"
                  "class Q:\n    def __index__(self):\n        return 2**70\n",
                  "<setup>", AW_NULL) == AW_OK);
    AwValue cls = aw_get_global(S, AW_NULL, "P");
    AwValue three = aw_int(S, 3);
    AwValue p = aw_call(S, cls, 1, &three, AW_NULL);
    CHECK_STR(aw_type_name(S, p), "P");
    CHECK(aw_kind(S, p) == AW_KIND_OTHER);
    CHECK(aw_isinstance(S, p, cls) == 1);
    CHECK(aw_isinstance(S, three, cls) == 0);
    CHECK(aw_isinstance(S, p, three) == AW_ERROR);
    CHECK_STR(err_msg(S), "isinstance() arg 2 must be a type, a tuple of "
                          "types, or a union");
    CHECK(aw_truthy(S, p) == 0);
    CHECK(aw_to_double(S, p, &dbl) == AW_OK && dbl == 2.5);
    CHECK(aw_to_int64(S, p, &i) == AW_OK && i == 41);
    CHECK_STR(repr_of(S, aw_dup(S, p)), "P(3)");
    AwValue s = aw_str_of(S, p);
    CHECK_STR(aw_to_str(S, s, NULL), "P(3)");
    aw_release(S, s);

    /* attributes */
    CHECK(aw_hasattr(S, p, "x") == 1);
    CHECK(aw_hasattr(S, p, "y") == 0);
    CHECK(aw_setattr(S, p, "y", three) == AW_OK);
    CHECK(aw_hasattr(S, p, "y") == 1);
    CHECK_STR(repr_of(S, aw_getattr(S, p, "y")), "3");
    CHECK(aw_getattr(S, three, "zz") == AW_NULL);
    CHECK_STR(err_type(S), "AttributeError");
    CHECK_STR(err_msg(S), "'int' object has no attribute 'zz'");
    CHECK(aw_getattr(S, p, NULL) == AW_NULL);
    CHECK(aw_setattr(S, p, NULL, three) == AW_ERROR);
    CHECK(aw_hasattr(S, p, NULL) == AW_ERROR);
    aw_error_clear(S);

    /* methods with keyword arguments */
    AwValue kw = aw_dict(S);
    AwValue ten = aw_int(S, 10);
    CHECK(aw_dict_set(S, kw, "add", ten) == AW_OK);
    AwValue r = aw_call_method(S, p, "scaled", 1, &ten, kw);
    CHECK(aw_to_int64(S, r, &i) == AW_OK && i == 40);
    aw_release(S, r);
    CHECK(aw_call_method(S, p, "scaled", 0, NULL, kw) == AW_NULL);
    CHECK_STR(err_msg(S), "P.scaled() missing 1 required positional "
                          "argument: 'k'");
    CHECK(aw_dict_set(S, kw, "bad", ten) == AW_OK);
    CHECK(aw_call_method(S, p, "scaled", 1, &ten, kw) == AW_NULL);
    CHECK_STR(err_msg(S), "P.scaled() got an unexpected keyword argument "
                          "'bad'");
    CHECK(aw_call_method(S, p, "nope", 0, NULL, AW_NULL) == AW_NULL);
    CHECK_STR(err_msg(S), "'P' object has no attribute 'nope'");
    CHECK(aw_call(S, three, 0, NULL, AW_NULL) == AW_NULL);
    CHECK_STR(err_msg(S), "'int' object is not callable");
    CHECK(aw_call(S, cls, 1, &three, three) == AW_NULL);
    CHECK_STR(err_msg(S), "keyword arguments must be a dict, not int");
    AwValue badkw = aw_dict(S);
    CHECK(aw_setitem(S, badkw, three, three) == AW_OK);
    CHECK(aw_call(S, cls, 1, &three, badkw) == AW_NULL);
    CHECK_STR(err_msg(S), "keywords must be strings");
    CHECK(aw_call(S, cls, 1, NULL, AW_NULL) == AW_NULL);
    CHECK_STR(err_type(S), "SystemError");
    aw_error_clear(S);
    AwValue stale = aw_int(S, 1);
    aw_release(S, stale);
    AwValue args2[2] = {three, stale};
    CHECK(aw_call(S, cls, 2, args2, AW_NULL) == AW_NULL);
    CHECK_STR(err_msg(S), "invalid handle (released, or of another "
                          "interpreter) in argv[1]");
    aw_release(S, badkw);
    aw_release(S, kw);
    aw_release(S, ten);

    /* int subclasses, __index__ overflow, floats of big ints */
    AwValue iv = aw_eval(S, "I(12)", AW_NULL);
    CHECK(aw_kind(S, iv) == AW_KIND_INT);
    CHECK(aw_to_int64(S, iv, &i) == AW_OK && i == 12);
    CHECK(aw_to_double(S, iv, &dbl) == AW_OK && dbl == 12.0);
    aw_release(S, iv);
    AwValue q = aw_eval(S, "Q()", AW_NULL);
    CHECK(aw_to_int64(S, q, &i) == AW_ERROR);
    CHECK_STR(err_type(S), "OverflowError");
    aw_error_clear(S);
    CHECK(aw_to_double(S, q, &dbl) == AW_OK && dbl == 1180591620717411303424.0);
    aw_release(S, q);
    AwValue huge = aw_eval(S, "10 ** 400", AW_NULL);
    CHECK(aw_to_double(S, huge, &dbl) == AW_ERROR);
    CHECK_STR(err_type(S), "OverflowError");
    CHECK_STR(err_msg(S), "int too large to convert to float");
    aw_release(S, huge);
    AwValue str = aw_cstr(S, "1.5");
    CHECK(aw_to_double(S, str, &dbl) == AW_ERROR);
    CHECK_STR(err_msg(S), "must be real number, not str");
    CHECK(aw_to_double(S, str, NULL) == AW_ERROR);
    aw_error_clear(S);
    aw_release(S, str);
    AwValue fut = aw_eval(S, "__import__('asyncio').Future", AW_NULL);
    CHECK(aw_kind(S, fut) == AW_KIND_OTHER);
    aw_release(S, fut);

    aw_release(S, p);
    aw_release(S, three);
    aw_release(S, cls);
}

/* Every function refuses AW_NULL, a released handle and a handle of
 * another interpreter with a recorded TypeError, and no crash. */
static void test_misuse(AwState *S, AwState *T)
{
    int64_t i;
    double d;
    AwValue x;
    AwValue stale = aw_int(S, 5);
    aw_release(S, stale);
    aw_release(S, stale); /* twice: ignored */
    AwValue foreign = aw_int(T, 5);
    AwValue bad[3] = {AW_NULL, stale, foreign};
    const char *msgs[3] = {
        "AW_NULL passed as a value",
        "invalid handle (released, or of another interpreter)",
        "invalid handle (released, or of another interpreter)",
    };
    AwValue ok = aw_int(S, 1);
    for (int k = 0; k < 3; k++) {
        AwValue b = bad[k];
        CHECK(aw_kind(S, b) == AW_ERROR);
        CHECK_STR(err_type(S), "TypeError");
        CHECK_STR(err_msg(S), msgs[k]);
        CHECK_STR(aw_type_name(S, b), "");
        CHECK(aw_error_occurred(S));
        CHECK(aw_dup(S, b) == AW_NULL);
        CHECK(aw_to_int64(S, b, &i) == AW_ERROR);
        CHECK(aw_to_double(S, b, &d) == AW_ERROR);
        CHECK(aw_to_str(S, b, NULL) == NULL);
        CHECK(aw_to_bytes(S, b, NULL) == NULL);
        CHECK(aw_str_of(S, b) == AW_NULL && aw_repr(S, b) == AW_NULL);
        CHECK(aw_truthy(S, b) == AW_ERROR);
        CHECK(aw_is(S, b, ok) == 0 && aw_isinstance(S, b, ok) == AW_ERROR);
        CHECK(aw_len(S, b) == AW_ERROR);
        CHECK(aw_getitem(S, b, ok) == AW_NULL);
        CHECK(aw_getitem(S, ok, b) == AW_NULL);
        CHECK(aw_setitem(S, ok, ok, b) == AW_ERROR);
        CHECK(aw_delitem(S, b, ok) == AW_ERROR);
        CHECK(aw_index(S, b, 0) == AW_NULL);
        CHECK(aw_dict_get(S, b, "k") == AW_NULL);
        CHECK(aw_dict_set(S, ok, "k", b) == AW_ERROR);
        CHECK(aw_contains(S, b, ok) == AW_ERROR);
        CHECK(aw_append(S, b, ok) == AW_ERROR);
        CHECK(aw_iter(S, b) == AW_NULL);
        x = 77;
        CHECK(aw_next(S, b, &x) == AW_ERROR && x == AW_NULL);
        CHECK(aw_getattr(S, b, "x") == AW_NULL);
        CHECK(aw_setattr(S, ok, "x", b) == AW_ERROR);
        CHECK(aw_hasattr(S, b, "x") == AW_ERROR);
        CHECK(aw_get_global(S, b ? b : stale, "x") == AW_NULL);
        CHECK(aw_set_global(S, AW_NULL, "x", b) == AW_ERROR);
        CHECK(aw_call(S, b, 0, NULL, AW_NULL) == AW_NULL);
        CHECK(aw_call_method(S, b, "x", 0, NULL, AW_NULL) == AW_NULL);
        CHECK(aw_list(S, 1, &b) == AW_NULL);
        CHECK(aw_tuple(S, 1, &b) == AW_NULL);
        CHECK(aw_exec(S, "pass", NULL, b == AW_NULL ? stale : b) ==
              AW_ERROR);
        CHECK_STR(err_type(S), "TypeError");
        CHECK(aw_eval(S, "1", b == AW_NULL ? foreign : b) == AW_NULL);
        CHECK_STR(err_type(S), "TypeError");
        aw_error_clear(S);
    }
    /* wrong kinds */
    CHECK(aw_to_bytes(S, ok, NULL) == NULL);
    CHECK_STR(err_msg(S), "expected bytes, not int");
    CHECK(aw_to_int64(S, ok, NULL) == AW_ERROR);
    CHECK_STR(err_msg(S), "NULL passed as out");
    /* nothing was recorded in the other interpreter */
    CHECK(!aw_error_occurred(T));
    CHECK(aw_to_int64(T, foreign, &i) == AW_OK && i == 5);
    aw_release(T, foreign);
    aw_release(S, ok);
    aw_release(S, AW_NULL);
    aw_release(NULL, ok);
}

/* Two interpreters at once share nothing. */
static void test_two_interpreters(AwState *S, AwState *T)
{
    int64_t i;
    CHECK(aw_exec(S, "z = 1", NULL, AW_NULL) == AW_OK);
    CHECK(aw_exec(T, "z = 2", NULL, AW_NULL) == AW_OK);
    AwValue a = aw_get_global(S, AW_NULL, "z");
    AwValue b = aw_get_global(T, AW_NULL, "z");
    CHECK(aw_to_int64(S, a, &i) == AW_OK && i == 1);
    CHECK(aw_to_int64(T, b, &i) == AW_OK && i == 2);
    /* each interpreter refuses the other's handle */
    CHECK(aw_to_int64(S, b, &i) == AW_ERROR);
    CHECK(!aw_error_occurred(T));
    aw_error_clear(S);
    aw_release(S, b); /* ignored: not S's */
    CHECK(aw_to_int64(T, b, &i) == AW_OK && i == 2);
    aw_release(S, a);
    aw_release(T, b);
    AwValue m = aw_import(S, "math");
    CHECK(aw_exec(T, "import math\nmath.tau = 0", NULL, AW_NULL) == AW_OK);
    AwValue tau = aw_getattr(S, m, "tau");
    double d;
    CHECK(aw_to_double(S, tau, &d) == AW_OK && d > 6.28);
    aw_release(S, tau);
    aw_release(S, m);
}

int main(void)
{
    AwState *S = aw_new();
    size_t start = aw_handle_count(S);
    test_making(S);
    test_big_ints(S);
    test_running(S);
    test_containers(S);
    test_objects(S);
    AwState *T = aw_new();
    size_t tstart = aw_handle_count(T);
    test_misuse(S, T);
    test_two_interpreters(S, T);
    CHECK(aw_handle_count(S) == start);
    CHECK(aw_handle_count(T) == tstart);
    CHECK(!aw_error_occurred(S));
    aw_free(T);
    aw_free(S);
    return done_testing("values");
}
