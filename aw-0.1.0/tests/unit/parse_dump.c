/* Test driver for the front end: parses a file and prints its AST (one
 * line, CPython ast.dump style with positions) or the error as
 * `Kind: msg (line L, col C)`. tests/unit/parse/check.py compares the
 * output with CPython's. Usage: parse_dump [-e] [-p] FILE|-  (-e: eval
 * mode; -p: add the error's end position; -n: print only "ok" for a
 * tree, for inputs too deep to print recursively). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lang/ast.h"
#include "lang/parser.h"
#include "vm/object.h"

static void dump(const Node *n);

static void dump_list(const char *field, const NodeList *l)
{
    printf("%s=[", field);
    for (int i = 0; i < l->n; i++) {
        if (i)
            printf(", ");
        dump(l->items[i]);
    }
    printf("]");
}

static void dump_field(const char *field, const Node *n)
{
    printf(", %s=", field);
    dump(n);
}

/* Bytes of a str/bytes constant, escaped the way check.py does. */
static void dump_bytes(const char *s, size_t len)
{
    putchar('"');
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            printf("\\%c", c);
        else if (c < 0x20 || c >= 0x7f)
            printf("\\x%02x", c);
        else
            putchar(c);
    }
    putchar('"');
}

/* An integer literal's digits in base 10 (schoolbook, for tests). */
static void dump_int(const char *digits, int base)
{
    size_t n = strlen(digits);
    char *dec = calloc(n * 4 + 2, 1);
    size_t len = 1;
    dec[0] = 0;
    for (size_t i = 0; i < n; i++) {
        int d = digits[i] <= '9' ? digits[i] - '0'
                                 : (digits[i] | 0x20) - 'a' + 10;
        int carry = d;
        for (size_t j = 0; j < len; j++) {
            int v = dec[j] * base + carry;
            dec[j] = (char)(v % 10);
            carry = v / 10;
        }
        while (carry) {
            dec[len++] = (char)(carry % 10);
            carry /= 10;
        }
    }
    while (len > 1 && dec[len - 1] == 0)
        len--;
    printf("int:");
    for (size_t j = len; j-- > 0;)
        putchar('0' + dec[j]);
    free(dec);
}

static void dump_const(const Node *n)
{
    switch (n->op) {
    case CONST_NONE: printf("None"); break;
    case CONST_TRUE: printf("True"); break;
    case CONST_FALSE: printf("False"); break;
    case CONST_ELLIPSIS: printf("Ellipsis"); break;
    case CONST_INT: dump_int(n->str, n->flags); break;
    case CONST_FLOAT: printf("float:%.17g", strtod(n->str, NULL)); break;
    case CONST_IMAG: printf("imag:%.17g", strtod(n->str, NULL)); break;
    case CONST_STR: printf("str:"); dump_bytes(n->str, n->len); break;
    default: printf("bytes:"); dump_bytes(n->str, n->len); break;
    }
}

static const char *binop_name(int op)
{
    static const char *const names[] = {
        "Add", "Sub", "Mult", "Div", "FloorDiv", "Mod", "Pow", "MatMult",
        "LShift", "RShift", "BitAnd", "BitOr", "BitXor"};
    return op >= 0 && op < BINOP_COUNT ? names[op] : "?";
}

static const char *cmp_name(int op)
{
    static const char *const names[] = {"Lt", "LtE", "Eq", "NotEq", "Gt",
                                        "GtE", "In", "NotIn", "Is", "IsNot"};
    return op >= 0 && op <= CMPK_IS_NOT ? names[op] : "?";
}

static const char *ctx_name(const Node *n)
{
    return n->ctx == CTX_STORE ? "Store" : n->ctx == CTX_DEL ? "Del" : "Load";
}

static void dump_arguments(const Node *n)
{
    NodeList pos = n->list1, only = n->list1;
    only.n = n->op;
    pos.items += n->op;
    pos.n -= n->op;
    dump_list("posonlyargs", &only);
    printf(", ");
    dump_list("args", &pos);
    if (n->a)
        dump_field("vararg", n->a);
    printf(", ");
    dump_list("kwonlyargs", &n->list2);
    printf(", ");
    dump_list("kw_defaults", &n->list4);
    if (n->b)
        dump_field("kwarg", n->b);
    printf(", ");
    dump_list("defaults", &n->list3);
}

static bool has_position(NodeKind k)
{
    return k != N_MODULE && k != N_WITHITEM && k != N_COMPREHENSION &&
           k != N_ARGUMENTS;
}

