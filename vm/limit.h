/* CPU limits: the instruction budget, the host's interrupt callback and
 * the Interrupted exception that stops a script.
 *
 * The VM keeps one counter, S->ticks, which it decrements where a script
 * could run forever: at a backward jump (by the loop's length in
 * instructions), at a call, at every entry into the dispatch loop (a
 * generator or coroutine resumed, a function called from C) and at every
 * task step. When it drops below zero the slow path, awlimit_tick,
 * charges what was counted to the budget, polls the interrupt and refills
 * the counter with the next period: AW_INTERRUPT_INTERVAL, or less when
 * the budget ends sooner. With neither a budget nor an interrupt the
 * period is practically infinite, so an unlimited interpreter never
 * leaves the fast path.
 *
 * Stopping sets S->halting and raises Interrupted, a BaseException that
 * no script names. While S halts, the unwinder skips every handler
 * (except, finally, a with's __exit__), tasks and loop rounds pass the
 * exception up instead of keeping it, and every further tick raises it
 * again, so C code that swallows it cannot keep the script going. A
 * budget halt lasts until aw_set_budget; a host interrupt, until the
 * failure reaches the host (awlimit_settle). */
#ifndef AW_LIMIT_H
#define AW_LIMIT_H

#include "vm/state.h"

enum { HALT_NONE, HALT_BUDGET, HALT_HOST };

#define AW_MAX_RECURSION_LIMIT 100000

/* A new budget (0: none), counted from now; it ends a budget's halt. */
void awlimit_set_budget(AwState *S, uint64_t budget);
/* The interrupt callback (NULL: none), polled from the next period. */
void awlimit_set_interrupt(AwState *S, AwInterruptFn fn, void *ud);
/* The slow path of the counter: false with Interrupted raised when the
 * script must stop. May allocate (the exception). */
AW_NODISCARD bool awlimit_tick(AwState *S);
/* One tick outside the dispatch loop (a task step), polling the
 * interrupt at once when there is one, as an await should. */
AW_NODISCARD bool awlimit_step(AwState *S);
/* Instructions left of the budget (UINT64_MAX: none). */
uint64_t awlimit_budget_left(AwState *S);
/* An error reached the host at the top level: a host interrupt's halt
 * ends there (the next call runs); a budget's stays. */
void awlimit_settle(AwState *S);
/* Whether exc is an Interrupted exception. */
bool awlimit_is_interrupted(AwState *S, Value exc);

#endif
