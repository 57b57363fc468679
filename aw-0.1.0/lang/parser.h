/* The front end: source text to AST (lang/lexer.re, lang/grammar.y,
 * lang/parser.c). Pure C with no interpreter state: errors come back as a
 * ParseError that the caller turns into a SyntaxError. */
#ifndef AW_PARSER_H
#define AW_PARSER_H

#include "lang/ast.h"

typedef enum {
    PERR_SYNTAX,      /* SyntaxError */
    PERR_INDENTATION, /* IndentationError */
    PERR_TAB,         /* TabError */
    PERR_NOMEM        /* out of memory: the caller raises MemoryError */
} ParseErrorKind;

typedef struct ParseError {
    ParseErrorKind kind;
    char msg[256];  /* CPython's wording, e.g. "invalid syntax" */
    int line;       /* 1-based */
    int col;        /* 1-based offset of the caret, as SyntaxError.offset */
    int end_line;
    int end_col;    /* 1-based, exclusive; == col + 1 for a single caret */
} ParseError;

typedef enum { PARSE_FILE, PARSE_EVAL } ParseMode;

/* Parse src (len bytes; src[len] must be NUL) into an N_MODULE (mode
 * PARSE_FILE) or a single expression node (PARSE_EVAL, for eval() and
 * f-string fields). NULL on error with *err filled. */
Node *awparse(Arena *arena, const char *src, size_t len, ParseMode mode,
              ParseError *err);

#endif
