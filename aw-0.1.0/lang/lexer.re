/* The tokenizer: re2c rules for one token, and the hand-written wrapper
 * that reads indentation (see lang/lexer.h). Edit lexer.re, not the
 * generated lexer.c. Error messages and positions follow CPython 3.11's
 * Parser/tokenizer.c. */
#include "lang/lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "lang/grammar.h"

#define TABSIZE 8

void awlex_error(ParseError *err, ParseErrorKind kind, int line, int col,
                 int end_line, int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    err->kind = kind;
    err->line = line;
    err->col = col;
    err->end_line = end_line;
    err->end_col = end_col;
}

static int soft_error(Lexer *lx, int errclass)
{
    lx->errclass = errclass;
    return AWLEX_ERROR;
}

void awlex_init(Lexer *lx, const char *src, size_t len, ParseError *err)
{
    memset(lx, 0, sizeof *lx);
    lx->src = src;
    lx->lim = src + len;
    if (len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0)
        src += 3;
    lx->cur = src;
    lx->line_start = src;
    lx->line = 1;
    lx->atbol = true;
    lx->err = err;
}

/* ------------------------------------------------------------------ */
/* UTF-8 and identifiers                                               */

int32_t awlex_utf8(const char *s, const char *lim, int *n, const char **why)
{
    const unsigned char *p = (const unsigned char *)s;
    const unsigned char *end = (const unsigned char *)lim;
    unsigned c = p[0], lo = 0x80, hi = 0xbf;
    int need, i;
    if (c < 0x80) {
        *n = 1;
        return (int32_t)c;
    }
    if (c < 0xc2 || c > 0xf4) {
        *n = 1;
        *why = "invalid start byte";
        return -1;
    }
    need = c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
    if (c == 0xe0)
        lo = 0xa0;
    else if (c == 0xed)
        hi = 0x9f;
    else if (c == 0xf0)
        lo = 0x90;
    else if (c == 0xf4)
        hi = 0x8f;
    uint32_t cp = c & (0x3f >> need);
    for (i = 1; i <= need; i++) {
        if (p + i >= end) {
            *n = i;
            *why = "unexpected end of data";
            return -1;
        }
        if (p[i] < lo || p[i] > hi) {
            *n = i;
            *why = "invalid continuation byte";
            return -1;
        }
        lo = 0x80;
        hi = 0xbf;
        cp = (cp << 6) | (p[i] & 0x3f);
    }
    *n = need + 1;
    return (int32_t)cp;
}

/* Code points that cannot be in an identifier: 1 printable, 2 not
 * printable. Python uses the full XID_Continue table; this covers the
 * punctuation, symbol and space blocks (generated from Python 3.11's
 * unicodedata), which is where pasted text goes wrong. Other code points
 * are accepted. */
