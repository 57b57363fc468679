/* json.dumps: the encoder, one pass into a byte buffer. It follows
 * CPython 3.11's C encoder (_json.c) and, for indented output, the Python
 * encoder that CPython uses then (json/encoder.py): the same checks in the
 * same order and the same messages. */
#include <math.h>
#include <string.h>

#include "stdlib/json.h"
#include "vm/class.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/num.h"
#include "vm/str.h"

typedef struct Enc {
    AwState *S;
    const JsonEncOpts *o;
    StrBuf b;
    Obj **marks; /* containers being encoded: cycle detection */
    size_t nmarks, capmarks;
    int level; /* indentation level */
} Enc;

static bool enc_value(Enc *e, Value v);

/* ------------------------------------------------------------------ */
/* Scalars                                                             */

static void put_u4(StrBuf *b, unsigned u)
{
    awbuf_printf(b, "\\u%04x", u);
}

/* A JSON string literal: CPython's encode_basestring(_ascii). Non-ASCII
 * code points beyond the BMP become surrogate pairs when ascii, which
 * also escapes DEL as CPython does. */
static void put_string(StrBuf *b, const char *s, size_t n, bool ascii)
{
    awbuf_putc(b, '"');
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        while (run < n && (uint8_t)s[run] >= 0x20 && s[run] != '"' &&
               s[run] != '\\' && (!ascii || (uint8_t)s[run] < 0x7f))
            run++;
        awbuf_put(b, s + i, run - i);
        if (run == n)
            break;
        i = run;
        uint8_t c = (uint8_t)s[i];
        if (c >= 0x7f) {
            size_t k;
            uint32_t cp = awutf8_decode(s + i, &k);
            i += k;
            if (cp >= 0x10000) {
                cp -= 0x10000;
                put_u4(b, 0xd800 + (cp >> 10));
                put_u4(b, 0xdc00 + (cp & 0x3ff));
            } else {
                put_u4(b, cp);
            }
            continue;
        }
        i++;
        switch (c) {
        case '"': awbuf_puts(b, "\\\""); break;
        case '\\': awbuf_puts(b, "\\\\"); break;
        case '\n': awbuf_puts(b, "\\n"); break;
        case '\r': awbuf_puts(b, "\\r"); break;
        case '\t': awbuf_puts(b, "\\t"); break;
        case '\b': awbuf_puts(b, "\\b"); break;
        case '\f': awbuf_puts(b, "\\f"); break;
        default: put_u4(b, c); break;
        }
    }
    awbuf_putc(b, '"');
}

/* float.__repr__ with JSON's names for the specials. The message gains
 * the value when indenting, as CPython's Python encoder writes it. */
static bool put_float(Enc *e, double d)
{
    if (isfinite(d)) {
        char buf[32];
        awfloat_repr(d, buf);
        awbuf_puts(&e->b, buf);
        return true;
    }
    const char *text = isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    if (!e->o->allow_nan) {
        if (e->o->indent == NULL)
            return awerr_format(e->S, EXC_ValueError,
                                "Out of range float values are not JSON "
                                "compliant");
        return awerr_format(e->S, EXC_ValueError,
                            "Out of range float values are not JSON "
                            "compliant: %s",
                            isnan(d) ? "nan" : d > 0 ? "inf" : "-inf");
    }
    awbuf_puts(&e->b, text);
    return true;
}

/* ------------------------------------------------------------------ */
/* Cycle detection and indentation                                     */

static bool mark_enter(Enc *e, Value v)
{
    if (!awstate_c_enter(e->S, " while encoding a JSON object"))
        return false;
    if (!e->o->check_circular || !IS_OBJ(v))
        return true;
    for (size_t i = 0; i < e->nmarks; i++)
        if (e->marks[i] == AS_OBJ(v)) {
            AW_C_LEAVE(e->S);
            return awerr_format(e->S, EXC_ValueError,
                                "Circular reference detected");
        }
    if (e->nmarks == e->capmarks) {
        size_t cap = e->capmarks ? e->capmarks * 2 : 16;
        Obj **m = awmem_realloc(e->S, e->marks, e->capmarks * sizeof(Obj *),
                                cap * sizeof(Obj *));
        if (m == NULL) {
            AW_C_LEAVE(e->S);
            return awerr_nomem(e->S);
        }
        e->marks = m;
        e->capmarks = cap;
    }
    e->marks[e->nmarks++] = AS_OBJ(v);
    return true;
}

