/* The time module: the clocks (one function each, see mod_time.h), sleep,
 * gmtime/localtime/mktime, strftime/asctime/ctime and the timezone
 * attributes, with CPython 3.11's argument checks and messages. The
 * struct_time type is in stdlib/time_struct.c. */
#include <errno.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "runtime/loop.h"
#include "stdlib/mod_time.h"
#include "stdlib/modules.h"
#include "vm/class.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/limit.h"
#include "vm/num.h"
#include "vm/str.h"

/* ------------------------------------------------------------------ */
/* The clocks                                                          */

static int64_t clock_ns(clockid_t id)
{
    struct timespec ts;
    if (clock_gettime(id, &ts) != 0)
        return 0;
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Under virtual time (aw --virtual-time) the wall and monotonic clocks
 * are the event loop's (runtime/clock.c): they stand still while code
 * runs, and sleep jumps them forward instead of blocking. */
int64_t awtime_wall_ns(AwState *S)
{
    if (S->virtual_time)
        return (int64_t)(awclock_wall(S) * 1e9);
    return clock_ns(CLOCK_REALTIME);
}

int64_t awtime_monotonic_ns(AwState *S)
{
    if (S->virtual_time)
        return (int64_t)(awclock_monotonic(S) * 1e9);
    return clock_ns(CLOCK_MONOTONIC);
}

int64_t awtime_process_ns(AwState *S)
{
    (void)S;
    return clock_ns(CLOCK_PROCESS_CPUTIME_ID);
}

int64_t awtime_thread_ns(AwState *S)
{
    (void)S;
    return clock_ns(CLOCK_THREAD_CPUTIME_ID);
}

bool awtime_sleep_ns(AwState *S, int64_t ns)
{
    if (S->virtual_time) {
        awclock_advance(S, awclock_monotonic(S) + (double)ns / 1e9);
        return true;
    }
    /* with an interrupt callback, sleeps in slices and polls it between
     * them: a host's wall-clock limit holds in time.sleep too */
    const int64_t slice = S->interrupt ? (int64_t)(AWLOOP_POLL_SLICE * 1e9)
                                       : INT64_MAX;
    while (ns > 0) {
        int64_t part = ns < slice ? ns : slice;
        struct timespec req = {(time_t)(part / 1000000000),
                               (long)(part % 1000000000)};
        struct timespec rem;
        while (nanosleep(&req, &rem) != 0 && errno == EINTR)
            req = rem;
        ns -= part;
        if (S->interrupt != NULL && !awlimit_step(S))
            return false;
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* Arguments                                                           */

static bool no_kw(AwState *S, const char *name, Tuple *kwnames)
{
    if (kwnames && kwnames->len)
        return awerr_format(S, EXC_TypeError,
                            "%s() takes no keyword arguments", name);
    return true;
}

/* "gmtime() takes at most 1 argument (2 given)" (argc excludes self) */
static bool at_most_one(AwState *S, const char *name, int argc,
                        Tuple *kwnames)
{
    if (!no_kw(S, name, kwnames))
        return false;
    if (argc > 1)
        return awerr_format(S, EXC_TypeError,
                            "%s() takes at most 1 argument (%d given)", name,
                            argc);
    return true;
}

/* CPython's _PyTime_ObjectToTime_t, rounding floats down. */
static bool to_time_t(AwState *S, Value v, time_t *out)
{
    v = awclass_unbox(v);
    if (IS_FLOAT(v)) {
        double d = AS_FLOAT(v);
        if (isnan(d))
            return awerr_format(S, EXC_ValueError,
                                "Invalid value NaN (not a number)");
        d = floor(d);
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
            return awerr_format(S, EXC_OverflowError,
                                "timestamp out of range for platform time_t");
        *out = (time_t)d;
        return true;
    }
    Value i;
    if (!awobj_index(S, v, &i))
        return false;
    if (IS_BIGINT(i))
        return awerr_format(S, EXC_OverflowError,
                            "timestamp out of range for platform time_t");
    *out = (time_t)AS_INT(i);
    return true;
}

/* seconds (or None: now) as a time_t */
static bool when(AwState *S, int argc, Value *argv, time_t *out)
{
    if (argc == 0 || IS_NONE(argv[0])) {
        *out = (time_t)(awtime_wall_ns(S) / 1000000000);
        return true;
    }
    return to_time_t(S, argv[0], out);
}

/* ------------------------------------------------------------------ */
/* Clocks as functions                                                 */

static bool no_args(AwState *S, const char *name, int argc, Tuple *kwnames)
{
    if (kwnames && kwnames->len)
        return awerr_format(S, EXC_TypeError,
                            "time.%s() takes no keyword arguments", name);
    if (argc > 1)
        return awerr_format(S, EXC_TypeError,
                            "time.%s() takes no arguments (%d given)", name,
                            argc - 1);
    return true;
}

/* CPython's _PyTime_AsSecondsDouble */
static double seconds(int64_t ns)
{
    if (ns % 1000000000 == 0)
        return (double)(ns / 1000000000);
    return (double)ns / 1e9;
}

#define CLOCK_FUNCS(name, clock)                                             \
    static bool t_##name(AwState *S, int argc, Value *argv,                  \
                         Tuple *kwnames, Value *out)                         \
    {                                                                        \
        (void)argv;                                                          \
        if (!no_args(S, #name, argc, kwnames))                               \
            return false;                                                    \
        *out = FLOAT_VAL(seconds(clock(S)));                                 \
        return true;                                                         \
    }                                                                        \
    static bool t_##name##_ns(AwState *S, int argc, Value *argv,             \
                              Tuple *kwnames, Value *out)                    \
    {                                                                        \
        (void)argv;                                                          \
        if (!no_args(S, #name "_ns", argc, kwnames))                         \
            return false;                                                    \
        *out = INT_VAL(clock(S));                                            \
        return true;                                                         \
    }

CLOCK_FUNCS(time, awtime_wall_ns)
CLOCK_FUNCS(monotonic, awtime_monotonic_ns)
CLOCK_FUNCS(perf_counter, awtime_monotonic_ns)
CLOCK_FUNCS(process_time, awtime_process_ns)
CLOCK_FUNCS(thread_time, awtime_thread_ns)

/* sleep(secs): CPython's conversion (floats round up to the next
 * nanosecond) and messages. */
static bool t_sleep(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    if (!no_kw(S, "time.sleep", kwnames))
        return false;
    if (argc != 2)
        return awerr_format(S, EXC_TypeError,
                            "time.sleep() takes exactly one argument "
                            "(%d given)",
                            argc - 1);
    int64_t ns;
    Value v = awclass_unbox(argv[1]), i;
    if (IS_FLOAT(v)) {
        double d = AS_FLOAT(v);
        if (isnan(d))
            return awerr_format(S, EXC_ValueError,
                                "Invalid value NaN (not a number)");
        d = ceil(d * 1e9);
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
            return awerr_format(S, EXC_OverflowError,
                                "timestamp out of range for platform time_t");
        ns = (int64_t)d;
    } else {
        if (!awobj_index(S, v, &i))
            return false;
        if (IS_BIGINT(i) || AS_INT(i) > INT64_MAX / 1000000000 ||
            AS_INT(i) < INT64_MIN / 1000000000)
            return awerr_format(S, EXC_OverflowError,
                                "timestamp too large to convert to C "
                                "_PyTime_t");
        ns = AS_INT(i) * 1000000000;
    }
    if (ns < 0)
        return awerr_format(S, EXC_ValueError,
                            "sleep length must be non-negative");
    if (!awtime_sleep_ns(S, ns))
        return false;
    *out = NONE_VAL;
    return true;
}

/* ------------------------------------------------------------------ */
/* Broken-down time                                                    */

/* The struct_time type, kept in the module (functions get the module as
 * their self). */
static bool struct_type(AwState *S, Value module, Type **out)
{
    String *k = awstr_intern_cstr(S, "struct_time");
    if (!k)
        return false;
    Value t = awdict_get_str(S, ((Module *)AS_OBJ(module))->dict, k);
    if (!awtime_is_struct_type(t))
        return awerr_format(S, EXC_RuntimeError,
                            "time.struct_time was replaced");
    *out = AS_TYPE(t);
    return true;
}

static bool broken_down(AwState *S, const char *name, bool utc, int argc,
                        Value *argv, Tuple *kwnames, Value *out)
{
    time_t t;
    struct tm tm;
    Type *st = NULL;
    if (!at_most_one(S, name, argc - 1, kwnames) ||
        !when(S, argc - 1, argv + 1, &t) || !struct_type(S, argv[0], &st))
        return false;
    errno = 0;
    if (!(utc ? gmtime_r(&t, &tm) : localtime_r(&t, &tm)))
        return awerr_from_errno(S, errno ? errno : EINVAL, NULL_VAL);
    return awtime_struct_new(S, st, &tm, utc, out);
}

static bool t_gmtime(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    return broken_down(S, "gmtime", true, argc, argv, kwnames, out);
}

static bool t_localtime(AwState *S, int argc, Value *argv, Tuple *kwnames,
                        Value *out)
{
    return broken_down(S, "localtime", false, argc, argv, kwnames, out);
}

static bool t_mktime(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    TmArg a;
    if (!no_kw(S, "time.mktime", kwnames))
        return false;
    if (argc != 2)
        return awerr_format(S, EXC_TypeError,
                            "time.mktime() takes exactly one argument "
                            "(%d given)",
                            argc - 1);
    if (!awtime_tm_from(S, argv[1], "mktime", &a))
        return false;
    a.tm.tm_wday = -1; /* mktime sets it: still -1 means it failed */
    time_t t = mktime(&a.tm);
    if (t == (time_t)-1 && a.tm.tm_wday == -1)
        return awerr_format(S, EXC_OverflowError,
                            "mktime argument out of range");
    *out = FLOAT_VAL((double)t);
    return true;
}

/* ------------------------------------------------------------------ */
/* Formatting                                                          */

/* The time tuple argument, or the local time now when absent. */
static bool tm_arg(AwState *S, const char *name, bool given, Value v,
                   TmArg *a)
{
    if (given)
        return awtime_tm_from(S, v, name, a);
    time_t now = (time_t)(awtime_wall_ns(S) / 1000000000);
    memset(a, 0, sizeof *a);
    errno = 0;
    if (!localtime_r(&now, &a->tm))
        return awerr_from_errno(S, errno ? errno : EINVAL, NULL_VAL);
    return true;
}

static bool strftime_of(AwState *S, String *fmt, struct tm *tm, Value *out)
{
    size_t cap = 1024, n = 0;
    char *buf = NULL;
    for (;;) {
        buf = awmem_alloc(S, cap);
        if (!buf)
            return awerr_nomem(S);
        n = strftime(buf, cap, fmt->data, tm);
        /* 0 is an empty result or a full buffer: CPython gives up
         * growing at 256 times the format's length */
        if (n > 0 || cap >= 256 * fmt->len)
            break;
        awmem_free(S, buf, cap);
        cap *= 2;
    }
    String *s = awstr_new(S, buf, awutf8_check(buf, n));
    awmem_free(S, buf, cap);
    *out = s ? OBJ_VAL(s) : NULL_VAL;
    return s != NULL;
}

static bool t_strftime(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    TmArg a;
    argc--, argv++;
    if (!no_kw(S, "strftime", kwnames))
        return false;
    if (argc < 1 || argc > 2)
        return awerr_format(S, EXC_TypeError,
                            "strftime() takes at %s %d argument%s (%d given)",
                            argc < 1 ? "least" : "most", argc < 1 ? 1 : 2,
                            argc < 1 ? "" : "s", argc);
    if (!IS_STR(argv[0]))
        return awerr_format(S, EXC_TypeError,
                            "strftime() argument 1 must be str, not %s",
                            awobj_typename(S, argv[0]));
    String *fmt = AS_STR(argv[0]);
    if (!tm_arg(S, "strftime", argc == 2, argc == 2 ? argv[1] : NULL_VAL,
                &a) ||
        !awtime_check_tm(S, &a.tm))
        return false;
    if (a.tm.tm_isdst < -1)
        a.tm.tm_isdst = -1;
    else if (a.tm.tm_isdst > 1)
        a.tm.tm_isdst = 1;
    if (memchr(fmt->data, 0, fmt->len))
        return awerr_format(S, EXC_ValueError, "embedded null character");
    return strftime_of(S, fmt, &a.tm, out);
}

/* "Thu Jan  1 00:00:00 1970" */
static bool asctime_of(AwState *S, const struct tm *tm, Value *out)
{
    static const char wday[7][4] = {"Sun", "Mon", "Tue", "Wed",
                                    "Thu", "Fri", "Sat"};
    static const char mon[12][4] = {"Jan", "Feb", "Mar", "Apr",
                                    "May", "Jun", "Jul", "Aug",
                                    "Sep", "Oct", "Nov", "Dec"};
    String *s = awstr_printf(S, "%s %s%3d %.2d:%.2d:%.2d %lld",
                             wday[tm->tm_wday], mon[tm->tm_mon], tm->tm_mday,
                             tm->tm_hour, tm->tm_min, tm->tm_sec,
                             (long long)tm->tm_year + 1900);
    *out = s ? OBJ_VAL(s) : NULL_VAL;
    return s != NULL;
}

static bool t_asctime(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    TmArg a;
    argc--, argv++;
    if (!no_kw(S, "asctime", kwnames))
        return false;
    if (argc > 1)
        return awerr_format(S, EXC_TypeError,
                            "asctime expected at most 1 argument, got %d",
                            argc);
    return tm_arg(S, "asctime", argc == 1, argc ? argv[0] : NULL_VAL, &a) &&
           awtime_check_tm(S, &a.tm) && asctime_of(S, &a.tm, out);
}

static bool t_ctime(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    time_t t;
    struct tm tm;
    if (!at_most_one(S, "ctime", argc - 1, kwnames) ||
        !when(S, argc - 1, argv + 1, &t))
        return false;
    errno = 0;
    if (!localtime_r(&t, &tm))
        return awerr_from_errno(S, errno ? errno : EINVAL, NULL_VAL);
    return asctime_of(S, &tm, out);
}

/* ------------------------------------------------------------------ */
/* Time zone                                                           */

/* timezone, altzone, daylight and tzname from the local time in January
 * and July of this year, as CPython computes them. */
static bool set_timezone(AwState *S, Module *m)
{
    const time_t year = (365 * 24 + 6) * 3600;
    time_t t = (time_t)(awtime_wall_ns(S) / 1000000000) / year * year;
    struct tm p;
    char names[2][10] = {"", ""};
    long zones[2] = {0, 0};
    for (int i = 0; i < 2; i++, t += year / 2) {
        if (!localtime_r(&t, &p))
            continue;
        snprintf(names[i], sizeof names[i], "%s", p.tm_zone ? p.tm_zone : "");
        zones[i] = -p.tm_gmtoff;
    }
    int std = zones[0] < zones[1] ? 1 : 0; /* southern hemisphere */
    String *a = awstr_cstr(S, names[std]);
    if (!a)
        return false;
    awgc_push(S, OBJ_VAL(a));
    String *b = awstr_cstr(S, names[1 - std]);
    Tuple *tz = NULL;
    if (b) {
        Value items[2] = {OBJ_VAL(a), OBJ_VAL(b)};
        awgc_push(S, OBJ_VAL(b));
        tz = awtuple_from_array(S, items, 2);
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    if (!tz)
        return false;
    awgc_push(S, OBJ_VAL(tz)); /* the other names allocate first */
    bool ok = awmodule_set(S, m, "timezone", INT_VAL(zones[std])) &&
              awmodule_set(S, m, "altzone", INT_VAL(zones[1 - std])) &&
              awmodule_set(S, m, "daylight", INT_VAL(zones[0] != zones[1])) &&
              awmodule_set(S, m, "tzname", OBJ_VAL(tz));
    awgc_pop(S, 1);
    return ok;
}

static bool t_tzset(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    if (!no_args(S, "tzset", argc, kwnames))
        return false;
    tzset();
    *out = NONE_VAL;
    return set_timezone(S, (Module *)AS_OBJ(argv[0]));
}

/* ------------------------------------------------------------------ */
/* The module                                                          */

static const MethodDef time_funcs[] = {
    {"asctime", t_asctime, MF_METHOD},
    {"ctime", t_ctime, MF_METHOD},
    {"gmtime", t_gmtime, MF_METHOD},
    {"localtime", t_localtime, MF_METHOD},
    {"mktime", t_mktime, MF_METHOD},
    {"monotonic", t_monotonic, MF_METHOD},
    {"monotonic_ns", t_monotonic_ns, MF_METHOD},
    {"perf_counter", t_perf_counter, MF_METHOD},
    {"perf_counter_ns", t_perf_counter_ns, MF_METHOD},
    {"process_time", t_process_time, MF_METHOD},
    {"process_time_ns", t_process_time_ns, MF_METHOD},
    {"sleep", t_sleep, MF_METHOD},
    {"strftime", t_strftime, MF_METHOD},
    {"thread_time", t_thread_time, MF_METHOD},
    {"thread_time_ns", t_thread_time_ns, MF_METHOD},
    {"time", t_time, MF_METHOD},
    {"time_ns", t_time_ns, MF_METHOD},
    {"tzset", t_tzset, MF_METHOD},
    {NULL, NULL, 0},
};

bool awmod_time_init(AwState *S, Module *m)
{
    if (!awmodule_add_bound_funcs(S, m, time_funcs))
        return false;
    Type *st = awtime_struct_type(S);
    tzset();
    return st && awmodule_set(S, m, "struct_time", OBJ_VAL(st)) &&
           set_timezone(S, m);
}
