/* The embedding API's error record: types, messages and tracebacks as
 * CPython 3.11 prints them (without its carets, as aw prints an uncaught
 * exception), aw_raise and aw_raise_value, aw_error_print. */
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include "aw.h"
#include "check.h"

static char dir[256];

static void write_file(const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *fp = fopen(path, "w");
    if (fp) {
        fputs(text, fp);
        fclose(fp);
    }
}

static const char errmod_src[] = "class MyError(Exception):\n"
                                 "    pass\n"
                                 "\n"
                                 "def fail(n):\n"
                                 "    if n > 0:\n"
                                 "        return fail(n - 1)\n"
                                 "    try:\n"
                                 "        {}['missing']\n"
                                 "    except KeyError as e:\n"
                                 "        raise MyError('deep') from e\n";

static void test_record(AwState *S)
{
    CHECK(!aw_error_occurred(S));
    CHECK_STR(aw_error_type(S), "");
    CHECK_STR(aw_error_message(S), "");
    CHECK_STR(aw_error_traceback(S), "");
    CHECK(aw_error_value(S) == AW_NULL);

    const char *src = "def inner():\n    raise ValueError(\"bad value\")\n"
                      "def outer():\n    inner()\nouter()\n";
    CHECK(aw_exec(S, src, "<host>", AW_NULL) == AW_ERROR);
    CHECK(aw_error_occurred(S));
    const char *type = aw_error_type(S);
    CHECK_STR(type, "ValueError");
    CHECK(aw_error_type(S) == type); /* cached until the record changes */
    CHECK_STR(aw_error_message(S), "bad value");
    CHECK_STR(aw_error_traceback(S),
              "Traceback (most recent call last):\n"
              "  File \"<host>\", line 5, in <module>\n"
              "  File \"<host>\", line 4, in outer\n"
              "  File \"<host>\", line 2, in inner\n"
              "ValueError: bad value\n");
    /* a successful call leaves the record alone */
    AwValue one = aw_int(S, 1);
    CHECK_STR(aw_error_type(S), "ValueError");
    AwValue e = aw_error_value(S);
    AwValue cls = aw_get_global(S, AW_NULL, "ValueError");
    CHECK(aw_isinstance(S, e, cls) == 1);
    aw_release(S, cls);
    AwValue args = aw_getattr(S, e, "args");
    AwValue msg = aw_index(S, args, 0);
    CHECK_STR(aw_to_str(S, msg, NULL), "bad value");
    aw_release(S, msg);
    aw_release(S, args);
    aw_release(S, e);
    aw_error_clear(S);
    CHECK(!aw_error_occurred(S));
    CHECK_STR(aw_error_type(S), "");
    CHECK_STR(aw_error_traceback(S), "");
    CHECK(aw_error_value(S) == AW_NULL);
    aw_release(S, one);

    /* a module of files: source lines, chained exceptions, its name */
    char code[600];
    write_file("errmod.aw", errmod_src);
    snprintf(code, sizeof code, "import sys\nsys.path.insert(0, '%s')\n", dir);
    CHECK(aw_exec(S, code, NULL, AW_NULL) == AW_OK);
    AwValue m = aw_import(S, "errmod");
    AwValue fail = aw_getattr(S, m, "fail");
    AwValue two = aw_int(S, 2);
    CHECK(aw_call(S, fail, 1, &two, AW_NULL) == AW_NULL);
    CHECK_STR(aw_error_type(S), "errmod.MyError");
    CHECK_STR(aw_error_message(S), "deep");
    char want[2048];
    snprintf(want, sizeof want,
             "Traceback (most recent call last):\n"
             "  File \"%s/errmod.aw\", line 8, in fail\n"
             "    {}['missing']\n"
             "KeyError: 'missing'\n"
             "\n"
             "The above exception was the direct cause of the following "
             "exception:\n"
             "\n"
             "Traceback (most recent call last):\n"
             "  File \"%s/errmod.aw\", line 6, in fail\n"
             "    return fail(n - 1)\n"
             "  File \"%s/errmod.aw\", line 6, in fail\n"
             "    return fail(n - 1)\n"
             "  File \"%s/errmod.aw\", line 10, in fail\n"
             "    raise MyError('deep') from e\n"
             "errmod.MyError: deep\n",
             dir, dir, dir, dir);
    CHECK_STR(aw_error_traceback(S), want);
    aw_error_clear(S);

    /* aw_raise_value with the script's class */
    AwValue my = aw_getattr(S, m, "MyError");
    CHECK(aw_raise_value(S, my, "hello") == AW_ERROR);
    CHECK_STR(aw_error_type(S), "errmod.MyError");
    CHECK_STR(aw_error_message(S), "hello");
    CHECK_STR(aw_error_traceback(S), "errmod.MyError: hello\n");
    CHECK(aw_raise_value(S, my, NULL) == AW_ERROR);
    CHECK_STR(aw_error_message(S), "");
    CHECK_STR(aw_error_traceback(S), "errmod.MyError\n");
    aw_release(S, my);
    aw_release(S, two);
    aw_release(S, fail);
    aw_release(S, m);
    aw_error_clear(S);

    /* classes of __main__ and nested classes: qualname, no prefix */
    CHECK(aw_exec(S,
                  "class Outer:\n    class Inner(LookupError):\n"
                  "        def __str__(self):\n"
                  "            return 'inner ' + str(len(self.args))\n"
                  "class Broken(Exception):\n"
                  "    def __str__(self):\n        raise RuntimeError\n"
                  "raise Outer.Inner(1, 2)\n",
                  "<host>", AW_NULL) == AW_ERROR);
    CHECK_STR(aw_error_type(S), "Outer.Inner");
    CHECK_STR(aw_error_message(S), "inner 2");
    CHECK(aw_exec(S, "raise Broken()", NULL, AW_NULL) == AW_ERROR);
    CHECK_STR(aw_error_type(S), "Broken");
    CHECK_STR(aw_error_message(S), "<exception str() failed>");
    CHECK_STR(aw_error_traceback(S),
              "Traceback (most recent call last):\n"
              "  File \"<string>\", line 1, in <module>\n"
              "Broken: <exception str() failed>\n");
    aw_error_clear(S);

    /* NameError suggestions look in the namespace the code ran in */
    CHECK(aw_exec(S, "valeur = 1\nprint(valeu)\n", "<host>", AW_NULL) ==
          AW_ERROR);
    CHECK_STR(aw_error_message(S), "name 'valeu' is not defined");
    CHECK_STR(aw_error_traceback(S),
              "Traceback (most recent call last):\n"
              "  File \"<host>\", line 2, in <module>\n"
              "NameError: name 'valeu' is not defined. Did you mean: "
              "'valeur'?\n");
    aw_error_clear(S);

    /* SyntaxError */
    CHECK(aw_exec(S, "x = (", NULL, AW_NULL) == AW_ERROR);
    CHECK_STR(aw_error_type(S), "SyntaxError");
    CHECK_STR(aw_error_message(S), "'(' was never closed (<string>, line 1)");
    CHECK_STR(aw_error_traceback(S), "  File \"<string>\", line 1\n"
                                     "    x = (\n"
                                     "        ^\n"
                                     "SyntaxError: '(' was never closed\n");
    aw_error_clear(S);

    /* an exception handled around the failing code is its context */
    CHECK(aw_exec(S, "try:\n    1/0\nexcept ZeroDivisionError:\n"
                     "    [][0]\n", "<host>", AW_NULL) == AW_ERROR);
    CHECK_STR(aw_error_traceback(S),
              "Traceback (most recent call last):\n"
              "  File \"<host>\", line 2, in <module>\n"
              "ZeroDivisionError: division by zero\n"
              "\n"
              "During handling of the above exception, another exception "
              "occurred:\n"
              "\n"
              "Traceback (most recent call last):\n"
              "  File \"<host>\", line 4, in <module>\n"
              "IndexError: list index out of range\n");
    aw_error_clear(S);
}

