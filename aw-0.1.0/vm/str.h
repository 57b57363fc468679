/* str and bytes (vm/str.c, vm/str_methods.c, vm/bytes.c) and the string
 * builder every module uses to produce text. */
#ifndef AW_STR_H
#define AW_STR_H

#include "vm/state.h"

/* A growable byte buffer over awmem (never collects). Finish turns it into
 * a String (which may collect) and releases the buffer. */
typedef struct StrBuf {
    AwState *S;
    char *data;
    size_t len, cap;
    bool failed; /* an append ran out of memory */
} StrBuf;

void awbuf_init(AwState *S, StrBuf *b);
void awbuf_put(StrBuf *b, const char *s, size_t n);
void awbuf_puts(StrBuf *b, const char *s);
void awbuf_putc(StrBuf *b, char c);
void awbuf_put_cp(StrBuf *b, uint32_t cp); /* a code point as UTF-8 */
void awbuf_printf(StrBuf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Appends repr(v) / str(v). false on error (exception set). */
AW_NODISCARD bool awbuf_repr(StrBuf *b, Value v);
AW_NODISCARD bool awbuf_str(StrBuf *b, Value v);
/* NULL (MemoryError set) if any append failed; the text must be UTF-8. */
String *awbuf_finish(StrBuf *b);
Bytes *awbuf_finish_bytes(StrBuf *b);
void awbuf_free(StrBuf *b);

/* Strings. Input must be valid UTF-8 (awutf8_check tells). */
String *awstr_new(AwState *S, const char *s, size_t len);
String *awstr_cstr(AwState *S, const char *s);
String *awstr_printf(AwState *S, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* The unique interned copy (identifiers, attribute names, dict keys of
 * globals). Interned strings compare equal only by pointer among
 * themselves. */
String *awstr_intern(AwState *S, const char *s, size_t len);
String *awstr_intern_cstr(AwState *S, const char *s);
int64_t awstr_hash(AwState *S, String *s); /* seeded SipHash, cached */
bool awstr_equal(String *a, String *b);
/* repr() of a str: CPython's quoting choice and escapes. */
String *awstr_repr(AwState *S, String *s);
/* Byte offset of code point index i (0 <= i <= ncp). */
size_t awstr_offset(String *s, size_t i);
/* Number of valid UTF-8 bytes at the start of s (== len when valid). */
size_t awutf8_check(const char *s, size_t len);
/* Decode one code point at s (valid UTF-8); sets *n to its byte length. */
uint32_t awutf8_decode(const char *s, size_t *n);

Bytes *awbytes_new(AwState *S, const uint8_t *data, size_t len);
String *awbytes_repr(AwState *S, Bytes *b);

/* ------------------------------------------------------------------ */
/* Additions shared by the str and bytes files (and useful elsewhere). */

/* repr() with every non-ASCII code point escaped: ascii(). */
String *awstr_ascii(AwState *S, String *s);
/* The interned copy of an existing string (s itself when it is already
 * interned or can become the interned copy). */
String *awstr_intern_str(AwState *S, String *s);
/* Room for n more bytes in b (false, and b->failed, when impossible). */
bool awbuf_reserve(StrBuf *b, size_t n);
/* No str, bytes or StrBuf grows past this (about 1 TiB): bigger requests
 * fail with MemoryError before they reach the allocator. */
#define AWSTR_MAX_LEN (((size_t)1 << 40) - 4096)
/* A str (of type t, NULL meaning str) of len bytes for the caller to fill:
 * data[len] is NUL, hash -1. Call awstr_fixup once the bytes are in. May
 * collect. */
String *awstr_alloc(AwState *S, Type *t, size_t len);
void awstr_fixup(String *s); /* computes ncp and STR_ASCII */
/* The seeded hash of any bytes (awstr_hash of a str with these bytes). */
int64_t awstr_hash_bytes(AwState *S, const void *data, size_t len);
/* Code points in n bytes of valid UTF-8. */
size_t awutf8_count(const char *s, size_t n);
/* Bytes of type t (NULL: bytes), zero-filled when data is NULL. */
Bytes *awbytes_alloc(AwState *S, Type *t, const uint8_t *data, size_t len);

/* Unicode properties of a code point, from CPython 3.11's unicodedata
 * (Unicode 14.0.0): see vm/str_unidata.h. */
enum {
    UNI_ALPHA = 1 << 0,
    UNI_NUMERIC = 1 << 1, /* bits 1-2: 1 numeric, 2 digit, 3 decimal */
    UNI_PRINTABLE = 1 << 3,
    UNI_UPPER = 1 << 4,
    UNI_LOWER = 1 << 5,
    UNI_TITLE = 1 << 6,
    UNI_SPACE = 1 << 7,
    UNI_XID_START = 1 << 8, /* and '_' */
    UNI_XID_CONTINUE = 1 << 9,
    UNI_CASE_IGNORABLE = 1 << 10
};
uint32_t awuni_flags(uint32_t cp);
/* 0 not numeric, 1 numeric (str.isnumeric), 2 digit, 3 decimal. */
int awuni_numeric_kind(uint32_t cp);
/* The value 0-9 of a decimal digit (any script: int('٣')), else -1. */
int awuni_decimal(uint32_t cp);
typedef enum { UNI_TO_LOWER, UNI_TO_UPPER, UNI_TO_TITLE, UNI_TO_FOLD } UniCase;
/* Full case mapping (SpecialCasing included, no final sigma: that needs
 * context): writes 1 to 3 code points to out and returns the count. */
int awuni_case(UniCase which, uint32_t cp, uint32_t out[3]);

/* Codecs (vm/bytes.c): utf-8, ascii and latin-1 under CPython's names and
 * aliases. errors: strict, ignore, replace, backslashreplace, and
 * xmlcharrefreplace for encoding; NULL means the default. */
AW_NODISCARD bool awcodec_encode(AwState *S, String *s, const char *encoding,
                                 const char *errors, Value *out);
AW_NODISCARD bool awcodec_decode(AwState *S, const uint8_t *data, size_t len,
                                 const char *encoding, const char *errors,
                                 Value *out);

/* Byte-string search (vm/str_methods.c): offset of the first (last)
 * occurrence of needle in hay, -1 when absent; count is non-overlapping,
 * at most max. */
int64_t awstr_memfind(const char *hay, size_t n, const char *needle, size_t m);
int64_t awstr_memrfind(const char *hay, size_t n, const char *needle, size_t m);
int64_t awstr_memcount(const char *hay, size_t n, const char *needle, size_t m,
                       int64_t max);

/* Method tables: str's own, and those bytes shares with str (split, find,
 * strip...), both in vm/str_methods.c; the bytes type (vm/bytes.c) is made
 * by awstr_init through awbytes_init. */
extern const MethodDef awstr_methods[];
extern const MethodDef awbytes_text_methods[];
AW_NODISCARD bool awbytes_init(AwState *S);

#endif
