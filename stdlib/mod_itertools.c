/* The itertools module. */
#include "stdlib/rec.h"

bool awmod_itertools_init(AwState *S, Module *m)
{
    return true;
}
