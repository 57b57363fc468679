/* The abstract syntax tree: one Node shape for every construct, allocated
 * in a per-compile arena that is freed in one step. The parser
 * (lang/grammar.y through lang/ast.c builders) makes it; the compiler
 * (lang/compile.c) reads it. The comment on each kind says what its fields
 * hold; a field not mentioned is NULL/0. */
#ifndef AW_AST_H
#define AW_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Arena Arena;
typedef struct Node Node;

/* A growable array of nodes in the arena. */
typedef struct NodeList {
    int n, cap;
    Node **items;
} NodeList;

typedef enum {
    /* ---- module ---- */
    N_MODULE,      /* list1: statements */

    /* ---- statements ---- */
    N_EXPR_STMT,   /* a: the expression */
    N_ASSIGN,      /* list1: targets (a = b = v has two), a: value */
    N_AUGASSIGN,   /* a: target, op: BinOp (not in-place code), b: value */
    N_ANNASSIGN,   /* a: target, b: annotation, c: value or NULL,
                      flags & NF_SIMPLE when target is a bare name */
    N_DEL,         /* list1: targets */
    N_PASS,
    N_BREAK,
    N_CONTINUE,
    N_RETURN,      /* a: value or NULL */
    N_RAISE,       /* a: exception or NULL, b: cause or NULL */
    N_GLOBAL,      /* list1: N_NAME nodes */
    N_NONLOCAL,    /* list1: N_NAME nodes */
    N_ASSERT,      /* a: test, b: message or NULL */
    N_IF,          /* a: test, list1: body, list2: orelse (elif is a nested
                      N_IF alone in orelse) */
    N_WHILE,       /* a: test, list1: body, list2: orelse */
    N_FOR,         /* a: target, b: iterable, list1: body, list2: orelse,
                      flags & NF_ASYNC */
    N_TRY,         /* list1: body, list2: handlers (N_EXCEPT), list3:
                      orelse, list4: finalbody */
    N_EXCEPT,      /* a: type or NULL (bare except), str: name or NULL,
                      list1: body */
    N_WITH,        /* list1: items (N_WITHITEM), list2: body,
                      flags & NF_ASYNC */
    N_WITHITEM,    /* a: context expr, b: target or NULL */
    N_FUNCDEF,     /* str: name, a: N_ARGUMENTS, list1: body, list2:
                      decorators, b: return annotation or NULL,
                      flags & NF_ASYNC */
    N_CLASSDEF,    /* str: name, list1: bases (may hold N_STARRED), list2:
                      keywords (N_KEYWORD), list3: body, list4: decorators */
    N_IMPORT,      /* list1: N_ALIAS (str: dotted name, str2: asname) */
    N_IMPORTFROM,  /* str: module (NULL for "from . import x"), op: level
                      (leading dots), list1: N_ALIAS; a single alias with
                      str "*" is import-star */
    N_ALIAS,       /* str: name (dotted), str2: asname or NULL */

    /* ---- expressions ---- */
    N_NAME,        /* str: identifier; ctx: load/store/del */
    N_CONST,       /* op: ConstKind; str/len: the payload, see ConstKind */
    N_FSTRING,     /* list1: parts, each an N_CONST (CONST_STR) or an
                      N_FORMATTED */
    N_FORMATTED,   /* a: value, op: conversion 0/'s'/'r'/'a', b: format
                      spec as an N_FSTRING or NULL */
    N_BOOLOP,      /* op: 0 and, 1 or; list1: operands (2 or more) */
    N_BINOP,       /* op: BinOp, a: left, b: right */
    N_UNARYOP,     /* op: UnaryKind, a: operand */
    N_COMPARE,     /* a: left, list1: comparators, ops: CmpKind per
                      comparator (arena array of list1.n ints) */
    N_CALL,        /* a: callee, list1: positional args (may hold
                      N_STARRED), list2: N_KEYWORD (str NULL for **x) */
    N_KEYWORD,     /* str: name or NULL for **, a: value */
    N_ATTRIBUTE,   /* a: object, str: attribute name; ctx */
    N_SUBSCRIPT,   /* a: object, b: index (N_SLICE or expr, a tuple for
                      x[a, b]); ctx */
    N_SLICE,       /* a: lower, b: upper, c: step; each may be NULL */
    N_STARRED,     /* a: value; ctx */
    N_TUPLE,       /* list1: elements; ctx */
    N_LIST,        /* list1: elements; ctx */
    N_SET,         /* list1: elements */
    N_DICT,        /* list1: keys (NULL for a **m entry), list2: values */
    N_LISTCOMP,    /* a: element, list1: N_COMPREHENSION clauses */
    N_SETCOMP,     /* a: element, list1: clauses */
    N_DICTCOMP,    /* a: key, b: value, list1: clauses */
    N_GENEXP,      /* a: element, list1: clauses */
    N_COMPREHENSION, /* a: target, b: iterable, list1: if-conditions,
                        flags & NF_ASYNC */
    N_IFEXP,       /* a: test, b: body, c: orelse */
    N_LAMBDA,      /* a: N_ARGUMENTS, b: body expression */
    N_NAMEDEXPR,   /* a: target N_NAME, b: value */
    N_AWAIT,       /* a: value */
    N_YIELD,       /* a: value or NULL */
    N_YIELDFROM,   /* a: value */

    /* ---- parameters ---- */
    N_ARGUMENTS,   /* list1: positional params (N_ARG; the first op of them
                      are positional-only, op = posonly count), a: *args
                      N_ARG or NULL, list2: keyword-only N_ARG, b: **kwargs
                      N_ARG or NULL, list3: defaults of the last
                      list3.n positional params, list4: defaults of the
                      keyword-only params, one per param, NULL where none
                      */
    N_ARG,         /* str: name, a: annotation or NULL */

    N__COUNT
} NodeKind;

