/* The front end's pump: tokens from lang/lexer.re into the lemon parser of
 * lang/grammar.y, CPython's syntax error messages and positions, and
 * string literals (escapes, concatenation, f-strings, whose replacement
 * fields are parsed by a nested parse of "(expr)"). */
#include "lang/parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lang/grammar.h"
#include "lang/lexer.h"
#include "vm/uniname.h"

/* ------------------------------------------------------------------ */
/* Errors                                                              */

static void verror(ParseCtx *ctx, ParseErrorKind kind, const Span *s,
                   const char *fmt, va_list ap)
{
    if (ctx->failed)
        return;
    ctx->failed = true;
    ParseError *e = ctx->err;
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    e->kind = kind;
    e->line = s->line;
    e->col = s->col;
    e->end_line = s->end_line;
    e->end_col = s->end_col;
}

void *awparse_verror(ParseCtx *ctx, const Span *s, const char *fmt,
                     va_list ap)
{
    verror(ctx, PERR_SYNTAX, s, fmt, ap);
    return NULL;
}

void *awparse_error_span(ParseCtx *ctx, const Span *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(ctx, PERR_SYNTAX, s, fmt, ap);
    va_end(ap);
    return NULL;
}

/* A token's position as CPython reports "the last token": markers (no
 * extent) give their bare cursor column and -1. */
static Span tok_span(const Token *t)
{
    Span s = {t->line, t->col + 1, t->end_line, t->end_col + 1};
    if (t->end_col < 0) {
        s.col = t->col;
        s.end_col = -1;
    }
    return s;
}

static void *error_kind_tok(ParseCtx *ctx, ParseErrorKind kind,
                            const Token *t, const char *fmt, ...)
{
    Span s = tok_span(t);
    va_list ap;
    va_start(ap, fmt);
    verror(ctx, kind, &s, fmt, ap);
    va_end(ap);
    return NULL;
}

void *awparse_error_tok(ParseCtx *ctx, const Token *t, const char *fmt, ...)
{
    Span s = tok_span(t);
    va_list ap;
    va_start(ap, fmt);
    verror(ctx, PERR_SYNTAX, &s, fmt, ap);
    va_end(ap);
    return NULL;
}

