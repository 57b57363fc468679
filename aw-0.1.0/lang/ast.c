/* The AST arena and the node builders that lang/grammar.y's actions call:
 * positions as CPython computes them, and the checks of CPython's
 * invalid_* rules (assignment targets, call arguments, parameters). */
#include "lang/ast.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "lang/grammar.h"
#include "lang/lexer.h"
#include "vm/object.h"

/* ------------------------------------------------------------------ */
/* Arena                                                               */

#define ARENA_BLOCK 65536

typedef struct Block {
    struct Block *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
} Block;

struct Arena {
    Block *head;
};

Arena *awarena_new(void)
{
    return calloc(1, sizeof(Arena));
}

void awarena_free(Arena *a)
{
    if (!a)
        return;
    for (Block *b = a->head, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    free(a);
}

void *awarena_alloc(Arena *a, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    Block *b = a->head;
    if (!b || b->size - b->used < size) {
        size_t cap = size > ARENA_BLOCK / 4 ? size : ARENA_BLOCK;
        Block *nb = malloc(sizeof(Block) + cap);
        if (!nb)
            return NULL;
        nb->size = cap;
        nb->used = 0;
        /* a large block goes second so the current block keeps filling */
        if (b && cap != ARENA_BLOCK) {
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            a->head = nb;
        }
        b = nb;
    }
    void *p = b->data + b->used;
    b->used += size;
    return p;
}

char *awarena_strdup(Arena *a, const char *s, size_t len)
{
    char *p = awarena_alloc(a, len + 1);
    if (p) {
        memcpy(p, s, len);
        p[len] = 0;
    }
    return p;
}

Node *awast_node(Arena *a, NodeKind kind, int line, int col)
{
    Node *n = awarena_alloc(a, sizeof(Node));
    if (!n)
        return NULL;
    memset(n, 0, sizeof *n);
    n->kind = (uint16_t)kind;
    n->line = n->end_line = line;
    n->col = n->end_col = col;
    return n;
}

bool awast_push(Arena *a, NodeList *l, Node *item)
{
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 4;
        Node **items = awarena_alloc(a, (size_t)cap * sizeof(Node *));
        if (!items)
            return false;
        if (l->n)
            memcpy(items, l->items, (size_t)l->n * sizeof(Node *));
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n++] = item;
    return true;
}

const char *awast_kind_name(NodeKind k)
{
    static const char *const names[N__COUNT] = {
        "Module", "Expr", "Assign", "AugAssign", "AnnAssign", "Delete",
        "Pass", "Break", "Continue", "Return", "Raise", "Global",
        "Nonlocal", "Assert", "If", "While", "For", "Try",
        "ExceptHandler", "With", "withitem", "FunctionDef", "ClassDef",
        "Import", "ImportFrom", "alias", "Name", "Constant", "JoinedStr",
        "FormattedValue", "BoolOp", "BinOp", "UnaryOp", "Compare", "Call",
        "keyword", "Attribute", "Subscript", "Slice", "Starred", "Tuple",
        "List", "Set", "Dict", "ListComp", "SetComp", "DictComp",
        "GeneratorExp", "comprehension", "IfExp", "Lambda", "NamedExpr",
        "Await", "Yield", "YieldFrom", "arguments", "arg",
    };
    return (unsigned)k < N__COUNT ? names[k] : "?";
}

/* ------------------------------------------------------------------ */
/* Positions                                                           */

static size_t paren_hash(const Node *n, int cap)
{
    uintptr_t h = (uintptr_t)n >> 4;
    return (size_t)((h * 0x9E3779B97F4A7C15ull) >> 20) & (size_t)(cap - 1);
}

static const Span *paren_get(ParseCtx *ctx, const Node *n)
{
    if (!ctx->nparens)
        return NULL;
    for (size_t i = paren_hash(n, ctx->capparens);;
         i = (i + 1) & (size_t)(ctx->capparens - 1)) {
        if (ctx->parens[i].node == n)
            return &ctx->parens[i].span;
        if (!ctx->parens[i].node)
            return NULL;
    }
}

static bool paren_grow(ParseCtx *ctx)
{
    int cap = ctx->capparens ? ctx->capparens * 2 : 64;
    ParenEntry *t = awarena_alloc(ctx->arena, (size_t)cap * sizeof *t);
    if (!t)
        return false;
    memset(t, 0, (size_t)cap * sizeof *t);
    for (int i = 0; i < ctx->capparens; i++) {
        ParenEntry *e = &ctx->parens[i];
        if (!e->node)
            continue;
        size_t j = paren_hash(e->node, cap);
        while (t[j].node)
            j = (j + 1) & (size_t)(cap - 1);
        t[j] = *e;
    }
    ctx->parens = t;
    ctx->capparens = cap;
    return true;
}

/* Records that n is wrapped in parentheses spanning s (the outermost
 * pair wins: the table entry is overwritten as groups nest). */
static bool paren_put(ParseCtx *ctx, const Node *n, const Span *s)
{
    if (ctx->nparens * 2 >= ctx->capparens && !paren_grow(ctx))
        return false;
    size_t i = paren_hash(n, ctx->capparens);
    while (ctx->parens[i].node && ctx->parens[i].node != n)
        i = (i + 1) & (size_t)(ctx->capparens - 1);
    if (!ctx->parens[i].node)
        ctx->nparens++;
    ctx->parens[i].node = n;
    ctx->parens[i].span = *s;
    return true;
}

void awast_span(ParseCtx *ctx, const Node *n, Span *s)
{
    const Span *p = paren_get(ctx, n);
    if (p) {
        *s = *p;
        return;
    }
    s->line = n->line;
    s->col = n->col;
    s->end_line = n->end_line;
    s->end_col = n->end_col;
}

/* Errors point at a node itself, inside any parentheses (CPython). */
void awast_own_span(const Node *n, Span *s)
{
    s->line = n->line;
    s->col = n->col;
    s->end_line = n->end_line;
    s->end_col = n->end_col;
}

bool awast_is_paren(ParseCtx *ctx, const Node *n)
{
    return paren_get(ctx, n) != NULL;
}

static void start_at(ParseCtx *ctx, Node *n, const Node *first)
{
    Span s;
    awast_span(ctx, first, &s);
    n->line = s.line;
    n->col = s.col;
}

static void end_at(ParseCtx *ctx, Node *n, const Node *last)
{
    Span s;
    awast_span(ctx, last, &s);
    n->end_line = s.end_line;
    n->end_col = s.end_col;
}

static void end_tok(Node *n, const Token *t)
{
    n->end_line = t->end_line;
    n->end_col = t->end_col;
}

static void end_list(ParseCtx *ctx, Node *n, const NodeList *l)
{
    if (l && l->n)
        end_at(ctx, n, l->items[l->n - 1]);
}

/* ------------------------------------------------------------------ */
/* Construction helpers                                                */

static Node *new_node(ParseCtx *ctx, NodeKind kind, int line, int col)
{
    if (ctx->failed)
        return NULL;
    Node *n = awast_node(ctx->arena, kind, line, col);
    if (!n)
        return awparse_nomem(ctx);
    return n;
}

static Node *tok_node(ParseCtx *ctx, NodeKind kind, const Token *t)
{
    Node *n = new_node(ctx, kind, t->line, t->col);
    if (n)
        end_tok(n, t);
    return n;
}

/* A node spanning first..last (outer spans, parentheses included). */
static Node *span_node(ParseCtx *ctx, NodeKind kind, const Node *first,
                       const Node *last)
{
    if (ctx->failed || !first || !last)
        return NULL;
    Node *n = new_node(ctx, kind, 0, 0);
    if (n) {
        start_at(ctx, n, first);
        end_at(ctx, n, last);
    }
    return n;
}

