/* The collections module. */
#include "stdlib/rec.h"

static const MethodDef collections_functions[] = {
    {"namedtuple", awnt_factory, MF_STATIC},
    {NULL, NULL, 0},
};

bool awmod_collections_init(AwState *S, Module *m)
{
    return awmodule_add_funcs(S, m, collections_functions);
}
