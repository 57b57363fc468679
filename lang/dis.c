/* The disassembler behind `aw --dis`: CPython-3.11-dis-like listings of a
 * code object and of every code object nested in its constants. Offsets
 * are instruction (word) indices. */
#include <stdlib.h>
#include <string.h>

#include "lang/compile.h"
#include "lang/opcodes.h"
#include "vm/interp.h"
#include "vm/str.h"

static const char *const opnames[] = {
#define X(name, effect, doc) #name,
    OPCODE_LIST(X)
#undef X
};

static const char *const binop_names[] = {
#define X(n, s, d, r) s,
    BINOP_LIST(X)
#undef X
};

static const char *const cmp_names[] = {"<", "<=", "==", "!=", ">", ">="};

static const char *const make_function_flags[] = {"defaults", "kwdefaults",
                                                  "annotations", "closure"};

static const char *const format_converters[] = {"", "str", "repr", "ascii"};

static bool has_arg(int op)
{
    switch (op) {
    case OP_NOP:
    case OP_POP_TOP:
    case OP_PUSH_NULL:
    case OP_UNARY_NEG:
    case OP_UNARY_POS:
    case OP_UNARY_NOT:
    case OP_UNARY_INVERT:
    case OP_BINARY_SUBSCR:
    case OP_STORE_SUBSCR:
    case OP_DELETE_SUBSCR:
    case OP_LIST_TO_TUPLE:
    case OP_GET_ITER:
    case OP_RETURN_VALUE:
    case OP_PUSH_EXC_INFO:
    case OP_POP_EXCEPT:
    case OP_CHECK_EXC_MATCH:
    case OP_LOAD_ASSERTION_ERROR:
    case OP_LOAD_BUILD_CLASS:
    case OP_IMPORT_STAR:
    case OP_WITH_EXCEPT_START:
    case OP_RETURN_GENERATOR:
    case OP_GET_YIELD_FROM_ITER:
    case OP_GET_AITER:
    case OP_GET_ANEXT:
    case OP_END_ASYNC_FOR:
    case OP_POP_AITER:
    case OP_SETUP_ANNOTATIONS: return false;
    default: return true;
    }
}

static bool is_jump_op(int op)
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

static bool uses_name(int op)
{
    switch (op) {
    case OP_LOAD_NAME:
    case OP_STORE_NAME:
    case OP_DELETE_NAME:
    case OP_LOAD_GLOBAL:
    case OP_STORE_GLOBAL:
    case OP_DELETE_GLOBAL:
    case OP_LOAD_ATTR:
    case OP_STORE_ATTR:
    case OP_DELETE_ATTR:
    case OP_LOAD_METHOD:
    case OP_IMPORT_NAME:
    case OP_IMPORT_FROM: return true;
    default: return false;
    }
}

static bool uses_local(int op)
{
    switch (op) {
    case OP_LOAD_FAST:
    case OP_STORE_FAST:
    case OP_DELETE_FAST:
    case OP_LOAD_DEREF:
    case OP_STORE_DEREF:
    case OP_DELETE_DEREF:
    case OP_LOAD_CLOSURE: return true;
    default: return false;
    }
}

static void put_string(StrBuf *b, const String *s)
{
    if (s)
        awbuf_put(b, s->data, s->len);
    else
        awbuf_puts(b, "?");
}

/* The parenthesised detail after the argument; false on error. */
static bool put_argrepr(Code *co, int op, uint32_t arg, StrBuf *b)
{
    uint32_t nlocalsplus = co->nlocals + co->ncells + co->nfrees;
    if (op == OP_LOAD_CONST && arg < co->nconsts) {
        awbuf_puts(b, " (");
        if (!awbuf_repr(b, co->consts[arg]))
            return false;
    } else if (uses_name(op) && arg < co->nnames) {
        awbuf_puts(b, " (");
        put_string(b, co->names[arg]);
    } else if (uses_local(op) && arg < nlocalsplus) {
        awbuf_puts(b, " (");
        put_string(b, co->localnames[arg]);
    } else if (is_jump_op(op)) {
        awbuf_printf(b, " (to %u", arg);
    } else if (op == OP_COMPARE_OP && arg < 6) {
        awbuf_printf(b, " (%s", cmp_names[arg]);
    } else if (op == OP_BINARY_OP && arg < 2 * BINOP_COUNT) {
        awbuf_printf(b, " (%s%s", binop_names[arg % BINOP_COUNT],
                     arg >= BINOP_INPLACE ? "=" : "");
    } else if (op == OP_FORMAT_VALUE) {
        const char *conv = format_converters[arg & 3];
        if (!*conv && !(arg & 4))
            return true;
        awbuf_printf(b, " (%s%s%s", conv, *conv && (arg & 4) ? ", " : "",
                     (arg & 4) ? "with format" : "");
    } else if (op == OP_MAKE_FUNCTION && (arg & 15)) {
        const char *sep = "";
        awbuf_puts(b, " (");
        for (int i = 0; i < 4; i++) {
            if (arg & (1u << i)) {
                awbuf_printf(b, "%s%s", sep, make_function_flags[i]);
                sep = ", ";
            }
        }
    } else {
        return true;
    }
    awbuf_putc(b, ')');
    return true;
}