static bool push(ParseCtx *ctx, NodeList *l, Node *item)
{
    if (ctx->failed)
        return false;
    if (!awast_push(ctx->arena, l, item)) {
        awparse_nomem(ctx);
        return false;
    }
    return true;
}

/* The NFKC forms CPython gives identifiers, for the cases met in
 * practice: fullwidth ASCII, mathematical letters and digits, the Latin
 * ligatures, the long s and the micro sign. Other compatibility
 * characters are kept as written. Writes to out; 0 when unchanged. */
static size_t nfkc(uint32_t cp, char out[4])
{
    static const char *const ligatures[] = {"ff", "fi", "fl", "ffi", "ffl"};
    static const char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                  "abcdefghijklmnopqrstuvwxyz0123456789";
    const char *s = NULL;
    if (cp >= 0xff01 && cp <= 0xff5e)
        out[0] = (char)(cp - 0xff01 + 0x21);
    else if (cp >= 0x1d400 && cp < 0x1d6a4) /* mathematical Latin */
        out[0] = letters[(cp - 0x1d400) % 52];
    else if (cp >= 0x1d7ce && cp <= 0x1d7ff) /* mathematical digits */
        out[0] = letters[52 + (cp - 0x1d7ce) % 10];
    else if (cp >= 0xfb00 && cp <= 0xfb04)
        s = ligatures[cp - 0xfb00];
    else if (cp == 0xb5)
        s = "\xce\xbc"; /* micro sign -> greek mu */
    else if (cp == 0x17f)
        s = "s";
    else
        return 0;
    if (!s)
        return 1;
    memcpy(out, s, strlen(s));
    return strlen(s);
}

static char *normalize_ident(ParseCtx *ctx, const char *s, int len)
{
    char *out = awarena_alloc(ctx->arena, (size_t)len * 3 + 1);
    if (!out)
        return awparse_nomem(ctx);
    char *o = out;
    for (int i = 0; i < len;) {
        const char *why;
        int n;
        int32_t cp = awlex_utf8(s + i, s + len, &n, &why);
        size_t m = cp >= 0 ? nfkc((uint32_t)cp, o) : 0;
        if (m) {
            o += m;
        } else {
            memcpy(o, s + i, (size_t)n);
            o += n;
        }
        i += n;
    }
    *o = 0;
    return out;
}

/* An identifier's text (normalized as CPython's NFKC would). */
static char *tok_str(ParseCtx *ctx, const Token *t)
{
    if (ctx->failed)
        return NULL;
    for (int i = 0; i < t->len; i++)
        if ((unsigned char)t->s[i] >= 0x80)
            return normalize_ident(ctx, t->s, t->len);
    char *s = awarena_strdup(ctx->arena, t->s, (size_t)t->len);
    if (!s)
        awparse_nomem(ctx);
    return s;
}

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void *error_node(ParseCtx *ctx, const Node *n, const char *fmt, ...)
{
    Span s;
    awast_own_span(n, &s);
    s.col++;
    s.end_col++;
    va_list ap;
    va_start(ap, fmt);
    awparse_verror(ctx, &s, fmt, ap);
    va_end(ap);
    return NULL;
}

/* Expressions at the level of CPython's disjunction (no conditional,
 * lambda, walrus or star), which "forgot a comma?" looks at. */
static bool is_disjunction(ParseCtx *ctx, const Node *n)
{
    switch (n->kind) {
    case N_IFEXP:
    case N_LAMBDA:
    case N_NAMEDEXPR:
    case N_STARRED:
    case N_YIELD:
    case N_YIELDFROM:
        return awast_is_paren(ctx, n);
    case N_GENEXP:
        return (n->flags & NF_PARENTHESIZED) || awast_is_paren(ctx, n);
    default:
        return true;
    }
}

static Node *expr_done(ParseCtx *ctx, Node *n)
{
    if (n && is_disjunction(ctx, n))
        ctx->last_disj = n;
    return n;
}

/* ------------------------------------------------------------------ */
/* Lists                                                               */

NodeList awast_seq0(void)
{
    NodeList l = {0, 0, NULL};
    return l;
}

NodeList awast_seq1(ParseCtx *ctx, Node *a)
{
    NodeList l = {0, 0, NULL};
    push(ctx, &l, a);
    return l;
}

NodeList awast_seq2(ParseCtx *ctx, Node *a, Node *b)
{
    NodeList l = {0, 0, NULL};
    push(ctx, &l, a);
    push(ctx, &l, b);
    return l;
}

void awast_seq_add(ParseCtx *ctx, NodeList *l, Node *a)
{
    push(ctx, l, a);
}

void awast_seq_extend(ParseCtx *ctx, NodeList *l, NodeList *more)
{
    for (int i = 0; i < more->n; i++)
        if (!push(ctx, l, more->items[i]))
            return;
}

/* A block's last statement followed by ';': enclosing statements end
 * after the ';' (CPython ends them at the last token of the block). */
void awast_semi(ParseCtx *ctx, NodeList *stmts, const Token *semi)
{
    if (ctx->failed || !stmts->n)
        return;
    Node *last = stmts->items[stmts->n - 1];
    Span s = {last->line, last->col, semi->end_line, semi->end_col};
    if (!paren_put(ctx, last, &s))
        awparse_nomem(ctx);
}

void awast_module(ParseCtx *ctx, NodeList *body)
{
    Node *n = new_node(ctx, N_MODULE, 1, 0);
    if (!n)
        return;
    if (body)
        n->list1 = *body;
    ctx->result = n;
}

void awast_result(ParseCtx *ctx, Node *expr)
{
    if (!ctx->failed)
        ctx->result = expr;
}

/* ------------------------------------------------------------------ */
/* Expression names and targets (CPython's _PyPegen_get_expr_name and
 * _PyPegen_get_invalid_target)                                         */

