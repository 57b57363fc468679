/* Raising, catching and printing exceptions (vm/exc.c, vm/traceback.c).
 * A script exception is a value: raising stores it in S->exc and returns
 * false; the VM unwinds to the nearest handler. No longjmp anywhere. */
#ifndef AW_EXC_H
#define AW_EXC_H

#include <stdarg.h>

#include "vm/value.h"

/* The builtin hierarchy in CPython 3.11's order: X(id, base id). */
#define EXC_LIST(X)                                                          \
    X(BaseException, BaseException)                                          \
    X(BaseExceptionGroup, BaseException)                                     \
    X(GeneratorExit, BaseException)                                          \
    X(KeyboardInterrupt, BaseException)                                      \
    X(SystemExit, BaseException)                                             \
    X(Exception, BaseException)                                              \
    X(ArithmeticError, Exception)                                            \
    X(FloatingPointError, ArithmeticError)                                   \
    X(OverflowError, ArithmeticError)                                        \
    X(ZeroDivisionError, ArithmeticError)                                    \
    X(AssertionError, Exception)                                             \
    X(AttributeError, Exception)                                             \
    X(BufferError, Exception)                                                \
    X(EOFError, Exception)                                                   \
    X(ExceptionGroup, BaseExceptionGroup)                                    \
    X(ImportError, Exception)                                                \
    X(ModuleNotFoundError, ImportError)                                      \
    X(LookupError, Exception)                                                \
    X(IndexError, LookupError)                                               \
    X(KeyError, LookupError)                                                 \
    X(MemoryError, Exception)                                                \
    X(NameError, Exception)                                                  \
    X(UnboundLocalError, NameError)                                          \
    X(OSError, Exception)                                                    \
    X(BlockingIOError, OSError)                                              \
    X(ChildProcessError, OSError)                                            \
    X(ConnectionError, OSError)                                              \
    X(BrokenPipeError, ConnectionError)                                      \
    X(ConnectionAbortedError, ConnectionError)                               \
    X(ConnectionRefusedError, ConnectionError)                               \
    X(ConnectionResetError, ConnectionError)                                 \
    X(FileExistsError, OSError)                                              \
    X(FileNotFoundError, OSError)                                            \
    X(InterruptedError, OSError)                                             \
    X(IsADirectoryError, OSError)                                            \
    X(NotADirectoryError, OSError)                                           \
    X(PermissionError, OSError)                                              \
    X(ProcessLookupError, OSError)                                           \
    X(TimeoutError, OSError)                                                 \
    X(ReferenceError, Exception)                                             \
    X(RuntimeError, Exception)                                               \
    X(NotImplementedError, RuntimeError)                                     \
    X(RecursionError, RuntimeError)                                          \
    X(StopAsyncIteration, Exception)                                         \
    X(StopIteration, Exception)                                              \
    X(SyntaxError, Exception)                                                \
    X(IndentationError, SyntaxError)                                         \
    X(TabError, IndentationError)                                            \
    X(SystemError, Exception)                                                \
    X(TypeError, Exception)                                                  \
    X(ValueError, Exception)                                                 \
    X(UnicodeError, ValueError)                                              \
    X(UnicodeDecodeError, UnicodeError)                                      \
    X(UnicodeEncodeError, UnicodeError)                                      \
    X(UnicodeTranslateError, UnicodeError)                                   \
    X(Warning, Exception)                                                    \
    X(DeprecationWarning, Warning)                                           \
    X(PendingDeprecationWarning, Warning)                                    \
    X(RuntimeWarning, Warning)                                               \
    X(SyntaxWarning, Warning)                                                \
    X(UserWarning, Warning)                                                  \
    X(FutureWarning, Warning)                                                \
    X(ImportWarning, Warning)                                                \
    X(UnicodeWarning, Warning)                                               \
    X(BytesWarning, Warning)                                                 \
    X(ResourceWarning, Warning)                                              \
    X(EncodingWarning, Warning)                                              \
    X(CancelledError, BaseException)                                         \
    X(InvalidStateError, Exception)                                          \
    X(QueueEmpty, Exception)                                                 \
    X(QueueFull, Exception)                                                  \
    /* a CPU limit stopped the script (vm/limit.h); not in builtins */       \
    X(Interrupted, BaseException)

typedef enum {
#define X(id, base) EXC_##id,
    EXC_LIST(X)
#undef X
    EXC__COUNT
} ExcId;

#define EXC_TYPE(S, id) ((S)->exc_types[EXC_##id])

/* Raise a new exception of builtin type `id` whose single argument is the
 * printf-formatted message. Always returns false, so that
 * `return awerr_format(S, EXC_TypeError, "...", ...)` reads naturally. */
