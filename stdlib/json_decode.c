/* json.loads: a recursive-descent scanner over the UTF-8 bytes of the
 * document that follows CPython 3.11's C scanner (_json.c) step by step,
 * so that every error has CPython's message and position. Positions are
 * kept as byte offsets and turned into code-point indices only when an
 * error is raised. Nesting is bounded by the C recursion limit. */
#include <math.h>
#include <string.h>

#include "stdlib/json.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/num.h"
#include "vm/str.h"

typedef struct Dec {
    AwState *S;
    const JsonDecOpts *o;
    String *doc;
    const char *s;
    size_t n;
    StrBuf sb; /* scratch for strings with escapes (never nested) */
} Dec;

static bool scan_once(Dec *d, size_t i, size_t *next, Value *out);

static bool fail(Dec *d, const char *msg, size_t off)
{
    return awjson_error(d->S, d->o->error, msg, d->doc,
                        awutf8_count(d->s, off));
}

#define IS_WS(c) ((c) == ' ' || (c) == '\t' || (c) == '\n' || (c) == '\r')

static size_t skip_ws(Dec *d, size_t i)
{
    while (i < d->n && IS_WS(d->s[i]))
        i++;
    return i;
}

static bool has_value(Value v)
{
    return !IS_NULL(v) && !IS_NONE(v);
}

/* ------------------------------------------------------------------ */
/* Strings                                                             */

static bool hex4(const char *p, uint32_t *out)
{
    uint32_t v = 0;
    for (int k = 0; k < 4; k++) {
        char c = p[k];
        int dv = c >= '0' && c <= '9'   ? c - '0'
                 : c >= 'a' && c <= 'f' ? c - 'a' + 10
                 : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                        : -1;
        if (dv < 0)
            return false;
        v = v << 4 | (uint32_t)dv;
    }
    *out = v;
    return true;
}

/* At least k code points from byte offset i on. */
static bool has_chars(Dec *d, size_t i, size_t k)
{
    for (; k > 0; k--) {
        if (i >= d->n)
            return false;
        i++;
        while (i < d->n && ((uint8_t)d->s[i] & 0xc0) == 0x80)
            i++;
    }
    return true;
}

/* \uXXXX at u (the 'u'), joined with a following low surrogate escape as
 * CPython does; *end is set past what was consumed. */
static bool scan_unicode(Dec *d, size_t u, size_t *end, uint32_t *cp)
{
    size_t e = u + 5;
    if (!has_chars(d, u + 1, 5) || !hex4(d->s + u + 1, cp))
        return fail(d, "Invalid \\uXXXX escape", u);
    if (*cp >= 0xd800 && *cp <= 0xdbff && has_chars(d, e, 7) &&
        d->s[e] == '\\' && d->s[e + 1] == 'u') {
        uint32_t c2;
        if (!hex4(d->s + e + 2, &c2))
            return fail(d, "Invalid \\uXXXX escape", e + 1);
        if (c2 >= 0xdc00 && c2 <= 0xdfff) {
            *cp = 0x10000 + ((*cp - 0xd800) << 10 | (c2 - 0xdc00));
            e += 6;
        }
    }
    *end = e;
    return true;
}

static bool scan_escape(Dec *d, size_t i, size_t begin, size_t *end)
{
    static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
    if (i >= d->n)
        return fail(d, "Unterminated string starting at", begin);
    char c = d->s[i];
    if (c == 'u') {
        uint32_t cp;
        if (!scan_unicode(d, i, end, &cp))
            return false;
        awbuf_put_cp(&d->sb, cp);
        return true;
    }
    const char *p = c ? strchr(from, c) : NULL;
    if (p == NULL)
        return fail(d, "Invalid \\escape", i - 1);
    awbuf_putc(&d->sb, to[p - from]);
    *end = i + 1;
    return true;
}

/* The string whose opening quote is just before `end`. */
static bool scan_string(Dec *d, size_t end, size_t *next, Value *out)
{
    size_t begin = end - 1;
    bool escaped = false;
    d->sb.len = 0;
    for (;;) {
        size_t i = end;
        for (; i < d->n; i++) {
            uint8_t c = (uint8_t)d->s[i];
            if (c == '"' || c == '\\')
                break;
            if (c <= 0x1f && d->o->strict)
                return fail(d, "Invalid control character at", i);
        }
        if (i >= d->n)
            return fail(d, "Unterminated string starting at", begin);
        if (d->s[i] == '"' && !escaped) {
            String *s = awstr_new(d->S, d->s + end, i - end);
            *out = OBJ_VAL(s);
            *next = i + 1;
            return s != NULL;
        }
        awbuf_put(&d->sb, d->s + end, i - end);
        if (d->s[i] == '"') {
            *next = i + 1;
            break;
        }
        if (!scan_escape(d, i + 1, begin, &end))
            return false;
        escaped = true;
    }
    if (d->sb.failed)
        return awerr_nomem(d->S);
    String *s = awstr_new(d->S, d->sb.data, d->sb.len);
    *out = OBJ_VAL(s);
    return s != NULL;
}

