/* The embedding API's configuration and limits: the memory limit and
 * recovery from MemoryError, the instruction budget and the interrupt
 * (which scripts cannot catch, in tasks and across awaits too), the
 * recursion limit, the sandbox's capabilities, module_path, output
 * capture, userdata, and an allocator that gets every byte back. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "aw.h"
#include "check.h"

/* ------------------------------------------------------------------ */
/* Output capture                                                      */

typedef struct Capture {
    char out[1 << 16], err[1 << 16];
    size_t nout, nerr;
    int flushes;
} Capture;

static void append(char *buf, size_t *n, const char *data, size_t len)
{
    if (len > (1 << 16) - 1 - *n)
        len = (1 << 16) - 1 - *n;
    memcpy(buf + *n, data, len);
    *n += len;
    buf[*n] = '\0';
}

static void cap_out(void *ud, const char *data, size_t len)
{
    Capture *c = ud;
    if (data == NULL)
        c->flushes++;
    else
        append(c->out, &c->nout, data, len);
}

static void cap_err(void *ud, const char *data, size_t len)
{
    Capture *c = ud;
    if (data != NULL)
        append(c->err, &c->nerr, data, len);
}

static void cap_reset(Capture *c)
{
    c->nout = c->nerr = 0;
    c->out[0] = c->err[0] = '\0';
}

/* The last non-empty line of the error output. */
static const char *last_err_line(Capture *c)
{
    static char line[512];
    size_t end = c->nerr;
    while (end > 0 && c->err[end - 1] == '\n')
        end--;
    size_t start = end;
    while (start > 0 && c->err[start - 1] != '\n')
        start--;
    size_t n = end - start < sizeof line - 1 ? end - start : sizeof line - 1;
    memcpy(line, c->err + start, n);
    line[n] = '\0';
    return line;
}

static AwState *new_captured(AwConfig *c, Capture *cap)
{
    c->write_out = cap_out;
    c->write_err = cap_err;
    c->write_ud = cap;
    cap_reset(cap);
    return aw_new_config(c);
}

/* Runs code with fresh capture; the exit status. */
static int run(AwState *S, Capture *cap, const char *code)
{
    cap_reset(cap);
    return aw_run_string(S, code, "<test>");
}

/* Under AW_GC_STRESS=1 (a collection at every allocation) the memory
 * tests work on a tenth of the data. */
static int stress;

/* run() of printf-formatted code. */
static int runf(AwState *S, Capture *cap, const char *fmt, int n)
{
    char code[1024];
    snprintf(code, sizeof code, fmt, n, n);
    return run(S, cap, code);
}

/* ------------------------------------------------------------------ */
/* A counting allocator                                                */

/* Each block carries its size in a header, so that the oldsize aw
 * states can be checked against what it asked for. */
typedef struct Counter {
    size_t live, peak, calls, bad_sizes;
} Counter;

#define HDR 16

static void *count_alloc(void *ud, void *ptr, size_t oldsize, size_t newsize)
{
    Counter *c = ud;
    c->calls++;
    char *p = ptr ? (char *)ptr - HDR : NULL;
    if (p != NULL && memcmp(p, &oldsize, sizeof oldsize) != 0)
        c->bad_sizes++;
    if (newsize == 0) {
        c->live -= oldsize;
        free(p);
        return NULL;
    }
    char *q = realloc(p, newsize + HDR);
    if (q == NULL)
        return NULL;
    memcpy(q, &newsize, sizeof newsize);
    c->live += newsize - (p ? oldsize : 0);
    if (c->live > c->peak)
        c->peak = c->live;
    return q + HDR;
}

/* ------------------------------------------------------------------ */
/* Memory                                                              */

static const char fill_list[] =
    "l = []\n"
    "try:\n"
    "    while True:\n"
    "        l.append('x' * 1000 + str(len(l)))\n"
    "except MemoryError:\n"
    "    n = len(l)\n"
    "    l = None\n"
    "    print('caught', n > 100)\n"
    "print(sum(range(1000)))\n";

