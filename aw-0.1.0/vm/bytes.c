/* bytes: creation, repr, the type with its slots, iterator and own
 * methods (decode, hex, fromhex, maketrans, translate), and the codecs
 * that str.encode, bytes.decode, str() and bytes() share. */
#include <string.h>

#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/num.h"
#include "vm/str.h"

/* ------------------------------------------------------------------ */
/* Creation and repr                                                   */

Bytes *awbytes_alloc(AwState *S, Type *t, const uint8_t *data, size_t len)
{
    Bytes *b;

    if (len > AWSTR_MAX_LEN) {
        awerr_nomem(S);
        return NULL;
    }
    b = awgc_alloc(S, t ? t : TYPE(S, BYTES), OBJ_BYTES,
                   sizeof(Bytes) + len + 1);
    if (!b)
        return NULL;
    b->hash = -1;
    b->len = len;
    if (data)
        memcpy(b->data, data, len);
    return b;
}

Bytes *awbytes_new(AwState *S, const uint8_t *data, size_t len)
{
    return awbytes_alloc(S, NULL, data, len);
}

String *awbytes_repr(AwState *S, Bytes *b)
{
    static const char hex[] = "0123456789abcdef";
    char quote = '\'';
    StrBuf buf;
    size_t i;

    if (memchr(b->data, '\'', b->len) && !memchr(b->data, '"', b->len))
        quote = '"';
    awbuf_init(S, &buf);
    awbuf_putc(&buf, 'b');
    awbuf_putc(&buf, quote);
    for (i = 0; i < b->len; i++) {
        uint8_t c = b->data[i];
        if (c == (uint8_t)quote || c == '\\') {
            awbuf_putc(&buf, '\\');
            awbuf_putc(&buf, (char)c);
        } else if (c == '\t') {
            awbuf_put(&buf, "\\t", 2);
        } else if (c == '\n') {
            awbuf_put(&buf, "\\n", 2);
        } else if (c == '\r') {
            awbuf_put(&buf, "\\r", 2);
        } else if (c < 0x20 || c >= 0x7f) {
            char esc[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
            awbuf_put(&buf, esc, 4);
        } else {
            awbuf_putc(&buf, (char)c);
        }
    }
    awbuf_putc(&buf, quote);
    return awbuf_finish(&buf);
}

/* ------------------------------------------------------------------ */
/* Codecs                                                              */

typedef enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1, CODEC_NONE } Codec;
typedef enum {
    ERR_STRICT,
    ERR_IGNORE,
    ERR_REPLACE,
    ERR_BACKSLASH,
    ERR_XMLREF,
    ERR_SURPASS,
    ERR_UNKNOWN
} ErrMode;

static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

/* CPython's encodings.normalize_encoding: runs of punctuation become one
 * '_', case is ignored. */
static void normalize(const char *name, char *out, size_t size)
{
    bool punct = false;
    size_t n = 0;

    for (; *name && n + 2 < size; name++) {
        char c = *name;
        bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                     (c >= '0' && c <= '9');
        if (alnum || c == '.') {
            if (punct && n > 0)
                out[n++] = '_';
            out[n++] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
            punct = false;
        } else {
            punct = true;
        }
    }
    out[n] = '\0';
}

static Codec codec_lookup(const char *name)
{
    static const char *const aliases[][14] = {
        {"utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001",
         NULL},
        {"ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986",
         "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991",
         "iso_ir_6", "us", "us_ascii", NULL},
        {"latin_1", "latin1", "latin", "l1", "8859", "cp819", "csisolatin1",
         "ibm819", "iso8859", "iso8859_1", "iso_8859_1", "iso_8859_1_1987",
         "iso_ir_100", NULL},
    };
    char norm[64];
    int c, i;

    if (!name)
        return CODEC_UTF8;
    normalize(name, norm, sizeof norm);
    for (c = 0; c < 3; c++)
        for (i = 0; aliases[c][i]; i++)
            if (strcmp(norm, aliases[c][i]) == 0)
                return (Codec)c;
    return CODEC_NONE;
}

/* surrogateescape and surrogatepass act on surrogates only: decoding
 * never makes them (a str holds valid UTF-8), and for anything else they
 * fail as strict does. */
static ErrMode err_lookup(const char *errors)
{
    if (!errors || strcmp(errors, "strict") == 0 ||
        strcmp(errors, "surrogateescape") == 0)
        return ERR_STRICT;
    if (strcmp(errors, "surrogatepass") == 0)
        return ERR_SURPASS;
    if (strcmp(errors, "ignore") == 0)
        return ERR_IGNORE;
    if (strcmp(errors, "replace") == 0)
        return ERR_REPLACE;
    if (strcmp(errors, "backslashreplace") == 0)
        return ERR_BACKSLASH;
    if (strcmp(errors, "xmlcharrefreplace") == 0)
        return ERR_XMLREF;
    return ERR_UNKNOWN;
}

static bool unknown_handler(AwState *S, const char *errors)
{
    return awerr_format(S, EXC_LookupError, "unknown error handler name '%s'",
                        errors);
}

