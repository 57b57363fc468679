/* The string module: CPython's character-class constants and capwords.
 * (Template and Formatter are not provided.) */
#include <string.h>

#include "stdlib/modules.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/str.h"

#define LOWER "abcdefghijklmnopqrstuvwxyz"
#define UPPER "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#define DIGITS "0123456789"
#define PUNCT "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
#define SPACE " \t\n\r\x0b\x0c"

static const struct {
    const char *name, *value;
} constants[] = {
    {"ascii_letters", LOWER UPPER},
    {"ascii_lowercase", LOWER},
    {"ascii_uppercase", UPPER},
    {"digits", DIGITS},
    {"hexdigits", DIGITS "abcdefABCDEF"},
    {"octdigits", "01234567"},
    {"punctuation", PUNCT},
    {"printable", DIGITS LOWER UPPER PUNCT SPACE},
    {"whitespace", SPACE},
};

/* obj.name(*args) */
static bool call_method(AwState *S, Value obj, const char *name, int argc,
                        Value *argv, Value *out)
{
    String *n = awstr_intern_cstr(S, name);
    Value m;
    if (!n || !awobj_getattr(S, obj, n, &m))
        return false;
    awgc_push(S, m);
    bool ok = awobj_call(S, m, argc, argv, NULL, out);
    awgc_pop(S, 1);
    return ok;
}

/* str.capitalize applied to every item of the list l, in place. */
static bool capitalize_all(AwState *S, List *l)
{
    String *n = awstr_intern_cstr(S, "capitalize");
    if (!n)
        return false;
    Value cap = awtype_lookup(S, TYPE(S, STR), n);
    for (size_t i = 0; i < l->len; i++) {
        Value arg[1] = {l->items[i]}, r;
        if (!awobj_call(S, cap, 1, arg, NULL, &r))
            return false;
        if (i < l->len)
            l->items[i] = r;
    }
    return true;
}

/* capwords(s, sep=None): (sep or ' ').join(map(str.capitalize,
 * s.split(sep))), as CPython's Python code. */
static bool m_capwords(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    static const char *const kw[] = {"s", "sep"};
    Value a[2];
    /* the messages of a Python function, which capwords is in CPython */
    if (argc > 2)
        return awerr_format(S, EXC_TypeError,
                            "capwords() takes from 1 to 2 positional "
                            "arguments but %d were given",
                            argc);
    for (size_t i = 0; kwnames && i < kwnames->len; i++) {
        const char *k = AS_STR(kwnames->items[i])->data;
        if (strcmp(k, "s") != 0 && strcmp(k, "sep") != 0)
            return awerr_format(S, EXC_TypeError,
                                "capwords() got an unexpected keyword "
                                "argument '%s'",
                                k);
    }
    if (!awarg_unpack(S, "capwords", argc, argv, kwnames, 0, 2, kw, a))
        return false;
    if (IS_NULL(a[0]))
        return awerr_format(S, EXC_TypeError,
                            "capwords() missing 1 required positional "
                            "argument: 's'");
    Value sep = IS_NULL(a[1]) ? NONE_VAL : a[1], words;
    if (!call_method(S, a[0], "split", 1, &sep, &words))
        return false;
    awgc_push(S, words);
    if (!IS_LIST(words)) {
        List *l = awlist_from_iterable(S, words);
        words = l ? OBJ_VAL(l) : NULL_VAL;
        S->roots[S->nroots - 1] = words;
    }
    int truth = awobj_truthy(S, sep);
    Value joiner = sep;
    bool ok = !IS_NULL(words) && truth >= 0 &&
              capitalize_all(S, AS_LIST(words));
    if (ok && !truth) {
        String *space = awstr_new(S, " ", 1);
        ok = space != NULL;
        joiner = space ? OBJ_VAL(space) : NONE_VAL;
    }
    awgc_push(S, joiner);
    ok = ok && call_method(S, joiner, "join", 1, &words, out);
    awgc_pop(S, 2);
    return ok;
}

static const MethodDef string_funcs[] = {
    {"capwords", m_capwords, MF_STATIC},
    {NULL, NULL, 0},
};

bool awmod_string_init(AwState *S, Module *m)
{
    for (size_t i = 0; i < sizeof constants / sizeof *constants; i++) {
        String *s = awstr_cstr(S, constants[i].value);
        if (!s || !awmodule_set(S, m, constants[i].name, OBJ_VAL(s)))
            return false;
    }
    return awmodule_add_funcs(S, m, string_funcs);
}
