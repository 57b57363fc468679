/* A host with its own poll(2) loop that gives scripts an async module,
 * `net`, whose work the host does: net.fetch(name, delay) returns a
 * future that the host's own timer list completes after delay seconds.
 * Build: cc poll_host.c $(pkg-config --cflags --libs aw) -o poll_host */
#define _POSIX_C_SOURCE 200809L /* clock_gettime, poll */
#include <aw.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* A pending fetch: the host's timer list, sorted by deadline. The host
 * holds its own handle to the future (fut) until it completes it. */
typedef struct Timer {
    double when;
    char name[32];
    AwValue fut;
    struct Timer *next;
} Timer;

static Timer *timers;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* print() and tracebacks come here, so that the script's lines and the
 * host's share one stdio buffer and keep their order. */
static void write_stdout(void *ud, const char *data, size_t len)
{
    (void)ud;
    if (data == NULL)
        fflush(stdout);
    else
        fwrite(data, 1, len, stdout);
}

static void unlink_timer(Timer *t)
{
    for (Timer **p = &timers; *p != NULL; p = &(*p)->next)
        if (*p == t) {
            *p = t->next;
            return;
        }
}

/* net.address(name): a sync host function, an ordinary call. */
static AwValue net_address(AwState *S, int argc, const AwValue *argv,
                           AwValue kwargs, void *ud)
{
    (void)kwargs, (void)ud;
    if (argc != 1)
        return aw_raise(S, "TypeError", "address() takes 1 argument"), AW_NULL;
    const char *name = aw_to_str(S, argv[0], NULL);
    if (name == NULL)
        return AW_NULL; /* raises the TypeError aw_to_str recorded */
    char buf[32];
    snprintf(buf, sizeof buf, "10.0.0.%u", (unsigned)strlen(name));
    return aw_cstr(S, buf);
}

/* Runs when the script stops waiting for a fetch (here: wait_for's
 * timeout cancels it): the host drops the work and its handle. */
static void fetch_cancelled(AwState *S, AwValue fut, void *ud)
{
    Timer *t = ud;
    (void)fut;
    printf("host: fetch(%s) cancelled, timer dropped\n", t->name);
    unlink_timer(t);
    aw_release(S, t->fut);
    free(t);
}

/* net.fetch(name, delay): an async host function. It returns a pending
 * future at once; the script awaits it; the host completes it later. */
static AwValue net_fetch(AwState *S, int argc, const AwValue *argv,
                         AwValue kwargs, void *ud)
{
    (void)kwargs, (void)ud;
    double delay;
    const char *name;
    if (argc != 2)
        return aw_raise(S, "TypeError", "fetch() takes 2 arguments"), AW_NULL;
    if ((name = aw_to_str(S, argv[0], NULL)) == NULL ||
        aw_to_double(S, argv[1], &delay) != AW_OK)
        return AW_NULL;
    Timer *t = calloc(1, sizeof *t);
    if (t == NULL)
        return aw_raise(S, "MemoryError", "no memory for a fetch"), AW_NULL;
    AwValue fut = aw_future(S);
    if (fut == AW_NULL)
        return free(t), AW_NULL;
    snprintf(t->name, sizeof t->name, "%s", name);
    t->when = now() + delay;
    t->fut = aw_dup(S, fut); /* ours; the one we return is aw's */
    aw_future_on_cancel(S, fut, fetch_cancelled, t);
    Timer **p = &timers;
    while (*p != NULL && (*p)->when <= t->when)
        p = &(*p)->next;
    t->next = *p;
    *p = t;
    printf("host: fetch(%s) started\n", name);
    return fut;
}

/* Completes every fetch whose time has come: "broken" fails with
 * ConnectionError, the others succeed. The awaiting tasks wake at the
 * loop's next round. */
static void run_due_timers(AwState *S)
{
    while (timers != NULL && timers->when <= now()) {
        Timer *t = timers;
        timers = t->next;
        if (strcmp(t->name, "broken") == 0) {
            printf("host: fetch(%s) failed\n", t->name);
            aw_future_reject(S, t->fut, "ConnectionError", "refused by peer");
        } else {
            char text[64];
            snprintf(text, sizeof text, "%s: ok", t->name);
            AwValue v = aw_cstr(S, text);
            printf("host: fetch(%s) done\n", t->name);
            aw_future_resolve(S, t->fut, v);
            aw_release(S, v);
        }
        aw_release(S, t->fut);
        free(t);
    }
}

