/* The report for an uncaught exception, character for character as
 * CPython 3.11 prints it: chained exceptions, "Traceback (most recent call
 * last):", source lines from a per-file line cache, repeated-line
 * folding, SyntaxError's caret form and "Did you mean" suggestions. */
#include <stdio.h>
#include <string.h>

#include "stdlib/builtins.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/str.h"

#define TB_LIMIT 1000         /* sys.tracebacklimit's default */
#define TB_RECURSIVE_CUTOFF 3 /* identical entries shown before folding */
#define MAX_CANDIDATE_ITEMS 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

/* ------------------------------------------------------------------ */
/* The line cache: filename -> list of lines (without their newline)   */

static bool is_pseudo_file(String *f)
{
    return f->len == 0 || (f->data[0] == '<' && f->data[f->len - 1] == '>');
}

/* The whole file in an awmem buffer of *cap bytes, or NULL. */
static char *read_whole(AwState *S, const char *path, size_t *len, size_t *cap)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    size_t n = 0;
    *cap = 4096;
    char *buf = awmem_alloc(S, *cap);
    while (buf) {
        n += fread(buf + n, 1, *cap - n, fp);
        if (n < *cap)
            break;
        char *nb = awmem_realloc(S, buf, *cap, *cap * 2);
        if (!nb)
            awmem_free(S, buf, *cap);
        buf = nb;
        *cap *= 2;
    }
    fclose(fp);
    *len = n;
    return buf;
}

/* Splits text into lines as Python's universal newlines do. */
static bool split_lines(AwState *S, List *out, const char *p, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && p[j] != '\n' && p[j] != '\r')
            j++;
        String *s = awstr_new(S, p + i, awutf8_check(p + i, j - i));
        if (!s || !awlist_append(S, out, OBJ_VAL(s)))
            return false;
        if (j < n && p[j] == '\r' && j + 1 < n && p[j + 1] == '\n')
            j++;
        i = j + 1;
    }
    return true;
}

static List *load_lines(AwState *S, String *filename)
{
    List *lines = awlist_new(S, 0);
    if (!lines)
        return NULL;
    awgc_push(S, OBJ_VAL(lines));
    size_t len = 0, cap = 0;
    char *text = read_whole(S, filename->data, &len, &cap);
    bool ok = true;
    if (text) {
        ok = split_lines(S, lines, text, len);
        awmem_free(S, text, cap);
    }
    ok = ok && awdict_set_str(S, S->linecache, filename, OBJ_VAL(lines));
    awgc_pop(S, 1);
    return ok ? lines : NULL;
}

/* Line `lineno` of filename, or NULL (no file, no such line, or no
 * memory: the report goes on without it). */
static String *source_line(AwState *S, String *filename, int lineno)
{
    if (!filename || is_pseudo_file(filename) || lineno < 1)
        return NULL;
    if (!S->linecache) {
        S->linecache = awdict_new(S);
        if (!S->linecache)
            return NULL;
    }
    Value v = awdict_get_str(S, S->linecache, filename);
    List *lines = IS_LIST(v) ? AS_LIST(v) : load_lines(S, filename);
    if (!lines) {
        awerr_clear(S);
        return NULL;
    }
    if ((size_t)lineno > lines->len || !IS_STR(lines->items[lineno - 1]))
        return NULL;
    return AS_STR(lines->items[lineno - 1]);
}

String *awtb_source_line(AwState *S, String *filename, int lineno)
{
    return source_line(S, filename, lineno);
}

/* ------------------------------------------------------------------ */
/* The printer: members of exception groups are indented with a margin */
/* ("    | "), as in CPython's exception_print_context.                 */

#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

typedef struct Printer {
    AwState *S;
    Dict *globals;   /* for NameError suggestions, or NULL */
    int depth;       /* exception group nesting */
    bool need_close; /* the last member still owes the closing line */
    List *seen;      /* exceptions whose chain was followed */
    StrBuf *sink;    /* where the text goes; NULL: the host's write_err */
} Printer;

