/* Code generation: AST to bytecode for the stack VM of lang/opcodes.h,
 * modelled on CPython 3.11's Python/compile.c (same instruction
 * sequences, exception-table scheme and stack-depth analysis), and
 * awcomp_compile, the front door from source text to a Code object.
 *
 * Passes: constant folding over the AST, the symbol table
 * (lang/symtable.c), then code generation. Each code object is built in a
 * Unit as a list of instructions with symbolic labels. A protected range
 * opens with a pseudo instruction naming its handler, and every
 * instruction records the handler in force when it was emitted; leaving a
 * range (CPython's POP_BLOCK) just restores the outer handler. The
 * assembler computes the stack depth before each instruction by a flow
 * analysis, drops dead code and pseudo instructions, threads jumps, and
 * derives the line table and the exception table (handler depths come
 * from the analysis). */
#include "lang/compile.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lang/opcodes.h"
#include "lang/symtable.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/num.h"
#include "vm/str.h"

/* CPython's limits: keep the value stack small for huge displays and
 * calls, and never fold constants into huge objects. */
#define STACK_USE_GUIDELINE 30
#define MAX_INT_BITS 128
#define MAX_COLLECTION_SIZE 256
#define MAX_STR_SIZE 4096

/* A private ConstKind: the node was folded; node->len indexes
 * Compiler.folded. */
#define CONST_FOLDED 100

/* Generators start with RETURN_GENERATOR; POP_TOP as in CPython 3.11:
 * the call creates the generator, whose first resume pushes the sent
 * None that POP_TOP drops. */
#define EMIT_RETURN_GENERATOR 1

/* Pseudo instruction: start of a protected range (CPython's SETUP_*),
 * removed by the assembler; arg is the handler index. */
enum { OP_SETUP = OP__COUNT + 1 };

typedef enum {
    U_MODULE,
    U_CLASS,
    U_FUNCTION,
    U_ASYNC_FUNCTION,
    U_LAMBDA,
    U_COMPREHENSION
} UnitKind;

typedef struct Loc {
    int32_t line, col, end_line, end_col;
} Loc;

typedef struct Instr {
    uint16_t op;
    int32_t arg;     /* label for jumps, handler for OP_SETUP */
    int32_t handler; /* exception handler in force, or -1 */
    int32_t loc;     /* index into Unit.locs */
} Instr;

/* An exception handler: where a raise inside its range goes. */
typedef struct Handler {
    int32_t label;
    int32_t parent; /* handler in force outside, or -1 */
    uint8_t lasti;  /* push the raising pc below the exception */
    uint8_t effect; /* stack growth at the target: CPython's jump effect */
} Handler;

enum { H_FINALLY, H_CLEANUP, H_WITH };

/* Frame blocks: what break, continue and return must undo on the way
 * out (CPython's fblockinfo). */
typedef enum {
    FB_WHILE,
    FB_FOR,
    FB_ASYNC_FOR,
    FB_TRY_EXCEPT,
    FB_FINALLY_TRY,
    FB_FINALLY_END,
    FB_WITH,
    FB_ASYNC_WITH,
    FB_HANDLER_CLEANUP,
    FB_POP_VALUE,
    FB_EXCEPTION_HANDLER
} FBKind;

typedef struct FBlock {
    FBKind kind;
    int32_t start, exit; /* loop labels */
    int32_t outer;       /* handler in force outside the block */
    Node *node;          /* N_TRY with the finally body, or N_WITH */
    String *name;        /* `except E as name` */
} FBlock;

/* Constants with CPython's merging: equal type and value, -0.0 apart. */
typedef struct ConstTable {
    Value *items;
    uint32_t n, cap;
    uint32_t *index; /* slot -> item + 1 */
    uint32_t mask;
} ConstTable;

typedef struct Unit Unit;
struct Unit {
    Unit *parent;
    Scope *ste;
    UnitKind kind;
    String *name, *qualname, *priv;
    int32_t firstlineno;
    Instr *code;
    uint32_t ncode, capcode;
    Loc *locs;
    uint32_t nlocs, caplocs;
    Loc cur;
    int32_t *labels;
    uint32_t nlabels, caplabels;
    Handler *handlers;
    uint32_t nhandlers, caphandlers;
    int32_t handler;
    FBlock *fblocks;
    uint32_t nfblocks, capfblocks;
    ConstTable consts;
    NameMap names;
    NameMap varnames; /* local -> slot */
    NameMap cellvars; /* cell -> cell index */
    NameMap freevars; /* free -> ncells + index */
    uint32_t argcount, posonly, kwonly;
};

typedef struct Compiler {
    AwState *S;
    SymTable *st;
    Arena *arena; /* the AST's, for nodes made by constant folding */
    List *pool;   /* rooted: every object the compile creates */
    CompSource cs;
    String *filename;
    Unit *u;
    bool failed;      /* an exception is pending */
    ConstTable canon; /* one object per constant across the compile */
    Value *folded;
    uint32_t nfolded, capfolded;
    String *s_name, *s_module, *s_qualname, *s_doc, *s_annotations;
    String *s_classcell, *s_class, *s_debug, *s_join, *s_empty;
    String *s_modname, *s_lambda, *s_listcomp, *s_setcomp, *s_dictcomp;
    String *s_genexpr, *s_return;
} Compiler;

static bool compile_expr(Compiler *c, Node *e);
static bool compile_stmt(Compiler *c, Node *s);
static bool compile_stmts(Compiler *c, const NodeList *l);
static bool compile_store(Compiler *c, Node *t);
static bool jump_if(Compiler *c, Node *e, int32_t target, bool cond);

/* ------------------------------------------------------------------ */
/* Errors and memory                                                   */

static bool fail_nomem(Compiler *c)
{
    if (!c->failed)
        awerr_nomem(c->S);
    c->failed = true;
    return false;
}

/* Marks the compile failed with the exception already pending. */
static bool cfail(Compiler *c)
{
    c->failed = true;
    return false;
}

static bool error_msg_at(Compiler *c, Loc at, const char *msg)
{
    if (!c->failed)
        awcomp_error_at(c->S, &c->cs, at.line, at.col, at.end_line, at.end_col,
                        msg);
    return cfail(c);
}

