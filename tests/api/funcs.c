/* The embedding API's calls, C functions and modules: aw_call with
 * keyword arguments, host functions called from scripts (arguments,
 * keywords, results, errors, reentrancy), aw_module and aw_def. */
#include <stdint.h>
#include <stdlib.h>

#include "aw.h"
#include "check.h"

static const char *err_msg(AwState *S)
{
    static char buf[512];
    snprintf(buf, sizeof buf, "%s: %s", aw_error_type(S),
             aw_error_message(S));
    aw_error_clear(S);
    return buf;
}

/* str(v) as C text (a static buffer); v is released. */
static const char *text_of(AwState *S, AwValue v)
{
    static char buf[1024];
    AwValue r = aw_str_of(S, v);
    snprintf(buf, sizeof buf, "%s", r ? aw_to_str(S, r, NULL) : "(error)");
    aw_release(S, r);
    aw_release(S, v);
    return buf;
}

static const char *eval_text(AwState *S, const char *expr)
{
    AwValue v = aw_eval(S, expr, AW_NULL);
    if (v == AW_NULL)
        return err_msg(S);
    return text_of(S, v);
}

/* ------------------------------------------------------------------ */
/* Host functions                                                      */

/* add(a, b, scale=1): (a + b) * scale, with ints. */
static AwValue host_add(AwState *S, int argc, const AwValue *argv,
                        AwValue kwargs, void *ud)
{
    int64_t a, b, scale = 1;
    int *calls = ud;
    (*calls)++;
    if (argc != 2)
        return aw_raise(S, "TypeError", "add() takes 2 arguments (%d given)",
                        argc),
               AW_NULL;
    if (aw_to_int64(S, argv[0], &a) || aw_to_int64(S, argv[1], &b))
        return AW_NULL;
    if (kwargs != AW_NULL) {
        AwValue s = aw_dict_get(S, kwargs, "scale");
        if (s == AW_NULL)
            return AW_NULL; /* KeyError recorded: raised */
        int r = aw_to_int64(S, s, &scale);
        aw_release(S, s);
        if (r)
            return AW_NULL;
    }
    return aw_int(S, (a + b) * scale);
}

static AwValue host_null(AwState *S, int argc, const AwValue *argv,
                         AwValue kwargs, void *ud)
{
    (void)argc, (void)argv, (void)kwargs, (void)ud;
    aw_error_clear(S);
    return AW_NULL;
}

static AwValue host_bad_handle(AwState *S, int argc, const AwValue *argv,
                               AwValue kwargs, void *ud)
{
    (void)argc, (void)argv, (void)kwargs, (void)ud;
    AwValue v = aw_int(S, 1);
    aw_release(S, v);
    return v;
}

/* argument handles are borrowed: return a dup of the first */
static AwValue host_first(AwState *S, int argc, const AwValue *argv,
                          AwValue kwargs, void *ud)
{
    (void)kwargs, (void)ud;
    return argc ? aw_dup(S, argv[0]) : aw_none(S);
}