static void mark_leave(Enc *e, Value v)
{
    if (e->o->check_circular && IS_OBJ(v))
        e->nmarks--;
    AW_C_LEAVE(e->S);
}

static void put_newline(Enc *e)
{
    if (e->o->indent == NULL)
        return;
    awbuf_putc(&e->b, '\n');
    for (int i = 0; i < e->level; i++)
        awbuf_put(&e->b, e->o->indent->data, e->o->indent->len);
}

static void put_item_sep(Enc *e)
{
    awbuf_put(&e->b, e->o->item_sep->data, e->o->item_sep->len);
    put_newline(e);
}

/* ------------------------------------------------------------------ */
/* Containers                                                          */

/* A list or tuple. The length is read again at each step: default() may
 * change the list while it is being encoded. */
static bool enc_array(Enc *e, Value v)
{
    bool is_list = IS_LIST(v);
    size_t n = is_list ? AS_LIST(v)->len : AS_TUPLE(v)->len;
    if (n == 0) {
        awbuf_puts(&e->b, "[]");
        return true;
    }
    if (!mark_enter(e, v))
        return false;
    awbuf_putc(&e->b, '[');
    e->level++;
    put_newline(e);
    bool ok = true;
    for (size_t i = 0; ok; i++) {
        n = is_list ? AS_LIST(v)->len : AS_TUPLE(v)->len;
        if (i >= n)
            break;
        if (i > 0)
            put_item_sep(e);
        Value item = is_list ? AS_LIST(v)->items[i] : AS_TUPLE(v)->items[i];
        awgc_push(e->S, item);
        ok = enc_value(e, item);
        awgc_pop(e->S, 1);
    }
    e->level--;
    if (ok) {
        put_newline(e);
        awbuf_putc(&e->b, ']');
    }
    mark_leave(e, v);
    return ok;
}

/* The text of a dict key, CPython's conversions: str as is, float by its
 * repr, True/False/None by their JSON names, int by its repr. 0 when the
 * key is skipped, -1 on error. */
static int put_key(Enc *e, Value k)
{
    AwState *S = e->S;
    StrBuf *b = &e->b;
    if (IS_STR(k)) {
        put_string(b, AS_STR(k)->data, AS_STR(k)->len, e->o->ensure_ascii);
        return 1;
    }
    size_t start = b->len;
    bool ok = true;
    k = awclass_unbox(k); /* int and float subclasses: their value */
    if (IS_FLOAT(k))
        ok = put_float(e, AS_FLOAT(k));
    else if (IS_BOOL(k) || IS_NONE(k))
        awbuf_puts(b, IS_NONE(k) ? "null" : AS_BOOL(k) ? "true" : "false");
    else if (IS_ANYINT(k))
        ok = awint_to_buf(b, k, 10, false);
    else if (e->o->skipkeys)
        return 0;
    else {
        awerr_format(S, EXC_TypeError,
                     "keys must be str, int, float, bool or None, not %s",
                     awobj_typename(S, k));
        return -1;
    }
    if (!ok)
        return -1;
    /* quote the text just written: it is ASCII and needs no escapes */
    if (!awbuf_reserve(b, 2))
        return 1;
    memmove(b->data + start + 1, b->data + start, b->len - start);
    b->data[start] = '"';
    b->len++;
    awbuf_putc(b, '"');
    return 1;
}

/* The items to encode: a snapshot, as CPython's C encoder takes (so that
 * default() may change the dict), sorted when sort_keys. A list of
 * (key, value) tuples. */
