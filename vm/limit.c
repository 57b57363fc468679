/* The CPU limits' slow path: budget accounting, interrupt polling and the
 * Interrupted exception (see vm/limit.h for the scheme). */
#include "vm/limit.h"

#include "vm/exc.h"

/* A period no script reaches: the counter then never leaves the fast
 * path (2^62 ticks at a billion a second is a century). */
#define FOREVER ((int64_t)1 << 62)

static uint64_t counted(AwState *S)
{
    return (uint64_t)(S->tick_period - S->ticks);
}

/* Charges the ticks counted since the period began to the budget. */
static void charge(AwState *S)
{
    uint64_t n = counted(S);
    if (S->budget != UINT64_MAX)
        S->budget = n >= S->budget ? 0 : S->budget - n;
    S->tick_period = S->ticks = 0;
}

/* Starts the next period: the next poll, or the budget's end. */
static void refill(AwState *S)
{
    int64_t p = S->interrupt ? AW_INTERRUPT_INTERVAL : FOREVER;
    if (S->budget != UINT64_MAX && S->budget < (uint64_t)p)
        p = (int64_t)S->budget;
    S->tick_period = S->ticks = p;
}

void awlimit_set_budget(AwState *S, uint64_t budget)
{
    S->budget = budget == 0 ? UINT64_MAX : budget;
    if (S->halting == HALT_BUDGET)
        S->halting = HALT_NONE; /* a new budget: the script may run */
    if (S->halting == HALT_NONE)
        refill(S);
}

void awlimit_set_interrupt(AwState *S, AwInterruptFn fn, void *ud)
{
    if (S->halting == HALT_NONE)
        charge(S);
    S->interrupt = fn;
    S->interrupt_ud = ud;
    if (S->halting == HALT_NONE)
        refill(S);
}

uint64_t awlimit_budget_left(AwState *S)
{
    if (S->budget == UINT64_MAX)
        return UINT64_MAX;
    uint64_t n = counted(S);
    return n >= S->budget ? 0 : S->budget - n;
}

static bool raise_interrupted(AwState *S)
{
    /* every tick from now on comes here, until the halt ends */
    S->tick_period = S->ticks = 0;
    return awerr_format(S, EXC_Interrupted, "%s",
                        S->halting == HALT_BUDGET
                            ? "instruction budget exhausted"
                            : "interrupted by the host");
}

bool awlimit_tick(AwState *S)
{
    if (S->halting != HALT_NONE)
        return raise_interrupted(S);
    charge(S);
    if (S->budget == 0)
        S->halting = HALT_BUDGET;
    else if (S->interrupt != NULL && S->interrupt(S, S->interrupt_ud))
        S->halting = HALT_HOST;
    if (S->halting != HALT_NONE)
        return raise_interrupted(S);
    refill(S);
    return true;
}

bool awlimit_step(AwState *S)
{
    if (--S->ticks < 0 || S->interrupt != NULL)
        return awlimit_tick(S);
    return true;
}

void awlimit_settle(AwState *S)
{
    if (S->halting == HALT_HOST && S->frame == NULL) {
        S->halting = HALT_NONE;
        refill(S);
    }
}

bool awlimit_is_interrupted(AwState *S, Value exc)
{
    return IS_OBJ(exc) && AS_OBJ(exc)->type == EXC_TYPE(S, Interrupted);
}