static void emit(Printer *p, const char *s, size_t n)
{
    if (p->sink)
        awbuf_put(p->sink, s, n);
    else
        awstate_write_err(p->S, s, n);
}

static void put(Printer *p, const char *s)
{
    emit(p, s, strlen(s));
}

static void put_str(Printer *p, String *s)
{
    emit(p, s->data, s->len);
}

static void indent(Printer *p, int n)
{
    static const char spaces[] = "                                ";
    for (; n > 0; n -= 32)
        emit(p, spaces, n < 32 ? (size_t)n : 32);
}

static void margin(Printer *p)
{
    indent(p, 2 * p->depth);
    if (p->depth)
        put(p, "| ");
}

/* ------------------------------------------------------------------ */
/* Traceback entries                                                   */

static void print_entry(Printer *p, Code *code, int line)
{
    AwState *S = p->S;
    char num[32];
    margin(p);
    put(p, "  File \"");
    put_str(p, code->filename);
    snprintf(num, sizeof num, "\", line %d, in ", line);
    put(p, num);
    put_str(p, code->name);
    put(p, "\n");
    String *src = source_line(S, code->filename, line);
    if (!src)
        return;
    const char *t = src->data;
    while (*t == ' ' || *t == '\t' || *t == '\f')
        t++;
    margin(p);
    put(p, "    ");
    emit(p, t, src->len - (size_t)(t - src->data));
    put(p, "\n");
}

static void print_repeated(Printer *p, long cnt)
{
    char buf[96];
    cnt -= TB_RECURSIVE_CUTOFF;
    snprintf(buf, sizeof buf, "  [Previous line repeated %ld more time%s]\n",
             cnt, cnt > 1 ? "s" : "");
    put(p, buf);
}

static bool same_string(String *a, String *b)
{
    return a == b || (a && b && awstr_equal(a, b));
}

static void print_tb(Printer *p, Traceback *tb, const char *header_margin,
                     const char *header)
{
    size_t depth = 0;
    for (Traceback *t = tb; t; t = t->next)
        depth++;
    for (; tb && depth > TB_LIMIT; depth--)
        tb = tb->next;
    indent(p, 2 * p->depth);
    put(p, header_margin);
    put(p, header);
    String *last_file = NULL, *last_name = NULL;
    int last_line = -1;
    long cnt = 0;
    for (; tb; tb = tb->next) {
        Code *code = tb->code;
        int line = awcode_line(code, tb->pc);
        if (!last_file || !same_string(code->filename, last_file) ||
            last_line == -1 || line != last_line ||
            !same_string(code->name, last_name)) {
            if (cnt > TB_RECURSIVE_CUTOFF)
                print_repeated(p, cnt);
            last_file = code->filename;
            last_line = line;
            last_name = code->name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= TB_RECURSIVE_CUTOFF)
            print_entry(p, code, line);
    }
    if (cnt > TB_RECURSIVE_CUTOFF)
        print_repeated(p, cnt);
}

/* ------------------------------------------------------------------ */
/* SyntaxError: `File "x", line N`, the line and the carets            */

static void print_error_text(Printer *p, long offset, long end_offset,
                             const char *text)
{
    size_t carets = (end_offset > 0 && end_offset > offset)
                        ? (size_t)(end_offset - offset)
                        : 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    long len = (long)strlen(text);
    if (len > 0 && text[len - 1] == '\n')
        len--;
    if (offset > len)
        offset = len;
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (!nl)
            break;
        long inl = (long)(nl - text);
        if (inl >= offset)
            break;
        inl += 1;
        text += inl;
        len -= inl;
        offset -= inl;
    }
    put(p, "    ");
    put(p, text);
    if (text[len] != '\n')
        put(p, "\n");
    if (offset < 0)
        return;
    put(p, "    ");
    while (--offset >= 0)
        put(p, " ");
    for (size_t i = 0; i < carets; i++)
        put(p, "^");
    put(p, "\n");
}