const char *awast_expr_name(const Node *n)
{
    switch (n->kind) {
    case N_ATTRIBUTE: return "attribute";
    case N_SUBSCRIPT: return "subscript";
    case N_STARRED: return "starred";
    case N_NAME: return "name";
    case N_LIST: return "list";
    case N_TUPLE: return "tuple";
    case N_LAMBDA: return "lambda";
    case N_CALL: return "function call";
    case N_BOOLOP:
    case N_BINOP:
    case N_UNARYOP: return "expression";
    case N_GENEXP: return "generator expression";
    case N_YIELD:
    case N_YIELDFROM: return "yield expression";
    case N_AWAIT: return "await expression";
    case N_LISTCOMP: return "list comprehension";
    case N_SETCOMP: return "set comprehension";
    case N_DICTCOMP: return "dict comprehension";
    case N_DICT: return "dict literal";
    case N_SET: return "set display";
    case N_FSTRING:
    case N_FORMATTED: return "f-string expression";
    case N_CONST:
        switch (n->op) {
        case CONST_NONE: return "None";
        case CONST_FALSE: return "False";
        case CONST_TRUE: return "True";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case N_COMPARE: return "comparison";
    case N_IFEXP: return "conditional expression";
    case N_NAMEDEXPR: return "named expression";
    default: return "expression";
    }
}

enum { TARGET_STORE, TARGET_DEL };

static Node *invalid_target(Node *e, int type)
{
    switch (e->kind) {
    case N_LIST:
    case N_TUPLE:
        for (int i = 0; i < e->list1.n; i++) {
            Node *bad = invalid_target(e->list1.items[i], type);
            if (bad)
                return bad;
        }
        return NULL;
    case N_STARRED:
        return type == TARGET_DEL ? e : invalid_target(e->a, type);
    case N_NAME:
    case N_SUBSCRIPT:
    case N_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

static void set_ctx(Node *e, ExprCtx c)
{
    switch (e->kind) {
    case N_LIST:
    case N_TUPLE:
        for (int i = 0; i < e->list1.n; i++)
            set_ctx(e->list1.items[i], c);
        e->ctx = (uint8_t)c;
        break;
    case N_STARRED:
        set_ctx(e->a, c);
        e->ctx = (uint8_t)c;
        break;
    case N_NAME:
    case N_SUBSCRIPT:
    case N_ATTRIBUTE:
        e->ctx = (uint8_t)c;
        break;
    default:
        break;
    }
}

/* Checks a target and marks it; false with the error recorded. */
static bool target(ParseCtx *ctx, Node *e, int type)
{
    if (ctx->failed || !e)
        return false;
    Node *bad = invalid_target(e, type);
    if (bad) {
        error_node(ctx, bad, type == TARGET_DEL ? "cannot delete %s"
                                                : "cannot assign to %s",
                   awast_expr_name(bad));
        return false;
    }
    set_ctx(e, type == TARGET_DEL ? CTX_DEL : CTX_STORE);
    return true;
}

/* For messages: true (with the error recorded) when e is not a valid
 * assignment target. */
bool awast_check_target(ParseCtx *ctx, Node *e)
{
    Node *bad = invalid_target(e, TARGET_STORE);
    if (bad)
        error_node(ctx, bad, "cannot assign to %s", awast_expr_name(bad));
    return bad != NULL;
}

/* ------------------------------------------------------------------ */
/* Simple statements                                                   */

Node *awast_expr_stmt(ParseCtx *ctx, Node *e)
{
    Node *n = span_node(ctx, N_EXPR_STMT, e, e);
    if (n)
        n->a = e;
    return n;
}

static bool is_unparen_tuple(const Node *n)
{
    return n->kind == N_TUPLE && !(n->flags & NF_PARENTHESIZED);
}

/* What CPython's probe `bitwise_or '=' bitwise_or` accepts on the left. */
bool awast_is_bitwise_or(ParseCtx *ctx, const Node *n)
{
    if (awast_is_paren(ctx, n))
        return true;
    switch (n->kind) {
    case N_COMPARE:
    case N_BOOLOP:
    case N_IFEXP:
    case N_LAMBDA:
    case N_NAMEDEXPR:
    case N_STARRED:
    case N_YIELD:
    case N_YIELDFROM:
        return false;
    case N_TUPLE:
        return (n->flags & NF_PARENTHESIZED) != 0;
    case N_UNARYOP:
        return n->op != UOP_NOT;
    default:
        return true;
    }
}

/* The bitwise_or a value starts with, or NULL (not, lambda, yield, *). */
static Node *leading_bitwise_or(ParseCtx *ctx, Node *v)
{
    while (v && !awast_is_paren(ctx, v)) {
        switch (v->kind) {
        case N_TUPLE:
            if (v->flags & NF_PARENTHESIZED)
                return v;
            v = v->list1.n ? v->list1.items[0] : NULL;
            break;
        case N_IFEXP:
            v = v->b;
            break;
        case N_COMPARE:
            v = v->a;
            break;
        case N_BOOLOP:
            v = v->list1.items[0];
            break;
        case N_UNARYOP:
            return v->op == UOP_NOT ? NULL : v;
        case N_LAMBDA:
        case N_STARRED:
        case N_YIELD:
        case N_YIELDFROM:
        case N_NAMEDEXPR:
            return NULL;
        default:
            return v;
        }
    }
    return v;
}

/* CPython's probe is not tried on a list, tuple, genexp or keyword
 * constant: it looks at the first token(s) of the expression. */
bool awast_starts_with_display(ParseCtx *ctx, const Node *e)
{
    for (;;) {
        if (awast_is_paren(ctx, e))
            return false;
        switch (e->kind) {
        case N_LIST:
            return true;
        case N_TUPLE:
        case N_GENEXP:
            return (e->flags & NF_PARENTHESIZED) != 0;
        case N_CONST:
            return e->op == CONST_TRUE || e->op == CONST_FALSE ||
                   e->op == CONST_NONE;
        case N_BINOP:
        case N_ATTRIBUTE:
        case N_SUBSCRIPT:
        case N_CALL:
            e = e->a;
            break;
        case N_COMPARE:
            e = e->a;
            break;
        default:
            return false;
        }
    }
}

/* `target = value` with one '=' where CPython suggests '==' (its
 * invalid_named_expression rule, reached through star_named_expression
 * probes on the statement). */
static bool maybe_meant_equal(ParseCtx *ctx, NodeList *chain, bool more)
{
    if (chain->n < 2)
        return false;
    Node *e = chain->items[0], *v = chain->items[1];
    if (is_unparen_tuple(e))
        e = e->list1.items[e->list1.n - 1];
    Node *rhs = leading_bitwise_or(ctx, v);
    /* the probe needs something other than '=' after that bitwise_or */
    if (!rhs || (rhs == v && (chain->n > 2 || more)) ||
        awast_starts_with_display(ctx, e) || !awast_is_bitwise_or(ctx, e))
        return false;
    if (e->kind == N_NAME && !awast_is_paren(ctx, e)) {
        Span s, r;
        awast_own_span(e, &s);
        awast_own_span(rhs, &r);
        s.col++;
        s.end_line = r.end_line;
        s.end_col = r.end_col + 1;
        awparse_error_span(ctx, &s, "invalid syntax. Maybe you meant '==' "
                           "or ':=' instead of '='?");
        return true;
    }
    error_node(ctx, e, "cannot assign to %s here. Maybe you meant '==' "
               "instead of '='?", awast_expr_name(e));
    return true;
}

/* `a = b = c`: every element but the value is a target. */
NodeList awast_chain(ParseCtx *ctx, NodeList *chain, Node *first,
                     Node *value)
{
    NodeList l = chain ? *chain : awast_seq1(ctx, first);
    push(ctx, &l, value);
    ctx->chain = l;
    ctx->chain_header = ctx->header;
    return l;
}

/* Checks the targets of a chain: all its elements when more is set (a
 * syntax error came after another '='), else all but the value. */
static bool check_targets(ParseCtx *ctx, NodeList *chain, bool more)
{
    int ntargets = more ? chain->n : chain->n - 1;
    for (int i = 0; i < ntargets; i++) {
        Node *t = chain->items[i];
        if ((t->kind == N_YIELD || t->kind == N_YIELDFROM) &&
            !awast_is_paren(ctx, t)) {
            error_node(ctx, t, "assignment to yield expression not "
                       "possible");
            return false;
        }
        if (invalid_target(t, TARGET_STORE)) {
            if (!maybe_meant_equal(ctx, chain, more))
                target(ctx, t, TARGET_STORE);
            return false;
        }
    }
    return true;
}

/* After `a = b =` a syntax error: CPython's second pass probes the
 * targets, then `a = b` for a mistaken '=' (invalid_named_expression). */
bool awast_check_chain(ParseCtx *ctx, NodeList *chain)
{
    return !check_targets(ctx, chain, true) ||
           maybe_meant_equal(ctx, chain, true);
}

Node *awast_yield_target(ParseCtx *ctx, Node *yield)
{
    if (!ctx->failed && yield)
        error_node(ctx, yield, "assignment to yield expression not possible");
    return NULL;
}

Node *awast_assign(ParseCtx *ctx, NodeList *chain)
{
    if (ctx->failed || !check_targets(ctx, chain, false))
        return NULL;
    int ntargets = chain->n - 1;
    Node *value = chain->items[ntargets];
    Node *n = span_node(ctx, N_ASSIGN, chain->items[0], value);
    if (!n)
        return NULL;
    for (int i = 0; i < ntargets; i++) {
        set_ctx(chain->items[i], CTX_STORE);
        push(ctx, &n->list1, chain->items[i]);
    }
    n->a = value;
    return n;
}

/* An annotation's target: false with CPython's message recorded. A
 * starred one fails at the ':' (CPython's first pass stops there). */
bool awast_check_annotation(ParseCtx *ctx, Node *t, const Token *colon)
{
    if (t->kind == N_STARRED && !awast_is_paren(ctx, t))
        awparse_error_tok(ctx, colon, "invalid syntax");
    else if (is_unparen_tuple(t))
        error_node(ctx, t->list1.items[0], "only single target (not %s) can "
                   "be annotated", "tuple");
    else if (t->kind == N_TUPLE || t->kind == N_LIST)
        error_node(ctx, t, "only single target (not %s) can be annotated",
                   awast_expr_name(t));
    else if (t->kind != N_NAME && t->kind != N_ATTRIBUTE &&
             t->kind != N_SUBSCRIPT)
        error_node(ctx, t, "illegal target for annotation");
    else
        return true;
    return false;
}

Node *awast_annassign(ParseCtx *ctx, Node *t, Node *ann, Node *value)
{
    if (ctx->failed || !t || !awast_check_annotation(ctx, t, &ctx->ann_colon))
        return NULL;
    Node *n = span_node(ctx, N_ANNASSIGN, t, value ? value : ann);
    if (!n)
        return NULL;
    set_ctx(t, CTX_STORE);
    n->a = t;
    n->b = ann;
    n->c = value;
    if (t->kind == N_NAME && !awast_is_paren(ctx, t))
        n->flags |= NF_SIMPLE;
    return n;
}

static int binop_code(int tok)
{
    switch (tok) {
    case AW_TK_PLUS: case AW_TK_PLUSEQUAL: return BINOP_ADD;
    case AW_TK_MINUS: case AW_TK_MINEQUAL: return BINOP_SUB;
    case AW_TK_STAR: case AW_TK_STAREQUAL: return BINOP_MUL;
    case AW_TK_SLASH: case AW_TK_SLASHEQUAL: return BINOP_TRUEDIV;
    case AW_TK_DOUBLESLASH: case AW_TK_DOUBLESLASHEQUAL:
        return BINOP_FLOORDIV;
    case AW_TK_PERCENT: case AW_TK_PERCENTEQUAL: return BINOP_MOD;
    case AW_TK_DOUBLESTAR: case AW_TK_DOUBLESTAREQUAL: return BINOP_POW;
    case AW_TK_AT: case AW_TK_ATEQUAL: return BINOP_MATMUL;
    case AW_TK_LEFTSHIFT: case AW_TK_LEFTSHIFTEQUAL: return BINOP_LSHIFT;
    case AW_TK_RIGHTSHIFT: case AW_TK_RIGHTSHIFTEQUAL: return BINOP_RSHIFT;
    case AW_TK_AMPER: case AW_TK_AMPEREQUAL: return BINOP_AND;
    case AW_TK_VBAR: case AW_TK_VBAREQUAL: return BINOP_OR;
    default: return BINOP_XOR;
    }
}

Node *awast_augassign(ParseCtx *ctx, Node *t, const Token *op, Node *value)
{
    if (ctx->failed || !t)
        return NULL;
    if (t->kind != N_NAME && t->kind != N_ATTRIBUTE && t->kind != N_SUBSCRIPT)
        return error_node(ctx, t, "'%s' is an illegal expression for "
                          "augmented assignment", awast_expr_name(t));
    Node *n = span_node(ctx, N_AUGASSIGN, t, value);
    if (!n)
        return NULL;
    set_ctx(t, CTX_STORE);
    n->a = t;
    n->op = binop_code(op->type);
    n->b = value;
    return n;
}

Node *awast_del(ParseCtx *ctx, const Token *kw, Node *targets)
{
    if (ctx->failed || !targets)
        return NULL;
    if (!target(ctx, targets, TARGET_DEL))
        return NULL;
    Node *n = tok_node(ctx, N_DEL, kw);
    if (!n)
        return NULL;
    end_at(ctx, n, targets);
    if (is_unparen_tuple(targets))
        n->list1 = targets->list1;
    else
        push(ctx, &n->list1, targets);
    return n;
}

Node *awast_simple_stmt(ParseCtx *ctx, NodeKind kind, const Token *kw)
{
    return tok_node(ctx, kind, kw);
}

Node *awast_return(ParseCtx *ctx, const Token *kw, Node *value)
{
    Node *n = tok_node(ctx, N_RETURN, kw);
    if (n && value) {
        n->a = value;
        end_at(ctx, n, value);
    }
    return n;
}

Node *awast_raise(ParseCtx *ctx, const Token *kw, Node *exc, Node *cause)
{
    Node *n = tok_node(ctx, N_RAISE, kw);
    if (n && exc) {
        n->a = exc;
        n->b = cause;
        end_at(ctx, n, cause ? cause : exc);
    }
    return n;
}

Node *awast_names_stmt(ParseCtx *ctx, NodeKind kind, const Token *kw,
                       NodeList *names)
{
    Node *n = tok_node(ctx, kind, kw);
    if (n) {
        n->list1 = *names;
        end_list(ctx, n, names);
    }
    return n;
}

Node *awast_assert(ParseCtx *ctx, const Token *kw, Node *test, Node *msg)
{
    Node *n = tok_node(ctx, N_ASSERT, kw);
    if (n) {
        n->a = test;
        n->b = msg;
        end_at(ctx, n, msg ? msg : test);
    }
    return n;
}

Node *awast_import(ParseCtx *ctx, const Token *kw, NodeList *aliases)
{
    Node *n = tok_node(ctx, N_IMPORT, kw);
    if (n) {
        n->list1 = *aliases;
        end_list(ctx, n, aliases);
    }
    return n;
}

Node *awast_dotted(ParseCtx *ctx, Node *prefix, const Token *name)
{
    if (ctx->failed)
        return NULL;
    if (!prefix) {
        Node *n = tok_node(ctx, N_ALIAS, name);
        if (n)
            n->str = tok_str(ctx, name);
        return n;
    }
    size_t plen = strlen(prefix->str);
    char *s = awarena_alloc(ctx->arena, plen + 1 + (size_t)name->len + 1);
    if (!s)
        return awparse_nomem(ctx);
    memcpy(s, prefix->str, plen);
    s[plen] = '.';
    memcpy(s + plen + 1, name->s, (size_t)name->len);
    s[plen + 1 + name->len] = 0;
    prefix->str = s;
    end_tok(prefix, name);
    return prefix;
}

Node *awast_alias(ParseCtx *ctx, Node *dotted, const Token *asname)
{
    if (ctx->failed || !dotted)
        return NULL;
    if (asname) {
        dotted->str2 = tok_str(ctx, asname);
        end_tok(dotted, asname);
    }
    return dotted;
}

Node *awast_import_name(ParseCtx *ctx, const Token *name, const Token *asname)
{
    return awast_alias(ctx, awast_dotted(ctx, NULL, name), asname);
}

Node *awast_import_star(ParseCtx *ctx, const Token *star)
{
    Node *n = tok_node(ctx, N_ALIAS, star);
    if (!n)
        return NULL;
    n->str = "*";
    NodeList l = awast_seq1(ctx, n);
    return awast_import_targets(ctx, &l, star);
}

Node *awast_import_targets(ParseCtx *ctx, NodeList *names, const Token *end)
{
    Node *n = new_node(ctx, N_IMPORTFROM, 0, 0);
    if (!n)
        return NULL;
    n->list1 = *names;
    if (end)
        end_tok(n, end);
    else
        end_list(ctx, n, names);
    return n;
}

Node *awast_import_trailing_comma(ParseCtx *ctx)
{
    return awparse_error_tok(ctx, &ctx->la, "trailing comma not allowed "
                             "without surrounding parentheses");
}

Node *awast_importfrom(ParseCtx *ctx, const Token *kw, int level,
                       Node *module, Node *targets)
{
    Node *n = tok_node(ctx, N_IMPORTFROM, kw);
    if (!n || !targets)
        return NULL;
    n->str = module ? module->str : NULL;
    n->op = level;
    n->list1 = targets->list1;
    n->end_line = targets->end_line;
    n->end_col = targets->end_col;
    return n;
}

/* ------------------------------------------------------------------ */
/* Compound statements                                                 */

IfChain awast_if(ParseCtx *ctx, const Token *kw, Node *test, NodeList *body)
{
    IfChain c = {NULL, NULL};
    Node *n = tok_node(ctx, N_IF, kw);
    if (n) {
        n->a = test;
        n->list1 = *body;
        end_list(ctx, n, body);
    }
    c.head = c.tail = n;
    return c;
}

void awast_elif(ParseCtx *ctx, IfChain *chain, const Token *kw, Node *test,
                NodeList *body)
{
    IfChain c = awast_if(ctx, kw, test, body);
    if (!c.head || !chain->tail)
        return;
    push(ctx, &chain->tail->list2, c.head);
    chain->tail = c.head;
}

/* The end of an if chain: every link ends where the last block does. */
Node *awast_if_end(ParseCtx *ctx, IfChain *chain, NodeList *orelse)
{
    if (ctx->failed || !chain->head)
        return NULL;
    if (orelse)
        chain->tail->list2 = *orelse;
    Node *last = chain->tail;
    end_list(ctx, last, orelse ? orelse : &last->list1);
    for (Node *n = chain->head; n != last; n = n->list2.items[0]) {
        n->end_line = last->end_line;
        n->end_col = last->end_col;
    }
    return chain->head;
}

Node *awast_while(ParseCtx *ctx, const Token *kw, Node *test, NodeList *body,
                  NodeList *orelse)
{
    Node *n = tok_node(ctx, N_WHILE, kw);
    if (n) {
        n->a = test;
        n->list1 = *body;
        if (orelse)
            n->list2 = *orelse;
        end_list(ctx, n, orelse ? orelse : body);
    }
    return n;
}

Node *awast_for(ParseCtx *ctx, const Token *kw, Node *t, Node *iter,
                NodeList *body, NodeList *orelse)
{
    if (!target(ctx, t, TARGET_STORE))
        return NULL;
    Node *n = tok_node(ctx, N_FOR, kw);
    if (n) {
        n->a = t;
        n->b = iter;
        n->list1 = *body;
        if (orelse)
            n->list2 = *orelse;
        end_list(ctx, n, orelse ? orelse : body);
    }
    return n;
}

Node *awast_try(ParseCtx *ctx, const Token *kw, NodeList *body,
                NodeList *handlers, NodeList *orelse, NodeList *finalbody)
{
    Node *n = tok_node(ctx, N_TRY, kw);
    if (!n)
        return NULL;
    n->list1 = *body;
    if (handlers)
        n->list2 = *handlers;
    if (orelse)
        n->list3 = *orelse;
    if (finalbody)
        n->list4 = *finalbody;
    end_list(ctx, n, finalbody ? finalbody : orelse ? orelse
                     : handlers ? handlers : body);
    return n;
}

Node *awast_except(ParseCtx *ctx, const Token *kw, Node *type,
                   const Token *name, NodeList *body)
{
    Node *n = tok_node(ctx, N_EXCEPT, kw);
    if (n) {
        n->a = type;
        n->str = name ? tok_str(ctx, name) : NULL;
        n->list1 = *body;
        end_list(ctx, n, body);
    }
    return n;
}

Node *awast_except_tuple(ParseCtx *ctx, Node *first)
{
    if (ctx->failed || !first)
        return NULL;
    Span s;
    awast_own_span(first, &s);
    s.col++;
    s.end_line = ctx->la.end_line;
    s.end_col = ctx->la.end_col;
    return awparse_error_span(ctx, &s, "multiple exception types must be "
                              "parenthesized");
}

Node *awast_with(ParseCtx *ctx, const Token *kw, NodeList *items,
                 NodeList *body)
{
    Node *n = tok_node(ctx, N_WITH, kw);
    if (n) {
        n->list1 = *items;
        n->list2 = *body;
        end_list(ctx, n, body);
    }
    return n;
}

Node *awast_withitem(ParseCtx *ctx, Node *expr, Node *t)
{
    if (t && !target(ctx, t, TARGET_STORE))
        return NULL;
    Node *n = span_node(ctx, N_WITHITEM, expr, t ? t : expr);
    if (n) {
        n->a = expr;
        n->b = t;
    }
    return n;
}

Node *awast_funcdef(ParseCtx *ctx, const Token *kw, const Token *name,
                    Node *args, Node *returns, NodeList *body)
{
    Node *n = tok_node(ctx, N_FUNCDEF, kw);
    if (n && args) {
        n->str = tok_str(ctx, name);
        n->a = args;
        n->b = returns;
        n->list1 = *body;
        end_list(ctx, n, body);
    }
    return args ? n : NULL;
}

static void split_args(ParseCtx *ctx, NodeList *args, NodeList *pos,
                       NodeList *kws);

/* The bases and keywords of a class, checked at its ')' as CPython's
 * arguments rule does: a temporary N_CALL without callee. */
Node *awast_class_args(ParseCtx *ctx, NodeList *args, const Token *rpar)
{
    Node *n = tok_node(ctx, N_CALL, rpar);
    if (!n || !args)
        return n;
    Token la = ctx->la;
    ctx->la = *rpar;
    split_args(ctx, args, &n->list1, &n->list2);
    ctx->la = la;
    for (int i = 0; !ctx->failed && i < n->list1.n; i++) {
        Node *a = n->list1.items[i];
        if (a->kind == N_GENEXP && !(a->flags & NF_PARENTHESIZED)) {
            Node *c = a->list1.items[0];
            Span s = {c->line, c->col + 1, c->line, c->col + 4};
            awparse_error_span(ctx, &s, "invalid syntax");
        }
    }
    return ctx->failed ? NULL : n;
}

Node *awast_classdef(ParseCtx *ctx, const Token *kw, const Token *name,
                     Node *args, NodeList *body)
{
    Node *n = tok_node(ctx, N_CLASSDEF, kw);
    if (n) {
        n->str = tok_str(ctx, name);
        if (args) {
            n->list1 = args->list1;
            n->list2 = args->list2;
        }
        n->list3 = *body;
        end_list(ctx, n, body);
    }
    return n;
}

Node *awast_decorated(ParseCtx *ctx, NodeList *decorators, Node *def)
{
    if (ctx->failed || !def)
        return NULL;
    if (def->kind == N_FUNCDEF)
        def->list2 = *decorators;
    else
        def->list4 = *decorators;
    return def;
}

Node *awast_async(ParseCtx *ctx, const Token *kw, Node *stmt)
{
    if (ctx->failed || !stmt)
        return NULL;
    stmt->flags |= NF_ASYNC;
    stmt->line = kw->line;
    stmt->col = kw->col;
    return stmt;
}

/* ------------------------------------------------------------------ */
/* Parameters                                                          */

Node *awast_param(ParseCtx *ctx, int kind, const Token *tok,
                  const Token *name, Node *annotation, Node *dflt)
{
    Node *n = tok_node(ctx, N_ARG, tok);
    if (!n)
        return NULL;
    n->op = kind;
    if (name) {
        n->str = tok_str(ctx, name);
        if (kind != PARAM_PLAIN)
            n->c = tok_node(ctx, N_NAME, name); /* where the arg starts */
        end_tok(n, name);
    }
    n->a = annotation;
    if (annotation)
        end_at(ctx, n, annotation);
    n->b = dflt;
    return n;
}

Node *awast_param_default_error(ParseCtx *ctx, int kind, const Token *eq)
{
    return awparse_error_tok(ctx, eq, kind == PARAM_STAR
                             ? "var-positional argument cannot have default "
                               "value"
                             : "var-keyword argument cannot have default "
                               "value");
}

typedef struct ParamState {
    Node *args;      /* the N_ARGUMENTS being filled */
    const Token *end; /* the ')' or ':' after the parameters */
    Node *bare_star; /* a bare '*' still waiting for a keyword-only one */
    Node *dstar;
    bool seen_star, seen_slash, seen_default;
} ParamState;

/* At the parameter, or at its '*', '**' or '/' alone. */
static void *param_error(ParseCtx *ctx, Node *p, const char *msg)
{
    if (p->op == PARAM_PLAIN)
        return error_node(ctx, p, "%s", msg);
    int len = p->op == PARAM_DSTAR ? 2 : 1;
    Span s = {p->line, p->col + 1, p->line, p->col + 1 + len};
    return awparse_error_span(ctx, &s, "%s", msg);
}

static bool add_positional(ParseCtx *ctx, ParamState *st, Node *p)
{
    if (p->b)
        st->seen_default = true;
    else if (st->seen_default)
        return param_error(ctx, p, "non-default argument follows default "
                           "argument");
    push(ctx, &st->args->list1, p);
    if (p->b)
        push(ctx, &st->args->list3, p->b);
    return true;
}

static bool add_slash(ParseCtx *ctx, ParamState *st, Node *p)
{
    if (st->seen_star)
        return param_error(ctx, p, "/ must be ahead of *");
    if (st->seen_slash)
        return param_error(ctx, p, "/ may appear only once");
    if (!st->args->list1.n)
        return param_error(ctx, p, "at least one argument must precede /");
    st->seen_slash = true;
    st->args->op = st->args->list1.n;
    return true;
}

static bool add_star(ParseCtx *ctx, ParamState *st, Node *p)
{
    if (st->seen_star)
        return param_error(ctx, p, "* argument may appear only once");
    st->seen_star = true;
    if (p->op == PARAM_STAR)
        st->args->a = p;
    else
        st->bare_star = p;
    return true;
}

/* One parameter in order, with CPython's invalid_parameters checks. */
static bool add_param(ParseCtx *ctx, ParamState *st, Node *p, bool lambda)
{
    if (st->dstar)
        return param_error(ctx, p, "arguments cannot follow var-keyword "
                           "argument");
    switch (p->op) {
    case PARAM_PLAIN:
        if (!st->seen_star)
            return add_positional(ctx, st, p);
        st->bare_star = NULL;
        push(ctx, &st->args->list2, p);
        push(ctx, &st->args->list4, p->b);
        return true;
    case PARAM_SLASH:
        return add_slash(ctx, st, p);
    case PARAM_STAR:
    case PARAM_BARE_STAR:
        return add_star(ctx, st, p);
    default:
        if (st->bare_star)
            return lambda ? awparse_error_tok(ctx, st->end, "named arguments "
                                              "must follow bare *")
                          : param_error(ctx, st->bare_star, "named arguments "
                                        "must follow bare *");
        st->dstar = p;
        st->args->b = p;
        return true;
    }
}

Node *awast_arguments(ParseCtx *ctx, NodeList *params, const Token *end,
                      bool lambda)
{
    ParamState st = {0};
    st.end = end;
    st.args = new_node(ctx, N_ARGUMENTS, 0, 0);
    if (!st.args)
        return NULL;
    for (int i = 0; params && i < params->n; i++)
        if (!add_param(ctx, &st, params->items[i], lambda) || ctx->failed)
            return NULL;
    if (st.bare_star) {
        if (lambda)
            return awparse_error_tok(ctx, end, "named arguments must "
                                     "follow bare *");
        return param_error(ctx, st.bare_star, "named arguments must follow "
                           "bare *");
    }
    for (int i = 0; params && i < params->n; i++) {
        Node *p = params->items[i];
        if (p->c) {
            p->line = p->c->line;
            p->col = p->c->col;
        }
        p->op = 0;
        p->b = p->c = NULL;
    }
    return st.args;
}

/* ------------------------------------------------------------------ */
/* Atoms and operators                                                 */

Node *awast_name(ParseCtx *ctx, const Token *t)
{
    Node *n = tok_node(ctx, N_NAME, t);
    if (n)
        n->str = tok_str(ctx, t);
    return expr_done(ctx, n);
}

/* Copies digits without '_' (and without the suffix or prefix). */
static char *number_text(ParseCtx *ctx, const char *s, int len)
{
    char *out = awarena_alloc(ctx->arena, (size_t)len + 1);
    if (!out)
        return awparse_nomem(ctx);
    int j = 0;
    for (int i = 0; i < len; i++)
        if (s[i] != '_')
            out[j++] = s[i];
    out[j] = 0;
    return out;
}

Node *awast_number(ParseCtx *ctx, const Token *t)
{
    Node *n = tok_node(ctx, N_CONST, t);
    if (!n)
        return NULL;
    const char *s = t->s;
    int len = t->len;
    char last = s[len - 1];
    if (len > 1 && s[0] == '0' && strchr("xXoObB", s[1])) {
        n->op = CONST_INT;
        n->flags = s[1] == 'x' || s[1] == 'X' ? 16
                   : s[1] == 'o' || s[1] == 'O' ? 8 : 2;
        n->str = number_text(ctx, s + 2, len - 2);
    } else if (last == 'j' || last == 'J') {
        n->op = CONST_IMAG;
        n->str = number_text(ctx, s, len - 1);
    } else if (memchr(s, '.', (size_t)len) || memchr(s, 'e', (size_t)len) ||
               memchr(s, 'E', (size_t)len)) {
        n->op = CONST_FLOAT;
        n->str = number_text(ctx, s, len);
    } else {
        n->op = CONST_INT;
        n->flags = 10;
        n->str = number_text(ctx, s, len);
    }
    if (n->str)
        n->len = strlen(n->str);
    return expr_done(ctx, n);
}

Node *awast_keyword_const(ParseCtx *ctx, const Token *t)
{
    Node *n = tok_node(ctx, N_CONST, t);
    if (!n)
        return NULL;
    switch (t->type) {
    case AW_TK_NONE: n->op = CONST_NONE; break;
    case AW_TK_TRUE: n->op = CONST_TRUE; break;
    case AW_TK_FALSE: n->op = CONST_FALSE; break;
    default: n->op = CONST_ELLIPSIS; break;
    }
    return expr_done(ctx, n);
}

Node *awast_strtok(ParseCtx *ctx, const Token *t)
{
    Node *n = tok_node(ctx, N_CONST, t);
    if (n) {
        n->str = t->s;
        n->len = (size_t)t->len;
    }
    return n;
}

Node *awast_binop(ParseCtx *ctx, Node *left, const Token *op, Node *right)
{
    Node *n = span_node(ctx, N_BINOP, left, right);
    if (n) {
        n->a = left;
        n->op = binop_code(op->type);
        n->b = right;
    }
    return expr_done(ctx, n);
}

Node *awast_unary(ParseCtx *ctx, const Token *op, Node *operand)
{
    if (ctx->failed || !operand)
        return NULL;
    Node *n = tok_node(ctx, N_UNARYOP, op);
    if (n) {
        n->op = op->type == AW_TK_NOT ? UOP_NOT
                : op->type == AW_TK_MINUS ? UOP_NEG
                : op->type == AW_TK_PLUS ? UOP_POS : UOP_INVERT;
        n->a = operand;
        end_at(ctx, n, operand);
    }
    return expr_done(ctx, n);
}

Node *awast_boolop(ParseCtx *ctx, int op, NodeList *values)
{
    if (ctx->failed)
        return NULL;
    Node *n = span_node(ctx, N_BOOLOP, values->items[0],
                        values->items[values->n - 1]);
    if (n) {
        n->op = op;
        n->list1 = *values;
    }
    return expr_done(ctx, n);
}

Node *awast_compare(ParseCtx *ctx, Node *left, int op, Node *right)
{
    Node *n = span_node(ctx, N_COMPARE, left, right);
    if (n) {
        n->a = left;
        awast_compare_add(ctx, n, op, right);
    }
    return expr_done(ctx, n);
}

void awast_compare_add(ParseCtx *ctx, Node *cmp, int op, Node *right)
{
    if (ctx->failed || !cmp || !right)
        return;
    int old_cap = cmp->list1.cap;
    if (!push(ctx, &cmp->list1, right))
        return;
    if (cmp->list1.cap != old_cap) {
        int32_t *ops = awarena_alloc(ctx->arena,
                                     (size_t)cmp->list1.cap * sizeof(int32_t));
        if (!ops) {
            awparse_nomem(ctx);
            return;
        }
        if (cmp->ops)
            memcpy(ops, cmp->ops, (size_t)(cmp->list1.n - 1) * sizeof *ops);
        cmp->ops = ops;
    }
    cmp->ops[cmp->list1.n - 1] = op;
    end_at(ctx, cmp, right);
    expr_done(ctx, cmp);
}

Node *awast_ifexp(ParseCtx *ctx, Node *body, Node *test, Node *orelse)
{
    Node *n = span_node(ctx, N_IFEXP, body, orelse);
    if (n) {
        n->a = test;
        n->b = body;
        n->c = orelse;
    }
    return n;
}

Node *awast_ifexp_noelse(ParseCtx *ctx, Node *body, Node *test)
{
    if (ctx->failed || !body || !test)
        return NULL;
    if (ctx->la.type == AW_TK_COLON)
        return awparse_error_tok(ctx, &ctx->la, "invalid syntax");
    Span a, b;
    awast_own_span(body, &a);
    awast_own_span(test, &b);
    a.col++;
    a.end_line = b.end_line;
    a.end_col = b.end_col + 1;
    return awparse_error_span(ctx, &a, "expected 'else' after 'if' "
                              "expression");
}

Node *awast_lambda_head(ParseCtx *ctx, const Token *kw, NodeList *params,
                        const Token *colon)
{
    Node *args = awast_arguments(ctx, params, colon, true);
    Node *n = args ? tok_node(ctx, N_LAMBDA, kw) : NULL;
    if (n)
        n->a = args;
    return n;
}

Node *awast_lambda(ParseCtx *ctx, Node *head, Node *body)
{
    if (ctx->failed || !head || !body)
        return NULL;
    head->b = body;
    end_at(ctx, head, body);
    return head;
}

Node *awast_namedexpr(ParseCtx *ctx, Node *t, Node *value)
{
    if (ctx->failed || !t || !value)
        return NULL;
    if (t->kind != N_NAME || awast_is_paren(ctx, t))
        return error_node(ctx, t, "cannot use assignment expressions with %s",
                          awast_expr_name(t));
    Node *n = span_node(ctx, N_NAMEDEXPR, t, value);
    if (n) {
        t->ctx = CTX_STORE;
        n->a = t;
        n->b = value;
    }
    return n;
}

static Node *prefix_node(ParseCtx *ctx, NodeKind kind, const Token *kw,
                         Node *value)
{
    if (ctx->failed)
        return NULL;
    Node *n = tok_node(ctx, kind, kw);
    if (n && value) {
        n->a = value;
        end_at(ctx, n, value);
    }
    return n;
}

Node *awast_await(ParseCtx *ctx, const Token *kw, Node *value)
{
    return expr_done(ctx, prefix_node(ctx, N_AWAIT, kw, value));
}

Node *awast_yield(ParseCtx *ctx, const Token *kw, Node *value)
{
    return prefix_node(ctx, N_YIELD, kw, value);
}

Node *awast_yieldfrom(ParseCtx *ctx, const Token *kw, Node *value)
{
    return prefix_node(ctx, N_YIELDFROM, kw, value);
}

Node *awast_starred(ParseCtx *ctx, const Token *star, Node *value)
{
    return prefix_node(ctx, N_STARRED, star, value);
}

Node *awast_attribute(ParseCtx *ctx, Node *obj, const Token *name)
{
    Node *n = span_node(ctx, N_ATTRIBUTE, obj, obj);
    if (n) {
        n->a = obj;
        n->str = tok_str(ctx, name);
        end_tok(n, name);
    }
    return expr_done(ctx, n);
}

/* ------------------------------------------------------------------ */
/* Calls                                                               */

static bool is_bare_genexp(const Node *n)
{
    return n->kind == N_GENEXP && !(n->flags & NF_PARENTHESIZED);
}

/* Sorts call arguments into positional and keyword ones with CPython's
 * ordering rules. */
static void split_args(ParseCtx *ctx, NodeList *args, NodeList *pos,
                       NodeList *kws)
{
    bool kw = false, dstar = false;
    for (int i = 0; i < args->n && !ctx->failed; i++) {
        Node *a = args->items[i];
        if (is_bare_genexp(a) && args->n > 1) {
            error_node(ctx, a, "Generator expression must be "
                       "parenthesized");
            return;
        }
        if (a->kind == N_KEYWORD) {
            if (a->str)
                kw = true;
            else
                dstar = true;
            push(ctx, kws, a);
        } else if (a->kind == N_STARRED) {
            if (dstar) {
                Span s = {a->line, a->col + 1, a->line, a->col + 2};
                awparse_error_span(ctx, &s, "iterable argument unpacking "
                                   "follows keyword argument unpacking");
                return;
            }
            push(ctx, pos, a);
        } else if (kw || dstar) {
            awparse_error_tok(ctx, &ctx->la, dstar
                              ? "positional argument follows keyword "
                                "argument unpacking"
                              : "positional argument follows keyword "
                                "argument");
            return;
        } else {
            push(ctx, pos, a);
        }
    }
}

NodeList awast_args_trailing(ParseCtx *ctx, NodeList *args)
{
    if (!ctx->failed && args->n == 1 && is_bare_genexp(args->items[0]))
        error_node(ctx, args->items[0], "Generator expression must be "
                   "parenthesized");
    return *args;
}

Node *awast_call(ParseCtx *ctx, Node *func, const Token *lpar, NodeList *args,
                 const Token *rpar)
{
    if (ctx->failed || !func)
        return NULL;
    Node *n = span_node(ctx, N_CALL, func, func);
    if (!n)
        return NULL;
    n->a = func;
    end_tok(n, rpar);
    if (args) {
        Token la = ctx->la;
        ctx->la = *rpar;
        split_args(ctx, args, &n->list1, &n->list2);
        ctx->la = la;
        if (args->n == 1 && is_bare_genexp(args->items[0])) {
            Node *g = args->items[0];
            g->line = lpar->line;
            g->col = lpar->col;
            end_tok(g, rpar);
        }
    }
    return expr_done(ctx, n);
}

Node *awast_kwarg(ParseCtx *ctx, Node *name, const Token *eq, Node *value)
{
    if (ctx->failed || !name || !value)
        return NULL;
    Span s;
    awast_own_span(name, &s);
    s.col++;
    s.end_line = eq->end_line;
    s.end_col = eq->end_col + 1;
    bool paren = awast_is_paren(ctx, name);
    if (name->kind == N_CONST && !paren &&
        (name->op == CONST_TRUE || name->op == CONST_FALSE ||
         name->op == CONST_NONE))
        return awparse_error_span(ctx, &s, "cannot assign to %s",
                                  awast_expr_name(name));
    if (name->kind != N_NAME || paren)
        return awparse_error_span(ctx, &s, "expression cannot contain "
                                  "assignment, perhaps you meant \"==\"?");
    Node *n = span_node(ctx, N_KEYWORD, name, value);
    if (n) {
        n->str = name->str;
        n->a = value;
    }
    return n;
}

Node *awast_kwarg_genexp(ParseCtx *ctx, Node *name, const Token *eq)
{
    if (ctx->failed || !name)
        return NULL;
    Span s;
    awast_own_span(name, &s);
    s.col++;
    s.end_line = eq->end_line;
    s.end_col = eq->end_col + 1;
    if (name->kind != N_NAME || awast_is_paren(ctx, name))
        return awparse_error_span(ctx, &s, "expression cannot contain "
                                  "assignment, perhaps you meant \"==\"?");
    return awparse_error_span(ctx, &s, "invalid syntax. Maybe you meant '==' "
                              "or ':=' instead of '='?");
}

Node *awast_dstar_arg(ParseCtx *ctx, const Token *dstar, Node *value)
{
    return prefix_node(ctx, N_KEYWORD, dstar, value);
}

Node *awast_subscript(ParseCtx *ctx, Node *obj, Node *index,
                      const Token *rsqb)
{
    if (ctx->failed || !index)
        return NULL;
    if (index->kind == N_STARRED) /* a[*b] is a[(*b,)] */
        index = awast_tuple1(ctx, index, NULL);
    Node *n = span_node(ctx, N_SUBSCRIPT, obj, obj);
    if (n) {
        n->a = obj;
        n->b = index;
        end_tok(n, rsqb);
    }
    return expr_done(ctx, n);
}

Node *awast_slice(ParseCtx *ctx, Node *lower, const Token *colon1,
                  Node *upper, const Token *colon2, Node *step)
{
    Node *n = tok_node(ctx, N_SLICE, colon1);
    if (!n)
        return NULL;
    if (lower)
        start_at(ctx, n, lower);
    if (step)
        end_at(ctx, n, step);
    else if (colon2)
        end_tok(n, colon2);
    else if (upper)
        end_at(ctx, n, upper);
    n->a = lower;
    n->b = upper;
    n->c = step;
    return n;
}

/* ------------------------------------------------------------------ */
/* Displays                                                            */

Node *awast_tuple(ParseCtx *ctx, NodeList *elts, const Token *comma)
{
    if (ctx->failed)
        return NULL;
    Node *n = span_node(ctx, N_TUPLE, elts->items[0],
                        elts->items[elts->n - 1]);
    if (n) {
        n->list1 = *elts;
        if (comma)
            end_tok(n, comma);
    }
    return n;
}

Node *awast_tuple1(ParseCtx *ctx, Node *elt, const Token *comma)
{
    NodeList l = awast_seq1(ctx, elt);
    return awast_tuple(ctx, &l, comma);
}

static Node *bracket_node(ParseCtx *ctx, NodeKind kind, const Token *open,
                          NodeList *elts, const Token *close)
{
    Node *n = tok_node(ctx, kind, open);
    if (n) {
        end_tok(n, close);
        if (elts)
            n->list1 = *elts;
    }
    return n;
}

Node *awast_group(ParseCtx *ctx, const Token *lpar, Node *inner,
                  const Token *rpar)
{
    if (ctx->failed || !inner)
        return NULL;
    if (inner->kind == N_STARRED && !awast_is_paren(ctx, inner))
        return error_node(ctx, inner, "cannot use starred expression "
                          "here");
    Span s = {lpar->line, lpar->col, rpar->end_line, rpar->end_col};
    if (!paren_put(ctx, inner, &s))
        return awparse_nomem(ctx);
    ctx->last_disj = inner;
    return inner;
}

Node *awast_paren_tuple(ParseCtx *ctx, const Token *lpar, NodeList *elts,
                        const Token *rpar)
{
    Node *n = bracket_node(ctx, N_TUPLE, lpar, elts, rpar);
    if (n)
        n->flags |= NF_PARENTHESIZED;
    return expr_done(ctx, n);
}

Node *awast_paren_tuple1(ParseCtx *ctx, const Token *lpar, Node *elt,
                         const Token *rpar)
{
    NodeList l = awast_seq1(ctx, elt);
    return awast_paren_tuple(ctx, lpar, &l, rpar);
}

Node *awast_list(ParseCtx *ctx, const Token *lsqb, NodeList *elts,
                 const Token *rsqb)
{
    return expr_done(ctx, bracket_node(ctx, N_LIST, lsqb, elts, rsqb));
}

Node *awast_set(ParseCtx *ctx, const Token *lbrace, NodeList *elts,
                const Token *rbrace)
{
    return expr_done(ctx, bracket_node(ctx, N_SET, lbrace, elts, rbrace));
}

Node *awast_dict(ParseCtx *ctx, const Token *lbrace, NodeList *items,
                 const Token *rbrace)
{
    Node *n = bracket_node(ctx, N_DICT, lbrace, NULL, rbrace);
    for (int i = 0; n && items && i < items->n; i++) {
        push(ctx, &n->list1, items->items[i]->a);
        push(ctx, &n->list2, items->items[i]->b);
    }
    return expr_done(ctx, n);
}

Node *awast_dict_item(ParseCtx *ctx, Node *key, Node *value)
{
    Node *n = span_node(ctx, N_KEYWORD, key, value);
    if (n) {
        n->a = key;
        n->b = value;
    }
    return n;
}

Node *awast_dict_dstar(ParseCtx *ctx, const Token *dstar, Node *value)
{
    Node *n = prefix_node(ctx, N_KEYWORD, dstar, value);
    if (n) {
        n->a = NULL;
        n->b = value;
    }
    return n;
}

Node *awast_comp(ParseCtx *ctx, NodeKind kind, const Token *open, Node *elt,
                 Node *value, NodeList *clauses, const Token *close)
{
    if (ctx->failed || !elt)
        return NULL;
    if (elt->kind == N_STARRED && !awast_is_paren(ctx, elt))
        return error_node(ctx, elt, "iterable unpacking cannot be used in "
                          "comprehension");
    Node *n;
    if (open) {
        n = bracket_node(ctx, kind, open, NULL, close);
        if (n && kind == N_GENEXP)
            n->flags |= NF_PARENTHESIZED;
    } else {
        n = span_node(ctx, kind, elt, clauses->items[clauses->n - 1]);
    }
    if (n) {
        n->a = elt;
        n->b = value;
        n->list1 = *clauses;
    }
    return expr_done(ctx, n);
}

Node *awast_comprehension(ParseCtx *ctx, const Token *async_kw,
                          const Token *for_kw, Node *t, Node *iter)
{
    if (!target(ctx, t, TARGET_STORE))
        return NULL;
    Node *n = tok_node(ctx, N_COMPREHENSION, async_kw ? async_kw : for_kw);
    if (n) {
        n->a = t;
        n->b = iter;
        end_at(ctx, n, iter);
        if (async_kw)
            n->flags |= NF_ASYNC;
    }
    return n;
}

void awast_comp_if(ParseCtx *ctx, NodeList *clauses, Node *cond)
{
    if (ctx->failed || !cond || !clauses->n)
        return;
    Node *last = clauses->items[clauses->n - 1];
    push(ctx, &last->list1, cond);
    end_at(ctx, last, cond);
}