static void test_memory_limit(void)
{
    Capture cap;
    Counter cnt = {0};
    AwConfig c;
    aw_config_init(&c);
    c.alloc = count_alloc;
    c.alloc_ud = &cnt;
    c.memory_limit = stress ? 2u << 20 : 20u << 20;
    int n = stress ? 10000 : 100000;
    char want[64];
    snprintf(want, sizeof want, "%d\n", n);
    AwState *S = new_captured(&c, &cap);
    CHECK(S != NULL);
    if (S == NULL)
        return;
    CHECK(aw_memory_used(S) > 0 && aw_memory_used(S) < c.memory_limit);
    CHECK(run(S, &cap, fill_list) == 0);
    CHECK_STR(cap.out, "caught True\n499500\n");
    CHECK(aw_memory_used(S) <= c.memory_limit);
    /* the list is garbage now: a collection gives its room back */
    aw_gc(S);
    CHECK(aw_memory_used(S) < c.memory_limit / 4);
    /* uncaught, in the middle of a big allocation */
    CHECK(run(S, &cap, "x = [0] * (10 ** 8)\n") == 1);
    CHECK_STR(last_err_line(&cap), "MemoryError");
    CHECK(runf(S, &cap, "d = {i: str(i) for i in range(%d)}\n"
                        "print(len(d))\n", n) == 0);
    CHECK_STR(cap.out, want);
    /* a string too large, bytes, a growing dict: each a MemoryError */
    CHECK(run(S, &cap, "try:\n    s = 'ab' * (10 ** 8)\n"
                       "except MemoryError as e:\n    print('str', e)\n"
                       "try:\n    b = bytes(10 ** 8)\n"
                       "except MemoryError:\n    print('bytes')\n"
                       "d = {}\ntry:\n    for i in range(10 ** 7):\n"
                       "        d[i] = [i]\n"
                       "except MemoryError:\n    d = None\n"
                       "    print('dict')\n") == 0);
    CHECK_STR(cap.out, "str \nbytes\ndict\n");
    /* deep recursion meets the limit or the recursion limit, cleanly */
    aw_set_recursion_limit(S, 100000);
    CHECK(run(S, &cap, "def f(n):\n    return f(n + 1) + 1\n"
                       "try:\n    f(0)\n"
                       "except (MemoryError, RecursionError):\n"
                       "    print('deep')\n") == 0);
    CHECK_STR(cap.out, "deep\n");
    /* lowering the limit below what is in use */
    aw_set_memory_limit(S, aw_memory_used(S) / 2);
    CHECK(runf(S, &cap, "x = [str(i) for i in range(%d)]\n", n) == 1);
    CHECK_STR(last_err_line(&cap), "MemoryError");
    aw_set_memory_limit(S, 0);
    CHECK(runf(S, &cap, "x = [str(i) for i in range(%d)]\n"
                        "print(len(x))\n", n) == 0);
    CHECK_STR(cap.out, want);
    aw_free(S);
    CHECK(cnt.live == 0);
    CHECK(cnt.bad_sizes == 0);
    CHECK(cnt.peak > 0 && cnt.peak < 2 * c.memory_limit);
}

/* An interpreter that cannot start within its limit is not made. */
static void test_memory_too_small(void)
{
    Counter cnt = {0};
    AwConfig c;
    aw_config_init(&c);
    c.alloc = count_alloc;
    c.alloc_ud = &cnt;
    c.memory_limit = 4096;
    AwState *S = aw_new_config(&c);
    CHECK(S == NULL);
    aw_free(S);
    CHECK(cnt.live == 0);
    CHECK(cnt.bad_sizes == 0);
}

/* ------------------------------------------------------------------ */
/* The instruction budget                                              */

static void expect_interrupted(AwState *S, Capture *cap, const char *code,
                               const char *why)
{
    char want[128];
    snprintf(want, sizeof want, "Interrupted: %s", why);
    int st = run(S, cap, code);
    CHECK(st == 1);
    CHECK_STR(last_err_line(cap), want);
    if (st != 1 || strcmp(last_err_line(cap), want) != 0)
        printf("  in:\n%s", code);
}