static long attr_long(AwState *S, Exception *e, const char *name, long dflt,
                      bool *ok)
{
    String *k = awstr_intern_cstr(S, name);
    Value v = k ? awexc_attr(S, e, k) : NULL_VAL;
    if (IS_NONE(v))
        return dflt;
    if (IS_BOOL(v))
        return AS_BOOL(v);
    if (!IS_INT(v)) {
        *ok = false;
        return dflt;
    }
    return (long)AS_INT(v);
}

/* Prints the location block and returns the value whose str ends the
 * report (msg), or the exception itself when the attributes are bad. */
static Value print_syntax_location(Printer *p, Exception *e)
{
    AwState *S = p->S;
    bool ok = true;
    long lineno = attr_long(S, e, "lineno", -1, &ok);
    Value lv = awexc_attr(S, e, NAME(S, lineno));
    if (!ok || IS_NONE(lv))
        return OBJ_VAL(e);
    long offset = attr_long(S, e, "offset", -1, &ok);
    bool exact = e->obj.type == EXC_TYPE(S, SyntaxError);
    long end_lineno =
        exact ? attr_long(S, e, "end_lineno", lineno, &ok) : lineno;
    long end_offset = exact ? attr_long(S, e, "end_offset", -1, &ok) : -1;
    if (!ok)
        return OBJ_VAL(e);
    Value fname = awexc_attr(S, e, NAME(S, filename));
    Value text = awexc_attr(S, e, NAME(S, text));
    Value msg = awexc_attr(S, e, NAME(S, msg));
    char num[48];
    margin(p);
    put(p, "  File \"");
    if (IS_NONE(fname) || IS_NULL(fname))
        put(p, "<string>");
    else if (IS_STR(fname))
        put_str(p, AS_STR(fname));
    snprintf(num, sizeof num, "\", line %ld\n", lineno);
    put(p, num);
    if (IS_STR(text)) {
        long size = (long)AS_STR(text)->len;
        if (end_lineno > lineno)
            end_offset = size;
        if (end_offset > size + 1)
            end_offset = size + 1;
        print_error_text(p, offset, end_offset, AS_STR(text)->data);
    }
    return IS_NULL(msg) ? NONE_VAL : msg;
}

/* ------------------------------------------------------------------ */
/* "Did you mean" (CPython 3.11's Python/suggestions.c)                */

