/* aw_post from other threads: completions posted while the loop sleeps
 * in aw_run, or while the host polls aw_loop_fd() itself; 10,000 posts,
 * several threads at once, and how soon a post wakes a sleeping loop. */
#include <math.h>
#include <poll.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "aw.h"
#include "check.h"

#define NPOSTS 10000

static AwState *S;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void exec_ok(const char *code)
{
    int r = aw_exec(S, code, "<test>", AW_NULL);
    if (r != AW_OK)
        printf("exec failed: %s: %s\n", aw_error_type(S),
               aw_error_message(S));
    CHECK(r == AW_OK);
}

static int64_t run_int(const char *expr)
{
    int64_t n = -999;
    AwValue c = aw_eval(S, expr, AW_NULL);
    AwValue r = c ? aw_run(S, c) : AW_NULL;
    if (r == AW_NULL || aw_to_int64(S, r, &n) != AW_OK)
        printf("%s: %s: %s\n", expr, aw_error_type(S), aw_error_message(S));
    aw_release(S, r);
    aw_release(S, c);
    return n;
}

/* ------------------------------------------------------------------ */
/* A worker thread: the loop hands it one request at a time (host.fetch),
 * it posts the completion back.                                        */

typedef struct Worker {
    pthread_t th;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int64_t req;    /* the request waiting, or -1 */
    bool quit;
    int slow_every; /* sleep 2 ms before every Nth answer (0: never) */
    double delay;   /* seconds to wait before each answer */
    double posted_at;
} Worker;

static Worker worker;
static AwValue cur;            /* the pending host future (loop thread) */
static double ran_at;          /* when the last completion ran */
static int completions;

static void complete(AwState *S_, void *ud)
{
    int64_t i = (int64_t)(intptr_t)ud;
    ran_at = now();
    AwValue v = aw_int(S_, i * 2);
    CHECK(cur != AW_NULL);
    if (aw_future_resolve(S_, cur, v) != AW_OK)
        CHECK(!"resolve failed");
    aw_release(S_, v);
    aw_release(S_, cur);
    cur = AW_NULL;
    completions++;
}

static void *worker_main(void *arg)
{
    Worker *w = arg;
    pthread_mutex_lock(&w->mu);
    for (;;) {
        while (w->req < 0 && !w->quit)
            pthread_cond_wait(&w->cv, &w->mu);
        if (w->quit)
            break;
        int64_t i = w->req;
        w->req = -1;
        pthread_mutex_unlock(&w->mu);
        if (w->delay > 0)
            usleep((useconds_t)(w->delay * 1e6));
        else if (w->slow_every && i % w->slow_every == 0)
            usleep(2000); /* the loop is surely asleep by now */
        w->posted_at = now();
        if (aw_post(S, complete, (void *)(intptr_t)i) != AW_OK)
            CHECK(!"aw_post failed");
        pthread_mutex_lock(&w->mu);
    }
    pthread_mutex_unlock(&w->mu);
    return NULL;
}

static void worker_start(int slow_every, double delay)
{
    memset(&worker, 0, sizeof worker);
    pthread_mutex_init(&worker.mu, NULL);
    pthread_cond_init(&worker.cv, NULL);
    worker.req = -1;
    worker.slow_every = slow_every;
    worker.delay = delay;
    pthread_create(&worker.th, NULL, worker_main, &worker);
}

static void worker_stop(void)
{
    pthread_mutex_lock(&worker.mu);
    worker.quit = true;
    pthread_cond_signal(&worker.cv);
    pthread_mutex_unlock(&worker.mu);
    pthread_join(worker.th, NULL);
    pthread_mutex_destroy(&worker.mu);
    pthread_cond_destroy(&worker.cv);
}

