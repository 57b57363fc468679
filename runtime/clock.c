/* Clocks. With virtual time (aw --virtual-time, AW_VIRTUAL_TIME=1) the
 * monotonic clock stands still while code runs and jumps to the next
 * timer when the loop would sleep; the wall clock moves with it from the
 * real time of start-up, or from AW_VIRTUAL_EPOCH (seconds since the
 * epoch) when set and the host lets aw read the environment. Every clock
 * reading in aw goes through here. */
#include <math.h>
#include <stdlib.h>
#include <time.h>

#include "runtime/loop.h"

static double real_monotonic(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double real_wall(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The virtual monotonic clock starts on a whole second, so that whole
 * seconds slept are exact differences of perf_counter() (1.0, not
 * 0.9999999999). A test that prints the wall time (time.strftime) fixes
 * its start with AW_VIRTUAL_EPOCH. */
void awclock_init(AwState *S)
{
    S->vclock = floor(real_monotonic());
    double wall = real_wall();
    const char *epoch = S->use_env ? getenv("AW_VIRTUAL_EPOCH") : NULL;
    if (epoch != NULL && *epoch != '\0') {
        char *end;
        double e = strtod(epoch, &end);
        if (*end == '\0' && isfinite(e))
            wall = e;
    }
    S->vwall_offset = wall - S->vclock;
}

double awclock_monotonic(AwState *S)
{
    return S->virtual_time ? S->vclock : real_monotonic();
}

double awclock_wall(AwState *S)
{
    return S->virtual_time ? S->vclock + S->vwall_offset : real_wall();
}

void awclock_advance(AwState *S, double t)
{
    if (t > S->vclock)
        S->vclock = t;
}