/* Called when the task started by aw_start ends. */
static void main_done(AwState *S, AwValue task, void *ud)
{
    (void)ud;
    AwValue r = aw_future_result(S, task);
    AwValue rep = r ? aw_repr(S, r) : AW_NULL;
    if (rep != AW_NULL)
        printf("host: main() returned %s\n", aw_to_str(S, rep, NULL));
    else
        printf("host: main() failed: %s: %s\n", aw_error_type(S),
               aw_error_message(S));
    aw_release(S, rep);
    aw_release(S, r);
}

/* The host's event loop: sleep in poll() until the first deadline, aw's
 * or the host's, or until aw's descriptor fires (a post from another
 * thread); then complete what is due and give aw one round. */
static void event_loop(AwState *S)
{
    struct pollfd pfd = {.fd = aw_loop_fd(S), .events = POLLIN};
    while (aw_loop_tasks(S) > 0) {
        double wait = aw_loop_next_timeout(S); /* -1: nothing scheduled */
        if (timers != NULL) {
            double host = timers->when - now();
            host = host > 0 ? host : 0;
            wait = wait < 0 || host < wait ? host : wait;
        }
        if (wait < 0) { /* a real host would wait for its other events */
            printf("host: nothing left that could wake the script\n");
            break;
        }
        int ms = (int)(wait * 1000);
        poll(&pfd, 1, ms < wait * 1000 ? ms + 1 : ms); /* round up */
        run_due_timers(S);
        if (aw_loop_run_once(S, 0) != AW_OK) {
            printf("host: round failed: %s\n", aw_error_type(S));
            break;
        }
    }
}

static const char *script =
    "import asyncio, net\n"
    "\n"
    "async def main():\n"
    "    print('script: alpha is at', net.address('alpha'))\n"
    "    print('script:', await net.fetch('alpha', 0.05))\n"
    "    try:\n"
    "        await net.fetch('broken', 0.05)\n"
    "    except ConnectionError as e:\n"
    "        print('script: caught', repr(e))\n"
    "    pages = await asyncio.gather(net.fetch('beta', 0.2),\n"
    "        net.fetch('gamma', 0.05), net.fetch('broken', 0.1),\n"
    "        return_exceptions=True)\n"
    "    print('script: gathered', pages)\n"
    "    try:\n"
    "        await asyncio.wait_for(asyncio.gather(net.fetch('delta', 0.05),\n"
    "            net.fetch('slow', 10)), timeout=0.5)\n"
    "    except asyncio.TimeoutError:\n"
    "        print('script: gave up waiting for slow')\n"
    "    try:\n"
    "        open('/etc/passwd')\n"
    "    except Exception as e:\n"
    "        print('script: sandboxed:', type(e).__name__, e)\n"
    "    return 'done'\n";

int main(void)
{
    /* The sandbox: no files, os or exit; plus a memory cap and a budget
     * of VM instructions for the interpreter's whole life. */
    AwConfig c;
    aw_config_sandbox(&c);
    c.memory_limit = 32u << 20;
    c.instruction_budget = 5000000;
    c.write_out = c.write_err = write_stdout;
    /* Read AW_GC_STRESS and the like, so that the sanitizer lane of the
     * tests reaches this host too; a production sandbox leaves it 0. */
    c.use_environment = 1;
    AwState *S = aw_new_config(&c);
    if (S == NULL)
        return 1;
    AwValue net = aw_module(S, "net");
    aw_def(S, net, "address", net_address, NULL);
    aw_def(S, net, "fetch", net_fetch, NULL);
    aw_release(S, net);

    /* Define main() in the host's __main__, start it on the host loop. */
    AwValue coro = AW_NULL, task = AW_NULL;
    if (aw_exec(S, script, "<script>", AW_NULL) == AW_OK &&
        (coro = aw_eval(S, "main()", AW_NULL)) != AW_NULL)
        task = aw_start(S, coro, main_done, NULL);
    aw_release(S, coro);
    aw_release(S, task);
    if (task == AW_NULL)
        aw_error_print(S);
    event_loop(S);
    aw_loop_close(S);

    /* The limits, seen from the host: a runaway loop and a huge string. */
    aw_set_budget(S, 100000);
    if (aw_exec(S, "while True:\n    pass\n", "<spin>", AW_NULL) != AW_OK)
        printf("host: spin stopped: %s\n", aw_error_type(S));
    aw_set_budget(S, 0);
    if (aw_exec(S, "s = 'x' * (64 << 20)\n", "<big>", AW_NULL) != AW_OK)
        printf("host: big string refused: %s\n", aw_error_type(S));
    printf("host: handles left: %zu\n", aw_handle_count(S));
    aw_free(S);
    return 0;
}
