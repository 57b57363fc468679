/* The typing module: inert objects that make annotations evaluate.
 * List, Optional, Callable... are _GenericAlias records that
 * subscription turns into new records with CPython's reprs
 * (typing.List[int], typing.Optional[int]); nothing checks types. */
#include <string.h>

#include "stdlib/rec.h"
#include "vm/containers.h"
#include "vm/str.h"

/* NAME: "typing.List"; ORIGIN: list, or None; ARGS: a tuple once
 * subscripted, else NULL; KIND: how subscription and repr behave. */
enum { G_NAME, G_ORIGIN, G_ARGS, G_KIND, G__N };
enum { GK_ALIAS, GK_UNION, GK_OPTIONAL, GK_CALLABLE, GK_ANY, GK_LITERAL };

static bool is_alias(Value v)
{
    return IS_KIND(v, OBJ_RECORD) && AS_OBJ(v)->extra == G__N * sizeof(Value) &&
           AS_OBJ(v)->type->name->len == 13 &&
           strcmp(AS_OBJ(v)->type->name->data, "_GenericAlias") == 0;
}

static bool alias_new(AwState *S, Type *t, Value name, Value origin,
                      Value args, int kind, Value *out)
{
    Obj *o = awrec_new(S, t, G__N);
    if (o == NULL)
        return false;
    Value *r = awobj_ext(o);
    r[G_NAME] = name;
    r[G_ORIGIN] = origin;
    r[G_ARGS] = args;
    r[G_KIND] = INT_VAL(kind);
    *out = OBJ_VAL(o);
    return true;
}

/* ------------------------------------------------------------------ */
/* repr                                                                */

static bool arg_repr(StrBuf *b, Value v);

static bool args_repr(StrBuf *b, Tuple *args, size_t from)
{
    for (size_t i = from; i < args->len; i++) {
        if (i > from)
            awbuf_puts(b, ", ");
        if (!arg_repr(b, args->items[i]))
            return false;
    }
    return true;
}

/* CPython's typing._type_repr */
static bool arg_repr(StrBuf *b, Value v)
{
    AwState *S = b->S;
    if (IS_TYPE(v)) {
        Type *t = AS_TYPE(v);
        if (t == TYPE(S, NONE))
            awbuf_puts(b, "NoneType");
        else if (t->module == NAME(S, builtins))
            awbuf_puts(b, t->qualname->data);
        else
            awbuf_printf(b, "%s.%s", t->module->data, t->qualname->data);
        return true;
    }
    if (IS_OBJ(v) && AS_OBJ(v) == S->ellipsis) {
        awbuf_puts(b, "...");
        return true;
    }
    if (IS_LIST(v)) {
        awbuf_putc(b, '[');
        Tuple *t = awtuple_from_array(S, AS_LIST(v)->items, AS_LIST(v)->len);
        if (t == NULL)
            return false;
        awgc_push(S, OBJ_VAL(t));
        bool ok = args_repr(b, t, 0);
        awgc_pop(S, 1);
        awbuf_putc(b, ']');
        return ok;
    }
    if (IS_STR(v)) {
        awbuf_puts(b, "ForwardRef(");
        bool ok = awbuf_repr(b, v);
        awbuf_putc(b, ')');
        return ok;
    }
    return awbuf_repr(b, v);
}

