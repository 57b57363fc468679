/* Async host functions and the host-driven loop (include/aw.h): a C
 * module whose async function returns a future the host completes later,
 * aw_run, aw_start and the rounds of the host loop, aw_loop_close. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "aw.h"
#include "check.h"

static AwState *S;

/* ------------------------------------------------------------------ */
/* Helpers                                                             */

static void exec_ok(const char *code)
{
    int r = aw_exec(S, code, "<test>", AW_NULL);
    if (r != AW_OK)
        printf("exec failed: %s: %s\n%s\n", aw_error_type(S),
               aw_error_message(S), aw_error_traceback(S));
    CHECK(r == AW_OK);
}

/* The value of a str expression (a static copy; "" on error). */
static const char *eval_str(const char *expr)
{
    static char buf[4][1024];
    static int turn;
    char *out = buf[turn++ % 4];
    out[0] = '\0';
    AwValue v = aw_eval(S, expr, AW_NULL);
    const char *s = v ? aw_to_str(S, v, NULL) : NULL;
    if (s == NULL)
        printf("eval %s failed: %s: %s\n", expr, aw_error_type(S),
               aw_error_message(S));
    else
        snprintf(out, 1024, "%s", s);
    aw_release(S, v);
    return out;
}

/* The int result of a done task or future (-999 if none). */
static int64_t result_int(AwValue fut)
{
    int64_t n = -999;
    AwValue v = aw_future_result(S, fut);
    if (v == AW_NULL || aw_to_int64(S, v, &n) != AW_OK)
        printf("no int result: %s: %s\n", aw_error_type(S),
               aw_error_message(S));
    aw_release(S, v);
    return n;
}

static const char *result_str(AwValue fut)
{
    static char buf[512];
    AwValue v = aw_future_result(S, fut);
    const char *s = v ? aw_to_str(S, v, NULL) : NULL;
    snprintf(buf, sizeof buf, "%s", s ? s : "(none)");
    aw_release(S, v);
    return buf;
}

