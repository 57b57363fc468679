/* Argument unpacking for builtin functions, with CPython's messages. */
#include <string.h>

#include "vm/state.h"

static bool too_many(AwState *S, const char *fname, int nreq, int nmax,
                     int given)
{
    if (nreq == nmax)
        return awerr_format(S, EXC_TypeError,
                            "%s() takes exactly %d argument%s (%d given)",
                            fname, nmax, nmax == 1 ? "" : "s", given);
    return awerr_format(S, EXC_TypeError,
                        "%s() takes at most %d argument%s (%d given)", fname,
                        nmax, nmax == 1 ? "" : "s", given);
}

static int find_kw(const char *const *kwlist, int nmax, String *name)
{
    for (int i = 0; i < nmax; i++)
        if (kwlist[i] != NULL && strcmp(kwlist[i], name->data) == 0)
            return i;
    return -1;
}

static bool put_keywords(AwState *S, const char *fname, int argc,
                         Value *argv, Tuple *kwnames, int nmax,
                         const char *const *kwlist, Value *out)
{
    if (kwlist == NULL)
        return awerr_format(S, EXC_TypeError,
                            "%s() takes no keyword arguments", fname);
    for (size_t k = 0; k < kwnames->len; k++) {
        String *name = AS_STR(kwnames->items[k]);
        int i = find_kw(kwlist, nmax, name);
        if (i < 0)
            return awerr_format(S, EXC_TypeError,
                                "'%s' is an invalid keyword argument for "
                                "%s()",
                                name->data, fname);
        if (!IS_NULL(out[i]))
            return awerr_format(S, EXC_TypeError,
                                "argument for %s() given by name ('%s') and "
                                "position (%d)",
                                fname, name->data, i + 1);
        out[i] = argv[argc + (int)k];
    }
    return true;
}

bool awarg_unpack(AwState *S, const char *fname, int argc, Value *argv,
                  Tuple *kwnames, int nreq, int nmax,
                  const char *const *kwlist, Value *out)
{
    if (argc > nmax)
        return too_many(S, fname, nreq, nmax, argc);
    for (int i = 0; i < nmax; i++)
        out[i] = i < argc ? argv[i] : NULL_VAL;
    if (kwnames != NULL && kwnames->len > 0 &&
        !put_keywords(S, fname, argc, argv, kwnames, nmax, kwlist, out))
        return false;
    for (int i = 0; i < nreq; i++) {
        if (!IS_NULL(out[i]))
            continue;
        if (kwlist != NULL && kwlist[i] != NULL)
            return awerr_format(S, EXC_TypeError,
                                "%s() missing required argument '%s' "
                                "(pos %d)",
                                fname, kwlist[i], i + 1);
        if (nreq == nmax)
            return too_many(S, fname, nreq, nmax, argc);
        return awerr_format(S, EXC_TypeError,
                            "%s() takes at least %d argument%s (%d given)",
                            fname, nreq, nreq == 1 ? "" : "s", argc);
    }
    return true;
}