static bool alias_repr(AwState *S, Value self, Value *out)
{
    Value *r = REC(self);
    StrBuf b;
    awbuf_init(S, &b);
    bool ok = true;
    if (IS_NULL(r[G_ARGS])) {
        awbuf_puts(&b, AS_STR(r[G_NAME])->data);
    } else {
        Tuple *args = AS_TUPLE(r[G_ARGS]);
        int kind = (int)AS_INT(r[G_KIND]);
        bool optional = kind == GK_UNION && args->len == 2 &&
                        (aw_value_is(args->items[1],
                                     OBJ_VAL(TYPE(S, NONE))) ||
                         aw_value_is(args->items[0],
                                     OBJ_VAL(TYPE(S, NONE))));
        if (optional) {
            awbuf_puts(&b, "typing.Optional[");
            size_t keep = aw_value_is(args->items[1], OBJ_VAL(TYPE(S, NONE)))
                              ? 0 : 1;
            ok = arg_repr(&b, args->items[keep]);
        } else {
            awbuf_printf(&b, "%s[", AS_STR(r[G_NAME])->data);
            if (args->len == 0)
                awbuf_puts(&b, "()");
            else if (kind == GK_LITERAL)
                for (size_t i = 0; ok && i < args->len; i++) {
                    if (i)
                        awbuf_puts(&b, ", ");
                    ok = awbuf_repr(&b, args->items[i]);
                }
            else
                ok = args_repr(&b, args, 0);
        }
        awbuf_putc(&b, ']');
    }
    if (!ok) {
        awbuf_free(&b);
        return false;
    }
    return awrec_ret(awbuf_finish(&b), out);
}

/* ------------------------------------------------------------------ */
/* Subscription                                                        */

/* Union's arguments: nested unions flattened, duplicates dropped. */
static bool union_add(AwState *S, List *l, Value v)
{
    if (is_alias(v) && AS_INT(REC(v)[G_KIND]) == GK_UNION &&
        !IS_NULL(REC(v)[G_ARGS])) {
        Tuple *inner = AS_TUPLE(REC(v)[G_ARGS]);
        for (size_t i = 0; i < inner->len; i++)
            if (!union_add(S, l, inner->items[i]))
                return false;
        return true;
    }
    for (size_t i = 0; i < l->len; i++) {
        int eq = awobj_eq(S, l->items[i], v);
        if (eq != 0)
            return eq > 0;
    }
    return awlist_append(S, l, v);
}

static bool make_union(AwState *S, Value self, Tuple *args, Value *out)
{
    List *l = awlist_new(S, args->len);
    if (l == NULL)
        return false;
    awgc_push(S, OBJ_VAL(l));
    bool ok = true;
    for (size_t i = 0; ok && i < args->len; i++)
        ok = union_add(S, l, args->items[i]);
    if (ok && l->len == 1) {
        *out = l->items[0];
    } else if (ok) {
        Tuple *t = awtuple_from_array(S, l->items, l->len);
        ok = t != NULL;
        if (ok) {
            awgc_push(S, OBJ_VAL(t));
            String *name = awstr_cstr(S, "typing.Union");
            ok = name != NULL;
            if (ok) {
                awgc_push(S, OBJ_VAL(name));
                ok = alias_new(S, AS_OBJ(self)->type, OBJ_VAL(name),
                               NONE_VAL, OBJ_VAL(t), GK_UNION, out);
                awgc_pop(S, 1);
            }
            awgc_pop(S, 1);
        }
    }
    awgc_pop(S, 1);
    return ok;
}

static bool alias_getitem(AwState *S, Value self, Value key, Value *out)
{
    Value *r = REC(self);
    int kind = (int)AS_INT(r[G_KIND]);
    if (kind == GK_ANY)
        return awerr_format(S, EXC_TypeError,
                            "type 'Any' is not subscriptable");
    Tuple *args = IS_TUPLE(key) ? awtuple_from_array(S, AS_TUPLE(key)->items,
                                                     AS_TUPLE(key)->len)
                                : awtuple_from_array(S, &key, 1);
    if (args == NULL)
        return false;
    for (size_t i = 0; kind != GK_LITERAL && i < args->len; i++)
        if (IS_NONE(args->items[i]))
            args->items[i] = OBJ_VAL(TYPE(S, NONE));
    awgc_push(S, OBJ_VAL(args));
    bool ok;
    if (kind == GK_OPTIONAL) {
        Tuple *two = args->len == 1 ? awtuple_new(S, 2) : NULL;
        if (two == NULL) {
            awgc_pop(S, 1);
            return args->len == 1 ? false
                   : awerr_format(S, EXC_TypeError,
                                  "typing.Optional requires a single type.");
        }
        two->items[0] = args->items[0];
        two->items[1] = OBJ_VAL(TYPE(S, NONE));
        awgc_push(S, OBJ_VAL(two));
        ok = make_union(S, self, two, out);
        awgc_pop(S, 1);
    } else if (kind == GK_UNION) {
        ok = make_union(S, self, args, out);
    } else {
        ok = alias_new(S, AS_OBJ(self)->type, r[G_NAME], r[G_ORIGIN],
                       OBJ_VAL(args), kind, out);
    }
    awgc_pop(S, 1);
    return ok;
}