/* Raises UnicodeDecodeError/UnicodeEncodeError(encoding, object, start,
 * end, reason) as CPython's codecs do; its str() is the message. */
static bool unicode_error(AwState *S, int id, Codec c, Value object,
                          size_t start, size_t end, const char *reason)
{
    size_t base = S->nroots;
    Value a[5], e;
    String *s;

    awgc_push(S, object);
    a[1] = object;
    a[2] = INT_VAL((int64_t)start);
    a[3] = INT_VAL((int64_t)end);
    s = awstr_cstr(S, codec_names[c]);
    if (!s)
        goto out;
    a[0] = OBJ_VAL(s);
    awgc_push(S, a[0]);
    s = awstr_cstr(S, reason);
    if (!s)
        goto out;
    a[4] = OBJ_VAL(s);
    awgc_push(S, a[4]);
    if (awexc_make(S, S->exc_types[id], 5, a, &e)) {
        awgc_push(S, e);
        awerr_raise(S, e);
    }
out:
    awgc_pop(S, S->nroots - base);
    return false;
}

static bool decode_error(AwState *S, Codec c, const uint8_t *data, size_t len,
                         size_t start, size_t end, const char *reason)
{
    Bytes *obj = awbytes_new(S, data, len);

    if (!obj)
        return false;
    return unicode_error(S, EXC_UnicodeDecodeError, c, OBJ_VAL(obj), start, end,
                         reason);
}

/* Bytes [start, end) could not be decoded: apply the error handler. */
static bool decode_handle(AwState *S, StrBuf *b, Codec c, ErrMode mode,
                          const char *errors, const uint8_t *data, size_t len,
                          size_t start, size_t end, const char *reason)
{
    static const char hex[] = "0123456789abcdef";
    size_t i;

    switch (mode) {
    case ERR_IGNORE: return true;
    case ERR_REPLACE: awbuf_put_cp(b, 0xFFFD); return true;
    case ERR_BACKSLASH:
        for (i = start; i < end; i++) {
            char esc[4] = {'\\', 'x', hex[data[i] >> 4], hex[data[i] & 15]};
            awbuf_put(b, esc, 4);
        }
        return true;
    case ERR_STRICT:
    case ERR_XMLREF:
    case ERR_SURPASS: return decode_error(S, c, data, len, start, end, reason);
    default: return unknown_handler(S, errors);
    }
}

/* Length of the maximal invalid subpart at p (CPython's UTF-8 decoder
 * errors), with the reason. */
static size_t utf8_error(const uint8_t *p, size_t avail, const char **reason)
{
    uint8_t c = p[0], lo = 0x80, hi = 0xBF;
    size_t need, k;

    if (c >= 0xC2 && c <= 0xDF) {
        need = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        lo = c == 0xE0 ? 0xA0 : 0x80;
        hi = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        lo = c == 0xF0 ? 0x90 : 0x80;
        hi = c == 0xF4 ? 0x8F : 0xBF;
    } else {
        *reason = "invalid start byte";
        return 1;
    }
    for (k = 1; k < need; k++) {
        if (k >= avail) {
            *reason = "unexpected end of data";
            return k;
        }
        if (p[k] < (k == 1 ? lo : 0x80) || p[k] > (k == 1 ? hi : 0xBF)) {
            *reason = "invalid continuation byte";
            return k;
        }
    }
    *reason = "invalid continuation byte";
    return 1;
}

static bool decode_bytes(AwState *S, StrBuf *b, Codec c, const char *errors,
                         const uint8_t *data, size_t len)
{
    ErrMode mode = err_lookup(errors);
    const char *reason = "ordinal not in range(128)";
    size_t i = 0, ok, bad;

    while (i < len) {
        if (c == CODEC_UTF8)
            ok = awutf8_check((const char *)data + i, len - i);
        else
            for (ok = 0; i + ok < len && data[i + ok] < 0x80; ok++)
                ;
        awbuf_put(b, (const char *)data + i, ok);
        i += ok;
        if (i == len)
            break;
        if (c == CODEC_LATIN1) {
            awbuf_put_cp(b, data[i++]);
            continue;
        }
        bad = c == CODEC_UTF8 ? utf8_error(data + i, len - i, &reason) : 1;
        if (!decode_handle(S, b, c, mode, errors, data, len, i, i + bad,
                           reason))
            return false;
        i += bad;
    }
    return true;
}

