/* time.struct_time: a tuple of 9 fields with names, as CPython's
 * structseq, and the conversions between time tuples and struct tm that
 * strftime, asctime and mktime share (CPython's gettmarg and checktm). */
#include <limits.h>
#include <string.h>

#include "stdlib/mod_time.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/num.h"
#include "vm/str.h"

/* obj.flags of a struct_time (above the tuple's own bit): where it came
 * from, which says what tm_zone and tm_gmtoff are. A tuple has no room
 * for the two extra fields, so they are recomputed from the nine. */
#define ST_UTC 0x100   /* gmtime(): "GMT", offset 0 */
#define ST_LOCAL 0x200 /* localtime(): the zone in force at that time */

#define N_SEQ 9
static const char *const field_names[] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
    "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};

static bool st_repr(AwState *S, Value self, Value *out);

bool awtime_is_struct_type(Value v)
{
    return IS_TYPE(v) && AS_TYPE(v)->repr == st_repr;
}

/* ------------------------------------------------------------------ */
/* Fields                                                              */

/* The struct tm of a struct_time made by gmtime() or localtime(): its
 * items are small ints by construction. */
static void tm_of(Tuple *t, struct tm *tm)
{
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)AS_INT(t->items[0]) - 1900;
    tm->tm_mon = (int)AS_INT(t->items[1]) - 1;
    tm->tm_mday = (int)AS_INT(t->items[2]);
    tm->tm_hour = (int)AS_INT(t->items[3]);
    tm->tm_min = (int)AS_INT(t->items[4]);
    tm->tm_sec = (int)AS_INT(t->items[5]);
    tm->tm_isdst = (int)AS_INT(t->items[8]);
}

/* tm_zone and tm_gmtoff of t into zone (64 bytes) and *off; false when
 * t was built from a sequence (both are None then). */
static bool zone_of(Tuple *t, char *zone, long *off)
{
    if (t->obj.flags & ST_UTC) {
        strcpy(zone, "GMT"); /* what gmtime_r reports */
        *off = 0;
        return true;
    }
    if (!(t->obj.flags & ST_LOCAL))
        return false;
    struct tm tm, lt;
    tm_of(t, &tm);
    time_t when = mktime(&tm);
    if (!localtime_r(&when, &lt) || !lt.tm_zone) {
        zone[0] = 0;
        *off = 0;
        return true;
    }
    snprintf(zone, 64, "%s", lt.tm_zone);
    *off = lt.tm_gmtoff;
    return true;
}

static bool get_extra(AwState *S, Value self, bool want_zone, Value *out)
{
    char zone[64];
    long off;
    if (!zone_of(AS_TUPLE(self), zone, &off)) {
        *out = NONE_VAL;
        return true;
    }
    if (!want_zone) {
        *out = INT_VAL(off);
        return true;
    }
    String *s = awstr_new(S, zone, awutf8_check(zone, strlen(zone)));
    *out = s ? OBJ_VAL(s) : NULL_VAL;
    return s != NULL;
}

#define FIELD(i)                                                             \
    static bool get_##i(AwState *S, Value self, Value *out)                  \
    {                                                                        \
        (void)S;                                                             \
        *out = AS_TUPLE(self)->items[i];                                     \
        return true;                                                         \
    }
FIELD(0)
FIELD(1)
FIELD(2)
FIELD(3)
FIELD(4)
FIELD(5)
FIELD(6)
FIELD(7)
FIELD(8)

static bool get_zone(AwState *S, Value self, Value *out)
{
    return get_extra(S, self, true, out);
}

static bool get_gmtoff(AwState *S, Value self, Value *out)
{
    return get_extra(S, self, false, out);
}

static const GetSetDef st_getset[] = {
    {"tm_year", get_0, NULL},    {"tm_mon", get_1, NULL},
    {"tm_mday", get_2, NULL},    {"tm_hour", get_3, NULL},
    {"tm_min", get_4, NULL},     {"tm_sec", get_5, NULL},
    {"tm_wday", get_6, NULL},    {"tm_yday", get_7, NULL},
    {"tm_isdst", get_8, NULL},   {"tm_zone", get_zone, NULL},
    {"tm_gmtoff", get_gmtoff, NULL}, {NULL, NULL, NULL},
};

/* ------------------------------------------------------------------ */
/* The type                                                            */

static bool st_repr(AwState *S, Value self, Value *out)
{
    Tuple *t = AS_TUPLE(self);
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_puts(&b, "time.struct_time(");
    bool ok = true;
    for (size_t i = 0; ok && i < N_SEQ && i < t->len; i++) {
        awbuf_printf(&b, "%s%s=", i ? ", " : "", field_names[i]);
        ok = awbuf_repr(&b, t->items[i]);
    }
    awbuf_putc(&b, ')');
    String *s = ok ? awbuf_finish(&b) : NULL;
    if (!ok)
        awbuf_free(&b);
    *out = s ? OBJ_VAL(s) : NULL_VAL;
    return s != NULL;
}

/* struct_time(sequence): 9 items (10 or 11 are accepted, but tm_zone and
 * tm_gmtoff given that way are not kept). */
static bool st_new(AwState *S, Type *t, int argc, Value *argv,
                   Tuple *kwnames, Value *out)
{
    static const char *const kw[] = {"sequence", "dict"};
    Value a[2], holder;
    Value *items;
    size_t n;
    if (!awarg_unpack(S, "structseq", argc, argv, kwnames, 1, 2, kw, a) ||
        !awseq_fast(S, a[0], "constructor requires a sequence", &holder,
                    &items, &n))
        return false;
    if (n < N_SEQ || n > 11)
        return awerr_format(S, EXC_TypeError,
                            "time.struct_time() takes an %s %d-sequence "
                            "(%zu-sequence given)",
                            n < N_SEQ ? "at least" : "at most",
                            n < N_SEQ ? N_SEQ : 11, n);
    awgc_push(S, holder);
    Tuple *r = awtuple_new(S, N_SEQ);
    awgc_pop(S, 1);
    if (!r)
        return false;
    /* items stays valid: an allocation runs no aw code */
    memcpy(r->items, items, N_SEQ * sizeof(Value));
    r->obj.type = t;
    *out = OBJ_VAL(r);
    return true;
}

