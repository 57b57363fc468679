/* The clocks of the time module, one function per clock, in nanoseconds.
 * Under virtual time (S->virtual_time) the wall and monotonic clocks and
 * sleep are the event loop's virtual clock (runtime/clock.c); otherwise
 * they read the system's clocks at full resolution. */
#ifndef AW_MOD_TIME_H
#define AW_MOD_TIME_H

#include <time.h>

#include "vm/state.h"

int64_t awtime_wall_ns(AwState *S);      /* time.time_ns(): the epoch */
int64_t awtime_monotonic_ns(AwState *S); /* monotonic(), perf_counter() */
int64_t awtime_process_ns(AwState *S);   /* process_time(): CPU time */
int64_t awtime_thread_ns(AwState *S);    /* thread_time() */
/* Blocks for ns >= 0 nanoseconds (time.sleep), resuming after signals;
 * under virtual time, moves the virtual clock forward instead. Never
 * fails today; false with an exception set if it ever does. */
AW_NODISCARD bool awtime_sleep_ns(AwState *S, int64_t ns);

/* ------------------------------------------------------------------ */
/* Inside the time module: struct_time (stdlib/time_struct.c)          */

/* A struct tm read from a time tuple, with room for the zone name that
 * tm.tm_zone points to. */
typedef struct TmArg {
    struct tm tm;
    char zone[64];
} TmArg;

/* The struct_time type: a tuple of 9 with named fields, tm_zone and
 * tm_gmtoff. Not subclassable. */
Type *awtime_struct_type(AwState *S);
/* v is the struct_time type made by awtime_struct_type */
bool awtime_is_struct_type(Value v);
/* A struct_time of type t holding tm; utc tells a gmtime() result from a
 * localtime() one (which recomputes its zone on demand). */
AW_NODISCARD bool awtime_struct_new(AwState *S, Type *t, const struct tm *tm,
                                    bool utc, Value *out);
/* CPython's gettmarg: a 9-tuple or struct_time to a struct tm (fields
 * converted back: tm_year - 1900, tm_mon - 1...); fname names the caller
 * in "mktime(): illegal time tuple argument". */
AW_NODISCARD bool awtime_tm_from(AwState *S, Value v, const char *fname,
                                 TmArg *out);
/* CPython's checktm: zeros in month, day and day of year become their
 * first value; out-of-range fields raise ValueError. */
AW_NODISCARD bool awtime_check_tm(AwState *S, struct tm *tm);

#endif