static void test_budget(void)
{
    Capture cap;
    AwConfig c;
    aw_config_init(&c);
    c.instruction_budget = 1000000;
    AwState *S = new_captured(&c, &cap);
    CHECK(aw_budget_left(S) == 1000000);
    CHECK(run(S, &cap, "i = 0\nwhile i < 10000:\n    i += 1\n") == 0);
    uint64_t used = 1000000 - aw_budget_left(S);
    CHECK(used >= 10000 && used <= 200000);

    expect_interrupted(S, &cap, "while True:\n    pass\n",
                       "instruction budget exhausted");
    CHECK(aw_budget_left(S) == 0);
    CHECK(strstr(cap.err, "line 2") != NULL ||
          strstr(cap.err, "line 1") != NULL);
    /* sticky: nothing runs until the host renews the budget */
    expect_interrupted(S, &cap, "print('no')\nfor i in range(10): pass\n",
                       "instruction budget exhausted");
    CHECK_STR(cap.out, "");
    aw_set_budget(S, 1000000);
    CHECK(run(S, &cap, "print(1 + 1)\n") == 0);
    CHECK_STR(cap.out, "2\n");

    /* no handler runs: not except, not finally, not __exit__ */
    expect_interrupted(S, &cap,
                       "class CM:\n"
                       "    def __enter__(self): return self\n"
                       "    def __exit__(self, *a):\n"
                       "        print('exit')\n        return True\n"
                       "def spin():\n"
                       "    while True:\n        pass\n"
                       "try:\n"
                       "    with CM():\n"
                       "        try:\n            spin()\n"
                       "        except BaseException:\n"
                       "            print('caught')\n"
                       "            while True: pass\n"
                       "        finally:\n            print('finally')\n"
                       "except:\n    print('bare')\n"
                       "print('after')\n",
                       "instruction budget exhausted");
    CHECK_STR(cap.out, "");

    /* recursion without loops ticks too */
    aw_set_budget(S, 100000);
    expect_interrupted(S, &cap,
                       "def fib(n): return n if n < 2 else "
                       "fib(n - 1) + fib(n - 2)\nfib(40)\n",
                       "instruction budget exhausted");
    /* and C loops that call aw code */
    aw_set_budget(S, 100000);
    expect_interrupted(S, &cap,
                       "import itertools\n"
                       "for x in map(lambda i: i, itertools.count()):\n"
                       "    pass\n",
                       "instruction budget exhausted");
    aw_set_budget(S, 100000);
    expect_interrupted(S, &cap,
                       "import itertools\n"
                       "sum(map(lambda i: i, itertools.count()))\n",
                       "instruction budget exhausted");
    /* generators that swallow everything */
    aw_set_budget(S, 100000);
    expect_interrupted(S, &cap,
                       "def g():\n    while True:\n        try:\n"
                       "            yield 1\n"
                       "        except BaseException:\n            pass\n"
                       "for x in g():\n    pass\n",
                       "instruction budget exhausted");
    /* the class is no builtin a script could name */
    aw_set_budget(S, 0);
    CHECK(aw_budget_left(S) == UINT64_MAX);
    CHECK(run(S, &cap, "import builtins\n"
                       "print(hasattr(builtins, 'Interrupted'))\n") == 0);
    CHECK_STR(cap.out, "False\n");
    /* aw_exec records it as the error "Interrupted" */
    aw_set_budget(S, 5000);
    CHECK(aw_exec(S, "while True:\n    pass\n", NULL, AW_NULL) == AW_ERROR);
    CHECK_STR(aw_error_type(S), "Interrupted");
    CHECK_STR(aw_error_message(S), "instruction budget exhausted");
    aw_error_clear(S);
    aw_set_budget(S, 0);
    CHECK(aw_exec(S, "x = 5\n", NULL, AW_NULL) == AW_OK);
    aw_free(S);
}

/* A host function that calls back into a looping script function: the
 * stop reaches it as an error, and passes through it. */
