/* The random module's generator, shared by stdlib/mod_random.c (the
 * Mersenne Twister, seeding, state, the Random type and the module) and
 * stdlib/random_methods.c (everything CPython's random.py builds on it:
 * randrange, choice, shuffle, sample, choices and the distributions). */
#ifndef AW_RANDOM_H
#define AW_RANDOM_H

#include "vm/state.h"

#define MT_N 624

/* The payload of a random.Random instance (a Native object). */
typedef struct RandState {
    uint32_t mt[MT_N];
    int index;          /* next word of mt to temper; MT_N: regenerate */
    bool has_gauss;     /* gauss() keeps its second value for next time */
    double gauss_next;
} RandState;

/* self's generator, or NULL with CPython's TypeError for a method
 * called on something that is not a Random. */
RandState *awrandom_state(AwState *S, Value self, const char *method);

uint32_t awrandom_u32(RandState *r);
/* random(): 53 random bits in [0, 1), as CPython's genrand_res53. */
double awrandom_double(RandState *r);
/* getrandbits(k) for k >= 0. */
AW_NODISCARD bool awrandom_bits(AwState *S, RandState *r, uint64_t k,
                                Value *out);
/* _randbelow(n) for an int n > 0: getrandbits(n.bit_length()) until the
 * draw is below n, exactly as random.py, so sequences match CPython's. */
AW_NODISCARD bool awrandom_below(AwState *S, RandState *r, Value n,
                                 Value *out);
uint64_t awrandom_below64(RandState *r, uint64_t n); /* the same, n > 0 */

/* Binds the arguments of a method that CPython writes in Python, with
 * the messages of a Python method "Random.name()": names[0..npos) are
 * positional-or-keyword (the first nreq required), names[npos..nnames)
 * keyword-only. argc/argv exclude self. Missing ones are NULL_VAL. */
AW_NODISCARD bool awrandom_args(AwState *S, const char *name, int argc,
                                Value *argv, Tuple *kwnames,
                                const char *const *names, int nreq, int npos,
                                int nnames, Value *out);

/* The methods of stdlib/random_methods.c (argv[0] is self). */
extern const MethodDef awrandom_methods[];

#endif
