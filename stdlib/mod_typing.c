/* The typing module. */
#include "stdlib/rec.h"

bool awmod_typing_init(AwState *S, Module *m)
{
    return true;
}
