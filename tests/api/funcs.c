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

/* ------------------------------------------------------------------ */
/* Reentrancy: C functions that call back into aw                      */

/* apply(f, *args, **kw): f(*args, **kw) through aw_call. */
static AwValue host_apply(AwState *S, int argc, const AwValue *argv,
                          AwValue kwargs, void *ud)
{
    (void)ud;
    if (argc < 1)
        return aw_raise(S, "TypeError", "apply() needs a function"), AW_NULL;
    return aw_call(S, argv[0], argc - 1, argv + 1, kwargs);
}

/* run(code): aw_exec in __main__, returns None. */
static AwValue host_run(AwState *S, int argc, const AwValue *argv,
                        AwValue kwargs, void *ud)
{
    (void)kwargs, (void)ud;
    const char *code = argc == 1 ? aw_to_str(S, argv[0], NULL) : NULL;
    if (code == NULL)
        return AW_NULL;
    if (aw_exec(S, code, "<run>", AW_NULL) != AW_OK)
        return AW_NULL;
    return aw_none(S);
}

/* kwinfo(*a, **kw): "N:k1=v1,k2=v2" or "N:none" when kwargs is AW_NULL;
 * also checks that argument handles are live during the call. */
static AwValue host_kwinfo(AwState *S, int argc, const AwValue *argv,
                           AwValue kwargs, void *ud)
{
    size_t *count_in_call = ud;
    *count_in_call = aw_handle_count(S);
    char buf[256];
    int n = snprintf(buf, sizeof buf, "%d:", argc);
    if (kwargs == AW_NULL) {
        snprintf(buf + n, sizeof buf - n, "none");
        return aw_cstr(S, buf);
    }
    AwValue it = aw_iter(S, kwargs), k;
    while (aw_next(S, it, &k) == 1) {
        AwValue v = aw_getitem(S, kwargs, k);
        AwValue r = aw_repr(S, v);
        n += snprintf(buf + n, sizeof buf - n, "%s%s=%s", buf[n - 1] == ':'
                      ? "" : ",", aw_to_str(S, k, NULL),
                      aw_to_str(S, r, NULL));
        aw_release(S, r);
        aw_release(S, v);
        aw_release(S, k);
    }
    aw_release(S, it);
    return aw_cstr(S, buf);
}

/* Leaks a handle on purpose: it stays until aw_free. */
static AwValue host_leak(AwState *S, int argc, const AwValue *argv,
                         AwValue kwargs, void *ud)
{
    (void)argc, (void)argv, (void)kwargs;
    *(AwValue *)ud = aw_cstr(S, "leaked");
    return aw_none(S);
}

static void def_global(AwState *S, const char *name, AwCFunction fn,
                       void *ud)
{
    AwValue f = aw_function(S, name, fn, ud);
    CHECK(aw_set_global(S, AW_NULL, name, f) == AW_OK);
    aw_release(S, f);
}

