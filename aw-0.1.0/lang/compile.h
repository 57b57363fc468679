/* The compiler: AST to bytecode (lang/symtable.c for scopes,
 * lang/compile.c for code generation, lang/dis.c for `aw --dis`). */
#ifndef AW_COMPILE_H
#define AW_COMPILE_H

#include "lang/parser.h"
#include "vm/state.h"

/* Parse and compile a whole source file into its module Code object.
 * NULL with SyntaxError (or MemoryError/RecursionError) pending. Compile
 * errors CPython reports from its compiler ("'return' outside function",
 * "'break' outside loop", "'await' outside function", "no binding for
 * nonlocal 'x' found", "name 'x' is used prior to global declaration",
 * "too many constants") are SyntaxErrors with the offending position. */
Code *awcomp_compile(AwState *S, const char *src, size_t len,
                     const char *filename, ParseMode mode);

/* Appends a disassembly of code and every nested code object, with source
 * lines, to out (a StrBuf from vm/str.h). */
struct StrBuf;
AW_NODISCARD bool awcomp_dis(AwState *S, Code *code, struct StrBuf *out);

#endif