static const uint32_t bad_ident[][3] = {
    {0x80, 0xa0, 2}, {0xa1, 0xa9, 1}, {0xab, 0xac, 1}, {0xad, 0xad, 2},
    {0xae, 0xb4, 1}, {0xb6, 0xb6, 1}, {0xb8, 0xb9, 1}, {0xbb, 0xbf, 1},
    {0xd7, 0xd7, 1}, {0xf7, 0xf7, 1}, {0x2000, 0x200f, 2},
    {0x2010, 0x2027, 1}, {0x2028, 0x202f, 2}, {0x2030, 0x203e, 1},
    {0x2041, 0x2053, 1}, {0x2055, 0x205e, 1}, {0x205f, 0x206f, 2},
    {0x2070, 0x2070, 1}, {0x2072, 0x2073, 2}, {0x2074, 0x207e, 1},
    {0x2080, 0x208e, 1}, {0x208f, 0x208f, 2}, {0x209d, 0x209f, 2},
    {0x20a0, 0x20c0, 1}, {0x20c1, 0x20cf, 2}, {0x20dd, 0x20e0, 1},
    {0x20e2, 0x20e4, 1}, {0x20f1, 0x20ff, 2}, {0x2100, 0x2101, 1},
    {0x2103, 0x2106, 1}, {0x2108, 0x2109, 1}, {0x2114, 0x2114, 1},
    {0x2116, 0x2117, 1}, {0x211e, 0x2123, 1}, {0x2125, 0x2125, 1},
    {0x2127, 0x2127, 1}, {0x2129, 0x2129, 1}, {0x213a, 0x213b, 1},
    {0x2140, 0x2144, 1}, {0x214a, 0x214d, 1}, {0x214f, 0x215f, 1},
    {0x2189, 0x218b, 1}, {0x218c, 0x218f, 2}, {0x2190, 0x2426, 1},
    {0x2427, 0x243f, 2}, {0x2440, 0x244a, 1}, {0x244b, 0x245f, 2},
    {0x2460, 0x2b73, 1}, {0x2b74, 0x2b75, 2}, {0x2b76, 0x2b95, 1},
    {0x2b96, 0x2b96, 2}, {0x2b97, 0x2bff, 1}, {0x2e00, 0x2e5d, 1},
    {0x2e5e, 0x2e7f, 2}, {0x3000, 0x3000, 2}, {0x3001, 0x3004, 1},
    {0x3008, 0x3020, 1}, {0x3030, 0x3030, 1}, {0x3036, 0x3037, 1},
    {0x303d, 0x303f, 1}, {0xd800, 0xf8ff, 2}, {0xfe10, 0xfe19, 1},
    {0xfe1a, 0xfe1f, 2}, {0xfe30, 0xfe32, 1}, {0xfe35, 0xfe4c, 1},
    {0xfe50, 0xfe52, 1}, {0xfe53, 0xfe53, 2}, {0xfe54, 0xfe66, 1},
    {0xfe67, 0xfe67, 2}, {0xfe68, 0xfe6b, 1}, {0xfe6c, 0xfe6f, 2},
    {0xfeff, 0xfeff, 2}, {0xff00, 0xff00, 2}, {0xff01, 0xff0f, 1},
    {0xff1a, 0xff20, 1}, {0xff3b, 0xff3e, 1}, {0xff40, 0xff40, 1},
    {0xff5b, 0xff65, 1}, {0xffe0, 0xffe6, 1}, {0xffe7, 0xffe7, 2},
    {0xffe8, 0xffee, 1}, {0xffef, 0xfffb, 2}, {0xfffc, 0xfffd, 1},
    {0xfffe, 0xffff, 2}, {0x1f000, 0x1faff, 1}, {0xe0000, 0xe00ff, 2},
    {0xe01f0, 0xe0fff, 2}, {0xf0000, 0x10ffff, 2},
};

static int ident_badness(uint32_t cp)
{
    size_t lo = 0, hi = sizeof bad_ident / sizeof bad_ident[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < bad_ident[mid][0])
            hi = mid;
        else if (cp > bad_ident[mid][1])
            lo = mid + 1;
        else
            return (int)bad_ident[mid][2];
    }
    return 0;
}

static int col_of(const Lexer *lx, const char *p)
{
    return (int)(p - lx->line_start);
}

static void decode_error(Lexer *lx, const char *start, const char *bad,
                         int n, const char *why)
{
    int pos = (int)(bad - start);
    int col = col_of(lx, lx->tok) + 1;
    if (n == 1)
        awlex_error(lx->err, PERR_SYNTAX, lx->line, col, lx->line, -1,
                    "(unicode error) 'utf-8' codec can't decode byte 0x%02x "
                    "in position %d: %s", (unsigned char)*bad, pos, why);
    else
        awlex_error(lx->err, PERR_SYNTAX, lx->line, col, lx->line, -1,
                    "(unicode error) 'utf-8' codec can't decode bytes in "
                    "position %d-%d: %s", pos, pos + n - 1, why);
}