/* host.fetch(i): a host future the worker completes with i * 2 */
static AwValue h_fetch(AwState *S_, int argc, const AwValue *argv,
                       AwValue kwargs, void *ud)
{
    int64_t i;
    if (argc != 1 || aw_to_int64(S_, argv[0], &i) != AW_OK)
        return aw_raise(S_, "TypeError", "fetch(int)"), AW_NULL;
    if (cur != AW_NULL)
        return aw_raise(S_, "RuntimeError", "one at a time"), AW_NULL;
    AwValue f = aw_future(S_);
    if (f == AW_NULL)
        return AW_NULL;
    cur = aw_dup(S_, f);
    pthread_mutex_lock(&worker.mu);
    worker.req = i;
    pthread_cond_signal(&worker.cv);
    pthread_mutex_unlock(&worker.mu);
    return f;
}

static void setup(void)
{
    S = aw_new();
    AwValue m = aw_module(S, "host");
    CHECK(aw_def(S, m, "fetch", h_fetch, NULL) == AW_OK);
    aw_release(S, m);
    exec_ok("import asyncio, host\n"
            "async def many(n):\n"
            "    total = 0\n"
            "    for i in range(n):\n"
            "        total += await host.fetch(i)\n"
            "    return total\n");
    cur = AW_NULL;
    completions = 0;
}

/* ------------------------------------------------------------------ */
/* The loop sleeps in aw_run (asyncio.run's loop)                       */

static void test_in_run(void)
{
    setup();
    worker_start(1000, 0);
    double t0 = now();
    CHECK(run_int("many(10000)") == (int64_t)NPOSTS * (NPOSTS - 1));
    double el = now() - t0;
    CHECK(completions == NPOSTS);
    CHECK(el < 20);
    printf("# %d posts through aw_run: %.3f s (%.1f us each)\n", NPOSTS, el,
           el / NPOSTS * 1e6);
    worker_stop();
    aw_free(S);
}

/* ------------------------------------------------------------------ */
/* The host polls aw_loop_fd() and runs rounds of the host loop          */

static void test_host_polls(void)
{
    setup();
    worker_start(1000, 0);
    AwValue c = aw_eval(S, "many(10000)", AW_NULL);
    AwValue t = aw_start(S, c, NULL, NULL);
    aw_release(S, c);
    int fd = aw_loop_fd(S);
    CHECK(fd >= 0);
    int woken = 0, rounds = 0, stuck = 0;
    double t0 = now();
    while (aw_loop_tasks(S) > 0 && !stuck) {
        double w = aw_loop_next_timeout(S);
        struct pollfd p = {.fd = fd, .events = POLLIN};
        int r = poll(&p, 1, w < 0 ? 5000 : (int)ceil(w * 1000));
        if (r > 0)
            woken++;
        else if (w < 0)
            stuck = 1; /* five seconds without a post */
        CHECK(aw_loop_run_once(S, 0) == AW_OK);
        rounds++;
    }
    double el = now() - t0;
    CHECK(!stuck);
    CHECK(aw_future_state(S, t) == AW_DONE);
    AwValue r = aw_future_result(S, t);
    int64_t n = 0;
    CHECK(r && aw_to_int64(S, r, &n) == AW_OK &&
          n == (int64_t)NPOSTS * (NPOSTS - 1));
    aw_release(S, r);
    CHECK(completions == NPOSTS);
    CHECK(woken >= NPOSTS); /* each completion came through the fd */
    /* drained by the rounds: not readable with nothing posted */
    struct pollfd p = {.fd = fd, .events = POLLIN};
    CHECK(poll(&p, 1, 0) == 0);
    printf("# %d posts through aw_loop_fd: %.3f s, %d rounds\n", NPOSTS, el,
           rounds);
    aw_release(S, t);
    worker_stop();
    aw_free(S);
}

/* ------------------------------------------------------------------ */
/* Several threads post at once                                         */

#define NTHREADS 4

typedef struct Poster {
    pthread_t th;
    int id;
} Poster;

static int counted, last_seq[NTHREADS], out_of_order;
static AwValue all_done;

static void count_post(AwState *S_, void *ud)
{
    intptr_t v = (intptr_t)ud;
    int id = (int)(v % NTHREADS), seq = (int)(v / NTHREADS);
    if (seq != last_seq[id] + 1)
        out_of_order++;
    last_seq[id] = seq;
    if (++counted == NPOSTS && all_done != AW_NULL) {
        AwValue n = aw_int(S_, counted);
        CHECK(aw_future_resolve(S_, all_done, n) == AW_OK);
        aw_release(S_, n);
    }
}

