/* Out-of-memory injection: an allocator that refuses the Nth request,
 * for every N from 1 until a run no longer reaches it: start-up, a
 * script that uses much of the runtime, a second script, the end. Every
 * run must end cleanly: a result that is right or a MemoryError, an
 * interpreter that still works after it, and every byte back with the
 * host at aw_free (LeakSanitizer checks the C library's side under
 * --enable-sanitizers). A second pass refuses every request from the
 * Nth on, until the script is over: the paths that handle a failure
 * must not need memory to stay sound.
 *
 * AW_OOM_STRIDE=K tries every Kth N only (default: a stride that keeps
 * the test to about 2,000 runs, and a fifth of that for the second
 * pass); AW_OOM_FROM=N starts there. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "aw.h"
#include "check.h"

typedef struct Injector {
    uint64_t requests; /* requests for memory so far */
    uint64_t fail_at;  /* the request refused (0: none) */
    bool persistent;   /* and every one after it */
    bool failed;
    size_t live, bad_sizes;
} Injector;

#define HDR 16

static void *inject_alloc(void *ud, void *ptr, size_t oldsize, size_t newsize)
{
    Injector *in = ud;
    char *p = ptr ? (char *)ptr - HDR : NULL;
    if (p != NULL && memcmp(p, &oldsize, sizeof oldsize) != 0)
        in->bad_sizes++;
    if (newsize == 0) {
        in->live -= oldsize;
        free(p);
        return NULL;
    }
    if (newsize > oldsize || p == NULL) {
        ++in->requests;
        if (in->fail_at != 0 && (in->requests == in->fail_at ||
                                 (in->persistent &&
                                  in->requests > in->fail_at))) {
            in->failed = true;
            return NULL;
        }
    }
    char *q = realloc(p, newsize + HDR);
    if (q == NULL)
        return NULL;
    memcpy(q, &newsize, sizeof newsize);
    in->live += newsize - (p ? oldsize : 0);
    return q + HDR;
}

typedef struct Capture {
    char out[4096], err[8192];
    size_t nout, nerr;
} Capture;

static void put(char *buf, size_t cap, size_t *n, const char *d, size_t len)
{
    if (d == NULL)
        return;
    if (len > cap - 1 - *n)
        len = cap - 1 - *n;
    memcpy(buf + *n, d, len);
    *n += len;
    buf[*n] = '\0';
}

static void cap_out(void *ud, const char *d, size_t len)
{
    Capture *c = ud;
    put(c->out, sizeof c->out, &c->nout, d, len);
}

static void cap_err(void *ud, const char *d, size_t len)
{
    Capture *c = ud;
    put(c->err, sizeof c->err, &c->nerr, d, len);
}

static const char *last_line(const char *s)
{
    static char line[256];
    size_t end = strlen(s);
    while (end > 0 && s[end - 1] == '\n')
        end--;
    size_t start = end;
    while (start > 0 && s[start - 1] != '\n')
        start--;
    size_t n = end - start < sizeof line - 1 ? end - start : sizeof line - 1;
    memcpy(line, s + start, n);
    line[n] = '\0';
    return line;
}

static const char script[] =
    "import asyncio\n"
    "class Shape:\n"
    "    def __init__(self, name, sides):\n"
    "        self.name, self.sides = name, sides\n"
    "    def __repr__(self):\n"
    "        return f'{type(self).__name__}({self.name!r}, {self.sides})'\n"
    "class Square(Shape):\n"
    "    def area(self, a):\n"
    "        return a * a\n"
    "def fib(n):\n"
    "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
    "def words(text):\n"
    "    counts = {}\n"
    "    for w in text.split():\n"
    "        counts[w.lower()] = counts.get(w.lower(), 0) + 1\n"
    "    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))\n"
    "def risky(x):\n"
    "    try:\n"
    "        if x % 3 == 0:\n"
    "            raise ValueError(f'bad {x}')\n"
    "        return x\n"
    "    except ValueError as e:\n"
    "        return str(e)\n"
    "    finally:\n"
    "        pass\n"
    "async def work(i):\n"
    "    await asyncio.sleep(0)\n"
    "    return i * i\n"
    "async def main():\n"
    "    t = asyncio.create_task(work(10))\n"
    "    r = await asyncio.gather(work(1), work(2), work(3))\n"
    "    return r + [await t]\n"
    "def gen(n):\n"
    "    for i in range(n):\n"
    "        yield i * 2\n"
    "def outer():\n"
    "    k = 3\n"
    "    def inner(x):\n"
    "        nonlocal k\n"
    "        k += x\n"
    "        return k\n"
    "    return inner\n"
    "class Ctx:\n"
    "    def __enter__(self):\n"
    "        return 'in'\n"
    "    def __exit__(self, *exc):\n"
    "        return False\n"
    "async def agen():\n"
    "    for i in range(3):\n"
    "        yield i\n"
    "async def consume():\n"
    "    return [x async for x in agen()]\n"
    "def chain():\n"
    "    try:\n"
    "        try:\n"
    "            {}['k']\n"
    "        except KeyError as e:\n"
    "            raise RuntimeError('wrapped') from e\n"
    "    except RuntimeError as e:\n"
    "        return f'{e} <- {e.__cause__!r}'\n"
    "f = outer()\n"
    "with Ctx() as c:\n"
    "    print(c, list(gen(4)), f(1), f(2), chain())\n"
    "print(sorted({3, 1, 2} | {5}), 'a,b'.split(','), '%05.1f' % 2.25,\n"
    "      '{:>4}|{:x}'.format('ab', 255), 10 ** 20 // 7, 2.5 * 4)\n"
    "print(asyncio.run(consume()), dict(sorted({'b': 1, 'a': 2}.items())))\n"
    "s = Square('sq', 4)\n"
    "print(repr(s), s.area(3), fib(12))\n"
    "print(words('the cat and The dog and THE bird')[:2])\n"
    "print([risky(i) for i in range(5)])\n"
    "print({k: v for k, v in zip('abc', range(3))}, '-'.join(['x', 'y']))\n"
    "print(asyncio.run(main()))\n";

