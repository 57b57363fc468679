/* Clocks. With virtual time (aw --virtual-time, AW_VIRTUAL_TIME=1) the
 * monotonic clock stands still while code runs and jumps to the next
 * timer when the loop would sleep; the wall clock moves with it from the
 * real time of start-up. Every clock reading in aw goes through here. */
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

void awclock_init(AwState *S)
{
    S->vclock = real_monotonic();
    S->vwall_offset = real_wall() - S->vclock;
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
