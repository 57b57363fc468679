/* Scope analysis: one Scope per module, class, function, lambda and
 * comprehension, and every name resolved to local, global, free or cell,
 * following CPython 3.11's Python/symtable.c pass for pass. */
#include "lang/symtable.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/str.h"

/* ------------------------------------------------------------------ */
/* NameMap                                                             */

static uint32_t ptr_hash(const void *p)
{
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (uint32_t)x;
}

int awnm_get(const NameMap *m, String *key, int32_t *val)
{
    if (!m->index)
        return 0;
    uint32_t i = ptr_hash(key) & m->mask;
    for (;;) {
        uint32_t e = m->index[i];
        if (!e)
            return 0;
        if (m->keys[e - 1] == key) {
            if (val)
                *val = m->vals[e - 1];
            return 1;
        }
        i = (i + 1) & m->mask;
    }
}

static void nm_insert_index(NameMap *m, uint32_t entry)
{
    uint32_t i = ptr_hash(m->keys[entry]) & m->mask;
    while (m->index[i])
        i = (i + 1) & m->mask;
    m->index[i] = entry + 1;
}

static bool nm_grow(NameMap *m)
{
    uint32_t ncap = m->cap ? m->cap * 2 : 8;
    String **k = realloc(m->keys, ncap * sizeof *k);
    if (!k)
        return false;
    m->keys = k;
    int32_t *v = realloc(m->vals, ncap * sizeof *v);
    if (!v)
        return false;
    m->vals = v;
    m->cap = ncap;
    uint32_t *idx = calloc((size_t)ncap * 2, sizeof *idx);
    if (!idx)
        return false;
    free(m->index);
    m->index = idx;
    m->mask = ncap * 2 - 1;
    for (uint32_t e = 0; e < m->n; e++)
        nm_insert_index(m, e);
    return true;
}

bool awnm_set(NameMap *m, String *key, int32_t val)
{
    if (m->index) {
        uint32_t i = ptr_hash(key) & m->mask;
        for (uint32_t e; (e = m->index[i]) != 0; i = (i + 1) & m->mask) {
            if (m->keys[e - 1] == key) {
                m->vals[e - 1] = val;
                return true;
            }
        }
    }
    if (m->n == m->cap && !nm_grow(m))
        return false;
    m->keys[m->n] = key;
    m->vals[m->n] = val;
    nm_insert_index(m, m->n);
    m->n++;
    return true;
}

void awnm_free(NameMap *m)
{
    free(m->keys);
    free(m->vals);
    free(m->index);
    memset(m, 0, sizeof *m);
}

/* Set view: a value of 0 means absent. */
static bool set_has(const NameMap *m, String *key)
{
    int32_t v = 0;
    return awnm_get(m, key, &v) && v;
}

static void set_discard(NameMap *m, String *key)
{
    if (set_has(m, key))
        awnm_set(m, key, 0); /* overwriting never allocates */
}

static bool set_union(NameMap *dst, const NameMap *src)
{
    for (uint32_t i = 0; i < src->n; i++)
        if (src->vals[i] && !awnm_set(dst, src->keys[i], 1))
            return false;
    return true;
}

/* ------------------------------------------------------------------ */
/* The table                                                           */

struct SymTable {
    AwState *S;
    const CompSource *cs;
    List *pool;
    Scope *top, *cur;
    Scope **stack;
    uint32_t nstack, capstack;
    String *priv; /* class name for mangling, or NULL */
    /* Node -> Scope */
    Node **mkeys;
    Scope **mvals;
    uint32_t mmask, mcount;
    /* every scope, for freeing */
    Scope **all;
    uint32_t nall, capall;
    /* identifier cache: interned strings by content */
    String **cache;
    uint32_t cmask, ccount;
    String *s_top, *s_lambda, *s_listcomp, *s_setcomp, *s_dictcomp;
    String *s_genexpr, *s_class, *s_super, *s_dot0;
};

static bool nomem(SymTable *st)
{
    return awerr_nomem(st->S);
}

static bool grow_array(void **arr, uint32_t *cap, size_t elem)
{
    uint32_t ncap = *cap ? *cap * 2 : 8;
    void *p = realloc(*arr, (size_t)ncap * elem);
    if (!p)
        return false;
    *arr = p;
    *cap = ncap;
    return true;
}

static uint32_t bytes_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (uint8_t)s[i]) * 16777619u;
    return h;
}

static bool cache_grow(SymTable *st)
{
    uint32_t nslots = st->cache ? (st->cmask + 1) * 2 : 256;
    String **slots = calloc(nslots, sizeof *slots);
    if (!slots)
        return false;
    if (st->cache) {
        for (uint32_t i = 0; i <= st->cmask; i++) {
            String *s = st->cache[i];
            if (!s)
                continue;
            uint32_t j = bytes_hash(s->data, s->len) & (nslots - 1);
            while (slots[j])
                j = (j + 1) & (nslots - 1);
            slots[j] = s;
        }
        free(st->cache);
    }
    st->cache = slots;
    st->cmask = nslots - 1;
    return true;
}