/* Offsets that start a new source line: their line, else 0. */
static int line_start(Code *co, uint32_t *next_entry, int *last_line,
                      uint32_t pc)
{
    int line = 0;
    while (*next_entry < co->nlines && co->lines[*next_entry].start <= pc) {
        int l = co->lines[*next_entry].line;
        if (co->lines[*next_entry].start == pc && l > 0 && l != *last_line) {
            line = l;
            *last_line = l;
        } else if (l > 0 && l != *last_line) {
            *last_line = l;
        }
        (*next_entry)++;
    }
    return line;
}

static bool *jump_targets(AwState *S, Code *co)
{
    bool *t = calloc((size_t)co->ncode + 1, sizeof *t);
    if (!t) {
        awerr_nomem(S);
        return NULL;
    }
    for (uint32_t pc = 0; pc < co->ncode; pc++) {
        uint32_t w = co->code[pc];
        if (is_jump_op((int)INSTR_OP(w)) && INSTR_ARG(w) <= co->ncode)
            t[INSTR_ARG(w)] = true;
    }
    for (uint32_t i = 0; i < co->nexc; i++)
        if (co->exctab[i].target <= co->ncode)
            t[co->exctab[i].target] = true;
    return t;
}

static int digits(uint32_t n)
{
    int d = 1;
    while (n >= 10) {
        n /= 10;
        d++;
    }
    return d;
}

static bool dis_instr(Code *co, uint32_t pc, int line, bool target,
                      int widths[2], StrBuf *b)
{
    uint32_t w = co->code[pc];
    int op = (int)INSTR_OP(w);
    uint32_t arg = INSTR_ARG(w);
    size_t start = b->len;
    if (line > 0)
        awbuf_printf(b, "%*d", widths[0], line);
    else
        awbuf_printf(b, "%*s", widths[0], "");
    awbuf_printf(b, "     %s %*u ", target ? ">>" : "  ", widths[1], pc);
    const char *name = op < OP__COUNT ? opnames[op] : "<unknown>";
    if (!has_arg(op) && op < OP__COUNT) {
        awbuf_puts(b, name);
    } else {
        awbuf_printf(b, "%-20s %5u", name, arg);
        if (!put_argrepr(co, op, arg, b))
            return false;
    }
    while (b->len > start && b->data && b->data[b->len - 1] == ' ')
        b->len--;
    awbuf_putc(b, '\n');
    return true;
}

static void dis_exctab(Code *co, StrBuf *b)
{
    if (co->nexc == 0)
        return;
    awbuf_puts(b, "ExceptionTable:\n");
    for (uint32_t i = 0; i < co->nexc; i++) {
        const ExcEntry *e = &co->exctab[i];
        awbuf_printf(b, "  %u to %u -> %u [%u]%s\n", e->start, e->end - 1,
                     e->target, e->depth, e->lasti ? " lasti" : "");
    }
}

static bool dis_code(AwState *S, Code *co, StrBuf *b)
{
    bool *targets = jump_targets(S, co);
    if (!targets)
        return false;
    int maxline = 0;
    for (uint32_t i = 0; i < co->nlines; i++)
        if (co->lines[i].line > maxline)
            maxline = co->lines[i].line;
    int widths[2] = {maxline >= 1000 ? digits((uint32_t)maxline) : 3,
                     co->ncode > 10000 ? digits(co->ncode - 1) : 4};
    uint32_t next_entry = 0;
    int last_line = -1;
    bool ok = true;
    for (uint32_t pc = 0; ok && pc < co->ncode; pc++) {
        int line = line_start(co, &next_entry, &last_line, pc);
        if (line > 0 && pc > 0)
            awbuf_putc(b, '\n');
        ok = dis_instr(co, pc, line, targets[pc], widths, b);
    }
    free(targets);
    if (ok)
        dis_exctab(co, b);
    return ok;
}

bool awcomp_dis(AwState *S, Code *code, StrBuf *out)
{
    if (!awstate_c_enter(S, "during disassembly"))
        return false;
    awbuf_puts(out, "Disassembly of ");
    bool ok = awbuf_repr(out, OBJ_VAL(code));
    if (ok) {
        awbuf_puts(out, ":\n");
        ok = dis_code(S, code, out);
    }
    for (uint32_t i = 0; ok && i < code->nconsts; i++) {
        Value v = code->consts[i];
        if (IS_KIND(v, OBJ_CODE)) {
            awbuf_putc(out, '\n');
            ok = awcomp_dis(S, (Code *)AS_OBJ(v), out);
        }
    }
    AW_C_LEAVE(S);
    return ok;
}