bool awcodec_decode(AwState *S, const uint8_t *data, size_t len,
                    const char *encoding, const char *errors, Value *out)
{
    Codec c = codec_lookup(encoding);
    String *s;
    StrBuf b;

    if (c == CODEC_NONE)
        return awerr_format(S, EXC_LookupError, "unknown encoding: %s",
                            encoding);
    if (c == CODEC_UTF8 && awutf8_check((const char *)data, len) == len) {
        s = awstr_new(S, (const char *)data, len);
    } else {
        awbuf_init(S, &b);
        if (!decode_bytes(S, &b, c, errors, data, len)) {
            awbuf_free(&b);
            return false;
        }
        s = awbuf_finish(&b);
    }
    if (!s)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

static bool encode_error(AwState *S, Codec c, String *s, size_t start,
                         size_t end)
{
    return unicode_error(S, EXC_UnicodeEncodeError, c, OBJ_VAL(s), start, end,
                         c == CODEC_UTF8    ? "surrogates not allowed"
                         : c == CODEC_ASCII ? "ordinal not in range(128)"
                                            : "ordinal not in range(256)");
}

/* One code point that the codec cannot encode, with a replacing handler. */
static void encode_replace(StrBuf *b, ErrMode mode, uint32_t cp)
{
    if (mode == ERR_REPLACE)
        awbuf_putc(b, '?');
    else if (mode == ERR_XMLREF)
        awbuf_printf(b, "&#%u;", (unsigned)cp);
    else if (cp <= 0xff)
        awbuf_printf(b, "\\x%02x", (unsigned)cp);
    else if (cp <= 0xffff)
        awbuf_printf(b, "\\u%04x", (unsigned)cp);
    else
        awbuf_printf(b, "\\U%08x", (unsigned)cp);
}

/* utf-8 refuses only surrogates, which a str holds only when a literal
 * put them there; surrogatepass lets them through. */
static bool encodable(Codec c, ErrMode mode, uint32_t cp)
{
    if (c == CODEC_UTF8)
        return cp < 0xD800 || cp > 0xDFFF || mode == ERR_SURPASS;
    return cp < (c == CODEC_ASCII ? 0x80u : 0x100u);
}

/* Code points from byte offset off on that the codec cannot encode. */
static size_t bad_run(Codec c, ErrMode mode, String *s, size_t off)
{
    size_t n, count = 0;

    while (off < s->len &&
           !encodable(c, mode, awutf8_decode(s->data + off, &n))) {
        off += n;
        count++;
    }
    return count;
}

/* Encodes s into b; a run of code points the codec cannot encode goes to
 * the error handler. */
static bool encode_loop(AwState *S, StrBuf *b, Codec c, String *s,
                        const char *errors)
{
    ErrMode mode = err_lookup(errors);
    size_t off = 0, pos = 0, n;
    uint32_t cp;

    while (off < s->len) {
        cp = awutf8_decode(s->data + off, &n);
        if (encodable(c, mode, cp)) {
            if (c == CODEC_UTF8)
                awbuf_put(b, s->data + off, n);
            else
                awbuf_putc(b, (char)cp);
        } else if (mode == ERR_UNKNOWN) {
            return unknown_handler(S, errors);
        } else if (mode == ERR_STRICT || mode == ERR_SURPASS) {
            return encode_error(S, c, s, pos, pos + bad_run(c, mode, s, off));
        } else if (mode != ERR_IGNORE) {
            encode_replace(b, mode, cp);
        }
        off += n;
        pos++;
    }
    return true;
}

/* Surrogates in UTF-8 start with ED A0..ED BF. */
static bool has_surrogates(String *s)
{
    const uint8_t *p = (const uint8_t *)s->data;
    size_t i;

    for (i = 0; i + 1 < s->len; i++)
        if (p[i] == 0xED && p[i + 1] >= 0xA0)
            return true;
    return false;
}

bool awcodec_encode(AwState *S, String *s, const char *encoding,
                    const char *errors, Value *out)
{
    Codec c = codec_lookup(encoding);
    Bytes *r;
    StrBuf b;

    if (c == CODEC_NONE)
        return awerr_format(S, EXC_LookupError, "unknown encoding: %s",
                            encoding);
    if ((s->obj.flags & STR_ASCII) || (c == CODEC_UTF8 && !has_surrogates(s))) {
        r = awbytes_new(S, (const uint8_t *)s->data, s->len);
    } else {
        awbuf_init(S, &b);
        if (!encode_loop(S, &b, c, s, errors)) {
            awbuf_free(&b);
            return false;
        }
        r = awbuf_finish_bytes(&b);
    }
    if (!r)
        return false;
    *out = OBJ_VAL(r);
    return true;
}

/* ------------------------------------------------------------------ */
/* Slots                                                               */

static bool is_exact(AwState *S, Value v)
{
    return AS_OBJ(v)->type == TYPE(S, BYTES);
}

static bool bytes_repr(AwState *S, Value self, Value *out)
{
    String *r = awbytes_repr(S, AS_BYTES(self));

    if (!r)
        return false;
    *out = OBJ_VAL(r);
    return true;
}

static bool bytes_hash(AwState *S, Value self, int64_t *out)
{
    Bytes *b = AS_BYTES(self);

    if (b->hash == -1)
        b->hash = awstr_hash_bytes(S, b->data, b->len);
    *out = b->hash;
    return true;
}

static bool bytes_richcmp(AwState *S, Value a, Value b, int op, Value *out)
{
    Bytes *x, *y;
    size_t n;
    int c;

    if (!IS_BYTES(a) || !IS_BYTES(b)) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    x = AS_BYTES(a);
    y = AS_BYTES(b);
    n = x->len < y->len ? x->len : y->len;
    c = memcmp(x->data, y->data, n);
    if (c == 0)
        c = (x->len > y->len) - (x->len < y->len);
    switch (op) {
    case CMP_LT: *out = BOOL_VAL(c < 0); break;
    case CMP_LE: *out = BOOL_VAL(c <= 0); break;
    case CMP_EQ: *out = BOOL_VAL(c == 0); break;
    case CMP_NE: *out = BOOL_VAL(c != 0); break;
    case CMP_GT: *out = BOOL_VAL(c > 0); break;
    default: *out = BOOL_VAL(c >= 0); break;
    }
    return true;
}

/* Makes *v a small or big int from a bool or an object with __index__:
 * 1 done, 0 no integer (no exception), -1 error. */
static int as_index(AwState *S, Value *v)
{
    if (IS_KIND(*v, OBJ_INSTANCE)) {
        if (!awobj_index(S, *v, v)) {
            if (!awerr_matches(S, EXC_TYPE(S, TypeError)))
                return -1;
            awerr_clear(S);
            return 0;
        }
    }
    if (IS_BOOL(*v)) {
        *v = INT_VAL(AS_BOOL(*v));
        return 1;
    }
    return IS_ANYINT(*v) ? 1 : 0;
}

static bool bytes_binop(AwState *S, int op, Value a, Value b, Value *out);

/* The right operand's reflected method first, as CPython does before a
 * sequence operation: only classes can define one. */
static bool try_reflected(AwState *S, int op, Value a, Value b, Value *out)
{
    Type *tb = awobj_type(S, b);

    *out = NOTIMPL_VAL(S);
    if (!(tb->tflags & TF_HEAPTYPE) || !tb->binop || tb->binop == bytes_binop)
        return true;
    return tb->binop(S, op, a, b, out);
}

static bool bytes_concat(AwState *S, Value a, Value b, Value *out)
{
    Bytes *x = AS_BYTES(a), *y = AS_BYTES(b), *r;

    if (y->len == 0 && is_exact(S, a)) {
        *out = a;
        return true;
    }
    if (x->len == 0 && is_exact(S, b)) {
        *out = b;
        return true;
    }
    r = awbytes_alloc(S, NULL, NULL, x->len + y->len);
    if (!r)
        return false;
    memcpy(r->data, x->data, x->len);
    memcpy(r->data + x->len, y->data, y->len);
    *out = OBJ_VAL(r);
    return true;
}

static bool bytes_repeat(AwState *S, Value v, Value count, Value *out)
{
    Bytes *s = AS_BYTES(v), *r;
    size_t total, done, chunk;
    int64_t n;

    if (IS_BIGINT(count))
        return awerr_format(S, EXC_OverflowError,
                            "cannot fit 'int' into an index-sized integer");
    n = AS_INT(count);
    if (n == 1 && is_exact(S, v)) {
        *out = v;
        return true;
    }
    if (n < 0)
        n = 0;
    if (s->len && (uint64_t)n > (uint64_t)INT64_MAX / s->len)
        return awerr_nomem(S);
    total = s->len * (size_t)n;
    r = awbytes_alloc(S, NULL, NULL, total);
    if (!r)
        return false;
    if (total) {
        memcpy(r->data, s->data, s->len);
        for (done = s->len; done < total; done += chunk) {
            chunk = done < total - done ? done : total - done;
            memcpy(r->data + done, r->data, chunk);
        }
    }
    *out = OBJ_VAL(r);
    return true;
}

static bool bytes_mul(AwState *S, Value a, Value b, Value *out)
{
    bool left = IS_BYTES(a);
    Value seq = left ? a : b, n = left ? b : a;
    int r;

    if (left && !IS_ANYINT(n) && !IS_BOOL(n)) {
        if (!try_reflected(S, BINOP_MUL, a, b, out))
            return false;
        if (!IS_NOTIMPL(S, *out))
            return true;
    }
    r = as_index(S, &n);
    if (r < 0)
        return false;
    if (r == 0)
        return awerr_format(S, EXC_TypeError,
                            "can't multiply sequence by non-int of type "
                            "'%s'",
                            awobj_typename(S, left ? b : a));
    return bytes_repeat(S, seq, n, out);
}

static bool bytes_binop(AwState *S, int op, Value a, Value b, Value *out)
{
    if (op >= BINOP_INPLACE)
        op -= BINOP_INPLACE;
    switch (op) {
    case BINOP_ADD:
        if (!IS_BYTES(a))
            break;
        if (IS_BYTES(b))
            return bytes_concat(S, a, b, out);
        if (!try_reflected(S, op, a, b, out))
            return false;
        if (!IS_NOTIMPL(S, *out))
            return true;
        return awerr_format(S, EXC_TypeError, "can't concat %s to %s",
                            awobj_typename(S, b), awobj_typename(S, a));
    case BINOP_MUL: return bytes_mul(S, a, b, out);
    case BINOP_MOD:
        if (IS_BYTES(a))
            return awfmt_percent(S, a, b, out);
        break;
    default: break;
    }
    *out = NOTIMPL_VAL(S);
    return true;
}

static bool bytes_len(AwState *S, Value self, int64_t *out)
{
    *out = (int64_t)AS_BYTES(self)->len;
    return true;
}

static int bytes_truth(AwState *S, Value self)
{
    return AS_BYTES(self)->len != 0;
}

static bool bytes_slice(AwState *S, Value self, Slice *sl, Value *out)
{
    Bytes *b = AS_BYTES(self), *r;
    int64_t start, stop, step, n, k;

    if (!awslice_indices(S, sl, (int64_t)b->len, &start, &stop, &step, &n))
        return false;
    if (n < 0)
        n = 0;
    if (step == 1 && (size_t)n == b->len && is_exact(S, self)) {
        *out = self;
        return true;
    }
    r = awbytes_alloc(S, NULL, NULL, (size_t)n);
    if (!r)
        return false;
    for (k = 0; k < n; k++)
        r->data[k] = b->data[start + k * step];
    *out = OBJ_VAL(r);
    return true;
}

static bool bytes_getitem(AwState *S, Value self, Value key, Value *out)
{
    Bytes *b = AS_BYTES(self);
    int64_t i;
    int r;

    if (IS_KIND(key, OBJ_SLICE))
        return bytes_slice(S, self, (Slice *)AS_OBJ(key), out);
    r = as_index(S, &key);
    if (r < 0)
        return false;
    if (r == 0)
        return awerr_format(S, EXC_TypeError,
                            "byte indices must be integers or slices, not "
                            "%s",
                            awobj_typename(S, key));
    if (IS_BIGINT(key))
        return awerr_format(S, EXC_IndexError,
                            "cannot fit 'int' into an index-sized integer");
    i = AS_INT(key);
    if (i < 0)
        i += (int64_t)b->len;
    if (i < 0 || i >= (int64_t)b->len)
        return awerr_format(S, EXC_IndexError, "index out of range");
    *out = INT_VAL(b->data[i]);
    return true;
}

static int bytes_contains(AwState *S, Value self, Value x)
{
    Bytes *b = AS_BYTES(self);
    int r;

    if (IS_BYTES(x))
        return awstr_memfind((const char *)b->data, b->len,
                             (const char *)AS_BYTES(x)->data,
                             AS_BYTES(x)->len) >= 0;
    r = as_index(S, &x);
    if (r < 0)
        return -1;
    if (r == 0) {
        awerr_format(S, EXC_TypeError,
                     "a bytes-like object is required, not '%s'",
                     awobj_typename(S, x));
        return -1;
    }
    if (IS_BIGINT(x) || AS_INT(x) < 0 || AS_INT(x) > 255) {
        awerr_format(S, EXC_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    return memchr(b->data, (int)AS_INT(x), b->len) != NULL;
}

static bool bytes_iter(AwState *S, Value self, Value *out)
{
    Iterator *it =
        awgc_alloc(S, TYPE(S, BYTES_ITER), OBJ_ITERATOR, sizeof(Iterator));

    if (!it)
        return false;
    it->src = self;
    *out = OBJ_VAL(it);
    return true;
}

static int bytes_iter_next(AwState *S, Value self, Value *out)
{
    Iterator *it = (Iterator *)AS_OBJ(self);
    Bytes *b;

    if (IS_NULL(it->src))
        return 0;
    b = AS_BYTES(it->src);
    if ((size_t)it->index >= b->len) {
        it->src = NULL_VAL;
        return 0;
    }
    *out = INT_VAL(b->data[it->index++]);
    return 1;
}

static bool iter_self(AwState *S, Value self, Value *out)
{
    *out = self;
    return true;
}

static bool bytes_iter_length_hint(AwState *S, int argc, Value *argv,
                                   Tuple *kwnames, Value *out)
{
    Iterator *it = (Iterator *)AS_OBJ(argv[0]);

    *out = INT_VAL(
        IS_NULL(it->src) ? 0 : (int64_t)AS_BYTES(it->src)->len - it->index);
    return true;
}

static bool bytes_iter_dunder_next(AwState *S, int argc, Value *argv,
                                   Tuple *kwnames, Value *out)
{
    int r = bytes_iter_next(S, argv[0], out);

    if (r == 0)
        return awerr_noargs(S, EXC_StopIteration);
    return r > 0;
}

static bool bytes_iter_dunder_iter(AwState *S, int argc, Value *argv,
                                   Tuple *kwnames, Value *out)
{
    *out = argv[0];
    return true;
}

static const MethodDef bytes_iter_methods[] = {
    {"__length_hint__", bytes_iter_length_hint, MF_METHOD},
    {"__next__", bytes_iter_dunder_next, MF_METHOD},
    {"__iter__", bytes_iter_dunder_iter, MF_METHOD},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------ */
/* bytes(...)                                                          */

static bool byte_value(AwState *S, Value v, StrBuf *b)
{
    int r = as_index(S, &v);

    if (r < 0)
        return false;
    if (r == 0)
        return awerr_format(S, EXC_TypeError,
                            "'%s' object cannot be interpreted as an "
                            "integer",
                            awobj_typename(S, v));
    if (IS_BIGINT(v) || AS_INT(v) < 0 || AS_INT(v) > 255)
        return awerr_format(S, EXC_ValueError,
                            "bytes must be in range(0, 256)");
    awbuf_putc(b, (char)AS_INT(v));
    return true;
}

/* The bytes of an iterable of ints. */
static bool bytes_from_iterable(AwState *S, Value x, Value *out)
{
    Value it, v;
    bool ok = true;
    StrBuf b;
    Bytes *r;
    int n;

    if (!awobj_iter(S, x, &it)) {
        if (!awerr_matches(S, EXC_TYPE(S, TypeError)))
            return false;
        awerr_clear(S);
        return awerr_format(S, EXC_TypeError,
                            "cannot convert '%s' object to bytes",
                            awobj_typename(S, x));
    }
    awgc_push(S, it);
    awbuf_init(S, &b);
    while ((n = awobj_next(S, it, &v)) == 1) {
        awgc_push(S, v);
        ok = byte_value(S, v, &b);
        awgc_pop(S, 1);
        if (!ok)
            break;
    }
    awgc_pop(S, 1);
    if (n != 0 || !ok) {
        awbuf_free(&b);
        return false;
    }
    r = awbuf_finish_bytes(&b);
    if (!r)
        return false;
    *out = OBJ_VAL(r);
    return true;
}

static bool bytes_from_object(AwState *S, Value x, Value *out)
{
    Value n = x;
    int r;

    if (IS_BYTES(x)) {
        *out = x;
        return true;
    }
    if (IS_STR(x))
        return awerr_format(S, EXC_TypeError,
                            "string argument without an encoding");
    r = as_index(S, &n);
    if (r < 0)
        return false;
    if (r == 0)
        return bytes_from_iterable(S, x, out);
    if (IS_BIGINT(n))
        return awerr_format(S, EXC_OverflowError,
                            "cannot fit 'int' into an index-sized integer");
    if (AS_INT(n) < 0)
        return awerr_format(S, EXC_ValueError, "negative count");
    *out = OBJ_VAL(awbytes_alloc(S, NULL, NULL, (size_t)AS_INT(n)));
    return AS_OBJ(*out) != NULL;
}

/* __bytes__ of an instance: 1 called, 0 none, -1 error. */
static int call_dunder_bytes(AwState *S, Value x, Value *out)
{
    String *name;
    Value f;

    if (!IS_KIND(x, OBJ_INSTANCE))
        return 0;
    name = awstr_intern_cstr(S, "__bytes__");
    if (!name)
        return -1;
    f = awtype_lookup(S, awobj_type(S, x), name);
    if (IS_NULL(f))
        return 0;
    if (!awobj_getattr(S, x, name, &f))
        return -1;
    awgc_push(S, f);
    if (!awobj_call(S, f, 0, NULL, NULL, out)) {
        awgc_pop(S, 1);
        return -1;
    }
    awgc_pop(S, 1);
    if (!IS_BYTES(*out)) {
        awerr_format(S, EXC_TypeError, "__bytes__ returned non-bytes (type %s)",
                     awobj_typename(S, *out));
        return -1;
    }
    return 1;
}

/* a: source, encoding, errors (NULL_VAL when absent). */
static bool bytes_make(AwState *S, Value *a, Value *out)
{
    static const char *const names[] = {"encoding", "errors"};
    int i, r;

    for (i = 1; i <= 2; i++)
        if (!IS_NULL(a[i]) && !IS_STR(a[i]))
            return awerr_format(S, EXC_TypeError,
                                "bytes() argument '%s' must be str, not %s",
                                names[i - 1], awobj_typename(S, a[i]));
    if (!IS_NULL(a[1])) {
        if (!IS_STR(a[0]))
            return awerr_format(S, EXC_TypeError,
                                "encoding without a string argument");
        return awcodec_encode(S, AS_STR(a[0]), AS_STR(a[1])->data,
                              IS_NULL(a[2]) ? NULL : AS_STR(a[2])->data, out);
    }
    if (!IS_NULL(a[2]))
        return awerr_format(S, EXC_TypeError,
                            IS_STR(a[0]) ? "string argument without an "
                                           "encoding"
                                         : "errors without a string argument");
    if (IS_NULL(a[0])) {
        *out = OBJ_VAL(awbytes_new(S, NULL, 0));
        return AS_OBJ(*out) != NULL;
    }
    r = call_dunder_bytes(S, a[0], out);
    if (r != 0)
        return r > 0;
    return bytes_from_object(S, a[0], out);
}

static bool bytes_new(AwState *S, Type *t, int argc, Value *argv,
                      Tuple *kwnames, Value *out)
{
    static const char *const kw[] = {"source", "encoding", "errors", NULL};
    Value a[3];
    Bytes *r;

    if (!awarg_unpack(S, "bytes", argc, argv, kwnames, 0, 3, kw, a))
        return false;
    if (!bytes_make(S, a, out))
        return false;
    if (t == TYPE(S, BYTES) && is_exact(S, *out))
        return true;
    awgc_push(S, *out);
    r = awbytes_alloc(S, t, AS_BYTES(*out)->data, AS_BYTES(*out)->len);
    awgc_pop(S, 1);
    if (!r)
        return false;
    *out = OBJ_VAL(r);
    return true;
}

/* ------------------------------------------------------------------ */
/* Methods of bytes only                                               */

static bool m_decode(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    static const char *const kw[] = {"encoding", "errors", NULL};
    static const char *const names[] = {"encoding", "errors"};
    Bytes *b = AS_BYTES(argv[0]);
    Value a[2];
    int i;

    if (!awarg_unpack(S, "decode", argc - 1, argv + 1, kwnames, 0, 2, kw, a))
        return false;
    for (i = 0; i < 2; i++)
        if (!IS_NULL(a[i]) && !IS_STR(a[i]))
            return awerr_format(S, EXC_TypeError,
                                "decode() argument '%s' must be str, not %s",
                                names[i], awobj_typename(S, a[i]));
    return awcodec_decode(S, b->data, b->len,
                          IS_NULL(a[0]) ? NULL : AS_STR(a[0])->data,
                          IS_NULL(a[1]) ? NULL : AS_STR(a[1])->data, out);
}

/* The separator of hex(): one ASCII character as str or bytes. */
static bool hex_sep(AwState *S, Value v, char *sep)
{
    size_t len;
    const char *p;

    if (IS_STR(v)) {
        len = AS_STR(v)->ncp;
        p = AS_STR(v)->data;
    } else if (IS_BYTES(v)) {
        len = AS_BYTES(v)->len;
        p = (const char *)AS_BYTES(v)->data;
    } else {
        return awerr_format(S, EXC_TypeError,
                            "object of type '%s' has no len()",
                            awobj_typename(S, v));
    }
    if (len != 1)
        return awerr_format(S, EXC_ValueError, "sep must be length 1.");
    if ((unsigned char)p[0] >= 0x80)
        return awerr_format(S, EXC_ValueError, "sep must be ASCII.");
    *sep = p[0];
    return true;
}

/* bytes_per_sep: a C int. */
static bool hex_per_sep(AwState *S, Value v, int64_t *per)
{
    int r = as_index(S, &v);

    if (r < 0)
        return false;
    if (r == 0)
        return awerr_format(S, EXC_TypeError,
                            "'%s' object cannot be interpreted as an "
                            "integer",
                            awobj_typename(S, v));
    if (IS_BIGINT(v) || AS_INT(v) > INT32_MAX || AS_INT(v) < INT32_MIN)
        return awerr_format(S, EXC_OverflowError,
                            "Python int too large to convert to C int");
    *per = AS_INT(v);
    return true;
}

/* Groups of bytes_per_sep bytes count from the right, or from the left
 * when it is negative. */
static bool m_hex(AwState *S, int argc, Value *argv, Tuple *kwnames, Value *out)
{
    static const char *const kw[] = {"sep", "bytes_per_sep", NULL};
    static const char hex[] = "0123456789abcdef";
    Bytes *b = AS_BYTES(argv[0]);
    int64_t per = 1;
    size_t i, from, group;
    char sep = 0;
    Value a[2];
    StrBuf buf;

    if (!awarg_unpack(S, "hex", argc - 1, argv + 1, kwnames, 0, 2, kw, a) ||
        (!IS_NULL(a[0]) && !hex_sep(S, a[0], &sep)) ||
        (!IS_NULL(a[1]) && !hex_per_sep(S, a[1], &per)))
        return false;
    group = (size_t)(per < 0 ? -per : per);
    awbuf_init(S, &buf);
    for (i = 0; i < b->len; i++) {
        from = per < 0 ? i : b->len - i;
        if (sep && per != 0 && i > 0 && from % group == 0)
            awbuf_putc(&buf, sep);
        awbuf_putc(&buf, hex[b->data[i] >> 4]);
        awbuf_putc(&buf, hex[b->data[i] & 15]);
    }
    *out = OBJ_VAL(awbuf_finish(&buf));
    return AS_OBJ(*out) != NULL;
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static bool fromhex_bytes(AwState *S, String *s, Value *out)
{
    const char *p = s->data;
    size_t i = 0, n = s->len, bad;
    int hi, lo;
    StrBuf b;

    awbuf_init(S, &b);
    while (i < n) {
        if (p[i] == ' ' || (p[i] >= '\t' && p[i] <= '\r')) {
            i++;
            continue;
        }
        hi = hex_digit(p[i]);
        lo = i + 1 < n ? hex_digit(p[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            awbuf_free(&b);
            bad = hi < 0 ? i : i + 1;
            return awerr_format(S, EXC_ValueError,
                                "non-hexadecimal number found in fromhex() "
                                "arg at position %zu",
                                awutf8_count(p, bad));
        }
        awbuf_putc(&b, (char)(hi << 4 | lo));
        i += 2;
    }
    *out = OBJ_VAL(awbuf_finish_bytes(&b));
    return AS_OBJ(*out) != NULL;
}

static bool m_fromhex(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    if (kwnames && kwnames->len > 0)
        return awerr_format(S, EXC_TypeError,
                            "bytes.fromhex() takes no keyword arguments");
    if (argc != 2)
        return awerr_format(S, EXC_TypeError,
                            "bytes.fromhex() takes exactly one argument (%d "
                            "given)",
                            argc - 1);
    if (!IS_STR(argv[1]))
        return awerr_format(S, EXC_TypeError,
                            "fromhex() argument must be str, not %s",
                            awobj_typename(S, argv[1]));
    if (!fromhex_bytes(S, AS_STR(argv[1]), out))
        return false;
    if (AS_TYPE(argv[0]) == TYPE(S, BYTES))
        return true;
    argv[1] = *out;
    return awobj_call(S, argv[0], 1, &argv[1], NULL, out);
}

static bool need_bytes(AwState *S, Value v)
{
    if (IS_BYTES(v))
        return true;
    return awerr_format(S, EXC_TypeError,
                        "a bytes-like object is required, not '%s'",
                        awobj_typename(S, v));
}

static bool m_maketrans(AwState *S, int argc, Value *argv, Tuple *kwnames,
                        Value *out)
{
    Bytes *from, *to, *r;
    size_t i;

    if (kwnames && kwnames->len > 0)
        return awerr_format(S, EXC_TypeError,
                            "bytes.maketrans() takes no keyword arguments");
    if (argc != 2)
        return awerr_format(S, EXC_TypeError,
                            "maketrans expected 2 arguments, got %d", argc);
    if (!need_bytes(S, argv[0]) || !need_bytes(S, argv[1]))
        return false;
    from = AS_BYTES(argv[0]);
    to = AS_BYTES(argv[1]);
    if (from->len != to->len)
        return awerr_format(S, EXC_ValueError,
                            "maketrans arguments must have same length");
    r = awbytes_alloc(S, NULL, NULL, 256);
    if (!r)
        return false;
    for (i = 0; i < 256; i++)
        r->data[i] = (uint8_t)i;
    for (i = 0; i < from->len; i++)
        r->data[from->data[i]] = to->data[i];
    *out = OBJ_VAL(r);
    return true;
}

static bool m_translate(AwState *S, int argc, Value *argv, Tuple *kwnames,
                        Value *out)
{
    static const char *const kw[] = {NULL, "delete", NULL};
    Bytes *self = AS_BYTES(argv[0]), *table = NULL, *del = NULL, *r;
    bool drop[256] = {false};
    Value a[2];
    size_t i, n = 0;

    if (!awarg_unpack(S, "translate", argc - 1, argv + 1, kwnames, 1, 2, kw, a))
        return false;
    if (!IS_NONE(a[0])) {
        if (!need_bytes(S, a[0]))
            return false;
        table = AS_BYTES(a[0]);
        if (table->len != 256)
            return awerr_format(S, EXC_ValueError,
                                "translation table must be 256 characters "
                                "long");
    }
    if (!IS_NULL(a[1])) {
        if (!need_bytes(S, a[1]))
            return false;
        del = AS_BYTES(a[1]);
        for (i = 0; i < del->len; i++)
            drop[del->data[i]] = true;
    }
    for (i = 0; i < self->len; i++)
        n += !drop[self->data[i]];
    r = awbytes_alloc(S, NULL, NULL, n);
    if (!r)
        return false;
    for (i = 0, n = 0; i < self->len; i++)
        if (!drop[self->data[i]])
            r->data[n++] = table ? table->data[self->data[i]] : self->data[i];
    *out = OBJ_VAL(r);
    return true;
}

static bool m_bytes(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    Bytes *r;

    if (is_exact(S, argv[0])) {
        *out = argv[0];
        return true;
    }
    r = awbytes_new(S, AS_BYTES(argv[0])->data, AS_BYTES(argv[0])->len);
    if (!r)
        return false;
    *out = OBJ_VAL(r);
    return true;
}

static const MethodDef bytes_methods[] = {
    {"decode", m_decode, MF_METHOD},
    {"hex", m_hex, MF_METHOD},
    {"fromhex", m_fromhex, MF_CLASS},
    {"maketrans", m_maketrans, MF_STATIC},
    {"translate", m_translate, MF_METHOD},
    {"__bytes__", m_bytes, MF_METHOD},
    {NULL, NULL, 0},
};

bool awbytes_init(AwState *S)
{
    Type *t, *it;

    t = awtype_new_builtin(S, TY_BYTES, "bytes", TYPE(S, OBJECT), OBJ_BYTES,
                           sizeof(Bytes));
    if (!t)
        return false;
    t->tflags |= TF_BASETYPE;
    t->repr = bytes_repr;
    t->str = bytes_repr;
    t->hash = bytes_hash;
    t->richcmp = bytes_richcmp;
    t->binop = bytes_binop;
    t->len = bytes_len;
    t->getitem = bytes_getitem;
    t->contains = bytes_contains;
    t->iter = bytes_iter;
    t->truth = bytes_truth;
    t->new_ = bytes_new;
    if (!awtype_add_methods(S, t, awbytes_text_methods) ||
        !awtype_add_methods(S, t, bytes_methods))
        return false;
    it = awtype_new_builtin(S, TY_BYTES_ITER, "bytes_iterator", TYPE(S, OBJECT),
                            OBJ_ITERATOR, sizeof(Iterator));
    if (!it)
        return false;
    it->iter = iter_self;
    it->next = bytes_iter_next;
    return awtype_add_methods(S, it, bytes_iter_methods);
}