static List *dict_items(Enc *e, Dict *d)
{
    AwState *S = e->S;
    List *l = awlist_new(S, d->len);
    if (l == NULL)
        return NULL;
    awgc_push(S, OBJ_VAL(l));
    size_t pos = 0;
    Value k, v;
    bool ok = true;
    while (ok && awdict_next(d, &pos, &k, &v)) {
        Value pair[2] = {k, v};
        Tuple *t = awtuple_from_array(S, pair, 2);
        ok = t != NULL && awlist_append(S, l, OBJ_VAL(t));
    }
    if (ok && e->o->sort_keys)
        ok = awlist_sort(S, l, NULL_VAL, false);
    awgc_pop(S, 1);
    return ok ? l : NULL;
}

static bool enc_dict_items(Enc *e, List *items)
{
    bool first = true;
    for (size_t i = 0; i < items->len; i++) {
        Tuple *t = AS_TUPLE(items->items[i]);
        size_t mark = e->b.len;
        if (!first)
            put_item_sep(e);
        int r = put_key(e, t->items[0]);
        if (r < 0)
            return false;
        if (r == 0) {
            e->b.len = mark; /* skipped: take the separator back */
            continue;
        }
        first = false;
        awbuf_put(&e->b, e->o->key_sep->data, e->o->key_sep->len);
        if (!enc_value(e, t->items[1]))
            return false;
    }
    return true;
}

static bool enc_dict(Enc *e, Value v)
{
    Dict *d = AS_DICT(v);
    if (d->len == 0) {
        awbuf_puts(&e->b, "{}");
        return true;
    }
    if (!mark_enter(e, v))
        return false;
    awbuf_putc(&e->b, '{');
    e->level++;
    put_newline(e);
    List *items = dict_items(e, d);
    bool ok = items != NULL;
    if (ok) {
        awgc_push(e->S, OBJ_VAL(items));
        ok = enc_dict_items(e, items);
        awgc_pop(e->S, 1);
    }
    e->level--;
    if (ok) {
        put_newline(e);
        awbuf_putc(&e->b, '}');
    }
    mark_leave(e, v);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Any value                                                           */

static bool enc_default(Enc *e, Value v)
{
    AwState *S = e->S;
    Value fn = e->o->default_fn;
    if (IS_NULL(fn) || IS_NONE(fn))
        return awerr_format(S, EXC_TypeError,
                            "Object of type %s is not JSON serializable",
                            awobj_typename(S, v));
    if (!mark_enter(e, v))
        return false;
    Value r;
    bool ok = awobj_call(S, fn, 1, &v, NULL, &r);
    if (ok) {
        awgc_push(S, r);
        ok = enc_value(e, r);
        awgc_pop(S, 1);
    }
    mark_leave(e, v);
    return ok;
}

static bool enc_value(Enc *e, Value v)
{
    StrBuf *b = &e->b;
    if (IS_NONE(v) || IS_BOOL(v)) {
        awbuf_puts(b, IS_NONE(v) ? "null" : AS_BOOL(v) ? "true" : "false");
        return true;
    }
    if (IS_STR(v)) {
        put_string(b, AS_STR(v)->data, AS_STR(v)->len, e->o->ensure_ascii);
        return true;
    }
    /* int and float subclasses (IntEnum...) encode their value, as
     * CPython's int.__repr__ and float.__repr__ of them do */
    Value u = awclass_unbox(v);
    if (IS_ANYINT(u))
        return awint_to_buf(b, u, 10, false);
    if (IS_FLOAT(u))
        return put_float(e, AS_FLOAT(u));
    if (IS_LIST(v) || IS_TUPLE(v))
        return enc_array(e, v);
    if (IS_DICT(v))
        return enc_dict(e, v);
    return enc_default(e, v);
}

bool awjson_encode(AwState *S, Value v, const JsonEncOpts *o, Value *out)
{
    Enc e = {.S = S, .o = o};
    awbuf_init(S, &e.b);
    bool ok = enc_value(&e, v);
    awmem_free(S, e.marks, e.capmarks * sizeof(Obj *));
    if (!ok) {
        awbuf_free(&e.b);
        return false;
    }
    String *s = awbuf_finish(&e.b);
    if (s == NULL)
        return false;
    *out = OBJ_VAL(s);
    return true;
}