static AwValue host_call_back(AwState *S, int argc, const AwValue *argv,
                              AwValue kwargs, void *ud)
{
    int *seen = ud;
    AwValue r = aw_call(S, argv[0], 0, NULL, AW_NULL);
    if (r == AW_NULL && strcmp(aw_error_type(S), "Interrupted") == 0)
        (*seen)++;
    return r;
}

static void test_budget_host_function(void)
{
    Capture cap;
    AwConfig c;
    aw_config_init(&c);
    c.instruction_budget = 200000;
    AwState *S = new_captured(&c, &cap);
    int seen = 0;
    AwValue m = aw_module(S, "host");
    CHECK(aw_def(S, m, "call", host_call_back, &seen) == AW_OK);
    aw_release(S, m);
    expect_interrupted(S, &cap,
                       "import host\n"
                       "def spin():\n    while True: pass\n"
                       "try:\n    host.call(spin)\n"
                       "except BaseException:\n    print('caught')\n",
                       "instruction budget exhausted");
    CHECK(seen == 1);
    CHECK_STR(cap.out, "");
    aw_free(S);
}

static const char busy_task[] =
    "import asyncio\n"
    "async def busy():\n"
    "    while True:\n        pass\n"
    "async def idle(i):\n"
    "    try:\n        await asyncio.sleep(0.01)\n"
    "    finally:\n        print('idle', i)\n"
    "async def main():\n"
    "    try:\n"
    "        await asyncio.gather(idle(1), busy(), idle(2))\n"
    "    except BaseException:\n        print('main caught')\n"
    "try:\n    asyncio.run(main())\n"
    "except BaseException:\n    print('run caught')\n";

static const char spin_awaits[] =
    "import asyncio\n"
    "async def main():\n"
    "    while True:\n"
    "        try:\n            await asyncio.sleep(0)\n"
    "        except BaseException:\n            print('caught')\n"
    "asyncio.run(main())\n";

static const char tasks_ping[] =
    "import asyncio\n"
    "async def ping(q, r):\n"
    "    while True:\n"
    "        await r.put(await q.get())\n"
    "async def main():\n"
    "    a, b = asyncio.Queue(), asyncio.Queue()\n"
    "    await a.put(1)\n"
    "    t = [asyncio.create_task(ping(a, b)),\n"
    "         asyncio.create_task(ping(b, a))]\n"
    "    await asyncio.sleep(3600)\n"
    "asyncio.run(main())\n";

static void test_budget_async(void)
{
    Capture cap;
    AwConfig c;
    aw_config_init(&c);
    c.instruction_budget = 300000;
    c.virtual_time = 1;
    AwState *S = new_captured(&c, &cap);
    expect_interrupted(S, &cap, busy_task, "instruction budget exhausted");
    CHECK_STR(cap.out, "");
    CHECK(strstr(cap.err, "destroyed") == NULL);
    CHECK(strstr(cap.err, "never awaited") == NULL);
    aw_set_budget(S, 300000);
    expect_interrupted(S, &cap, spin_awaits, "instruction budget exhausted");
    CHECK_STR(cap.out, "");
    aw_set_budget(S, 300000);
    expect_interrupted(S, &cap, tasks_ping, "instruction budget exhausted");
    CHECK(strstr(cap.err, "destroyed") == NULL);
    /* renewed, asyncio works again */
    aw_set_budget(S, 1000000);
    CHECK(run(S, &cap, "import asyncio\n"
                       "async def f(x):\n"
                       "    await asyncio.sleep(0.1)\n    return x * 2\n"
                       "async def main():\n"
                       "    print(await asyncio.gather(f(1), f(2)))\n"
                       "asyncio.run(main())\n") == 0);
    CHECK_STR(cap.out, "[2, 4]\n");
    aw_free(S);
}

/* The host loop: a round fails with the stop; the busy task is over
 * (cancelled, for its awaiters), the others go on once the budget is
 * renewed. */
