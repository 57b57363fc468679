/* StrBuf: the growable raw byte buffer every module builds text in. Its
 * memory comes from awmem, so appending never runs a collection. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "vm/gc.h"
#include "vm/str.h"

void awbuf_init(AwState *S, StrBuf *b)
{
    b->S = S;
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->failed = false;
}

/* Makes room for n more bytes plus a NUL; false (and failed) when out of
 * memory. The data is kept NUL-terminated so that scanners may stop at
 * the NUL. */
static bool reserve(StrBuf *b, size_t n)
{
    size_t need, cap;
    char *p;

    if (b->failed)
        return false;
    if (n > AWSTR_MAX_LEN - b->len) {
        b->failed = true;
        return false;
    }
    need = b->len + n + 1;
    if (need <= b->cap)
        return true;
    cap = b->cap < 64 ? 64 : b->cap;
    while (cap < need)
        cap *= 2;
    p = awmem_realloc(b->S, b->data, b->cap, cap);
    if (!p) {
        b->failed = true;
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

bool awbuf_reserve(StrBuf *b, size_t n)
{
    return reserve(b, n);
}

void awbuf_put(StrBuf *b, const char *s, size_t n)
{
    if (n == 0 || !reserve(b, n))
        return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void awbuf_puts(StrBuf *b, const char *s)
{
    awbuf_put(b, s, strlen(s));
}

void awbuf_putc(StrBuf *b, char c)
{
    if (!reserve(b, 1))
        return;
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}

void awbuf_put_cp(StrBuf *b, uint32_t cp)
{
    char u[4];
    size_t n;

    if (cp < 0x80) {
        awbuf_putc(b, (char)cp);
        return;
    }
    if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        n = 4;
    }
    u[n - 1] = (char)(0x80 | (cp & 0x3F));
    awbuf_put(b, u, n);
}

void awbuf_printf(StrBuf *b, const char *fmt, ...)
{
    va_list ap, ap2;
    int n;

    va_start(ap, fmt);
    va_copy(ap2, ap);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n > 0 && reserve(b, (size_t)n)) {
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
        b->len += (size_t)n;
    }
    va_end(ap2);
}

/* The result string of awobj_repr/awobj_str is copied out at once, before
 * anything else can allocate, so it needs no root. */
bool awbuf_repr(StrBuf *b, Value v)
{
    Value r;

    if (!awobj_repr(b->S, v, &r))
        return false;
    awbuf_put(b, AS_STR(r)->data, AS_STR(r)->len);
    return true;
}

bool awbuf_str(StrBuf *b, Value v)
{
    Value r;

    if (IS_STR(v) && AS_OBJ(v)->type == TYPE(b->S, STR)) {
        awbuf_put(b, AS_STR(v)->data, AS_STR(v)->len);
        return true;
    }
    if (!awobj_str(b->S, v, &r))
        return false;
    awbuf_put(b, AS_STR(r)->data, AS_STR(r)->len);
    return true;
}

String *awbuf_finish(StrBuf *b)
{
    String *s;

    if (b->failed) {
        awbuf_free(b);
        awerr_nomem(b->S);
        return NULL;
    }
    s = awstr_new(b->S, b->data ? b->data : "", b->len);
    awbuf_free(b);
    return s;
}

Bytes *awbuf_finish_bytes(StrBuf *b)
{
    Bytes *r;

    if (b->failed) {
        awbuf_free(b);
        awerr_nomem(b->S);
        return NULL;
    }
    r = awbytes_new(b->S, (const uint8_t *)(b->data ? b->data : ""), b->len);
    awbuf_free(b);
    return r;
}

void awbuf_free(StrBuf *b)
{
    if (b->data)
        awmem_free(b->S, b->data, b->cap);
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->failed = false;
}
