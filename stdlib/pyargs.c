/* Python-function argument binding and messages for C functions. */
#include <string.h>

#include "stdlib/pyargs.h"
#include "vm/str.h"

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static void list_names(StrBuf *b, const char *const *names, const int *idx,
                       int n)
{
    for (int i = 0; i < n; i++) {
        if (i > 0)
            awbuf_puts(b, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
        awbuf_printf(b, "'%s'", names[idx[i]]);
    }
}

static bool missing(AwState *S, const char *qual, const char *const *names,
                    int nreq, const Value *out)
{
    int idx[16], n = 0;
    for (int i = 0; i < nreq && n < 16; i++)
        if (IS_NULL(out[i]))
            idx[n++] = i;
    if (n == 0)
        return true;
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_printf(&b, "%s() missing %d required positional argument%s: ",
                 qual, n, n == 1 ? "" : "s");
    list_names(&b, names, idx, n);
    String *msg = awbuf_finish(&b);
    return msg ? awerr_str(S, EXC_TypeError, msg) : false;
}

static bool too_many(AwState *S, const char *qual, int nself, int nreq,
                     int npos, int argc)
{
    int lo = nreq + nself, hi = npos + nself, given = argc + nself;
    if (lo == hi)
        return awerr_format(S, EXC_TypeError,
                            "%s() takes %d positional argument%s but %d "
                            "%s given",
                            qual, hi, hi == 1 ? "" : "s", given,
                            given == 1 ? "was" : "were");
    return awerr_format(S, EXC_TypeError,
                        "%s() takes from %d to %d positional arguments but "
                        "%d %s given",
                        qual, lo, hi, given, given == 1 ? "was" : "were");
}

bool awpyargs(AwState *S, const char *qual, int nself, int argc, Value *argv,
              Tuple *kwnames, const char *const *names, int nreq, int npos,
              int nnames, Value *out)
{
    if (argc > npos)
        return too_many(S, qual, nself, nreq, npos, argc);
    for (int i = 0; i < nnames; i++)
        out[i] = i < argc ? argv[i] : NULL_VAL;
    for (size_t k = 0; kwnames && k < kwnames->len; k++) {
        const char *kw = AS_STR(kwnames->items[k])->data;
        int i = 0;
        while (i < nnames && strcmp(names[i], kw) != 0)
            i++;
        if (i == nnames)
            return awerr_format(S, EXC_TypeError,
                                "%s() got an unexpected keyword argument "
                                "'%s'",
                                qual, kw);
        if (!IS_NULL(out[i]))
            return awerr_format(S, EXC_TypeError,
                                "%s() got multiple values for argument '%s'",
                                qual, kw);
        out[i] = argv[argc + (int)k];
    }
    return missing(S, qual, names, nreq, out);
}