/* Rounds of the host loop while something is ready. */
static int run_ready(void)
{
    int n = 0;
    while (aw_loop_next_timeout(S) == 0 && n < 1000) {
        CHECK(aw_loop_run_once(S, 0) == AW_OK);
        n++;
    }
    return n;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ------------------------------------------------------------------ */
/* The host module: host.fetch(n) returns a host future, kept here     */

typedef struct Pending {
    AwValue fut; /* the host's own handle */
    int64_t arg;
    int cancels;
} Pending;

#define MAXP 64
static Pending pend[MAXP];
static int npend, total_cancels;

static void on_cancel(AwState *S_, AwValue fut, void *ud)
{
    Pending *p = ud;
    p->cancels++;
    total_cancels++;
    CHECK(aw_future_state(S_, fut) == AW_CANCELLED);
    CHECK(aw_is(S_, fut, p->fut) == 1);
}

static AwValue h_fetch(AwState *S_, int argc, const AwValue *argv,
                       AwValue kwargs, void *ud)
{
    int64_t n = 0;
    if (argc > 0 && aw_to_int64(S_, argv[0], &n) != AW_OK)
        return AW_NULL;
    if (npend == MAXP)
        return aw_raise(S_, "RuntimeError", "too many"), AW_NULL;
    AwValue f = aw_future(S_);
    if (f == AW_NULL)
        return AW_NULL;
    Pending *p = &pend[npend++];
    p->fut = aw_dup(S_, f);
    p->arg = n;
    p->cancels = 0;
    CHECK(aw_future_on_cancel(S_, f, on_cancel, p) == AW_OK);
    return f;
}

/* host.soon(n): a future that a post completes with n * 2 */
static void post_resolve(AwState *S_, void *ud)
{
    Pending *p = ud;
    AwValue v = aw_int(S_, p->arg * 2);
    CHECK(aw_future_resolve(S_, p->fut, v) == AW_OK);
    aw_release(S_, v);
}

static AwValue h_soon(AwState *S_, int argc, const AwValue *argv,
                      AwValue kwargs, void *ud)
{
    AwValue f = h_fetch(S_, argc, argv, kwargs, ud);
    if (f != AW_NULL)
        CHECK(aw_post(S_, post_resolve, &pend[npend - 1]) == AW_OK);
    return f;
}

/* host.nested(): what the loop functions say from inside a running loop */
static AwValue h_nested(AwState *S_, int argc, const AwValue *argv,
                        AwValue kwargs, void *ud)
{
    CHECK(aw_loop_run_once(S_, 0) == AW_ERROR);
    CHECK_STR(aw_error_type(S_), "RuntimeError");
    AwValue coro = aw_eval(S_, "asyncio.sleep(0)", AW_NULL);
    CHECK(aw_run(S_, coro) == AW_NULL);
    CHECK_STR(aw_error_type(S_), "RuntimeError");
    CHECK_STR(aw_error_message(S_),
              "asyncio.run() cannot be called from a running event loop");
    aw_release(S_, coro);
    aw_error_clear(S_);
    return aw_cstr(S_, "nested ok");
}

static void reset_pending(void)
{
    for (int i = 0; i < npend; i++)
        aw_release(S, pend[i].fut);
    npend = 0;
    total_cancels = 0;
}

static void setup(void)
{
    S = aw_new();
    AwValue m = aw_module(S, "host");
    CHECK(m != AW_NULL);
    CHECK(aw_def(S, m, "fetch", h_fetch, NULL) == AW_OK);
    CHECK(aw_def(S, m, "soon", h_soon, NULL) == AW_OK);
    CHECK(aw_def(S, m, "nested", h_nested, NULL) == AW_OK);
    aw_release(S, m);
    exec_ok("import asyncio, host\n"
            "log = []\n"
            "async def worker(name, n):\n"
            "    log.append(f'{name} start')\n"
            "    v = await host.fetch(n)\n"
            "    log.append(f'{name} got {v}')\n"
            "    return v * 10\n"
            "async def catch(n):\n"
            "    try:\n"
            "        return await host.fetch(n)\n"
            "    except Exception as e:\n"
            "        return f'{type(e).__name__}: {e}'\n");
}

static void teardown(void)
{
    reset_pending();
    aw_free(S);
    S = NULL;
}

/* A coroutine from an expression. */
static AwValue coro(const char *expr)
{
    AwValue c = aw_eval(S, expr, AW_NULL);
    if (c == AW_NULL)
        printf("eval %s: %s: %s\n", expr, aw_error_type(S),
               aw_error_message(S));
    return c;
}

static AwValue start(const char *expr, AwDoneFn done, void *ud)
{
    AwValue c = coro(expr);
    AwValue t = aw_start(S, c, done, ud);
    aw_release(S, c);
    CHECK(t != AW_NULL);
    return t;
}

static int ndone;
static void count_done(AwState *S_, AwValue task, void *ud)
{
    ndone++;
    if (ud)
        *(int *)ud = aw_future_state(S_, task);
}

/* ------------------------------------------------------------------ */
/* Resolved by the host after some rounds                              */

static void test_after_rounds(void)
{
    setup();
    ndone = 0;
    int state = -5;
    AwValue t = start("worker('a', 1)", count_done, &state);
    CHECK(aw_loop_tasks(S) == 1);
    CHECK(aw_loop_next_timeout(S) == 0);
    for (int i = 0; i < 3; i++)
        CHECK(aw_loop_run_once(S, 0) == AW_OK);
    CHECK(npend == 1 && pend[0].arg == 1);
    CHECK(aw_future_state(S, pend[0].fut) == AW_PENDING);
    CHECK(aw_future_state(S, t) == AW_PENDING);
    /* nothing scheduled: only the host can end the wait */
    CHECK(aw_loop_next_timeout(S) == -1);
    /* a host future is pending: the round waits for a post, up to the
     * timeout */
    double t0 = now();
    CHECK(aw_loop_run_once(S, 0.02) == AW_OK);
    CHECK(now() - t0 >= 0.015);
    CHECK(aw_future_result(S, pend[0].fut) == AW_NULL);
    CHECK_STR(aw_error_type(S), "asyncio.exceptions.InvalidStateError");
    CHECK_STR(aw_error_message(S), "Result is not set.");
    aw_error_clear(S);
    AwValue v = aw_int(S, 42);
    CHECK(aw_future_resolve(S, pend[0].fut, v) == AW_OK);
    CHECK(aw_future_state(S, pend[0].fut) == AW_DONE);
    CHECK(result_int(pend[0].fut) == 42);
    /* resolving twice: InvalidStateError */
    CHECK(aw_future_resolve(S, pend[0].fut, v) == AW_ERROR);
    CHECK_STR(aw_error_type(S), "asyncio.exceptions.InvalidStateError");
    CHECK_STR(aw_error_message(S), "invalid state");
    aw_error_clear(S);
    aw_release(S, v);
    /* the awaiter wakes at the next round, its done callback one later */
    CHECK(aw_loop_next_timeout(S) == 0);
    CHECK(aw_loop_run_once(S, 0) == AW_OK);
    CHECK(aw_future_state(S, t) == AW_DONE);
    CHECK(ndone == 0);
    CHECK(aw_loop_tasks(S) == 0);
    CHECK(aw_loop_run_once(S, 0) == AW_OK);
    CHECK(ndone == 1 && state == AW_DONE);
    CHECK(result_int(t) == 420);
    CHECK_STR(eval_str("' | '.join(log)"), "a start | a got 42");
    CHECK(aw_loop_next_timeout(S) == -1);
    /* nothing pending at all: no wait could ever end, none is made */
    t0 = now();
    CHECK(aw_loop_run_once(S, -1) == AW_OK);
    CHECK(now() - t0 < 0.01);
    aw_release(S, t);
    CHECK(aw_loop_close(S) == AW_OK);
    teardown();
}

/* ------------------------------------------------------------------ */
/* Order of events: the same as CPython's for the equivalent program   */

/* CPython 3.11, where host.fetch makes loop.create_future() and the done
 * callbacks are add_done_callback's (tests/api/loop.c's comment in
 * test_order shows the program). */
static const char order_expected[] =
    "a start | tick 0 | b start | quick | tick 1 | quick done | tick 2 | "
    "b got 5 | a got 7 | tick 3 | b done 50 | a done 70 | t done None";

static void log_done(AwState *S_, AwValue task, void *ud)
{
    char code[128];
    AwValue r = aw_future_result(S_, task);
    AwValue s = r ? aw_str_of(S_, r) : AW_NULL;
    snprintf(code, sizeof code, "log.append('%s done %s')", (char *)ud,
             s ? aw_to_str(S_, s, NULL) : "?");
    aw_release(S_, r);
    aw_release(S_, s);
    CHECK(aw_exec(S_, code, NULL, AW_NULL) == AW_OK);
}

/* quick's done callback completes b's future with quick's result, then
 * a's with 7 */
static void quick_done(AwState *S_, AwValue task, void *ud)
{
    CHECK(aw_exec(S_, "log.append('quick done')", NULL, AW_NULL) == AW_OK);
    AwValue r = aw_future_result(S_, task);
    CHECK(npend == 2 && pend[1].arg == 2 && pend[0].arg == 1);
    CHECK(aw_future_resolve(S_, pend[1].fut, r) == AW_OK);
    aw_release(S_, r);
    AwValue seven = aw_int(S_, 7);
    CHECK(aw_future_resolve(S_, pend[0].fut, seven) == AW_OK);
    aw_release(S_, seven);
}

/* The Python program:
 *   loop = asyncio.new_event_loop(); asyncio.events._set_running_loop(loop)
 *   for name, c in (('a', worker('a', 1)), ('t', ticker()),
 *                   ('b', worker('b', 2))):
 *       loop.create_task(c).add_done_callback(done_log(name))
 *   loop.create_task(quick()).add_done_callback(quick_done)
 *   while loop._ready: loop._run_once()
 * prints order_expected after 6 rounds. */
static void test_order(void)
{
    setup();
    exec_ok("async def ticker():\n"
            "    for i in range(4):\n"
            "        log.append(f'tick {i}')\n"
            "        await asyncio.sleep(0)\n"
            "async def quick():\n"
            "    log.append('quick')\n"
            "    return 5\n");
    AwValue t[4];
    t[0] = start("worker('a', 1)", log_done, "a");
    t[1] = start("ticker()", log_done, "t");
    t[2] = start("worker('b', 2)", log_done, "b");
    t[3] = start("quick()", quick_done, NULL);
    CHECK(aw_loop_tasks(S) == 4);
    CHECK(run_ready() == 6);
    CHECK_STR(eval_str("' | '.join(log)"), order_expected);
    CHECK(aw_loop_tasks(S) == 0);
    for (int i = 0; i < 4; i++)
        aw_release(S, t[i]);
    teardown();
}

/* ------------------------------------------------------------------ */
/* A timer-driven host loop under virtual time                          */

static void test_timer_driven(void)
{
    setup();
    aw_set_virtual_time(S, 1);
    exec_ok("async def timed():\n"
            "    loop = asyncio.get_running_loop()\n"
            "    t0 = loop.time()\n"
            "    await asyncio.sleep(2)\n"
            "    v = await host.fetch(7)\n"
            "    await asyncio.sleep(1.5)\n"
            "    return f'{v} after {loop.time() - t0}'\n");
    AwValue t = start("timed()", NULL, NULL);
    char seen[256] = "";
    int rounds = 0;
    while (aw_loop_tasks(S) > 0 && rounds < 50) {
        double w = aw_loop_next_timeout(S);
        size_t n = strlen(seen);
        snprintf(seen + n, sizeof seen - n, "%s%g", n ? " " : "", w);
        if (w < 0) { /* only the host's work is left: it completes it */
            CHECK(npend == 1 && aw_future_state(S, pend[0].fut) == AW_PENDING);
            AwValue v = aw_int(S, pend[0].arg * 3);
            CHECK(aw_future_resolve(S, pend[0].fut, v) == AW_OK);
            aw_release(S, v);
        }
        CHECK(aw_loop_run_once(S, w) == AW_OK);
        rounds++;
    }
    /* the first step is ready (0); it sleeps (2); the timer fired and the
     * task is ready (0); it awaits the host (-1), which completes it: the
     * round runs its wakeup, it sleeps (1.5); ready (0); done */
    CHECK_STR(seen, "0 2 0 -1 1.5 0");
    CHECK_STR(result_str(t), "21 after 3.5");
    /* a round with a timeout moves the virtual clock by it */
    exec_ok("async def long():\n"
            "    await asyncio.sleep(5)\n");
    AwValue l = start("long()", NULL, NULL);
    CHECK(aw_loop_run_once(S, 0) == AW_OK);
    CHECK(fabs(aw_loop_next_timeout(S) - 5) < 1e-9);
    CHECK(aw_loop_run_once(S, 1.25) == AW_OK);
    CHECK(fabs(aw_loop_next_timeout(S) - 3.75) < 1e-9);
    CHECK(aw_loop_run_once(S, -1) == AW_OK); /* jumps to the timer */
    CHECK(aw_loop_next_timeout(S) == 0);
    CHECK(aw_loop_run_once(S, 0) == AW_OK);
    CHECK(aw_future_state(S, l) == AW_DONE);
    CHECK(aw_loop_next_timeout(S) == -1);
    aw_release(S, l);
    aw_release(S, t);
    teardown();
}

/* The same rounds in real time: the wait really sleeps. */
static void test_real_time(void)
{
    setup();
    exec_ok("async def nap():\n"
            "    await asyncio.sleep(0.05)\n"
            "    return 'rested'\n");
    AwValue t = start("nap()", NULL, NULL);
    CHECK(aw_loop_next_timeout(S) == 0);
    CHECK(aw_loop_run_once(S, 0) == AW_OK);
    double w = aw_loop_next_timeout(S);
    CHECK(w > 0.03 && w <= 0.05);
    /* a short timeout returns early, the timer not yet due */
    double t0 = now();
    CHECK(aw_loop_run_once(S, 0.01) == AW_OK);
    double el = now() - t0;
    CHECK(el >= 0.009 && el < 0.04);
    CHECK(aw_future_state(S, t) == AW_PENDING);
    t0 = now();
    CHECK(aw_loop_run_once(S, -1) == AW_OK);
    el = now() - t0;
    CHECK(el > 0.02 && el < 0.5);
    CHECK(aw_loop_next_timeout(S) == 0);
    CHECK(aw_loop_run_once(S, 0) == AW_OK);
    CHECK_STR(result_str(t), "rested");
    CHECK(aw_loop_next_timeout(S) == -1);
    aw_release(S, t);
    teardown();
}

/* ------------------------------------------------------------------ */
/* Rejections                                                           */

static void test_reject(void)
{
    setup();
    exec_ok("class MyErr(Exception):\n"
            "    pass\n");
    AwValue t[5];
    for (int i = 0; i < 5; i++) {
        char expr[32];
        snprintf(expr, sizeof expr, "catch(%d)", i);
        t[i] = start(expr, NULL, NULL);
    }
    CHECK(aw_loop_run_once(S, 0) == AW_OK);
    CHECK(npend == 5);
    CHECK(aw_future_reject(S, pend[0].fut, "ValueError", "bad value") ==
          AW_OK);
    CHECK(aw_future_reject(S, pend[1].fut, "asyncio.TimeoutError", NULL) ==
          AW_OK);
    CHECK(aw_raise(S, "KeyError", "k%d", 1) == AW_ERROR);
    CHECK(aw_future_reject_error(S, pend[2].fut) == AW_OK);
    CHECK(aw_error_occurred(S) == 0); /* moved into the future */
    AwValue cls = aw_get_global(S, AW_NULL, "MyErr");
    CHECK(aw_raise_value(S, cls, "mine") == AW_ERROR);
    aw_release(S, cls);
    CHECK(aw_future_reject_error(S, pend[3].fut) == AW_OK);
    /* a state the host reads back */
    CHECK(aw_future_state(S, pend[0].fut) == AW_DONE);
    CHECK(aw_future_result(S, pend[0].fut) == AW_NULL);
    CHECK_STR(aw_error_type(S), "ValueError");
    CHECK_STR(aw_error_message(S), "bad value");
    aw_error_clear(S);
    /* bad names: SystemError, the future stays pending */
    CHECK(aw_future_reject(S, pend[4].fut, "NoSuchError", "x") == AW_ERROR);
    CHECK_STR(aw_error_type(S), "SystemError");
    CHECK(aw_future_reject(S, pend[4].fut, "int", "x") == AW_ERROR);
    CHECK_STR(aw_error_type(S), "SystemError");
    CHECK(aw_future_reject(S, pend[4].fut, "nosuchmod.Err", "x") == AW_ERROR);
    CHECK_STR(aw_error_type(S), "SystemError");
    CHECK(aw_future_reject(S, pend[4].fut, NULL, "x") == AW_ERROR);
    CHECK_STR(aw_error_type(S), "TypeError");
    aw_error_clear(S);
    CHECK(aw_future_reject_error(S, pend[4].fut) == AW_ERROR); /* none */
    CHECK_STR(aw_error_type(S), "SystemError");
    aw_error_clear(S);
    CHECK(aw_future_state(S, pend[4].fut) == AW_PENDING);
    CHECK(aw_future_reject(S, pend[4].fut, "OSError", "disk") == AW_OK);
    run_ready();
    CHECK_STR(result_str(t[0]), "ValueError: bad value");
    CHECK_STR(result_str(t[1]), "TimeoutError: ");
    CHECK_STR(result_str(t[2]), "KeyError: 'k1'");
    CHECK_STR(result_str(t[3]), "MyErr: mine");
    CHECK_STR(result_str(t[4]), "OSError: disk");
    for (int i = 0; i < 5; i++)
        aw_release(S, t[i]);
    teardown();
}

/* ------------------------------------------------------------------ */
/* Cancellation reaches the host once                                   */

static void test_cancel(void)
{
    setup();
    aw_set_virtual_time(S, 1);
    exec_ok("async def wf():\n"
            "    try:\n"
            "        await asyncio.wait_for(host.fetch(1), timeout=0.5)\n"
            "    except asyncio.TimeoutError:\n"
            "        return 'timeout'\n"
            "async def cancel_it():\n"
            "    t = asyncio.create_task(catch(2))\n"
            "    await asyncio.sleep(0)\n"
            "    t.cancel('stop')\n"
            "    try:\n"
            "        await t\n"
            "    except asyncio.CancelledError as e:\n"
            "        return f'cancelled {e.args}'\n"
            "async def boom():\n"
            "    await asyncio.sleep(0)\n"
            "    raise ValueError('boom')\n"
            "async def tg():\n"
            "    try:\n"
            "        async with asyncio.TaskGroup() as g:\n"
            "            g.create_task(catch(3))\n"
            "            g.create_task(boom())\n"
            "    except BaseException as e:\n"
            "        return f'{type(e).__name__} {e.exceptions!r}'\n");
    AwValue c = coro("wf()");
    AwValue r = aw_run(S, c);
    CHECK_STR(r ? aw_to_str(S, r, NULL) : aw_error_message(S), "timeout");
    aw_release(S, r);
    aw_release(S, c);
    CHECK(npend == 1 && pend[0].cancels == 1 && total_cancels == 1);
    CHECK(aw_future_state(S, pend[0].fut) == AW_CANCELLED);
    /* too late: no error, nothing changes */
    AwValue one = aw_int(S, 1);
    CHECK(aw_future_resolve(S, pend[0].fut, one) == AW_OK);
    CHECK(aw_future_reject(S, pend[0].fut, "ValueError", "late") == AW_OK);
    CHECK(aw_error_occurred(S) == 0);
    CHECK(aw_future_state(S, pend[0].fut) == AW_CANCELLED);
    CHECK(aw_future_result(S, pend[0].fut) == AW_NULL);
    CHECK_STR(aw_error_type(S), "asyncio.exceptions.CancelledError");
    aw_error_clear(S);
    aw_release(S, one);
    CHECK(pend[0].cancels == 1);

    c = coro("cancel_it()");
    r = aw_run(S, c);
    CHECK_STR(r ? aw_to_str(S, r, NULL) : aw_error_message(S),
              "cancelled ('stop',)");
    aw_release(S, r);
    aw_release(S, c);
    CHECK(npend == 2 && pend[1].cancels == 1 && total_cancels == 2);

    c = coro("tg()");
    r = aw_run(S, c);
    CHECK_STR(r ? aw_to_str(S, r, NULL) : aw_error_message(S),
              "ExceptionGroup (ValueError('boom'),)");
    aw_release(S, r);
    aw_release(S, c);
    CHECK(npend == 3 && pend[2].cancels == 1 && total_cancels == 3);
    teardown();
}

/* gather() of host futures under wait_for: those not completed in time
 * are cancelled, each once; the others are not. */
static void test_gather(void)
{
    setup();
    aw_set_virtual_time(S, 1);
    exec_ok("async def g(k):\n"
            "    fs = [host.fetch(k + i) for i in range(3)]\n"
            "    try:\n"
            "        return repr(await asyncio.wait_for(asyncio.gather(*fs),"
            " timeout=1))\n"
            "    except asyncio.TimeoutError:\n"
            "        return 'timeout'\n");
    AwValue t = start("g(10)", NULL, NULL);
    CHECK(aw_loop_run_once(S, 0) == AW_OK);
    CHECK(npend == 3);
    for (int i = 0; i < 3; i += 2) {
        AwValue v = aw_int(S, pend[i].arg);
        CHECK(aw_future_resolve(S, pend[i].fut, v) == AW_OK);
        aw_release(S, v);
    }
    for (int i = 0; i < 20 && aw_loop_tasks(S) > 0; i++)
        CHECK(aw_loop_run_once(S, aw_loop_next_timeout(S)) == AW_OK);
    CHECK_STR(result_str(t), "timeout");
    CHECK(pend[0].cancels == 0 && pend[1].cancels == 1 &&
          pend[2].cancels == 0);
    aw_release(S, t);
    /* all in time */
    t = start("g(20)", NULL, NULL);
    CHECK(aw_loop_run_once(S, 0) == AW_OK);
    CHECK(npend == 6);
    for (int i = 3; i < 6; i++) {
        AwValue v = aw_int(S, pend[i].arg);
        CHECK(aw_future_resolve(S, pend[i].fut, v) == AW_OK);
        aw_release(S, v);
    }
    for (int i = 0; i < 20 && aw_loop_tasks(S) > 0; i++)
        CHECK(aw_loop_run_once(S, aw_loop_next_timeout(S)) == AW_OK);
    CHECK_STR(result_str(t), "[20, 21, 22]");
    CHECK(total_cancels == 1);
    aw_release(S, t);
    teardown();
}

/* ------------------------------------------------------------------ */
/* aw_run                                                               */

static void resolve_handle(AwState *S_, void *ud)
{
    AwValue v = aw_cstr(S_, "posted");
    CHECK(aw_future_resolve(S_, *(AwValue *)ud, v) == AW_OK);
    aw_release(S_, v);
}

static void test_run(void)
{
    setup();
    exec_ok("async def add(a, b):\n"
            "    await asyncio.sleep(0)\n"
            "    return a + b\n"
            "async def fail():\n"
            "    await asyncio.sleep(0)\n"
            "    raise ValueError('nope')\n"
            "async def via_post():\n"
            "    return await host.soon(21)\n"
            "async def stuck():\n"
            "    await asyncio.Event().wait()\n"
            "async def running():\n"
            "    loop = asyncio.get_running_loop()\n"
            "    t = asyncio.create_task(asyncio.sleep(0, 'x'))\n"
            "    return f'{await t} {loop.is_running()} {host.nested()}'\n");
    AwValue c = coro("add(2, 3)");
    AwValue r = aw_run(S, c);
    int64_t n = 0;
    CHECK(r != AW_NULL && aw_to_int64(S, r, &n) == AW_OK && n == 5);
    aw_release(S, r);
    aw_release(S, c);

    c = coro("fail()");
    CHECK(aw_run(S, c) == AW_NULL);
    CHECK_STR(aw_error_type(S), "ValueError");
    CHECK_STR(aw_error_message(S), "nope");
    aw_error_clear(S);
    aw_release(S, c);

    /* a post made on the loop's own thread runs at the next round */
    c = coro("via_post()");
    r = aw_run(S, c);
    CHECK(r != AW_NULL && aw_to_int64(S, r, &n) == AW_OK && n == 42);
    aw_release(S, r);
    aw_release(S, c);

    /* nothing can wake it: the deadlock report, not a hang */
    c = coro("stuck()");
    CHECK(aw_run(S, c) == AW_NULL);
    CHECK_STR(aw_error_type(S), "RuntimeError");
    CHECK(strncmp(aw_error_message(S), "deadlock: the main task", 23) == 0);
    aw_error_clear(S);
    aw_release(S, c);

    /* inside the loop: get_running_loop, create_task; and what the loop
     * functions refuse there */
    c = coro("running()");
    r = aw_run(S, c);
    CHECK_STR(r ? aw_to_str(S, r, NULL) : aw_error_message(S),
              "x True nested ok");
    aw_release(S, r);
    aw_release(S, c);
    AwValue t = start("running()", NULL, NULL);
    r = aw_run(S, t); /* a task of the host loop: that loop runs */
    CHECK_STR(r ? aw_to_str(S, r, NULL) : aw_error_message(S),
              "x True nested ok");
    aw_release(S, r);
    aw_release(S, t);

    /* a future of the host loop, completed by a post */
    AwValue f = aw_future(S);
    CHECK(aw_post(S, resolve_handle, &f) == AW_OK);
    r = aw_run(S, f);
    CHECK_STR(r ? aw_to_str(S, r, NULL) : aw_error_message(S), "posted");
    aw_release(S, r);
    /* done already: its result at once */
    r = aw_run(S, f);
    CHECK_STR(r ? aw_to_str(S, r, NULL) : aw_error_message(S), "posted");
    aw_release(S, r);
    aw_release(S, f);

    /* not awaitable */
    AwValue i = aw_int(S, 3);
    CHECK(aw_run(S, i) == AW_NULL);
    CHECK_STR(aw_error_type(S), "ValueError");
    CHECK_STR(aw_error_message(S), "a coroutine was expected, got 3");
    aw_error_clear(S);
    aw_release(S, i);
    CHECK(aw_run(S, AW_NULL) == AW_NULL);
    CHECK_STR(aw_error_type(S), "TypeError");
    aw_error_clear(S);
    teardown();
}

/* ------------------------------------------------------------------ */
/* aw_loop_close                                                        */

static void test_close(void)
{
    setup();
    exec_ok("seen = []\n"
            "async def stuck(n):\n"
            "    try:\n"
            "        await host.fetch(n)\n"
            "    except asyncio.CancelledError:\n"
            "        seen.append(f'cancelled {n}')\n"
            "        raise\n"
            "async def stubborn():\n"
            "    while True:\n"
            "        try:\n"
            "            await asyncio.Event().wait()\n"
            "        except asyncio.CancelledError:\n"
            "            seen.append('ignored')\n");
    int st1 = -5, st2 = -5;
    ndone = 0;
    AwValue a = start("stuck(1)", count_done, &st1);
    AwValue b = start("stuck(2)", count_done, &st2);
    CHECK(aw_loop_run_once(S, 0) == AW_OK);
    CHECK(aw_loop_tasks(S) == 2 && npend == 2);
    CHECK(aw_loop_close(S) == AW_OK);
    CHECK_STR(eval_str("' '.join(seen)"), "cancelled 1 cancelled 2");
    CHECK(pend[0].cancels == 1 && pend[1].cancels == 1);
    CHECK(ndone == 2 && st1 == AW_CANCELLED && st2 == AW_CANCELLED);
    CHECK(aw_future_state(S, a) == AW_CANCELLED);
    CHECK(aw_loop_tasks(S) == 0);
    CHECK(aw_loop_next_timeout(S) == -1);
    CHECK(aw_loop_close(S) == AW_OK); /* no loop: nothing to do */
    aw_release(S, a);
    aw_release(S, b);
    /* a new loop after the close */
    exec_ok("seen.clear()");
    a = start("stubborn()", NULL, NULL);
    CHECK(aw_loop_run_once(S, 0) == AW_OK);
    CHECK(aw_loop_close(S) == AW_ERROR); /* it never ends */
    CHECK_STR(aw_error_type(S), "RuntimeError");
    aw_error_clear(S);
    CHECK_STR(eval_str("' '.join(seen)"), "ignored");
    CHECK(aw_loop_tasks(S) == 0); /* closed anyway */
    aw_release(S, a);
    teardown();
}

/* ------------------------------------------------------------------ */
/* Misuse                                                               */

static void noop_post(AwState *S_, void *ud)
{
    (*(int *)ud)++;
}

static void test_misuse(void)
{
    setup();
    AwValue i = aw_int(S, 5);
    CHECK(aw_future_resolve(S, i, i) == AW_ERROR);
    CHECK_STR(aw_error_type(S), "TypeError");
    CHECK(aw_future_state(S, i) == AW_ERROR);
    CHECK(aw_future_result(S, i) == AW_NULL);
    CHECK(aw_future_reject(S, i, "ValueError", "x") == AW_ERROR);
    CHECK(aw_future_on_cancel(S, i, on_cancel, NULL) == AW_ERROR);
    CHECK_STR(aw_error_type(S), "TypeError");
    CHECK(aw_future_resolve(S, AW_NULL, i) == AW_ERROR);
    CHECK_STR(aw_error_type(S), "TypeError");
    CHECK(aw_future_state(S, AW_NULL) == AW_ERROR);
    CHECK(aw_future_result(S, AW_NULL) == AW_NULL);
    CHECK(aw_future_reject_error(S, AW_NULL) == AW_ERROR);
    CHECK(aw_start(S, AW_NULL, NULL, NULL) == AW_NULL);
    CHECK(aw_start(S, i, NULL, NULL) == AW_NULL);
    CHECK_STR(aw_error_type(S), "TypeError");
    AwValue f = aw_future(S);
    CHECK(aw_future_resolve(S, f, AW_NULL) == AW_ERROR); /* no value */
    CHECK_STR(aw_error_type(S), "TypeError");
    CHECK(aw_future_state(S, f) == AW_PENDING);
    /* a stale handle */
    AwValue g = aw_dup(S, f);
    aw_release(S, g);
    CHECK(aw_future_resolve(S, g, i) == AW_ERROR);
    CHECK_STR(aw_error_type(S), "TypeError");
    CHECK(aw_future_state(S, g) == AW_ERROR);
    /* a task is not the host's to complete */
    AwValue t = start("asyncio.sleep(0)", NULL, NULL);
    CHECK(aw_future_resolve(S, t, i) == AW_ERROR);
    CHECK_STR(aw_error_type(S), "RuntimeError");
    CHECK_STR(aw_error_message(S),
              "Task does not support set_result operation");
    CHECK(aw_future_on_cancel(S, t, on_cancel, NULL) == AW_ERROR);
    CHECK_STR(aw_error_type(S), "TypeError");
    /* resolve twice, cancel a resolved one */
    CHECK(aw_future_resolve(S, f, i) == AW_OK);
    CHECK(aw_future_resolve(S, f, i) == AW_ERROR);
    CHECK_STR(aw_error_type(S), "asyncio.exceptions.InvalidStateError");
    CHECK(aw_future_reject(S, f, "ValueError", "x") == AW_ERROR);
    CHECK_STR(aw_error_type(S), "asyncio.exceptions.InvalidStateError");
    CHECK(aw_future_on_cancel(S, f, on_cancel, NULL) == AW_OK);
    aw_error_clear(S);
    CHECK(aw_loop_run_once(S, NAN) == AW_ERROR);
    CHECK_STR(aw_error_type(S), "ValueError");
    aw_error_clear(S);
    /* posts: NULL fn, and a post with no loop running yet waits for one */
    int hits = 0;
    CHECK(aw_post(S, NULL, NULL) == AW_ERROR);
    CHECK(aw_post(NULL, noop_post, &hits) == AW_ERROR);
    CHECK(aw_error_occurred(S) == 0);
    CHECK(aw_post(S, noop_post, &hits) == AW_OK);
    CHECK(aw_post(S, noop_post, &hits) == AW_OK);
    CHECK(hits == 0 && aw_loop_next_timeout(S) == 0);
    CHECK(aw_loop_run_once(S, 0) == AW_OK);
    CHECK(hits == 2);
    CHECK(aw_loop_fd(S) >= 0);
    CHECK(aw_loop_fd(S) == aw_loop_fd(S));
    run_ready();
    aw_release(S, t);
    aw_release(S, f);
    aw_release(S, i);
    /* a post nobody ran is dropped by aw_free */
    CHECK(aw_post(S, noop_post, &hits) == AW_OK);
    teardown();
    CHECK(hits == 2);
}

/* A fixed-tick host on virtual time: one aw_advance_time per frame makes
 * the script's sleeps end on the frame their deadline falls in. */
static void test_advance_time(void)
{
    setup();
    CHECK(aw_advance_time(S, 1.0) == AW_ERROR); /* real time */
    CHECK_STR(aw_error_type(S), "ValueError");
    aw_set_virtual_time(S, 1);
    CHECK(aw_advance_time(S, -1) == AW_ERROR);
    CHECK(aw_advance_time(S, NAN) == AW_ERROR);
    exec_ok("import asyncio, time\n"
            "woke = []\n"
            "async def napper(d):\n"
            "    await asyncio.sleep(d)\n"
            "    woke.append(d)\n");
    AwValue c1 = coro("napper(0.05)"), c2 = coro("napper(0.02)");
    AwValue t1 = aw_start(S, c1, NULL, NULL), t2 = aw_start(S, c2, NULL, NULL);
    int frame = 0, woke2 = -1, woke1 = -1;
    AwValue t0 = aw_eval(S, "time.monotonic()", AW_NULL);
    while (aw_loop_tasks(S) > 0 && frame < 100) {
        CHECK(aw_advance_time(S, 0.01) == AW_OK);
        CHECK(aw_loop_run_once(S, 0) == AW_OK);
        CHECK(aw_loop_run_once(S, 0) == AW_OK); /* the wakeup's round */
        frame++;
        if (woke2 < 0 && aw_future_state(S, t2) == AW_DONE)
            woke2 = frame;
        if (woke1 < 0 && aw_future_state(S, t1) == AW_DONE)
            woke1 = frame;
    }
    CHECK(woke2 == 3); /* started in frame 1, 0.02 s: frame 3 */
    CHECK(woke1 == 6);
    CHECK_STR(eval_str("str(woke)"), "[0.02, 0.05]");
    double start = 0, end = 0;
    AwValue t9 = aw_eval(S, "time.monotonic()", AW_NULL);
    CHECK(aw_to_double(S, t0, &start) == AW_OK);
    CHECK(aw_to_double(S, t9, &end) == AW_OK);
    CHECK(fabs(end - start - 0.06) < 1e-9);
    aw_release(S, t0);
    aw_release(S, t9);
    aw_release(S, t1);
    aw_release(S, t2);
    aw_release(S, c1);
    aw_release(S, c2);
    teardown();
}

int main(void)
{
    test_after_rounds();
    test_order();
    test_timer_driven();
    test_real_time();
    test_reject();
    test_cancel();
    test_gather();
    test_run();
    test_close();
    test_misuse();
    test_advance_time();
    return done_testing("api/loop");
}