typedef enum { CTX_LOAD = 0, CTX_STORE, CTX_DEL } ExprCtx;

/* N_CONST payloads. Text is already decoded: escapes processed, adjacent
 * literals concatenated, '_' removed from numbers. */
typedef enum {
    CONST_NONE,
    CONST_TRUE,
    CONST_FALSE,
    CONST_ELLIPSIS,
    CONST_INT,   /* str: digits only, no prefix; flags: base 10/16/8/2 */
    CONST_FLOAT, /* str: text for strtod, e.g. "1000.5", "1e-3" */
    CONST_IMAG,  /* str: as FLOAT (complex is not supported: compile error) */
    CONST_STR,   /* str/len: UTF-8 bytes (may contain NUL) */
    CONST_BYTES  /* str/len: raw bytes */
} ConstKind;

typedef enum { UOP_NOT, UOP_NEG, UOP_POS, UOP_INVERT } UnaryKind;
typedef enum {
    CMPK_LT, CMPK_LE, CMPK_EQ, CMPK_NE, CMPK_GT, CMPK_GE, /* = CmpOp */
    CMPK_IN, CMPK_NOT_IN, CMPK_IS, CMPK_IS_NOT
} CmpKind;

enum {
    NF_ASYNC = 1 << 0,
    NF_SIMPLE = 1 << 1,
    NF_PARENTHESIZED = 1 << 2 /* a tuple/genexp written in parentheses */
};

struct Node {
    uint16_t kind;  /* NodeKind */
    uint8_t ctx;    /* ExprCtx */
    uint8_t flags;  /* NF_* ; for CONST_INT the base */
    int32_t op;
    /* source span: 1-based lines, 0-based byte columns (CPython's) */
    int32_t line, col, end_line, end_col;
    Node *a, *b, *c;
    NodeList list1, list2, list3, list4;
    int32_t *ops; /* N_COMPARE */
    const char *str;
    size_t len;
    const char *str2;
};

/* Arena: bump allocation in large blocks; everything is freed together.
 * Uses plain malloc (compilation is not part of the GC heap); NULL on
 * exhaustion. */
Arena *awarena_new(void);
void awarena_free(Arena *a);
void *awarena_alloc(Arena *a, size_t size);
char *awarena_strdup(Arena *a, const char *s, size_t len);

Node *awast_node(Arena *a, NodeKind kind, int line, int col);
bool awast_push(Arena *a, NodeList *l, Node *item);
const char *awast_kind_name(NodeKind k); /* for debugging dumps */

#endif