Type *awtime_struct_type(AwState *S)
{
    Type *t = awtype_new(S, "struct_time", TYPE(S, TUPLE), OBJ_TUPLE,
                         sizeof(Tuple));
    if (!t)
        return NULL;
    awgc_push(S, OBJ_VAL(t));
    t->tflags &= ~(uint32_t)TF_BASETYPE;
    t->repr = st_repr;
    t->str = st_repr;
    t->new_ = st_new;
    t->getset = st_getset;
    t->module = awstr_intern_cstr(S, "time");
    static const char *const counts[] = {"n_fields", "n_sequence_fields",
                                         "n_unnamed_fields"};
    static const int values[] = {11, N_SEQ, 0};
    bool ok = t->module != NULL;
    for (int i = 0; ok && i < 3; i++) {
        String *k = awstr_intern_cstr(S, counts[i]);
        ok = k && awdict_set_str(S, t->dict, k, INT_VAL(values[i]));
    }
    awgc_pop(S, 1);
    return ok ? t : NULL;
}

bool awtime_struct_new(AwState *S, Type *t, const struct tm *tm, bool utc,
                       Value *out)
{
    Tuple *r = awtuple_new(S, N_SEQ);
    if (!r)
        return false;
    int64_t f[N_SEQ] = {(int64_t)tm->tm_year + 1900, tm->tm_mon + 1,
                        tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
                        (tm->tm_wday + 6) % 7, tm->tm_yday + 1,
                        tm->tm_isdst};
    for (int i = 0; i < N_SEQ; i++)
        r->items[i] = INT_VAL(f[i]);
    r->obj.type = t;
    r->obj.flags |= utc ? ST_UTC : ST_LOCAL;
    *out = OBJ_VAL(r);
    return true;
}

/* ------------------------------------------------------------------ */
/* Time tuples to struct tm                                            */

/* PyArg_Parse's "i": an int that fits a C int. */
static bool c_int(AwState *S, Value v, int *out)
{
    Value i;
    if (!awobj_index(S, v, &i))
        return false;
    int sign = awint_sign(i);
    if (IS_BIGINT(i) || AS_INT(i) > INT_MAX || AS_INT(i) < INT_MIN)
        return awerr_format(S, EXC_OverflowError,
                            "signed integer is %s than %s",
                            sign > 0 ? "greater" : "less",
                            sign > 0 ? "maximum" : "minimum");
    *out = (int)AS_INT(i);
    return true;
}

bool awtime_tm_from(AwState *S, Value v, const char *fname, TmArg *out)
{
    if (!IS_TUPLE(v))
        return awerr_format(S, EXC_TypeError,
                            "Tuple or struct_time argument required");
    Tuple *t = AS_TUPLE(v);
    if (t->len != N_SEQ)
        return awerr_format(S, EXC_TypeError,
                            "%s(): illegal time tuple argument", fname);
    int f[N_SEQ];
    for (int i = 0; i < N_SEQ; i++)
        if (!c_int(S, t->items[i], &f[i]))
            return false;
    if (f[0] < INT_MIN + 1900)
        return awerr_format(S, EXC_OverflowError, "year out of range");
    struct tm *tm = &out->tm;
    memset(out, 0, sizeof *out);
    tm->tm_year = f[0] - 1900;
    tm->tm_mon = f[1] - 1;
    tm->tm_mday = f[2];
    tm->tm_hour = f[3];
    tm->tm_min = f[4];
    tm->tm_sec = f[5];
    tm->tm_wday = (f[6] + 1) % 7; /* C's %: negative stays negative */
    tm->tm_yday = f[7] - 1;
    tm->tm_isdst = f[8];
    long off;
    if (awtime_is_struct_type(OBJ_VAL(t->obj.type)) &&
        zone_of(t, out->zone, &off)) {
        tm->tm_zone = out->zone;
        tm->tm_gmtoff = off;
    }
    return true;
}

static bool out_of_range(AwState *S, const char *what)
{
    return awerr_format(S, EXC_ValueError, "%s out of range", what);
}

bool awtime_check_tm(AwState *S, struct tm *tm)
{
    if (tm->tm_mon == -1)
        tm->tm_mon = 0;
    else if (tm->tm_mon < 0 || tm->tm_mon > 11)
        return out_of_range(S, "month");
    if (tm->tm_mday == 0)
        tm->tm_mday = 1;
    else if (tm->tm_mday < 0 || tm->tm_mday > 31)
        return out_of_range(S, "day of month");
    if (tm->tm_hour < 0 || tm->tm_hour > 23)
        return out_of_range(S, "hour");
    if (tm->tm_min < 0 || tm->tm_min > 59)
        return out_of_range(S, "minute");
    if (tm->tm_sec < 0 || tm->tm_sec > 61)
        return out_of_range(S, "seconds");
    if (tm->tm_wday < 0) /* (wday + 1) % 7 bounds it above */
        return out_of_range(S, "day of week");
    if (tm->tm_yday == -1)
        tm->tm_yday = 0;
    else if (tm->tm_yday < 0 || tm->tm_yday > 365)
        return out_of_range(S, "day of year");
    return true;
}
