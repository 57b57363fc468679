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

int main(void)
{
    AwState *S = aw_new();
    size_t start = aw_handle_count(S);
    test_making(S);
    test_big_ints(S);
    test_running(S);
    CHECK(aw_handle_count(S) == start);
    CHECK(!aw_error_occurred(S));
    aw_free(S);
    return done_testing("values");
}