static void test_reentrancy(AwState *S)
{
    def_global(S, "apply", host_apply, NULL);
    def_global(S, "run", host_run, NULL);
    CHECK_STR(eval_text(S, "apply(lambda a, b=0: a - b, 10, b=3)"), "7");
    /* C -> aw -> C -> aw, three levels */
    CHECK_STR(eval_text(S, "apply(apply, apply, lambda: 'deep')"), "deep");
    CHECK(aw_exec(S, "run('inner_value = apply(len, [1, 2, 3])')", NULL,
                  AW_NULL) == AW_OK);
    CHECK_STR(eval_text(S, "inner_value"), "3");

    /* errors cross C functions with their traceback */
    CHECK(aw_exec(S, "def bad(x):\n    raise ValueError(x)\n"
                     "apply(bad, 'q')\n", "<host>", AW_NULL) == AW_ERROR);
    CHECK_STR(aw_error_traceback(S),
              "Traceback (most recent call last):\n"
              "  File \"<host>\", line 3, in <module>\n"
              "  File \"<host>\", line 2, in bad\n"
              "ValueError: q\n");
    aw_error_clear(S);
    CHECK(aw_exec(S, "def g():\n    run('apply(bad, 7)')\ng()\n", "<host>",
                  AW_NULL) == AW_ERROR);
    CHECK_STR(aw_error_traceback(S),
              "Traceback (most recent call last):\n"
              "  File \"<host>\", line 3, in <module>\n"
              "  File \"<host>\", line 2, in g\n"
              "  File \"<run>\", line 1, in <module>\n"
              "  File \"<host>\", line 2, in bad\n"
              "ValueError: 7\n");
    aw_error_clear(S);
    /* caught by the script: nothing stays recorded */
    CHECK(aw_exec(S, "try:\n    apply(bad, 1)\nexcept ValueError as e:\n"
                     "    got = e.args\n", NULL, AW_NULL) == AW_OK);
    CHECK(!aw_error_occurred(S));
    CHECK_STR(eval_text(S, "got"), "(1,)");
    /* the exception being handled is the same after a nested run */
    CHECK(aw_exec(S,
                  "import sys\ntry:\n    raise KeyError('outer')\n"
                  "except KeyError:\n"
                  "    run('try:\\n    1/0\\nexcept ZeroDivisionError:\\n"
                  "    pass\\n')\n"
                  "    after = repr(sys.exc_info()[1])\n",
                  NULL, AW_NULL) == AW_OK);
    CHECK_STR(eval_text(S, "after"), "KeyError('outer')");
    /* an error inside an except block gets the handled one as context */
    CHECK(aw_exec(S, "try:\n    {}[0]\nexcept KeyError:\n"
                     "    apply(bad, 2)\n", NULL, AW_NULL) == AW_ERROR);
    AwValue e = aw_error_value(S);
    AwValue ctx = aw_getattr(S, e, "__context__");
    CHECK_STR(aw_type_name(S, ctx), "KeyError");
    aw_release(S, ctx);
    aw_release(S, e);
    aw_error_clear(S);

    /* unbounded recursion through C: RecursionError, no crash */
    CHECK(aw_exec(S, "def rec(n):\n    return apply(rec, n + 1)\n", NULL,
                  AW_NULL) == AW_OK);
    CHECK(aw_eval(S, "rec(0)", AW_NULL) == AW_NULL);
    CHECK_STR(aw_error_type(S), "RecursionError");
    aw_error_clear(S);
    CHECK_STR(eval_text(S, "apply(rec.__name__.upper)"), "REC");
}

static void test_arguments(AwState *S)
{
    size_t during = 0;
    def_global(S, "kwinfo", host_kwinfo, &during);
    size_t before = aw_handle_count(S);
    CHECK_STR(eval_text(S, "kwinfo()"), "0:none");
    CHECK(during == before); /* no argument */
    CHECK_STR(eval_text(S, "kwinfo(1, 2, a=3, b=[4])"), "2:a=3,b=[4]");
    CHECK(during == before + 2 + 1); /* 2 arguments and kwargs */
    CHECK_STR(eval_text(S, "kwinfo(**{})"), "0:none");
    CHECK_STR(eval_text(S, "kwinfo(*range(5), z=None)"), "5:z=None");
    CHECK(aw_handle_count(S) == before); /* released after each call */

    AwValue leaked = AW_NULL;
    def_global(S, "leak", host_leak, &leaked);
    before = aw_handle_count(S);
    CHECK_STR(eval_text(S, "leak()"), "None");
    CHECK(aw_handle_count(S) == before + 1);
    CHECK_STR(aw_to_str(S, leaked, NULL), "leaked");
    aw_release(S, leaked);
    CHECK(aw_handle_count(S) == before);
}

int main(void)
{
    AwState *S = aw_new();
    size_t start = aw_handle_count(S);
    test_host_functions(S);
    test_modules(S);
    test_reentrancy(S);
    test_arguments(S);
    CHECK(aw_handle_count(S) == start);
    CHECK(!aw_error_occurred(S));
    aw_free(S);
    return done_testing("funcs");
}
