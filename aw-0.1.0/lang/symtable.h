/* Scope analysis (CPython's symtable.c): which names of each function,
 * class and module block are local, global, free or cell variables.
 * Built from the AST before code generation; lives in malloc'd memory
 * that awsym_free releases. */
#ifndef AW_SYMTABLE_H
#define AW_SYMTABLE_H

#include "lang/ast.h"
#include "vm/state.h"

/* How a name is used in one block (CPython's DEF_* flags). */
enum {
    SYM_GLOBAL = 1 << 0,     /* global statement */
    SYM_LOCAL = 1 << 1,      /* assigned in the block */
    SYM_PARAM = 1 << 2,      /* a parameter */
    SYM_NONLOCAL = 1 << 3,   /* nonlocal statement */
    SYM_USE = 1 << 4,        /* read */
    SYM_FREE_CLASS = 1 << 5, /* class local also free in a method */
    SYM_IMPORT = 1 << 6,     /* bound by an import */
    SYM_ANNOT = 1 << 7,      /* annotated */
    SYM_COMP_ITER = 1 << 8   /* comprehension iteration variable */
};
#define SYM_BOUND (SYM_LOCAL | SYM_PARAM | SYM_IMPORT)

/* Where a name lives, the result of the analysis. */
typedef enum {
    SC_NONE = 0,
    SC_LOCAL,
    SC_GLOBAL_EXPLICIT,
    SC_GLOBAL_IMPLICIT,
    SC_FREE,
    SC_CELL
} SymScope;

typedef enum { BLOCK_MODULE, BLOCK_FUNCTION, BLOCK_CLASS } BlockKind;
typedef enum { COMP_NONE, COMP_LIST, COMP_SET, COMP_DICT, COMP_GEN } CompKind;

/* An insertion-ordered map from interned String pointers to ints. Used
 * as a set with value 0 meaning "absent" where that is convenient. */
typedef struct NameMap {
    String **keys;
    int32_t *vals;
    uint32_t n, cap;
    uint32_t *index; /* slot -> entry + 1, 0 empty */
    uint32_t mask;
} NameMap;

/* Returns 1 and sets *val when present, else 0. */
int awnm_get(const NameMap *m, String *key, int32_t *val);
/* Inserts or overwrites; false on out of memory (no exception set). */
bool awnm_set(NameMap *m, String *key, int32_t val);
void awnm_free(NameMap *m);

typedef struct Scope Scope;
struct Scope {
    BlockKind kind;
    CompKind comp;
    String *name;
    Node *node;
    Scope **children;
    uint32_t nchildren, capchildren;
    NameMap symbols; /* name -> flags | scope << SYM_SCOPE_SHIFT */
    String **params; /* parameters in order (co_varnames' head) */
    uint32_t nparams, capparams;
    NameMap directives; /* name -> index into dirnodes */
    Node **dirnodes;
    uint32_t ndirs, capdirs;
    bool nested, generator, coroutine, varargs, varkeywords;
    bool has_free, child_free, needs_class_closure;
    bool comp_iter_target;
    int comp_iter_expr;
};

#define SYM_SCOPE_SHIFT 12
#define SYM_FLAGS_MASK ((1 << SYM_SCOPE_SHIFT) - 1)

/* The source a compile works on, for SyntaxError positions and text. */
typedef struct CompSource {
    const char *filename;
    const char *src;
    size_t len;
} CompSource;

typedef struct SymTable SymTable;

/* Analyzes root (an N_MODULE, or an expression in eval mode). New
 * strings are appended to pool (a rooted list) so they stay alive. NULL
 * with SyntaxError, MemoryError or RecursionError pending. */
SymTable *awsym_build(AwState *S, Node *root, bool eval, List *pool,
                      const CompSource *cs);
void awsym_free(SymTable *st);

Scope *awsym_top(SymTable *st);
/* The block of a function, lambda, class or comprehension node. */
Scope *awsym_lookup(SymTable *st, Node *node);
/* Flags (SYM_*) and scope (SC_*) of a mangled name in a block; 0 when the
 * block does not know the name. */
int awsym_flags(Scope *sc, String *name);
SymScope awsym_scope(Scope *sc, String *name);

/* Interned string for an identifier, cached for the whole compile and kept
 * in the pool. NULL with MemoryError. */
String *awsym_intern(SymTable *st, const char *s, size_t len);
/* CPython's private name mangling: __x in class C is _C__x. priv may be
 * NULL. */
String *awsym_mangle(SymTable *st, String *priv, String *name);

/* Raises SyntaxError msg at a 0-based column span of the source. Always
 * returns false. */
bool awcomp_error_at(AwState *S, const CompSource *cs, int line, int col,
                     int end_line, int end_col, const char *msg);
/* The text of source line `line` (with its newline), malloc'd, or NULL. */
char *awcomp_line_text(const CompSource *cs, int line);

#endif