static void test_raise(AwState *S)
{
    CHECK(aw_raise(S, "ValueError", "n=%d s=%s", 42, "x") == AW_ERROR);
    CHECK_STR(aw_error_type(S), "ValueError");
    CHECK_STR(aw_error_message(S), "n=42 s=x");
    CHECK_STR(aw_error_traceback(S), "ValueError: n=42 s=x\n");
    CHECK(aw_raise(S, "KeyError", "k") == AW_ERROR);
    CHECK_STR(aw_error_message(S), "'k'");
    CHECK(aw_raise(S, "RuntimeError", NULL) == AW_ERROR);
    CHECK_STR(aw_error_type(S), "RuntimeError");
    CHECK_STR(aw_error_message(S), "");
    CHECK(aw_raise(S, "asyncio.CancelledError", "stop") == AW_ERROR);
    CHECK_STR(aw_error_type(S), "asyncio.exceptions.CancelledError");
    CHECK_STR(aw_error_message(S), "stop");
    CHECK(aw_raise(S, "asyncio.TimeoutError", "late") == AW_ERROR);
    CHECK_STR(aw_error_type(S), "TimeoutError");
    CHECK(aw_raise(S, "asyncio.InvalidStateError", "done") == AW_ERROR);
    CHECK_STR(aw_error_type(S), "asyncio.exceptions.InvalidStateError");
    CHECK(aw_raise(S, "ExceptionGroup", NULL) == AW_ERROR);
    CHECK_STR(aw_error_type(S), "TypeError"); /* its call needs args */
    CHECK_STR(aw_error_message(S), "BaseExceptionGroup.__new__() takes "
                                   "exactly 2 arguments (0 given)");
    CHECK(aw_raise(S, "StopIteration", "v") == AW_ERROR);
    AwValue e = aw_error_value(S);
    AwValue v = aw_getattr(S, e, "value");
    CHECK_STR(aw_to_str(S, v, NULL), "v");
    aw_release(S, v);
    aw_release(S, e);
    /* unknown names */
    CHECK(aw_raise(S, "NoSuchError", "m %d", 1) == AW_ERROR);
    CHECK_STR(aw_error_type(S), "SystemError");
    CHECK_STR(aw_error_message(S),
              "aw_raise: unknown exception type 'NoSuchError': m 1");
    CHECK(aw_raise(S, "int", "x") == AW_ERROR);
    CHECK_STR(aw_error_type(S), "SystemError");
    CHECK(aw_raise(S, "asyncio.Nope", NULL) == AW_ERROR);
    CHECK_STR(aw_error_message(S),
              "aw_raise: unknown exception type 'asyncio.Nope'");
    CHECK(aw_raise(S, "CancelledError", "x") == AW_ERROR); /* not builtin */
    CHECK_STR(aw_error_type(S), "SystemError");
    CHECK(aw_raise(S, NULL, "x") == AW_ERROR);
    CHECK_STR(aw_error_message(S),
              "aw_raise: unknown exception type '(NULL)': x");
    /* bytes that are not UTF-8, long messages */
    CHECK(aw_raise(S, "ValueError", "a\xff%s", "b") == AW_ERROR);
    CHECK_STR(aw_error_message(S), "a\xef\xbf\xbd" "b");
    char big[1000];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    CHECK(aw_raise(S, "ValueError", "<%s>", big) == AW_ERROR);
    CHECK(strlen(aw_error_message(S)) == sizeof big + 1);
    CHECK(aw_error_message(S)[0] == '<' && aw_error_message(S)[1] == 'x');

    /* aw_raise_value: instances, classes, other values */
    AwValue inst = aw_eval(S, "OSError(2, 'No such file or directory')",
                           AW_NULL);
    CHECK(aw_raise_value(S, inst, "ignored") == AW_ERROR);
    CHECK_STR(aw_error_type(S), "FileNotFoundError");
    CHECK_STR(aw_error_message(S), "[Errno 2] No such file or directory");
    e = aw_error_value(S);
    CHECK(aw_is(S, e, inst));
    aw_release(S, e);
    aw_release(S, inst);
    AwValue cls = aw_get_global(S, AW_NULL, "IndexError");
    CHECK(aw_raise_value(S, cls, "i\xc3\xa9") == AW_ERROR);
    CHECK_STR(aw_error_traceback(S), "IndexError: i\xc3\xa9\n");
    aw_release(S, cls);
    AwValue num = aw_int(S, 3);
    CHECK(aw_raise_value(S, num, "x") == AW_ERROR);
    CHECK_STR(aw_error_type(S), "TypeError");
    CHECK_STR(aw_error_message(S), "exceptions must derive from "
                                   "BaseException");
    aw_release(S, num);
    CHECK(aw_raise_value(S, num, "x") == AW_ERROR);
    CHECK_STR(aw_error_message(S), "invalid handle (released, or of another "
                                   "interpreter)");
    aw_error_clear(S);
}

