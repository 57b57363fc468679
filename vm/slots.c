/* Dunder dispatch for classes. This stub keeps the slots a class
 * inherits from its builtin base; the `dunders` branch replaces it. */
#include "vm/slots.h"

bool awslots_update(AwState *S, Type *t)
{
    (void)S;
    (void)t;
    return true;
}
