/* What the two halves of the math module share: the float functions of
 * stdlib/mod_math.c and the integer functions of stdlib/mod_math_int.c. */
#ifndef AW_MOD_MATH_H
#define AW_MOD_MATH_H

#include "vm/state.h"

/* Argument checks with the wording CPython 3.11's math module uses for
 * each kind of function. qual is "math.sqrt", name is "sqrt".
 * awmath_one: "math.sqrt() takes exactly one argument (2 given)";
 * awmath_npos: "fmod expected 2 arguments, got 1" and "perm expected at
 * most 2 arguments, got 3"; both refuse keywords with
 * "math.fmod() takes no keyword arguments". */
AW_NODISCARD bool awmath_nokw(AwState *S, const char *qual, Tuple *kwnames);
AW_NODISCARD bool awmath_one(AwState *S, const char *qual, int argc,
                             Tuple *kwnames);
AW_NODISCARD bool awmath_npos(AwState *S, const char *name, int argc,
                              Tuple *kwnames, int min, int max);

/* PyFloat_AsDouble: a float, an int (OverflowError when too large), or an
 * object with __float__ or __index__; else "must be real number, not X".
 * May run aw code. */
AW_NODISCARD bool awmath_as_double(AwState *S, Value v, double *out);

/* Calls type(v).name(v) with no other argument: 1 called (*out set), 0
 * when the type has no such method, -1 on error. */
int awmath_call_special(AwState *S, Value v, const char *name, Value *out);

/* The integer functions: factorial, gcd, lcm, isqrt, comb, perm, prod. */
extern const MethodDef awmath_int_funcs[];

#endif