static void test_budget_host_loop(void)
{
    Capture cap;
    AwConfig c;
    aw_config_init(&c);
    c.virtual_time = 1;
    AwState *S = new_captured(&c, &cap);
    CHECK(aw_exec(S, "import asyncio\n"
                     "async def spin():\n"
                     "    while True:\n        pass\n"
                     "async def waiter(t):\n"
                     "    try:\n        await t\n"
                     "    except asyncio.CancelledError:\n"
                     "        return 'cancelled'\n"
                     "async def ticker(n):\n"
                     "    for i in range(n):\n"
                     "        await asyncio.sleep(0.1)\n"
                     "    return n\n",
                  NULL, AW_NULL) == AW_OK);
    AwValue coro = aw_eval(S, "spin()", AW_NULL);
    AwValue spin = aw_start(S, coro, NULL, NULL);
    aw_release(S, coro);
    AwValue wfn = aw_get_global(S, AW_NULL, "waiter");
    coro = aw_call(S, wfn, 1, &spin, AW_NULL);
    AwValue waiter = aw_start(S, coro, NULL, NULL);
    aw_release(S, coro);
    aw_release(S, wfn);
    coro = aw_eval(S, "ticker(3)", AW_NULL);
    AwValue ticker = aw_start(S, coro, NULL, NULL);
    aw_release(S, coro);
    CHECK(spin && waiter && ticker);

    aw_set_budget(S, 100000);
    CHECK(aw_loop_run_once(S, 0) == AW_ERROR);
    CHECK_STR(aw_error_type(S), "Interrupted");
    aw_error_clear(S);
    CHECK(aw_future_state(S, spin) == AW_CANCELLED);
    /* still stopped: nothing runs */
    CHECK(aw_loop_run_once(S, 0) == AW_ERROR);
    CHECK_STR(aw_error_type(S), "Interrupted");
    aw_error_clear(S);
    aw_set_budget(S, 0);
    for (int i = 0; i < 100 && aw_loop_tasks(S) > 0; i++)
        CHECK(aw_loop_run_once(S, -1) == AW_OK);
    CHECK(aw_loop_tasks(S) == 0);
    AwValue r = aw_future_result(S, waiter);
    CHECK(r != AW_NULL && aw_to_str(S, r, NULL) != NULL &&
          strcmp(aw_to_str(S, r, NULL), "cancelled") == 0);
    aw_release(S, r);
    int64_t n = 0;
    r = aw_future_result(S, ticker);
    CHECK(r != AW_NULL && aw_to_int64(S, r, &n) == AW_OK && n == 3);
    aw_release(S, r);
    CHECK(aw_loop_close(S) == AW_OK);
    aw_release(S, spin);
    aw_release(S, waiter);
    aw_release(S, ticker);
    CHECK(strstr(cap.err, "destroyed") == NULL);
    aw_free(S);
}

/* ------------------------------------------------------------------ */
/* The interrupt                                                       */

typedef struct Stopper {
    int calls, stop_at;
} Stopper;

static int stop_after(AwState *S, void *ud)
{
    Stopper *s = ud;
    s->calls++;
    return s->stop_at > 0 && s->calls >= s->stop_at;
}

static void test_interrupt(void)
{
    Capture cap;
    Stopper st = {0, 5};
    AwConfig c;
    aw_config_init(&c);
    c.interrupt = stop_after;
    c.interrupt_ud = &st;
    AwState *S = new_captured(&c, &cap);
    expect_interrupted(S, &cap,
                       "try:\n    while True:\n        pass\n"
                       "finally:\n    print('finally')\n",
                       "interrupted by the host");
    CHECK(st.calls == 5);
    CHECK_STR(cap.out, "");
    /* the halt ends at the host: the next call runs */
    st.stop_at = 0;
    st.calls = 0;
    CHECK(run(S, &cap, "i = 0\nwhile i < 1000000:\n    i += 1\n"
                       "print(i)\n") == 0);
    CHECK_STR(cap.out, "1000000\n");
    /* about every AW_INTERRUPT_INTERVAL instructions */
    CHECK(st.calls >= 1000000 / AW_INTERRUPT_INTERVAL &&
          st.calls <= 20 * 1000000 / AW_INTERRUPT_INTERVAL);
    /* and at every await */
    st.calls = 0;
    st.stop_at = 100;
    expect_interrupted(S, &cap, spin_awaits, "interrupted by the host");
    CHECK(st.calls == 100);
    CHECK_STR(cap.out, "");
    /* no interrupt any more */
    aw_set_interrupt(S, NULL, NULL);
    st.calls = 0;
    CHECK(run(S, &cap, "for i in range(100000): pass\nprint('ok')\n") == 0);
    CHECK_STR(cap.out, "ok\n");
    CHECK(st.calls == 0);
    aw_free(S);
}