/* aw_error_print writes the traceback to stderr (the default write_err)
 * and clears the record. */
static void test_print(AwState *S)
{
    char path[512];
    snprintf(path, sizeof path, "%s/stderr.txt", dir);
    CHECK(aw_exec(S, "def f():\n    return 1 + ''\nf()\n", "<host>",
                  AW_NULL) == AW_ERROR);
    char want[1024];
    snprintf(want, sizeof want, "%s", aw_error_traceback(S));
    fflush(stderr);
    int saved = dup(2);
    FILE *fp = fopen(path, "w+");
    if (fp == NULL || saved < 0) {
        CHECK(!"cannot redirect stderr");
        return;
    }
    dup2(fileno(fp), 2);
    aw_error_print(S);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    char got[1024] = "";
    rewind(fp);
    size_t n = fread(got, 1, sizeof got - 1, fp);
    got[n] = '\0';
    fclose(fp);
    CHECK_STR(got, want);
    CHECK_STR(got, "Traceback (most recent call last):\n"
                   "  File \"<host>\", line 3, in <module>\n"
                   "  File \"<host>\", line 2, in f\n"
                   "TypeError: unsupported operand type(s) for +: 'int' and "
                   "'str'\n");
    CHECK(!aw_error_occurred(S));
    aw_error_print(S); /* nothing recorded: nothing written */
}

int main(void)
{
    snprintf(dir, sizeof dir, "/tmp/aw_api_errors_XXXXXX");
    if (mkdtemp(dir) == NULL) {
        perror("mkdtemp");
        return 1;
    }
    AwState *S = aw_new();
    size_t start = aw_handle_count(S);
    test_record(S);
    test_raise(S);
    test_print(S);
    CHECK(aw_handle_count(S) == start);
    aw_free(S);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        printf("could not remove %s\n", dir);
    return done_testing("errors");
}