/* An identifier with bytes >= 0x80: valid UTF-8 and no punctuation. */
static bool verify_identifier(Lexer *lx)
{
    const char *p = lx->tok;
    while (p < lx->cur) {
        const char *why = NULL;
        int n;
        int32_t cp = awlex_utf8(p, lx->cur, &n, &why);
        if (cp < 0) {
            decode_error(lx, lx->tok, p, n, why);
            return false;
        }
        int bad = ident_badness((uint32_t)cp);
        if (bad) {
            int col = col_of(lx, p + n);
            if (bad == 1)
                awlex_error(lx->err, PERR_SYNTAX, lx->line, col, lx->line,
                            col, "invalid character '%.*s' (U+%04X)", n, p,
                            (unsigned)cp);
            else
                awlex_error(lx->err, PERR_SYNTAX, lx->line, col, lx->line,
                            col, "invalid non-printable character U+%04X",
                            (unsigned)cp);
            return false;
        }
        p += n;
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* Tokens                                                              */

static bool is_newline(char c)
{
    return c == '\n' || c == '\r';
}

static bool is_ident_char(char c)
{
    unsigned char u = (unsigned char)c;
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
           (u >= '0' && u <= '9') || u == '_' || u >= 0x80;
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Consumes one newline at p ("\r\n", "\r" or "\n") and starts a line. */
static const char *next_line(Lexer *lx, const char *p)
{
    if (p[0] == '\r' && p[1] == '\n')
        p++;
    p++;
    lx->line++;
    lx->line_start = p;
    return p;
}

static int make(Lexer *lx, Token *t, int type, int line, int col)
{
    t->type = type;
    t->s = lx->tok;
    t->len = (int)(lx->cur - lx->tok);
    t->line = line;
    t->col = col;
    t->end_line = lx->line;
    t->end_col = col_of(lx, lx->cur);
    t->level = lx->depth;
    if (type != AW_TK_NEWLINE)
        lx->midline = true;
    return type;
}

static int simple(Lexer *lx, Token *t, int type)
{
    return make(lx, t, type, lx->line, col_of(lx, lx->tok));
}

/* A syntax error whose caret is the character before p (CPython's
 * syntaxerror() after reading that character). */
static int error_at(Lexer *lx, const char *p, const char *fmt, const char *a)
{
    int col = col_of(lx, p);
    awlex_error(lx->err, PERR_SYNTAX, lx->line, col, lx->line, col, fmt, a);
    return AWLEX_ERROR;
}

static int open_bracket(Lexer *lx, Token *t, int type)
{
    if (lx->depth >= AWLEX_MAXLEVEL)
        return error_at(lx, lx->cur, "too many nested parentheses", "");
    Bracket *b = &lx->brackets[lx->depth++];
    b->ch = *lx->tok;
    b->line = lx->line;
    b->col = col_of(lx, lx->tok);
    return simple(lx, t, type);
}

static int close_bracket(Lexer *lx, Token *t, int type)
{
    static const char pairs[] = "()[]{}";
    char ch = *lx->tok;
    int col = col_of(lx, lx->cur);
    if (lx->depth == 0) {
        awlex_error(lx->err, PERR_SYNTAX, lx->line, col, lx->line, col,
                    "unmatched '%c'", ch);
        return AWLEX_ERROR;
    }
    Bracket *b = &lx->brackets[lx->depth - 1];
    if (strchr(pairs, b->ch)[1] != ch) {
        if (b->line != lx->line)
            awlex_error(lx->err, PERR_SYNTAX, lx->line, col, lx->line, col,
                        "closing parenthesis '%c' does not match opening "
                        "parenthesis '%c' on line %d", ch, b->ch, b->line);
        else
            awlex_error(lx->err, PERR_SYNTAX, lx->line, col, lx->line, col,
                        "closing parenthesis '%c' does not match opening "
                        "parenthesis '%c'", ch, b->ch);
        return AWLEX_ERROR;
    }
    lx->depth--;
    return simple(lx, t, type);
}

/* A backslash not followed by a newline. */
static int bad_continuation(Lexer *lx)
{
    if (lx->cur >= lx->lim) {
        int col = col_of(lx, lx->cur) + 1;
        awlex_error(lx->err, PERR_SYNTAX, lx->line, col, lx->line, -1,
                    "unexpected EOF while parsing");
        return soft_error(lx, AWLEX_ERR_SOFT);
    }
    int col = col_of(lx, lx->cur) + 1;
    awlex_error(lx->err, PERR_SYNTAX, lx->line, col, lx->line, 0,
                "unexpected character after line continuation character");
    return soft_error(lx, AWLEX_ERR_SOFT);
}

/* A backslash and newline at the very end of the source. */
static int eof_in_continuation(Lexer *lx)
{
    const char *ls = lx->tok;
    while (ls > lx->src && !is_newline(ls[-1]))
        ls--;
    int col = (int)(lx->tok - ls) + 2;
    awlex_error(lx->err, PERR_SYNTAX, lx->line - 1, col, lx->line - 1, -1,
                "unexpected EOF while parsing");
    return soft_error(lx, AWLEX_ERR_SOFT);
}

static int nonprintable(Lexer *lx)
{
    int col = col_of(lx, lx->cur);
    awlex_error(lx->err, PERR_SYNTAX, lx->line, col, lx->line, col,
                "invalid non-printable character U+%04X",
                (unsigned char)*lx->tok);
    return AWLEX_ERROR;
}

/* ------------------------------------------------------------------ */
/* Numbers: a port of tok_get's number scanning, for its messages.      */

/* After a number: a keyword that may follow it is fine (CPython warns),
 * any other identifier character is "invalid <kind> literal". */
static bool end_of_number(Lexer *lx, const char *p, const char *kind)
{
    static const char *const kws[] = {"and", "else", "for", "if", "in",
                                      "is", "or", "not"};
    for (size_t i = 0; i < sizeof kws / sizeof kws[0]; i++)
        if (strncmp(p, kws[i], strlen(kws[i])) == 0)
            return true;
    if (!is_ident_char(*p))
        return true;
    error_at(lx, p, "invalid %s literal", kind);
    return false;
}

/* Digits and single underscores; NULL after an error. */
static const char *decimal_tail(Lexer *lx, const char *p)
{
    for (;;) {
        while (is_digit(*p))
            p++;
        if (*p != '_')
            return p;
        if (!is_digit(p[1])) {
            error_at(lx, p + 1, "invalid decimal literal", "");
            return NULL;
        }
        p++;
    }
}

static bool is_radix_digit(char c, int radix)
{
    if (radix == 16)
        return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    return c >= '0' && c < '0' + radix;
}

static int radix_number(Lexer *lx, Token *t, int radix)
{
    const char *kind = radix == 16 ? "hexadecimal"
                       : radix == 8 ? "octal" : "binary";
    const char *p = lx->tok + 2;
    do {
        if (*p == '_')
            p++;
        if (!is_radix_digit(*p, radix)) {
            if (radix != 16 && is_digit(*p)) {
                char d[2] = {*p, 0};
                error_at(lx, p + 1, radix == 8
                         ? "invalid digit '%s' in octal literal"
                         : "invalid digit '%s' in binary literal", d);
                return AWLEX_ERROR;
            }
            error_at(lx, p, "invalid %s literal", kind);
            return AWLEX_ERROR;
        }
        while (is_radix_digit(*p, radix))
            p++;
    } while (*p == '_');
    if (radix != 16 && is_digit(*p)) {
        char d[2] = {*p, 0};
        error_at(lx, p + 1, radix == 8 ? "invalid digit '%s' in octal literal"
                                       : "invalid digit '%s' in binary literal",
                 d);
        return AWLEX_ERROR;
    }
    if (!end_of_number(lx, p, kind))
        return AWLEX_ERROR;
    lx->cur = p;
    return simple(lx, t, AW_TK_NUMBER);
}

/* The fraction, exponent and imaginary suffix after the integer part at
 * p; frac says whether a '.' was already consumed. */
static int number_rest(Lexer *lx, Token *t, const char *p, bool frac)
{
    if (!frac && *p == '.') {
        p++;
        frac = true;
    }
    if (frac && is_digit(*p) && !(p = decimal_tail(lx, p)))
        return AWLEX_ERROR;
    if (*p == 'e' || *p == 'E') {
        const char *e = p++;
        if (*p == '+' || *p == '-') {
            p++;
            if (!is_digit(*p)) {
                error_at(lx, p, "invalid decimal literal", "");
                return AWLEX_ERROR;
            }
        } else if (!is_digit(*p)) {
            if (!end_of_number(lx, e, "decimal"))
                return AWLEX_ERROR;
            lx->cur = e;
            return simple(lx, t, AW_TK_NUMBER);
        }
        if (!(p = decimal_tail(lx, p)))
            return AWLEX_ERROR;
    }
    if (*p == 'j' || *p == 'J') {
        p++;
        if (!end_of_number(lx, p, "imaginary"))
            return AWLEX_ERROR;
    } else if (!end_of_number(lx, p, "decimal")) {
        return AWLEX_ERROR;
    }
    lx->cur = p;
    return simple(lx, t, AW_TK_NUMBER);
}

/* "0", "00", "0_0", and the forbidden "0123". */
static int zero_number(Lexer *lx, Token *t)
{
    const char *p = lx->tok + 1;
    for (;;) {
        if (*p == '_') {
            p++;
            if (!is_digit(*p)) {
                error_at(lx, p, "invalid decimal literal", "");
                return AWLEX_ERROR;
            }
        }
        if (*p != '0')
            break;
        p++;
    }
    const char *zeros_end = p + 1;
    bool nonzero = is_digit(*p);
    if (nonzero && !(p = decimal_tail(lx, p)))
        return AWLEX_ERROR;
    if (*p == '.' || *p == 'e' || *p == 'E' || *p == 'j' || *p == 'J')
        return number_rest(lx, t, p, false);
    if (nonzero) {
        int col = col_of(lx, lx->tok) + 1;
        awlex_error(lx->err, PERR_SYNTAX, lx->line, col, lx->line,
                    col_of(lx, zeros_end),
                    "leading zeros in decimal integer literals are not "
                    "permitted; use an 0o prefix for octal integers");
        return AWLEX_ERROR;
    }
    if (!end_of_number(lx, p, "decimal"))
        return AWLEX_ERROR;
    lx->cur = p;
    return simple(lx, t, AW_TK_NUMBER);
}

static int number(Lexer *lx, Token *t)
{
    const char *p = lx->tok;
    if (p[0] == '.')
        return number_rest(lx, t, p + 1, true);
    if (p[0] == '0') {
        char x = p[1];
        if (x == 'x' || x == 'X')
            return radix_number(lx, t, 16);
        if (x == 'o' || x == 'O')
            return radix_number(lx, t, 8);
        if (x == 'b' || x == 'B')
            return radix_number(lx, t, 2);
        return zero_number(lx, t);
    }
    if (!(p = decimal_tail(lx, p)))
        return AWLEX_ERROR;
    return number_rest(lx, t, p, false);
}

/* ------------------------------------------------------------------ */
/* Strings: the whole literal is one token; lang/parser.c decodes it.     */

static int unterminated(Lexer *lx, int line, const char *line_start,
                        bool triple, int detected)
{
    int col = (int)(lx->tok - line_start) + 1;
    awlex_error(lx->err, PERR_SYNTAX, line, col, line, col,
                triple ? "unterminated triple-quoted string literal "
                         "(detected at line %d)"
                       : "unterminated string literal (detected at line %d)",
                detected);
    return AWLEX_ERROR;
}

static int string(Lexer *lx, Token *t)
{
    int line = lx->line;
    const char *line_start = lx->line_start;
    int col = col_of(lx, lx->tok);
    char q = lx->cur[-1];
    const char *p = lx->cur;
    bool triple = p[0] == q && p[1] == q;
    if (triple)
        p += 2;
    for (;;) {
        if (p >= lx->lim) {
            int at = lx->line;
            if (p > lx->src && is_newline(p[-1]) && lx->line > line)
                at--;
            return unterminated(lx, line, line_start, triple, at);
        }
        char c = *p;
        if (c == q && (!triple || (p[1] == q && p[2] == q))) {
            lx->cur = p + (triple ? 3 : 1);
            return make(lx, t, AW_TK_STRING, line, col);
        }
        if (is_newline(c)) {
            if (!triple)
                return unterminated(lx, line, line_start, false, lx->line);
            p = next_line(lx, p);
        } else if (c == '\\' && p + 1 < lx->lim) {
            p = is_newline(p[1]) ? next_line(lx, p + 1) : p + 2;
        } else {
            p++;
        }
    }
}

/* ------------------------------------------------------------------ */
/* The scanner                                                         */

static int newline_token(Lexer *lx, Token *t, const char *comment)
{
    t->type = AW_TK_NEWLINE;
    t->s = comment ? comment : lx->tok;
    t->len = (int)(lx->cur - t->s);
    t->line = t->end_line = lx->line;
    t->col = col_of(lx, t->s);
    t->end_col = col_of(lx, lx->tok);
    t->level = 0;
    lx->cur = next_line(lx, lx->tok);
    lx->midline = false;
    lx->atbol = true;
    return AW_TK_NEWLINE;
}

static int ident(Lexer *lx, Token *t)
{
    for (const char *p = lx->tok; p < lx->cur; p++)
        if ((unsigned char)*p >= 0x80)
            return verify_identifier(lx) ? simple(lx, t, AW_TK_NAME)
                                         : AWLEX_ERROR;
    return simple(lx, t, AW_TK_NAME);
}

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = "lx->cur";
    re2c:define:YYMARKER = "lx->mar";
    re2c:define:YYLIMIT = "lx->lim";
    re2c:yyfill:enable = 0;
    re2c:eof = 0;

    newline = "\r\n" | "\r" | "\n";
    ident = [a-zA-Z_\x80-\xff] [a-zA-Z0-9_\x80-\xff]*;
    sprefix = [rRuUbBfF] | [bB][rR] | [rR][bB] | [fF][rR] | [rR][fF];
*/

/* One raw token; newlines inside brackets are skipped, comments and
 * continuation lines always are. AWLEX_EOF at the end of the source. */
static int scan(Lexer *lx, Token *t)
{
    const char *comment = NULL;
    for (;;) {
        lx->tok = lx->cur;
        /*!re2c
        $ {
            lx->eof_comment = comment;
            return AWLEX_EOF;
        }
        [ \t\f]+ { continue; }
        "#" [^\r\n\x00]* { comment = lx->tok; continue; }
        "\\" newline {
            lx->cur = next_line(lx, lx->tok + 1);
            if (lx->cur >= lx->lim)
                return eof_in_continuation(lx);
            continue;
        }
        "\\" { return bad_continuation(lx); }
        newline {
            if (lx->depth > 0) {
                lx->cur = next_line(lx, lx->tok);
                comment = NULL;
                continue;
            }
            return newline_token(lx, t, comment);
        }

        "False" { return simple(lx, t, AW_TK_FALSE); }
        "None" { return simple(lx, t, AW_TK_NONE); }
        "True" { return simple(lx, t, AW_TK_TRUE); }
        "and" { return simple(lx, t, AW_TK_AND); }
        "as" { return simple(lx, t, AW_TK_AS); }
        "assert" { return simple(lx, t, AW_TK_ASSERT); }
        "async" { return simple(lx, t, AW_TK_ASYNC); }
        "await" { return simple(lx, t, AW_TK_AWAIT); }
        "break" { return simple(lx, t, AW_TK_BREAK); }
        "class" { return simple(lx, t, AW_TK_CLASS); }
        "continue" { return simple(lx, t, AW_TK_CONTINUE); }
        "def" { return simple(lx, t, AW_TK_DEF); }
        "del" { return simple(lx, t, AW_TK_DEL); }
        "elif" { return simple(lx, t, AW_TK_ELIF); }
        "else" { return simple(lx, t, AW_TK_ELSE); }
        "except" { return simple(lx, t, AW_TK_EXCEPT); }
        "finally" { return simple(lx, t, AW_TK_FINALLY); }
        "for" { return simple(lx, t, AW_TK_FOR); }
        "from" { return simple(lx, t, AW_TK_FROM); }
        "global" { return simple(lx, t, AW_TK_GLOBAL); }
        "if" { return simple(lx, t, AW_TK_IF); }
        "import" { return simple(lx, t, AW_TK_IMPORT); }
        "in" { return simple(lx, t, AW_TK_IN); }
        "is" { return simple(lx, t, AW_TK_IS); }
        "lambda" { return simple(lx, t, AW_TK_LAMBDA); }
        "nonlocal" { return simple(lx, t, AW_TK_NONLOCAL); }
        "not" { return simple(lx, t, AW_TK_NOT); }
        "or" { return simple(lx, t, AW_TK_OR); }
        "pass" { return simple(lx, t, AW_TK_PASS); }
        "raise" { return simple(lx, t, AW_TK_RAISE); }
        "return" { return simple(lx, t, AW_TK_RETURN); }
        "try" { return simple(lx, t, AW_TK_TRY); }
        "while" { return simple(lx, t, AW_TK_WHILE); }
        "with" { return simple(lx, t, AW_TK_WITH); }
        "yield" { return simple(lx, t, AW_TK_YIELD); }
        ident { return ident(lx, t); }

        [0-9] | "." [0-9] { return number(lx, t); }
        sprefix? ['"] { return string(lx, t); }

        "(" { return open_bracket(lx, t, AW_TK_LPAR); }
        "[" { return open_bracket(lx, t, AW_TK_LSQB); }
        "{" { return open_bracket(lx, t, AW_TK_LBRACE); }
        ")" { return close_bracket(lx, t, AW_TK_RPAR); }
        "]" { return close_bracket(lx, t, AW_TK_RSQB); }
        "}" { return close_bracket(lx, t, AW_TK_RBRACE); }

        ":" { return simple(lx, t, AW_TK_COLON); }
        "," { return simple(lx, t, AW_TK_COMMA); }
        ";" { return simple(lx, t, AW_TK_SEMI); }
        "+" { return simple(lx, t, AW_TK_PLUS); }
        "-" { return simple(lx, t, AW_TK_MINUS); }
        "*" { return simple(lx, t, AW_TK_STAR); }
        "/" { return simple(lx, t, AW_TK_SLASH); }
        "|" { return simple(lx, t, AW_TK_VBAR); }
        "&" { return simple(lx, t, AW_TK_AMPER); }
        "<" { return simple(lx, t, AW_TK_LESS); }
        ">" { return simple(lx, t, AW_TK_GREATER); }
        "=" { return simple(lx, t, AW_TK_EQUAL); }
        "." { return simple(lx, t, AW_TK_DOT); }
        "%" { return simple(lx, t, AW_TK_PERCENT); }
        "==" { return simple(lx, t, AW_TK_EQEQUAL); }
        "!=" { return simple(lx, t, AW_TK_NOTEQUAL); }
        "<=" { return simple(lx, t, AW_TK_LESSEQUAL); }
        ">=" { return simple(lx, t, AW_TK_GREATEREQUAL); }
        "~" { return simple(lx, t, AW_TK_TILDE); }
        "^" { return simple(lx, t, AW_TK_CIRCUMFLEX); }
        "<<" { return simple(lx, t, AW_TK_LEFTSHIFT); }
        ">>" { return simple(lx, t, AW_TK_RIGHTSHIFT); }
        "**" { return simple(lx, t, AW_TK_DOUBLESTAR); }
        "+=" { return simple(lx, t, AW_TK_PLUSEQUAL); }
        "-=" { return simple(lx, t, AW_TK_MINEQUAL); }
        "*=" { return simple(lx, t, AW_TK_STAREQUAL); }
        "/=" { return simple(lx, t, AW_TK_SLASHEQUAL); }
        "%=" { return simple(lx, t, AW_TK_PERCENTEQUAL); }
        "&=" { return simple(lx, t, AW_TK_AMPEREQUAL); }
        "|=" { return simple(lx, t, AW_TK_VBAREQUAL); }
        "^=" { return simple(lx, t, AW_TK_CIRCUMFLEXEQUAL); }
        "<<=" { return simple(lx, t, AW_TK_LEFTSHIFTEQUAL); }
        ">>=" { return simple(lx, t, AW_TK_RIGHTSHIFTEQUAL); }
        "**=" { return simple(lx, t, AW_TK_DOUBLESTAREQUAL); }
        "//" { return simple(lx, t, AW_TK_DOUBLESLASH); }
        "//=" { return simple(lx, t, AW_TK_DOUBLESLASHEQUAL); }
        "@" { return simple(lx, t, AW_TK_AT); }
        "@=" { return simple(lx, t, AW_TK_ATEQUAL); }
        "->" { return simple(lx, t, AW_TK_RARROW); }
        "..." { return simple(lx, t, AW_TK_ELLIPSIS); }
        ":=" { return simple(lx, t, AW_TK_COLONEQUAL); }
        "<>" { return simple(lx, t, AW_TK_ERRORTOKEN); }

        [\x00-\x08\x0b\x0e-\x1f\x7f] { return nonprintable(lx); }
        * { return simple(lx, t, AW_TK_ERRORTOKEN); }
        */
    }
}

/* ------------------------------------------------------------------ */
/* Indentation                                                          */

/* Where CPython puts DEDENTs and the end marker at the end: the last
 * line, just past its (possibly implicit) newline. */
static void eof_position(const Lexer *lx, int *line, int *col)
{
    const char *end = lx->lim, *start = lx->line_start;
    *line = lx->line;
    if (lx->lim == lx->src) { /* nothing read: CPython's line 0 */
        *line = *col = 0;
        return;
    }
    if (start == end && end > lx->src && is_newline(end[-1])) {
        end--;
        if (end > lx->src && end[-1] == '\r' && *end == '\n')
            end--;
        start = end;
        while (start > lx->src && !is_newline(start[-1]))
            start--;
        (*line)--;
    }
    *col = (int)(end - start) + (lx->lim > lx->src ? 1 : 0);
}

static int marker(Lexer *lx, Token *t, int type)
{
    t->type = type;
    t->s = lx->cur;
    t->len = 0;
    if (lx->at_eof) {
        eof_position(lx, &t->line, &t->col);
    } else {
        t->line = lx->line;
        t->col = col_of(lx, lx->cur);
    }
    t->end_line = t->line;
    t->end_col = -1;
    t->level = 0;
    return type;
}

static int indent_error(Lexer *lx, ParseErrorKind kind, const char *msg)
{
    awlex_error(lx->err, kind, lx->line, 1, lx->line, 0, "%s", msg);
    return soft_error(lx, AWLEX_ERR_SOFT);
}

static int dedent_error(Lexer *lx)
{
    const char *p = lx->cur;
    while (p < lx->lim && !is_newline(*p))
        p++;
    awlex_error(lx->err, PERR_INDENTATION, lx->line, col_of(lx, p) + 1,
                lx->line, -1,
                "unindent does not match any outer indentation level");
    return soft_error(lx, AWLEX_ERR_SOFT);
}

/* Compares a new line's indentation with the stack (CPython's tok_get). */
static int apply_indent(Lexer *lx, int col, int altcol)
{
    if (col == lx->indstack[lx->indent]) {
        if (altcol != lx->altstack[lx->indent])
            return indent_error(lx, PERR_TAB, "inconsistent use of tabs "
                                "and spaces in indentation");
    } else if (col > lx->indstack[lx->indent]) {
        if (lx->indent + 1 >= AWLEX_MAXINDENT)
            return indent_error(lx, PERR_INDENTATION,
                                "too many levels of indentation");
        if (altcol <= lx->altstack[lx->indent])
            return indent_error(lx, PERR_TAB, "inconsistent use of tabs "
                                "and spaces in indentation");
        lx->pending++;
        lx->indent++;
        lx->indstack[lx->indent] = col;
        lx->altstack[lx->indent] = altcol;
    } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
            lx->pending--;
            lx->indent--;
        }
        if (col != lx->indstack[lx->indent])
            return dedent_error(lx);
        if (altcol != lx->altstack[lx->indent])
            return indent_error(lx, PERR_TAB, "inconsistent use of tabs "
                                "and spaces in indentation");
    }
    return 0;
}

/* Reads the indentation of the next non-blank line; blank and
 * comment-only lines are skipped whole. */
static int read_indent(Lexer *lx)
{
    for (;;) {
        int col = 0, altcol = 0, cont = 0;
        const char *p = lx->cur;
        for (;; p++) {
            if (*p == ' ') {
                col++, altcol++;
            } else if (*p == '\t') {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol++;
            } else if (*p == '\f') {
                col = altcol = 0;
            } else if (*p == '\\' && is_newline(p[1])) {
                cont = cont ? cont : col;
                p = next_line(lx, p + 1) - 1;
            } else {
                break;
            }
        }
        lx->cur = p;
        if (p >= lx->lim && !(lx->eval_mode && p > lx->line_start))
            return 0;
        if (p < lx->lim && (*p == '#' || is_newline(*p))) {
            while (p < lx->lim && !is_newline(*p))
                p++;
            lx->cur = p < lx->lim ? next_line(lx, p) : p;
            continue;
        }
        lx->atbol = false;
        if (cont)
            col = altcol = cont;
        return apply_indent(lx, col, altcol);
    }
}

static int end_of_input(Lexer *lx, Token *t)
{
    lx->at_eof = true;
    if (lx->depth > 0) {
        Bracket *b = &lx->brackets[lx->depth - 1];
        awlex_error(lx->err, PERR_SYNTAX, b->line, b->col + 1, b->line, 0,
                    "'%c' was never closed", b->ch);
        return soft_error(lx, AWLEX_ERR_UNCLOSED);
    }
    if (lx->midline) {
        lx->midline = false;
        lx->tok = lx->cur;
        t->type = AW_TK_NEWLINE;
        t->s = lx->eof_comment ? lx->eof_comment : lx->cur;
        t->len = (int)(lx->cur - t->s);
        t->line = t->end_line = lx->line;
        t->col = col_of(lx, t->s);
        t->end_col = col_of(lx, lx->cur);
        t->level = 0;
        return AW_TK_NEWLINE;
    }
    if (lx->indent > 0) {
        lx->indent--;
        return marker(lx, t, AW_TK_DEDENT);
    }
    return marker(lx, t, AWLEX_EOF);
}

int awlex_next(Lexer *lx, Token *t)
{
    lx->errclass = AWLEX_ERR_HARD;
    if (lx->pending > 0) {
        lx->pending--;
        return marker(lx, t, AW_TK_INDENT);
    }
    if (lx->pending < 0) {
        lx->pending++;
        return marker(lx, t, AW_TK_DEDENT);
    }
    if (lx->at_eof)
        return end_of_input(lx, t);
    if (lx->atbol && lx->depth == 0) {
        if (read_indent(lx) < 0)
            return AWLEX_ERROR;
        if (lx->pending)
            return awlex_next(lx, t);
    }
    int type = scan(lx, t);
    if (type == AWLEX_EOF)
        return end_of_input(lx, t);
    return type;
}
