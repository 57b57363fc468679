/* collections.namedtuple: classes built in C as subclasses of tuple. The
 * class keeps its field names in _fields (as CPython's does); attribute
 * access on instances looks a name up there and returns the item, so no
 * per-field descriptor objects are needed. */
#include <string.h>

#include "stdlib/rec.h"
#include "vm/containers.h"
#include "vm/interp.h"
#include "vm/str.h"

/* ------------------------------------------------------------------ */
/* Class helpers                                                       */

static String *intern(AwState *S, const char *s)
{
    return awstr_intern_cstr(S, s);
}

/* The namedtuple class in t's MRO (the one whose dict holds _fields). */
static Type *nt_owner(AwState *S, Type *t, String *key)
{
    for (size_t i = 0; t->mro && i < t->mro->len; i++) {
        Type *k = AS_TYPE(t->mro->items[i]);
        if (!IS_NULL(awdict_get_str(S, k->dict, key)))
            return k;
    }
    return NULL;
}

static Tuple *nt_fields(AwState *S, Type *t)
{
    String *key = intern(S, "_fields");
    if (key == NULL)
        return NULL;
    Value f = awtype_lookup(S, t, key);
    return IS_TUPLE(f) ? AS_TUPLE(f) : NULL;
}

static int64_t field_index(Tuple *fields, String *name)
{
    for (size_t i = 0; i < fields->len; i++) {
        Value f = fields->items[i];
        if (IS_STR(f) && (AS_STR(f) == name || awstr_equal(AS_STR(f), name)))
            return (int64_t)i;
    }
    return -1;
}

bool awnt_make(AwState *S, Type *t, const Value *items, size_t n, Value *out)
{
    Tuple *r = awgc_alloc(S, t, OBJ_TUPLE, sizeof(Tuple) + n * sizeof(Value));
    if (r == NULL)
        return false;
    r->len = n;
    r->hash = -1;
    if (n)
        memcpy(r->items, items, n * sizeof(Value));
    *out = OBJ_VAL(r);
    return true;
}

/* ------------------------------------------------------------------ */
/* Binding the arguments of Point(...) as CPython's generated __new__  */

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static void put_names(StrBuf *b, Tuple *fields, const bool *missing,
                      size_t nmiss)
{
    size_t k = 0;
    for (size_t i = 0; i < fields->len; i++) {
        if (!missing[i])
            continue;
        if (k > 0)
            awbuf_puts(b, nmiss == 2 ? " and " : ", ");
        if (k > 0 && k == nmiss - 1 && nmiss > 2)
            awbuf_puts(b, "and ");
        awbuf_printf(b, "'%s'", AS_STR(fields->items[i])->data);
        k++;
    }
}

static bool missing_error(AwState *S, const char *name, Tuple *fields,
                          const bool *missing, size_t nmiss)
{
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_printf(&b, "%s.__new__() missing %zu required positional "
                 "argument%s: ", name, nmiss, nmiss == 1 ? "" : "s");
    put_names(&b, fields, missing, nmiss);
    String *msg = awbuf_finish(&b);
    return msg && awerr_str(S, EXC_TypeError, msg);
}

static bool too_many(AwState *S, const char *name, size_t nf, size_t ndef,
                     int argc)
{
    if (ndef > 0)
        return awerr_format(S, EXC_TypeError,
                            "%s.__new__() takes from %zu to %zu positional "
                            "arguments but %d were given",
                            name, nf - ndef + 1, nf + 1, argc + 1);
    return awerr_format(S, EXC_TypeError,
                        "%s.__new__() takes %zu positional argument%s but "
                        "%d were given",
                        name, nf + 1, nf == 0 ? "" : "s", argc + 1);
}

