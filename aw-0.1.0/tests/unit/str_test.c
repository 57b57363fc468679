/* Unit test of the str C API (vm/str.h): UTF-8 checks, interning, hashing,
 * code point offsets, the builder, Unicode tables and codecs. Link it with
 * the library's object files (internal symbols are not exported by
 * libaw); it prints "str_test: N passed, N failed" and exits 1 on a
 * failure. */
#include <stdio.h>
#include <string.h>

#include "vm/gc.h"
#include "vm/str.h"

static int passed, failed;

#define CHECK(cond)                                                            \
    do {                                                                       \
        if (cond) {                                                            \
            passed++;                                                          \
        } else {                                                               \
            failed++;                                                          \
            printf("%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond);    \
        }                                                                      \
    } while (0)

static void test_utf8(void)
{
    size_t n;

    CHECK(awutf8_check("abc", 3) == 3);
    CHECK(awutf8_check("\xc3\xa9x", 3) == 3);
    CHECK(awutf8_check("a\xc0\x80", 3) == 1);        /* overlong */
    CHECK(awutf8_check("a\xe0\x80\x80", 4) == 1);    /* overlong */
    CHECK(awutf8_check("\xed\xa0\x80", 3) == 0);     /* surrogate */
    CHECK(awutf8_check("\xf4\x90\x80\x80", 4) == 0); /* > U+10FFFF */
    CHECK(awutf8_check("ab\xe2\x82", 4) == 2);       /* truncated */
    CHECK(awutf8_check("\xf0\x9f\x98\x80", 4) == 4);
    CHECK(awutf8_decode("\xe2\x82\xac", &n) == 0x20AC && n == 3);
    CHECK(awutf8_decode("\xf0\x9f\x98\x80", &n) == 0x1F600 && n == 4);
    CHECK(awutf8_count("h\xc3\xa9llo", 6) == 5);
}

static void test_strings(AwState *S)
{
    String *a = awstr_intern_cstr(S, "spam"), *b, *c, *e;

    awgc_push(S, OBJ_VAL(a));
    b = awstr_intern(S, "spam", 4);
    CHECK(a == b && (a->obj.flags & STR_INTERNED));
    c = awstr_cstr(S, "spam");
    awgc_push(S, OBJ_VAL(c));
    CHECK(c != a && awstr_equal(a, c));
    CHECK(awstr_hash(S, a) == awstr_hash(S, c) && awstr_hash(S, c) != -1);
    CHECK(awstr_intern_str(S, c) == a);
    CHECK(awstr_new(S, "", 0) == NAME(S, empty));
    CHECK(awstr_hash(S, NAME(S, empty)) == 0);
    e = awstr_cstr(S, "h\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80!");
    awgc_push(S, OBJ_VAL(e));
    CHECK(e->ncp == 5 && !(e->obj.flags & STR_ASCII));
    CHECK(awstr_offset(e, 0) == 0 && awstr_offset(e, 2) == 3);
    CHECK(awstr_offset(e, 4) == 10 && awstr_offset(e, 5) == e->len);
    CHECK(c->ncp == 4 && (c->obj.flags & STR_ASCII));
    awgc_pop(S, 3);
}

static void test_repr_and_buf(AwState *S)
{
    String *s = awstr_cstr(S, "it's \xc3\xa9\n\x7f\xc2\xa0");
    String *r;
    StrBuf b;

    awgc_push(S, OBJ_VAL(s));
    r = awstr_repr(S, s);
    CHECK(r && strcmp(r->data, "\"it's \xc3\xa9\\n\\x7f\\xa0\"") == 0);
    r = awstr_ascii(S, s);
    CHECK(r && strcmp(r->data, "\"it's \\xe9\\n\\x7f\\xa0\"") == 0);
    awgc_pop(S, 1);
    awbuf_init(S, &b);
    awbuf_puts(&b, "x=");
    awbuf_printf(&b, "%d", 42);
    awbuf_put_cp(&b, 0x1F600);
    r = awbuf_finish(&b);
    CHECK(r && strcmp(r->data, "x=42\xf0\x9f\x98\x80") == 0 && r->ncp == 5);
}

static void test_unicode(void)
{
    uint32_t m[3];

    CHECK(awuni_case(UNI_TO_UPPER, 0xDF, m) == 2 && m[0] == 'S');
    CHECK(awuni_case(UNI_TO_LOWER, 0x130, m) == 2 && m[1] == 0x307);
    CHECK(awuni_case(UNI_TO_TITLE, 0x1C6, m) == 1 && m[0] == 0x1C5);
    CHECK(awuni_case(UNI_TO_UPPER, 0x44F, m) == 1 && m[0] == 0x42F);
    CHECK(awuni_decimal(0x663) == 3 && awuni_decimal(0xB2) == -1);
    CHECK(awuni_numeric_kind(0xB2) == 2 && awuni_numeric_kind(0xBD) == 1);
    CHECK(awuni_flags(0x65E5) & UNI_PRINTABLE);
    CHECK(!(awuni_flags(0xA0) & UNI_PRINTABLE));
    CHECK(awuni_flags(0x3000) & UNI_SPACE);
    CHECK(awuni_flags(0xE9) & UNI_XID_START);
}

static void test_codecs(AwState *S)
{
    Value v;

    CHECK(awcodec_decode(S, (const uint8_t *)"\xc3\xa9", 2, NULL, NULL, &v) &&
          AS_STR(v)->ncp == 1);
    CHECK(!awcodec_decode(S, (const uint8_t *)"\xff", 1, "utf-8", NULL, &v));
    awerr_clear(S);
    CHECK(
        awcodec_decode(S, (const uint8_t *)"a\xff", 2, "utf8", "replace", &v) &&
        strcmp(AS_STR(v)->data, "a\xef\xbf\xbd") == 0);
    CHECK(awcodec_decode(S, (const uint8_t *)"\xe9", 1, "Latin-1", NULL, &v) &&
          strcmp(AS_STR(v)->data, "\xc3\xa9") == 0);
    CHECK(!awcodec_decode(S, (const uint8_t *)"x", 1, "nope", NULL, &v));
    awerr_clear(S);
}

int main(void)
{
    AwState *S = awstate_new(NULL, NULL);

    if (!S) {
        printf("str_test: no interpreter\n");
        return 1;
    }
    test_utf8();
    test_strings(S);
    test_repr_and_buf(S);
    test_unicode();
    test_codecs(S);
    awstate_free(S);
    printf("str_test: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