static bool alias_richcmp(AwState *S, Value a, Value b, int op, Value *out)
{
    if ((op != CMP_EQ && op != CMP_NE) || !is_alias(b)) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    Value *x = REC(a), *y = REC(b);
    int eq = awstr_equal(AS_STR(x[G_NAME]), AS_STR(y[G_NAME])) &&
             IS_NULL(x[G_ARGS]) == IS_NULL(y[G_ARGS]);
    if (eq && !IS_NULL(x[G_ARGS]))
        eq = awobj_eq(S, x[G_ARGS], y[G_ARGS]);
    if (eq < 0)
        return false;
    *out = BOOL_VAL((op == CMP_EQ) == (eq == 1));
    return true;
}

static bool alias_hash(AwState *S, Value self, int64_t *out)
{
    Value *r = REC(self);
    int64_t h = awstr_hash(S, AS_STR(r[G_NAME])), ha = 0;
    if (!IS_NULL(r[G_ARGS]) && !awobj_hash(S, r[G_ARGS], &ha))
        return false;
    h = (int64_t)((uint64_t)h ^ ((uint64_t)ha * 1000003u));
    *out = h == -1 ? -2 : h;
    return true;
}

static bool alias_get_origin(AwState *S, Value self, Value *out)
{
    *out = REC(self)[G_ORIGIN];
    return true;
}

static bool alias_get_args(AwState *S, Value self, Value *out)
{
    Value a = REC(self)[G_ARGS];
    if (IS_NULL(a)) {
        Tuple *t = awtuple_new(S, 0);
        *out = OBJ_VAL(t);
        return t != NULL;
    }
    *out = a;
    return true;
}

static const GetSetDef alias_getset[] = {
    {"__origin__", alias_get_origin, NULL},
    {"__args__", alias_get_args, NULL},
    {NULL, NULL, NULL},
};

/* ------------------------------------------------------------------ */
/* TypeVar(name, *constraints, bound=None, covariant=False,            */
/* contravariant=False)                                                */

enum { TV_NAME, TV_PREFIX, TV__N };

static bool typevar_new(AwState *S, Type *t, int argc, Value *argv,
                        Tuple *kwnames, Value *out)
{
    if (argc < 1 || !IS_STR(argv[0]))
        return awerr_format(S, EXC_TypeError,
                            "TypeVar() needs a name string");
    const char *prefix = "~";
    for (size_t k = 0; kwnames && k < kwnames->len; k++) {
        const char *n = AS_STR(kwnames->items[k])->data;
        int on = awobj_truthy(S, argv[argc + (int)k]);
        if (on < 0)
            return false;
        if (on && strcmp(n, "covariant") == 0)
            prefix = "+";
        else if (on && strcmp(n, "contravariant") == 0)
            prefix = "-";
        else if (strcmp(n, "bound") && strcmp(n, "covariant") &&
                 strcmp(n, "contravariant"))
            return awerr_format(S, EXC_TypeError,
                                "TypeVar() got an unexpected keyword "
                                "argument '%s'", n);
    }
    String *p = awstr_cstr(S, prefix);
    if (p == NULL)
        return false;
    awgc_push(S, OBJ_VAL(p));
    Obj *o = awrec_new(S, t, TV__N);
    awgc_pop(S, 1);
    if (o == NULL)
        return false;
    awobj_ext(o)[TV_NAME] = argv[0];
    awobj_ext(o)[TV_PREFIX] = OBJ_VAL(p);
    *out = OBJ_VAL(o);
    return true;
}

static bool typevar_repr(AwState *S, Value self, Value *out)
{
    return awrec_ret(awstr_printf(S, "%s%s",
                                  AS_STR(REC(self)[TV_PREFIX])->data,
                                  AS_STR(REC(self)[TV_NAME])->data),
                     out);
}