static bool bind_keywords(AwState *S, const char *name, Tuple *fields,
                          int argc, Value *argv, Tuple *kwnames, Value *vals)
{
    for (size_t k = 0; kwnames && k < kwnames->len; k++) {
        String *kw = AS_STR(kwnames->items[k]);
        int64_t i = field_index(fields, kw);
        if (i < 0)
            return awerr_format(S, EXC_TypeError,
                                "%s.__new__() got an unexpected keyword "
                                "argument '%s'", name, kw->data);
        if (!IS_NULL(vals[i]))
            return awerr_format(S, EXC_TypeError,
                                "%s.__new__() got multiple values for "
                                "argument '%s'", name, kw->data);
        vals[i] = argv[argc + (int)k];
    }
    return true;
}

static bool fill_defaults(AwState *S, Type *owner, Tuple *fields,
                          Value *vals, bool *missing)
{
    String *key = intern(S, "_field_defaults");
    if (key == NULL)
        return false;
    Value d = awdict_get_str(S, owner->dict, key);
    size_t nmiss = 0;
    for (size_t i = 0; i < fields->len; i++) {
        missing[i] = false;
        if (!IS_NULL(vals[i]))
            continue;
        if (IS_DICT(d))
            vals[i] = awdict_get_str(S, AS_DICT(d), AS_STR(fields->items[i]));
        missing[i] = IS_NULL(vals[i]);
        nmiss += missing[i];
    }
    if (nmiss == 0)
        return true;
    return missing_error(S, owner->name->data, fields, missing, nmiss);
}

static size_t ndefaults(AwState *S, Type *owner)
{
    String *key = intern(S, "_field_defaults");
    Value d = key ? awdict_get_str(S, owner->dict, key) : NULL_VAL;
    return IS_DICT(d) ? AS_DICT(d)->len : 0;
}