String *awsym_intern(SymTable *st, const char *s, size_t len)
{
    if ((st->ccount + 1) * 2 > st->cmask + 1 && !cache_grow(st)) {
        awerr_nomem(st->S);
        return NULL;
    }
    uint32_t i = bytes_hash(s, len) & st->cmask;
    for (String *x; (x = st->cache[i]) != NULL; i = (i + 1) & st->cmask)
        if (x->len == len && memcmp(x->data, s, len) == 0)
            return x;
    String *str = awstr_intern(st->S, s, len);
    if (!str || !awlist_append(st->S, st->pool, OBJ_VAL(str)))
        return NULL;
    st->cache[i] = str;
    st->ccount++;
    return str;
}

String *awsym_mangle(SymTable *st, String *priv, String *name)
{
    size_t n = name->len;
    if (!priv || n < 2 || name->data[0] != '_' || name->data[1] != '_')
        return name;
    if ((name->data[n - 1] == '_' && name->data[n - 2] == '_') ||
        memchr(name->data, '.', n))
        return name;
    size_t ip = 0;
    while (ip < priv->len && priv->data[ip] == '_')
        ip++;
    if (ip == priv->len)
        return name;
    size_t plen = priv->len - ip;
    char *buf = malloc(1 + plen + n);
    if (!buf) {
        awerr_nomem(st->S);
        return NULL;
    }
    buf[0] = '_';
    memcpy(buf + 1, priv->data + ip, plen);
    memcpy(buf + 1 + plen, name->data, n);
    String *r = awsym_intern(st, buf, 1 + plen + n);
    free(buf);
    return r;
}

static String *ident(SymTable *st, const char *s)
{
    return awsym_intern(st, s, strlen(s));
}

/* ------------------------------------------------------------------ */
/* Errors                                                              */

char *awcomp_line_text(const CompSource *cs, int line)
{
    if (!cs->src || line < 1)
        return NULL;
    const char *p = cs->src, *end = cs->src + cs->len;
    for (int l = 1; l < line; l++) {
        p = memchr(p, '\n', (size_t)(end - p));
        if (!p)
            return NULL;
        p++;
    }
    const char *q = memchr(p, '\n', (size_t)(end - p));
    size_t n = q ? (size_t)(q - p + 1) : (size_t)(end - p);
    char *t = malloc(n + 1);
    if (!t)
        return NULL;
    memcpy(t, p, n);
    t[n] = '\0';
    return t;
}

bool awcomp_error_at(AwState *S, const CompSource *cs, int line, int col,
                     int end_line, int end_col, const char *msg)
{
    char *text = awcomp_line_text(cs, line);
    awerr_syntax(S, EXC_SyntaxError, msg, cs->filename, line, col + 1, end_line,
                 end_col + 1, text);
    free(text);
    return false;
}