static void dump_stmt(const Node *n)
{
    switch (n->kind) {
    case N_MODULE: dump_list("body", &n->list1); break;
    case N_EXPR_STMT: printf("value="); dump(n->a); break;
    case N_ASSIGN:
        dump_list("targets", &n->list1);
        dump_field("value", n->a);
        break;
    case N_AUGASSIGN:
        printf("target=");
        dump(n->a);
        printf(", op=%s", binop_name(n->op));
        dump_field("value", n->b);
        break;
    case N_ANNASSIGN:
        printf("target=");
        dump(n->a);
        dump_field("annotation", n->b);
        if (n->c)
            dump_field("value", n->c);
        printf(", simple=%d", (n->flags & NF_SIMPLE) ? 1 : 0);
        break;
    case N_DEL: dump_list("targets", &n->list1); break;
    case N_RETURN: if (n->a) { printf("value="); dump(n->a); } break;
    case N_RAISE:
        if (n->a) { printf("exc="); dump(n->a); }
        if (n->b) dump_field("cause", n->b);
        break;
    case N_GLOBAL:
    case N_NONLOCAL:
        printf("names=[");
        for (int i = 0; i < n->list1.n; i++)
            printf("%s'%s'", i ? ", " : "", n->list1.items[i]->str);
        printf("]");
        break;
    case N_ASSERT:
        printf("test=");
        dump(n->a);
        if (n->b)
            dump_field("msg", n->b);
        break;
    case N_IF:
    case N_WHILE:
        printf("test=");
        dump(n->a);
        printf(", ");
        dump_list("body", &n->list1);
        printf(", ");
        dump_list("orelse", &n->list2);
        break;
    case N_FOR:
        printf("target=");
        dump(n->a);
        dump_field("iter", n->b);
        printf(", ");
        dump_list("body", &n->list1);
        printf(", ");
        dump_list("orelse", &n->list2);
        break;
    case N_TRY:
        dump_list("body", &n->list1);
        printf(", ");
        dump_list("handlers", &n->list2);
        printf(", ");
        dump_list("orelse", &n->list3);
        printf(", ");
        dump_list("finalbody", &n->list4);
        break;
    case N_EXCEPT:
        if (n->a) { printf("type="); dump(n->a); printf(", "); }
        if (n->str) printf("name='%s', ", n->str);
        dump_list("body", &n->list1);
        break;
    case N_WITH:
        dump_list("items", &n->list1);
        printf(", ");
        dump_list("body", &n->list2);
        break;
    case N_WITHITEM:
        printf("context_expr=");
        dump(n->a);
        if (n->b)
            dump_field("optional_vars", n->b);
        break;
    case N_FUNCDEF:
        printf("name='%s'", n->str);
        dump_field("args", n->a);
        printf(", ");
        dump_list("body", &n->list1);
        printf(", ");
        dump_list("decorator_list", &n->list2);
        if (n->b)
            dump_field("returns", n->b);
        break;
    case N_CLASSDEF:
        printf("name='%s', ", n->str);
        dump_list("bases", &n->list1);
        printf(", ");
        dump_list("keywords", &n->list2);
        printf(", ");
        dump_list("body", &n->list3);
        printf(", ");
        dump_list("decorator_list", &n->list4);
        break;
    case N_IMPORT: dump_list("names", &n->list1); break;
    case N_IMPORTFROM:
        if (n->str) printf("module='%s', ", n->str);
        dump_list("names", &n->list1);
        printf(", level=%d", n->op);
        break;
    case N_ALIAS:
        printf("name='%s'", n->str);
        if (n->str2) printf(", asname='%s'", n->str2);
        break;
    default:
        break;
    }
}