/* ------------------------------------------------------------------ */
/* Numbers and constants                                               */

static bool is_digit(Dec *d, size_t i)
{
    return i < d->n && d->s[i] >= '0' && d->s[i] <= '9';
}

/* The extent of a number at start (CPython's _match_number_unicode):
 * false when there is none. */
static bool number_end(Dec *d, size_t start, size_t *end, bool *is_float)
{
    size_t i = start;
    *is_float = false;
    if (d->s[i] == '-' && ++i >= d->n)
        return false;
    if (d->s[i] >= '1' && d->s[i] <= '9') {
        while (is_digit(d, ++i)) {
        }
    } else if (d->s[i] == '0') {
        i++;
    } else {
        return false;
    }
    if (i + 1 < d->n && d->s[i] == '.' && is_digit(d, i + 1)) {
        *is_float = true;
        for (i += 2; is_digit(d, i); i++) {
        }
    }
    if (i + 1 < d->n && (d->s[i] == 'e' || d->s[i] == 'E')) {
        size_t e_start = i++;
        if (i + 1 < d->n && (d->s[i] == '-' || d->s[i] == '+'))
            i++;
        while (is_digit(d, i))
            i++;
        if (d->s[i - 1] >= '0' && d->s[i - 1] <= '9')
            *is_float = true;
        else
            i = e_start;
    }
    *end = i;
    return true;
}

/* Calls hook(text) on the bytes [a, b) of the document. */
static bool call_hook(Dec *d, Value hook, size_t a, size_t b, Value *out)
{
    String *t = awstr_new(d->S, d->s + a, b - a);
    if (t == NULL)
        return false;
    Value arg = OBJ_VAL(t);
    awgc_push(d->S, arg);
    bool ok = awobj_call(d->S, hook, 1, &arg, NULL, out);
    awgc_pop(d->S, 1);
    return ok;
}

static bool is_type(Dec *d, Value hook, TypeId id)
{
    return IS_TYPE(hook) && AS_TYPE(hook) == d->S->types[id];
}

static bool match_number(Dec *d, size_t i, size_t *next, Value *out)
{
    size_t end;
    bool is_float;
    if (!number_end(d, i, &end, &is_float))
        return fail(d, "Expecting value", i);
    *next = end;
    Value hook = is_float ? d->o->parse_float : d->o->parse_int;
    if (has_value(hook) && !is_type(d, hook, is_float ? TY_FLOAT : TY_INT))
        return call_hook(d, hook, i, end, out);
    if (!is_float)
        return awint_parse(d->S, d->s + i, end - i, 10, false, out);
    double f;
    if (!awfloat_parse(d->S, d->s + i, end - i, false, &f))
        return false;
    *out = FLOAT_VAL(f);
    return true;
}