static size_t subst_cost(char a, char b)
{
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a == b)
        return 0;
    if (a >= 'A' && a <= 'Z')
        a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z')
        b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t levenshtein(const char *a, size_t an, const char *b, size_t bn,
                          size_t max_cost)
{
    size_t buffer[MAX_STRING_SIZE];
    if (a == b)
        return 0;
    while (an && bn && a[0] == b[0])
        a++, b++, an--, bn--;
    while (an && bn && a[an - 1] == b[bn - 1])
        an--, bn--;
    if (an == 0 || bn == 0)
        return (an + bn) * MOVE_COST;
    if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE)
        return max_cost + 1;
    if (bn < an) {
        const char *t = a;
        size_t tn = an;
        a = b, an = bn, b = t, bn = tn;
    }
    if ((bn - an) * MOVE_COST > max_cost)
        return max_cost + 1;
    for (size_t i = 0; i < an; i++)
        buffer[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t bi = 0; bi < bn; bi++) {
        size_t distance = result = bi * MOVE_COST, minimum = (size_t)-1;
        for (size_t i = 0; i < an; i++) {
            size_t substitute = distance + subst_cost(b[bi], a[i]);
            distance = buffer[i];
            size_t ins_del =
                (result < distance ? result : distance) + MOVE_COST;
            result = ins_del < substitute ? ins_del : substitute;
            buffer[i] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

/* The closest candidate to name, as CPython's calculate_suggestions. */
typedef struct Suggest {
    String *name;
    String *best;
    size_t best_dist;
    size_t count;
} Suggest;

static void suggest_one(Suggest *sg, Value item)
{
    if (!IS_STR(item) || awstr_equal(AS_STR(item), sg->name))
        return;
    String *it = AS_STR(item);
    size_t maxd = (sg->name->len + it->len + 3) * MOVE_COST / 6;
    if (sg->best && sg->best_dist - 1 < maxd)
        maxd = sg->best_dist - 1;
    size_t d =
        levenshtein(sg->name->data, sg->name->len, it->data, it->len, maxd);
    if (d > maxd)
        return;
    if (!sg->best || d < sg->best_dist) {
        sg->best = it;
        sg->best_dist = d;
    }
}

static String *suggest_in_list(String *name, const Value *items, size_t n)
{
    Suggest sg = {name, NULL, 0, 0};
    if (n >= MAX_CANDIDATE_ITEMS)
        return NULL;
    for (size_t i = 0; i < n; i++)
        suggest_one(&sg, items[i]);
    return sg.best;
}

static String *suggest_in_dict(String *name, Dict *d)
{
    Suggest sg = {name, NULL, 0, 0};
    size_t pos = 0;
    Value k, v;
    if (!d || d->len >= MAX_CANDIDATE_ITEMS)
        return NULL;
    while (awdict_next(d, &pos, &k, &v))
        suggest_one(&sg, k);
    return sg.best;
}

static String *suggest_in_code(String *name, Code *code)
{
    Suggest sg = {name, NULL, 0, 0};
    if (code->nlocals >= MAX_CANDIDATE_ITEMS)
        return NULL;
    for (uint32_t i = 0; i < code->nlocals; i++)
        suggest_one(&sg, OBJ_VAL(code->localnames[i]));
    return sg.best;
}

/* The name of a NameError: its .name, else parsed from CPython's message
 * "name 'x' is not defined" (for errors raised without the attribute). */
static String *nameerror_name(AwState *S, Exception *e)
{
    String *k = awstr_intern_cstr(S, "name");
    Value v = k ? awexc_attr(S, e, k) : NULL_VAL;
    if (IS_STR(v))
        return AS_STR(v);
    if (!e->args || e->args->len != 1 || !IS_STR(e->args->items[0]))
        return NULL;
    String *msg = AS_STR(e->args->items[0]);
    const char *pre = "name '", *post = "' is not defined";
    size_t lp = strlen(pre), lq = strlen(post);
    if (msg->len <= lp + lq || memcmp(msg->data, pre, lp) != 0 ||
        memcmp(msg->data + msg->len - lq, post, lq) != 0)
        return NULL;
    return awstr_new(S, msg->data + lp, msg->len - lp - lq);
}

static String *suggest_name(AwState *S, Exception *e, Dict *globals)
{
    if (!e->tb)
        return NULL;
    String *name = nameerror_name(S, e);
    if (!name)
        return NULL;
    Traceback *tb = e->tb;
    while (tb->next)
        tb = tb->next;
    String *s = NULL;
    if (tb->code->flags & CO_FUNCTION)
        s = suggest_in_code(name, tb->code);
    if (!s)
        s = suggest_in_dict(name, globals);
    if (!s)
        s = suggest_in_dict(name, S->builtins);
    return s;
}

static String *suggest_attr(AwState *S, Exception *e)
{
    String *k = awstr_intern_cstr(S, "name");
    Value name = k ? awexc_attr(S, e, k) : NULL_VAL;
    k = awstr_intern_cstr(S, "obj");
    Value obj = e->dict && k ? awdict_get_str(S, e->dict, k) : NULL_VAL;
    if (!IS_STR(name) || IS_NULL(obj))
        return NULL;
    Value dir;
    if (!awbuiltins_dir(S, obj, &dir) || !IS_LIST(dir))
        return NULL;
    return suggest_in_list(AS_STR(name), AS_LIST(dir)->items,
                           AS_LIST(dir)->len);
}

static void print_suggestion(Printer *p, Exception *e)
{
    AwState *S = p->S;
    Dict *globals = p->globals;
    String *s = NULL;
    if (e->obj.type == EXC_TYPE(S, NameError))
        s = suggest_name(S, e, globals);
    else if (e->obj.type == EXC_TYPE(S, AttributeError))
        s = suggest_attr(S, e);
    awerr_clear(S);
    if (!s)
        return;
    put(p, ". Did you mean: '");
    put_str(p, s);
    put(p, "'?");
}

/* ------------------------------------------------------------------ */
/* One exception: traceback, location, message, notes                  */

static void print_type_name(Printer *p, Type *t)
{
    String *mod = t->module;
    if (mod && strcmp(mod->data, "builtins") != 0 &&
        strcmp(mod->data, "__main__") != 0) {
        put_str(p, mod);
        put(p, ".");
    }
    put_str(p, t->qualname ? t->qualname : t->name);
}

static void print_message(Printer *p, Type *t, Value value)
{
    AwState *S = p->S;
    margin(p);
    print_type_name(p, t);
    if (IS_NONE(value))
        return;
    Value s;
    if (!awobj_str(S, value, &s) || !IS_STR(s)) {
        awerr_clear(S);
        put(p, ": <exception str() failed>");
        return;
    }
    if (AS_STR(s)->len != 0)
        put(p, ": ");
    put_str(p, AS_STR(s));
}

/* A note's lines, each after the margin. */
static void print_note(Printer *p, String *note)
{
    const char *t = note->data, *end = t + note->len;
    do {
        const char *nl = memchr(t, '\n', (size_t)(end - t));
        const char *stop = nl ? nl + 1 : end;
        margin(p);
        emit(p, t, (size_t)(stop - t));
        t = stop;
    } while (t < end);
    put(p, "\n");
}

static void print_note_repr(Printer *p, Value v, const char *failed)
{
    Value r;
    margin(p);
    if (awobj_repr(p->S, v, &r) && IS_STR(r))
        put_str(p, AS_STR(r));
    else
        put(p, failed);
    awerr_clear(p->S);
    put(p, "\n");
}

static void print_notes(Printer *p, Exception *e)
{
    AwState *S = p->S;
    String *k = awstr_intern_cstr(S, "__notes__");
    Value notes = k && e->dict ? awdict_get_str(S, e->dict, k) : NULL_VAL;
    if (IS_NULL(notes))
        return;
    if (!IS_LIST(notes) && !IS_TUPLE(notes)) {
        print_note_repr(p, notes, "<__notes__ repr() failed>");
        return;
    }
    for (size_t i = 0;; i++) {
        size_t n = IS_LIST(notes) ? AS_LIST(notes)->len : AS_TUPLE(notes)->len;
        if (i >= n)
            break;
        Value note = IS_LIST(notes) ? AS_LIST(notes)->items[i]
                                    : AS_TUPLE(notes)->items[i];
        if (IS_STR(note))
            print_note(p, AS_STR(note));
        else
            print_note_repr(p, note, "<note str() failed>");
    }
}

static bool is_group(AwState *S, Value v)
{
    return awobj_isinstance(S, v, EXC_TYPE(S, BaseExceptionGroup));
}

static void print_exception(Printer *p, Value v)
{
    AwState *S = p->S;
    if (!IS_EXCEPTION(v)) {
        put(p, "TypeError: print_exception(): Exception expected for "
               "value, ");
        put(p, awobj_typename(S, v));
        put(p, " found\n");
        return;
    }
    Exception *e = AS_EXCEPTION(v);
    if (e->tb) {
        bool group = is_group(S, v);
        const char *hm = !p->depth ? "" : group && p->depth == 1 ? "+ " : "| ";
        print_tb(p, e->tb, hm,
                 group ? "Exception Group Traceback (most recent call "
                         "last):\n"
                       : "Traceback (most recent call last):\n");
    }
    if (IS_TUPLE(e->task_site) && AS_TUPLE(e->task_site)->len == 2) {
        /* aw's async traceback: where the task it escaped was made */
        Tuple *site = AS_TUPLE(e->task_site);
        indent(p, 2 * p->depth);
        put(p, "The task ");
        if (IS_STR(site->items[0])) {
            put(p, "'");
            put_str(p, AS_STR(site->items[0]));
            put(p, "' ");
        }
        put(p, "was created at:\n");
        Traceback *tb = IS_KIND(site->items[1], OBJ_TRACEBACK)
                            ? (Traceback *)AS_OBJ(site->items[1])
                            : NULL;
        for (; tb; tb = tb->next)
            print_entry(p, tb->code, awcode_line(tb->code, tb->pc));
    }
    Value value = v;
    if (awobj_isinstance(S, v, EXC_TYPE(S, SyntaxError)))
        value = print_syntax_location(p, e);
    awgc_push(S, value);
    print_message(p, e->obj.type, value);
    awgc_pop(S, 1);
    print_suggestion(p, e);
    put(p, "\n");
    print_notes(p, e);
}

/* ------------------------------------------------------------------ */
/* Exception groups                                                    */

static void print_recursive(Printer *p, Value v);

static void print_member(Printer *p, Tuple *excs, size_t i, size_t n)
{
    char line[64];
    bool truncated = i >= MAX_GROUP_WIDTH;
    indent(p, 2 * p->depth);
    if (truncated)
        snprintf(line, sizeof line,
                 "%s+---------------- ... "
                 "----------------\n",
                 i == 0 ? "+-" : "  ");
    else
        snprintf(line, sizeof line,
                 "%s+---------------- %zu "
                 "----------------\n",
                 i == 0 ? "+-" : "  ", i + 1);
    put(p, line);
    p->depth++;
    if (!truncated) {
        print_recursive(p, excs->items[i]);
    } else {
        size_t more = excs->len - MAX_GROUP_WIDTH;
        margin(p);
        snprintf(line, sizeof line, "and %zu more exception%s\n", more,
                 more > 1 ? "s" : "");
        put(p, line);
    }
    if (i == n - 1 && p->need_close) {
        indent(p, 2 * p->depth);
        put(p, "+------------------------------------\n");
        p->need_close = false;
    }
    p->depth--;
}

static void print_group(Printer *p, Value v)
{
    if (p->depth > MAX_GROUP_DEPTH) {
        char line[64];
        margin(p);
        snprintf(line, sizeof line, "... (max_group_depth is %d)\n",
                 MAX_GROUP_DEPTH);
        put(p, line);
        return;
    }
    if (p->depth == 0)
        p->depth = 1;
    print_exception(p, v);
    String *k = awstr_intern_cstr(p->S, "exceptions");
    Value ev = k ? awexc_attr(p->S, AS_EXCEPTION(v), k) : NULL_VAL;
    awerr_clear(p->S);
    if (IS_TUPLE(ev) && AS_TUPLE(ev)->len > 0) {
        Tuple *excs = AS_TUPLE(ev);
        size_t n =
            excs->len <= MAX_GROUP_WIDTH ? excs->len : MAX_GROUP_WIDTH + 1;
        p->need_close = false;
        for (size_t i = 0; i < n; i++) {
            if (i == n - 1)
                p->need_close = true;
            print_member(p, excs, i, n);
        }
    }
    if (p->depth == 1)
        p->depth = 0;
}

/* ------------------------------------------------------------------ */
/* The chain: causes and contexts first, oldest first                  */

static const char cause_message[] =
    "The above exception was the direct cause of the following "
    "exception:\n";
static const char context_message[] =
    "During handling of the above exception, another exception "
    "occurred:\n";

static bool seen(Printer *p, Value v)
{
    for (size_t i = 0; i < p->seen->len; i++)
        if (AS_OBJ(p->seen->items[i]) == AS_OBJ(v))
            return true;
    return false;
}

/* The exception that CPython prints before v, or NULL_VAL. */
static Value predecessor(Printer *p, Value v, const char **link)
{
    if (!IS_EXCEPTION(v))
        return NULL_VAL;
    Exception *e = AS_EXCEPTION(v);
    if (IS_EXCEPTION(e->cause)) {
        *link = cause_message;
        return seen(p, e->cause) ? NULL_VAL : e->cause;
    }
    if (e->obj.flags & EXC_SUPPRESS_CONTEXT || !IS_EXCEPTION(e->context))
        return NULL_VAL;
    *link = context_message;
    return seen(p, e->context) ? NULL_VAL : e->context;
}

static void print_single(Printer *p, Value v)
{
    if (IS_EXCEPTION(v) && is_group(p->S, v))
        print_group(p, v);
    else
        print_exception(p, v);
}

static void print_link(Printer *p, const char *message)
{
    margin(p);
    put(p, "\n");
    margin(p);
    put(p, message);
    margin(p);
    put(p, "\n");
}

/* v and the exceptions chained to it, the oldest first. The chain is
 * collected first (it is linear), so that long chains need no C
 * recursion; `links` holds the message printed after each older one. */
static void print_recursive(Printer *p, Value v)
{
    AwState *S = p->S;
    List *chain = awlist_new(S, 4);
    const char **links = NULL;
    size_t cap = 0;
    if (!chain || !awstate_c_enter(S, NULL)) {
        awerr_clear(S);
        print_single(p, v);
        return;
    }
    awgc_push(S, OBJ_VAL(chain));
    const char *link = NULL;
    for (Value x = v; !IS_NULL(x); x = predecessor(p, x, &link)) {
        if (chain->len == cap) {
            size_t ncap = cap ? 2 * cap : 8;
            const char **nl = awmem_realloc(S, links, cap * sizeof *links,
                                            ncap * sizeof *links);
            if (!nl)
                break;
            links = nl;
            cap = ncap;
        }
        if (!awlist_append(S, chain, x) || !awlist_append(S, p->seen, x))
            break;
        links[chain->len - 1] = link;
    }
    bool need_close = p->need_close;
    for (size_t i = chain->len; i-- > 0;) {
        print_single(p, chain->items[i]);
        if (i > 0) {
            p->need_close = need_close;
            print_link(p, links[i]);
        }
    }
    awmem_free(S, links, cap * sizeof *links);
    awgc_pop(S, 1);
    AW_C_LEAVE(S);
    awerr_clear(S);
}

/* The report into sink, or to write_err when sink is NULL. */
static void print_report(AwState *S, Value exc, Dict *globals, StrBuf *sink)
{
    Value saved = S->exc;
    size_t base = S->nroots;
    awgc_push(S, saved);
    awgc_push(S, exc);
    if (globals)
        awgc_push(S, OBJ_VAL(globals));
    S->exc = NULL_VAL;
    Printer p = {S, globals, 0, false, awlist_new(S, 8), sink};
    if (p.seen) {
        awgc_push(S, OBJ_VAL(p.seen));
        print_recursive(&p, exc);
    } else {
        awerr_clear(S);
        put(&p, "MemoryError\n");
    }
    awgc_pop(S, S->nroots - base);
    S->exc = saved;
}

void awexc_print_ex(AwState *S, Value exc, Dict *globals)
{
    print_report(S, exc, globals, NULL);
}

void awexc_print(AwState *S, Value exc)
{
    print_report(S, exc, NULL, NULL);
}

void awexc_format(AwState *S, Value exc, Dict *globals, struct StrBuf *out)
{
    print_report(S, exc, globals, out);
}