static bool st_error(SymTable *st, const Node *at, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static bool st_error(SymTable *st, const Node *at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *msg = malloc((size_t)n + 1);
    if (!msg)
        return nomem(st);
    va_start(ap, fmt);
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    va_end(ap);
    awcomp_error_at(st->S, st->cs, at->line, at->col, at->end_line, at->end_col,
                    msg);
    free(msg);
    return false;
}

/* ------------------------------------------------------------------ */
/* Blocks                                                              */

static bool map_grow(SymTable *st)
{
    uint32_t nslots = st->mkeys ? (st->mmask + 1) * 2 : 64;
    Node **keys = calloc(nslots, sizeof *keys);
    Scope **vals = calloc(nslots, sizeof *vals);
    if (!keys || !vals) {
        free(keys);
        free(vals);
        return false;
    }
    for (uint32_t i = 0; st->mkeys && i <= st->mmask; i++) {
        if (!st->mkeys[i])
            continue;
        uint32_t j = ptr_hash(st->mkeys[i]) & (nslots - 1);
        while (keys[j])
            j = (j + 1) & (nslots - 1);
        keys[j] = st->mkeys[i];
        vals[j] = st->mvals[i];
    }
    free(st->mkeys);
    free(st->mvals);
    st->mkeys = keys;
    st->mvals = vals;
    st->mmask = nslots - 1;
    return true;
}

static bool map_put(SymTable *st, Node *node, Scope *sc)
{
    if ((st->mcount + 1) * 2 > (st->mkeys ? st->mmask + 1 : 0) && !map_grow(st))
        return false;
    uint32_t i = ptr_hash(node) & st->mmask;
    while (st->mkeys[i] && st->mkeys[i] != node)
        i = (i + 1) & st->mmask;
    if (!st->mkeys[i])
        st->mcount++;
    st->mkeys[i] = node;
    st->mvals[i] = sc;
    return true;
}

Scope *awsym_lookup(SymTable *st, Node *node)
{
    if (!st->mkeys)
        return NULL;
    uint32_t i = ptr_hash(node) & st->mmask;
    for (; st->mkeys[i]; i = (i + 1) & st->mmask)
        if (st->mkeys[i] == node)
            return st->mvals[i];
    return NULL;
}

Scope *awsym_top(SymTable *st)
{
    return st->top;
}

static bool enter_block(SymTable *st, String *name, BlockKind kind, Node *node)
{
    if (st->nall == st->capall &&
        !grow_array((void **)&st->all, &st->capall, sizeof(Scope *)))
        return nomem(st);
    Scope *sc = calloc(1, sizeof *sc);
    if (!sc)
        return nomem(st);
    st->all[st->nall++] = sc;
    sc->kind = kind;
    sc->name = name;
    sc->node = node;
    Scope *prev = st->cur;
    if (prev) {
        if (prev->nested || prev->kind == BLOCK_FUNCTION)
            sc->nested = true;
        if (prev->nchildren == prev->capchildren &&
            !grow_array((void **)&prev->children, &prev->capchildren,
                        sizeof(Scope *)))
            return nomem(st);
        prev->children[prev->nchildren++] = sc;
    }
    if (st->nstack == st->capstack &&
        !grow_array((void **)&st->stack, &st->capstack, sizeof(Scope *)))
        return nomem(st);
    st->stack[st->nstack++] = sc;
    st->cur = sc;
    if (node && !map_put(st, node, sc))
        return nomem(st);
    return true;
}

static void exit_block(SymTable *st)
{
    st->nstack--;
    st->cur = st->nstack ? st->stack[st->nstack - 1] : NULL;
}

int awsym_flags(Scope *sc, String *name)
{
    int32_t v = 0;
    if (!awnm_get(&sc->symbols, name, &v))
        return 0;
    return v & SYM_FLAGS_MASK;
}

SymScope awsym_scope(Scope *sc, String *name)
{
    int32_t v = 0;
    if (!awnm_get(&sc->symbols, name, &v))
        return SC_NONE;
    return (SymScope)(v >> SYM_SCOPE_SHIFT);
}

/* ------------------------------------------------------------------ */
/* Definitions                                                         */

static bool add_def_in(SymTable *st, String *name, int flag, Scope *sc,
                       const Node *at)
{
    if (!name)
        return false;
    String *m = awsym_mangle(st, st->priv, name);
    if (!m)
        return false;
    int32_t val = 0;
    if (awnm_get(&sc->symbols, m, &val)) {
        if ((flag & SYM_PARAM) && (val & SYM_PARAM))
            return st_error(st, at,
                            "duplicate argument '%s' in function definition",
                            name->data);
        val |= flag;
    } else {
        val = flag;
    }
    if (sc->comp_iter_target) {
        if (val & (SYM_GLOBAL | SYM_NONLOCAL))
            return st_error(st, at,
                            "comprehension inner loop cannot rebind "
                            "assignment expression target '%s'",
                            name->data);
        val |= SYM_COMP_ITER;
    }
    if (!awnm_set(&sc->symbols, m, val))
        return nomem(st);
    if (flag & SYM_PARAM) {
        if (sc->nparams == sc->capparams &&
            !grow_array((void **)&sc->params, &sc->capparams, sizeof(String *)))
            return nomem(st);
        sc->params[sc->nparams++] = m;
    } else if (flag & SYM_GLOBAL) {
        int32_t g = 0;
        awnm_get(&st->top->symbols, m, &g);
        if (!awnm_set(&st->top->symbols, m, g | flag))
            return nomem(st);
    }
    return true;
}

static bool add_def(SymTable *st, String *name, int flag, const Node *at)
{
    return add_def_in(st, name, flag, st->cur, at);
}

/* Remembers where a global/nonlocal declaration is, for later errors. */
static bool record_directive(SymTable *st, String *name, Node *at)
{
    Scope *sc = st->cur;
    String *m = awsym_mangle(st, st->priv, name);
    if (!m)
        return false;
    if (awnm_get(&sc->directives, m, NULL))
        return true;
    if (sc->ndirs == sc->capdirs &&
        !grow_array((void **)&sc->dirnodes, &sc->capdirs, sizeof(Node *)))
        return nomem(st);
    sc->dirnodes[sc->ndirs] = at;
    if (!awnm_set(&sc->directives, m, (int32_t)sc->ndirs))
        return nomem(st);
    sc->ndirs++;
    return true;
}

/* ------------------------------------------------------------------ */
/* Visitors                                                            */

static bool visit_expr(SymTable *st, Node *e);
static bool visit_stmt(SymTable *st, Node *s);
static bool visit_target(SymTable *st, Node *e);

static bool visit_stmts(SymTable *st, const NodeList *l)
{
    for (int i = 0; i < l->n; i++)
        if (l->items[i] && !visit_stmt(st, l->items[i]))
            return false;
    return true;
}

static bool visit_exprs(SymTable *st, const NodeList *l)
{
    for (int i = 0; i < l->n; i++)
        if (l->items[i] && !visit_expr(st, l->items[i]))
            return false;
    return true;
}

static bool visit_opt(SymTable *st, Node *e)
{
    return !e || visit_expr(st, e);
}

static bool visit_params(SymTable *st, Node *args)
{
    if (!args)
        return true;
    for (int i = 0; i < args->list1.n; i++) {
        Node *a = args->list1.items[i];
        if (!add_def(st, ident(st, a->str), SYM_PARAM, a))
            return false;
    }
    for (int i = 0; i < args->list2.n; i++) {
        Node *a = args->list2.items[i];
        if (!add_def(st, ident(st, a->str), SYM_PARAM, a))
            return false;
    }
    if (args->a) {
        if (!add_def(st, ident(st, args->a->str), SYM_PARAM, args->a))
            return false;
        st->cur->varargs = true;
    }
    if (args->b) {
        if (!add_def(st, ident(st, args->b->str), SYM_PARAM, args->b))
            return false;
        st->cur->varkeywords = true;
    }
    return true;
}

static bool visit_arg_annotations(SymTable *st, const NodeList *l)
{
    for (int i = 0; i < l->n; i++)
        if (!visit_opt(st, l->items[i]->a))
            return false;
    return true;
}

static bool visit_annotations(SymTable *st, Node *args, Node *returns)
{
    if (args) {
        if (!visit_arg_annotations(st, &args->list1))
            return false;
        if (args->a && !visit_opt(st, args->a->a))
            return false;
        if (args->b && !visit_opt(st, args->b->a))
            return false;
        if (!visit_arg_annotations(st, &args->list2))
            return false;
    }
    return visit_opt(st, returns);
}

static bool visit_defaults(SymTable *st, Node *args)
{
    return !args ||
           (visit_exprs(st, &args->list3) && visit_exprs(st, &args->list4));
}

static bool visit_funcdef(SymTable *st, Node *s)
{
    String *name = ident(st, s->str);
    if (!name || !add_def(st, name, SYM_LOCAL, s))
        return false;
    if (!visit_defaults(st, s->a) || !visit_annotations(st, s->a, s->b))
        return false;
    if (!visit_exprs(st, &s->list2))
        return false;
    if (!enter_block(st, name, BLOCK_FUNCTION, s))
        return false;
    if (s->flags & NF_ASYNC)
        st->cur->coroutine = true;
    if (!visit_params(st, s->a) || !visit_stmts(st, &s->list1))
        return false;
    exit_block(st);
    return true;
}

static bool visit_classdef(SymTable *st, Node *s)
{
    String *name = ident(st, s->str);
    if (!name || !add_def(st, name, SYM_LOCAL, s))
        return false;
    if (!visit_exprs(st, &s->list1))
        return false;
    for (int i = 0; i < s->list2.n; i++)
        if (!visit_expr(st, s->list2.items[i]->a))
            return false;
    if (!visit_exprs(st, &s->list4))
        return false;
    if (!enter_block(st, name, BLOCK_CLASS, s))
        return false;
    String *saved = st->priv;
    st->priv = name;
    bool ok = visit_stmts(st, &s->list3);
    st->priv = saved;
    if (!ok)
        return false;
    exit_block(st);
    return true;
}

static bool visit_annassign(SymTable *st, Node *s)
{
    Node *t = s->a;
    if (t->kind == N_NAME) {
        String *name = ident(st, t->str);
        String *m = name ? awsym_mangle(st, st->priv, name) : NULL;
        if (!m)
            return false;
        int cur = awsym_flags(st->cur, m);
        bool simple = (s->flags & NF_SIMPLE) != 0;
        if ((cur & (SYM_GLOBAL | SYM_NONLOCAL)) && st->cur != st->top && simple)
            return st_error(st, s,
                            (cur & SYM_GLOBAL)
                                ? "annotated name '%s' can't be global"
                                : "annotated name '%s' can't be nonlocal",
                            name->data);
        if (simple) {
            if (!add_def(st, name, SYM_ANNOT | SYM_LOCAL, t))
                return false;
        } else if (s->c && !add_def(st, name, SYM_LOCAL, t)) {
            return false;
        }
    } else if (!visit_target(st, t)) {
        return false;
    }
    return visit_expr(st, s->b) && visit_opt(st, s->c);
}

static bool visit_alias(SymTable *st, Node *a)
{
    const char *name = a->str2 ? a->str2 : a->str;
    if (strcmp(name, "*") == 0) {
        if (st->cur->kind != BLOCK_MODULE)
            return st_error(st, a, "import * only allowed at module level");
        return true;
    }
    const char *dot = strchr(name, '.');
    size_t n = dot ? (size_t)(dot - name) : strlen(name);
    String *store = awsym_intern(st, name, n);
    return store && add_def(st, store, SYM_IMPORT, a);
}

static bool visit_global(SymTable *st, Node *s, bool is_global)
{
    for (int i = 0; i < s->list1.n; i++) {
        String *name = ident(st, s->list1.items[i]->str);
        String *m = name ? awsym_mangle(st, st->priv, name) : NULL;
        if (!m)
            return false;
        int cur = awsym_flags(st->cur, m);
        if (cur & (SYM_PARAM | SYM_LOCAL | SYM_USE | SYM_ANNOT)) {
            const char *what = is_global ? "global" : "nonlocal";
            if (cur & SYM_PARAM)
                return st_error(st, s, "name '%s' is parameter and %s",
                                name->data, what);
            if (cur & SYM_USE)
                return st_error(st, s,
                                "name '%s' is used prior to %s declaration",
                                name->data, what);
            if (cur & SYM_ANNOT)
                return st_error(st, s, "annotated name '%s' can't be %s",
                                name->data, what);
            return st_error(st, s,
                            "name '%s' is assigned to before %s declaration",
                            name->data, what);
        }
        if (!add_def(st, name, is_global ? SYM_GLOBAL : SYM_NONLOCAL, s) ||
            !record_directive(st, name, s))
            return false;
    }
    return true;
}

static bool visit_try(SymTable *st, Node *s)
{
    if (!visit_stmts(st, &s->list1) || !visit_stmts(st, &s->list3))
        return false;
    for (int i = 0; i < s->list2.n; i++) {
        Node *h = s->list2.items[i];
        if (!visit_opt(st, h->a))
            return false;
        if (h->str) {
            String *name = ident(st, h->str);
            if (!name || !add_def(st, name, SYM_LOCAL, h))
                return false;
        }
        if (!visit_stmts(st, &h->list1))
            return false;
    }
    return visit_stmts(st, &s->list4);
}

static bool visit_stmt_kind(SymTable *st, Node *s)
{
    switch (s->kind) {
    case N_FUNCDEF: return visit_funcdef(st, s);
    case N_CLASSDEF: return visit_classdef(st, s);
    case N_RETURN:
    case N_EXPR_STMT: return visit_opt(st, s->a);
    case N_DEL:
        for (int i = 0; i < s->list1.n; i++)
            if (!visit_target(st, s->list1.items[i]))
                return false;
        return true;
    case N_ASSIGN:
        for (int i = 0; i < s->list1.n; i++)
            if (!visit_target(st, s->list1.items[i]))
                return false;
        return visit_expr(st, s->a);
    case N_ANNASSIGN: return visit_annassign(st, s);
    case N_AUGASSIGN: return visit_target(st, s->a) && visit_expr(st, s->b);
    case N_FOR:
        return visit_target(st, s->a) && visit_expr(st, s->b) &&
               visit_stmts(st, &s->list1) && visit_stmts(st, &s->list2);
    case N_IF:
        /* an if/elif chain is walked in a loop */
        for (; s->list2.n == 1 && s->list2.items[0]->kind == N_IF;
             s = s->list2.items[0])
            if (!visit_expr(st, s->a) || !visit_stmts(st, &s->list1))
                return false;
        /* fall through */
    case N_WHILE:
        return visit_expr(st, s->a) && visit_stmts(st, &s->list1) &&
               visit_stmts(st, &s->list2);
    case N_RAISE:
    case N_ASSERT: return visit_opt(st, s->a) && visit_opt(st, s->b);
    case N_TRY: return visit_try(st, s);
    case N_IMPORT:
    case N_IMPORTFROM:
        for (int i = 0; i < s->list1.n; i++)
            if (!visit_alias(st, s->list1.items[i]))
                return false;
        return true;
    case N_GLOBAL: return visit_global(st, s, true);
    case N_NONLOCAL: return visit_global(st, s, false);
    case N_WITH:
        for (int i = 0; i < s->list1.n; i++) {
            Node *item = s->list1.items[i];
            if (!visit_expr(st, item->a) ||
                (item->b && !visit_target(st, item->b)))
                return false;
        }
        return visit_stmts(st, &s->list2);
    default: return true; /* pass, break, continue */
    }
}

static bool visit_stmt(SymTable *st, Node *s)
{
    if (!awstate_c_enter(st->S, "during compilation"))
        return false;
    bool ok = visit_stmt_kind(st, s);
    AW_C_LEAVE(st->S);
    return ok;
}

/* Assignment and deletion targets bind names whatever ctx the parser
 * recorded. */
static bool visit_target(SymTable *st, Node *e)
{
    switch (e->kind) {
    case N_NAME: {
        String *name = ident(st, e->str);
        return name && add_def(st, name, SYM_LOCAL, e);
    }
    case N_TUPLE:
    case N_LIST:
        for (int i = 0; i < e->list1.n; i++)
            if (!visit_target(st, e->list1.items[i]))
                return false;
        return true;
    case N_STARRED: return visit_target(st, e->a);
    case N_ATTRIBUTE: return visit_expr(st, e->a);
    case N_SUBSCRIPT: return visit_expr(st, e->a) && visit_expr(st, e->b);
    default: return visit_expr(st, e);
    }
}

static bool visit_name(SymTable *st, Node *e)
{
    String *name = ident(st, e->str);
    if (!name)
        return false;
    if (e->ctx != CTX_LOAD)
        return add_def(st, name, SYM_LOCAL, e);
    if (!add_def(st, name, SYM_USE, e))
        return false;
    /* super() counts as a use of __class__ */
    if (st->cur->kind == BLOCK_FUNCTION && name == st->s_super)
        return add_def(st, st->s_class, SYM_USE, e);
    return true;
}

static bool extend_namedexpr_scope(SymTable *st, Node *target)
{
    String *name = ident(st, target->str);
    String *m = name ? awsym_mangle(st, st->priv, name) : NULL;
    if (!m)
        return false;
    for (uint32_t i = st->nstack; i-- > 0;) {
        Scope *sc = st->stack[i];
        if (sc->comp != COMP_NONE) {
            if (awsym_flags(sc, m) & SYM_COMP_ITER)
                return st_error(st, target,
                                "assignment expression cannot rebind "
                                "comprehension iteration variable '%s'",
                                name->data);
            continue;
        }
        if (sc->kind == BLOCK_FUNCTION) {
            int fl =
                (awsym_flags(sc, m) & SYM_GLOBAL) ? SYM_GLOBAL : SYM_NONLOCAL;
            return add_def(st, name, fl, target) &&
                   record_directive(st, name, target) &&
                   add_def_in(st, name, SYM_LOCAL, sc, target);
        }
        if (sc->kind == BLOCK_MODULE)
            return add_def(st, name, SYM_GLOBAL, target) &&
                   record_directive(st, name, target) &&
                   add_def_in(st, name, SYM_GLOBAL, sc, target);
        return st_error(st, target,
                        "assignment expression within a comprehension "
                        "cannot be used in a class body");
    }
    return true;
}

static bool visit_namedexpr(SymTable *st, Node *e)
{
    if (st->cur->comp_iter_expr > 0)
        return st_error(st, e,
                        "assignment expression cannot be used in a "
                        "comprehension iterable expression");
    if (st->cur->comp != COMP_NONE && !extend_namedexpr_scope(st, e->a))
        return false;
    return visit_expr(st, e->b) && visit_target(st, e->a);
}

static bool visit_comp_clause(SymTable *st, Node *g)
{
    st->cur->comp_iter_target = true;
    bool ok = visit_target(st, g->a);
    st->cur->comp_iter_target = false;
    if (!ok)
        return false;
    st->cur->comp_iter_expr++;
    ok = visit_expr(st, g->b);
    st->cur->comp_iter_expr--;
    if (!ok || !visit_exprs(st, &g->list1))
        return false;
    if (g->flags & NF_ASYNC)
        st->cur->coroutine = true;
    return true;
}

static bool visit_comprehension(SymTable *st, Node *e, String *name,
                                CompKind kind, Node *elt, Node *value)
{
    Node *outer = e->list1.items[0];
    st->cur->comp_iter_expr++;
    bool ok = visit_expr(st, outer->b);
    st->cur->comp_iter_expr--;
    if (!ok || !enter_block(st, name, BLOCK_FUNCTION, e))
        return false;
    Scope *sc = st->cur;
    sc->comp = kind;
    if (outer->flags & NF_ASYNC)
        sc->coroutine = true;
    if (!add_def(st, st->s_dot0, SYM_PARAM, e))
        return false;
    sc->comp_iter_target = true;
    ok = visit_target(st, outer->a);
    sc->comp_iter_target = false;
    if (!ok || !visit_exprs(st, &outer->list1))
        return false;
    for (int i = 1; i < e->list1.n; i++)
        if (!visit_comp_clause(st, e->list1.items[i]))
            return false;
    if ((value && !visit_expr(st, value)) || !visit_expr(st, elt))
        return false;
    sc->generator = kind == COMP_GEN;
    bool is_async = sc->coroutine && kind != COMP_GEN;
    exit_block(st);
    if (is_async)
        st->cur->coroutine = true;
    return true;
}

static bool visit_lambda(SymTable *st, Node *e)
{
    if (!visit_defaults(st, e->a))
        return false;
    if (!enter_block(st, st->s_lambda, BLOCK_FUNCTION, e))
        return false;
    if (!visit_params(st, e->a) || !visit_expr(st, e->b))
        return false;
    exit_block(st);
    return true;
}

static bool visit_yield(SymTable *st, Node *e)
{
    if (!visit_opt(st, e->a))
        return false;
    Scope *sc = st->cur;
    sc->generator = true;
    switch (sc->comp) {
    case COMP_LIST: return st_error(st, e, "'yield' inside list comprehension");
    case COMP_SET: return st_error(st, e, "'yield' inside set comprehension");
    case COMP_DICT: return st_error(st, e, "'yield' inside dict comprehension");
    case COMP_GEN:
        return st_error(st, e, "'yield' inside generator expression");
    default: return true;
    }
}

/* Left-deep chains (1+1+...+1) are walked without recursing down the
 * left spine, in evaluation order. */
static bool visit_binop(SymTable *st, Node *e)
{
    size_t n = 0;
    for (Node *x = e; x->kind == N_BINOP; x = x->a)
        n++;
    Node *small[16];
    Node **spine = n <= 16 ? small : malloc(n * sizeof *spine);
    if (!spine)
        return nomem(st);
    size_t i = 0;
    for (Node *x = e; x->kind == N_BINOP; x = x->a)
        spine[i++] = x;
    bool ok = visit_expr(st, spine[n - 1]->a);
    for (i = n; ok && i-- > 0;)
        ok = visit_expr(st, spine[i]->b);
    if (spine != small)
        free(spine);
    return ok;
}

static bool visit_call(SymTable *st, Node *e)
{
    if (!visit_expr(st, e->a) || !visit_exprs(st, &e->list1))
        return false;
    for (int i = 0; i < e->list2.n; i++)
        if (!visit_expr(st, e->list2.items[i]->a))
            return false;
    return true;
}

static bool visit_expr_kind(SymTable *st, Node *e)
{
    switch (e->kind) {
    case N_NAMEDEXPR: return visit_namedexpr(st, e);
    case N_BINOP: return visit_binop(st, e);
    case N_TUPLE:
    case N_LIST:
    case N_STARRED:
        if (e->ctx != CTX_LOAD)
            return visit_target(st, e);
        return e->kind == N_STARRED ? visit_expr(st, e->a)
                                    : visit_exprs(st, &e->list1);
    case N_BOOLOP:
    case N_FSTRING:
    case N_SET: return visit_exprs(st, &e->list1);
    case N_DICT:
        return visit_exprs(st, &e->list1) && visit_exprs(st, &e->list2);
    case N_COMPARE: return visit_expr(st, e->a) && visit_exprs(st, &e->list1);
    case N_CALL: return visit_call(st, e);
    case N_LAMBDA: return visit_lambda(st, e);
    case N_LISTCOMP:
        return visit_comprehension(st, e, st->s_listcomp, COMP_LIST, e->a,
                                   NULL);
    case N_SETCOMP:
        return visit_comprehension(st, e, st->s_setcomp, COMP_SET, e->a, NULL);
    case N_DICTCOMP:
        return visit_comprehension(st, e, st->s_dictcomp, COMP_DICT, e->a,
                                   e->b);
    case N_GENEXP:
        return visit_comprehension(st, e, st->s_genexpr, COMP_GEN, e->a, NULL);
    case N_YIELD:
    case N_YIELDFROM: return visit_yield(st, e);
    case N_AWAIT:
        if (!visit_expr(st, e->a))
            return false;
        st->cur->coroutine = true;
        return true;
    case N_NAME: return visit_name(st, e);
    case N_CONST: return true;
    default:
        /* unary, ifexp, formatted, attribute, subscript, starred, slice,
         * keyword: plain children */
        return visit_opt(st, e->a) && visit_opt(st, e->b) &&
               visit_opt(st, e->c);
    }
}

static bool visit_expr(SymTable *st, Node *e)
{
    if (!awstate_c_enter(st->S, "during compilation"))
        return false;
    bool ok = visit_expr_kind(st, e);
    AW_C_LEAVE(st->S);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Analysis                                                            */

static bool error_at_directive(SymTable *st, Scope *sc, String *name,
                               const char *fmt)
{
    int32_t idx = 0;
    if (!awnm_get(&sc->directives, name, &idx))
        return awerr_format(st->S, EXC_RuntimeError,
                            "BUG: internal directive bookkeeping broken");
    return st_error(st, sc->dirnodes[idx], fmt, name->data);
}

typedef struct Sets {
    NameMap *bound; /* NULL at module level */
    NameMap *free;
    NameMap *global;
} Sets;

static bool analyze_name(SymTable *st, Scope *sc, uint32_t i, int32_t *scopes,
                         NameMap *local, const Sets *in)
{
    String *name = sc->symbols.keys[i];
    int flags = sc->symbols.vals[i] & SYM_FLAGS_MASK;
    bool ok = true;
    if (flags & SYM_GLOBAL) {
        if (flags & SYM_NONLOCAL)
            return error_at_directive(st, sc, name,
                                      "name '%s' is nonlocal and global");
        scopes[i] = SC_GLOBAL_EXPLICIT;
        ok = awnm_set(in->global, name, 1);
        if (in->bound)
            set_discard(in->bound, name);
    } else if (flags & SYM_NONLOCAL) {
        if (!in->bound)
            return error_at_directive(
                st, sc, name,
                "nonlocal declaration not allowed at module level");
        if (!set_has(in->bound, name))
            return error_at_directive(st, sc, name,
                                      "no binding for nonlocal '%s' found");
        scopes[i] = SC_FREE;
        sc->has_free = true;
        ok = awnm_set(in->free, name, 1);
    } else if (flags & SYM_BOUND) {
        scopes[i] = SC_LOCAL;
        ok = awnm_set(local, name, 1);
        set_discard(in->global, name);
    } else if (in->bound && set_has(in->bound, name)) {
        scopes[i] = SC_FREE;
        sc->has_free = true;
        ok = awnm_set(in->free, name, 1);
    } else {
        if (!set_has(in->global, name) && sc->nested)
            sc->has_free = true;
        scopes[i] = SC_GLOBAL_IMPLICIT;
    }
    return ok || nomem(st);
}

static bool analyze_block(SymTable *st, Scope *sc, const Sets *in);

static bool analyze_child(SymTable *st, Scope *child, const Sets *newsets,
                          NameMap *allfree)
{
    NameMap bound = {0}, free_ = {0}, global = {0};
    bool ok = set_union(&bound, newsets->bound) &&
              set_union(&free_, newsets->free) &&
              set_union(&global, newsets->global);
    if (!ok) {
        nomem(st);
    } else {
        Sets sets = {&bound, &free_, &global};
        ok = analyze_block(st, child, &sets) &&
             (set_union(allfree, &free_) || nomem(st));
    }
    awnm_free(&bound);
    awnm_free(&free_);
    awnm_free(&global);
    return ok;
}

/* Records each name's scope, then names free in children that this
 * block must pass through (or, in a class, also binds). */
static bool update_symbols(SymTable *st, Scope *sc, const int32_t *scopes,
                           uint32_t nsyms, const NameMap *bound,
                           const NameMap *newfree)
{
    NameMap *syms = &sc->symbols;
    for (uint32_t i = 0; i < nsyms; i++)
        syms->vals[i] =
            (syms->vals[i] & SYM_FLAGS_MASK) | (scopes[i] << SYM_SCOPE_SHIFT);
    for (uint32_t i = 0; i < newfree->n; i++) {
        if (!newfree->vals[i])
            continue;
        String *name = newfree->keys[i];
        int32_t v = 0;
        if (awnm_get(syms, name, &v)) {
            if (sc->kind == BLOCK_CLASS && (v & (SYM_BOUND | SYM_GLOBAL)) &&
                !awnm_set(syms, name, v | SYM_FREE_CLASS))
                return nomem(st);
            continue;
        }
        if (bound && !set_has(bound, name))
            continue; /* a global */
        if (!awnm_set(syms, name, SC_FREE << SYM_SCOPE_SHIFT))
            return nomem(st);
    }
    return true;
}

static bool analyze_children(SymTable *st, Scope *sc, const Sets *newsets)
{
    NameMap allfree = {0};
    bool ok = true;
    for (uint32_t i = 0; ok && i < sc->nchildren; i++) {
        Scope *child = sc->children[i];
        ok = analyze_child(st, child, newsets, &allfree);
        if (child->has_free || child->child_free)
            sc->child_free = true;
    }
    ok = ok && (set_union(newsets->free, &allfree) || nomem(st));
    awnm_free(&allfree);
    return ok;
}

static bool analyze_body(SymTable *st, Scope *sc, const Sets *in,
                         int32_t *scopes, NameMap *local, Sets *newsets)
{
    if (sc->kind == BLOCK_CLASS) {
        if (!set_union(newsets->global, in->global) ||
            (in->bound && !set_union(newsets->bound, in->bound)))
            return nomem(st);
    }
    uint32_t nsyms = sc->symbols.n;
    for (uint32_t i = 0; i < nsyms; i++)
        if (!analyze_name(st, sc, i, scopes, local, in))
            return false;
    if (sc->kind != BLOCK_CLASS) {
        if ((sc->kind == BLOCK_FUNCTION && !set_union(newsets->bound, local)) ||
            (in->bound && !set_union(newsets->bound, in->bound)) ||
            !set_union(newsets->global, in->global))
            return nomem(st);
    } else if (!awnm_set(newsets->bound, st->s_class, 1)) {
        return nomem(st);
    }
    if (!analyze_children(st, sc, newsets))
        return false;
    NameMap *newfree = newsets->free;
    if (sc->kind == BLOCK_FUNCTION) {
        for (uint32_t i = 0; i < nsyms; i++) {
            String *name = sc->symbols.keys[i];
            if (scopes[i] == SC_LOCAL && set_has(newfree, name)) {
                scopes[i] = SC_CELL;
                set_discard(newfree, name);
            }
        }
    } else if (sc->kind == BLOCK_CLASS && set_has(newfree, st->s_class)) {
        set_discard(newfree, st->s_class);
        sc->needs_class_closure = true;
    }
    if (!update_symbols(st, sc, scopes, nsyms, in->bound, newfree))
        return false;
    return set_union(in->free, newfree) || nomem(st);
}

static bool analyze_block(SymTable *st, Scope *sc, const Sets *in)
{
    if (!awstate_c_enter(st->S, "during compilation"))
        return false;
    NameMap local = {0}, newglobal = {0}, newfree = {0}, newbound = {0};
    Sets newsets = {&newbound, &newfree, &newglobal};
    int32_t *scopes = calloc(sc->symbols.n + 1, sizeof *scopes);
    bool ok =
        scopes ? analyze_body(st, sc, in, scopes, &local, &newsets) : nomem(st);
    free(scopes);
    awnm_free(&local);
    awnm_free(&newglobal);
    awnm_free(&newfree);
    awnm_free(&newbound);
    AW_C_LEAVE(st->S);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Entry points                                                        */

static bool init_names(SymTable *st)
{
    return (st->s_top = ident(st, "top")) &&
           (st->s_lambda = ident(st, "lambda")) &&
           (st->s_listcomp = ident(st, "listcomp")) &&
           (st->s_setcomp = ident(st, "setcomp")) &&
           (st->s_dictcomp = ident(st, "dictcomp")) &&
           (st->s_genexpr = ident(st, "genexpr")) &&
           (st->s_class = ident(st, "__class__")) &&
           (st->s_super = ident(st, "super")) && (st->s_dot0 = ident(st, ".0"));
}

SymTable *awsym_build(AwState *S, Node *root, bool eval, List *pool,
                      const CompSource *cs)
{
    SymTable *st = calloc(1, sizeof *st);
    if (!st) {
        awerr_nomem(S);
        return NULL;
    }
    st->S = S;
    st->cs = cs;
    st->pool = pool;
    if (!cache_grow(st)) {
        awerr_nomem(S);
        goto fail;
    }
    if (!init_names(st) || !enter_block(st, st->s_top, BLOCK_MODULE, NULL))
        goto fail;
    st->top = st->cur;
    st->top->node = root;
    bool ok = eval ? visit_expr(st, root) : visit_stmts(st, &root->list1);
    if (!ok)
        goto fail;
    exit_block(st);
    NameMap free_ = {0}, global = {0};
    Sets sets = {NULL, &free_, &global};
    ok = analyze_block(st, st->top, &sets);
    awnm_free(&free_);
    awnm_free(&global);
    if (ok)
        return st;
fail:
    awsym_free(st);
    return NULL;
}

void awsym_free(SymTable *st)
{
    if (!st)
        return;
    for (uint32_t i = 0; i < st->nall; i++) {
        Scope *sc = st->all[i];
        free(sc->children);
        awnm_free(&sc->symbols);
        free(sc->params);
        awnm_free(&sc->directives);
        free(sc->dirnodes);
        free(sc);
    }
    free(st->all);
    free(st->stack);
    free(st->mkeys);
    free(st->mvals);
    free(st->cache);
    free(st);
}