static bool typevar_get_name(AwState *S, Value self, Value *out)
{
    *out = REC(self)[TV_NAME];
    return true;
}

static const GetSetDef typevar_getset[] = {
    {"__name__", typevar_get_name, NULL},
    {NULL, NULL, NULL},
};

/* ------------------------------------------------------------------ */
/* Functions                                                           */

static bool fn_cast(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    static const char *const kw[] = {"typ", "val", NULL};
    Value a[2];
    if (!awarg_unpack(S, "cast", argc, argv, kwnames, 2, 2, kw, a))
        return false;
    *out = a[1];
    return true;
}

/* overload, final, no_type_check, runtime_checkable: the argument */
static bool fn_identity(AwState *S, int argc, Value *argv, Tuple *kwnames,
                        Value *out)
{
    if (!awcont_nargs(S, "decorator", argc, kwnames, 1, 1))
        return false;
    *out = argv[0];
    return true;
}

static bool fn_get_origin(AwState *S, int argc, Value *argv, Tuple *kwnames,
                          Value *out)
{
    if (!awcont_nargs(S, "get_origin", argc, kwnames, 1, 1))
        return false;
    *out = is_alias(argv[0]) && !IS_NULL(REC(argv[0])[G_ARGS])
               ? REC(argv[0])[G_ORIGIN] : NONE_VAL;
    if (is_alias(argv[0]) && AS_INT(REC(argv[0])[G_KIND]) == GK_UNION)
        *out = NONE_VAL;
    return true;
}

static bool fn_get_args(AwState *S, int argc, Value *argv, Tuple *kwnames,
                        Value *out)
{
    if (!awcont_nargs(S, "get_args", argc, kwnames, 1, 1))
        return false;
    if (is_alias(argv[0]) && !IS_NULL(REC(argv[0])[G_ARGS])) {
        *out = REC(argv[0])[G_ARGS];
        return true;
    }
    Tuple *t = awtuple_new(S, 0);
    *out = OBJ_VAL(t);
    return t != NULL;
}

/* Generic[T] and Protocol[T] as bases: the class itself. */
static bool class_getitem(AwState *S, int argc, Value *argv, Tuple *kwnames,
                          Value *out)
{
    *out = argv[0];
    return true;
}

static const MethodDef generic_methods[] = {
    {"__class_getitem__", class_getitem, MF_CLASS},
    {NULL, NULL, 0},
};