static bool cerror(Compiler *c, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* SyntaxError at the position being compiled. */
static bool cerror(Compiler *c, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return error_msg_at(c, c->u->cur, buf);
}

/* A SyntaxWarning at the position being compiled, printed as CPython's
 * warnings module does: `file:line: SyntaxWarning: msg` and the stripped
 * source line, unless the file name is a pseudo one like <string>. */
static void cwarn(Compiler *c, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void cwarn(Compiler *c, const char *fmt, ...)
{
    char msg[512], head[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    const char *fn = c->cs.filename;
    int line = c->u->cur.line;
    int n = snprintf(head, sizeof head, "%s:%d: SyntaxWarning: %s\n", fn, line,
                     msg);
    awstate_write_err(c->S, head,
                      (size_t)n < sizeof head ? (size_t)n : sizeof head - 1);
    size_t fl = strlen(fn);
    if (fl && fn[0] == '<' && fn[fl - 1] == '>')
        return;
    char *text = awcomp_line_text(&c->cs, line);
    if (!text)
        return;
    char *b = text, *e = text + strlen(text);
    while (*b == ' ' || *b == '\t' || *b == '\f')
        b++;
    while (e > b && (e[-1] == '\n' || e[-1] == '\r' || e[-1] == ' ' ||
                     e[-1] == '\t' || e[-1] == '\f'))
        e--;
    awstate_write_err(c->S, "  ", 2);
    awstate_write_err(c->S, b, (size_t)(e - b));
    awstate_write_err(c->S, "\n", 1);
    free(text);
}

static Loc node_loc(const Node *n)
{
    return (Loc){n->line, n->col, n->end_line, n->end_col};
}

static void set_loc(Compiler *c, const Node *n)
{
    c->u->cur = node_loc(n);
}

static bool grow(Compiler *c, void **arr, uint32_t *cap, size_t elem)
{
    uint32_t ncap = *cap ? *cap * 2 : 16;
    void *p = realloc(*arr, (size_t)ncap * elem);
    if (!p)
        return fail_nomem(c);
    *arr = p;
    *cap = ncap;
    return true;
}

static bool pool_add(Compiler *c, Value v)
{
    if (!IS_OBJ(v))
        return true;
    if (!awlist_append(c->S, c->pool, v))
        return cfail(c);
    return true;
}

static String *ident_len(Compiler *c, const char *s, size_t len)
{
    String *r = awsym_intern(c->st, s, len);
    if (!r)
        cfail(c);
    return r;
}

static String *ident(Compiler *c, const char *s)
{
    return ident_len(c, s, strlen(s));
}

static String *mangle(Compiler *c, String *name)
{
    String *r = name ? awsym_mangle(c->st, c->u->priv, name) : NULL;
    if (!r)
        cfail(c);
    return r;
}

/* ------------------------------------------------------------------ */
/* Constants                                                           */

static uint64_t mix64(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    return x ^ (x >> 33);
}

static uint64_t bytes_hash64(const void *p, size_t n)
{
    const uint8_t *s = p;
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 1099511628211ULL;
    return h;
}

static uint64_t const_hash(Value v)
{
    switch (v.tag) {
    case VT_NONE: return 1;
    case VT_BOOL: return 2 + v.as.b;
    case VT_INT: return mix64((uint64_t)v.as.i) ^ 3;
    case VT_FLOAT: {
        uint64_t bits;
        memcpy(&bits, &v.as.f, sizeof bits);
        return mix64(bits) ^ 5;
    }
    default: break;
    }
    Obj *o = AS_OBJ(v);
    switch (o->kind) {
    case OBJ_STR: return bytes_hash64(AS_STR(v)->data, AS_STR(v)->len);
    case OBJ_BYTES:
        return bytes_hash64(AS_BYTES(v)->data, AS_BYTES(v)->len) ^ 7;
    case OBJ_BIGINT: {
        mp_int *n = &AS_BIGINT(v)->n;
        return mix64((uint64_t)n->used * 31 + (n->used ? n->dp[0] : 0) +
                     (uint64_t)n->sign);
    }
    case OBJ_TUPLE: {
        Tuple *t = AS_TUPLE(v);
        uint64_t h = 0x345678 + t->len;
        for (size_t i = 0; i < t->len; i++)
            h = mix64(h ^ const_hash(t->items[i]));
        return h;
    }
    default: return mix64((uint64_t)(uintptr_t)o);
    }
}

static bool const_eq(Value a, Value b)
{
    if (a.tag != b.tag)
        return false;
    switch (a.tag) {
    case VT_NULL:
    case VT_NONE: return true;
    case VT_BOOL: return a.as.b == b.as.b;
    case VT_INT: return a.as.i == b.as.i;
    case VT_FLOAT: return memcmp(&a.as.f, &b.as.f, sizeof(double)) == 0;
    default: break;
    }
    Obj *x = AS_OBJ(a), *y = AS_OBJ(b);
    if (x == y)
        return true;
    if (x->kind != y->kind || x->type != y->type)
        return false;
    switch (x->kind) {
    case OBJ_STR:
        return AS_STR(a)->len == AS_STR(b)->len &&
               memcmp(AS_STR(a)->data, AS_STR(b)->data, AS_STR(a)->len) == 0;
    case OBJ_BYTES:
        return AS_BYTES(a)->len == AS_BYTES(b)->len &&
               memcmp(AS_BYTES(a)->data, AS_BYTES(b)->data, AS_BYTES(a)->len) ==
                   0;
    case OBJ_BIGINT: return mp_cmp(&AS_BIGINT(a)->n, &AS_BIGINT(b)->n) == MP_EQ;
    case OBJ_TUPLE: {
        Tuple *s = AS_TUPLE(a), *t = AS_TUPLE(b);
        if (s->len != t->len)
            return false;
        for (size_t i = 0; i < s->len; i++)
            if (!const_eq(s->items[i], t->items[i]))
                return false;
        return true;
    }
    default: return false;
    }
}

static bool ct_grow(Compiler *c, ConstTable *t)
{
    uint32_t ncap = t->cap ? t->cap * 2 : 16;
    Value *items = realloc(t->items, (size_t)ncap * sizeof *items);
    if (!items)
        return fail_nomem(c);
    t->items = items;
    t->cap = ncap;
    uint32_t *idx = calloc((size_t)ncap * 2, sizeof *idx);
    if (!idx)
        return fail_nomem(c);
    free(t->index);
    t->index = idx;
    t->mask = ncap * 2 - 1;
    for (uint32_t e = 0; e < t->n; e++) {
        uint32_t i = (uint32_t)const_hash(t->items[e]) & t->mask;
        while (idx[i])
            i = (i + 1) & t->mask;
        idx[i] = e + 1;
    }
    return true;
}

/* Index of v in t, adding it when absent; -1 on failure. Code objects
 * are never merged. */
static int64_t ct_add(Compiler *c, ConstTable *t, Value v)
{
    bool mergeable = !IS_KIND(v, OBJ_CODE);
    uint32_t i = 0;
    if (mergeable && t->index) {
        i = (uint32_t)const_hash(v) & t->mask;
        for (uint32_t e; (e = t->index[i]) != 0; i = (i + 1) & t->mask)
            if (const_eq(t->items[e - 1], v))
                return e - 1;
    }
    if (t->n == t->cap) {
        if (!ct_grow(c, t))
            return -1;
        if (mergeable) {
            i = (uint32_t)const_hash(v) & t->mask;
            while (t->index[i])
                i = (i + 1) & t->mask;
        }
    }
    t->items[t->n] = v;
    if (mergeable)
        t->index[i] = t->n + 1;
    return t->n++;
}

static void ct_free(ConstTable *t)
{
    free(t->items);
    free(t->index);
    memset(t, 0, sizeof *t);
}

/* The one object of the compile equal to v (CPython's const cache). */
static bool canonical(Compiler *c, Value *v)
{
    if (!IS_OBJ(*v) || IS_KIND(*v, OBJ_CODE))
        return true;
    int64_t i = ct_add(c, &c->canon, *v);
    if (i < 0)
        return false;
    *v = c->canon.items[i];
    return true;
}

static int64_t add_const(Compiler *c, Value v)
{
    if (!canonical(c, &v))
        return -1;
    int64_t i = ct_add(c, &c->u->consts, v);
    if (i > (int64_t)INSTR_MAX_ARG) {
        cerror(c, "too many constants");
        return -1;
    }
    return i;
}

static bool is_identifier_like(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (!(ch == '_' || (ch >= '0' && ch <= '9') ||
              (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')))
            return false;
    }
    return true;
}

/* Interned through the symbol table's cache once it exists (constant
 * folding runs before it). */
static String *intern_any(Compiler *c, const char *s, size_t n)
{
    if (c->st)
        return ident_len(c, s, n);
    String *r = awstr_intern(c->S, s, n);
    if (!r || !pool_add(c, OBJ_VAL(r))) {
        cfail(c);
        return NULL;
    }
    return r;
}

static bool str_const(Compiler *c, const char *s, size_t n, Value *out)
{
    String *str;
    if (is_identifier_like(s, n)) {
        str = intern_any(c, s, n);
    } else {
        str = awstr_new(c->S, s, n);
        if (str && !pool_add(c, OBJ_VAL(str)))
            return false;
    }
    if (!str)
        return cfail(c);
    *out = OBJ_VAL(str);
    return true;
}

/* A literal the runtime rejected (an int over the digit limit) becomes
 * the SyntaxError CPython's parser reports. */
static bool literal_error(Compiler *c, Node *n)
{
    char buf[512];
    snprintf(buf, sizeof buf, "invalid literal");
    if (awerr_matches(c->S, EXC_TYPE(c->S, MemoryError)))
        return cfail(c); /* out of memory: no fault of the literal */
    Value exc = awerr_fetch(c->S);
    if (IS_EXCEPTION(exc)) {
        Tuple *args = AS_EXCEPTION(exc)->args;
        if (args && args->len > 0 && IS_STR(args->items[0]))
            snprintf(buf, sizeof buf, "%s", AS_STR(args->items[0])->data);
    }
    if (strncmp(buf, "Exceeds the limit", 17) == 0)
        snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s",
                 " - Consider hexadecimal for huge integer literals to "
                 "avoid decimal conversion limits.");
    return error_msg_at(c, node_loc(n), buf);
}

static bool int_const(Compiler *c, Node *n, Value *out)
{
    int base =
        (n->flags == 16 || n->flags == 8 || n->flags == 2) ? n->flags : 10;
    if (!awint_parse(c->S, n->str, n->len, base, true, out))
        return literal_error(c, n);
    return pool_add(c, *out);
}

/* The value of an N_CONST node. */
static bool node_const(Compiler *c, Node *n, Value *out)
{
    double d;
    switch (n->op) {
    case CONST_NONE: *out = NONE_VAL; return true;
    case CONST_TRUE:
    case CONST_FALSE: *out = BOOL_VAL(n->op == CONST_TRUE); return true;
    case CONST_ELLIPSIS: *out = OBJ_VAL(c->S->ellipsis); return true;
    case CONST_INT: return int_const(c, n, out) && canonical(c, out);
    case CONST_FLOAT:
        if (!awfloat_parse(c->S, n->str, n->len, true, &d))
            return literal_error(c, n);
        *out = FLOAT_VAL(d);
        return true;
    case CONST_STR:
        return str_const(c, n->str, n->len, out) && canonical(c, out);
    case CONST_BYTES: {
        Bytes *b = awbytes_new(c->S, (const uint8_t *)n->str, n->len);
        if (!b)
            return cfail(c);
        *out = OBJ_VAL(b);
        return pool_add(c, *out) && canonical(c, out);
    }
    case CONST_FOLDED: *out = c->folded[n->len]; return true;
    default:
        return error_msg_at(c, node_loc(n),
                            "complex numbers are not supported");
    }
}

static bool is_const(const Node *n)
{
    return n->kind == N_CONST && n->op != CONST_IMAG;
}

/* ------------------------------------------------------------------ */
/* Constant folding (CPython's ast_opt.c): runs over the whole tree     */
/* before the symbol table. A folded node becomes an N_CONST whose     */
/* value sits in Compiler.folded.                                      */

static bool fold(Compiler *c, Node *n);

/* 1 with *out set when n is a constant, 0 when not, -1 on error. */
static int try_const(Compiler *c, Node *n, Value *out)
{
    if (!is_const(n))
        return 0;
    return node_const(c, n, out) ? 1 : -1;
}

static bool set_folded(Compiler *c, Node *n, Value v)
{
    if (!pool_add(c, v) || !canonical(c, &v))
        return false;
    if (c->nfolded == c->capfolded &&
        !grow(c, (void **)&c->folded, &c->capfolded, sizeof(Value)))
        return false;
    c->folded[c->nfolded] = v;
    n->kind = N_CONST;
    n->op = CONST_FOLDED;
    n->len = c->nfolded++;
    n->a = n->b = n->c = NULL;
    n->list1.n = n->list2.n = 0;
    return true;
}

static bool is_intlike(Value v)
{
    return IS_INT(v) || IS_BOOL(v) || IS_BIGINT(v);
}

static bool small_of(Value v, int64_t *out)
{
    if (IS_INT(v))
        *out = AS_INT(v);
    else if (IS_BOOL(v))
        *out = AS_BOOL(v);
    else
        return false;
    return true;
}

static size_t int_bits(Value v)
{
    if (IS_BIGINT(v))
        return (size_t)mp_count_bits(&AS_BIGINT(v)->n);
    int64_t i = 0;
    small_of(v, &i);
    uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    size_t bits = 0;
    while (m) {
        bits++;
        m >>= 1;
    }
    return bits;
}

static bool int_is_zero(Value v)
{
    return int_bits(v) == 0;
}

/* Length and size limit of a sequence constant for `seq * n`. */
static bool seq_limit(Value v, size_t *len, size_t *limit)
{
    if (IS_STR(v)) {
        *len = AS_STR(v)->ncp;
        *limit = MAX_STR_SIZE;
    } else if (IS_BYTES(v)) {
        *len = AS_BYTES(v)->len;
        *limit = MAX_STR_SIZE;
    } else if (IS_TUPLE(v)) {
        *len = AS_TUPLE(v)->len;
        *limit = MAX_COLLECTION_SIZE;
    } else {
        return false;
    }
    return true;
}

static bool safe_repeat(Value n, Value seq)
{
    size_t len, limit;
    if (!seq_limit(seq, &len, &limit) || len == 0)
        return true;
    int64_t k;
    return small_of(n, &k) && k >= 0 && (uint64_t)k <= limit / len;
}

/* CPython's safe_multiply, safe_power, safe_lshift and safe_mod: never
 * build a huge object at compile time. */
static bool fold_is_safe(int op, Value a, Value b)
{
    bool ints = is_intlike(a) && is_intlike(b);
    int64_t k;
    switch (op) {
    case BINOP_MUL:
        if (ints)
            return int_is_zero(a) || int_is_zero(b) ||
                   int_bits(a) + int_bits(b) <= MAX_INT_BITS;
        if (is_intlike(a))
            return safe_repeat(a, b);
        if (is_intlike(b))
            return safe_repeat(b, a);
        return true;
    case BINOP_POW:
        if (!ints || int_is_zero(a))
            return true;
        if (!small_of(b, &k))
            return awint_sign(b) < 0;
        return k <= 0 || int_bits(a) <= MAX_INT_BITS / (uint64_t)k;
    case BINOP_LSHIFT:
        if (ints && !int_is_zero(a) && !int_is_zero(b)) {
            if (!small_of(b, &k) || k < 0 || k > MAX_INT_BITS)
                return false;
            return int_bits(a) <= (size_t)(MAX_INT_BITS - k);
        }
        return true;
    case BINOP_MOD: return !IS_STR(a) && !IS_BYTES(a);
    default: return true;
    }
}

static bool has_starred(const NodeList *l)
{
    for (int i = 0; i < l->n; i++)
        if (l->items[i]->kind == N_STARRED)
            return true;
    return false;
}

/* ---- "%s %r" % (a, b) -> f"{a!s} {b!r}" (CPython 3.11's
 * optimize_format) ---- */

static Node *fold_str_node(Compiler *c, const Node *at, const char *s, size_t n)
{
    Node *k = awast_node(c->arena, N_CONST, at->line, at->col);
    char *copy = k ? awarena_strdup(c->arena, s, n) : NULL;
    if (!copy) {
        fail_nomem(c);
        return NULL;
    }
    k->end_line = at->end_line;
    k->end_col = at->end_col;
    k->op = CONST_STR;
    k->str = copy;
    k->len = n;
    return k;
}

static bool push_part(Compiler *c, NodeList *parts, Node *part)
{
    if (!part)
        return false;
    return awast_push(c->arena, parts, part) || fail_nomem(c);
}

/* The literal text up to the next conversion, with %% as %. */
static bool format_literal(Compiler *c, const Node *at, const String *fmt,
                           size_t *pos, NodeList *parts)
{
    const char *f = fmt->data;
    size_t start = *pos, p = start, n = 0;
    while (p < fmt->len) {
        if (f[p] != '%')
            p++;
        else if (p + 1 < fmt->len && f[p + 1] == '%')
            p += 2;
        else
            break;
    }
    *pos = p;
    if (p == start)
        return true;
    char *buf = malloc(p - start);
    if (!buf)
        return fail_nomem(c);
    for (size_t i = start; i < p; i++) {
        buf[n++] = f[i];
        if (f[i] == '%')
            i++;
    }
    bool ok = push_part(c, parts, fold_str_node(c, at, buf, n));
    free(buf);
    return ok;
}

/* Digits of a width or precision: CPython optimizes two at most. */
static bool format_digits(const char *f, size_t len, size_t *p, char *ch,
                          int64_t *out)
{
    int digits = 0;
    *out = 0;
    while (*ch >= '0' && *ch <= '9') {
        *out = *out * 10 + (*ch - '0');
        if (*p >= len)
            return false;
        *ch = f[(*p)++];
        if (++digits >= 3)
            return false;
    }
    return true;
}

/* One %s, %r or %a unit after its %: its conversion and the format spec
 * it becomes; 0 for any other unit. */
static int format_unit(const String *fmt, size_t *pos, char *spec_out)
{
    const char *f = fmt->data;
    size_t len = fmt->len, p = *pos;
    bool ljust = false;
    int64_t width = -1, prec = -1;
    char ch;
    do {
        if (p >= len)
            return 0;
        ch = f[p++];
        ljust |= ch == '-';
    } while (ch == '-' || ch == '+' || ch == ' ' || ch == '#' || ch == '0');
    if (ch >= '0' && ch <= '9' && !format_digits(f, len, &p, &ch, &width))
        return 0;
    if (ch == '.') {
        if (p >= len)
            return 0;
        ch = f[p++];
        if (!format_digits(f, len, &p, &ch, &prec))
            return 0;
    }
    if (ch != 's' && ch != 'r' && ch != 'a')
        return 0;
    *pos = p;
    int k = 0;
    if (!ljust && width > 0)
        spec_out[k++] = '>';
    if (width >= 0)
        k += snprintf(spec_out + k, 16, "%d", (int)width);
    if (prec >= 0)
        k += snprintf(spec_out + k, 16, ".%d", (int)prec);
    spec_out[k] = '\0';
    return ch;
}

static Node *format_value(Compiler *c, Node *arg, int conv, const char *spec)
{
    Node *fv = awast_node(c->arena, N_FORMATTED, arg->line, arg->col);
    if (!fv) {
        fail_nomem(c);
        return NULL;
    }
    fv->end_line = arg->end_line;
    fv->end_col = arg->end_col;
    fv->a = arg;
    fv->op = conv;
    if (!*spec)
        return fv;
    fv->b = awast_node(c->arena, N_FSTRING, arg->line, arg->col);
    if (!fv->b) {
        fail_nomem(c);
        return NULL;
    }
    if (!push_part(c, &fv->b->list1, fold_str_node(c, arg, spec, strlen(spec))))
        return NULL;
    return fv;
}

static bool optimize_format(Compiler *c, Node *n, const String *fmt)
{
    const NodeList *elts = &n->b->list1;
    NodeList parts = {0};
    size_t pos = 0;
    int cnt = 0;
    for (;;) {
        if (!format_literal(c, n, fmt, &pos, &parts))
            return false;
        if (pos >= fmt->len)
            break;
        if (cnt >= elts->n)
            return true; /* more conversions than items */
        pos++;
        char spec[48];
        int conv = format_unit(fmt, &pos, spec);
        if (!conv)
            return true;
        if (!push_part(c, &parts,
                       format_value(c, elts->items[cnt++], conv, spec)))
            return false;
    }
    if (cnt < elts->n)
        return true; /* more items than conversions */
    n->kind = N_FSTRING;
    n->op = 0;
    n->a = n->b = NULL;
    n->list1 = parts;
    return true;
}

static bool fold_binop(Compiler *c, Node *n)
{
    if (n->op == BINOP_MOD && n->b->kind == N_TUPLE &&
        !has_starred(&n->b->list1) && is_const(n->a)) {
        Value f;
        if (!node_const(c, n->a, &f))
            return false;
        if (IS_STR(f))
            return optimize_format(c, n, AS_STR(f));
    }
    Value a, b, r;
    int ka = try_const(c, n->a, &a);
    int kb = ka == 1 ? try_const(c, n->b, &b) : 0;
    if (ka < 0 || kb < 0)
        return false;
    if (kb == 0 || n->op < 0 || n->op >= BINOP_COUNT ||
        !fold_is_safe(n->op, a, b))
        return true;
    if (!awobj_binop(c->S, n->op, a, b, &r)) {
        awerr_clear(c->S);
        return true;
    }
    return set_folded(c, n, r);
}

static bool fold_unary(Compiler *c, Node *n)
{
    Value v, r;
    int k = try_const(c, n->a, &v);
    if (k < 0)
        return false;
    if (k == 0) {
        /* not (a is b) -> a is not b, and the same for in */
        Node *cmp = n->a;
        if (n->op == UOP_NOT && cmp->kind == N_COMPARE && cmp->list1.n == 1 &&
            cmp->ops[0] >= CMPK_IN) {
            static const int32_t inverse[] = {CMPK_NOT_IN, CMPK_IN, CMPK_IS_NOT,
                                              CMPK_IS};
            cmp->ops[0] = inverse[cmp->ops[0] - CMPK_IN];
            *n = *cmp;
        }
        return true;
    }
    if (n->op == UOP_NOT) {
        int t = awobj_truthy(c->S, v);
        if (t < 0) {
            awerr_clear(c->S);
            return true;
        }
        return set_folded(c, n, BOOL_VAL(!t));
    }
    int op = n->op == UOP_NEG   ? UNOP_NEG
             : n->op == UOP_POS ? UNOP_POS
                                : UNOP_INVERT;
    if (!awobj_unop(c->S, op, v, &r)) {
        awerr_clear(c->S);
        return true;
    }
    return set_folded(c, n, r);
}

static bool all_const(const NodeList *l)
{
    for (int i = 0; i < l->n; i++)
        if (!is_const(l->items[i]))
            return false;
    return true;
}

/* The tuple of the constant items of l (all_const(l) holds). The values
 * are gathered first: the tuple must be filled without allocating. */
static bool const_tuple(Compiler *c, const NodeList *l, Value *out)
{
    Value small[8];
    size_t n = (size_t)l->n;
    Value *vals = n <= 8 ? small : malloc(n * sizeof *vals);
    if (!vals)
        return fail_nomem(c);
    bool ok = true;
    for (size_t i = 0; ok && i < n; i++)
        ok = node_const(c, l->items[i], &vals[i]);
    if (ok) {
        Tuple *t = awtuple_new(c->S, n);
        if (!t) {
            ok = cfail(c);
        } else {
            for (size_t i = 0; i < n; i++)
                t->items[i] = vals[i];
            *out = OBJ_VAL(t);
            ok = pool_add(c, *out);
        }
    }
    if (vals != small)
        free(vals);
    return ok;
}

static bool const_frozenset(Compiler *c, const NodeList *l, Value *out)
{
    Value tup;
    if (!const_tuple(c, l, &tup))
        return false;
    Set *s = awset_new(c->S, true);
    if (!s || !pool_add(c, OBJ_VAL(s)))
        return cfail(c);
    Tuple *t = AS_TUPLE(tup);
    for (size_t i = 0; i < t->len; i++)
        if (!awset_add(c->S, s, t->items[i]))
            return cfail(c);
    *out = OBJ_VAL(s);
    return true;
}

static bool fold_tuple(Compiler *c, Node *n)
{
    if (n->ctx != CTX_LOAD || !all_const(&n->list1))
        return true;
    Value v;
    return const_tuple(c, &n->list1, &v) && set_folded(c, n, v);
}

/* `for x in [1, 2]` and `x in [1, 2]`: the display becomes a tuple
 * (or frozenset) constant. */
static bool fold_iter(Compiler *c, Node *n)
{
    Value v;
    if (n->kind == N_LIST) {
        if (has_starred(&n->list1))
            return true;
        n->kind = N_TUPLE;
        n->ctx = CTX_LOAD;
        return fold_tuple(c, n);
    }
    if (n->kind == N_SET && all_const(&n->list1))
        return const_frozenset(c, &n->list1, &v) && set_folded(c, n, v);
    return true;
}

static bool fold_subscr(Compiler *c, Node *n)
{
    Value v, k, r;
    int kv = try_const(c, n->a, &v);
    int kk = kv == 1 ? try_const(c, n->b, &k) : 0;
    if (kv < 0 || kk < 0)
        return false;
    if (kk == 0 || !(IS_STR(v) || IS_BYTES(v) || IS_TUPLE(v)) ||
        !(IS_INT(k) || IS_BOOL(k)))
        return true;
    if (!awobj_getitem(c->S, v, k, &r)) {
        awerr_clear(c->S);
        return true;
    }
    return set_folded(c, n, r);
}

static bool fold_list(Compiler *c, const NodeList *l)
{
    for (int i = 0; i < l->n; i++)
        if (l->items[i] && !fold(c, l->items[i]))
            return false;
    return true;
}

static bool fold_children(Compiler *c, Node *n)
{
    if (n->kind == N_CONST)
        return true;
    return (!n->a || fold(c, n->a)) && (!n->b || fold(c, n->b)) &&
           (!n->c || fold(c, n->c)) && fold_list(c, &n->list1) &&
           fold_list(c, &n->list2) && fold_list(c, &n->list3) &&
           fold_list(c, &n->list4);
}

static bool fold_node(Compiler *c, Node *n)
{
    switch (n->kind) {
    case N_UNARYOP: return fold_unary(c, n);
    case N_TUPLE: return fold_tuple(c, n);
    case N_SUBSCRIPT: return n->ctx != CTX_LOAD || fold_subscr(c, n);
    case N_COMPARE: {
        int last = n->list1.n - 1;
        if (last >= 0 &&
            (n->ops[last] == CMPK_IN || n->ops[last] == CMPK_NOT_IN))
            return fold_iter(c, n->list1.items[last]);
        return true;
    }
    case N_FOR: /* not async for, as CPython's AST optimizer */
        return (n->flags & NF_ASYNC) || fold_iter(c, n->b);
    case N_COMPREHENSION: return fold_iter(c, n->b);
    default: return true;
    }
}

/* Left-deep chains (1+1+...+1) are folded without recursing down the
 * left spine. */
static bool fold_binop_chain(Compiler *c, Node *e)
{
    size_t n = 0;
    for (Node *x = e; x->kind == N_BINOP; x = x->a)
        n++;
    Node *small[16];
    Node **spine = n <= 16 ? small : malloc(n * sizeof *spine);
    if (!spine)
        return fail_nomem(c);
    size_t i = 0;
    for (Node *x = e; x->kind == N_BINOP; x = x->a)
        spine[i++] = x;
    bool ok = fold(c, spine[n - 1]->a);
    for (i = n; ok && i-- > 0;)
        ok = fold(c, spine[i]->b) && fold_binop(c, spine[i]);
    if (spine != small)
        free(spine);
    return ok;
}

static bool is_elif(const Node *s)
{
    return s->kind == N_IF && s->list2.n == 1 &&
           s->list2.items[0]->kind == N_IF;
}

static bool fold(Compiler *c, Node *n)
{
    if (n->kind == N_BINOP)
        return fold_binop_chain(c, n);
    if (!awstate_c_enter(c->S, "during compilation"))
        return cfail(c);
    bool ok = true;
    /* an if/elif chain is walked in a loop */
    for (; ok && is_elif(n); n = n->list2.items[0])
        ok = fold(c, n->a) && fold_list(c, &n->list1);
    ok = ok && fold_children(c, n) && fold_node(c, n);
    AW_C_LEAVE(c->S);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Emission                                                            */

static int32_t loc_index(Compiler *c)
{
    Unit *u = c->u;
    if (u->nlocs && memcmp(&u->locs[u->nlocs - 1], &u->cur, sizeof(Loc)) == 0)
        return (int32_t)u->nlocs - 1;
    if (u->nlocs == u->caplocs &&
        !grow(c, (void **)&u->locs, &u->caplocs, sizeof(Loc)))
        return -1;
    u->locs[u->nlocs] = u->cur;
    return (int32_t)u->nlocs++;
}

static void emit(Compiler *c, int op, int64_t arg)
{
    Unit *u = c->u;
    if (c->failed)
        return;
    if (u->ncode == u->capcode &&
        !grow(c, (void **)&u->code, &u->capcode, sizeof(Instr)))
        return;
    int32_t loc = loc_index(c);
    if (loc < 0)
        return;
    u->code[u->ncode++] = (Instr){(uint16_t)op, (int32_t)arg, u->handler, loc};
}

static int32_t new_label(Compiler *c)
{
    Unit *u = c->u;
    if (u->nlabels == u->caplabels &&
        !grow(c, (void **)&u->labels, &u->caplabels, sizeof(int32_t)))
        return 0;
    u->labels[u->nlabels] = -1;
    return (int32_t)u->nlabels++;
}

static void place(Compiler *c, int32_t label)
{
    Unit *u = c->u;
    if (label >= 0 && (uint32_t)label < u->nlabels)
        u->labels[label] = (int32_t)u->ncode;
}

/* Starts a protected range whose exceptions go to label. Returns the
 * handler, now in force. */
static int32_t push_handler(Compiler *c, int32_t label, int kind)
{
    Unit *u = c->u;
    if (u->nhandlers == u->caphandlers &&
        !grow(c, (void **)&u->handlers, &u->caphandlers, sizeof(Handler)))
        return u->handler;
    static const uint8_t lasti[] = {0, 1, 1}, effect[] = {1, 2, 1};
    int32_t h = (int32_t)u->nhandlers++;
    u->handlers[h] = (Handler){label, u->handler, lasti[kind], effect[kind]};
    emit(c, OP_SETUP, h);
    u->handler = h;
    return h;
}

static void emit_const(Compiler *c, Value v)
{
    int64_t i = c->failed ? -1 : add_const(c, v);
    if (i >= 0)
        emit(c, OP_LOAD_CONST, i);
}

static void emit_none(Compiler *c)
{
    emit_const(c, NONE_VAL);
}

static int64_t name_index(Compiler *c, String *name)
{
    Unit *u = c->u;
    int32_t i;
    if (!name)
        return -1;
    if (awnm_get(&u->names, name, &i))
        return i;
    if (u->names.n > INSTR_MAX_ARG) {
        cerror(c, "too many constants");
        return -1;
    }
    if (!awnm_set(&u->names, name, (int32_t)u->names.n)) {
        fail_nomem(c);
        return -1;
    }
    return (int64_t)u->names.n - 1;
}

/* An instruction naming an attribute or global: the name is mangled. */
static void emit_name(Compiler *c, int op, String *name)
{
    int64_t i = name_index(c, mangle(c, name));
    if (i >= 0)
        emit(c, op, i);
}

static void emit_name_raw(Compiler *c, int op, String *name)
{
    int64_t i = name_index(c, name);
    if (i >= 0)
        emit(c, op, i);
}

/* outer: the handler in force outside the block, restored when leaving
 * it (CPython's POP_BLOCK). */
static bool push_fblock(Compiler *c, FBKind kind, int32_t start, int32_t exit,
                        int32_t outer, Node *node, String *name)
{
    Unit *u = c->u;
    if (u->nfblocks == u->capfblocks &&
        !grow(c, (void **)&u->fblocks, &u->capfblocks, sizeof(FBlock)))
        return false;
    u->fblocks[u->nfblocks++] = (FBlock){kind, start, exit, outer, node, name};
    return true;
}

static void pop_fblock(Compiler *c)
{
    c->u->nfblocks--;
}

/* ------------------------------------------------------------------ */
/* Compilation units: one per code object                              */

static int cmp_names(const void *a, const void *b)
{
    const String *x = *(String *const *)a, *y = *(String *const *)b;
    size_t n = x->len < y->len ? x->len : y->len;
    int r = memcmp(x->data, y->data, n);
    return r ? r : (x->len > y->len) - (x->len < y->len);
}

/* The names of sc with the given scope or flag, sorted as CPython sorts
 * cell and free variables. */
static bool sorted_names(Compiler *c, Scope *sc, int scope, int flag,
                         String ***out, uint32_t *n)
{
    const NameMap *m = &sc->symbols;
    uint32_t k = 0;
    String **v = malloc(((size_t)m->n + 1) * sizeof *v);
    if (!v)
        return fail_nomem(c);
    for (uint32_t i = 0; i < m->n; i++) {
        int32_t val = m->vals[i];
        if ((val >> SYM_SCOPE_SHIFT) == scope || (val & flag))
            v[k++] = m->keys[i];
    }
    qsort(v, k, sizeof *v, cmp_names);
    *out = v;
    *n = k;
    return true;
}

/* The free variables of a block, in closure order. */
static bool block_frees(Compiler *c, Scope *sc, String ***out, uint32_t *n)
{
    return sorted_names(c, sc, SC_FREE, SYM_FREE_CLASS, out, n);
}

static bool init_cells(Compiler *c, Unit *u)
{
    String **v;
    uint32_t n;
    if (!sorted_names(c, u->ste, SC_CELL, 0, &v, &n))
        return false;
    bool ok = true;
    for (uint32_t i = 0; ok && i < n; i++)
        ok = awnm_set(&u->cellvars, v[i], (int32_t)i);
    if (ok && u->ste->needs_class_closure)
        ok = awnm_set(&u->cellvars, c->s_class, (int32_t)u->cellvars.n);
    free(v);
    if (!ok)
        return fail_nomem(c);
    if (!block_frees(c, u->ste, &v, &n))
        return false;
    for (uint32_t i = 0; ok && i < n; i++)
        ok = awnm_set(&u->freevars, v[i], (int32_t)(u->cellvars.n + i));
    free(v);
    return ok || fail_nomem(c);
}

/* Locals: the parameters first, then the other local names in order of
 * first appearance. */
static bool init_locals(Compiler *c, Unit *u)
{
    Scope *sc = u->ste;
    if (sc->kind == BLOCK_FUNCTION) {
        for (uint32_t i = 0; i < sc->nparams; i++)
            if (!awnm_get(&u->varnames, sc->params[i], NULL) &&
                !awnm_set(&u->varnames, sc->params[i], (int32_t)u->varnames.n))
                return fail_nomem(c);
        const NameMap *m = &sc->symbols;
        for (uint32_t i = 0; i < m->n; i++) {
            if ((m->vals[i] >> SYM_SCOPE_SHIFT) != SC_LOCAL ||
                awnm_get(&u->varnames, m->keys[i], NULL))
                continue;
            if (!awnm_set(&u->varnames, m->keys[i], (int32_t)u->varnames.n))
                return fail_nomem(c);
        }
    }
    return init_cells(c, u);
}

static bool set_qualname(Compiler *c, Unit *u)
{
    Unit *p = u->parent;
    String *base = NULL;
    bool locals = false;
    if (p && p->kind != U_MODULE) {
        bool force_global = false;
        if (u->kind == U_FUNCTION || u->kind == U_ASYNC_FUNCTION ||
            u->kind == U_CLASS) {
            String *m = awsym_mangle(c->st, p->priv, u->name);
            if (!m)
                return cfail(c);
            force_global = awsym_scope(p->ste, m) == SC_GLOBAL_EXPLICIT;
        }
        if (!force_global) {
            base = p->qualname;
            locals = p->kind == U_FUNCTION || p->kind == U_ASYNC_FUNCTION ||
                     p->kind == U_LAMBDA;
        }
    }
    if (!base) {
        u->qualname = u->name;
        return true;
    }
    String *q = awstr_printf(c->S, "%s%s.%s", base->data,
                             locals ? ".<locals>" : "", u->name->data);
    if (!q)
        return cfail(c);
    u->qualname = q;
    return pool_add(c, OBJ_VAL(q));
}

static void exit_scope(Compiler *c);
static bool internal_error(Compiler *c, const char *what, uint32_t i);

/* Pushes a new unit for the block of node; on failure nothing is
 * pushed. */
static bool enter_scope(Compiler *c, String *name, UnitKind kind, Node *node,
                        int firstlineno)
{
    Unit *u = calloc(1, sizeof *u);
    if (!u)
        return fail_nomem(c);
    u->parent = c->u;
    c->u = u;
    u->kind = kind;
    u->name = name;
    u->firstlineno = firstlineno;
    u->handler = -1;
    u->priv = u->parent ? u->parent->priv : NULL;
    u->cur = (Loc){firstlineno, 0, firstlineno, 0};
    u->ste = kind == U_MODULE ? awsym_top(c->st) : awsym_lookup(c->st, node);
    bool ok = u->ste ? set_qualname(c, u) && init_locals(c, u)
                     : internal_error(c, "no symbol table for block", 0);
    if (ok && EMIT_RETURN_GENERATOR && u->ste->kind == BLOCK_FUNCTION &&
        (u->ste->generator || u->ste->coroutine)) {
        emit(c, OP_RETURN_GENERATOR, 0);
        emit(c, OP_POP_TOP, 0);
    }
    if (!ok || c->failed) {
        exit_scope(c);
        return false;
    }
    return true;
}

static void free_unit(Unit *u)
{
    free(u->code);
    free(u->locs);
    free(u->labels);
    free(u->handlers);
    free(u->fblocks);
    ct_free(&u->consts);
    awnm_free(&u->names);
    awnm_free(&u->varnames);
    awnm_free(&u->cellvars);
    awnm_free(&u->freevars);
    free(u);
}

static void exit_scope(Compiler *c)
{
    Unit *u = c->u;
    c->u = u->parent;
    free_unit(u);
}

/* ------------------------------------------------------------------ */
/* Assembly: stack depth, dead code, jumps, line and exception tables  */

static bool is_jump(int op)
{
    switch (op) {
    case OP_JUMP:
    case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE:
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP:
    case OP_FOR_ITER:
    case OP_SEND: return true;
    default: return false;
    }
}

static bool is_terminator(int op)
{
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS ||
           op == OP_RERAISE;
}

static bool is_deref(int op)
{
    return op == OP_LOAD_DEREF || op == OP_STORE_DEREF ||
           op == OP_DELETE_DEREF || op == OP_LOAD_CLOSURE;
}

static int popcount4(int x)
{
    return (x & 1) + ((x >> 1) & 1) + ((x >> 2) & 1) + ((x >> 3) & 1);
}

/* Stack growth of one instruction, on the branch taken (jump) or not. */
static int stack_effect(int op, int arg, bool jump)
{
    switch (op) {
    case OP_PUSH_NULL:
    case OP_COPY:
    case OP_LOAD_CONST:
    case OP_LOAD_FAST:
    case OP_LOAD_DEREF:
    case OP_LOAD_CLOSURE:
    case OP_LOAD_GLOBAL:
    case OP_LOAD_NAME:
    case OP_LOAD_METHOD:
    case OP_PUSH_EXC_INFO:
    case OP_LOAD_ASSERTION_ERROR:
    case OP_LOAD_BUILD_CLASS:
    case OP_IMPORT_FROM:
    case OP_BEFORE_WITH:
    case OP_WITH_EXCEPT_START:
    case OP_GET_ANEXT:
    case OP_RETURN_GENERATOR: /* the first send's value, see above */ return 1;
    case OP_POP_TOP:
    case OP_STORE_FAST:
    case OP_STORE_DEREF:
    case OP_STORE_GLOBAL:
    case OP_STORE_NAME:
    case OP_DELETE_ATTR:
    case OP_BINARY_OP:
    case OP_COMPARE_OP:
    case OP_IS_OP:
    case OP_CONTAINS_OP:
    case OP_BINARY_SUBSCR:
    case OP_LIST_APPEND:
    case OP_SET_ADD:
    case OP_LIST_EXTEND:
    case OP_SET_UPDATE:
    case OP_DICT_UPDATE:
    case OP_DICT_MERGE:
    case OP_POP_AITER:
    case OP_RETURN_VALUE:
    case OP_POP_EXCEPT:
    case OP_IMPORT_NAME:
    case OP_IMPORT_STAR:
    case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE: return -1;
    case OP_STORE_ATTR:
    case OP_DELETE_SUBSCR:
    case OP_END_ASYNC_FOR:
    case OP_MAP_ADD: return -2;
    case OP_STORE_SUBSCR: return -3;
    case OP_CALL: return -(arg + 1);
    case OP_CALL_KW: return -(arg + 2);
    case OP_CALL_EX: return -(arg + 2);
    case OP_BUILD_SLICE:
    case OP_BUILD_TUPLE:
    case OP_BUILD_LIST:
    case OP_BUILD_SET:
    case OP_BUILD_STRING: return 1 - arg;
    case OP_BUILD_MAP: return 1 - 2 * arg;
    case OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case OP_FOR_ITER: return jump ? -1 : 1;
    case OP_SEND: return jump ? -1 : 0;
    case OP_UNPACK_SEQUENCE: return arg - 1;
    case OP_UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case OP_MAKE_FUNCTION: return -popcount4(arg);
    case OP_RAISE_VARARGS: return -arg;
    case OP_RERAISE: return arg ? -2 : -1;
    default: return 0;
    }
}

typedef struct Asm {
    int32_t *depth;  /* stack depth before each instruction; -1 dead */
    uint32_t *nextk; /* first kept instruction at or after i */
    uint32_t *off;   /* offset of each kept instruction */
    uint32_t ncode, maxdepth;
} Asm;

typedef struct Work {
    uint32_t i;
    int32_t d;
} Work;

static bool internal_error(Compiler *c, const char *what, uint32_t i)
{
    const char *where = c->u && c->u->qualname ? c->u->qualname->data : "?";
    awerr_format(c->S, EXC_SystemError, "compiler: %s at %u in %s", what, i,
                 where);
    return cfail(c);
}

static bool push_work(Compiler *c, Work **w, uint32_t *n, uint32_t *cap,
                      int32_t target, int32_t d)
{
    if (target < 0 || d < 0)
        return internal_error(c, "bad jump", (uint32_t)*n);
    if (*n == *cap && !grow(c, (void **)w, cap, sizeof(Work)))
        return false;
    (*w)[(*n)++] = (Work){(uint32_t)target, d};
    return true;
}

/* Walks one straight run from i; returns false on error. */
static bool depth_run(Compiler *c, Asm *a, Work cur, Work **w, uint32_t *nw,
                      uint32_t *capw)
{
    Unit *u = c->u;
    int32_t d = cur.d;
    for (uint32_t i = cur.i; i < u->ncode; i++) {
        if (a->depth[i] >= 0)
            return a->depth[i] == d ||
                   internal_error(c, "inconsistent stack depth", i);
        a->depth[i] = d;
        Instr *ins = &u->code[i];
        if (ins->op == OP_SETUP) {
            Handler *h = &u->handlers[ins->arg];
            int32_t hd = d + h->effect;
            if (!push_work(c, w, nw, capw, u->labels[h->label], hd))
                return false;
            a->maxdepth =
                (uint32_t)hd > a->maxdepth ? (uint32_t)hd : a->maxdepth;
            continue;
        }
        if (is_jump(ins->op) &&
            !push_work(c, w, nw, capw, u->labels[ins->arg],
                       d + stack_effect(ins->op, ins->arg, true)))
            return false;
        d += stack_effect(ins->op, ins->arg, false);
        if (d < 0)
            return internal_error(c, "stack underflow", i);
        if ((uint32_t)d > a->maxdepth)
            a->maxdepth = (uint32_t)d;
        if (is_terminator(ins->op))
            break;
    }
    return true;
}

/* CPython's stackdepth(): depth before every reachable instruction. */
static bool stackdepth(Compiler *c, Asm *a)
{
    Unit *u = c->u;
    for (uint32_t i = 0; i < u->ncode; i++)
        a->depth[i] = -1;
    Work *w = NULL;
    uint32_t nw = 0, capw = 0;
    bool ok = push_work(c, &w, &nw, &capw, 0, 0);
    while (ok && nw) {
        Work cur = w[--nw];
        ok = depth_run(c, a, cur, &w, &nw, &capw);
    }
    free(w);
    return ok;
}

/* Drops dead code, pseudo instructions and jumps to the next
 * instruction, then numbers what is left. */
static void layout(Compiler *c, Asm *a)
{
    Unit *u = c->u;
    uint32_t n = u->ncode;
    a->nextk[n] = n;
    for (uint32_t i = n; i-- > 0;) {
        Instr *ins = &u->code[i];
        bool keep = a->depth[i] >= 0 && ins->op != OP_SETUP;
        if (keep && ins->op == OP_JUMP) {
            int32_t p = u->labels[ins->arg];
            if (p > (int32_t)i && a->nextk[p] == a->nextk[i + 1])
                keep = false;
        }
        a->nextk[i] = keep ? i : a->nextk[i + 1];
    }
    uint32_t off = 0;
    for (uint32_t i = 0; i < n; i++)
        if (a->nextk[i] == i)
            a->off[i] = off++;
    a->off[n] = off;
    a->ncode = off;
}

static uint32_t label_offset(Compiler *c, Asm *a, int32_t label)
{
    return a->off[a->nextk[c->u->labels[label]]];
}

/* Where a jump to label finally lands: jumps to unconditional jumps are
 * threaded through them. */
static uint32_t jump_offset(Compiler *c, Asm *a, int32_t label)
{
    Unit *u = c->u;
    uint32_t t = a->nextk[u->labels[label]];
    for (int hops = 0; hops < 32 && t < u->ncode && u->code[t].op == OP_JUMP;
         hops++) {
        uint32_t next = a->nextk[u->labels[u->code[t].arg]];
        if (next == t)
            break;
        t = next;
    }
    return a->off[t];
}

static bool emit_words(Compiler *c, Asm *a, uint32_t *words)
{
    Unit *u = c->u;
    uint32_t k = 0, nlocals = u->varnames.n;
    if (a->ncode > INSTR_MAX_ARG)
        return cerror(c, "function too large");
    for (uint32_t i = 0; i < u->ncode; i++) {
        if (a->nextk[i] != i)
            continue;
        Instr *ins = &u->code[i];
        int64_t arg = ins->arg;
        if (is_jump(ins->op))
            arg = jump_offset(c, a, ins->arg);
        else if (is_deref(ins->op))
            arg += nlocals;
        if (arg < 0 || arg > (int64_t)INSTR_MAX_ARG)
            return cerror(c, "function too large");
        words[k++] = INSTR(ins->op, (uint32_t)arg);
    }
    return true;
}

static uint32_t build_lines(Compiler *c, Asm *a, LineEntry *lines)
{
    Unit *u = c->u;
    uint32_t n = 0;
    for (uint32_t i = 0; i < u->ncode; i++) {
        if (a->nextk[i] != i)
            continue;
        Loc *l = &u->locs[u->code[i].loc];
        if (n && lines[n - 1].line == l->line && lines[n - 1].col == l->col &&
            lines[n - 1].end_line == l->end_line &&
            lines[n - 1].end_col == l->end_col)
            continue;
        lines[n++] =
            (LineEntry){a->off[i], l->line, l->col, l->end_line, l->end_col};
    }
    return n;
}

/* The handler as the table will hold it, or -1 if it is never entered. */
static int32_t live_handler(Compiler *c, Asm *a, int32_t h)
{
    if (h < 0)
        return -1;
    int32_t p = c->u->labels[c->u->handlers[h].label];
    if (p < 0 || (uint32_t)p >= c->u->ncode || a->depth[p] < 0)
        return -1;
    return h;
}

static void exc_entry(Compiler *c, Asm *a, ExcEntry *e, int32_t h,
                      uint32_t start, uint32_t end)
{
    Handler *hd = &c->u->handlers[h];
    int32_t p = c->u->labels[hd->label];
    *e = (ExcEntry){start, end, label_offset(c, a, hd->label),
                    (uint32_t)(a->depth[p] - 1 - hd->lasti), hd->lasti};
}

static uint32_t build_exctab(Compiler *c, Asm *a, ExcEntry *tab)
{
    Unit *u = c->u;
    uint32_t n = 0, start = 0;
    int32_t cur = -1;
    for (uint32_t i = 0; i < u->ncode; i++) {
        if (a->nextk[i] != i)
            continue;
        int32_t h = live_handler(c, a, u->code[i].handler);
        if (h == cur)
            continue;
        if (cur >= 0)
            exc_entry(c, a, &tab[n++], cur, start, a->off[i]);
        cur = h;
        start = a->off[i];
    }
    if (cur >= 0)
        exc_entry(c, a, &tab[n++], cur, start, a->ncode);
    return n;
}

static uint32_t code_flags(Unit *u)
{
    Scope *sc = u->ste;
    uint32_t flags = 0;
    if (sc->kind != BLOCK_FUNCTION)
        return 0;
    flags |= CO_FUNCTION;
    if (sc->nested)
        flags |= CO_NESTED;
    if (sc->generator && !sc->coroutine)
        flags |= CO_GENERATOR;
    if (!sc->generator && sc->coroutine)
        flags |= CO_COROUTINE;
    if (sc->generator && sc->coroutine)
        flags |= CO_ASYNC_GENERATOR;
    if (sc->varargs)
        flags |= CO_VARARGS;
    if (sc->varkeywords)
        flags |= CO_VARKEYWORDS;
    return flags;
}

/* awmem copy of n bytes (NULL for none); false when out of memory. */
static bool mem_dup(AwState *S, void **dst, const void *src, size_t n)
{
    *dst = NULL;
    if (n == 0)
        return true;
    *dst = awmem_alloc(S, n);
    if (!*dst)
        return false;
    memcpy(*dst, src, n);
    return true;
}

static bool fill_localnames(Compiler *c, Code *co)
{
    Unit *u = c->u;
    uint32_t nl = u->varnames.n, nc = u->cellvars.n, nf = u->freevars.n;
    size_t total = (size_t)nl + nc + nf;
    /* the sizes first: a Code freed half-built frees what it has */
    co->nlocals = nl;
    co->nfrees = nf;
    co->ncells = nc;
    if (total) {
        co->localnames = awmem_alloc(c->S, total * sizeof(String *));
        if (!co->localnames)
            return false;
        if (nl)
            memcpy(co->localnames, u->varnames.keys, nl * sizeof(String *));
        if (nc)
            memcpy(co->localnames + nl, u->cellvars.keys,
                   nc * sizeof(String *));
        if (nf)
            memcpy(co->localnames + nl + nc, u->freevars.keys,
                   nf * sizeof(String *));
    }
    if (nc) {
        co->cell2arg = awmem_alloc(c->S, nc * sizeof(int32_t));
        if (!co->cell2arg)
            return false;
        for (uint32_t i = 0; i < nc; i++) {
            int32_t idx = -1;
            awnm_get(&u->varnames, u->cellvars.keys[i], &idx);
            co->cell2arg[i] = idx;
        }
    }
    return true;
}

typedef struct Tables {
    uint32_t *words;
    LineEntry *lines;
    uint32_t nlines;
    ExcEntry *exc;
    uint32_t nexc;
} Tables;

static bool fill_code(Compiler *c, Code *co, Asm *a, const Tables *t)
{
    Unit *u = c->u;
    AwState *S = c->S;
    void *p;
    if (!mem_dup(S, &p, t->words, a->ncode * sizeof(uint32_t)))
        return false;
    co->code = p;
    co->ncode = a->ncode;
    if (!mem_dup(S, &p, u->consts.items, u->consts.n * sizeof(Value)))
        return false;
    co->consts = p;
    co->nconsts = u->consts.n;
    if (!mem_dup(S, &p, u->names.keys, u->names.n * sizeof(String *)))
        return false;
    co->names = p;
    co->nnames = u->names.n;
    if (!fill_localnames(c, co))
        return false;
    if (!mem_dup(S, &p, t->lines, t->nlines * sizeof(LineEntry)))
        return false;
    co->lines = p;
    co->nlines = t->nlines;
    if (!mem_dup(S, &p, t->exc, t->nexc * sizeof(ExcEntry)))
        return false;
    co->exctab = p;
    co->nexc = t->nexc;
    return true;
}

static Code *make_code(Compiler *c, Asm *a, const Tables *t)
{
    Unit *u = c->u;
    Code *co = awcode_new(c->S);
    if (!co || !pool_add(c, OBJ_VAL(co))) {
        cfail(c);
        return NULL;
    }
    co->name = u->name;
    co->qualname = u->qualname;
    co->filename = c->filename;
    co->maxstack = a->maxdepth;
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonly;
    co->kwonlyargcount = u->kwonly;
    co->flags = code_flags(u);
    /* a generator's first resume pushes the value sent (None) even when
     * the body never uses the stack */
    if ((co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) &&
        co->maxstack < 1)
        co->maxstack = 1;
    co->firstlineno = u->firstlineno;
    if (!fill_code(c, co, a, t)) {
        fail_nomem(c);
        return NULL;
    }
    return co;
}

static bool label_at_end(Unit *u)
{
    for (uint32_t i = 0; i < u->nlabels; i++)
        if (u->labels[i] == (int32_t)u->ncode)
            return true;
    return false;
}

static Code *assemble_tables(Compiler *c, Asm *a)
{
    Unit *u = c->u;
    Tables t = {0};
    Code *co = NULL;
    t.words = malloc(((size_t)a->ncode + 1) * sizeof *t.words);
    t.lines = malloc(((size_t)a->ncode + 1) * sizeof *t.lines);
    t.exc = malloc(((size_t)a->ncode + 1) * sizeof *t.exc);
    if (!t.words || !t.lines || !t.exc)
        fail_nomem(c);
    else if (emit_words(c, a, t.words)) {
        t.nlines = build_lines(c, a, t.lines);
        t.nexc = build_exctab(c, a, t.exc);
        co = make_code(c, a, &t);
    }
    free(t.words);
    free(t.lines);
    free(t.exc);
    (void)u;
    return co;
}

/* The unit's Code object (kept in the pool), or NULL. */
static Code *assemble(Compiler *c)
{
    Unit *u = c->u;
    if (u->ncode == 0 || !is_terminator(u->code[u->ncode - 1].op) ||
        label_at_end(u)) {
        emit_none(c);
        emit(c, OP_RETURN_VALUE, 0);
    }
    if (c->failed)
        return NULL;
    Asm a = {0};
    size_t n = (size_t)u->ncode + 1;
    a.depth = malloc(n * sizeof *a.depth);
    a.nextk = malloc(n * sizeof *a.nextk);
    a.off = malloc(n * sizeof *a.off);
    Code *co = NULL;
    if (!a.depth || !a.nextk || !a.off)
        fail_nomem(c);
    else if (stackdepth(c, &a)) {
        layout(c, &a);
        co = assemble_tables(c, &a);
    }
    free(a.depth);
    free(a.nextk);
    free(a.off);
    return co;
}

/* ------------------------------------------------------------------ */
/* Names                                                               */

static bool nameop(Compiler *c, String *name, int ctx)
{
    Unit *u = c->u;
    if (!name)
        return false;
    if (name == c->s_debug) {
        if (ctx == CTX_LOAD) {
            emit_const(c, TRUE_VAL);
            return !c->failed;
        }
        return cerror(c, ctx == CTX_STORE ? "cannot assign to __debug__"
                                          : "cannot delete __debug__");
    }
    String *m = mangle(c, name);
    if (!m)
        return false;
    bool fn = u->ste->kind == BLOCK_FUNCTION;
    int32_t idx;
    switch (awsym_scope(u->ste, m)) {
    case SC_FREE:
        if (!awnm_get(&u->freevars, m, &idx))
            return internal_error(c, "unknown free variable", 0);
        goto deref;
    case SC_CELL:
        if (!awnm_get(&u->cellvars, m, &idx))
            return internal_error(c, "unknown cell variable", 0);
    deref:
        emit(c,
             ctx == CTX_LOAD    ? OP_LOAD_DEREF
             : ctx == CTX_STORE ? OP_STORE_DEREF
                                : OP_DELETE_DEREF,
             idx);
        return !c->failed;
    case SC_LOCAL:
        if (!fn)
            break;
        if (!awnm_get(&u->varnames, m, &idx)) {
            idx = (int32_t)u->varnames.n;
            if (!awnm_set(&u->varnames, m, idx))
                return fail_nomem(c);
        }
        emit(c,
             ctx == CTX_LOAD    ? OP_LOAD_FAST
             : ctx == CTX_STORE ? OP_STORE_FAST
                                : OP_DELETE_FAST,
             idx);
        return !c->failed;
    case SC_GLOBAL_IMPLICIT:
        if (!fn)
            break;
        /* fall through */
    case SC_GLOBAL_EXPLICIT:
        emit_name_raw(c,
                      ctx == CTX_LOAD    ? OP_LOAD_GLOBAL
                      : ctx == CTX_STORE ? OP_STORE_GLOBAL
                                         : OP_DELETE_GLOBAL,
                      m);
        return !c->failed;
    default: break;
    }
    emit_name_raw(c,
                  ctx == CTX_LOAD    ? OP_LOAD_NAME
                  : ctx == CTX_STORE ? OP_STORE_NAME
                                     : OP_DELETE_NAME,
                  m);
    return !c->failed;
}

/* ------------------------------------------------------------------ */
/* Expressions                                                         */

/* CPython 3.11 points method loads and calls spanning lines at the
 * attribute name, so that tracebacks underline the right line. */
static void loc_at_attr(Compiler *c, const Node *attr)
{
    Loc *l = &c->u->cur;
    if (l->line == attr->end_line)
        return;
    l->line = attr->end_line;
    int32_t len = (int32_t)strlen(attr->str);
    if (len <= attr->end_col) {
        l->col = attr->end_col - len;
    } else {
        l->col = -1;
        l->end_col = -1;
    }
    if (l->end_line < l->line)
        l->end_line = l->line;
    if (l->line == l->end_line && l->end_col < l->col)
        l->end_col = l->col;
}

static void emit_compare(Compiler *c, int kind)
{
    switch (kind) {
    case CMPK_IN:
    case CMPK_NOT_IN: emit(c, OP_CONTAINS_OP, kind == CMPK_NOT_IN); break;
    case CMPK_IS:
    case CMPK_IS_NOT: emit(c, OP_IS_OP, kind == CMPK_IS_NOT); break;
    default: emit(c, OP_COMPARE_OP, kind);
    }
}

/* ---- CPython's SyntaxWarnings for suspicious literals ---- */

/* The value of a constant node, when it is one. */
static bool literal_value(Compiler *c, Node *e, Value *v)
{
    return is_const(e) && node_const(c, e, v);
}

/* False for a literal other than None, True, False and ... */
static bool is_arg(Compiler *c, Node *e)
{
    Value v;
    if (!literal_value(c, e, &v))
        return true;
    return IS_NONE(v) || IS_BOOL(v) || aw_value_is(v, OBJ_VAL(c->S->ellipsis));
}

static void check_compare(Compiler *c, Node *e)
{
    bool left = is_arg(c, e->a);
    for (int i = 0; i < e->list1.n; i++) {
        bool right = is_arg(c, e->list1.items[i]);
        int op = e->ops[i];
        if ((op == CMPK_IS || op == CMPK_IS_NOT) && (!left || !right)) {
            cwarn(c, op == CMPK_IS
                         ? "\"is\" with a literal. Did you mean \"==\"?"
                         : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

/* The type name a display or literal is known to have, or NULL. */
static const char *infer_type(Compiler *c, Node *e)
{
    Value v;
    switch (e->kind) {
    case N_TUPLE: return "tuple";
    case N_LIST:
    case N_LISTCOMP: return "list";
    case N_DICT:
    case N_DICTCOMP: return "dict";
    case N_SET:
    case N_SETCOMP: return "set";
    case N_GENEXP: return "generator";
    case N_LAMBDA: return "function";
    case N_FSTRING:
    case N_FORMATTED: return "str";
    case N_CONST:
        return literal_value(c, e, &v) ? awobj_typename(c->S, v) : NULL;
    default: return NULL;
    }
}

static void check_caller(Compiler *c, Node *f)
{
    switch (f->kind) {
    case N_CONST:
    case N_TUPLE:
    case N_LIST:
    case N_LISTCOMP:
    case N_DICT:
    case N_DICTCOMP:
    case N_SET:
    case N_SETCOMP:
    case N_GENEXP:
    case N_FSTRING:
    case N_FORMATTED:
        if (infer_type(c, f))
            cwarn(c,
                  "'%.200s' object is not callable; perhaps you missed a "
                  "comma?",
                  infer_type(c, f));
        break;
    default: break;
    }
}

static void check_subscripter(Compiler *c, Node *e)
{
    Value v;
    switch (e->kind) {
    case N_CONST:
        if (!literal_value(c, e, &v) ||
            !(IS_NONE(v) || IS_ANYINT(v) || IS_FLOAT(v) || IS_SET(v) ||
              aw_value_is(v, OBJ_VAL(c->S->ellipsis))))
            return;
        /* fall through */
    case N_SET:
    case N_SETCOMP:
    case N_GENEXP:
    case N_LAMBDA:
        cwarn(c,
              "'%.200s' object is not subscriptable; perhaps you missed "
              "a comma?",
              infer_type(c, e));
        break;
    default: break;
    }
}

static void check_index(Compiler *c, Node *e, Node *s)
{
    Value v;
    const char *index_type = infer_type(c, s);
    if (!index_type || s->kind == N_SLICE ||
        (literal_value(c, s, &v) && (IS_ANYINT(v) || IS_BOOL(v))))
        return;
    switch (e->kind) {
    case N_CONST:
        if (!literal_value(c, e, &v) ||
            !(IS_STR(v) || IS_BYTES(v) || IS_TUPLE(v)))
            return;
        /* fall through */
    case N_TUPLE:
    case N_LIST:
    case N_LISTCOMP:
    case N_FSTRING:
    case N_FORMATTED:
        cwarn(c,
              "%.200s indices must be integers or slices, not %.200s; "
              "perhaps you missed a comma?",
              infer_type(c, e), index_type);
        break;
    default: break;
    }
}

static bool compile_compare(Compiler *c, Node *e)
{
    int n = e->list1.n - 1;
    check_compare(c, e);
    if (!compile_expr(c, e->a))
        return false;
    if (n == 0) {
        if (!compile_expr(c, e->list1.items[0]))
            return false;
        emit_compare(c, e->ops[0]);
        return !c->failed;
    }
    int32_t cleanup = new_label(c), end = new_label(c);
    for (int i = 0; i < n; i++) {
        if (!compile_expr(c, e->list1.items[i]))
            return false;
        emit(c, OP_SWAP, 2);
        emit(c, OP_COPY, 2);
        emit_compare(c, e->ops[i]);
        emit(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    if (!compile_expr(c, e->list1.items[n]))
        return false;
    emit_compare(c, e->ops[n]);
    emit(c, OP_JUMP, end);
    place(c, cleanup);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_TOP, 0);
    place(c, end);
    return !c->failed;
}

static bool compile_boolop(Compiler *c, Node *e)
{
    int32_t end = new_label(c);
    int op = e->op == 0 ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    int n = e->list1.n - 1;
    for (int i = 0; i < n; i++) {
        if (!compile_expr(c, e->list1.items[i]))
            return false;
        emit(c, op, end);
    }
    if (!compile_expr(c, e->list1.items[n]))
        return false;
    place(c, end);
    return !c->failed;
}

/* Left-deep chains (1+1+...+1) compile without recursing down the
 * left spine; each operator keeps its own source span. */
static bool compile_binop(Compiler *c, Node *e)
{
    size_t n = 0;
    for (Node *x = e; x->kind == N_BINOP; x = x->a)
        n++;
    Node *small[16];
    Node **spine = n <= 16 ? small : malloc(n * sizeof *spine);
    if (!spine)
        return fail_nomem(c);
    size_t i = 0;
    for (Node *x = e; x->kind == N_BINOP; x = x->a)
        spine[i++] = x;
    Loc saved = c->u->cur;
    bool ok = compile_expr(c, spine[n - 1]->a);
    for (i = n; ok && i-- > 0;) {
        ok = compile_expr(c, spine[i]->b);
        set_loc(c, spine[i]);
        emit(c, OP_BINARY_OP, spine[i]->op);
    }
    c->u->cur = saved;
    if (spine != small)
        free(spine);
    return ok && !c->failed;
}

static bool compile_unary(Compiler *c, Node *e)
{
    static const int ops[] = {OP_UNARY_NOT, OP_UNARY_NEG, OP_UNARY_POS,
                              OP_UNARY_INVERT};
    if (!compile_expr(c, e->a))
        return false;
    emit(c, ops[e->op & 3], 0);
    return !c->failed;
}

static bool compile_ifexp(Compiler *c, Node *e)
{
    int32_t end = new_label(c), next = new_label(c);
    if (!jump_if(c, e->a, next, false) || !compile_expr(c, e->b))
        return false;
    emit(c, OP_JUMP, end);
    place(c, next);
    if (!compile_expr(c, e->c))
        return false;
    place(c, end);
    return !c->failed;
}

static bool compile_slice(Compiler *c, Node *e)
{
    Node *parts[3] = {e->a, e->b, e->c};
    for (int i = 0; i < 2; i++) {
        if (parts[i]) {
            if (!compile_expr(c, parts[i]))
                return false;
        } else {
            emit_none(c);
        }
    }
    if (e->c && !compile_expr(c, e->c))
        return false;
    emit(c, OP_BUILD_SLICE, e->c ? 3 : 2);
    return !c->failed;
}

static bool compile_attribute(Compiler *c, Node *e, int ctx)
{
    if (!compile_expr(c, e->a))
        return false;
    Loc saved = c->u->cur;
    loc_at_attr(c, e);
    String *name = ident(c, e->str);
    emit_name(c,
              ctx == CTX_LOAD    ? OP_LOAD_ATTR
              : ctx == CTX_STORE ? OP_STORE_ATTR
                                 : OP_DELETE_ATTR,
              name);
    c->u->cur = saved;
    return !c->failed;
}

static bool compile_subscript(Compiler *c, Node *e, int ctx)
{
    if (ctx == CTX_LOAD) {
        check_subscripter(c, e->a);
        check_index(c, e->a, e->b);
    }
    if (!compile_expr(c, e->a) || !compile_expr(c, e->b))
        return false;
    emit(c,
         ctx == CTX_LOAD    ? OP_BINARY_SUBSCR
         : ctx == CTX_STORE ? OP_STORE_SUBSCR
                            : OP_DELETE_SUBSCR,
         0);
    return !c->failed;
}

/* Lists, tuples, sets and call arguments, with *items (CPython's
 * starunpack_helper). `pushed` items are already on the stack. */
static bool starunpack(Compiler *c, const NodeList *elts, int pushed, int build,
                       int add, int extend, bool tuple)
{
    int n = elts->n;
    if (n > 2 && all_const(elts)) {
        Value v;
        bool ok = add == OP_SET_ADD ? const_frozenset(c, elts, &v)
                                    : const_tuple(c, elts, &v);
        if (!ok)
            return false;
        if (tuple && !pushed) {
            emit_const(c, v);
        } else {
            emit(c, build, pushed);
            emit_const(c, v);
            emit(c, extend, 1);
            if (tuple)
                emit(c, OP_LIST_TO_TUPLE, 0);
        }
        return !c->failed;
    }
    bool big = n + pushed > STACK_USE_GUIDELINE;
    if (!has_starred(elts) && !big) {
        for (int i = 0; i < n; i++)
            if (!compile_expr(c, elts->items[i]))
                return false;
        emit(c, tuple ? OP_BUILD_TUPLE : build, n + pushed);
        return !c->failed;
    }
    bool built = false;
    if (big) {
        emit(c, build, pushed);
        built = true;
    }
    for (int i = 0; i < n; i++) {
        Node *elt = elts->items[i];
        if (elt->kind == N_STARRED) {
            if (!built) {
                emit(c, build, i + pushed);
                built = true;
            }
            if (!compile_expr(c, elt->a))
                return false;
            emit(c, extend, 1);
        } else {
            if (!compile_expr(c, elt))
                return false;
            if (built)
                emit(c, add, 1);
        }
    }
    if (tuple)
        emit(c, OP_LIST_TO_TUPLE, 0);
    return !c->failed;
}

static bool compile_display(Compiler *c, Node *e)
{
    switch (e->kind) {
    case N_LIST:
        return starunpack(c, &e->list1, 0, OP_BUILD_LIST, OP_LIST_APPEND,
                          OP_LIST_EXTEND, false);
    case N_TUPLE:
        return starunpack(c, &e->list1, 0, OP_BUILD_LIST, OP_LIST_APPEND,
                          OP_LIST_EXTEND, true);
    default:
        return starunpack(c, &e->list1, 0, OP_BUILD_SET, OP_SET_ADD,
                          OP_SET_UPDATE, false);
    }
}

/* Keys begin..end of a dict display without ** among them. */
static bool compile_subdict(Compiler *c, Node *e, int begin, int end)
{
    int n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (big)
        emit(c, OP_BUILD_MAP, 0);
    for (int i = begin; i < end; i++) {
        if (!compile_expr(c, e->list1.items[i]) ||
            !compile_expr(c, e->list2.items[i]))
            return false;
        if (big)
            emit(c, OP_MAP_ADD, 1);
    }
    if (!big)
        emit(c, OP_BUILD_MAP, n);
    return !c->failed;
}

static bool compile_dict(Compiler *c, Node *e)
{
    int n = e->list2.n, elements = 0;
    bool have_dict = false;
    for (int i = 0; i < n; i++) {
        if (e->list1.items[i] == NULL) {
            if (elements) {
                if (!compile_subdict(c, e, i - elements, i))
                    return false;
                if (have_dict)
                    emit(c, OP_DICT_UPDATE, 1);
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                emit(c, OP_BUILD_MAP, 0);
                have_dict = true;
            }
            if (!compile_expr(c, e->list2.items[i]))
                return false;
            emit(c, OP_DICT_UPDATE, 1);
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            if (!compile_subdict(c, e, i - elements, i + 1))
                return false;
            if (have_dict)
                emit(c, OP_DICT_UPDATE, 1);
            have_dict = true;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        if (!compile_subdict(c, e, n - elements, n))
            return false;
        if (have_dict)
            emit(c, OP_DICT_UPDATE, 1);
        have_dict = true;
    }
    if (!have_dict)
        emit(c, OP_BUILD_MAP, 0);
    return !c->failed;
}

/* ---- calls ---- */

static bool check_keywords(Compiler *c, const NodeList *kws)
{
    for (int i = 0; i < kws->n; i++) {
        Node *k = kws->items[i];
        if (!k->str)
            continue;
        for (int j = i + 1; j < kws->n; j++) {
            Node *o = kws->items[j];
            if (o->str && strcmp(k->str, o->str) == 0) {
                set_loc(c, o);
                return cerror(c, "keyword argument repeated: %s", k->str);
            }
        }
    }
    return true;
}

static bool emit_kwnames(Compiler *c, const NodeList *kws)
{
    Tuple *t = awtuple_new(c->S, (size_t)kws->n);
    if (!t || !pool_add(c, OBJ_VAL(t)))
        return cfail(c);
    for (int i = 0; i < kws->n; i++) {
        String *s = ident(c, kws->items[i]->str);
        if (!s)
            return false;
        t->items[i] = OBJ_VAL(s);
    }
    emit_const(c, OBJ_VAL(t));
    return !c->failed;
}

/* Keywords begin..end, all named, as one dict. */
static bool compile_subkwargs(Compiler *c, const NodeList *kws, int begin,
                              int end)
{
    int n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (big)
        emit(c, OP_BUILD_MAP, 0);
    for (int i = begin; i < end; i++) {
        String *s = ident(c, kws->items[i]->str);
        if (!s)
            return false;
        emit_const(c, OBJ_VAL(s));
        if (!compile_expr(c, kws->items[i]->a))
            return false;
        if (big)
            emit(c, OP_MAP_ADD, 1);
    }
    if (!big)
        emit(c, OP_BUILD_MAP, n);
    return !c->failed;
}

static bool compile_ex_kwargs(Compiler *c, const NodeList *kws)
{
    bool have_dict = false;
    int nseen = 0, n = kws->n;
    for (int i = 0; i < n; i++) {
        Node *kw = kws->items[i];
        if (kw->str) {
            nseen++;
            continue;
        }
        if (nseen) {
            if (!compile_subkwargs(c, kws, i - nseen, i))
                return false;
            if (have_dict)
                emit(c, OP_DICT_MERGE, 1);
            have_dict = true;
            nseen = 0;
        }
        if (!have_dict) {
            emit(c, OP_BUILD_MAP, 0);
            have_dict = true;
        }
        if (!compile_expr(c, kw->a))
            return false;
        emit(c, OP_DICT_MERGE, 1);
    }
    if (nseen) {
        if (!compile_subkwargs(c, kws, n - nseen, n))
            return false;
        if (have_dict)
            emit(c, OP_DICT_MERGE, 1);
    }
    return !c->failed;
}

static bool needs_ex_call(const NodeList *args, const NodeList *kws)
{
    if (args->n + kws->n * 2 > STACK_USE_GUIDELINE || has_starred(args))
        return true;
    for (int i = 0; i < kws->n; i++)
        if (!kws->items[i]->str)
            return true;
    return false;
}

/* Arguments of a call whose callable and NULL (plus `pushed` leading
 * arguments) are on the stack, then the CALL itself. */
static bool call_helper(Compiler *c, int pushed, const NodeList *args,
                        const NodeList *kws)
{
    if (!check_keywords(c, kws))
        return false;
    if (!needs_ex_call(args, kws)) {
        for (int i = 0; i < args->n; i++)
            if (!compile_expr(c, args->items[i]))
                return false;
        for (int i = 0; i < kws->n; i++)
            if (!compile_expr(c, kws->items[i]->a))
                return false;
        if (kws->n) {
            if (!emit_kwnames(c, kws))
                return false;
            emit(c, OP_CALL_KW, pushed + args->n + kws->n);
        } else {
            emit(c, OP_CALL, pushed + args->n);
        }
        return !c->failed;
    }
    if (pushed == 0 && args->n == 1 && args->items[0]->kind == N_STARRED) {
        /* f(*x): CALL_EX makes the tuple, with CPython's TypeError
         * naming the function */
        if (!compile_expr(c, args->items[0]->a))
            return false;
    } else if (!starunpack(c, args, pushed, OP_BUILD_LIST, OP_LIST_APPEND,
                           OP_LIST_EXTEND, true)) {
        return false;
    }
    if (kws->n && !compile_ex_kwargs(c, kws))
        return false;
    emit(c, OP_CALL_EX, kws->n > 0);
    return !c->failed;
}

static bool is_import_originated(Compiler *c, Node *e)
{
    if (e->kind != N_NAME)
        return false;
    String *name = ident(c, e->str);
    return name && (awsym_flags(awsym_top(c->st), name) & SYM_IMPORT);
}

/* o.m(args) as LOAD_METHOD + CALL; 0 when the call does not qualify. */
static int method_call(Compiler *c, Node *e)
{
    Node *meth = e->a;
    const NodeList *args = &e->list1, *kws = &e->list2;
    if (meth->kind != N_ATTRIBUTE || is_import_originated(c, meth->a))
        return 0;
    if (args->n + kws->n + (kws->n != 0) >= STACK_USE_GUIDELINE ||
        needs_ex_call(args, kws))
        return 0;
    if (!check_keywords(c, kws) || !compile_expr(c, meth->a))
        return -1;
    /* LOAD_METHOD at the attribute, the call from the attribute name on */
    Loc saved = c->u->cur;
    set_loc(c, meth);
    loc_at_attr(c, meth);
    emit_name(c, OP_LOAD_METHOD, ident(c, meth->str));
    c->u->cur = saved;
    loc_at_attr(c, meth);
    for (int i = 0; i < args->n; i++)
        if (!compile_expr(c, args->items[i]))
            return -1;
    for (int i = 0; i < kws->n; i++)
        if (!compile_expr(c, kws->items[i]->a))
            return -1;
    if (kws->n) {
        if (!emit_kwnames(c, kws))
            return -1;
        emit(c, OP_CALL_KW, args->n + kws->n);
    } else {
        emit(c, OP_CALL, args->n);
    }
    c->u->cur = saved;
    return c->failed ? -1 : 1;
}

static bool compile_call(Compiler *c, Node *e)
{
    int r = method_call(c, e);
    if (r)
        return r > 0;
    check_caller(c, e->a);
    if (!compile_expr(c, e->a))
        return false;
    emit(c, OP_PUSH_NULL, 0);
    return call_helper(c, 0, &e->list1, &e->list2);
}

/* ---- f-strings ---- */

static bool compile_fstring(Compiler *c, Node *e)
{
    int n = e->list1.n;
    if (n == 0) {
        emit_const(c, OBJ_VAL(c->s_empty));
        return !c->failed;
    }
    if (n > STACK_USE_GUIDELINE) {
        emit_const(c, OBJ_VAL(c->s_empty));
        emit_name(c, OP_LOAD_METHOD, c->s_join);
        emit(c, OP_BUILD_LIST, 0);
        for (int i = 0; i < n; i++) {
            if (!compile_expr(c, e->list1.items[i]))
                return false;
            emit(c, OP_LIST_APPEND, 1);
        }
        emit(c, OP_CALL, 1);
        return !c->failed;
    }
    for (int i = 0; i < n; i++)
        if (!compile_expr(c, e->list1.items[i]))
            return false;
    if (n != 1)
        emit(c, OP_BUILD_STRING, n);
    return !c->failed;
}

static bool compile_formatted(Compiler *c, Node *e)
{
    if (!compile_expr(c, e->a))
        return false;
    int arg = e->op == 's' ? 1 : e->op == 'r' ? 2 : e->op == 'a' ? 3 : 0;
    if (e->b) {
        if (!compile_expr(c, e->b))
            return false;
        arg |= 4;
    }
    emit(c, OP_FORMAT_VALUE, arg);
    return !c->failed;
}

/* ---- yield, await ---- */

/* 1 in an async generator, whose own yields are YIELD_VALUE 1 (CPython
 * marks them with ASYNC_GEN_WRAP): they complete the __anext__() awaited,
 * where the yields of its awaits (YIELD_VALUE 0) go to the event loop. */
static int is_async_gen(Unit *u)
{
    return u->ste->generator && u->ste->coroutine;
}

/* CPython 3.11's send loop: [.. receiver value] -> [.. result]. */
static void yield_from_loop(Compiler *c)
{
    int32_t start = new_label(c), exit = new_label(c);
    place(c, start);
    emit(c, OP_SEND, exit);
    emit(c, OP_YIELD_VALUE, 0);
    emit(c, OP_JUMP, start);
    place(c, exit);
}

static bool compile_yield(Compiler *c, Node *e)
{
    Unit *u = c->u;
    if (u->ste->kind != BLOCK_FUNCTION)
        return cerror(c, "'yield' outside function");
    if (e->kind == N_YIELDFROM) {
        if (u->kind == U_ASYNC_FUNCTION)
            return cerror(c, "'yield from' inside async function");
        if (!compile_expr(c, e->a))
            return false;
        emit(c, OP_GET_YIELD_FROM_ITER, 0);
        emit_none(c);
        yield_from_loop(c);
        return !c->failed;
    }
    if (e->a) {
        if (!compile_expr(c, e->a))
            return false;
    } else {
        emit_none(c);
    }
    emit(c, OP_YIELD_VALUE, is_async_gen(u));
    return !c->failed;
}

static bool compile_await(Compiler *c, Node *e)
{
    Unit *u = c->u;
    if (u->ste->kind != BLOCK_FUNCTION)
        return cerror(c, "'await' outside function");
    if (u->kind != U_ASYNC_FUNCTION && u->kind != U_COMPREHENSION)
        return cerror(c, "'await' outside async function");
    if (!compile_expr(c, e->a))
        return false;
    emit(c, OP_GET_AWAITABLE, 0);
    emit_none(c);
    yield_from_loop(c);
    return !c->failed;
}

/* ---- functions, lambdas, classes, comprehensions ---- */

/* LOAD_CLOSURE of each free variable of a child block, as a tuple.
 * Returns MAKE_FUNCTION's closure flag, or -1. */
static int emit_closure(Compiler *c, Scope *child)
{
    Unit *u = c->u;
    String **frees;
    uint32_t n;
    if (!child)
        return internal_error(c, "no symbol table for block", 0) ? 0 : -1;
    if (!block_frees(c, child, &frees, &n))
        return -1;
    bool ok = true;
    for (uint32_t i = 0; ok && i < n; i++) {
        String *name = frees[i];
        int32_t idx;
        bool cell = (u->kind == U_CLASS && name == c->s_class) ||
                    awsym_scope(u->ste, name) == SC_CELL;
        ok = awnm_get(cell ? &u->cellvars : &u->freevars, name, &idx);
        if (ok)
            emit(c, OP_LOAD_CLOSURE, idx);
        else
            internal_error(c, "closure variable not found", i);
    }
    free(frees);
    if (!ok)
        return -1;
    if (n)
        emit(c, OP_BUILD_TUPLE, n);
    return n ? 8 : 0;
}

/* Positional defaults (a tuple) and keyword-only defaults (a dict). */
static int emit_defaults(Compiler *c, Node *args)
{
    int flags = 0, nkw = 0;
    if (!args)
        return 0;
    const NodeList *defs = &args->list3;
    if (defs->n) {
        if (all_const(defs)) {
            Value v;
            if (!const_tuple(c, defs, &v))
                return -1;
            emit_const(c, v);
        } else {
            for (int i = 0; i < defs->n; i++)
                if (!compile_expr(c, defs->items[i]))
                    return -1;
            emit(c, OP_BUILD_TUPLE, defs->n);
        }
        flags |= 1;
    }
    for (int i = 0; i < args->list2.n && i < args->list4.n; i++) {
        Node *d = args->list4.items[i];
        if (!d)
            continue;
        String *m = mangle(c, ident(c, args->list2.items[i]->str));
        if (!m)
            return -1;
        emit_const(c, OBJ_VAL(m));
        if (!compile_expr(c, d))
            return -1;
        nkw++;
    }
    if (nkw) {
        emit(c, OP_BUILD_MAP, nkw);
        flags |= 2;
    }
    return c->failed ? -1 : flags;
}

static bool emit_annotation(Compiler *c, String *name, Node *ann, int *n)
{
    if (!ann)
        return true;
    String *m = mangle(c, name);
    if (!m)
        return false;
    emit_const(c, OBJ_VAL(m));
    if (ann->kind == N_STARRED) {
        if (!compile_expr(c, ann->a))
            return false;
        emit(c, OP_UNPACK_SEQUENCE, 1);
    } else if (!compile_expr(c, ann)) {
        return false;
    }
    (*n)++;
    return !c->failed;
}

static bool emit_arg_annotation(Compiler *c, Node *arg, int *n)
{
    return emit_annotation(c, ident(c, arg->str), arg->a, n);
}

/* The __annotations__ dict, in CPython 3.11's order: regular parameters
 * before positional-only ones. */
static int emit_annotations(Compiler *c, Node *args, Node *returns)
{
    int n = 0;
    if (args) {
        const NodeList *pos = &args->list1;
        int posonly = args->op;
        bool ok = true;
        for (int i = posonly; ok && i < pos->n; i++)
            ok = emit_arg_annotation(c, pos->items[i], &n);
        for (int i = 0; ok && i < posonly && i < pos->n; i++)
            ok = emit_arg_annotation(c, pos->items[i], &n);
        if (ok && args->a)
            ok = emit_arg_annotation(c, args->a, &n);
        for (int i = 0; ok && i < args->list2.n; i++)
            ok = emit_arg_annotation(c, args->list2.items[i], &n);
        if (ok && args->b)
            ok = emit_arg_annotation(c, args->b, &n);
        if (!ok)
            return -1;
    }
    if (returns && !emit_annotation(c, c->s_return, returns, &n))
        return -1;
    if (n)
        emit(c, OP_BUILD_MAP, n);
    return n ? 4 : 0;
}

/* Everything MAKE_FUNCTION takes besides the code, in its stack order
 * (closure deepest, defaults on top) while evaluating defaults before
 * annotations as CPython does: the closure loads have no side effects,
 * and a SWAP reverses the two or three evaluated items. */
static int function_prelude(Compiler *c, Scope *child, Node *args,
                            Node *returns, bool annotations)
{
    int closure = emit_closure(c, child);
    if (closure < 0)
        return -1;
    int defaults = emit_defaults(c, args);
    if (defaults < 0)
        return -1;
    int ann = annotations ? emit_annotations(c, args, returns) : 0;
    if (ann < 0)
        return -1;
    int k = popcount4(defaults | ann);
    if (k >= 2)
        emit(c, OP_SWAP, k);
    return closure | defaults | ann;
}

static Node *docstring(const NodeList *body)
{
    if (body->n == 0)
        return NULL;
    Node *s = body->items[0];
    if (s->kind != N_EXPR_STMT || !s->a || s->a->kind != N_CONST)
        return NULL;
    return s->a->op == CONST_STR || s->a->op == CONST_FOLDED ? s->a : NULL;
}

static bool function_body(Compiler *c, Node *s)
{
    Unit *u = c->u;
    Node *args = s->a;
    bool lambda = s->kind == N_LAMBDA;
    Node *doc = lambda ? NULL : docstring(&s->list1);
    Value dv = NONE_VAL;
    if (doc && !node_const(c, doc, &dv))
        return false;
    if (!IS_STR(dv)) {
        dv = NONE_VAL;
        doc = NULL;
    }
    if (add_const(c, dv) < 0)
        return false;
    u->argcount = args ? (uint32_t)args->list1.n : 0;
    u->posonly = args ? (uint32_t)args->op : 0;
    u->kwonly = args ? (uint32_t)args->list2.n : 0;
    if (lambda) {
        if (!compile_expr(c, s->b))
            return false;
        emit(c, u->ste->generator ? OP_POP_TOP : OP_RETURN_VALUE, 0);
        return !c->failed;
    }
    for (int i = doc ? 1 : 0; i < s->list1.n; i++)
        if (!compile_stmt(c, s->list1.items[i]))
            return false;
    return true;
}

static Code *function_code(Compiler *c, Node *s, String *name, UnitKind kind,
                           int firstlineno)
{
    if (!enter_scope(c, name, kind, s, firstlineno))
        return NULL;
    Code *co = function_body(c, s) ? assemble(c) : NULL;
    exit_scope(c);
    return co;
}

/* Decorators are evaluated first, each followed by the NULL of its
 * call, and applied innermost first, each call at its decorator's
 * position (as CPython 3.11 does). */
static bool compile_decorators(Compiler *c, const NodeList *decos)
{
    Loc saved = c->u->cur;
    for (int i = 0; i < decos->n; i++) {
        set_loc(c, decos->items[i]);
        if (!compile_expr(c, decos->items[i]))
            return false;
        emit(c, OP_PUSH_NULL, 0);
    }
    c->u->cur = saved;
    return !c->failed;
}

static void apply_decorators(Compiler *c, const NodeList *decos)
{
    Loc saved = c->u->cur;
    for (int i = decos->n; i-- > 0;) {
        set_loc(c, decos->items[i]);
        emit(c, OP_CALL, 1);
    }
    c->u->cur = saved;
}

static bool compile_funcdef(Compiler *c, Node *s)
{
    const NodeList *decos = &s->list2;
    if (!compile_decorators(c, decos))
        return false;
    int firstlineno = decos->n ? decos->items[0]->line : s->line;
    int flags = function_prelude(c, awsym_lookup(c->st, s), s->a, s->b, true);
    String *name = ident(c, s->str);
    if (flags < 0 || !name)
        return false;
    UnitKind kind = (s->flags & NF_ASYNC) ? U_ASYNC_FUNCTION : U_FUNCTION;
    Code *co = function_code(c, s, name, kind, firstlineno);
    if (!co)
        return false;
    emit_const(c, OBJ_VAL(co));
    emit(c, OP_MAKE_FUNCTION, flags);
    apply_decorators(c, decos);
    return nameop(c, name, CTX_STORE);
}

static bool compile_lambda(Compiler *c, Node *e)
{
    int flags = function_prelude(c, awsym_lookup(c->st, e), e->a, NULL, false);
    if (flags < 0)
        return false;
    Code *co = function_code(c, e, c->s_lambda, U_LAMBDA, e->line);
    if (!co)
        return false;
    emit_const(c, OBJ_VAL(co));
    emit(c, OP_MAKE_FUNCTION, flags);
    return !c->failed;
}

static bool compile_body(Compiler *c, const NodeList *stmts);

static bool class_body(Compiler *c, Node *s)
{
    Unit *u = c->u;
    u->priv = u->name;
    if (!nameop(c, c->s_name, CTX_LOAD) || !nameop(c, c->s_module, CTX_STORE))
        return false;
    emit_const(c, OBJ_VAL(u->qualname));
    if (!nameop(c, c->s_qualname, CTX_STORE) || !compile_body(c, &s->list3))
        return false;
    if (u->ste->needs_class_closure) {
        int32_t idx = 0;
        awnm_get(&u->cellvars, c->s_class, &idx);
        emit(c, OP_LOAD_CLOSURE, idx);
        emit(c, OP_COPY, 1);
        if (!nameop(c, c->s_classcell, CTX_STORE))
            return false;
    } else {
        emit_none(c);
    }
    emit(c, OP_RETURN_VALUE, 0);
    return !c->failed;
}

static bool compile_class(Compiler *c, Node *s)
{
    const NodeList *decos = &s->list4;
    if (!compile_decorators(c, decos))
        return false;
    int firstlineno = decos->n ? decos->items[0]->line : s->line;
    String *name = ident(c, s->str);
    if (!name)
        return false;
    emit(c, OP_LOAD_BUILD_CLASS, 0);
    emit(c, OP_PUSH_NULL, 0);
    int flags = emit_closure(c, awsym_lookup(c->st, s));
    if (flags < 0 || !enter_scope(c, name, U_CLASS, s, firstlineno))
        return false;
    Code *co = class_body(c, s) ? assemble(c) : NULL;
    exit_scope(c);
    if (!co)
        return false;
    emit_const(c, OBJ_VAL(co));
    emit(c, OP_MAKE_FUNCTION, flags);
    emit_const(c, OBJ_VAL(name));
    if (!call_helper(c, 2, &s->list1, &s->list2))
        return false;
    apply_decorators(c, decos);
    return nameop(c, name, CTX_STORE);
}

static bool comp_element(Compiler *c, Node *e, CompKind kind, int depth)
{
    if (!compile_expr(c, e->a))
        return false;
    switch (kind) {
    case COMP_GEN:
        emit(c, OP_YIELD_VALUE, is_async_gen(c->u));
        emit(c, OP_POP_TOP, 0);
        break;
    case COMP_LIST: emit(c, OP_LIST_APPEND, depth + 1); break;
    case COMP_SET: emit(c, OP_SET_ADD, depth + 1); break;
    default:
        if (!compile_expr(c, e->b))
            return false;
        emit(c, OP_MAP_ADD, depth + 1);
    }
    return !c->failed;
}

static bool comp_generator(Compiler *c, Node *e, int index, int depth,
                           CompKind kind);

/* The rest of a comprehension inside clause index: the next clause, or
 * the element. */
static bool comp_inner(Compiler *c, Node *e, int index, int depth,
                       CompKind kind)
{
    return index + 1 < e->list1.n
               ? comp_generator(c, e, index + 1, depth, kind)
               : comp_element(c, e, kind, depth);
}

/* An `async for` clause (CPython's compiler_async_comprehension_generator):
 * the iterator's StopAsyncIteration ends the loop at END_ASYNC_FOR. */
static bool comp_async_generator(Compiler *c, Node *e, int index, int depth,
                                 CompKind kind)
{
    Unit *u = c->u;
    Node *gen = e->list1.items[index];
    int32_t start = new_label(c), except = new_label(c);
    int32_t if_cleanup = new_label(c);
    if (index == 0) {
        u->argcount = 1;
        emit(c, OP_LOAD_FAST, 0);
    } else {
        if (!compile_expr(c, gen->b))
            return false;
        emit(c, OP_GET_AITER, 0);
    }
    place(c, start);
    int32_t outer = u->handler;
    push_handler(c, except, H_FINALLY);
    emit(c, OP_GET_ANEXT, 0);
    emit_none(c);
    yield_from_loop(c);
    u->handler = outer;
    if (!compile_store(c, gen->a))
        return false;
    for (int i = 0; i < gen->list1.n; i++)
        if (!jump_if(c, gen->list1.items[i], if_cleanup, false))
            return false;
    if (!comp_inner(c, e, index, depth + 1, kind))
        return false;
    place(c, if_cleanup);
    emit(c, OP_JUMP, start);
    place(c, except);
    emit(c, OP_END_ASYNC_FOR, 0);
    return !c->failed;
}

/* One `for` clause of a comprehension, and the rest inside it. */
static bool comp_generator(Compiler *c, Node *e, int index, int depth,
                           CompKind kind)
{
    Node *gen = e->list1.items[index];
    if (gen->flags & NF_ASYNC)
        return comp_async_generator(c, e, index, depth, kind);
    int32_t start = new_label(c), if_cleanup = new_label(c);
    int32_t anchor = new_label(c);
    bool loop = true;
    if (index == 0) {
        c->u->argcount = 1;
        emit(c, OP_LOAD_FAST, 0);
    } else {
        Node *it = gen->b;
        if ((it->kind == N_LIST || it->kind == N_TUPLE) && it->list1.n == 1 &&
            it->list1.items[0]->kind != N_STARRED) {
            /* for y in [f(x)]: a plain assignment */
            if (!compile_expr(c, it->list1.items[0]))
                return false;
            loop = false;
        } else {
            if (!compile_expr(c, it))
                return false;
            emit(c, OP_GET_ITER, 0);
        }
    }
    if (loop) {
        depth++;
        place(c, start);
        emit(c, OP_FOR_ITER, anchor);
    }
    if (!compile_store(c, gen->a))
        return false;
    for (int i = 0; i < gen->list1.n; i++)
        if (!jump_if(c, gen->list1.items[i], if_cleanup, false))
            return false;
    if (!comp_inner(c, e, index, depth, kind))
        return false;
    place(c, if_cleanup);
    if (loop) {
        emit(c, OP_JUMP, start);
        place(c, anchor);
    }
    return !c->failed;
}

static bool comprehension_body(Compiler *c, Node *e, CompKind kind,
                               UnitKind outer)
{
    set_loc(c, e);
    bool is_async = c->u->ste->coroutine;
    if (is_async && kind != COMP_GEN && outer != U_ASYNC_FUNCTION &&
        outer != U_COMPREHENSION)
        return cerror(c, "asynchronous comprehension outside of an "
                         "asynchronous function");
    static const int builds[] = {0, OP_BUILD_LIST, OP_BUILD_SET, OP_BUILD_MAP,
                                 0};
    if (kind != COMP_GEN)
        emit(c, builds[kind], 0);
    if (!comp_generator(c, e, 0, 0, kind))
        return false;
    if (kind != COMP_GEN)
        emit(c, OP_RETURN_VALUE, 0);
    return !c->failed;
}

static bool compile_comprehension(Compiler *c, Node *e, CompKind kind)
{
    String *names[] = {NULL, c->s_listcomp, c->s_setcomp, c->s_dictcomp,
                       c->s_genexpr};
    UnitKind outer = c->u->kind;
    int flags = emit_closure(c, awsym_lookup(c->st, e));
    if (flags < 0 || !enter_scope(c, names[kind], U_COMPREHENSION, e, e->line))
        return false;
    bool is_async = c->u->ste->coroutine;
    Code *co = comprehension_body(c, e, kind, outer) ? assemble(c) : NULL;
    exit_scope(c);
    if (!co)
        return false;
    emit_const(c, OBJ_VAL(co));
    emit(c, OP_MAKE_FUNCTION, flags);
    emit(c, OP_PUSH_NULL, 0);
    Node *first = e->list1.items[0];
    if (!compile_expr(c, first->b))
        return false;
    emit(c, (first->flags & NF_ASYNC) ? OP_GET_AITER : OP_GET_ITER, 0);
    emit(c, OP_CALL, 1);
    if (is_async && kind != COMP_GEN) {
        emit(c, OP_GET_AWAITABLE, 0);
        emit_none(c);
        yield_from_loop(c);
    }
    return !c->failed;
}

/* ---- conditional jumps (CPython's compiler_jump_if) ---- */

static bool jump_if_boolop(Compiler *c, Node *e, int32_t target, bool cond)
{
    bool cond2 = e->op == 1; /* or */
    int32_t next2 = cond2 != cond ? new_label(c) : target;
    int n = e->list1.n - 1;
    for (int i = 0; i < n; i++)
        if (!jump_if(c, e->list1.items[i], next2, cond2))
            return false;
    if (!jump_if(c, e->list1.items[n], target, cond))
        return false;
    if (next2 != target)
        place(c, next2);
    return !c->failed;
}

static bool jump_if_ifexp(Compiler *c, Node *e, int32_t target, bool cond)
{
    int32_t end = new_label(c), next2 = new_label(c);
    if (!jump_if(c, e->a, next2, false) || !jump_if(c, e->b, target, cond))
        return false;
    emit(c, OP_JUMP, end);
    place(c, next2);
    if (!jump_if(c, e->c, target, cond))
        return false;
    place(c, end);
    return !c->failed;
}

static bool is_none_const(Compiler *c, Node *n)
{
    Value v;
    return is_const(n) && node_const(c, n, &v) && IS_NONE(v);
}

static bool jump_if_chain(Compiler *c, Node *e, int32_t target, bool cond)
{
    int n = e->list1.n - 1;
    int32_t cleanup = new_label(c), end = new_label(c);
    if (!compile_expr(c, e->a))
        return false;
    for (int i = 0; i < n; i++) {
        if (!compile_expr(c, e->list1.items[i]))
            return false;
        emit(c, OP_SWAP, 2);
        emit(c, OP_COPY, 2);
        emit_compare(c, e->ops[i]);
        emit(c, OP_POP_JUMP_IF_FALSE, cleanup);
    }
    int op = e->ops[n];
    if ((op == CMPK_IS || op == CMPK_IS_NOT) &&
        is_none_const(c, e->list1.items[n])) {
        /* ... is None: POP_JUMP_IF_NONE, as CPython's peephole */
        bool not_none = (op == CMPK_IS_NOT) != !cond;
        emit(c, not_none ? OP_POP_JUMP_IF_NOT_NONE : OP_POP_JUMP_IF_NONE,
             target);
    } else {
        if (!compile_expr(c, e->list1.items[n]))
            return false;
        emit_compare(c, op);
        emit(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, target);
    }
    emit(c, OP_JUMP, end);
    place(c, cleanup);
    emit(c, OP_POP_TOP, 0);
    if (!cond)
        emit(c, OP_JUMP, target);
    place(c, end);
    return !c->failed;
}

/* 1 when handled, 0 for the general case, -1 on error. */
static int jump_if_special(Compiler *c, Node *e, int32_t target, bool cond)
{
    Value v;
    switch (e->kind) {
    case N_UNARYOP:
        if (e->op != UOP_NOT)
            return 0;
        return jump_if(c, e->a, target, !cond) ? 1 : -1;
    case N_BOOLOP: return jump_if_boolop(c, e, target, cond) ? 1 : -1;
    case N_IFEXP: return jump_if_ifexp(c, e, target, cond) ? 1 : -1;
    case N_COMPARE:
        /* the position stays on the comparison after the jump, so that
         * an assert's raise points at it (CPython 3.11) */
        set_loc(c, e);
        if (e->list1.n > 1) {
            check_compare(c, e);
            return jump_if_chain(c, e, target, cond) ? 1 : -1;
        }
        if ((e->ops[0] == CMPK_IS || e->ops[0] == CMPK_IS_NOT) &&
            is_none_const(c, e->list1.items[0])) {
            check_compare(c, e);
            /* x is None: POP_JUMP_IF_NONE, as CPython's peephole */
            if (!compile_expr(c, e->a))
                return -1;
            bool not_none = (e->ops[0] == CMPK_IS_NOT) != !cond;
            emit(c, not_none ? OP_POP_JUMP_IF_NOT_NONE : OP_POP_JUMP_IF_NONE,
                 target);
            return c->failed ? -1 : 1;
        }
        return 0;
    case N_CONST:
        if (!is_const(e))
            return 0;
        if (!node_const(c, e, &v))
            return -1;
        int t = awobj_truthy(c->S, v);
        if (t < 0)
            return cfail(c) ? 1 : -1;
        if ((t != 0) == cond)
            emit(c, OP_JUMP, target);
        return c->failed ? -1 : 1;
    default: return 0;
    }
}

/* Jumps to target when e's truth equals cond; falls through otherwise. */
static bool jump_if(Compiler *c, Node *e, int32_t target, bool cond)
{
    if (!awstate_c_enter(c->S, "during compilation"))
        return cfail(c);
    int r = jump_if_special(c, e, target, cond);
    if (r == 0 && compile_expr(c, e))
        emit(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, target);
    AW_C_LEAVE(c->S);
    return r >= 0 && !c->failed;
}

/* ---- the dispatcher ---- */

static bool compile_namedexpr(Compiler *c, Node *e)
{
    if (!compile_expr(c, e->b))
        return false;
    emit(c, OP_COPY, 1);
    return compile_store(c, e->a);
}

static bool compile_constant(Compiler *c, Node *e)
{
    Value v;
    if (!node_const(c, e, &v))
        return false;
    emit_const(c, v);
    return !c->failed;
}

static bool expr_kind(Compiler *c, Node *e)
{
    switch (e->kind) {
    case N_NAME: return nameop(c, ident(c, e->str), CTX_LOAD);
    case N_CONST: return compile_constant(c, e);
    case N_FSTRING: return compile_fstring(c, e);
    case N_FORMATTED: return compile_formatted(c, e);
    case N_BOOLOP: return compile_boolop(c, e);
    case N_BINOP: return compile_binop(c, e);
    case N_UNARYOP: return compile_unary(c, e);
    case N_COMPARE: return compile_compare(c, e);
    case N_CALL: return compile_call(c, e);
    case N_ATTRIBUTE: return compile_attribute(c, e, CTX_LOAD);
    case N_SUBSCRIPT: return compile_subscript(c, e, CTX_LOAD);
    case N_SLICE: return compile_slice(c, e);
    case N_STARRED: return cerror(c, "can't use starred expression here");
    case N_TUPLE:
    case N_LIST:
    case N_SET: return compile_display(c, e);
    case N_DICT: return compile_dict(c, e);
    case N_LISTCOMP: return compile_comprehension(c, e, COMP_LIST);
    case N_SETCOMP: return compile_comprehension(c, e, COMP_SET);
    case N_DICTCOMP: return compile_comprehension(c, e, COMP_DICT);
    case N_GENEXP: return compile_comprehension(c, e, COMP_GEN);
    case N_IFEXP: return compile_ifexp(c, e);
    case N_LAMBDA: return compile_lambda(c, e);
    case N_NAMEDEXPR: return compile_namedexpr(c, e);
    case N_AWAIT: return compile_await(c, e);
    case N_YIELD:
    case N_YIELDFROM: return compile_yield(c, e);
    default: return internal_error(c, "unexpected expression node", e->kind);
    }
}

static bool compile_expr(Compiler *c, Node *e)
{
    if (c->failed)
        return false;
    if (!awstate_c_enter(c->S, "during compilation"))
        return cfail(c);
    Unit *u = c->u;
    Loc saved = u->cur;
    set_loc(c, e);
    bool ok = expr_kind(c, e);
    u->cur = saved;
    AW_C_LEAVE(c->S);
    return ok && !c->failed;
}

/* ------------------------------------------------------------------ */
/* Assignment targets                                                  */

static bool unpack_helper(Compiler *c, const NodeList *elts)
{
    int n = elts->n;
    bool seen = false;
    for (int i = 0; i < n; i++) {
        if (elts->items[i]->kind != N_STARRED)
            continue;
        if (seen)
            return cerror(c, "multiple starred expressions in assignment");
        if (i >= (1 << 8) || n - i - 1 >= (int)(INSTR_MAX_ARG >> 8))
            return cerror(c, "too many expressions in star-unpacking "
                             "assignment");
        emit(c, OP_UNPACK_EX, i + ((n - i - 1) << 8));
        seen = true;
    }
    if (!seen)
        emit(c, OP_UNPACK_SEQUENCE, n);
    return !c->failed;
}

static bool store_kind(Compiler *c, Node *t)
{
    switch (t->kind) {
    case N_NAME: return nameop(c, ident(c, t->str), CTX_STORE);
    case N_ATTRIBUTE: return compile_attribute(c, t, CTX_STORE);
    case N_SUBSCRIPT: return compile_subscript(c, t, CTX_STORE);
    case N_TUPLE:
    case N_LIST:
        if (!unpack_helper(c, &t->list1))
            return false;
        for (int i = 0; i < t->list1.n; i++) {
            Node *elt = t->list1.items[i];
            if (!compile_store(c, elt->kind == N_STARRED ? elt->a : elt))
                return false;
        }
        return true;
    case N_STARRED:
        return cerror(c, "starred assignment target must be in a list or "
                         "tuple");
    default: return internal_error(c, "bad assignment target", t->kind);
    }
}

/* Stores TOS into a target (whatever ctx the parser recorded). */
static bool compile_store(Compiler *c, Node *t)
{
    if (c->failed)
        return false;
    if (!awstate_c_enter(c->S, "during compilation"))
        return cfail(c);
    Unit *u = c->u;
    Loc saved = u->cur;
    set_loc(c, t);
    bool ok = store_kind(c, t);
    u->cur = saved;
    AW_C_LEAVE(c->S);
    return ok && !c->failed;
}

static bool del_kind(Compiler *c, Node *t)
{
    switch (t->kind) {
    case N_NAME: return nameop(c, ident(c, t->str), CTX_DEL);
    case N_ATTRIBUTE: return compile_attribute(c, t, CTX_DEL);
    case N_SUBSCRIPT: return compile_subscript(c, t, CTX_DEL);
    case N_TUPLE:
    case N_LIST:
        for (int i = 0; i < t->list1.n; i++)
            if (!del_kind(c, t->list1.items[i]))
                return false;
        return true;
    default: return internal_error(c, "bad del target", t->kind);
    }
}

static bool compile_del(Compiler *c, Node *t)
{
    if (!awstate_c_enter(c->S, "during compilation"))
        return cfail(c);
    set_loc(c, t);
    bool ok = del_kind(c, t);
    AW_C_LEAVE(c->S);
    return ok && !c->failed;
}

/* ------------------------------------------------------------------ */
/* Simple statements                                                   */

/* a, b = b, a: BUILD_TUPLE + UNPACK_SEQUENCE become a SWAP (CPython's
 * peephole). */
static bool swappable(Node *v, Node *t)
{
    int n = v->list1.n;
    return v->kind == N_TUPLE && (t->kind == N_TUPLE || t->kind == N_LIST) &&
           n == t->list1.n && n >= 1 && n <= 3 && !has_starred(&v->list1) &&
           !has_starred(&t->list1);
}

static bool compile_assign(Compiler *c, Node *s)
{
    const NodeList *ts = &s->list1;
    Node *v = s->a;
    if (ts->n == 1 && swappable(v, ts->items[0])) {
        int n = v->list1.n;
        for (int i = 0; i < n; i++)
            if (!compile_expr(c, v->list1.items[i]))
                return false;
        if (n > 1)
            emit(c, OP_SWAP, n);
        for (int i = 0; i < n; i++)
            if (!compile_store(c, ts->items[0]->list1.items[i]))
                return false;
        return true;
    }
    if (!compile_expr(c, v))
        return false;
    for (int i = 0; i < ts->n; i++) {
        if (i < ts->n - 1)
            emit(c, OP_COPY, 1);
        if (!compile_store(c, ts->items[i]))
            return false;
    }
    return true;
}

static bool compile_augassign(Compiler *c, Node *s)
{
    Node *t = s->a;
    Loc stmt = c->u->cur;
    String *attr = t->kind == N_ATTRIBUTE ? ident(c, t->str) : NULL;
    set_loc(c, t);
    switch (t->kind) {
    case N_ATTRIBUTE:
        if (!compile_expr(c, t->a))
            return false;
        emit(c, OP_COPY, 1);
        loc_at_attr(c, t);
        emit_name(c, OP_LOAD_ATTR, attr);
        break;
    case N_SUBSCRIPT:
        if (!compile_expr(c, t->a) || !compile_expr(c, t->b))
            return false;
        emit(c, OP_COPY, 2);
        emit(c, OP_COPY, 2);
        emit(c, OP_BINARY_SUBSCR, 0);
        break;
    case N_NAME:
        if (!nameop(c, ident(c, t->str), CTX_LOAD))
            return false;
        break;
    default:
        return internal_error(c, "bad augmented assignment target", t->kind);
    }
    c->u->cur = stmt;
    if (!compile_expr(c, s->b))
        return false;
    emit(c, OP_BINARY_OP, s->op + BINOP_INPLACE);
    set_loc(c, t);
    switch (t->kind) {
    case N_ATTRIBUTE:
        loc_at_attr(c, t);
        emit(c, OP_SWAP, 2);
        emit_name(c, OP_STORE_ATTR, attr);
        break;
    case N_SUBSCRIPT:
        emit(c, OP_SWAP, 3);
        emit(c, OP_SWAP, 2);
        emit(c, OP_STORE_SUBSCR, 0);
        break;
    default: return nameop(c, ident(c, t->str), CTX_STORE);
    }
    return !c->failed;
}

/* Annotations of complex targets are evaluated and dropped. */
static bool check_ann_expr(Compiler *c, Node *e)
{
    if (!compile_expr(c, e))
        return false;
    emit(c, OP_POP_TOP, 0);
    return !c->failed;
}

static bool check_ann_subscr(Compiler *c, Node *e)
{
    if (e->kind == N_SLICE) {
        Node *parts[3] = {e->a, e->b, e->c};
        for (int i = 0; i < 3; i++)
            if (parts[i] && !check_ann_expr(c, parts[i]))
                return false;
        return true;
    }
    if (e->kind == N_TUPLE) {
        for (int i = 0; i < e->list1.n; i++)
            if (!check_ann_subscr(c, e->list1.items[i]))
                return false;
        return true;
    }
    return check_ann_expr(c, e);
}

static bool compile_annassign(Compiler *c, Node *s)
{
    Node *t = s->a;
    bool simple = (s->flags & NF_SIMPLE) != 0;
    bool stored = c->u->kind == U_MODULE || c->u->kind == U_CLASS;
    if (s->c && (!compile_expr(c, s->c) || !compile_store(c, t)))
        return false;
    if (t->kind == N_NAME && simple && stored) {
        if (!compile_expr(c, s->b))
            return false;
        emit_name_raw(c, OP_LOAD_NAME, c->s_annotations);
        String *m = mangle(c, ident(c, t->str));
        if (!m)
            return false;
        emit_const(c, OBJ_VAL(m));
        emit(c, OP_STORE_SUBSCR, 0);
    } else if (t->kind == N_ATTRIBUTE && !s->c) {
        if (!check_ann_expr(c, t->a))
            return false;
    } else if (t->kind == N_SUBSCRIPT && !s->c) {
        if (!check_ann_expr(c, t->a) || !check_ann_subscr(c, t->b))
            return false;
    }
    if (!simple && stored && !check_ann_expr(c, s->b))
        return false;
    return !c->failed;
}

/* ---- leaving blocks: break, continue, return ---- */

static void call_exit_with_nones(Compiler *c)
{
    emit(c, OP_PUSH_NULL, 0);
    emit_none(c);
    emit_none(c);
    emit_none(c);
    emit(c, OP_CALL, 3);
}

/* Emits what leaving one block needs (CPython's compiler_unwind_fblock).
 * Setting u->handler is CPython's POP_BLOCK. */
static bool unwind_fblock(Compiler *c, const FBlock *fb, bool preserve_tos)
{
    Unit *u = c->u;
    bool ok = true;
    switch (fb->kind) {
    case FB_WHILE:
    case FB_EXCEPTION_HANDLER: return true;
    case FB_FOR:
    case FB_POP_VALUE:
        if (preserve_tos)
            emit(c, OP_SWAP, 2);
        emit(c, OP_POP_TOP, 0);
        break;
    case FB_ASYNC_FOR:
        u->handler = fb->outer;
        if (preserve_tos)
            emit(c, OP_SWAP, 2);
        emit(c, OP_POP_AITER, 0);
        break;
    case FB_TRY_EXCEPT: u->handler = fb->outer; break;
    case FB_FINALLY_TRY:
        u->handler = fb->outer;
        if (preserve_tos &&
            !push_fblock(c, FB_POP_VALUE, -1, -1, u->handler, NULL, NULL))
            return false;
        ok = compile_stmts(c, &fb->node->list4);
        if (preserve_tos)
            pop_fblock(c);
        break;
    case FB_FINALLY_END:
        if (preserve_tos)
            emit(c, OP_SWAP, 2);
        emit(c, OP_POP_TOP, 0);
        if (preserve_tos)
            emit(c, OP_SWAP, 2);
        u->handler = fb->outer;
        emit(c, OP_POP_EXCEPT, 0);
        break;
    case FB_WITH:
    case FB_ASYNC_WITH:
        set_loc(c, fb->node);
        u->handler = fb->outer;
        if (preserve_tos)
            emit(c, OP_SWAP, 2);
        call_exit_with_nones(c);
        if (fb->kind == FB_ASYNC_WITH) {
            emit(c, OP_GET_AWAITABLE, 2);
            emit_none(c);
            yield_from_loop(c);
        }
        emit(c, OP_POP_TOP, 0);
        break;
    case FB_HANDLER_CLEANUP:
        if (preserve_tos)
            emit(c, OP_SWAP, 2);
        u->handler = fb->outer;
        emit(c, OP_POP_EXCEPT, 0);
        if (fb->name) {
            emit_none(c);
            ok = nameop(c, fb->name, CTX_STORE) && nameop(c, fb->name, CTX_DEL);
        }
        break;
    }
    return ok && !c->failed;
}

/* Unwinds the open blocks from the innermost outwards, stopping at the
 * innermost loop when loop is not NULL (its index goes there, or -1).
 * The block stack is left as it was: finally bodies compiled on the way
 * see only the blocks outside them. */
static bool unwind_stack(Compiler *c, bool preserve_tos, int *loop)
{
    Unit *u = c->u;
    uint32_t n = u->nfblocks;
    if (loop)
        *loop = -1;
    if (n == 0)
        return true;
    FBlock *saved = malloc(n * sizeof *saved);
    if (!saved)
        return fail_nomem(c);
    memcpy(saved, u->fblocks, n * sizeof *saved);
    bool ok = true;
    for (uint32_t i = n; ok && i-- > 0;) {
        FBlock fb = saved[i];
        if (loop && (fb.kind == FB_WHILE || fb.kind == FB_FOR ||
                     fb.kind == FB_ASYNC_FOR)) {
            *loop = (int)i;
            break;
        }
        u->nfblocks = i;
        ok = unwind_fblock(c, &fb, preserve_tos);
    }
    memcpy(u->fblocks, saved, n * sizeof *saved);
    u->nfblocks = n;
    free(saved);
    return ok;
}

static bool compile_break(Compiler *c, Node *s, bool is_break)
{
    Unit *u = c->u;
    int32_t handler = u->handler;
    int loop;
    if (!unwind_stack(c, false, &loop))
        return false;
    set_loc(c, s);
    if (loop < 0)
        return cerror(c, is_break ? "'break' outside loop"
                                  : "'continue' not properly in loop");
    FBlock fb = u->fblocks[loop];
    if (is_break) {
        if (!unwind_fblock(c, &fb, false))
            return false;
        emit(c, OP_JUMP, fb.exit);
    } else {
        emit(c, OP_JUMP, fb.start);
    }
    u->handler = handler;
    return !c->failed;
}

static bool compile_return(Compiler *c, Node *s)
{
    Unit *u = c->u;
    Node *v = s->a;
    bool preserve = v && !is_const(v);
    if (u->ste->kind != BLOCK_FUNCTION)
        return cerror(c, "'return' outside function");
    if (v && u->ste->coroutine && u->ste->generator)
        return cerror(c, "'return' with value in async generator");
    if (preserve && !compile_expr(c, v))
        return false;
    int32_t handler = u->handler;
    if (!unwind_stack(c, preserve, NULL))
        return false;
    set_loc(c, s);
    if (!v)
        emit_none(c);
    else if (!preserve && !compile_expr(c, v))
        return false;
    emit(c, OP_RETURN_VALUE, 0);
    u->handler = handler;
    return !c->failed;
}

static bool compile_raise(Compiler *c, Node *s)
{
    int n = 0;
    if (s->a) {
        if (!compile_expr(c, s->a))
            return false;
        n++;
        if (s->b) {
            if (!compile_expr(c, s->b))
                return false;
            n++;
        }
    }
    emit(c, OP_RAISE_VARARGS, n);
    return !c->failed;
}

static bool compile_assert(Compiler *c, Node *s)
{
    Node *t = s->a;
    Value v;
    if ((t->kind == N_TUPLE && t->list1.n > 0) ||
        (literal_value(c, t, &v) && IS_TUPLE(v) && AS_TUPLE(v)->len > 0))
        cwarn(c, "assertion is always true, perhaps remove parentheses?");
    int32_t end = new_label(c);
    if (!jump_if(c, s->a, end, true))
        return false;
    emit(c, OP_LOAD_ASSERTION_ERROR, 0);
    if (s->b) {
        emit(c, OP_PUSH_NULL, 0);
        if (!compile_expr(c, s->b))
            return false;
        emit(c, OP_CALL, 1);
    }
    emit(c, OP_RAISE_VARARGS, 1);
    place(c, end);
    return !c->failed;
}

static bool import_as(Compiler *c, const char *dotted, String *asname)
{
    const char *dot = strchr(dotted, '.');
    if (!dot)
        return nameop(c, asname, CTX_STORE);
    for (;;) {
        const char *pos = dot + 1;
        dot = strchr(pos, '.');
        size_t n = dot ? (size_t)(dot - pos) : strlen(pos);
        emit_name_raw(c, OP_IMPORT_FROM, ident_len(c, pos, n));
        if (!dot)
            break;
        emit(c, OP_SWAP, 2);
        emit(c, OP_POP_TOP, 0);
    }
    if (!nameop(c, asname, CTX_STORE))
        return false;
    emit(c, OP_POP_TOP, 0);
    return !c->failed;
}

static bool compile_import(Compiler *c, Node *s)
{
    for (int i = 0; i < s->list1.n; i++) {
        Node *a = s->list1.items[i];
        emit_const(c, INT_VAL(0));
        emit_none(c);
        emit_name(c, OP_IMPORT_NAME, ident(c, a->str));
        bool ok;
        if (a->str2) {
            ok = import_as(c, a->str, ident(c, a->str2));
        } else {
            const char *dot = strchr(a->str, '.');
            size_t n = dot ? (size_t)(dot - a->str) : strlen(a->str);
            ok = nameop(c, ident_len(c, a->str, n), CTX_STORE);
        }
        if (!ok)
            return false;
    }
    return !c->failed;
}

static bool compile_importfrom(Compiler *c, Node *s)
{
    int n = s->list1.n;
    emit_const(c, INT_VAL(s->op));
    Tuple *names = awtuple_new(c->S, (size_t)n);
    if (!names || !pool_add(c, OBJ_VAL(names)))
        return cfail(c);
    for (int i = 0; i < n; i++) {
        String *name = ident(c, s->list1.items[i]->str);
        if (!name)
            return false;
        names->items[i] = OBJ_VAL(name);
    }
    emit_const(c, OBJ_VAL(names));
    emit_name(c, OP_IMPORT_NAME, s->str ? ident(c, s->str) : c->s_empty);
    for (int i = 0; i < n; i++) {
        Node *a = s->list1.items[i];
        if (i == 0 && a->str[0] == '*') {
            emit(c, OP_IMPORT_STAR, 0);
            return !c->failed;
        }
        emit_name(c, OP_IMPORT_FROM, ident(c, a->str));
        if (!nameop(c, ident(c, a->str2 ? a->str2 : a->str), CTX_STORE))
            return false;
    }
    emit(c, OP_POP_TOP, 0);
    return !c->failed;
}

/* ------------------------------------------------------------------ */
/* Compound statements                                                 */

/* An if/elif/.../else chain is compiled in a loop, not recursively. */
static bool compile_if(Compiler *c, Node *s)
{
    int32_t end = new_label(c);
    for (;;) {
        bool has_else = s->list2.n > 0;
        int32_t next = has_else ? new_label(c) : end;
        if (!jump_if(c, s->a, next, false) || !compile_stmts(c, &s->list1))
            return false;
        if (!has_else)
            break;
        emit(c, OP_JUMP, end);
        place(c, next);
        if (s->list2.n == 1 && s->list2.items[0]->kind == N_IF) {
            s = s->list2.items[0];
            set_loc(c, s);
            continue;
        }
        if (!compile_stmts(c, &s->list2))
            return false;
        break;
    }
    place(c, end);
    return !c->failed;
}

/* The test is compiled twice, at the top and at the bottom of the loop,
 * as in CPython 3.11. */
static bool compile_while(Compiler *c, Node *s)
{
    int32_t loop = new_label(c), body = new_label(c);
    int32_t anchor = new_label(c), end = new_label(c);
    place(c, loop);
    if (!push_fblock(c, FB_WHILE, loop, end, c->u->handler, NULL, NULL))
        return false;
    if (!jump_if(c, s->a, anchor, false))
        return false;
    place(c, body);
    if (!compile_stmts(c, &s->list1))
        return false;
    set_loc(c, s);
    if (!jump_if(c, s->a, body, true))
        return false;
    pop_fblock(c);
    place(c, anchor);
    if (!compile_stmts(c, &s->list2))
        return false;
    place(c, end);
    return !c->failed;
}

/* CPython 3.11's async for: GET_ANEXT and its await are protected by a
 * handler whose END_ASYNC_FOR ends the loop on StopAsyncIteration. aw adds
 * one handler around the body, so that an exception leaving the loop drops
 * the iterator through POP_AITER as break and return do (an async
 * generator nothing else holds is finalized there, when CPython's
 * reference count would free it). */
static bool compile_async_for(Compiler *c, Node *s)
{
    Unit *u = c->u;
    if (u->kind != U_ASYNC_FUNCTION)
        return cerror(c, "'async for' outside async function");
    int32_t start = new_label(c), except = new_label(c);
    int32_t drop = new_label(c), end = new_label(c);
    int32_t outer = u->handler;
    if (!compile_expr(c, s->b))
        return false;
    emit(c, OP_GET_AITER, 0);
    place(c, start);
    if (!push_fblock(c, FB_ASYNC_FOR, start, end, outer, NULL, NULL))
        return false;
    push_handler(c, except, H_FINALLY);
    emit(c, OP_GET_ANEXT, 0);
    emit_none(c);
    yield_from_loop(c);
    u->handler = outer;
    if (!compile_store(c, s->a))
        return false;
    push_handler(c, drop, H_FINALLY); /* only the iterator on the stack */
    if (!compile_stmts(c, &s->list1))
        return false;
    u->handler = outer;
    emit(c, OP_JUMP, start);
    pop_fblock(c);
    place(c, except);
    set_loc(c, s->b);
    emit(c, OP_END_ASYNC_FOR, 0);
    if (!compile_stmts(c, &s->list2))
        return false;
    emit(c, OP_JUMP, end);
    place(c, drop); /* [.. aiter exc] */
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_AITER, 0);
    emit(c, OP_RERAISE, 0);
    place(c, end);
    return !c->failed;
}

static bool compile_for(Compiler *c, Node *s)
{
    if (s->flags & NF_ASYNC)
        return compile_async_for(c, s);
    int32_t start = new_label(c), cleanup = new_label(c);
    int32_t end = new_label(c);
    if (!push_fblock(c, FB_FOR, start, end, c->u->handler, NULL, NULL))
        return false;
    if (!compile_expr(c, s->b))
        return false;
    emit(c, OP_GET_ITER, 0);
    place(c, start);
    emit(c, OP_FOR_ITER, cleanup);
    if (!compile_store(c, s->a) || !compile_stmts(c, &s->list1))
        return false;
    emit(c, OP_JUMP, start);
    place(c, cleanup);
    pop_fblock(c);
    if (!compile_stmts(c, &s->list2))
        return false;
    place(c, end);
    return !c->failed;
}

/* COPY 3; POP_EXCEPT; RERAISE 1: the landing pad of an exception raised
 * inside a handler, which restores the previous exc_info. */
static void pop_except_and_reraise(Compiler *c)
{
    emit(c, OP_COPY, 3);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_RERAISE, 1);
}

/* One `except` clause; the exception is on the stack above the previous
 * exc_info. `cleanup` is the handler of the whole except block. */
static bool except_clause(Compiler *c, Node *h, int32_t hcleanup, int32_t outer,
                          int32_t end)
{
    Unit *u = c->u;
    if (!h->str) {
        emit(c, OP_POP_TOP, 0);
        if (!push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, outer, NULL, NULL) ||
            !compile_stmts(c, &h->list1))
            return false;
        pop_fblock(c);
        u->handler = outer;
        emit(c, OP_POP_EXCEPT, 0);
        emit(c, OP_JUMP, end);
        return !c->failed;
    }
    /* except E as name: the body runs in a try/finally that deletes
     * name, so that the traceback cycle is broken */
    String *name = ident(c, h->str);
    int32_t cleanup_end = new_label(c);
    if (!nameop(c, name, CTX_STORE))
        return false;
    push_handler(c, cleanup_end, H_CLEANUP);
    if (!push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, outer, NULL, name) ||
        !compile_stmts(c, &h->list1))
        return false;
    pop_fblock(c);
    u->handler = outer;
    emit(c, OP_POP_EXCEPT, 0);
    emit_none(c);
    if (!nameop(c, name, CTX_STORE) || !nameop(c, name, CTX_DEL))
        return false;
    emit(c, OP_JUMP, end);
    place(c, cleanup_end);
    u->handler = hcleanup;
    emit_none(c);
    if (!nameop(c, name, CTX_STORE) || !nameop(c, name, CTX_DEL))
        return false;
    emit(c, OP_RERAISE, 1);
    return !c->failed;
}

static bool except_handlers(Compiler *c, Node *s, int32_t outer, int32_t end)
{
    Unit *u = c->u;
    int32_t cleanup = new_label(c);
    int32_t hcleanup = push_handler(c, cleanup, H_CLEANUP);
    emit(c, OP_PUSH_EXC_INFO, 0);
    if (!push_fblock(c, FB_EXCEPTION_HANDLER, -1, -1, outer, NULL, NULL))
        return false;
    int n = s->list2.n;
    for (int i = 0; i < n; i++) {
        Node *h = s->list2.items[i];
        set_loc(c, h);
        if (!h->a && i < n - 1)
            return cerror(c, "default 'except:' must be last");
        int32_t next = new_label(c);
        if (h->a) {
            if (!compile_expr(c, h->a))
                return false;
            emit(c, OP_CHECK_EXC_MATCH, 0);
            emit(c, OP_POP_JUMP_IF_FALSE, next);
        }
        if (!except_clause(c, h, hcleanup, outer, end))
            return false;
        place(c, next);
        u->handler = hcleanup;
    }
    pop_fblock(c);
    emit(c, OP_RERAISE, 0);
    place(c, cleanup);
    u->handler = outer;
    pop_except_and_reraise(c);
    return !c->failed;
}

static bool compile_try_except(Compiler *c, Node *s)
{
    Unit *u = c->u;
    int32_t except = new_label(c), end = new_label(c);
    int32_t outer = u->handler;
    push_handler(c, except, H_FINALLY);
    if (!push_fblock(c, FB_TRY_EXCEPT, -1, -1, outer, NULL, NULL) ||
        !compile_stmts(c, &s->list1))
        return false;
    pop_fblock(c);
    u->handler = outer;
    if (!compile_stmts(c, &s->list3))
        return false;
    emit(c, OP_JUMP, end);
    place(c, except);
    if (!except_handlers(c, s, outer, end))
        return false;
    place(c, end);
    return !c->failed;
}

/* The finally body is compiled twice: on the normal path and in the
 * exception handler (and once more at each break/continue/return that
 * leaves the try body). */
static bool compile_try_finally(Compiler *c, Node *s)
{
    Unit *u = c->u;
    int32_t end = new_label(c), exit = new_label(c);
    int32_t cleanup = new_label(c);
    int32_t outer = u->handler;
    push_handler(c, end, H_FINALLY);
    if (!push_fblock(c, FB_FINALLY_TRY, -1, -1, outer, s, NULL))
        return false;
    bool ok =
        s->list2.n ? compile_try_except(c, s) : compile_stmts(c, &s->list1);
    if (!ok)
        return false;
    u->handler = outer;
    pop_fblock(c);
    if (!compile_stmts(c, &s->list4))
        return false;
    emit(c, OP_JUMP, exit);
    place(c, end);
    push_handler(c, cleanup, H_CLEANUP);
    emit(c, OP_PUSH_EXC_INFO, 0);
    if (!push_fblock(c, FB_FINALLY_END, -1, -1, outer, s, NULL) ||
        !compile_stmts(c, &s->list4))
        return false;
    pop_fblock(c);
    emit(c, OP_RERAISE, 0);
    place(c, cleanup);
    u->handler = outer;
    pop_except_and_reraise(c);
    place(c, exit);
    return !c->failed;
}

static bool compile_try(Compiler *c, Node *s)
{
    return s->list4.n ? compile_try_finally(c, s) : compile_try_except(c, s);
}

static void await_loop(Compiler *c, int where)
{
    emit(c, OP_GET_AWAITABLE, where);
    emit_none(c);
    yield_from_loop(c);
}

/* The exceptional exit of a with block: __exit__(type, exc, tb) decides
 * whether the exception is swallowed. */
static bool with_except(Compiler *c, bool async, int32_t outer)
{
    Unit *u = c->u;
    int32_t cleanup = new_label(c), suppress = new_label(c);
    int32_t hcleanup = push_handler(c, cleanup, H_CLEANUP);
    emit(c, OP_PUSH_EXC_INFO, 0);
    emit(c, OP_WITH_EXCEPT_START, 0);
    if (async)
        await_loop(c, 2);
    emit(c, OP_POP_JUMP_IF_TRUE, suppress);
    /* CPython's RERAISE 2: bring lasti up next to the exception */
    emit(c, OP_COPY, 3);
    emit(c, OP_SWAP, 2);
    emit(c, OP_RERAISE, 1);
    place(c, cleanup);
    u->handler = outer;
    pop_except_and_reraise(c);
    place(c, suppress);
    u->handler = hcleanup;
    emit(c, OP_POP_TOP, 0);
    u->handler = outer;
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_POP_TOP, 0);
    emit(c, OP_POP_TOP, 0);
    return !c->failed;
}

/* `with a, b:` nests one item inside the other. BEFORE_WITH's argument
 * is 1 for async with (__aenter__/__aexit__). */
static bool compile_with(Compiler *c, Node *s, int pos)
{
    Unit *u = c->u;
    Node *item = s->list1.items[pos];
    bool async = (s->flags & NF_ASYNC) != 0;
    if (async && u->kind != U_ASYNC_FUNCTION)
        return cerror(c, "'async with' outside async function");
    int32_t final = new_label(c), exit = new_label(c);
    if (!compile_expr(c, item->a))
        return false;
    emit(c, OP_BEFORE_WITH, async);
    if (async)
        await_loop(c, 1);
    int32_t outer = u->handler;
    push_handler(c, final, H_WITH);
    if (!push_fblock(c, async ? FB_ASYNC_WITH : FB_WITH, -1, -1, outer, s,
                     NULL))
        return false;
    if (item->b) {
        if (!compile_store(c, item->b))
            return false;
    } else {
        emit(c, OP_POP_TOP, 0);
    }
    bool ok = pos + 1 == s->list1.n ? compile_stmts(c, &s->list2)
                                    : compile_with(c, s, pos + 1);
    if (!ok)
        return false;
    u->handler = outer;
    pop_fblock(c);
    set_loc(c, s);
    call_exit_with_nones(c);
    if (async)
        await_loop(c, 2);
    emit(c, OP_POP_TOP, 0);
    emit(c, OP_JUMP, exit);
    place(c, final);
    if (!with_except(c, async, outer))
        return false;
    place(c, exit);
    return !c->failed;
}

/* ------------------------------------------------------------------ */
/* Statements                                                          */

static bool stmt_kind(Compiler *c, Node *s)
{
    switch (s->kind) {
    case N_EXPR_STMT:
        if (is_const(s->a))
            return true; /* a docstring-like constant does nothing */
        if (!compile_expr(c, s->a))
            return false;
        emit(c, OP_POP_TOP, 0);
        return !c->failed;
    case N_ASSIGN: return compile_assign(c, s);
    case N_AUGASSIGN: return compile_augassign(c, s);
    case N_ANNASSIGN: return compile_annassign(c, s);
    case N_DEL:
        for (int i = 0; i < s->list1.n; i++)
            if (!compile_del(c, s->list1.items[i]))
                return false;
        return true;
    case N_BREAK: return compile_break(c, s, true);
    case N_CONTINUE: return compile_break(c, s, false);
    case N_RETURN: return compile_return(c, s);
    case N_RAISE: return compile_raise(c, s);
    case N_ASSERT: return compile_assert(c, s);
    case N_IF: return compile_if(c, s);
    case N_WHILE: return compile_while(c, s);
    case N_FOR: return compile_for(c, s);
    case N_TRY: return compile_try(c, s);
    case N_WITH: return compile_with(c, s, 0);
    case N_FUNCDEF: return compile_funcdef(c, s);
    case N_CLASSDEF: return compile_class(c, s);
    case N_IMPORT: return compile_import(c, s);
    case N_IMPORTFROM: return compile_importfrom(c, s);
    case N_PASS:
    case N_GLOBAL:
    case N_NONLOCAL: return true;
    default: return internal_error(c, "unexpected statement node", s->kind);
    }
}

static bool compile_stmt(Compiler *c, Node *s)
{
    if (c->failed)
        return false;
    if (!awstate_c_enter(c->S, "during compilation"))
        return cfail(c);
    set_loc(c, s);
    bool ok = stmt_kind(c, s);
    AW_C_LEAVE(c->S);
    return ok && !c->failed;
}

static bool compile_stmts(Compiler *c, const NodeList *l)
{
    for (int i = 0; i < l->n; i++)
        if (!compile_stmt(c, l->items[i]))
            return false;
    return true;
}

/* Does a module or class body hold an annotated assignment (outside
 * nested functions and classes)? */
static bool find_ann(const NodeList *l)
{
    for (int i = 0; i < l->n; i++) {
        Node *s = l->items[i];
        switch (s->kind) {
        case N_ANNASSIGN: return true;
        case N_IF:
            for (; is_elif(s); s = s->list2.items[0])
                if (find_ann(&s->list1))
                    return true;
            /* fall through */
        case N_FOR:
        case N_WHILE:
            if (find_ann(&s->list1) || find_ann(&s->list2))
                return true;
            break;
        case N_WITH:
            if (find_ann(&s->list2))
                return true;
            break;
        case N_TRY:
            for (int j = 0; j < s->list2.n; j++)
                if (find_ann(&s->list2.items[j]->list1))
                    return true;
            if (find_ann(&s->list1) || find_ann(&s->list4) ||
                find_ann(&s->list3))
                return true;
            break;
        default: break;
        }
    }
    return false;
}

/* A module or class body: __annotations__, the docstring into __doc__,
 * then the statements. */
static bool compile_body(Compiler *c, const NodeList *stmts)
{
    if (c->u->kind == U_MODULE && stmts->n)
        set_loc(c, stmts->items[0]);
    if (find_ann(stmts))
        emit(c, OP_SETUP_ANNOTATIONS, 0);
    int i = 0;
    Node *doc = docstring(stmts);
    Value v;
    if (doc && node_const(c, doc, &v) && IS_STR(v)) {
        i = 1;
        set_loc(c, stmts->items[0]);
        emit_const(c, v);
        if (!nameop(c, c->s_doc, CTX_STORE))
            return false;
    }
    for (; i < stmts->n; i++)
        if (!compile_stmt(c, stmts->items[i]))
            return false;
    return !c->failed;
}

static Code *compile_module(Compiler *c, Node *root, ParseMode mode)
{
    if (!enter_scope(c, c->s_modname, U_MODULE, root, 1))
        return NULL;
    bool ok;
    if (mode == PARSE_EVAL) {
        ok = compile_expr(c, root);
        emit(c, OP_RETURN_VALUE, 0);
    } else {
        ok = compile_body(c, &root->list1);
    }
    Code *co = ok ? assemble(c) : NULL;
    exit_scope(c);
    return co;
}

/* ------------------------------------------------------------------ */
/* Entry point                                                         */

static bool init_names(Compiler *c)
{
    struct {
        String **slot;
        const char *s;
    } names[] = {
        {&c->s_name, "__name__"},
        {&c->s_module, "__module__"},
        {&c->s_qualname, "__qualname__"},
        {&c->s_doc, "__doc__"},
        {&c->s_annotations, "__annotations__"},
        {&c->s_classcell, "__classcell__"},
        {&c->s_class, "__class__"},
        {&c->s_debug, "__debug__"},
        {&c->s_join, "join"},
        {&c->s_empty, ""},
        {&c->s_modname, "<module>"},
        {&c->s_lambda, "<lambda>"},
        {&c->s_listcomp, "<listcomp>"},
        {&c->s_setcomp, "<setcomp>"},
        {&c->s_dictcomp, "<dictcomp>"},
        {&c->s_genexpr, "<genexpr>"},
        {&c->s_return, "return"},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!(*names[i].slot = ident(c, names[i].s)))
            return false;
    return true;
}

static void raise_parse_error(AwState *S, const ParseError *err,
                              const CompSource *cs)
{
    if (err->kind == PERR_NOMEM) {
        awerr_nomem(S);
        return;
    }
    int id = err->kind == PERR_INDENTATION ? EXC_IndentationError
             : err->kind == PERR_TAB       ? EXC_TabError
                                           : EXC_SyntaxError;
    char *text = awcomp_line_text(cs, err->line);
    awerr_syntax(S, id, err->msg, cs->filename, err->line, err->col,
                 err->end_line, err->end_col, text);
    free(text);
}

static Code *compile_root(Compiler *c, Node *root, ParseMode mode)
{
    const char *fn = c->cs.filename;
    c->filename = awstr_new(c->S, fn, strlen(fn));
    if (!c->filename || !pool_add(c, OBJ_VAL(c->filename)))
        return NULL;
    if (!fold(c, root))
        return NULL;
    c->st = awsym_build(c->S, root, mode == PARSE_EVAL, c->pool, &c->cs);
    if (!c->st || !init_names(c))
        return NULL;
    return compile_module(c, root, mode);
}

Code *awcomp_compile(AwState *S, const char *src, size_t len,
                     const char *filename, ParseMode mode)
{
    CompSource cs = {filename ? filename : "<string>", src, len};
    Arena *arena = awarena_new();
    if (!arena) {
        awerr_nomem(S);
        return NULL;
    }
    ParseError err;
    memset(&err, 0, sizeof err);
    Node *root = awparse(arena, src, len, mode, &err);
    if (!root) {
        raise_parse_error(S, &err, &cs);
        awarena_free(arena);
        return NULL;
    }
    List *pool = awlist_new(S, 64);
    if (!pool) {
        awarena_free(arena);
        return NULL;
    }
    awgc_push(S, OBJ_VAL(pool));
    Compiler c;
    memset(&c, 0, sizeof c);
    c.S = S;
    c.arena = arena;
    c.pool = pool;
    c.cs = cs;
    Code *co = compile_root(&c, root, mode);
    while (c.u)
        exit_scope(&c);
    awsym_free(c.st);
    ct_free(&c.canon);
    free(c.folded);
    awgc_pop(S, 1);
    awarena_free(arena);
    return co;
}