static void *poster_main(void *arg)
{
    Poster *p = arg;
    for (int seq = 0; seq < NPOSTS / NTHREADS; seq++) {
        if (aw_post(S, count_post, (void *)(intptr_t)(seq * NTHREADS + p->id)))
            CHECK(!"aw_post failed");
        if (seq % 500 == 0)
            usleep(1000);
    }
    return NULL;
}

static AwValue h_all_done(AwState *S_, int argc, const AwValue *argv,
                          AwValue kwargs, void *ud)
{
    all_done = aw_future(S_);
    if (counted == NPOSTS) { /* every post ran before the script asked */
        AwValue n = aw_int(S_, counted);
        CHECK(aw_future_resolve(S_, all_done, n) == AW_OK);
        aw_release(S_, n);
    }
    return aw_dup(S_, all_done);
}

static void test_many_threads(void)
{
    setup();
    AwValue m = aw_module(S, "host");
    CHECK(aw_def(S, m, "all_done", h_all_done, NULL) == AW_OK);
    aw_release(S, m);
    exec_ok("async def wait_all():\n"
            "    ticks = asyncio.create_task(asyncio.sleep(30))\n"
            "    n = await host.all_done()\n"
            "    ticks.cancel()\n"
            "    return n\n");
    counted = out_of_order = 0;
    all_done = AW_NULL;
    for (int i = 0; i < NTHREADS; i++)
        last_seq[i] = -1;
    /* the first posts come before the loop even exists */
    Poster ps[NTHREADS];
    for (int i = 0; i < NTHREADS; i++) {
        ps[i].id = i;
        pthread_create(&ps[i].th, NULL, poster_main, &ps[i]);
    }
    double t0 = now();
    CHECK(run_int("wait_all()") == NPOSTS);
    CHECK(now() - t0 < 20);
    for (int i = 0; i < NTHREADS; i++)
        pthread_join(ps[i].th, NULL);
    CHECK(counted == NPOSTS);
    CHECK(out_of_order == 0); /* each thread's posts run in its order */
    aw_release(S, all_done);
    aw_free(S);
}

/* ------------------------------------------------------------------ */
/* Wake latency: a post wakes a loop asleep until a far timer           */

static void test_latency(void)
{
    setup();
    exec_ok("async def with_timer():\n"
            "    return await asyncio.wait_for(host.fetch(21), timeout=5)\n"
            "async def no_timer():\n"
            "    return await host.fetch(4)\n"
            "async def virtual():\n"
            "    loop = asyncio.get_running_loop()\n"
            "    t0 = loop.time()\n"
            "    v = await host.fetch(1)\n"
            "    return v * 1000 + int(loop.time() - t0)\n");
    worker_start(0, 0.05);
    double t0 = now();
    CHECK(run_int("with_timer()") == 42);
    double lat = ran_at - worker.posted_at, el = now() - t0;
    printf("# wake latency with a 5 s timer pending: %.1f us\n", lat * 1e6);
    CHECK(lat >= 0 && lat < 0.02);
    CHECK(el >= 0.045 && el < 1.0); /* far under the deadline */
    t0 = now();
    CHECK(run_int("no_timer()") == 8);
    lat = ran_at - worker.posted_at;
    printf("# wake latency with no timer: %.1f us\n", lat * 1e6);
    CHECK(lat >= 0 && lat < 0.02);
    CHECK(now() - t0 < 1.0);
    /* virtual time: no timer but a host future: a real wait, the virtual
     * clock stands still */
    aw_set_virtual_time(S, 1);
    t0 = now();
    CHECK(run_int("virtual()") == 2000);
    el = now() - t0;
    CHECK(el >= 0.045 && el < 1.0);
    worker_stop();
    aw_free(S);
}

int main(void)
{
    test_in_run();
    test_host_polls();
    test_many_threads();
    test_latency();
    return done_testing("api/thread");
}