static const MethodDef typing_functions[] = {
    {"cast", fn_cast, MF_STATIC},
    {"overload", fn_identity, MF_STATIC},
    {"final", fn_identity, MF_STATIC},
    {"no_type_check", fn_identity, MF_STATIC},
    {"runtime_checkable", fn_identity, MF_STATIC},
    {"get_origin", fn_get_origin, MF_STATIC},
    {"get_args", fn_get_args, MF_STATIC},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------ */
/* The module                                                          */

static const struct {
    const char *name;
    int kind;
    int origin; /* a TypeId, or -1 */
} forms[] = {
    {"Any", GK_ANY, -1}, {"Union", GK_UNION, -1},
    {"Optional", GK_OPTIONAL, -1}, {"Callable", GK_CALLABLE, -1},
    {"Literal", GK_LITERAL, -1}, {"ClassVar", GK_ALIAS, -1},
    {"Final", GK_ALIAS, -1}, {"Annotated", GK_ALIAS, -1},
    {"NoReturn", GK_ANY, -1}, {"Never", GK_ANY, -1},
    {"List", GK_ALIAS, TY_LIST}, {"Dict", GK_ALIAS, TY_DICT},
    {"Set", GK_ALIAS, TY_SET}, {"FrozenSet", GK_ALIAS, TY_FROZENSET},
    {"Tuple", GK_ALIAS, TY_TUPLE}, {"Type", GK_ALIAS, TY_TYPE},
    {"Iterable", GK_ALIAS, -1}, {"Iterator", GK_ALIAS, -1},
    {"Awaitable", GK_ALIAS, -1}, {"Coroutine", GK_ALIAS, -1},
    {"AsyncIterator", GK_ALIAS, -1}, {"AsyncIterable", GK_ALIAS, -1},
    {"AsyncGenerator", GK_ALIAS, -1}, {"Generator", GK_ALIAS, -1},
    {"Sequence", GK_ALIAS, -1}, {"MutableSequence", GK_ALIAS, -1},
    {"Mapping", GK_ALIAS, -1}, {"MutableMapping", GK_ALIAS, -1},
    {"Collection", GK_ALIAS, -1}, {"Container", GK_ALIAS, -1},
    {"Hashable", GK_ALIAS, -1}, {"Sized", GK_ALIAS, -1},
    {"Reversible", GK_ALIAS, -1}, {"AbstractSet", GK_ALIAS, -1},
    {"MutableSet", GK_ALIAS, -1}, {"DefaultDict", GK_ALIAS, -1},
    {"OrderedDict", GK_ALIAS, -1}, {"Counter", GK_ALIAS, -1},
    {"Deque", GK_ALIAS, -1}, {"ChainMap", GK_ALIAS, -1},
    {"ItemsView", GK_ALIAS, -1}, {"KeysView", GK_ALIAS, -1},
    {"ValuesView", GK_ALIAS, -1}, {"ContextManager", GK_ALIAS, -1},
    {"AsyncContextManager", GK_ALIAS, -1}, {"Pattern", GK_ALIAS, -1},
    {"Match", GK_ALIAS, -1},
};

static bool add_forms(AwState *S, Module *m, Type *at)
{
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
        String *name = awstr_printf(S, "typing.%s", forms[i].name);
        if (name == NULL)
            return false;
        awgc_push(S, OBJ_VAL(name));
        Value origin = forms[i].origin >= 0
                           ? OBJ_VAL(S->types[forms[i].origin]) : NONE_VAL, v;
        bool ok = alias_new(S, at, OBJ_VAL(name), origin, NULL_VAL,
                            forms[i].kind, &v) &&
                  awmodule_set(S, m, forms[i].name, v);
        awgc_pop(S, 1);
        if (!ok)
            return false;
    }
    return true;
}

static bool add_generic(AwState *S, Module *m, const char *name)
{
    Type *t = awrec_type(S, m, name, NULL, OBJ_INSTANCE, sizeof(Instance), 0,
                         true);
    if (t == NULL)
        return false;
    t->tflags |= TF_BASETYPE;
    t->new_ = TYPE(S, OBJECT)->new_;
    return awtype_add_methods(S, t, generic_methods);
}

static bool add_typevars(AwState *S, Module *m)
{
    Type *t = awrec_type(S, m, "TypeVar", NULL, OBJ_RECORD, sizeof(Obj), TV__N,
                         true);
    if (t == NULL)
        return false;
    t->new_ = typevar_new;
    t->repr = typevar_repr;
    t->getset = typevar_getset;
    String *n = awstr_cstr(S, "AnyStr");
    if (n == NULL)
        return false;
    Value args[1] = {OBJ_VAL(n)}, v;
    awgc_push(S, args[0]);
    bool ok = typevar_new(S, t, 1, args, NULL, &v) &&
              awmodule_set(S, m, "AnyStr", v);
    awgc_pop(S, 1);
    return ok;
}

bool awmod_typing_init(AwState *S, Module *m)
{
    Type *at = awrec_type(S, m, "_GenericAlias", NULL, OBJ_RECORD,
                          sizeof(Obj), G__N, true);
    if (at == NULL)
        return false;
    at->repr = alias_repr;
    at->getitem = alias_getitem;
    at->richcmp = alias_richcmp;
    at->hash = alias_hash;
    at->getset = alias_getset;
    return add_forms(S, m, at) && add_generic(S, m, "Generic") &&
           add_generic(S, m, "Protocol") && add_typevars(S, m) &&
           awmodule_add_funcs(S, m, typing_functions) &&
           awmodule_set(S, m, "TYPE_CHECKING", FALSE_VAL) &&
           awmodule_set(S, m, "Text", OBJ_VAL(TYPE(S, STR)));
}