/* null, true, false, NaN, Infinity, -Infinity: 1 matched, 0 not. */
static int match_constant(Dec *d, size_t i, size_t *next, Value *out,
                          bool *ok)
{
    static const struct {
        const char *text;
        int kind; /* 0 None, 1 True, 2 False, 3 float constant */
        double f;
    } consts[] = {{"null", 0, 0}, {"true", 1, 0}, {"false", 2, 0},
                  {"NaN", 3, NAN}, {"Infinity", 3, INFINITY},
                  {"-Infinity", 3, -INFINITY}};
    for (size_t k = 0; k < sizeof consts / sizeof *consts; k++) {
        size_t len = strlen(consts[k].text);
        if (d->n - i < len || memcmp(d->s + i, consts[k].text, len) != 0)
            continue;
        *next = i + len;
        *ok = true;
        if (consts[k].kind == 3 && has_value(d->o->parse_constant))
            *ok = call_hook(d, d->o->parse_constant, i, i + len, out);
        else if (consts[k].kind == 3)
            *out = FLOAT_VAL(consts[k].f);
        else
            *out = consts[k].kind == 0 ? NONE_VAL
                                       : BOOL_VAL(consts[k].kind == 1);
        return 1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Containers                                                          */

static bool object_member(Dec *d, size_t *i, Value container)
{
    AwState *S = d->S;
    if (*i >= d->n || d->s[*i] != '"')
        return fail(d, "Expecting property name enclosed in double quotes",
                    *i);
    Value key, val;
    if (!scan_string(d, *i + 1, i, &key))
        return false;
    awgc_push(S, key);
    *i = skip_ws(d, *i);
    bool ok = *i < d->n && d->s[*i] == ':';
    if (!ok)
        fail(d, "Expecting ':' delimiter", *i);
    else
        ok = scan_once(d, skip_ws(d, *i + 1), i, &val);
    if (ok && IS_LIST(container)) {
        awgc_push(S, val);
        Value pair[2] = {key, val};
        Tuple *t = awtuple_from_array(S, pair, 2);
        ok = t != NULL && awlist_append(S, AS_LIST(container), OBJ_VAL(t));
        awgc_pop(S, 1);
    } else if (ok) {
        ok = awdict_set_str(S, AS_DICT(container), AS_STR(key), val);
    }
    awgc_pop(S, 1);
    return ok;
}

static bool object_hooks(Dec *d, Value *obj)
{
    Value hook = has_value(d->o->object_pairs_hook) ? d->o->object_pairs_hook
                                                     : d->o->object_hook;
    if (!has_value(hook))
        return true;
    Value r;
    if (!awobj_call(d->S, hook, 1, obj, NULL, &r))
        return false;
    *obj = r;
    return true;
}

/* i is just past the '{'. */
static bool parse_object(Dec *d, size_t i, size_t *next, Value *out)
{
    AwState *S = d->S;
    Obj *c = has_value(d->o->object_pairs_hook) ? (Obj *)awlist_new(S, 0)
                                                : (Obj *)awdict_new(S);
    if (c == NULL)
        return false;
    Value obj = OBJ_VAL(c);
    awgc_push(S, obj);
    i = skip_ws(d, i);
    bool ok = true;
    if (i >= d->n || d->s[i] != '}') {
        for (;;) {
            if (!(ok = object_member(d, &i, obj)))
                break;
            i = skip_ws(d, i);
            if (i < d->n && d->s[i] == '}')
                break;
            if (i >= d->n || d->s[i] != ',') {
                ok = fail(d, "Expecting ',' delimiter", i);
                break;
            }
            i = skip_ws(d, i + 1);
        }
    }
    *next = i + 1;
    ok = ok && object_hooks(d, &obj);
    awgc_pop(S, 1);
    *out = obj;
    return ok;
}

/* i is just past the '['. */
static bool parse_array(Dec *d, size_t i, size_t *next, Value *out)
{
    AwState *S = d->S;
    List *l = awlist_new(S, 0);
    if (l == NULL)
        return false;
    awgc_push(S, OBJ_VAL(l));
    i = skip_ws(d, i);
    bool ok = true;
    if (i >= d->n || d->s[i] != ']') {
        for (;;) {
            Value v;
            ok = scan_once(d, i, &i, &v) && awlist_append(S, l, v);
            if (!ok)
                break;
            i = skip_ws(d, i);
            if (i < d->n && d->s[i] == ']')
                break;
            if (i >= d->n || d->s[i] != ',') {
                ok = fail(d, "Expecting ',' delimiter", i);
                break;
            }
            i = skip_ws(d, i + 1);
        }
    }
    awgc_pop(S, 1);
    *next = i + 1;
    *out = OBJ_VAL(l);
    return ok;
}

static bool scan_once(Dec *d, size_t i, size_t *next, Value *out)
{
    if (i >= d->n)
        return fail(d, "Expecting value", i);
    char c = d->s[i];
    if (c == '"')
        return scan_string(d, i + 1, next, out);
    if (c == '{' || c == '[') {
        if (!awstate_c_enter(d->S, c == '{'
                                       ? " while decoding a JSON object "
                                         "from a unicode string"
                                       : " while decoding a JSON array "
                                         "from a unicode string"))
            return false;
        bool ok = c == '{' ? parse_object(d, i + 1, next, out)
                           : parse_array(d, i + 1, next, out);
        AW_C_LEAVE(d->S);
        return ok;
    }
    bool ok;
    if (match_constant(d, i, next, out, &ok))
        return ok;
    return match_number(d, i, next, out);
}

bool awjson_decode(AwState *S, String *doc, const JsonDecOpts *o,
                   Value *out)
{
    Dec d = {.S = S, .o = o, .doc = doc, .s = doc->data, .n = doc->len};
    awbuf_init(S, &d.sb);
    size_t end;
    bool ok = scan_once(&d, skip_ws(&d, 0), &end, out);
    awbuf_free(&d.sb);
    if (!ok)
        return false;
    end = skip_ws(&d, end);
    if (end != d.n) {
        awgc_push(S, *out);
        fail(&d, "Extra data", end);
        awgc_pop(S, 1);
        return false;
    }
    return true;
}
