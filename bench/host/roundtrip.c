/* The cost of crossing between a host and aw, in ns per operation:
 *   roundtrip    a script task awaits a host future that the host's C
 *                function completes before returning (aw_future +
 *                aw_future_resolve), as an async host function whose
 *                answer is at hand does;
 *   call_c       aw code calling a C function, host.add(i, 1), in a loop;
 *   call_script  C calling an aw function with aw_call (arguments made
 *                and results released as a host does).
 * Prints "NAME NS" lines: the median of REPS runs (argv[1], default 5).
 * bench/host/run builds it and compares it with roundtrip_lua.c. */
#define _POSIX_C_SOURCE 200809L
#include <aw.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define N_ROUNDTRIP 200000
#define N_CALLS 1000000

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static void die(AwState *S, const char *what)
{
    fprintf(stderr, "roundtrip: %s: %s: %s\n", what, aw_error_type(S),
            aw_error_message(S));
    exit(1);
}

/* host.ready(x): a future already completed with x. */
static AwValue host_ready(AwState *S, int argc, const AwValue *argv,
                          AwValue kwargs, void *ud)
{
    AwValue fut = aw_future(S);
    if (fut == AW_NULL || aw_future_resolve(S, fut, argv[0]) != AW_OK) {
        aw_release(S, fut);
        return AW_NULL;
    }
    return fut;
}

/* host.add(a, b). */
static AwValue host_add(AwState *S, int argc, const AwValue *argv,
                        AwValue kwargs, void *ud)
{
    int64_t a, b;
    if (argc != 2 || aw_to_int64(S, argv[0], &a) || aw_to_int64(S, argv[1], &b))
        return argc != 2 ? (aw_raise(S, "TypeError", "add(a, b)"), AW_NULL)
                         : AW_NULL;
    return aw_int(S, a + b);
}

static const char *script = "import host\n"
                            "async def roundtrip(n):\n"
                            "    s = 0\n"
                            "    for i in range(n):\n"
                            "        s += await host.ready(i)\n"
                            "    return s\n"
                            "def call_c(n):\n"
                            "    add = host.add\n"
                            "    s = 0\n"
                            "    for i in range(n):\n"
                            "        s = add(s, 1)\n"
                            "    return s\n"
                            "def inc(x):\n"
                            "    return x + 1\n";

/* ns per op of `fn(n)` (a coroutine when async_ is set: run it). */
static double time_script(AwState *S, const char *fn, int n, int async_)
{
    AwValue f = aw_get_global(S, AW_NULL, fn), arg = aw_int(S, n);
    double t0 = now_ns();
    AwValue r = aw_call(S, f, 1, &arg, AW_NULL);
    if (r != AW_NULL && async_) {
        AwValue coro = r;
        r = aw_run(S, coro);
        aw_release(S, coro);
    }
    double t1 = now_ns();
    int64_t got;
    if (r == AW_NULL || aw_to_int64(S, r, &got) != AW_OK)
        die(S, fn);
    if (got != (async_ ? (int64_t)n * (n - 1) / 2 : n))
        fprintf(stderr, "roundtrip: %s gave %lld\n", fn, (long long)got);
    aw_release(S, r);
    aw_release(S, arg);
    aw_release(S, f);
    return (t1 - t0) / n;
}

static double time_call_script(AwState *S, int n)
{
    AwValue inc = aw_get_global(S, AW_NULL, "inc");
    int64_t x = 0;
    double t0 = now_ns();
    for (int i = 0; i < n; i++) {
        AwValue arg = aw_int(S, x);
        AwValue r = aw_call(S, inc, 1, &arg, AW_NULL);
        if (r == AW_NULL || aw_to_int64(S, r, &x) != AW_OK)
            die(S, "inc");
        aw_release(S, r);
        aw_release(S, arg);
    }
    double t1 = now_ns();
    if (x != n)
        fprintf(stderr, "roundtrip: inc gave %lld\n", (long long)x);
    aw_release(S, inc);
    return (t1 - t0) / n;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int main(int argc, char **argv)
{
    int reps = argc > 1 ? atoi(argv[1]) : 5;
    if (reps < 1 || reps > 100)
        reps = 5;
    AwState *S = aw_new();
    if (S == NULL)
        return 1;
    AwValue m = aw_module(S, "host");
    aw_def(S, m, "ready", host_ready, NULL);
    aw_def(S, m, "add", host_add, NULL);
    aw_release(S, m);
    if (aw_exec(S, script, "<bench>", AW_NULL) != AW_OK)
        die(S, "script");
    double rt[100], cc[100], cs[100];
    for (int r = 0; r < reps; r++) {
        rt[r] = time_script(S, "roundtrip", N_ROUNDTRIP, 1);
        cc[r] = time_script(S, "call_c", N_CALLS, 0);
        cs[r] = time_call_script(S, N_CALLS);
    }
    printf("roundtrip %.1f\ncall_c %.1f\ncall_script %.1f\n", median(rt, reps),
           median(cc, reps), median(cs, reps));
    aw_free(S);
    return 0;
}
