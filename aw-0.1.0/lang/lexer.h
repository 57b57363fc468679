/* The front end's internal interface. The tokenizer (lang/lexer.re): a
 * re2c scanner for single tokens and a hand-written wrapper that turns line
 * starts into INDENT/DEDENT with CPython's indent stack, sends the pending
 * NEWLINE at the end and tracks bracket nesting. The parse context and the
 * AST builders that lang/grammar.y's actions call (lang/ast.c,
 * lang/parser.c). Nothing here is used outside lang/. */
#ifndef AW_LEXER_H
#define AW_LEXER_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lang/parser.h"

#define AWLEX_MAXLEVEL 200 /* bracket nesting (CPython's MAXLEVEL) */
#define AWLEX_MAXINDENT 100 /* indentation levels (CPython's MAXINDENT) */

/* Token codes are AW_TK_* from the generated lang/grammar.h; the lexer
 * also returns these two, which never reach the grammar. */
#define AWLEX_ERROR (-1) /* a tokenizer error is in *lx->err */
#define AWLEX_EOF 0      /* end of input, after the NEWLINE and DEDENTs */

/* Kinds of tokenizer errors: CPython's check of the rest of the source
 * after a parser error reports only the first kind, and an unclosed
 * bracket when it opened on an earlier line than the parser error. */
enum { AWLEX_ERR_HARD, AWLEX_ERR_SOFT, AWLEX_ERR_UNCLOSED };

/* A token is a slice of the source. Lines are 1-based, columns 0-based
 * bytes, the end exclusive. INDENT, DEDENT and the end marker have no
 * extent: col is the cursor column and end_col is -1, as in CPython. */
typedef struct Token {
    int type;
    const char *s;
    int len;
    int line, col;
    int end_line, end_col;
    int level; /* bracket depth after the token */
} Token;

typedef struct Bracket {
    char ch;
    int line, col;
} Bracket;

typedef struct Lexer {
    const char *src, *lim; /* the source; *lim is NUL */
    const char *cur, *mar, *tok;
    const char *line_start; /* first byte of the current physical line */
    int line;
    int indent; /* index of the top of the indent stacks */
    int indstack[AWLEX_MAXINDENT];
    int altstack[AWLEX_MAXINDENT]; /* tabs as 1 column, for TabError */
    int pending;   /* >0: INDENTs still to send, <0: DEDENTs */
    bool atbol;    /* at the beginning of a line, indentation not read */
    bool midline;  /* a token was sent since the last NEWLINE */
    bool at_eof;   /* the scanner reached the end */
    bool eval_mode; /* a last line of blanks with no newline is not blank
                       (CPython's eval input has no newline added) */
    const char *eof_comment; /* a comment ending the last line */
    int depth;
    Bracket brackets[AWLEX_MAXLEVEL];
    int errclass; /* of the last error: one of AWLEX_ERR_* */
    ParseError *err;
} Lexer;

/* Starts scanning src[0..len) (src[len] must be NUL). A leading UTF-8
 * BOM is skipped. Errors go to *err. */
void awlex_init(Lexer *lx, const char *src, size_t len, ParseError *err);

/* The next token into *t and its code: a grammar token, AWLEX_EOF once
 * everything has been sent, or AWLEX_ERROR with *lx->err filled (CPython's
 * message; col/end_col as CPython's SyntaxError offsets but counted in
 * bytes, for the caller to convert to characters). */
int awlex_next(Lexer *lx, Token *t);

/* Decodes one UTF-8 sequence at s (before lim) as Python's strict codec
 * would: the code point, or -1 with *why set to its reason ("invalid
 * start byte", "invalid continuation byte", "unexpected end of data").
 * *n gets the number of bytes consumed (1 on error). */
int32_t awlex_utf8(const char *s, const char *lim, int *n, const char **why);