void *awparse_nomem(ParseCtx *ctx)
{
    if (ctx->failed && ctx->err->kind == PERR_NOMEM)
        return NULL;
    ctx->failed = true;
    memset(ctx->err, 0, sizeof *ctx->err);
    ctx->err->kind = PERR_NOMEM;
    snprintf(ctx->err->msg, sizeof ctx->err->msg, "out of memory");
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Tokens: the lookahead queue and the history of tokens fed            */

static void map_line(const ParseCtx *ctx, int *line)
{
    if (*line > 0)
        *line += ctx->line_base;
}

/* f-string fields are lexed from "(expr)": their first line is shifted
 * to the column of the field, as CPython's starting_col_offset does. */
static void map_token(const ParseCtx *ctx, Token *t)
{
    if (ctx->mode != AWPARSE_FSTRING)
        return;
    if (t->line == 1)
        t->col += ctx->col_base;
    if (t->end_line == 1 && t->end_col >= 0)
        t->end_col += ctx->col_base;
    map_line(ctx, &t->line);
    map_line(ctx, &t->end_line);
}

static void lex_one(ParseCtx *ctx, QueuedToken *q)
{
    memset(&q->tok, 0, sizeof q->tok);
    q->type = awlex_next(&ctx->lx, &q->tok);
    q->tok.type = q->type;
    q->errclass = AWLEX_ERR_HARD;
    if (q->type == AWLEX_ERROR) {
        q->err = ctx->lexerr;
        q->errclass = ctx->lx.errclass;
        map_line(ctx, &q->err.line);
        map_line(ctx, &q->err.end_line);
    } else {
        map_token(ctx, &q->tok);
    }
}

/* The k-th token not yet fed (0 = the next), NULL past the end of input
 * or an error, or when out of memory. */
static QueuedToken *peek(ParseCtx *ctx, int k)
{
    while (ctx->qlen <= k) {
        if (ctx->qlen > 0) {
            int last = ctx->queue[ctx->qhead + ctx->qlen - 1].type;
            if (last == AWLEX_EOF || last == AWLEX_ERROR)
                return NULL;
        }
        if (ctx->qhead + ctx->qlen == ctx->qcap) {
            if (ctx->qhead > 0) {
                memmove(ctx->queue, ctx->queue + ctx->qhead,
                        (size_t)ctx->qlen * sizeof *ctx->queue);
                ctx->qhead = 0;
            } else {
                int cap = ctx->qcap ? ctx->qcap * 2 : 16;
                QueuedToken *q = realloc(ctx->queue, (size_t)cap * sizeof *q);
                if (!q) {
                    awparse_nomem(ctx);
                    return NULL;
                }
                ctx->queue = q;
                ctx->qcap = cap;
            }
        }
        lex_one(ctx, &ctx->queue[ctx->qhead + ctx->qlen]);
        ctx->qlen++;
    }
    return &ctx->queue[ctx->qhead + k];
}

static void pop(ParseCtx *ctx)
{
    ctx->qhead++;
    if (--ctx->qlen == 0)
        ctx->qhead = 0;
}

/* The token fed k tokens ago (0 = the one being fed), or NULL. */
static const Token *hist(const ParseCtx *ctx, int k)
{
    if (k < 0 || k >= ctx->nfed || k >= AWPARSE_HISTORY)
        return NULL;
    return &ctx->hist[(ctx->nfed - 1 - k) % AWPARSE_HISTORY];
}

/* t itself at -1, then the tokens not yet fed. */
static const Token *tok_at(ParseCtx *ctx, const Token *t, int i)
{
    if (i < 0)
        return t;
    QueuedToken *q = peek(ctx, i);
    if (q && q->type == AWLEX_ERROR && !ctx->peeked) {
        ctx->peeked = true;
        ctx->peeked_error = *q;
    }
    if (!q || q->type <= 0)
        return NULL;
    if (q->tok.end_line > ctx->err_line)
        ctx->err_line = q->tok.end_line;
    return &q->tok;
}

static void track_brackets(ParseCtx *ctx, int type)
{
    switch (type) {
    case AW_TK_LPAR:
    case AW_TK_WITHLPAR:
    case AW_TK_LSQB:
    case AW_TK_LBRACE:
        if (ctx->nbrackets < AWLEX_MAXLEVEL) {
            ctx->brackets[ctx->nbrackets] = type == AW_TK_LSQB ? '['
                                            : type == AW_TK_LBRACE ? '{'
                                                                   : '(';
            ctx->bracket_at[ctx->nbrackets++] = ctx->nfed - 1;
        }
        break;
    case AW_TK_RPAR:
    case AW_TK_RSQB:
    case AW_TK_RBRACE:
        if (ctx->nbrackets > 0)
            ctx->nbrackets--;
        break;
    default:
        break;
    }
}

static void track_header(ParseCtx *ctx, int type)
{
    ctx->started_line = false;
    if (type == AW_TK_NEWLINE || type == AW_TK_INDENT ||
        type == AW_TK_DEDENT) {
        ctx->line_start = true;
    } else if (ctx->line_start && type != AW_TK_ASYNC) {
        ctx->prev_header = ctx->header;
        ctx->header = ctx->la;
        ctx->line_start = false;
        ctx->started_line = true;
    }
}

static bool is_compound_keyword(int type)
{
    switch (type) {
    case AW_TK_IF: case AW_TK_ELIF: case AW_TK_ELSE: case AW_TK_WHILE:
    case AW_TK_FOR: case AW_TK_WITH: case AW_TK_TRY: case AW_TK_EXCEPT:
    case AW_TK_FINALLY: case AW_TK_DEF: case AW_TK_CLASS:
        return true;
    default:
        return false;
    }
}

/* Remembers the target of `target: annotation` when its ':' is shifted
 * (a ':' outside brackets in a simple statement without lambda). */
static void track_annotation(ParseCtx *ctx)
{
    const Token *colon = &ctx->la, *h = &ctx->header;
    if (colon->level != 0 || is_compound_keyword(h->type) ||
        awparser_symbol(ctx->parser, 0) != AW_TK_COLON)
        return;
    for (int k = 1;; k++) {
        const Token *x = hist(ctx, k);
        if (!x)
            return;
        if (x->type == AW_TK_LAMBDA && x->level == 0)
            return;
        if (x->line == h->line && x->col == h->col)
            break;
    }
    ctx->ann_target = awparser_node(ctx->parser, 1);
    ctx->ann_colon = *colon;
    ctx->ann_at = *h;
}

static void feed(ParseCtx *ctx, int type, const Token *t)
{
    ctx->la = *t;
    ctx->la.type = type;
    ctx->hist[ctx->nfed % AWPARSE_HISTORY] = ctx->la;
    ctx->nfed++;
    track_header(ctx, type);
    if (!awparser_accepts(ctx->parser, type))
        ctx->pre = awparser_copy(ctx->parser);
    awparser(ctx->parser, type, ctx->la);
    awparser_free_copy(ctx->pre);
    ctx->pre = NULL;
    track_brackets(ctx, type);
    if (type == AW_TK_COLON && !ctx->failed)
        track_annotation(ctx);
}

/* ------------------------------------------------------------------ */
/* Looking at tokens for messages                                       */

static bool is_opener(int type)
{
    return type == AW_TK_LPAR || type == AW_TK_LSQB || type == AW_TK_LBRACE ||
           type == AW_TK_WITHLPAR;
}

static bool is_closer(int type)
{
    return type == AW_TK_RPAR || type == AW_TK_RSQB || type == AW_TK_RBRACE;
}

static bool is_binop(int type)
{
    switch (type) {
    case AW_TK_PLUS: case AW_TK_MINUS: case AW_TK_STAR: case AW_TK_SLASH:
    case AW_TK_DOUBLESLASH: case AW_TK_PERCENT: case AW_TK_AT:
    case AW_TK_DOUBLESTAR: case AW_TK_LEFTSHIFT: case AW_TK_RIGHTSHIFT:
    case AW_TK_AMPER: case AW_TK_VBAR: case AW_TK_CIRCUMFLEX:
        return true;
    default:
        return false;
    }
}

static bool starts_expression(int type);

/* Keywords no expression contains: a parse of brackets fails there. */
static bool is_statement_keyword(int type)
{
    switch (type) {
    case AW_TK_DEF: case AW_TK_CLASS: case AW_TK_RETURN: case AW_TK_IMPORT:
    case AW_TK_TRY: case AW_TK_WHILE: case AW_TK_WITH: case AW_TK_PASS:
    case AW_TK_BREAK: case AW_TK_CONTINUE: case AW_TK_GLOBAL:
    case AW_TK_NONLOCAL: case AW_TK_DEL: case AW_TK_ASSERT: case AW_TK_RAISE:
    case AW_TK_EXCEPT: case AW_TK_FINALLY: case AW_TK_ELIF:
    case AW_TK_NEWLINE: case AW_TK_INDENT: case AW_TK_DEDENT:
        return true;
    default:
        return false;
    }
}

/* Index of the bracket closing the one at i, or -2. Like CPython's
 * parse of the display, it gives up where that parse would fail: a bad
 * first token, a statement keyword, a ':' in parentheses. */
static int skip_bracket(ParseCtx *ctx, const Token *t, int i)
{
    const Token *first = tok_at(ctx, t, i + 1);
    if (!first || !(starts_expression(first->type) ||
                    is_closer(first->type) || first->type == AW_TK_STAR ||
                    first->type == AW_TK_DOUBLESTAR ||
                    first->type == AW_TK_YIELD))
        return -2;
    int depth = 0;
    bool lambda = false, paren = tok_at(ctx, t, i)->type == AW_TK_LPAR;
    for (;; i++) {
        const Token *x = tok_at(ctx, t, i);
        if (!x || is_statement_keyword(x->type))
            return -2;
        lambda |= depth == 1 && x->type == AW_TK_LAMBDA;
        if (depth == 1 && x->type == AW_TK_COLON && !lambda && paren)
            return -2; /* a ':' in parentheses outside a lambda */
        if (is_opener(x->type))
            depth++;
        else if (is_closer(x->type) && --depth == 0)
            return i;
    }
}

static bool is_cmp_or_bool(int type)
{
    switch (type) {
    case AW_TK_LESS: case AW_TK_GREATER: case AW_TK_EQEQUAL:
    case AW_TK_NOTEQUAL: case AW_TK_LESSEQUAL: case AW_TK_GREATEREQUAL:
    case AW_TK_IN: case AW_TK_IS: case AW_TK_AND: case AW_TK_OR:
        return true;
    default:
        return false;
    }
}

/* Unary operators, an atom and its trailers from i: the index of the
 * last token, or -2. */
static int primary_end(ParseCtx *ctx, const Token *t, int i, bool full)
{
    const Token *x = tok_at(ctx, t, i);
    while (x && (x->type == AW_TK_MINUS || x->type == AW_TK_PLUS ||
                 x->type == AW_TK_TILDE || x->type == AW_TK_AWAIT ||
                 (full && x->type == AW_TK_NOT)))
        x = tok_at(ctx, t, ++i);
    if (!x)
        return -2;
    switch (x->type) {
    case AW_TK_NAME: case AW_TK_NUMBER: case AW_TK_NONE: case AW_TK_TRUE:
    case AW_TK_FALSE: case AW_TK_ELLIPSIS:
        break;
    case AW_TK_STRING:
        while ((x = tok_at(ctx, t, i + 1)) && x->type == AW_TK_STRING)
            i++;
        break;
    case AW_TK_LPAR: case AW_TK_LSQB: case AW_TK_LBRACE:
        i = skip_bracket(ctx, t, i);
        break;
    default:
        return -2;
    }
    for (;;) {
        const Token *n = i >= -1 ? tok_at(ctx, t, i + 1) : NULL;
        const Token *n2 = n && n->type == AW_TK_DOT ? tok_at(ctx, t, i + 2)
                                                    : NULL;
        if (n2 && n2->type == AW_TK_NAME)
            i += 2;
        else if (n && (n->type == AW_TK_LPAR || n->type == AW_TK_LSQB))
            i = skip_bracket(ctx, t, i + 1);
        else
            return i;
    }
}

/* How many tokens the binary operator at i takes (2 for `not in` and
 * `is not`), or 0. Comparisons and `and`/`or` only with full. */
static int operator_at(ParseCtx *ctx, const Token *t, int i, bool full)
{
    const Token *n = tok_at(ctx, t, i);
    if (!n)
        return 0;
    if (is_binop(n->type))
        return 1;
    if (!full)
        return 0;
    if (n->type == AW_TK_NOT || n->type == AW_TK_IS) {
        const Token *n2 = tok_at(ctx, t, i + 1);
        if (n->type == AW_TK_NOT)
            return n2 && n2->type == AW_TK_IN ? 2 : 0;
        return n2 && n2->type == AW_TK_NOT ? 2 : 1;
    }
    return is_cmp_or_bool(n->type) ? 1 : 0;
}

/* The last token of an expression starting at i, or -2: a bitwise_or or,
 * with full, a disjunction or conditional expression. Iterative, as the
 * input may be anything. */
static int expr_end(ParseCtx *ctx, const Token *t, int i, bool full)
{
    int good = -2;      /* the end of the longest complete expression */
    bool in_cond = false; /* reading `X if cond`: X ended at good */
    for (;;) {
        if ((i = primary_end(ctx, t, i, full)) < -1)
            return good; /* what parses, as PEG backtracks */
        if (!in_cond)
            good = i;
        int op = operator_at(ctx, t, i + 1, full);
        const Token *n = tok_at(ctx, t, i + 1);
        if (op) {
            i += op + 1;
        } else if (full && n && n->type == AW_TK_IF && !in_cond) {
            in_cond = true;
            i += 2;
        } else if (n && n->type == AW_TK_ELSE && in_cond) {
            in_cond = false;
            i += 2;
        } else {
            return good;
        }
    }
}

/* The token where the node of the expression i..end ends: inside the
 * parentheses when it is one parenthesized expression (not a tuple). */
static const Token *node_end(ParseCtx *ctx, const Token *t, int i, int end)
{
    const Token *first = tok_at(ctx, t, i);
    if (!first || first->type != AW_TK_LPAR || end - i < 2 ||
        skip_bracket(ctx, t, i) != end)
        return tok_at(ctx, t, end);
    int depth = 0;
    for (int j = i + 1; j < end; j++) {
        const Token *x = tok_at(ctx, t, j);
        if (is_opener(x->type))
            depth++;
        else if (is_closer(x->type))
            depth--;
        else if (depth == 0 && (x->type == AW_TK_COMMA ||
                                x->type == AW_TK_FOR))
            return tok_at(ctx, t, end);
    }
    return tok_at(ctx, t, end - 1);
}

static bool token_is(const Token *t, const char *s)
{
    size_t n = strlen(s);
    return t->type == AW_TK_NAME && (size_t)t->len == n &&
           memcmp(t->s, s, n) == 0;
}

/* Whether node n ends exactly where token t does. */
static bool ends_at(ParseCtx *ctx, const Node *n, const Token *t)
{
    Span s;
    awast_span(ctx, n, &s);
    return s.end_line == t->end_line && s.end_col == t->end_col;
}

/* How far back in the history the token starting node n is, or -1. */
static int hist_start_of(ParseCtx *ctx, const Node *n)
{
    Span s;
    awast_span(ctx, n, &s);
    for (int k = 1;; k++) {
        const Token *x = hist(ctx, k);
        if (!x || x->line < s.line || (x->line == s.line && x->col < s.col))
            return -1;
        if (x->line == s.line && x->col == s.col && x->end_col >= 0)
            return k;
    }
}

/* ------------------------------------------------------------------ */
/* Syntax errors: the messages of CPython's second pass                 */

static const Token *header_of(ParseCtx *ctx)
{
    return ctx->started_line ? &ctx->prev_header : &ctx->header;
}

static bool block_expected(ParseCtx *ctx, void *pre, void *post,
                           const Token *t)
{
    const Token *p1 = hist(ctx, 1), *p2 = hist(ctx, 2);
    if (!p1 || !p2 || p1->type != AW_TK_NEWLINE || p2->type != AW_TK_COLON)
        return false;
    const Token *h = header_of(ctx);
    const char *what;
    switch (h->type) {
    case AW_TK_DEF: what = "function definition"; break;
    case AW_TK_CLASS: what = "class definition"; break;
    case AW_TK_IF: what = "'if' statement"; break;
    case AW_TK_ELIF: what = "'elif' statement"; break;
    case AW_TK_ELSE: what = "'else' statement"; break;
    case AW_TK_WHILE: what = "'while' statement"; break;
    case AW_TK_FOR: what = "'for' statement"; break;
    case AW_TK_WITH: what = "'with' statement"; break;
    case AW_TK_TRY: what = "'try' statement"; break;
    case AW_TK_EXCEPT: what = "'except' statement"; break;
    case AW_TK_FINALLY: what = "'finally' statement"; break;
    default: return false;
    }
    error_kind_tok(ctx, PERR_INDENTATION, t, "expected an indented block "
                   "after %s on line %d", what, h->line);
    return true;
}

/* Whether the logical line has had a ':' outside brackets yet. */
static bool colon_since_header(ParseCtx *ctx)
{
    const Token *h = header_of(ctx);
    for (int k = 1;; k++) {
        const Token *x = hist(ctx, k);
        if (!x || (x->line == h->line && x->col == h->col))
            return false;
        if (x->type == AW_TK_COLON && x->level == 0)
            return true;
    }
}

static bool colon_expected(ParseCtx *ctx, void *parser, void *post,
                           const Token *t)
{
    const Token *p1 = hist(ctx, 1), *p2 = hist(ctx, 2);
    const Token *h = header_of(ctx);
    if (!p1)
        return false;
    if (h->type == AW_TK_DEF && p1->type == AW_TK_NAME && p2 &&
        p2->type == AW_TK_DEF && t->type != AW_TK_LPAR) {
        awparse_error_tok(ctx, t, "expected '('");
        return true;
    }
    if (h->type == AW_TK_DEF && p1->type == AW_TK_RARROW) {
        awparse_error_tok(ctx, p1, "expected ':'"); /* CPython skips `->` */
        return true;
    }
    if (h->type == AW_TK_DEF && is_binop(p1->type) && p1->level == 0 &&
        !colon_since_header(ctx)) {
        awparse_error_tok(ctx, p1, "expected ':'"); /* `-> a +`: after a */
        return true;
    }
    if (t->type == AW_TK_COLON || !awparser_accepts(parser, AW_TK_COLON))
        return false;
    bool forced = (h->type == AW_TK_DEF && t->level == 0 &&
                   !colon_since_header(ctx)) ||
                  ((p1->type == AW_TK_TRY || p1->type == AW_TK_FINALLY ||
                    p1->type == AW_TK_ELSE) && h->type == p1->type &&
                   h->line == p1->line && h->col == p1->col);
    if (!forced) {
        if (t->type != AW_TK_NEWLINE)
            return false;
        switch (h->type) {
        case AW_TK_IF: case AW_TK_ELIF: case AW_TK_WHILE: case AW_TK_FOR:
        case AW_TK_WITH: case AW_TK_CLASS: case AW_TK_EXCEPT:
            break;
        default:
            return false;
        }
    }
    awparse_error_tok(ctx, t, "expected ':'");
    return true;
}

/* `if x = 1:` and the like: CPython's invalid_named_expression. */
static bool equal_hint(ParseCtx *ctx, void *parser, void *post, const Token *t)
{
    Node *e = ctx->last_disj;
    const Token *p1 = hist(ctx, 1);
    if (t->type != AW_TK_EQUAL || !e || !p1 || !ends_at(ctx, e, p1) ||
        !awparser_accepts(parser, AW_TK_COLONEQUAL) ||
        !awast_is_bitwise_or(ctx, e) || awast_starts_with_display(ctx, e))
        return false;
    int end = expr_end(ctx, t, 0, false);
    if (end < 0)
        return false;
    const Token *after = tok_at(ctx, t, end + 1);
    if (after && (after->type == AW_TK_EQUAL ||
                  after->type == AW_TK_COLONEQUAL))
        return false;
    Span s;
    awast_own_span(e, &s);
    if (e->kind == N_NAME && !awast_is_paren(ctx, e)) {
        const Token *b = node_end(ctx, t, 0, end);
        Span r = {s.line, s.col + 1, b->end_line, b->end_col + 1};
        awparse_error_span(ctx, &r, "invalid syntax. Maybe you meant '==' or "
                           "':=' instead of '='?");
        return true;
    }
    s.col++;
    s.end_col++;
    awparse_error_span(ctx, &s, "cannot assign to %s here. Maybe you meant "
                       "'==' instead of '='?", awast_expr_name(e));
    return true;
}

/* The last token of the expressions starting at t, up to the end of the
 * statement or the enclosing bracket. */
static int exprs_end(ParseCtx *ctx, const Token *t)
{
    int depth = 0;
    for (int i = -1;; i++) {
        const Token *x = tok_at(ctx, t, i);
        if (!x)
            return i - 1;
        if (depth == 0) {
            switch (x->type) {
            case AW_TK_NEWLINE: case AW_TK_SEMI: case AW_TK_EQUAL:
            case AW_TK_COLON: case AW_TK_RPAR: case AW_TK_RSQB:
            case AW_TK_RBRACE: case AW_TK_FOR: case AW_TK_INDENT:
            case AW_TK_DEDENT:
                return i - 1;
            default:
                break;
            }
        }
        if (is_opener(x->type))
            depth++;
        else if (is_closer(x->type))
            depth--;
    }
}

static bool starts_expression(int type)
{
    switch (type) {
    case AW_TK_NAME: case AW_TK_NUMBER: case AW_TK_STRING: case AW_TK_NONE:
    case AW_TK_TRUE: case AW_TK_FALSE: case AW_TK_ELLIPSIS:
    case AW_TK_LPAR: case AW_TK_LSQB: case AW_TK_LBRACE: case AW_TK_LAMBDA:
    case AW_TK_NOT: case AW_TK_AWAIT: case AW_TK_TILDE: case AW_TK_MINUS:
    case AW_TK_PLUS:
        return true;
    default:
        return false;
    }
}

/* `print "x"`: CPython's invalid_legacy_expression. */
static bool legacy_hint(ParseCtx *ctx, void *pre, void *post, const Token *t)
{
    const Token *p1 = hist(ctx, 1);
    Node *e = ctx->last_disj;
    if (!p1 || !e || !(token_is(p1, "print") || token_is(p1, "exec")) ||
        e->kind != N_NAME || awast_is_paren(ctx, e) || e->line != p1->line ||
        e->col != p1->col || !starts_expression(t->type) ||
        t->type == AW_TK_LPAR || t->type == AW_TK_LSQB ||
        t->type == AW_TK_MINUS || t->type == AW_TK_PLUS)
        return false;
    const Token *last = tok_at(ctx, t, exprs_end(ctx, t));
    if (!last)
        return false;
    Span s = {p1->line, p1->col + 1, last->end_line, last->end_col + 1};
    awparse_error_span(ctx, &s, "Missing parentheses in call to '%.*s'. Did "
                       "you mean %.*s(...)?", p1->len, p1->s, p1->len, p1->s);
    return true;
}

/* Whether the innermost open bracket is a call's parenthesis. */
static bool in_call(ParseCtx *ctx)
{
    if (!ctx->nbrackets || ctx->brackets[ctx->nbrackets - 1] != '(')
        return false;
    int k = (int)(ctx->nfed - 1 - ctx->bracket_at[ctx->nbrackets - 1]);
    const Token *b = hist(ctx, k + 1), *bb = hist(ctx, k + 2);
    if (bb && bb->type == AW_TK_DEF)
        return false;
    return b && (b->type == AW_TK_NAME || b->type == AW_TK_RPAR ||
                 b->type == AW_TK_RSQB || b->type == AW_TK_STRING);
}

/* CPython's soft keyword test compares only the name's length of the
 * keyword: "c", "ca", "m", "mat"... count as well. */
static bool soft_keyword(const Token *t)
{
    static const char *const kws[] = {"_", "case", "match"};
    for (int i = 0; i < 3; i++)
        if ((size_t)t->len <= strlen(kws[i]) &&
            memcmp(kws[i], t->s, (size_t)t->len) == 0)
            return true;
    return false;
}

/* Where CPython parses an `expression` (so tries invalid_expression). */
static bool expression_position(ParseCtx *ctx, const Token *before, int k)
{
    switch (before->type) {
    case AW_TK_LPAR: case AW_TK_LSQB: case AW_TK_LBRACE: case AW_TK_COMMA:
    case AW_TK_COLON: case AW_TK_EQUAL: case AW_TK_COLONEQUAL:
    case AW_TK_YIELD: case AW_TK_WITHLPAR: case AW_TK_FOR: case AW_TK_ELSE:
    case AW_TK_NEWLINE: case AW_TK_INDENT: case AW_TK_DEDENT:
    case AW_TK_SEMI: case AW_TK_RETURN: case AW_TK_AT:
    case AW_TK_START_FILE: case AW_TK_START_EVAL: case AW_TK_START_FSTRING:
    case AW_TK_WHILE: case AW_TK_ELIF: case AW_TK_WITH: case AW_TK_EXCEPT:
    case AW_TK_ASSERT:
        return true;
    case AW_TK_IF: /* the statement's, not a conditional expression's */
        return header_of(ctx)->line == before->line &&
               header_of(ctx)->col == before->col;
    case AW_TK_IN: /* a for statement's, not a comprehension's */
        return header_of(ctx)->type == AW_TK_FOR && before->level == 0;
    case AW_TK_AS: /* a with item's target (CPython's invalid_with_item) */
        return header_of(ctx)->type == AW_TK_WITH;
    case AW_TK_STAR:
    case AW_TK_DOUBLESTAR: {
        /* `*expr` and `**expr` are expressions in calls; a display has
         * one only first, as a comprehension's starred element */
        const Token *bb = hist(ctx, k + 2);
        return in_call(ctx) || (before->type == AW_TK_STAR && bb &&
                                is_opener(bb->type));
    }
    default:
        return false;
    }
}

/* `[a b]`: CPython's invalid_expression. It is tried at statement level
 * too, where the hint is not given but reading b may meet a tokenizer
 * error (an unclosed bracket) that then wins. */
static bool comma_hint(ParseCtx *ctx, void *pre, void *post, const Token *t)
{
    Node *e = ctx->last_disj;
    const Token *p1 = hist(ctx, 1);
    if (p1 && p1->type == AW_TK_NOT && t->type != AW_TK_IN)
        p1 = hist(ctx, 2); /* `a not b`: b is `not b` */
    if (!starts_expression(t->type) || !e || !p1 || !ends_at(ctx, e, p1))
        return false;
    int k = hist_start_of(ctx, e);
    const Token *first = hist(ctx, k), *before = hist(ctx, k + 1);
    if (k < 0 || !before || !expression_position(ctx, before, k))
        return false;
    const Token *second = hist(ctx, k - 1);
    if (first->type == AW_TK_NAME &&
        ((second && second->type == AW_TK_STRING) || soft_keyword(first)))
        return false;
    int end = expr_end(ctx, t, -1, true);
    const Token *last = end >= -1 ? tok_at(ctx, t, end) : NULL;
    if (!last || last->level == 0)
        return false;
    Span s;
    awast_own_span(e, &s);
    Span r = {s.line, s.col + 1, last->end_line, last->end_col + 1};
    awparse_error_span(ctx, &r, "invalid syntax. Perhaps you forgot a comma?");
    return true;
}

static char innermost_bracket(const ParseCtx *ctx)
{
    return ctx->nbrackets ? ctx->brackets[ctx->nbrackets - 1] : 0;
}

/* `{k: *v}` and `{k:}`: CPython's invalid_kvpair after the ':'. */
static bool dict_value_hint(ParseCtx *ctx, void *pre, void *parser,
                            const Token *t)
{
    const Token *p1 = hist(ctx, 1);
    if (innermost_bracket(ctx) != '{' || !p1 || p1->type != AW_TK_COLON ||
        awparser_symbol(parser, 0) != AW_TK_COLON)
        return false;
    if (t->type == AW_TK_STAR) {
        /* CPython ends it where its tokenizer is: past the token after
         * the value */
        int end = expr_end(ctx, t, 0, false);
        const Token *last = end >= 0 ? tok_at(ctx, t, end + 1) : NULL;
        if (!last)
            last = end >= 0 ? tok_at(ctx, t, end) : t;
        Span s = {t->line, t->col + 1, last->end_line, last->end_col};
        awparse_error_span(ctx, &s, "cannot use a starred expression in a "
                           "dictionary value");
        return true;
    }
    if (t->type != AW_TK_RBRACE && t->type != AW_TK_COMMA)
        return false;
    awparse_error_tok(ctx, p1, "expression expected after dictionary key and "
                      "':'");
    return true;
}

/* `{1: 2, 3}`: a later key without its ':' (CPython's invalid_kvpair). */
static bool dict_key_hint(ParseCtx *ctx, void *pre, void *parser,
                          const Token *t)
{
    const Token *p1 = hist(ctx, 1);
    Node *key = ctx->last_disj;
    if (innermost_bracket(ctx) != '{' || !key || !p1 ||
        !ends_at(ctx, key, p1) || awparser_symbol(parser, 1) != AW_TK_COMMA ||
        awparser_symbol(parser, 3) != AW_TK_LBRACE ||
        awparser_accepts(parser, AW_TK_COMMA))
        return false;
    Span s;
    awast_own_span(key, &s);
    Span r = {s.line, s.end_col, s.end_line, 0};
    awparse_error_span(ctx, &r, "':' expected after dictionary key");
    return true;
}

/* `{**a for ...}` and `[a, b for ...]` (CPython's invalid_comprehension
 * and invalid_dict_comprehension). */
static bool comprehension_hint(ParseCtx *ctx, void *pre, void *post,
                               const Token *t)
{
    char br = innermost_bracket(ctx);
    if ((t->type != AW_TK_FOR && t->type != AW_TK_ASYNC) || !br || br == '(')
        return false;
    int k = (int)(ctx->nfed - 1 - ctx->bracket_at[ctx->nbrackets - 1]);
    const Token *open = hist(ctx, k), *first = hist(ctx, k - 1);
    const Token *p1 = hist(ctx, 1);
    if (!open || !first || !p1)
        return false;
    if (br == '{' && first->type == AW_TK_DOUBLESTAR) {
        awparse_error_tok(ctx, first, "dict unpacking cannot be used in dict "
                          "comprehension");
        return true;
    }
    for (int j = k - 1; j > 1; j--) {
        const Token *x = hist(ctx, j);
        if (x->type == AW_TK_COMMA && x->level == open->level) {
            Span s = {first->line, first->col + 1, p1->end_line,
                      p1->end_col + 1};
            awparse_error_span(ctx, &s, "did you forget parentheses around "
                               "the comprehension target?");
            return true;
        }
    }
    return false;
}

/* Parameter lists: `def f(/ a)` and `def f(a=)`. */
static bool param_hint(ParseCtx *ctx, void *pre, void *parser, const Token *t)
{
    const Token *p1 = hist(ctx, 1), *p2 = hist(ctx, 2);
    if (!p1 || !p2)
        return false;
    if (p1->type == AW_TK_SLASH && p2->type == AW_TK_LPAR &&
        header_of(ctx)->type == AW_TK_DEF && ctx->nbrackets == 1 &&
        t->type != AW_TK_COMMA) {
        awparse_error_tok(ctx, p1, "invalid syntax"); /* `(/ a`: at the / */
        return true;
    }
    if ((t->type != AW_TK_RPAR && t->type != AW_TK_COMMA) ||
        p1->type != AW_TK_EQUAL ||
        awparser_symbol(parser, 0) != AW_TK_EQUAL ||
        (awparser_symbol(parser, 1) != AW_TK_NAME &&
         (awparser_symbol(parser, 2) != AW_TK_COLON ||
          awparser_symbol(parser, 3) != AW_TK_NAME)))
        return false;
    awparse_error_tok(ctx, p1, "expected default value expression");
    return true;
}

/* `def f((a, b))` and `lambda (a): 0`. */
static bool paren_param_hint(ParseCtx *ctx, void *pre, void *post,
                             const Token *t)
{
    const Token *p1 = hist(ctx, 1);
    bool lambda = p1 && p1->type == AW_TK_LAMBDA;
    if (!p1 || t->type != AW_TK_LPAR ||
        (!lambda && (header_of(ctx)->type != AW_TK_DEF ||
                     ctx->nbrackets != 1 ||
                     (p1->type != AW_TK_LPAR && p1->type != AW_TK_COMMA))))
        return false;
    int i = 0;
    const Token *x = tok_at(ctx, t, i);
    while (x && x->type == AW_TK_NAME) {
        x = tok_at(ctx, t, ++i);
        if (x && x->type == AW_TK_COMMA)
            x = tok_at(ctx, t, ++i);
    }
    if (i == 0 || !x || x->type != AW_TK_RPAR)
        return false;
    Span s = {t->line, t->col + 1, x->end_line, x->end_col + 1};
    awparse_error_span(ctx, &s, lambda ? "Lambda expression parameters "
                       "cannot be parenthesized" : "Function parameters "
                       "cannot be parenthesized");
    return true;
}

static bool is_target_token(int type)
{
    return type == AW_TK_NAME || type == AW_TK_DOT || type == AW_TK_STAR ||
           is_opener(type) || is_closer(type) || type == AW_TK_NUMBER ||
           type == AW_TK_STRING;
}

/* `for a, 1 x`: CPython's invalid_for_target on the last target. */
static bool for_target_hint(ParseCtx *ctx, void *pre, void *post,
                            const Token *t)
{
    Node *e = ctx->last_disj;
    const Token *p1 = hist(ctx, 1);
    if (!e || !p1 || t->type == AW_TK_IN || t->type == AW_TK_COMMA ||
        !ends_at(ctx, e, p1))
        return false;
    int k = hist_start_of(ctx, e);
    const Token *before = k >= 0 ? hist(ctx, k + 1) : NULL;
    if (!before)
        return false;
    int level = before->level;
    for (int j = k + 1;; j++) { /* back to a FOR, through targets only */
        const Token *x = hist(ctx, j);
        if (!x || x->level < level)
            return false;
        if (x->level > level || x->type == AW_TK_COMMA ||
            is_target_token(x->type))
            continue;
        if (x->type != AW_TK_FOR)
            return false;
        break;
    }
    return awast_check_target(ctx, e);
}

/* `a = f() = <error>`: CPython's invalid_assignment sees the targets. */
static bool chain_hint(ParseCtx *ctx, void *pre, void *post, const Token *t)
{
    const Token *p1 = hist(ctx, 1), *p2 = hist(ctx, 2);
    const Token *h = header_of(ctx);
    NodeList *c = &ctx->chain;
    if (!p1 || !p2 || p1->type != AW_TK_EQUAL || !c->n ||
        ctx->chain_header.line != h->line || ctx->chain_header.col != h->col ||
        !ends_at(ctx, c->items[c->n - 1], p2))
        return false;
    return awast_check_chain(ctx, c);
}

/* `(a.b := 1 or)`: only a name may precede ':=', else CPython fails there. */
static bool walrus_hint(ParseCtx *ctx, void *pre, void *parser, const Token *t)
{
    const Token *p1 = hist(ctx, 1);
    if (!p1 || p1->type != AW_TK_COLONEQUAL ||
        awparser_symbol(parser, 0) != AW_TK_COLONEQUAL)
        return false;
    Node *target = awparser_node(parser, 1);
    if (!target || (target->kind == N_NAME && !awast_is_paren(ctx, target)))
        return false;
    awparse_error_tok(ctx, p1, "invalid syntax");
    return true;
}

/* An annotated assignment with an invalid target that fails later:
 * CPython's first pass stops at the ':'. */
static bool annotation_hint(ParseCtx *ctx, void *pre, void *post,
                            const Token *t)
{
    Node *tg = ctx->ann_target;
    const Token *h = header_of(ctx), *p1 = hist(ctx, 1);
    if (!tg || !p1 || ctx->ann_at.line != h->line ||
        ctx->ann_at.col != h->col || t->line < ctx->ann_colon.line)
        return false;
    if ((tg->kind == N_NAME || tg->kind == N_ATTRIBUTE ||
         tg->kind == N_SUBSCRIPT))
        return false;
    if (p1->line == ctx->ann_colon.line && p1->col == ctx->ann_colon.col) {
        awparse_error_tok(ctx, p1, "invalid syntax");
        return true;
    }
    return !awast_check_annotation(ctx, tg, &ctx->ann_colon);
}

/* `a.b := 1` where ':=' cannot be: CPython's invalid_named_expression. */
static bool walrus_stmt_hint(ParseCtx *ctx, void *pre, void *post,
                             const Token *t)
{
    Node *e = ctx->last_disj;
    const Token *p1 = hist(ctx, 1);
    if (t->type != AW_TK_COLONEQUAL || !e || !p1 || !ends_at(ctx, e, p1) ||
        (e->kind == N_NAME && !awast_is_paren(ctx, e)) ||
        expr_end(ctx, t, 0, true) < 0)
        return false;
    Span s;
    awast_own_span(e, &s);
    s.col++;
    s.end_col++;
    awparse_error_span(ctx, &s, "cannot use assignment expressions with %s",
                       awast_expr_name(e));
    return true;
}

/* `f(a.b=` with no value: CPython's invalid_kwarg needs only the '='. */
static bool kwarg_hint(ParseCtx *ctx, void *pre, void *parser, const Token *t)
{
    const Token *p1 = hist(ctx, 1);
    if (!p1 || p1->type != AW_TK_EQUAL || !in_call(ctx) ||
        awparser_symbol(parser, 0) != AW_TK_EQUAL ||
        awparser_symbol(parser, 2) == AW_TK_COLON)
        return false;
    Node *name = awparser_node(parser, 1);
    if (!name || (name->kind == N_NAME && !awast_is_paren(ctx, name)))
        return false;
    Span s;
    awast_own_span(name, &s);
    Span r = {s.line, s.col + 1, p1->end_line, p1->end_col + 1};
    if (name->kind == N_CONST && !awast_is_paren(ctx, name) &&
        (name->op == CONST_TRUE || name->op == CONST_FALSE ||
         name->op == CONST_NONE))
        awparse_error_span(ctx, &r, "cannot assign to %s",
                           awast_expr_name(name));
    else
        awparse_error_span(ctx, &r, "expression cannot contain assignment, "
                           "perhaps you meant \"==\"?");
    return true;
}

/* `f(a=1, *)`: CPython's invalid_arguments `args ',' '*'`. */
static bool unpack_hint(ParseCtx *ctx, void *pre, void *post, const Token *t)
{
    const Token *p1 = hist(ctx, 1), *p2 = hist(ctx, 2);
    if (!p1 || !p2 || p1->type != AW_TK_STAR || p2->type != AW_TK_COMMA ||
        !in_call(ctx) || starts_expression(t->type))
        return false;
    int k = (int)(ctx->nfed - 1 - ctx->bracket_at[ctx->nbrackets - 1]);
    bool keyword = false;
    for (int j = k - 1; j > 2 && !keyword; j--) {
        const Token *x = hist(ctx, j), *y = hist(ctx, j - 1);
        keyword = x && x->level == p1->level &&
                  (x->type == AW_TK_DOUBLESTAR ||
                   (y && x->type == AW_TK_NAME && y->type == AW_TK_EQUAL));
    }
    if (!keyword)
        return false;
    Span s = {p1->line, p1->col + 1, p1->line, p1->col + 2};
    awparse_error_span(ctx, &s, "iterable argument unpacking follows keyword "
                       "argument unpacking");
    return true;
}

/* A string the parser cannot take is still decoded by CPython's second
 * pass: a bad escape or bytes mixed with str is what gets reported. */
static bool string_hint(ParseCtx *ctx, void *pre, void *post, const Token *t)
{
    const Token *p1 = hist(ctx, 1);
    if (p1 && p1->type == AW_TK_NOT)
        p1 = hist(ctx, 2);
    if (t->type != AW_TK_STRING || !ctx->last_disj || !p1 ||
        !ends_at(ctx, ctx->last_disj, p1))
        return false;
    NodeList toks = {0, 0, NULL};
    int i = -1;
    for (const Token *x = t; x && x->type == AW_TK_STRING;
         x = tok_at(ctx, t, ++i))
        if (!awast_push(ctx->arena, &toks, awast_strtok(ctx, x)))
            return awparse_nomem(ctx), true;
    const Token *after = tok_at(ctx, t, i);
    if (!after)
        return false;
    Token la = ctx->la;
    Node *last = ctx->last_disj;
    ctx->la = *after;
    awparse_strings(ctx, &toks);
    ctx->la = la;
    ctx->last_disj = last;
    return ctx->failed;
}

static bool is_unary(int type)
{
    return type == AW_TK_MINUS || type == AW_TK_PLUS || type == AW_TK_TILDE ||
           type == AW_TK_NOT || type == AW_TK_AWAIT;
}

/* `f(a=1, b, <error>`: CPython's invalid_arguments `args ',' args` sees
 * a positional argument after a keyword one before the error. */
static bool call_order_hint(ParseCtx *ctx, void *pre, void *post,
                            const Token *t)
{
    if (!in_call(ctx))
        return false;
    int k = (int)(ctx->nfed - 1 - ctx->bracket_at[ctx->nbrackets - 1]);
    const Token *open = hist(ctx, k);
    bool kw = false, dstar = false, start = true;
    for (int j = k - 1; open && j >= 1; j--) {
        const Token *x = hist(ctx, j), *y = hist(ctx, j - 1);
        if (x->level != open->level) {
            continue;
        } else if (x->type == AW_TK_COMMA) {
            start = true;
            continue;
        } else if (!start) {
            continue;
        }
        start = false;
        if (x->type == AW_TK_DOUBLESTAR)
            dstar = true;
        else if (x->type == AW_TK_NAME && y && y->type == AW_TK_EQUAL)
            kw = true;
        else if ((kw || dstar) && starts_expression(x->type) &&
                 (!is_unary(x->type) || (y && starts_expression(y->type) &&
                                         !is_unary(y->type))))
            return awparse_error_tok(ctx, t, dstar
                ? "positional argument follows keyword argument unpacking"
                : "positional argument follows keyword argument"), true;
    }
    return false;
}

/* The token after node n: t, or one fed before it. */
static const Token *after_node(ParseCtx *ctx, const Node *n, const Token *t)
{
    Span s;
    awast_span(ctx, n, &s);
    for (int k = 1;; k++) {
        const Token *x = hist(ctx, k);
        if (!x || x->line < s.end_line ||
            (x->line == s.end_line && x->col < s.end_col))
            return k == 1 ? t : hist(ctx, k - 1);
    }
}

/* `a if b == else c`: CPython's invalid_expression sees `a if b` not
 * followed by else (the grammar's own rule covers a complete b). */
static bool ternary_hint(ParseCtx *ctx, void *pre, void *parser,
                         const Token *t)
{
    const Token *h = header_of(ctx);
    Node *b = ctx->last_disj;
    if (!b || after_node(ctx, b, t)->type == AW_TK_ELSE ||
        after_node(ctx, b, t)->type == AW_TK_COLON)
        return false;
    int k = 1, level = t->level - (is_opener(t->type) ? 1 : 0);
    for (;; k++) { /* the nearest `if` at this level, a conditional's */
        const Token *x = hist(ctx, k);
        if (!x || x->level < level || x->type == AW_TK_ELSE ||
            x->type == AW_TK_FOR || (x->line == h->line && x->col == h->col))
            return false;
        if (x->level == level && x->type == AW_TK_IF)
            break;
        if (x->level == level && !is_opener(x->type) &&
            (x->type == AW_TK_COMMA || x->type == AW_TK_COLON ||
             x->type == AW_TK_EQUAL || x->type == AW_TK_LAMBDA))
            return false;
    }
    for (int j = k + 1;; j++) { /* not a comprehension's `if` */
        const Token *x = hist(ctx, j);
        if (!x && j < ctx->nfed)
            return false; /* out of history: not sure, no hint */
        if (!x || x->level < level)
            break;
        if (x->level == level && x->type == AW_TK_FOR)
            return false;
    }
    int d = 0; /* the conditional's body: under the IF on the stack */
    while (awparser_symbol(parser, d) >= 0 &&
           awparser_symbol(parser, d) != AW_TK_IF)
        d++;
    Node *a = awparser_node(parser, d + 1);
    const Token *iftok = hist(ctx, k);
    if (!a || awparser_symbol(parser, d) != AW_TK_IF ||
        b->line < iftok->line ||
        (b->line == iftok->line && b->col < iftok->col))
        return false;
    Span sa, sb;
    awast_own_span(a, &sa);
    awast_own_span(b, &sb);
    Span r = {sa.line, sa.col + 1, sb.end_line, sb.end_col + 1};
    awparse_error_span(ctx, &r, "expected 'else' after 'if' expression");
    return true;
}

/* `(**a)`: CPython's invalid_group. */
static bool group_hint(ParseCtx *ctx, void *pre, void *post, const Token *t)
{
    const Token *p1 = hist(ctx, 1);
    if (t->type != AW_TK_DOUBLESTAR || !p1 || p1->type != AW_TK_LPAR)
        return false;
    int end = expr_end(ctx, t, 0, true);
    const Token *close = end >= 0 ? tok_at(ctx, t, end + 1) : NULL;
    if (!close || close->type != AW_TK_RPAR)
        return false;
    awparse_error_tok(ctx, t, "cannot use double starred expression here");
    return true;
}

/* `try:` and its block, then no handler. */
static bool try_hint(ParseCtx *ctx, void *pre, void *post, const Token *t)
{
    if (!awparser_accepts(pre, AW_TK_EXCEPT) ||
        !awparser_accepts(pre, AW_TK_FINALLY) ||
        awparser_accepts(pre, AW_TK_ELSE))
        return false;
    awparse_error_tok(ctx, t, "expected 'except' or 'finally' block");
    return true;
}

/* The messages of CPython's invalid_* rules, in the order they win; each
 * gets the parser state before the token's reductions (what it accepts)
 * and after them (the values on its stack). */
typedef bool Hint(ParseCtx *ctx, void *pre, void *post, const Token *t);
static Hint *const hints[] = {
    block_expected, colon_expected, try_hint, string_hint, equal_hint,
    legacy_hint, annotation_hint, walrus_stmt_hint, kwarg_hint, unpack_hint,
    chain_hint, walrus_hint, dict_value_hint, dict_key_hint,
    comprehension_hint, param_hint, paren_param_hint, group_hint,
    for_target_hint, ternary_hint, comma_hint, call_order_hint,
};

/* Called by the parser on the token it cannot take. The state before
 * the token's reductions (ctx->pre) answers what it would have accepted;
 * the state after them has the values the messages look at. */
void awparse_syntax_error(ParseCtx *ctx, void *parser, int major,
                          const Token *tok)
{
    if (ctx->failed)
        return;
    void *pre = ctx->pre ? ctx->pre : parser;
    Token t = *tok;
    t.type = major;
    if (major == AW_TK_INDENT) {
        error_kind_tok(ctx, PERR_INDENTATION, &t, "unexpected indent");
        ctx->no_rest = true;
        return;
    }
    for (size_t i = 0; i < sizeof hints / sizeof hints[0]; i++)
        if (hints[i](ctx, pre, parser, &t) || ctx->failed)
            return;
    if (major == AW_TK_DEDENT) {
        error_kind_tok(ctx, PERR_INDENTATION, &t, "unexpected unindent");
        ctx->no_rest = true;
    } else if (t.end_col < 0) {
        Span s = {t.line, 0, t.line, 0}; /* the end marker has no column */
        awparse_error_span(ctx, &s, "invalid syntax");
    } else {
        awparse_error_tok(ctx, &t, "invalid syntax");
    }
}

/* ------------------------------------------------------------------ */
/* The pump                                                            */

/* `with (` starts a parenthesized list of items when the matching ')' is
 * followed by ':' and the inside is not an expression only (CPython tries
 * that form first). */
static bool with_items_follow(ParseCtx *ctx)
{
    int depth = 0;
    bool as = false;
    for (int k = 0;; k++) {
        QueuedToken *q = peek(ctx, k);
        if (!q || q->type <= 0)
            return as; /* never closed: items if it looked like them */
        int ty = q->type;
        if (is_opener(ty)) {
            depth++;
        } else if (is_closer(ty)) {
            if (--depth == 0) {
                QueuedToken *n = peek(ctx, k + 1);
                return k > 1 && n && n->type == AW_TK_COLON;
            }
        } else if (depth == 1) {
            if (ty == AW_TK_YIELD || ty == AW_TK_FOR ||
                ty == AW_TK_COLONEQUAL)
                return false;
            as |= ty == AW_TK_AS;
            int prev = ctx->queue[ctx->qhead + k - 1].type;
            if (ty == AW_TK_STAR && (prev == AW_TK_LPAR || prev == AW_TK_COMMA))
                return false;
        }
    }
}

static void lexer_failed(ParseCtx *ctx, const QueuedToken *q)
{
    *ctx->err = q->err;
    ctx->failed = true;
    ctx->lex_failed = true;
}

/* CPython tokenizes the rest of the source after a parser error: a
 * tokenizer error there wins, and so does a bracket left open on an
 * earlier line. */
static void rest_of_source(ParseCtx *ctx)
{
    int line = ctx->err->end_line > 0 ? ctx->err->end_line : ctx->err->line;
    int err_line = line > ctx->err_line ? line : ctx->err_line;
    for (;;) {
        QueuedToken *q = peek(ctx, 0);
        if (!q || q->type == AWLEX_EOF)
            return;
        if (q->type == AWLEX_ERROR) {
            if (q->errclass == AWLEX_ERR_HARD ||
                (q->errclass == AWLEX_ERR_UNCLOSED && q->err.line < err_line)) {
                lexer_failed(ctx, q);
                ctx->raw_cols = false;
            }
            return;
        }
        pop(ctx);
    }
}

static void too_complex(ParseCtx *ctx, const Token *t)
{
    awparse_error_tok(ctx, t, ctx->nbrackets ? "too many nested parentheses"
                                             : "too complex");
}

static void pump(ParseCtx *ctx)
{
    while (!ctx->failed) {
        QueuedToken *q = peek(ctx, 0);
        if (!q)
            return;
        if (q->type == AWLEX_ERROR) {
            lexer_failed(ctx, q);
            return;
        }
        int type = q->type;
        if (type == AW_TK_LPAR && ctx->la.type == AW_TK_WITH &&
            with_items_follow(ctx))
            type = AW_TK_WITHLPAR;
        if (ctx->failed)
            return;
        Token t = ctx->queue[ctx->qhead].tok;
        pop(ctx);
        feed(ctx, type, &t);
        if (type == AWLEX_EOF)
            break;
        if (awparser_depth(ctx->parser) > AWPARSE_MAX_STACK) {
            too_complex(ctx, &t);
            break;
        }
    }
    if (!ctx->failed || ctx->lex_failed || ctx->err->kind == PERR_NOMEM)
        return;
    if (ctx->peeked) {
        /* CPython's second pass read that far and met it */
        lexer_failed(ctx, &ctx->peeked_error);
        ctx->raw_cols = false;
    } else if (!ctx->no_rest) {
        rest_of_source(ctx);
    }
}

static void run(ParseCtx *ctx)
{
    ctx->parser = awparserAlloc(malloc, ctx);
    if (!ctx->parser) {
        awparse_nomem(ctx);
        return;
    }
    int start = ctx->mode == PARSE_FILE   ? AW_TK_START_FILE
                : ctx->mode == PARSE_EVAL ? AW_TK_START_EVAL
                                          : AW_TK_START_FSTRING;
    Token st;
    memset(&st, 0, sizeof st);
    st.type = start;
    st.line = st.end_line = 1;
    ctx->hist[ctx->nfed++ % AWPARSE_HISTORY] = st;
    awparser(ctx->parser, start, st);
    ctx->line_start = true;
    pump(ctx);
    awparserFree(ctx->parser, free);
    ctx->parser = NULL;
    free(ctx->queue);
    ctx->queue = NULL;
    if (!ctx->failed && !ctx->result)
        awparse_error_tok(ctx, &ctx->la, "invalid syntax");
}

static ParseCtx *new_ctx(Arena *arena, const char *src, size_t len,
                         int mode, ParseError *err)
{
    ParseCtx *ctx = calloc(1, sizeof *ctx);
    if (!ctx)
        return NULL;
    ctx->arena = arena;
    ctx->err = err;
    ctx->mode = mode;
    awlex_init(&ctx->lx, src, len, &ctx->lexerr);
    ctx->lx.eval_mode = mode == PARSE_EVAL;
    return ctx;
}

/* SyntaxError.offset counts characters: CPython decodes the first col
 * bytes of the line (clamped to its length + 1). */
static int char_offset(const char *line, const char *lim, int col)
{
    if (col <= 0)
        return col;
    int len = 0;
    while (line + len < lim && line[len] != '\n' && line[len] != '\r')
        len++;
    if (col > len + 1)
        col = len + 1;
    int chars = 0;
    for (int i = 0; i < col && i < len; chars++) {
        const char *why;
        int n;
        awlex_utf8(line + i, line + len, &n, &why);
        i += n;
    }
    return chars + (col > len ? 1 : 0);
}

static void finish_error(const char *src, size_t len, ParseError *err)
{
    if (err->kind == PERR_NOMEM || err->line <= 0)
        return;
    const char *lim = src + len, *p = src;
    for (int line = 1; line < err->line && p < lim; p++)
        if (*p == '\n' || (*p == '\r' && (p + 1 >= lim || p[1] != '\n')))
            line++;
    err->col = char_offset(p, lim, err->col);
    err->end_col = char_offset(p, lim, err->end_col);
}

Node *awparse(Arena *arena, const char *src, size_t len, ParseMode mode,
              ParseError *err)
{
    memset(err, 0, sizeof *err);
    const char *nul = memchr(src, 0, len);
    if (nul) {
        int line = 1;
        const char *ls = src;
        for (const char *p = src; p < nul; p++)
            if (*p == '\n') {
                line++;
                ls = p + 1;
            }
        Span s = {line, (int)(nul - ls) + 1, line, (int)(nul - ls) + 2};
        ParseCtx tmp;
        memset(&tmp, 0, sizeof tmp);
        tmp.err = err;
        awparse_error_span(&tmp, &s, "source code cannot contain null bytes");
        return NULL;
    }
    ParseCtx *ctx = new_ctx(arena, src, len, (int)mode, err);
    if (!ctx) {
        ParseCtx tmp;
        memset(&tmp, 0, sizeof tmp);
        tmp.err = err;
        awparse_nomem(&tmp);
        return NULL;
    }
    run(ctx);
    Node *result = ctx->failed ? NULL : ctx->result;
    if (ctx->failed && !ctx->raw_cols)
        finish_error(src, len, err);
    free(ctx);
    return result;
}

/* ------------------------------------------------------------------ */
/* String literals                                                     */

typedef struct Buf {
    char *p;
    size_t n, cap;
    bool oom;
} Buf;

static void buf_add(Buf *b, const char *s, size_t n)
{
    if (b->oom)
        return;
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) {
            b->oom = true;
            return;
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
}

static void buf_byte(Buf *b, int c)
{
    char ch = (char)c;
    buf_add(b, &ch, 1);
}

/* Source text with its newlines as "\n" (CPython reads "\r\n" and "\r"
 * as "\n" before tokenizing). */
static void buf_text(Buf *b, const char *s, size_t n)
{
    const char *end = s + n;
    while (s < end) {
        const char *cr = memchr(s, '\r', (size_t)(end - s));
        if (!cr) {
            buf_add(b, s, (size_t)(end - s));
            return;
        }
        buf_add(b, s, (size_t)(cr - s));
        buf_byte(b, '\n');
        s = cr + (cr + 1 < end && cr[1] == '\n' ? 2 : 1);
    }
}

/* Code points as UTF-8; lone surrogates (from \ud800) are encoded as
 * their 3-byte form. */
static void buf_utf8(Buf *b, uint32_t cp)
{
    char s[4];
    if (cp < 0x80) {
        buf_byte(b, (int)cp);
    } else if (cp < 0x800) {
        s[0] = (char)(0xc0 | (cp >> 6));
        s[1] = (char)(0x80 | (cp & 0x3f));
        buf_add(b, s, 2);
    } else if (cp < 0x10000) {
        s[0] = (char)(0xe0 | (cp >> 12));
        s[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        s[2] = (char)(0x80 | (cp & 0x3f));
        buf_add(b, s, 3);
    } else {
        s[0] = (char)(0xf0 | (cp >> 18));
        s[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
        s[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
        s[3] = (char)(0x80 | (cp & 0x3f));
        buf_add(b, s, 4);
    }
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Copies a run of non-ASCII bytes, as CPython's decode_utf8 checks it. */
static bool copy_utf8_run(ParseCtx *ctx, const char **sp, const char *end,
                          Buf *out, size_t *tpos)
{
    const char *run = *sp, *s = *sp;
    while (s < end && (unsigned char)*s >= 0x80)
        s++;
    for (const char *p = run; p < s;) {
        const char *why = NULL;
        int n;
        if (awlex_utf8(p, s, &n, &why) < 0) {
            int pos = (int)(p - run);
            if (n == 1)
                awparse_error_tok(ctx, &ctx->la, "(unicode error) 'utf-8' "
                                  "codec can't decode byte 0x%02x in "
                                  "position %d: %s", (unsigned char)*p, pos,
                                  why);
            else
                awparse_error_tok(ctx, &ctx->la, "(unicode error) 'utf-8' "
                                  "codec can't decode bytes in position "
                                  "%d-%d: %s", pos, pos + n - 1, why);
            return false;
        }
        buf_add(out, p, (size_t)n);
        p += n;
        *tpos += 10; /* CPython rewrites it as \UXXXXXXXX */
    }
    *sp = s;
    return true;
}

static bool escape_error(ParseCtx *ctx, size_t start, size_t end,
                         const char *why)
{
    if (end - start == 1)
        awparse_error_tok(ctx, &ctx->la, "(unicode error) 'unicodeescape' "
                          "codec can't decode byte 0x5c in position %zu: %s",
                          start, why);
    else
        awparse_error_tok(ctx, &ctx->la, "(unicode error) 'unicodeescape' "
                          "codec can't decode bytes in position %zu-%zu: %s",
                          start, end - 1, why);
    return false;
}

/* \x, \u, \U: count hex digits. tpos tracks CPython's error positions. */
static bool hex_escape(ParseCtx *ctx, const char **sp, const char *end,
                       int count, size_t start, size_t *tpos, Buf *out)
{
    static const char *const why[] = {"truncated \\xXX escape",
                                      "truncated \\uXXXX escape",
                                      "truncated \\UXXXXXXXX escape"};
    const char *msg = why[count == 2 ? 0 : count == 4 ? 1 : 2];
    uint32_t cp = 0;
    const char *s = *sp;
    for (int i = 0; i < count; i++, s++, (*tpos)++) {
        int v = s < end ? hexval(*s) : -1;
        if (v < 0)
            return escape_error(ctx, start, *tpos, msg);
        cp = cp * 16 + (uint32_t)v;
    }
    if (cp > 0x10ffff)
        return escape_error(ctx, start, *tpos, "illegal Unicode character");
    buf_utf8(out, cp);
    *sp = s;
    return true;
}

static int simple_escape(char c)
{
    switch (c) {
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'a': return 7;
    case 'b': return 8;
    case 'f': return 12;
    case 'n': return 10;
    case 'r': return 13;
    case 't': return 9;
    case 'v': return 11;
    default: return -1;
    }
}

/* How many characters CPython counts in s[0..n) for error positions: it
 * reads the body with each non-ASCII character rewritten as \UXXXXXXXX
 * and each newline as one '\n'. */
static size_t escape_width(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        bool crlf = c == '\r' && i + 1 < n && s[i + 1] == '\n';
        if ((c & 0xc0) != 0x80 && !crlf)
            w += c >= 0x80 ? 10 : 1;
    }
    return w;
}

/* \N{name} (s just past the N): the character of that Unicode name or
 * alias (vm/uniname.c), with CPython's errors and positions. */
static bool name_escape(ParseCtx *ctx, const char **sp, const char *end,
                        size_t start, size_t *tpos, Buf *out)
{
    const char *s = *sp, *name = s + 1;
    if (s >= end || *s != '{')
        return escape_error(ctx, start, *tpos, "malformed \\N character "
                            "escape");
    const char *close = memchr(name, '}', (size_t)(end - name));
    *tpos += escape_width(s, (size_t)((close ? close : end) - s));
    if (!close || close == name)
        return escape_error(ctx, start, *tpos, "malformed \\N character "
                            "escape");
    (*tpos)++;
    uint32_t cp;
    if (!awuni_lookup(name, (size_t)(close - name), &cp))
        return escape_error(ctx, start, *tpos, "unknown Unicode character "
                            "name");
    buf_utf8(out, cp);
    *sp = close + 1;
    return true;
}

/* One escape after a backslash (s just past it) in a str literal. */
static bool str_escape(ParseCtx *ctx, const char **sp, const char *end,
                       size_t start, size_t *tpos, Buf *out)
{
    const char *s = *sp;
    char e = *s++;
    (*tpos)++;
    int c = simple_escape(e);
    if (c >= 0) {
        buf_byte(out, c);
    } else if (e == '\n' || e == '\r') {
        if (e == '\r' && s < end && *s == '\n')
            s++;
    } else if (e >= '0' && e <= '7') {
        uint32_t v = (uint32_t)(e - '0');
        for (int i = 0; i < 2 && s < end && *s >= '0' && *s <= '7'; i++) {
            v = v * 8 + (uint32_t)(*s++ - '0');
            (*tpos)++;
        }
        buf_utf8(out, v);
    } else if (e == 'x' || e == 'u' || e == 'U') {
        *sp = s;
        return hex_escape(ctx, sp, end, e == 'x' ? 2 : e == 'u' ? 4 : 8,
                          start, tpos, out);
    } else if (e == 'N') {
        *sp = s;
        return name_escape(ctx, sp, end, start, tpos, out);
    } else {
        buf_byte(out, '\\');
        buf_byte(out, e);
    }
    *sp = s;
    return true;
}

/* A str body with escapes (CPython's decode_unicode_with_escapes). */
static bool decode_str(ParseCtx *ctx, const char *s, size_t len, Buf *out)
{
    const char *end = s + len;
    size_t tpos = 0;
    while (s < end) {
        if ((unsigned char)*s >= 0x80) {
            if (!copy_utf8_run(ctx, &s, end, out, &tpos))
                return false;
            continue;
        }
        if (*s == '\r') {
            buf_byte(out, '\n');
            s += s + 1 < end && s[1] == '\n' ? 2 : 1;
            tpos++;
            continue;
        }
        if (*s != '\\') {
            buf_byte(out, *s++);
            tpos++;
            continue;
        }
        size_t start = tpos++;
        s++;
        if (s >= end || (unsigned char)*s >= 0x80) {
            buf_byte(out, '\\'); /* CPython's "\u005c" */
            tpos += 5;
            continue;
        }
        if (!str_escape(ctx, &s, end, start, &tpos, out))
            return false;
    }
    return true;
}

static bool decode_raw_str(ParseCtx *ctx, const char *s, size_t len, Buf *out)
{
    const char *end = s + len;
    size_t tpos = 0;
    while (s < end) {
        if ((unsigned char)*s >= 0x80) {
            if (!copy_utf8_run(ctx, &s, end, out, &tpos))
                return false;
        } else if (*s == '\r') {
            buf_byte(out, '\n');
            s += s + 1 < end && s[1] == '\n' ? 2 : 1;
        } else {
            buf_byte(out, *s++);
        }
    }
    return true;
}

/* A bytes body with escapes (CPython's _PyBytes_DecodeEscape). */
static bool decode_bytes(ParseCtx *ctx, const char *body, size_t len,
                         Buf *out)
{
    const char *s = body, *end = body + len;
    while (s < end) {
        if (*s == '\r') {
            buf_byte(out, '\n');
            s += s + 1 < end && s[1] == '\n' ? 2 : 1;
            continue;
        }
        if (*s != '\\') {
            buf_byte(out, *s++);
            continue;
        }
        size_t start = (size_t)(s - body);
        s++;
        char e = *s++;
        int c = simple_escape(e);
        if (c >= 0) {
            buf_byte(out, c);
        } else if (e == '\n' || e == '\r') {
            if (e == '\r' && s < end && *s == '\n')
                s++;
        } else if (e >= '0' && e <= '7') {
            int v = e - '0';
            for (int i = 0; i < 2 && s < end && *s >= '0' && *s <= '7'; i++)
                v = v * 8 + (*s++ - '0');
            buf_byte(out, v & 0xff);
        } else if (e == 'x') {
            int hi = s < end ? hexval(s[0]) : -1;
            int lo = s + 1 < end ? hexval(s[1]) : -1;
            if (hi < 0 || lo < 0) {
                awparse_error_tok(ctx, &ctx->la, "(value error) invalid \\x "
                                  "escape at position %zu", start);
                return false;
            }
            buf_byte(out, hi * 16 + lo);
            s += 2;
        } else {
            buf_byte(out, '\\');
            buf_byte(out, e);
        }
    }
    return true;
}

/* One STRING token split into its parts. */
typedef struct StrTok {
    const Node *tok; /* from awast_strtok: raw text and position */
    bool bytes, raw, fmt;
    const char *body;
    size_t len;
} StrTok;

static void split_token(const Node *tn, StrTok *st)
{
    const char *s = tn->str, *end = tn->str + tn->len;
    memset(st, 0, sizeof *st);
    st->tok = tn;
    for (; *s != '\'' && *s != '"'; s++) {
        char c = (char)(*s | 0x20);
        st->bytes |= c == 'b';
        st->raw |= c == 'r';
        st->fmt |= c == 'f';
    }
    size_t q = (size_t)(end - s) >= 6 && s[1] == s[0] && s[2] == s[0] ? 3 : 1;
    st->body = s + q;
    st->len = (size_t)(end - s) - 2 * q;
}

/* ---- f-strings: a port of CPython 3.11's Parser/string_parser.c ---- */

typedef struct FParts {
    Buf lit;        /* literal text not yet turned into a Constant */
    NodeList parts; /* Constant and FormattedValue nodes */
} FParts;

typedef struct FCtx {
    ParseCtx *ctx;
    const StrTok *st; /* the token being read */
    Span whole;       /* every part spans the whole concatenation */
    /* newlines counted so far in the token, to locate fields in O(n) */
    const char *scanned, *last_nl;
    int lines;
} FCtx;

/* f-string parts span the whole concatenation, except the last literal
 * of a format spec and the spec itself, which span the current token
 * (CPython's _PyPegen_FstringParser_Finish). */
static Node *part_node(FCtx *fc, NodeKind kind, const Span *span)
{
    if (!span)
        span = &fc->whole;
    Node *n = awast_node(fc->ctx->arena, kind, span->line, span->col);
    if (!n)
        return awparse_nomem(fc->ctx);
    n->end_line = span->end_line;
    n->end_col = span->end_col;
    return n;
}

static Span token_span(const FCtx *fc)
{
    const Node *t = fc->st->tok;
    Span s = {t->line, t->col, t->end_line, t->end_col};
    return s;
}

static bool flush_literal(FCtx *fc, FParts *fp, const Span *span)
{
    if (fp->lit.oom)
        return awparse_nomem(fc->ctx), false;
    if (!fp->lit.n)
        return true;
    Node *c = part_node(fc, N_CONST, span);
    if (!c)
        return false;
    c->op = CONST_STR;
    c->str = awarena_strdup(fc->ctx->arena, fp->lit.p, fp->lit.n);
    c->len = fp->lit.n;
    fp->lit.n = 0;
    if (!c->str || !awast_push(fc->ctx->arena, &fp->parts, c))
        return awparse_nomem(fc->ctx), false;
    return true;
}

static Node *finish_fparts(FCtx *fc, FParts *fp, const Span *span)
{
    Node *n = NULL;
    if (flush_literal(fc, fp, span) && (n = part_node(fc, N_FSTRING, span)))
        n->list1 = fp->parts;
    free(fp->lit.p);
    return n;
}

/* Adds the literal text before the next '{' (or a '}' ending a format
 * spec). 1 when it stopped at a doubled brace, 0 otherwise, -1 error. */
static int fstring_literal(FCtx *fc, FParts *fp, const char **str,
                           const char *end, int lvl)
{
    const char *s = *str, *start = s;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!fc->st->raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                if (s < end && *s++ == '{')
                    while (s < end && *s++ != '}')
                        ;
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (lvl == 0) {
                if (s < end && *s == ch) {
                    *str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    *str = s - 1;
                    awparse_error_tok(fc->ctx, &fc->ctx->la,
                                      "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            s--;
            break;
        }
    }
    *str = s;
done:;
    size_t n = (size_t)((result ? s : *str) - start);
    bool ok = fc->st->raw ? decode_raw_str(fc->ctx, start, n, &fp->lit)
                          : decode_str(fc->ctx, start, n, &fp->lit);
    return ok ? result : -1;
}

static bool fstring_concat(FCtx *fc, FParts *fp, const char **str,
                           const char *end, int lvl);

/* Where the field's text sits in the source (CPython's
 * fstring_find_expr_location, quirks included). */
static void field_location(FCtx *fc, const char *brace, int *lines,
                           int *cols)
{
    const char *tok = fc->st->tok->str;
    bool newline_after = true;
    if (!fc->scanned || fc->scanned < tok) {
        fc->scanned = tok;
        fc->last_nl = NULL;
        fc->lines = 0;
    }
    for (; fc->scanned < brace; fc->scanned++)
        if (*fc->scanned == '\n') {
            fc->lines++;
            fc->last_nl = fc->scanned;
        }
    *lines = fc->lines;
    *cols = 0;
    for (const char *p = brace + 1; *p != '}' && *p != '\n'; p++)
        if (*p != ' ' && *p != '\t' && *p != '\f') {
            newline_after = false;
            break;
        }
    if (!newline_after)
        *cols = fc->last_nl ? (int)(brace - fc->last_nl) - 1
                            : (int)(brace - tok);
}

static ParseCtx *new_ctx(Arena *arena, const char *src, size_t len,
                         int mode, ParseError *err);

/* Parses the field text as "(text)" with positions mapped to the source. */
static void *field_error(ParseCtx *ctx, const char *msg);

/* Runs the nested parse of buf (the field as "(text)") and moves its
 * error, as CPython reports it, to ctx. */
static Node *subparse(FCtx *fc, const char *buf, size_t len, int lines,
                      int cols)
{
    ParseCtx *ctx = fc->ctx;
    ParseError err;
    ParseCtx *sub = new_ctx(ctx->arena, buf, len, AWPARSE_FSTRING, &err);
    if (!sub)
        return awparse_nomem(ctx);
    const Node *tn = fc->st->tok;
    sub->line_base = tn->line + lines - 1;
    sub->col_base = lines ? cols : tn->col + cols;
    run(sub);
    Node *result = sub->failed ? NULL : sub->result;
    if (sub->failed) {
        if (err.kind != PERR_NOMEM && !sub->lex_failed) {
            /* parser errors: prefixed, and columns counted from the
             * field's "(" as CPython 3.11 does */
            char msg[sizeof err.msg];
            snprintf(msg, sizeof msg, "f-string: %.240s", err.msg);
            memcpy(err.msg, msg, sizeof msg);
            err.col -= sub->col_base;
            err.end_col -= sub->col_base;
        }
        *ctx->err = err;
        ctx->failed = true;
        ctx->raw_cols = true;
    }
    free(sub);
    return result;
}

/* Parses the field text as "(text)" with positions mapped to the source. */
static Node *fstring_compile(FCtx *fc, const char *start, const char *end)
{
    ParseCtx *ctx = fc->ctx;
    const char *s = start;
    while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f'))
        s++;
    if (s == end && strchr("!:=", *end))
        return awparse_error_tok(ctx, &ctx->la, "f-string: expression "
                                 "required before '%c'", *end);
    if (s == end)
        return field_error(ctx, "f-string: empty expression not allowed");
    size_t len = (size_t)(end - start);
    char *buf = malloc(len + 3);
    if (!buf)
        return awparse_nomem(ctx);
    buf[0] = '(';
    memcpy(buf + 1, start, len);
    buf[len + 1] = ')';
    buf[len + 2] = 0;
    int lines, cols;
    field_location(fc, start - 1, &lines, &cols);
    Node *result = subparse(fc, buf, len + 2, lines, cols);
    free(buf);
    return result;
}

static void *field_error(ParseCtx *ctx, const char *msg)
{
    return awparse_error_tok(ctx, &ctx->la, "%s", msg);
}

/* A string in a field, s at its opening quote: its last character, or
 * NULL with the error recorded (no backslash even there). */
static const char *field_string_end(ParseCtx *ctx, const char *s,
                                    const char *end)
{
    char q = *s;
    bool triple = s + 2 < end && s[1] == q && s[2] == q;
    for (s += triple ? 3 : 1; s < end; s++) {
        if (*s == '\\')
            return field_error(ctx, "f-string expression part cannot "
                               "include a backslash");
        if (*s == q && !triple)
            return s;
        if (*s == q && s + 2 < end && s[1] == q && s[2] == q)
            return s + 2;
    }
    return field_error(ctx, "f-string: unterminated string");
}

/* A bracket in a field, pushed or matched; false with the error. */
static bool field_bracket(ParseCtx *ctx, char ch, char *stack, int *depth)
{
    static const char pairs[] = "()[]{}";
    if (ch == '(' || ch == '[' || ch == '{') {
        if (*depth >= AWLEX_MAXLEVEL)
            return field_error(ctx, "f-string: too many nested parenthesis");
        stack[(*depth)++] = ch;
        return true;
    }
    if (!*depth)
        return awparse_error_tok(ctx, &ctx->la, "f-string: unmatched '%c'",
                                 ch);
    char open = stack[--*depth];
    if (strchr(pairs, open)[1] == ch)
        return true;
    return awparse_error_tok(ctx, &ctx->la, "f-string: closing parenthesis "
                             "'%c' does not match opening parenthesis '%c'",
                             ch, open);
}

/* The text of a field up to its '!', ':', '=' or '}' (nowhere a
 * backslash or '#'): CPython's fstring_find_expr scan. NULL with the
 * error recorded. */
static const char *field_end(FCtx *fc, const char *s, const char *end)
{
    ParseCtx *ctx = fc->ctx;
    char stack[AWLEX_MAXLEVEL];
    int depth = 0;
    for (; s < end; s++) {
        char ch = *s;
        if (ch == '\\') {
            return field_error(ctx, "f-string expression part cannot "
                               "include a backslash");
        } else if (ch == '\'' || ch == '"') {
            if (!(s = field_string_end(ctx, s, end)))
                return NULL;
        } else if (ch == '#') {
            return field_error(ctx, "f-string expression part cannot "
                               "include '#'");
        } else if (depth == 0 && strchr("!:}=<>", ch)) {
            if (s + 1 < end && s[1] == '=' && strchr("!=<>", ch))
                s++;
            else if (ch != '<' && ch != '>')
                break;
        } else if (strchr("()[]{}", ch)) {
            if (!field_bracket(ctx, ch, stack, &depth))
                return NULL;
        }
    }
    if (depth)
        return awparse_error_tok(ctx, &ctx->la, "f-string: unmatched '%c'",
                                 stack[depth - 1]);
    if (s >= end)
        return field_error(ctx, "f-string: expecting '}'");
    return s;
}

static bool expecting_brace(ParseCtx *ctx)
{
    awparse_error_tok(ctx, &ctx->la, "f-string: expecting '}'");
    return false;
}

/* After a field's expression at s: `=` (the text is added to the
 * literal), `!c` and `:spec`. Returns where it stopped, NULL on error. */
static const char *field_suffix(FCtx *fc, FParts *fp, const char *start,
                                const char *s, const char *end, int lvl,
                                Node *fv)
{
    bool debug = *s == '=';
    if (debug) {
        for (s++; s < end && strchr(" \t\n\r\f\v", *s) && *s; s++)
            ;
        if (s >= end)
            return NULL;
        buf_text(&fp->lit, start, (size_t)(s - start));
    }
    if (*s == '!') {
        if (++s >= end)
            return NULL;
        fv->op = (unsigned char)*s++;
        if (!strchr("sra", fv->op) || !fv->op)
            return field_error(fc->ctx, "f-string: invalid conversion "
                               "character: expected 's', 'r', or 'a'");
    }
    if (s < end && *s == ':') {
        FParts sp;
        memset(&sp, 0, sizeof sp);
        if (++s >= end)
            return NULL;
        Span ts = token_span(fc);
        if (!fstring_concat(fc, &sp, &s, end, lvl + 1)) {
            free(sp.lit.p);
            return NULL;
        }
        if (!(fv->b = finish_fparts(fc, &sp, &ts)))
            return NULL;
    }
    if (debug && !fv->b && !fv->op)
        fv->op = 'r';
    return s;
}

/* A replacement field at *str ('{'): expression, '=', !conversion, :spec. */
static bool fstring_field(FCtx *fc, FParts *fp, const char **str,
                          const char *end, int lvl)
{
    ParseCtx *ctx = fc->ctx;
    if (lvl >= 2)
        return field_error(ctx, "f-string: expressions nested too deeply");
    const char *start = ++*str;
    const char *s = field_end(fc, start, end);
    Node *value = s ? fstring_compile(fc, start, s) : NULL;
    Node *fv = value ? part_node(fc, N_FORMATTED, NULL) : NULL;
    if (!fv)
        return false;
    fv->a = value;
    s = field_suffix(fc, fp, start, s, end, lvl, fv);
    if (!s || s >= end || *s != '}')
        return ctx->failed ? false : expecting_brace(ctx);
    *str = s + 1;
    if (!flush_literal(fc, fp, NULL) ||
        !awast_push(ctx->arena, &fp->parts, fv))
        return ctx->failed ? false : (awparse_nomem(ctx), false);
    return true;
}

/* Literals and fields up to the end (or, in a format spec, a '}'). */
static bool fstring_concat(FCtx *fc, FParts *fp, const char **str,
                           const char *end, int lvl)
{
    for (;;) {
        int r = fstring_literal(fc, fp, str, end, lvl);
        if (r < 0)
            return false;
        if (r == 1)
            continue;
        if (*str >= end || **str == '}')
            break;
        if (!fstring_field(fc, fp, str, end, lvl))
            return false;
    }
    if (lvl != 0 && (*str >= end || **str != '}'))
        return expecting_brace(fc->ctx);
    return true;
}

/* Decodes one non-f token into out (str or bytes). */
static bool decode_token(ParseCtx *ctx, const StrTok *st, Buf *out)
{
    if (st->bytes) {
        const Node *tn = st->tok;
        for (size_t i = 0; i < tn->len; i++)
            if ((unsigned char)tn->str[i] >= 0x80) {
                Span s = {tn->line, tn->col + 1, tn->end_line,
                          tn->end_col + 1};
                awparse_error_span(ctx, &s, "bytes can only contain ASCII "
                                   "literal characters");
                return false;
            }
        if (st->raw) {
            buf_text(out, st->body, st->len);
            return true;
        }
        return decode_bytes(ctx, st->body, st->len, out);
    }
    if (st->raw)
        return decode_raw_str(ctx, st->body, st->len, out);
    return decode_str(ctx, st->body, st->len, out);
}

static Node *strings_node(ParseCtx *ctx, FCtx *fc, FParts *fp, bool fmode,
                          bool bytes)
{
    if (fmode)
        return finish_fparts(fc, fp, NULL);
    Node *n = NULL;
    if (fp->lit.oom) {
        awparse_nomem(ctx);
    } else if ((n = part_node(fc, N_CONST, NULL))) {
        n->op = bytes ? CONST_BYTES : CONST_STR;
        n->str = awarena_strdup(ctx->arena, fp->lit.p ? fp->lit.p : "",
                                fp->lit.n);
        n->len = fp->lit.n;
        if (!n->str)
            n = awparse_nomem(ctx);
    }
    free(fp->lit.p);
    return n;
}

Node *awparse_strings(ParseCtx *ctx, NodeList *toks)
{
    if (ctx->failed || !toks->n)
        return NULL;
    const Node *first = toks->items[0], *last = toks->items[toks->n - 1];
    FCtx fc = {ctx, NULL, {first->line, first->col, last->end_line,
                           last->end_col}};
    FParts fp;
    memset(&fp, 0, sizeof fp);
    bool fmode = false, bytes = false, ok = true;
    for (int i = 0; ok && i < toks->n; i++) {
        StrTok st;
        split_token(toks->items[i], &st);
        fc.st = &st;
        if (!st.fmt && !decode_token(ctx, &st, &fp.lit)) {
            ok = false;
        } else if (i > 0 && st.bytes != bytes) {
            awparse_error_tok(ctx, &ctx->la, "cannot mix bytes and nonbytes "
                              "literals");
            ok = false;
        } else if (st.fmt) {
            const char *s = st.body;
            fmode = true;
            ok = fstring_concat(&fc, &fp, &s, st.body + st.len, 0);
        }
        bytes = st.bytes;
    }
    if (!ok) {
        free(fp.lit.p);
        return NULL;
    }
    Node *n = strings_node(ctx, &fc, &fp, fmode, bytes);
    if (n)
        ctx->last_disj = n;
    return n;
}