static void dump_expr(const Node *n)
{
    switch (n->kind) {
    case N_NAME: printf("id='%s', ctx=%s()", n->str, ctx_name(n)); break;
    case N_CONST: printf("value="); dump_const(n); break;
    case N_FSTRING: dump_list("values", &n->list1); break;
    case N_FORMATTED:
        printf("value=");
        dump(n->a);
        printf(", conversion=%d", n->op ? n->op : -1);
        if (n->b) dump_field("format_spec", n->b);
        break;
    case N_BOOLOP:
        printf("op=%s(), ", n->op ? "Or" : "And");
        dump_list("values", &n->list1);
        break;
    case N_BINOP:
        printf("left=");
        dump(n->a);
        printf(", op=%s()", binop_name(n->op));
        dump_field("right", n->b);
        break;
    case N_UNARYOP: {
        static const char *const ops[] = {"Not", "USub", "UAdd", "Invert"};
        printf("op=%s()", ops[n->op]);
        dump_field("operand", n->a);
        break;
    }
    case N_COMPARE:
        printf("left=");
        dump(n->a);
        printf(", ops=[");
        for (int i = 0; i < n->list1.n; i++)
            printf("%s%s()", i ? ", " : "", cmp_name(n->ops[i]));
        printf("], ");
        dump_list("comparators", &n->list1);
        break;
    case N_CALL:
        printf("func=");
        dump(n->a);
        printf(", ");
        dump_list("args", &n->list1);
        printf(", ");
        dump_list("keywords", &n->list2);
        break;
    case N_KEYWORD:
        if (n->str) printf("arg='%s', ", n->str);
        printf("value=");
        dump(n->a);
        break;
    case N_ATTRIBUTE:
        printf("value=");
        dump(n->a);
        printf(", attr='%s', ctx=%s()", n->str, ctx_name(n));
        break;
    case N_SUBSCRIPT:
        printf("value=");
        dump(n->a);
        dump_field("slice", n->b);
        printf(", ctx=%s()", ctx_name(n));
        break;
    case N_SLICE: {
        const char *sep = "";
        if (n->a) { printf("lower="); dump(n->a); sep = ", "; }
        if (n->b) { printf("%supper=", sep); dump(n->b); sep = ", "; }
        if (n->c) { printf("%sstep=", sep); dump(n->c); }
        break;
    }
    case N_STARRED:
        printf("value=");
        dump(n->a);
        printf(", ctx=%s()", ctx_name(n));
        break;
    case N_TUPLE:
    case N_LIST:
        dump_list("elts", &n->list1);
        printf(", ctx=%s()", ctx_name(n));
        break;
    case N_SET: dump_list("elts", &n->list1); break;
    case N_DICT:
        printf("keys=[");
        for (int i = 0; i < n->list1.n; i++) {
            printf("%s", i ? ", " : "");
            if (n->list1.items[i])
                dump(n->list1.items[i]);
            else
                printf("None");
        }
        printf("], ");
        dump_list("values", &n->list2);
        break;
    case N_LISTCOMP:
    case N_SETCOMP:
    case N_GENEXP:
        printf("elt=");
        dump(n->a);
        printf(", ");
        dump_list("generators", &n->list1);
        break;
    case N_DICTCOMP:
        printf("key=");
        dump(n->a);
        dump_field("value", n->b);
        printf(", ");
        dump_list("generators", &n->list1);
        break;
    case N_COMPREHENSION:
        printf("target=");
        dump(n->a);
        dump_field("iter", n->b);
        printf(", ");
        dump_list("ifs", &n->list1);
        printf(", is_async=%d", (n->flags & NF_ASYNC) ? 1 : 0);
        break;
    case N_IFEXP:
        printf("test=");
        dump(n->a);
        dump_field("body", n->b);
        dump_field("orelse", n->c);
        break;
    case N_LAMBDA:
        printf("args=");
        dump(n->a);
        dump_field("body", n->b);
        break;
    case N_NAMEDEXPR:
        printf("target=");
        dump(n->a);
        dump_field("value", n->b);
        break;
    case N_AWAIT:
    case N_YIELD:
    case N_YIELDFROM:
        if (n->a) { printf("value="); dump(n->a); }
        break;
    case N_ARGUMENTS: dump_arguments(n); break;
    case N_ARG:
        printf("arg='%s'", n->str);
        if (n->a) dump_field("annotation", n->a);
        break;
    default:
        dump_stmt(n);
        break;
    }
}

static void dump(const Node *n)
{
    if (!n) {
        printf("None");
        return;
    }
    const char *name = awast_kind_name((NodeKind)n->kind);
    if (n->flags & NF_ASYNC && (n->kind == N_FOR || n->kind == N_WITH ||
                                n->kind == N_FUNCDEF))
        printf("Async");
    printf("%s(", name);
    dump_expr(n);
    printf(")");
    if (has_position((NodeKind)n->kind))
        printf("@%d:%d-%d:%d", n->line, n->col, n->end_line, n->end_col);
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    for (size_t got; buf && (got = fread(buf + n, 1, cap - n - 1, f)) > 0;) {
        n += got;
        if (cap - n < 2) {
            char *more = realloc(buf, cap *= 2);
            if (!more)
                free(buf);
            buf = more;
        }
    }
    if (f != stdin)
        fclose(f);
    if (buf) {
        buf[n] = 0;
        *len = n;
    }
    return buf;
}

int main(int argc, char **argv)
{
    ParseMode mode = PARSE_FILE;
    bool ends = false, quiet = false;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-e"))
            mode = PARSE_EVAL;
        else if (!strcmp(argv[i], "-p"))
            ends = true;
        else if (!strcmp(argv[i], "-n"))
            quiet = true;
        else
            path = argv[i];
    }
    size_t len;
    char *src = path ? read_all(path, &len) : NULL;
    if (!src) {
        fprintf(stderr, "usage: parse_dump [-e] [-p] [-n] FILE|-\n");
        return 2;
    }
    Arena *arena = awarena_new();
    ParseError err;
    Node *tree = NULL;
    if (arena) {
        tree = awparse(arena, src, len, mode, &err);
    } else {
        err.kind = PERR_NOMEM;
        snprintf(err.msg, sizeof err.msg, "out of memory");
        err.line = err.col = err.end_line = err.end_col = 0;
    }
    if (tree && quiet) {
        printf("ok\n");
    } else if (tree) {
        dump(tree);
        printf("\n");
    } else {
        static const char *const kinds[] = {"SyntaxError", "IndentationError",
                                            "TabError", "MemoryError"};
        printf("%s: %s (line %d, col %d", kinds[err.kind], err.msg, err.line,
               err.col);
        if (ends)
            printf(", end_line %d, end_col %d", err.end_line, err.end_col);
        printf(")\n");
    }
    awarena_free(arena);
    free(src);
    return tree ? 0 : 1;
}