static void test_host_functions(AwState *S)
{
    int calls = 0;
    AwValue f = aw_function(S, "add", host_add, &calls);
    CHECK(f != AW_NULL);
    CHECK(aw_set_global(S, AW_NULL, "add", f) == AW_OK);
    CHECK_STR(eval_text(S, "add(2, 3)"), "5");
    CHECK_STR(eval_text(S, "add(2, 3, scale=10)"), "50");
    CHECK_STR(eval_text(S, "add(*[1, 2], **{'scale': -1})"), "-3");
    CHECK(calls == 3);
    CHECK_STR(eval_text(S, "repr(add)"), "<built-in function add>");
    CHECK_STR(eval_text(S, "add.__name__"), "add");
    CHECK_STR(eval_text(S, "type(add).__name__"),
              "builtin_function_or_method");
    CHECK_STR(eval_text(S, "add.__self__"), "None");
    CHECK_STR(eval_text(S, "add(1)"), "TypeError: add() takes 2 arguments "
                                      "(1 given)");
    CHECK_STR(eval_text(S, "add(1, 'x')"),
              "TypeError: 'str' object cannot be interpreted as an integer");
    CHECK_STR(eval_text(S, "add(1, 2, other=3)"), "KeyError: 'scale'");
    /* the exception can be caught by the script */
    CHECK(aw_exec(S,
                  "try:\n    add(1)\nexcept TypeError as e:\n"
                  "    caught = str(e)\n",
                  NULL, AW_NULL) == AW_OK);
    CHECK_STR(eval_text(S, "caught"), "add() takes 2 arguments (1 given)");

    /* aw_call of a host function, with keywords */
    AwValue args[2] = {aw_int(S, 4), aw_int(S, 5)};
    AwValue kw = aw_dict(S);
    AwValue three = aw_int(S, 3);
    CHECK(aw_dict_set(S, kw, "scale", three) == AW_OK);
    CHECK_STR(text_of(S, aw_call(S, f, 2, args, kw)), "27");
    CHECK_STR(text_of(S, aw_call(S, f, 2, args, AW_NULL)), "9");
    aw_release(S, three);
    aw_release(S, kw);
    aw_release(S, args[0]);
    aw_release(S, args[1]);
    aw_release(S, f);

    f = aw_function(S, "nothing", host_null, NULL);
    CHECK(aw_set_global(S, AW_NULL, "nothing", f) == AW_OK);
    aw_release(S, f);
    CHECK_STR(eval_text(S, "nothing()"),
              "SystemError: nothing returned AW_NULL without setting an "
              "error");
    f = aw_function(S, "bad", host_bad_handle, NULL);
    CHECK(aw_set_global(S, AW_NULL, "bad", f) == AW_OK);
    aw_release(S, f);
    CHECK_STR(eval_text(S, "bad()"),
              "SystemError: bad returned an invalid handle");
    f = aw_function(S, "first", host_first, NULL);
    CHECK(aw_set_global(S, AW_NULL, "first", f) == AW_OK);
    aw_release(S, f);
    CHECK_STR(eval_text(S, "first([1, 2])"), "[1, 2]");
    CHECK_STR(eval_text(S, "first()"), "None");

    CHECK(aw_function(S, NULL, host_first, NULL) == AW_NULL);
    CHECK_STR(err_msg(S), "TypeError: NULL passed as a string");
    CHECK(aw_function(S, "f", NULL, NULL) == AW_NULL);
    CHECK_STR(err_msg(S), "TypeError: NULL passed as a function");
}

/* ------------------------------------------------------------------ */
/* Modules                                                             */

static void test_modules(AwState *S)
{
    int calls = 0;
    AwValue m = aw_module(S, "hostmod");
    CHECK(m != AW_NULL);
    CHECK(aw_def(S, m, "add", host_add, &calls) == AW_OK);
    AwValue v = aw_int(S, 7);
    CHECK(aw_setattr(S, m, "seven", v) == AW_OK);
    aw_release(S, v);
    CHECK(aw_exec(S,
                  "import hostmod\nfrom hostmod import add as plus\n"
                  "r = hostmod.add(hostmod.seven, 1) + plus(1, 1)\n",
                  NULL, AW_NULL) == AW_OK);
    CHECK_STR(eval_text(S, "r"), "10");
    CHECK(calls == 2);
    CHECK_STR(eval_text(S, "hostmod.add.__module__"), "hostmod");
    CHECK_STR(eval_text(S, "repr(hostmod.add)"), "<built-in function add>");
    CHECK_STR(eval_text(S, "repr(hostmod)"), "<module 'hostmod' (built-in)>");
    /* the same module again */
    AwValue m2 = aw_module(S, "hostmod");
    CHECK(aw_is(S, m, m2));
    aw_release(S, m2);
    aw_release(S, m);
    CHECK(aw_module(S, "") == AW_NULL);
    CHECK_STR(err_msg(S), "ValueError: Empty module name");
    CHECK(aw_module(S, NULL) == AW_NULL);
    CHECK_STR(err_msg(S), "TypeError: NULL passed as a string");
}

int main(void)
{
    AwState *S = aw_new();
    size_t start = aw_handle_count(S);
    test_host_functions(S);
    test_modules(S);
    CHECK(aw_handle_count(S) == start);
    CHECK(!aw_error_occurred(S));
    aw_free(S);
    return done_testing("funcs");
}