static const char expected[] =
    "in [0, 2, 4, 6] 4 6 wrapped <- KeyError('k')\n"
    "[1, 2, 3, 5] ['a', 'b'] 002.2   ab|ff 14285714285714285714 10.0\n"
    "[0, 1, 2] {'a': 2, 'b': 1}\n"
    "Square('sq', 4) 9 144\n"
    "[('the', 3), ('and', 2)]\n"
    "['bad 0', 1, 2, 'bad 3', 4]\n"
    "{'a': 0, 'b': 1, 'c': 2} x-y\n"
    "[1, 4, 9, 100]\n";

typedef struct Tally {
    int runs, no_state, ok, memory_errors;
} Tally;

/* One run refusing request n (and every later one of the script when
 * persistent); false when the run never got there. */
static bool run_once(uint64_t n, bool persistent, Tally *t)
{
    Injector in = {0, n, persistent, false, 0, 0};
    Capture cap;
    cap.nout = cap.nerr = 0;
    cap.out[0] = cap.err[0] = '\0';
    AwConfig c;
    aw_config_init(&c); /* the environment: AW_GC_STRESS */
    c.modules = AW_MODULES_SANDBOX;
    c.alloc = inject_alloc;
    c.alloc_ud = &in;
    c.write_out = cap_out;
    c.write_err = cap_err;
    c.write_ud = &cap;
    c.virtual_time = 1;
    AwState *S = aw_new_config(&c);
    t->runs++;
    if (S == NULL) {
        t->no_state++;
        CHECK(in.failed);
    } else {
        int st = aw_run_string(S, script, "<oom>");
        if (st == 0) {
            t->ok++;
            if (strcmp(cap.out, expected) != 0) {
                printf("request %llu: wrong output:\n%s",
                       (unsigned long long)n, cap.out);
                CHECK(!"the output of a run that succeeded");
            }
        } else {
            t->memory_errors++;
            const char *last = last_line(cap.err);
            /* with every request refused, even the report may fail */
            if (st != 1 ||
                (strcmp(last, "MemoryError") != 0 &&
                 !(persistent && (*last == '\0' ||
                                  strcmp(last, "Traceback (most recent "
                                               "call last):") == 0)))) {
                printf("request %llu: status %d, %s\n",
                       (unsigned long long)n, st, last);
                CHECK(!"a failed run ends in MemoryError");
            }
        }
        /* whatever happened, the interpreter works on (and nothing
         * fails any more: the run is over) */
        in.fail_at = 0;
        cap.nout = 0;
        cap.out[0] = '\0';
        if (aw_run_string(S, "print(sum(range(10)), 'ok')\n", "<after>") !=
                0 ||
            strcmp(cap.out, "45 ok\n") != 0) {
            printf("request %llu: unusable after: %s\n",
                   (unsigned long long)n, last_line(cap.err));
            CHECK(!"the interpreter runs after a MemoryError");
        }
        aw_free(S);
    }
    if (in.live != 0 || in.bad_sizes != 0) {
        printf("request %llu: %zu bytes not freed, %zu wrong sizes\n",
               (unsigned long long)n, in.live, in.bad_sizes);
        CHECK(!"every byte back at aw_free");
    }
    return in.failed;
}

int main(void)
{
    /* how many requests a whole run makes */
    Tally t = {0};
    run_once(0, false, &t);
    Injector probe = {0};
    AwConfig c;
    aw_config_init(&c); /* the environment: AW_GC_STRESS */
    c.modules = AW_MODULES_SANDBOX;
    c.alloc = inject_alloc;
    c.alloc_ud = &probe;
    c.virtual_time = 1;
    c.write_out = cap_out;
    Capture sink = {{0}, {0}, 0, 0};
    c.write_ud = &sink;
    AwState *S = aw_new_config(&c);
    CHECK(S != NULL);
    CHECK(aw_run_string(S, script, "<oom>") == 0);
    CHECK(strcmp(sink.out, expected) == 0);
    uint64_t total = probe.requests;
    aw_free(S);

    const char *env = getenv("AW_OOM_STRIDE");
    uint64_t stride = env ? strtoull(env, NULL, 10) : total / 2000 + 1;
    env = getenv("AW_OOM_FROM");
    uint64_t n = env ? strtoull(env, NULL, 10) : 1;
    if (stride == 0)
        stride = 1;
    for (int pass = 0; pass < 2; pass++) {
        uint64_t step = pass == 0 ? stride : stride * 5;
        memset(&t, 0, sizeof t);
        for (uint64_t i = n; run_once(i, pass == 1, &t); i += step)
            ;
        printf("oom: %llu requests a run, every %llu%s refused: %d runs, "
               "%d without an interpreter, %d right, %d MemoryError\n",
               (unsigned long long)total, (unsigned long long)step,
               pass ? " and all after it" : "", t.runs, t.no_state, t.ok,
               t.memory_errors);
        CHECK(t.runs > 1 && t.memory_errors > 0);
    }
    return done_testing("oom");
}