/* Writes a ParseError; positions as described for awlex_next. */
void awlex_error(ParseError *err, ParseErrorKind kind, int line, int col,
                 int end_line, int end_col, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;

/* ------------------------------------------------------------------ */
/* The parse context (lang/parser.c)                                    */

typedef struct Span {
    int line, col, end_line, end_col;
} Span;

/* A parenthesized expression and the span of its outermost parentheses:
 * CPython's positions of enclosing nodes start at the parenthesis. */
typedef struct ParenEntry {
    const Node *node;
    Span span;
} ParenEntry;

/* A lookahead token, or a tokenizer error met while looking ahead. */
typedef struct QueuedToken {
    int type;
    Token tok;
    int errclass;
    ParseError err;
} QueuedToken;

#define AWPARSE_HISTORY 256 /* recent tokens kept for error messages */

typedef struct ParseCtx ParseCtx;
struct ParseCtx {
    Arena *arena;
    ParseError *err;
    bool failed;      /* an error (or out of memory) has been recorded */
    bool lex_failed;  /* ... and it came from the tokenizer */
    bool raw_cols;    /* err's columns are final (no char conversion) */
    int mode;         /* ParseMode, or AWPARSE_FSTRING */
    Node *result;
    Lexer lx;
    ParseError lexerr; /* where the lexer writes */
    void *parser;      /* the lemon parser */
    void *pre;         /* a copy of it before a failing token, or NULL */
    Token la;          /* the token being fed to the parser */
    Token hist[AWPARSE_HISTORY]; /* tokens fed, la included */
    long nfed;
    QueuedToken *queue; /* tokens read ahead (WITH '(' and messages) */
    int qhead, qlen, qcap;
    ParenEntry *parens; /* open-addressing table */
    int nparens, capparens;
    Node *last_disj;   /* the latest disjunction-level expression built */
    NodeList chain;    /* the latest `a = b = ...` chain and its statement */
    Token chain_header;
    int err_line;      /* the furthest line a message looked at */
    bool no_rest;      /* CPython reports it without reading on */
    bool peeked;       /* a message looked at a tokenizer error: */
    QueuedToken peeked_error;
    Node *ann_target;  /* `target: annotation` of the statement at ann_at */
    Token ann_colon, ann_at;
    char brackets[AWLEX_MAXLEVEL]; /* brackets open among the tokens fed */
    long bracket_at[AWLEX_MAXLEVEL]; /* ... and their index in hist */
    int nbrackets;
    Token header;      /* the token starting the current logical line */
    Token prev_header; /* ... and the one before */
    bool line_start;   /* the next token fed starts a logical line */
    bool started_line; /* the token being fed started one */
    /* an f-string expression: its tokens are mapped to the real source */
    int line_base, col_base;
};

#define AWPARSE_FSTRING 100 /* mode of an f-string replacement field */
#define AWPARSE_MAX_STACK 6000 /* parser stack entries ("too complex") */

/* Errors from builders and the pump, with CPython's message and position:
 * _span at a span (1-based columns, end exclusive, as in ParseError),
 * _tok at a token as CPython reports "the last token" (INDENT, DEDENT and
 * the end marker: their bare column and no end). Only the first error is
 * kept; they return NULL for convenience. Columns count bytes until
 * awparse() converts them to characters. */
void *awparse_error_span(ParseCtx *ctx, const Span *s, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
void *awparse_error_tok(ParseCtx *ctx, const Token *t, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
void *awparse_verror(ParseCtx *ctx, const Span *s, const char *fmt,
                     va_list ap);
void *awparse_nomem(ParseCtx *ctx);

/* The parser (generated from lang/grammar.y), its %syntax_error hook, and
 * read-only queries on its state for the messages: what it would shift,
 * the symbols and values on its stack, a copy of it. */
void awparse_syntax_error(ParseCtx *ctx, void *parser, int major,
                          const Token *tok);
void *awparserAlloc(void *(*mallocProc)(size_t), ParseCtx *ctx);
void awparserFree(void *p, void (*freeProc)(void *));
void awparser(void *p, int major, Token minor);
int awparser_depth(void *p);
bool awparser_accepts(void *p, int major);
int awparser_symbol(void *p, int k);   /* symbol k below the top, or -1 */
Node *awparser_node(void *p, int k);   /* its value, when it is a Node * */
void *awparser_copy(void *p);
void awparser_free_copy(void *p);

/* String literals: decodes the STRING tokens of one concatenation (each
 * wrapped by awast_strtok), parsing f-string replacement fields. */
Node *awparse_strings(ParseCtx *ctx, NodeList *toks);

/* ------------------------------------------------------------------ */
/* AST builders (lang/ast.c): one per grammar action. They take the
 * context first, return NULL (or do nothing) once an error is recorded,
 * and validate what CPython's invalid_* rules reject. */

typedef struct IfChain {
    Node *head, *tail;
} IfChain;

enum { PARAM_PLAIN, PARAM_STAR, PARAM_BARE_STAR, PARAM_DSTAR, PARAM_SLASH };

void awast_span(ParseCtx *ctx, const Node *n, Span *s);
void awast_own_span(const Node *n, Span *s);
bool awast_is_paren(ParseCtx *ctx, const Node *n);
const char *awast_expr_name(const Node *n);
bool awast_is_bitwise_or(ParseCtx *ctx, const Node *n);
bool awast_starts_with_display(ParseCtx *ctx, const Node *n);

NodeList awast_seq0(void);
NodeList awast_seq1(ParseCtx *ctx, Node *a);
NodeList awast_seq2(ParseCtx *ctx, Node *a, Node *b);
void awast_seq_add(ParseCtx *ctx, NodeList *l, Node *a);
void awast_seq_extend(ParseCtx *ctx, NodeList *l, NodeList *more);

void awast_semi(ParseCtx *ctx, NodeList *stmts, const Token *semi);
void awast_module(ParseCtx *ctx, NodeList *body);
void awast_result(ParseCtx *ctx, Node *expr);

Node *awast_expr_stmt(ParseCtx *ctx, Node *e);
NodeList awast_chain(ParseCtx *ctx, NodeList *chain, Node *first,
                     Node *value);
Node *awast_assign(ParseCtx *ctx, NodeList *chain);
Node *awast_yield_target(ParseCtx *ctx, Node *yield);
bool awast_check_chain(ParseCtx *ctx, NodeList *chain);
bool awast_check_target(ParseCtx *ctx, Node *e);
bool awast_check_annotation(ParseCtx *ctx, Node *t, const Token *colon);
Node *awast_annassign(ParseCtx *ctx, Node *target, Node *ann, Node *value);
Node *awast_augassign(ParseCtx *ctx, Node *target, const Token *op,
                      Node *value);
Node *awast_del(ParseCtx *ctx, const Token *kw, Node *targets);
Node *awast_simple_stmt(ParseCtx *ctx, NodeKind kind, const Token *kw);
Node *awast_return(ParseCtx *ctx, const Token *kw, Node *value);
Node *awast_raise(ParseCtx *ctx, const Token *kw, Node *exc, Node *cause);
Node *awast_names_stmt(ParseCtx *ctx, NodeKind kind, const Token *kw,
                       NodeList *names);
Node *awast_assert(ParseCtx *ctx, const Token *kw, Node *test, Node *msg);
Node *awast_import(ParseCtx *ctx, const Token *kw, NodeList *aliases);
Node *awast_dotted(ParseCtx *ctx, Node *prefix, const Token *name);
Node *awast_alias(ParseCtx *ctx, Node *dotted, const Token *asname);
Node *awast_import_name(ParseCtx *ctx, const Token *name,
                        const Token *asname);
Node *awast_import_star(ParseCtx *ctx, const Token *star);
Node *awast_import_targets(ParseCtx *ctx, NodeList *names, const Token *end);
Node *awast_import_trailing_comma(ParseCtx *ctx);
Node *awast_importfrom(ParseCtx *ctx, const Token *kw, int level,
                       Node *module, Node *targets);

IfChain awast_if(ParseCtx *ctx, const Token *kw, Node *test, NodeList *body);
void awast_elif(ParseCtx *ctx, IfChain *chain, const Token *kw, Node *test,
                NodeList *body);
Node *awast_if_end(ParseCtx *ctx, IfChain *chain, NodeList *orelse);
Node *awast_while(ParseCtx *ctx, const Token *kw, Node *test, NodeList *body,
                  NodeList *orelse);
Node *awast_for(ParseCtx *ctx, const Token *kw, Node *target, Node *iter,
                NodeList *body, NodeList *orelse);
Node *awast_try(ParseCtx *ctx, const Token *kw, NodeList *body,
                NodeList *handlers, NodeList *orelse, NodeList *finalbody);
Node *awast_except(ParseCtx *ctx, const Token *kw, Node *type,
                   const Token *name, NodeList *body);
Node *awast_except_tuple(ParseCtx *ctx, Node *first);
Node *awast_with(ParseCtx *ctx, const Token *kw, NodeList *items,
                 NodeList *body);
Node *awast_withitem(ParseCtx *ctx, Node *expr, Node *target);
Node *awast_funcdef(ParseCtx *ctx, const Token *kw, const Token *name,
                    Node *args, Node *returns, NodeList *body);
Node *awast_class_args(ParseCtx *ctx, NodeList *args, const Token *rpar);
Node *awast_classdef(ParseCtx *ctx, const Token *kw, const Token *name,
                     Node *args, NodeList *body);
Node *awast_decorated(ParseCtx *ctx, NodeList *decorators, Node *def);
Node *awast_async(ParseCtx *ctx, const Token *kw, Node *stmt);

Node *awast_param(ParseCtx *ctx, int kind, const Token *tok,
                  const Token *name, Node *annotation, Node *dflt);
Node *awast_param_default_error(ParseCtx *ctx, int kind, const Token *eq);
Node *awast_arguments(ParseCtx *ctx, NodeList *params, const Token *end,
                      bool lambda);

Node *awast_name(ParseCtx *ctx, const Token *t);
Node *awast_number(ParseCtx *ctx, const Token *t);
Node *awast_keyword_const(ParseCtx *ctx, const Token *t);
Node *awast_strtok(ParseCtx *ctx, const Token *t);
Node *awast_binop(ParseCtx *ctx, Node *left, const Token *op, Node *right);
Node *awast_unary(ParseCtx *ctx, const Token *op, Node *operand);
Node *awast_boolop(ParseCtx *ctx, int op, NodeList *values);
Node *awast_compare(ParseCtx *ctx, Node *left, int op, Node *right);
void awast_compare_add(ParseCtx *ctx, Node *cmp, int op, Node *right);
Node *awast_ifexp(ParseCtx *ctx, Node *body, Node *test, Node *orelse);
Node *awast_ifexp_noelse(ParseCtx *ctx, Node *body, Node *test);
Node *awast_lambda_head(ParseCtx *ctx, const Token *kw, NodeList *params,
                        const Token *colon);
Node *awast_lambda(ParseCtx *ctx, Node *head, Node *body);
Node *awast_namedexpr(ParseCtx *ctx, Node *target, Node *value);
Node *awast_await(ParseCtx *ctx, const Token *kw, Node *value);
Node *awast_yield(ParseCtx *ctx, const Token *kw, Node *value);
Node *awast_yieldfrom(ParseCtx *ctx, const Token *kw, Node *value);
Node *awast_starred(ParseCtx *ctx, const Token *star, Node *value);
Node *awast_attribute(ParseCtx *ctx, Node *obj, const Token *name);
NodeList awast_args_trailing(ParseCtx *ctx, NodeList *args);
Node *awast_call(ParseCtx *ctx, Node *func, const Token *lpar,
                 NodeList *args, const Token *rpar);
Node *awast_kwarg(ParseCtx *ctx, Node *name, const Token *eq, Node *value);
Node *awast_kwarg_genexp(ParseCtx *ctx, Node *name, const Token *eq);
Node *awast_dstar_arg(ParseCtx *ctx, const Token *dstar, Node *value);
Node *awast_subscript(ParseCtx *ctx, Node *obj, Node *index,
                      const Token *rsqb);
Node *awast_slice(ParseCtx *ctx, Node *lower, const Token *colon1,
                  Node *upper, const Token *colon2, Node *step);
Node *awast_tuple(ParseCtx *ctx, NodeList *elts, const Token *comma);
Node *awast_tuple1(ParseCtx *ctx, Node *elt, const Token *comma);
Node *awast_group(ParseCtx *ctx, const Token *lpar, Node *inner,
                  const Token *rpar);
Node *awast_paren_tuple(ParseCtx *ctx, const Token *lpar, NodeList *elts,
                        const Token *rpar);
Node *awast_paren_tuple1(ParseCtx *ctx, const Token *lpar, Node *elt,
                         const Token *rpar);
Node *awast_list(ParseCtx *ctx, const Token *lsqb, NodeList *elts,
                 const Token *rsqb);
Node *awast_set(ParseCtx *ctx, const Token *lbrace, NodeList *elts,
                const Token *rbrace);
Node *awast_dict(ParseCtx *ctx, const Token *lbrace, NodeList *items,
                 const Token *rbrace);
Node *awast_dict_item(ParseCtx *ctx, Node *key, Node *value);
Node *awast_dict_dstar(ParseCtx *ctx, const Token *dstar, Node *value);
Node *awast_comp(ParseCtx *ctx, NodeKind kind, const Token *open, Node *elt,
                 Node *value, NodeList *clauses, const Token *close);
Node *awast_comprehension(ParseCtx *ctx, const Token *async_kw,
                          const Token *for_kw, Node *target, Node *iter);
void awast_comp_if(ParseCtx *ctx, NodeList *clauses, Node *cond);

#endif
