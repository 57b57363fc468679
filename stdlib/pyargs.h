/* Argument binding for builtin functions that CPython writes in Python
 * (random.py's methods, os.getenv, posixpath's functions): the same
 * binding rules and the same TypeError messages as a Python function. */
#ifndef AW_PYARGS_H
#define AW_PYARGS_H

#include "vm/state.h"

/* Binds argc positional arguments and the keywords named by kwnames (their
 * values follow the positional ones in argv) to names: names[0..npos) are
 * positional-or-keyword, the first nreq of them required, and
 * names[npos..nnames) keyword-only. Unbound ones are NULL_VAL in out.
 * qual is the function's name in messages ("Random.randint", "join");
 * nself is 1 for a method, whose self CPython counts in "takes 3
 * positional arguments but 4 were given", else 0. */
AW_NODISCARD bool awpyargs(AwState *S, const char *qual, int nself, int argc,
                           Value *argv, Tuple *kwnames,
                           const char *const *names, int nreq, int npos,
                           int nnames, Value *out);

#endif