/* A wall-clock limit: the interrupt holds while a script waits, in
 * time.sleep and in the loop's wait for a far timer, which spend no
 * budget. */
static double mono(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int past_deadline(AwState *S, void *ud)
{
    return mono() > *(double *)ud;
}

static void test_interrupt_while_waiting(void)
{
    Capture cap;
    double deadline = 0;
    AwConfig c;
    aw_config_init(&c);
    c.interrupt = past_deadline;
    c.interrupt_ud = &deadline;
    AwState *S = new_captured(&c, &cap);
    const char *const waits[] = {
        "import time\ntime.sleep(3600)\n",
        "import asyncio\nasyncio.run(asyncio.sleep(3600))\n",
        "import asyncio\nasync def main():\n"
        "    await asyncio.get_running_loop().create_future()\n"
        "asyncio.run(asyncio.wait_for(main(), 3600))\n",
    };
    for (size_t i = 0; i < sizeof waits / sizeof *waits; i++) {
        double t0 = mono();
        deadline = t0 + 0.05;
        expect_interrupted(S, &cap, waits[i], "interrupted by the host");
        CHECK(mono() - t0 < 2.0);
    }
    aw_free(S);
}

/* ------------------------------------------------------------------ */
/* Recursion                                                           */

static void test_recursion_limit(void)
{
    Capture cap;
    AwConfig c;
    aw_config_init(&c);
    c.recursion_limit = 50;
    AwState *S = new_captured(&c, &cap);
    CHECK(run(S, &cap, "import sys\nprint(sys.getrecursionlimit())\n"
                       "def f(n): return f(n + 1)\nf(0)\n") == 1);
    CHECK_STR(cap.out, "50\n");
    CHECK_STR(last_err_line(&cap),
              "RecursionError: maximum recursion depth exceeded");
    CHECK(run(S, &cap, "def f(n): return n if n == 0 else f(n - 1)\n"
                       "print(f(40))\n") == 0);
    CHECK_STR(cap.out, "0\n");
    CHECK(aw_set_recursion_limit(S, 0) == AW_ERROR);
    CHECK_STR(aw_error_type(S), "ValueError");
    aw_error_clear(S);
    CHECK(aw_set_recursion_limit(S, 100001) == AW_ERROR);
    aw_error_clear(S);
    CHECK(aw_set_recursion_limit(S, 200) == AW_OK);
    CHECK(run(S, &cap, "import sys\nprint(sys.getrecursionlimit())\n"
                       "def f(n): return n if n == 0 else f(n - 1)\n"
                       "print(f(150))\n") == 0);
    CHECK_STR(cap.out, "200\n0\n");
    aw_free(S);
}

/* ------------------------------------------------------------------ */
/* The sandbox                                                         */

static void test_sandbox(void)
{
    Capture cap;
    AwConfig c;
    aw_config_sandbox(&c);
    CHECK(c.modules == AW_MODULES_SANDBOX && c.use_environment == 0);
    AwState *S = new_captured(&c, &cap);
    CHECK(run(S, &cap, "import os\n") == 1);
    CHECK_STR(last_err_line(&cap),
              "ModuleNotFoundError: No module named 'os'");
    CHECK(run(S, &cap, "import os.path\n") == 1);
    CHECK_STR(last_err_line(&cap),
              "ModuleNotFoundError: No module named 'os'");
    CHECK(run(S, &cap, "import posixpath\n") == 1);
    CHECK_STR(last_err_line(&cap),
              "ModuleNotFoundError: No module named 'posixpath'");
    CHECK(run(S, &cap, "open('/etc/passwd')\n") == 1);
    CHECK_STR(last_err_line(&cap), "NameError: name 'open' is not defined");
    CHECK(run(S, &cap, "import io\nprint(hasattr(io, 'open'), "
                       "hasattr(io, 'FileIO'), hasattr(io, 'StringIO'))\n"
                       "import _io\nprint(hasattr(_io, 'open'))\n") == 0);
    CHECK_STR(cap.out, "False False True\nFalse\n");
    CHECK(run(S, &cap, "import sys\nprint(hasattr(sys, 'exit'))\n") == 0);
    CHECK_STR(cap.out, "False\n");
    CHECK(run(S, &cap, "exit(3)\n") == 1);
    CHECK_STR(last_err_line(&cap), "NameError: name 'exit' is not defined");
    CHECK(run(S, &cap, "quit()\n") == 1);
    CHECK_STR(last_err_line(&cap), "NameError: name 'quit' is not defined");
    /* what a sandbox keeps: computing, printing, asyncio */
    CHECK(run(S, &cap, "import math, json, asyncio, io\n"
                       "async def f(): return math.sqrt(16)\n"
                       "b = io.StringIO()\nb.write('x')\n"
                       "print(asyncio.run(f()), json.dumps([1]), "
                       "b.getvalue())\n") == 0);
    CHECK_STR(cap.out, "4.0 [1] x\n");
    aw_free(S);

    /* one capability granted */
    aw_config_sandbox(&c);
    c.modules = AW_MOD_EXIT;
    S = new_captured(&c, &cap);
    CHECK(run(S, &cap, "exit(3)\n") == 3);
    CHECK(run(S, &cap, "quit(code=4)\n") == 4);
    CHECK(run(S, &cap, "import sys\nsys.exit(5)\n") == 5);
    CHECK(run(S, &cap, "import os\n") == 1);
    aw_free(S);

    /* everything: the aw command's defaults */
    aw_config_init(&c);
    S = new_captured(&c, &cap);
    CHECK(run(S, &cap, "import os, os.path\n"
                       "print(os.path.join('a', 'b'), callable(open))\n") ==
          0);
    CHECK_STR(cap.out, "a/b True\n");
    CHECK(run(S, &cap, "exit(7)\n") == 7);
    aw_free(S);
}

/* The environment is read only when the host says so. */
static void test_environment(void)
{
    Capture cap;
    AwConfig c;
    setenv("AW_PATH", "/from/the/environment", 1);
    aw_config_sandbox(&c);
    AwState *S = new_captured(&c, &cap);
    CHECK(run(S, &cap, "import sys\n"
                       "print('/from/the/environment' in sys.path)\n") ==
          0);
    CHECK_STR(cap.out, "False\n");
    aw_free(S);
    aw_config_init(&c);
    S = new_captured(&c, &cap);
    CHECK(run(S, &cap, "import sys\n"
                       "print('/from/the/environment' in sys.path)\n") ==
          0);
    CHECK_STR(cap.out, "True\n");
    aw_free(S);
    unsetenv("AW_PATH");
}

/* ------------------------------------------------------------------ */
/* module_path, output, userdata, the config's size                    */

static void test_module_path(void)
{
    char dir[] = "/tmp/aw_limits_XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[256], mp[512];
    snprintf(path, sizeof path, "%s/hostmod.aw", dir);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (f == NULL)
        return;
    fputs("X = 42\ndef twice(x):\n    return 2 * x\n", f);
    fclose(f);
    snprintf(mp, sizeof mp, "/nonexistent/dir:%s", dir);
    Capture cap;
    AwConfig c;
    aw_config_sandbox(&c);
    c.module_path = mp;
    AwState *S = new_captured(&c, &cap);
    mp[0] = 'X'; /* the path was copied */
    CHECK(run(S, &cap, "import hostmod, sys\n"
                       "print(hostmod.X, hostmod.twice(4))\n"
                       "print(sys.path[1:])\n") == 0);
    char want[512];
    snprintf(want, sizeof want, "42 8\n['/nonexistent/dir', '%s']\n", dir);
    CHECK_STR(cap.out, want);
    CHECK(run(S, &cap, "import nosuchmod\n") == 1);
    CHECK_STR(last_err_line(&cap),
              "ModuleNotFoundError: No module named 'nosuchmod'");
    aw_free(S);
    unlink(path);
    rmdir(dir);
}

static void test_output(void)
{
    Capture cap;
    AwConfig c;
    aw_config_sandbox(&c);
    AwState *S = new_captured(&c, &cap);
    CHECK(run(S, &cap, "import sys\nprint('hello', 42)\n"
                       "print('to err', file=sys.stderr)\n"
                       "sys.stdout.flush()\n1 / 0\n") == 1);
    CHECK_STR(cap.out, "hello 42\n");
    CHECK(strncmp(cap.err, "to err\nTraceback (most recent call last):\n",
                  42) == 0);
    CHECK(strstr(cap.err, "  File \"<test>\", line 5, in <module>\n") !=
          NULL);
    CHECK_STR(last_err_line(&cap), "ZeroDivisionError: division by zero");
    CHECK(cap.flushes >= 1);
    aw_free(S);
}

static void test_userdata_and_size(void)
{
    int a, b;
    AwConfig c;
    aw_config_sandbox(&c);
    c.userdata = &a;
    AwState *S = aw_new_config(&c);
    CHECK(aw_userdata(S) == &a);
    aw_set_userdata(S, &b);
    CHECK(aw_userdata(S) == &b);
    aw_free(S);
    c.size = sizeof c - 8;
    CHECK(aw_new_config(&c) == NULL);
    CHECK(aw_new_config(NULL) == NULL);
    /* the defaults */
    aw_config_init(&c);
    CHECK(c.size == sizeof c && c.alloc == NULL && c.memory_limit == 0 &&
          c.instruction_budget == 0 && c.recursion_limit == 1000 &&
          c.modules == AW_MODULES_ALL && c.use_environment == 1 &&
          c.virtual_time == 0 && c.write_out == NULL);
    /* NULL interpreters are refused, not dereferenced */
    CHECK(aw_userdata(NULL) == NULL);
    CHECK(aw_memory_used(NULL) == 0);
    CHECK(aw_set_recursion_limit(NULL, 10) == AW_ERROR);
}

/* Every byte and every block goes back to the host's allocator, through
 * a run that uses much of the runtime. */
static void test_allocator_balance(void)
{
    Counter cnt = {0};
    Capture cap;
    AwConfig c;
    aw_config_init(&c);
    c.alloc = count_alloc;
    c.alloc_ud = &cnt;
    AwState *S = new_captured(&c, &cap);
    CHECK(run(S, &cap,
              "import asyncio, json, collections\n"
              "class P:\n    def __init__(self, x): self.x = x\n"
              "async def f(i):\n    await asyncio.sleep(0)\n    return i\n"
              "async def main():\n"
              "    return sum(await asyncio.gather(*(f(i) for i in "
              "range(100))))\n"
              "d = collections.Counter('abracadabra')\n"
              "print(asyncio.run(main()), json.dumps(d['a']), "
              "[P(i).x for i in range(3)])\n") == 0);
    CHECK_STR(cap.out, "4950 5 [0, 1, 2]\n");
    CHECK(cnt.live > 0);
    aw_free(S);
    CHECK(cnt.live == 0);
    CHECK(cnt.bad_sizes == 0);
}

int main(void)
{
    const char *st = getenv("AW_GC_STRESS");
    stress = st != NULL && *st != '\0' && *st != '0';
    test_memory_limit();
    test_memory_too_small();
    test_budget();
    test_budget_host_function();
    test_budget_async();
    test_budget_host_loop();
    test_interrupt();
    test_interrupt_while_waiting();
    test_recursion_limit();
    test_sandbox();
    test_environment();
    test_module_path();
    test_output();
    test_userdata_and_size();
    test_allocator_balance();
    return done_testing("limits");
}