bool awerr_format(AwState *S, int id, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
bool awerr_vformat(AwState *S, int id, const char *fmt, va_list ap);
/* Raise with a ready message string (may contain NULs). */
bool awerr_str(AwState *S, int id, String *msg);
/* Raise with arbitrary args (e.g. KeyError(key) keeps the key). */
bool awerr_value_arg(AwState *S, int id, Value arg);
/* Raise a value: an exception instance, or an exception class (called with
 * no arguments). Anything else is CPython's TypeError "exceptions must
 * derive from BaseException". Sets __context__ from S->exc_info. */
bool awerr_raise(AwState *S, Value exc);
/* MemoryError without allocating. Always false. */
bool awerr_nomem(AwState *S);
/* SyntaxError (id may be IndentationError or TabError) with CPython's
 * attributes: msg, filename, lineno, offset (1-based), text (the line),
 * end_lineno, end_offset. */
bool awerr_syntax(AwState *S, int id, const char *msg, const char *filename,
                  int line, int offset, int end_line, int end_offset,
                  const char *text);

/* The OSError subclass CPython raises for a failed system call:
 * FileNotFoundError for ENOENT, PermissionError for EACCES/EPERM,
 * FileExistsError, IsADirectoryError, NotADirectoryError... (plain OSError
 * when no subclass matches), with errno, strerror (the C library's text, as
 * CPython) and filename set, so str() reads
 * "[Errno 2] No such file or directory: 'x'". filename is the str or bytes
 * the caller was given, or NULL_VAL for none; filename2 (NULL_VAL: none)
 * adds " -> 'y'" as os.rename's errors do. The caller keeps the filename
 * values rooted. Always false. */
bool awerr_from_errno(AwState *S, int err, Value filename);
bool awerr_from_errno2(AwState *S, int err, Value filename, Value filename2);
/* Same with a C string filename (NULL: none); invalid UTF-8 is cut. */
bool awerr_from_errno_cstr(AwState *S, int err, const char *filename);

/* Raise `id` with no arguments (StopIteration(), KeyError()...). Always
 * false. */
bool awerr_noargs(AwState *S, int id);
/* NameError (or UnboundLocalError, id) with CPython's .name attribute set,
 * so that the uncaught-exception report can offer "Did you mean: 'x'?".
 * fmt has one %s for the name, e.g. "name '%s' is not defined". */
bool awerr_name(AwState *S, int id, const char *fmt, String *name);
/* AttributeError "'int' object has no attribute 'x'" (or "type object 'X'
 * has no attribute 'x'", "module 'm' has no attribute 'x'") with .name and
 * .obj set (CPython 3.10+, used for suggestions). Always false. */
bool awerr_attribute(AwState *S, Value obj, String *name);

bool awerr_occurred(AwState *S);
/* 1 when the pending exception is an instance of t (by subclass). */
bool awerr_matches(AwState *S, Type *t);
/* Take the pending exception (leaving none), or NULL_VAL. */
Value awerr_fetch(AwState *S);
void awerr_clear(AwState *S);

/* Exception objects */
Exception *awexc_new(AwState *S, Type *t, Tuple *args);
/* Call-style construction: exc type called with arguments. */
bool awexc_make(AwState *S, Type *t, int argc, Value *argv, Value *out);
/* Attribute of e's dict, or else the default CPython gives that
 * attribute of e's class (None for SyntaxError.lineno, OSError.errno...,
 * args[0] for StopIteration.value, SystemExit.code...), or NULL_VAL.
 * Never allocates. */
Value awexc_attr(AwState *S, Exception *e, String *name);
bool awexc_set_attr(AwState *S, Exception *e, String *name, Value v);
/* The running frames, outermost first, at most limit of them (the
 * innermost ones), as a traceback: where a task was created. */
Traceback *awtb_capture(AwState *S, int limit);
/* Prepend a traceback entry (the frame that is unwinding). */
bool awexc_add_tb(AwState *S, Value exc, Code *code, uint32_t pc);

/* Printing (vm/traceback.c): the whole CPython report for an uncaught
 * exception, with cause/context chains, to S->write_err. For SyntaxError
 * the report is CPython's `File "x", line N` / source line / caret form. */
void awexc_print(AwState *S, Value exc);
/* Line lineno of a source file as tracebacks show it (cached), or NULL. */
String *awtb_source_line(AwState *S, String *filename, int lineno);
/* Same, with the globals of the code that raised it (or NULL): NameError
 * suggestions look there as CPython looks at the frame's globals. */
void awexc_print_ex(AwState *S, Value exc, Dict *globals);
/* The same report appended to out (a StrBuf of vm/str.h) instead of
 * written: the embedding API's aw_error_traceback(). */
struct StrBuf;
void awexc_format(AwState *S, Value exc, Dict *globals, struct StrBuf *out);

#endif