static bool nt_new(AwState *S, Type *t, int argc, Value *argv,
                   Tuple *kwnames, Value *out)
{
    String *key = intern(S, "_fields");
    Type *owner = key ? nt_owner(S, t, key) : NULL;
    Tuple *fields = owner ? nt_fields(S, owner) : NULL;
    if (fields == NULL)
        return awerr_format(S, EXC_TypeError, "bad namedtuple class");
    const char *name = owner->name->data;
    size_t nf = fields->len;
    if ((size_t)argc > nf)
        return too_many(S, name, nf, ndefaults(S, owner), argc);
    Tuple *vals = awtuple_new(S, nf);
    if (vals == NULL)
        return false;
    awgc_push(S, OBJ_VAL(vals));
    for (int i = 0; i < argc; i++)
        vals->items[i] = argv[i];
    bool *missing = awmem_alloc(S, nf + 1);
    bool ok = missing != NULL;
    if (!ok)
        awerr_nomem(S);
    ok = ok && bind_keywords(S, name, fields, argc, argv, kwnames,
                             vals->items) &&
         fill_defaults(S, owner, fields, vals->items, missing) &&
         awnt_make(S, t, vals->items, nf, out);
    awmem_free(S, missing, nf + 1);
    awgc_pop(S, 1);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Slots                                                               */

static bool nt_repr(AwState *S, Value self, Value *out)
{
    Tuple *t = AS_TUPLE(self);
    Tuple *fields = nt_fields(S, AS_OBJ(self)->type);
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_printf(&b, "%s(", AS_OBJ(self)->type->name->data);
    size_t n = fields ? fields->len : 0;
    bool ok = true;
    for (size_t i = 0; ok && i < n && i < t->len; i++) {
        if (i > 0)
            awbuf_puts(&b, ", ");
        awbuf_printf(&b, "%s=", AS_STR(fields->items[i])->data);
        ok = awbuf_repr(&b, t->items[i]);
    }
    if (!ok) {
        awbuf_free(&b);
        return false;
    }
    awbuf_putc(&b, ')');
    return awrec_ret(awbuf_finish(&b), out);
}

static bool nt_getattr(AwState *S, Value self, String *name, Value *out)
{
    Tuple *fields = nt_fields(S, AS_OBJ(self)->type);
    int64_t i = fields ? field_index(fields, name) : -1;
    if (i >= 0 && (size_t)i < AS_TUPLE(self)->len) {
        *out = AS_TUPLE(self)->items[i];
        return true;
    }
    GetAttrFn base = TYPE(S, TUPLE)->getattr;
    return base ? base(S, self, name, out)
                : awobj_generic_getattr(S, self, name, out);
}

static bool nt_setattr(AwState *S, Value self, String *name, Value v)
{
    Tuple *fields = nt_fields(S, AS_OBJ(self)->type);
    if (fields && field_index(fields, name) >= 0)
        return awerr_format(S, EXC_AttributeError, "can't %s attribute",
                            IS_NULL(v) ? "delete" : "set");
    SetAttrFn base = TYPE(S, TUPLE)->setattr;
    if (base == NULL)
        return awerr_attribute(S, self, name);
    return base(S, self, name, v);
}

/* ------------------------------------------------------------------ */
/* Methods                                                             */

static bool m_make(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    if (!awrec_nokw(S, "_make", kwnames))
        return false;
    if (argc != 2)
        return awerr_format(S, EXC_TypeError,
                            "_make() takes 2 positional arguments but %d "
                            "were given", argc);
    Type *cls = AS_TYPE(argv[0]);
    Tuple *fields = nt_fields(S, cls);
    Tuple *items = awtuple_from_iterable(S, argv[1]);
    if (items == NULL || fields == NULL)
        return items ? awerr_format(S, EXC_TypeError, "bad namedtuple") : false;
    if (items->len != fields->len)
        return awerr_format(S, EXC_TypeError,
                            "Expected %zu arguments, got %zu", fields->len,
                            items->len);
    awgc_push(S, OBJ_VAL(items));
    bool ok = awnt_make(S, cls, items->items, items->len, out);
    awgc_pop(S, 1);
    return ok;
}

static bool unexpected_fields(AwState *S, Tuple *kwnames, const bool *used)
{
    List *l = awlist_new(S, 0);
    if (l == NULL)
        return false;
    awgc_push(S, OBJ_VAL(l));
    bool ok = true;
    for (size_t k = 0; ok && k < kwnames->len; k++)
        if (!used[k])
            ok = awlist_append(S, l, kwnames->items[k]);
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_puts(&b, "Got unexpected field names: ");
    ok = ok && awbuf_repr(&b, OBJ_VAL(l));
    awgc_pop(S, 1);
    String *msg = ok ? awbuf_finish(&b) : NULL;
    if (!ok)
        awbuf_free(&b);
    return msg && awerr_str(S, EXC_ValueError, msg);
}

static bool m_replace(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    Type *t = AS_OBJ(argv[0])->type;
    if (argc != 1)
        return awerr_format(S, EXC_TypeError,
                            "%s._replace() takes 1 positional argument but "
                            "%d were given", t->name->data, argc);
    Tuple *self = AS_TUPLE(argv[0]), *fields = nt_fields(S, t);
    Tuple *vals = fields ? awtuple_from_array(S, self->items, self->len)
                         : NULL;
    if (vals == NULL)
        return fields ? false : awerr_format(S, EXC_TypeError, "bad");
    size_t nkw = kwnames ? kwnames->len : 0;
    bool used[nkw + 1], all = true;
    for (size_t k = 0; k < nkw; k++) {
        int64_t i = field_index(fields, AS_STR(kwnames->items[k]));
        used[k] = i >= 0 && (size_t)i < vals->len;
        if (used[k])
            vals->items[i] = argv[argc + (int)k];
        all = all && used[k];
    }
    awgc_push(S, OBJ_VAL(vals));
    bool ok = all ? awnt_make(S, t, vals->items, vals->len, out)
                  : unexpected_fields(S, kwnames, used);
    awgc_pop(S, 1);
    return ok;
}

static bool m_asdict(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    if (!awcont_nargs(S, "_asdict", argc - 1, kwnames, 0, 0))
        return false;
    Tuple *self = AS_TUPLE(argv[0]);
    Tuple *fields = nt_fields(S, AS_OBJ(argv[0])->type);
    Dict *d = awdict_new(S);
    if (d == NULL)
        return false;
    *out = OBJ_VAL(d);
    awgc_push(S, *out);
    bool ok = true;
    for (size_t i = 0; ok && fields && i < fields->len && i < self->len; i++)
        ok = awdict_set(S, d, fields->items[i], self->items[i]);
    awgc_pop(S, 1);
    return ok;
}

static bool m_getnewargs(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    Tuple *self = AS_TUPLE(argv[0]);
    Tuple *r = awtuple_from_array(S, self->items, self->len);
    *out = OBJ_VAL(r);
    return r != NULL;
}

static const MethodDef nt_methods[] = {
    {"_make", m_make, MF_CLASS},
    {"_replace", m_replace, MF_METHOD},
    {"_asdict", m_asdict, MF_METHOD},
    {"__getnewargs__", m_getnewargs, MF_METHOD},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------ */
/* The class                                                           */

static bool put(AwState *S, Type *t, const char *name, Value v)
{
    awgc_push(S, v);
    String *k = intern(S, name);
    bool ok = k && awdict_set_str(S, t->dict, k, v);
    awgc_pop(S, 1);
    return ok;
}

/* "Point(x, y)" */
static String *class_doc(AwState *S, String *name, Tuple *fields)
{
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_printf(&b, "%s(", name->data);
    for (size_t i = 0; i < fields->len; i++)
        awbuf_printf(&b, "%s%s", i ? ", " : "",
                     AS_STR(fields->items[i])->data);
    awbuf_putc(&b, ')');
    return awbuf_finish(&b);
}

/* _field_defaults: the rightmost fields get the defaults. */
static Dict *field_defaults(AwState *S, Tuple *fields, Tuple *defaults)
{
    Dict *d = awdict_new(S);
    if (d == NULL || defaults == NULL)
        return d;
    awgc_push(S, OBJ_VAL(d));
    size_t off = fields->len - defaults->len;
    bool ok = true;
    for (size_t i = 0; ok && i < defaults->len; i++)
        ok = awdict_set(S, d, fields->items[off + i], defaults->items[i]);
    awgc_pop(S, 1);
    return ok ? d : NULL;
}

static bool fill_class(AwState *S, Type *t, String *name, Tuple *fields,
                       Tuple *defaults)
{
    Dict *fd = field_defaults(S, fields, defaults);
    if (fd == NULL || !put(S, t, "_field_defaults", OBJ_VAL(fd)))
        return false;
    String *doc = class_doc(S, name, fields);
    if (doc == NULL || !put(S, t, "__doc__", OBJ_VAL(doc)))
        return false;
    Tuple *empty = awtuple_new(S, 0);
    return empty && put(S, t, "__slots__", OBJ_VAL(empty)) &&
           put(S, t, "_fields", OBJ_VAL(fields)) &&
           put(S, t, "__match_args__", OBJ_VAL(fields)) &&
           awtype_add_methods(S, t, nt_methods);
}

Type *awnt_new_type(AwState *S, String *name, Tuple *fields, Tuple *defaults,
                    String *module)
{
    size_t base = S->nroots;
    awgc_push(S, OBJ_VAL(name));
    awgc_push(S, OBJ_VAL(fields));
    awgc_push(S, defaults ? OBJ_VAL(defaults) : NONE_VAL);
    awgc_push(S, OBJ_VAL(module));
    Type *t = awtype_new(S, name->data, TYPE(S, TUPLE), OBJ_TUPLE,
                         sizeof(Tuple));
    bool ok = t != NULL;
    if (ok) {
        awgc_push(S, OBJ_VAL(t));
        t->module = module;
        t->tflags |= TF_BASETYPE;
        t->repr = nt_repr;
        t->str = nt_repr;
        t->getattr = nt_getattr;
        t->setattr = nt_setattr;
        ok = awrec_add_new(S, t, nt_new) &&
             fill_class(S, t, name, fields, defaults);
    }
    awgc_pop(S, S->nroots - base);
    return ok ? t : NULL;
}

/* ------------------------------------------------------------------ */
/* collections.namedtuple(typename, field_names, *, rename=False,      */
/* defaults=None, module=None)                                         */

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await",
    "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield", NULL,
};

static bool is_keyword(String *s)
{
    for (const char *const *k = keywords; *k; k++)
        if (strcmp(*k, s->data) == 0)
            return true;
    return false;
}

static bool is_identifier(String *s)
{
    if (s->len == 0)
        return false;
    for (size_t i = 0; i < s->len;) {
        size_t n;
        uint32_t cp = awutf8_decode(s->data + i, &n);
        uint32_t want = i == 0 ? UNI_XID_START : UNI_XID_CONTINUE;
        if (cp != '_' && !(awuni_flags(cp) & want))
            return false;
        i += n;
    }
    return true;
}

/* "x y" or "x, y": split at commas and whitespace. */
static bool split_names(AwState *S, String *s, List *out)
{
    size_t i = 0;
    while (i < s->len) {
        while (i < s->len && (s->data[i] == ',' || s->data[i] == ' ' ||
                              (s->data[i] >= '\t' && s->data[i] <= '\r')))
            i++;
        size_t j = i;
        while (j < s->len && s->data[j] != ',' && s->data[j] != ' ' &&
               !(s->data[j] >= '\t' && s->data[j] <= '\r'))
            j++;
        if (j > i) {
            String *w = awstr_new(S, s->data + i, j - i);
            if (w == NULL || !awlist_append(S, out, OBJ_VAL(w)))
                return false;
        }
        i = j;
    }
    return true;
}

static List *field_list(AwState *S, Value names)
{
    List *l = awlist_new(S, 0);
    if (l == NULL)
        return NULL;
    awgc_push(S, OBJ_VAL(l));
    bool ok;
    if (IS_STR(names)) {
        ok = split_names(S, AS_STR(names), l);
    } else {
        List *src = awlist_from_iterable(S, names);
        ok = src != NULL;
        awgc_push(S, src ? OBJ_VAL(src) : NONE_VAL);
        for (size_t i = 0; ok && i < src->len; i++) {
            Value s;
            ok = awobj_str(S, src->items[i], &s) && awlist_append(S, l, s);
        }
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    return ok ? l : NULL;
}

static bool seen_before(List *l, size_t i)
{
    for (size_t j = 0; j < i; j++)
        if (awstr_equal(AS_STR(l->items[j]), AS_STR(l->items[i])))
            return true;
    return false;
}

static bool rename_fields(AwState *S, List *l)
{
    for (size_t i = 0; i < l->len; i++) {
        String *s = AS_STR(l->items[i]);
        if (is_identifier(s) && !is_keyword(s) && s->data[0] != '_' &&
            !seen_before(l, i))
            continue;
        String *r = awstr_printf(S, "_%zu", i);
        if (r == NULL)
            return false;
        l->items[i] = OBJ_VAL(r);
    }
    return true;
}

static bool check_name(AwState *S, Value v)
{
    if (!IS_STR(v))
        return awerr_format(S, EXC_TypeError,
                            "Type names and field names must be strings");
    String *r = awstr_repr(S, AS_STR(v));
    if (r == NULL)
        return false;
    if (!is_identifier(AS_STR(v)))
        return awerr_format(S, EXC_ValueError,
                            "Type names and field names must be valid "
                            "identifiers: %s", r->data);
    if (is_keyword(AS_STR(v)))
        return awerr_format(S, EXC_ValueError,
                            "Type names and field names cannot be a "
                            "keyword: %s", r->data);
    return true;
}

static bool check_fields(AwState *S, Value name, List *l, bool rename)
{
    if (!check_name(S, name))
        return false;
    for (size_t i = 0; i < l->len; i++)
        if (!check_name(S, l->items[i]))
            return false;
    for (size_t i = 0; i < l->len; i++) {
        String *s = AS_STR(l->items[i]);
        String *r = awstr_repr(S, s);
        if (r == NULL)
            return false;
        if (s->data[0] == '_' && !rename)
            return awerr_format(S, EXC_ValueError,
                                "Field names cannot start with an "
                                "underscore: %s", r->data);
        if (seen_before(l, i))
            return awerr_format(S, EXC_ValueError,
                                "Encountered duplicate field name: %s",
                                r->data);
    }
    return true;
}

/* The interned field names as a tuple. */
static Tuple *field_tuple(AwState *S, List *l)
{
    for (size_t i = 0; i < l->len; i++) {
        String *s = awstr_intern_str(S, AS_STR(l->items[i]));
        if (s == NULL)
            return NULL;
        l->items[i] = OBJ_VAL(s);
    }
    return awtuple_from_array(S, l->items, l->len);
}

static Value caller_module(AwState *S, Value module)
{
    if (!IS_NULL(module) && !IS_NONE(module))
        return module;
    if (S->frame && S->frame->globals) {
        Value n = awdict_get_str(S, S->frame->globals, NAME(S, name));
        if (IS_STR(n))
            return n;
    }
    return OBJ_VAL(NAME(S, main));
}

static bool build(AwState *S, Value *a, List *l, Value *out)
{
    int rename = IS_NULL(a[2]) ? 0 : awobj_truthy(S, a[2]);
    if (rename < 0 || (rename && !rename_fields(S, l)) ||
        !check_fields(S, a[0], l, rename))
        return false;
    Tuple *defaults = NULL;
    if (!IS_NULL(a[3]) && !IS_NONE(a[3])) {
        if ((defaults = awtuple_from_iterable(S, a[3])) == NULL)
            return false;
        a[3] = OBJ_VAL(defaults);
        if (defaults->len > l->len)
            return awerr_format(S, EXC_TypeError,
                                "Got more default values than field names");
    }
    Tuple *fields = field_tuple(S, l);
    if (fields == NULL)
        return false;
    awgc_push(S, OBJ_VAL(fields));
    Value mod = caller_module(S, a[4]), ms;
    bool ok = awobj_str(S, mod, &ms);
    Type *t = NULL;
    if (ok) {
        awgc_push(S, ms);
        String *name = awstr_intern_str(S, AS_STR(a[0]));
        t = name ? awnt_new_type(S, name, fields, defaults, AS_STR(ms))
                 : NULL;
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    if (t == NULL)
        return false;
    *out = OBJ_VAL(t);
    return true;
}

bool awnt_factory(AwState *S, int argc, Value *argv, Tuple *kwnames,
                  Value *out)
{
    static const char *const kw[] = {"typename", "field_names", "rename",
                                     "defaults", "module", NULL};
    Value a[5];
    if (argc > 2)
        return awerr_format(S, EXC_TypeError,
                            "namedtuple() takes 2 positional arguments but "
                            "%d were given", argc);
    if (!awarg_unpack(S, "namedtuple", argc, argv, kwnames, 2, 5, kw, a))
        return false;
    if (!IS_STR(a[0]) && !awobj_str(S, a[0], &a[0]))
        return false;
    List *l = field_list(S, a[1]);
    if (l == NULL)
        return false;
    awgc_push(S, OBJ_VAL(l));
    for (int i = 0; i < 5; i++)
        awgc_push(S, a[i]);
    bool ok = build(S, S->roots + S->nroots - 5, l, out);
    awgc_pop(S, 6);
    return ok;
}
