/* aw: an embeddable scripting language with Python 3.11's syntax and
 * semantics. This is the only installed header: a host creates an
 * interpreter, runs code in it and frees it. */
#ifndef AW_H
#define AW_H

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) || defined(__clang__)
#define AW_API __attribute__((visibility("default")))
#else
#define AW_API
#endif

#define AW_VERSION_MAJOR 0
#define AW_VERSION_MINOR 1
#define AW_VERSION_PATCH 0

/* An interpreter. Opaque: everything aw knows hangs off one AwState, so a
 * process may hold several; they share nothing. An AwState is not
 * thread-safe: use each one from one thread at a time. */
typedef struct AwState AwState;

/* The version as "MAJOR.MINOR.PATCH" (a static string). */
AW_API const char *aw_version(void);

/* A new interpreter with the builtins loaded, allocating through
 * realloc/free and writing print() output to stdout and tracebacks to
 * stderr. AW_GC_STRESS=1 in the environment makes it collect garbage at
 * every allocation (for testing), AW_HASHSEED=N fixes the string hash
 * seed, AW_PATH (directories separated by colons) is where `import` looks
 * after the script's directory (sys.path). NULL when out of memory. */
AW_API AwState *aw_new(void);

/* Frees the interpreter and every object it owns. NULL is allowed. */
AW_API void aw_free(AwState *S);

/* Sets the argument list a script sees (sys.argv): argv[0] is the script
 * name as the user gave it. The strings are copied; bytes that are not
 * UTF-8 become U+FFFD. */
AW_API void aw_set_argv(AwState *S, int argc, char **argv);

/* Virtual time (on != 0): the event loop's clock stands still while code
 * runs and jumps to the next timer when nothing is ready, so sleeps end at
 * once and timings come out exact. time.time(), time.monotonic(),
 * time.perf_counter() and loop.time() read this clock, which starts at the
 * real time. The environment variable AW_VIRTUAL_TIME=1 sets it too. */
AW_API void aw_set_virtual_time(AwState *S, int on);

/* Runs the file at path as the __main__ module (with __name__ ==
 * '__main__' and __file__ set to the absolute path), registered in
 * sys.modules, with the file's directory first in sys.path so that its
 * imports find the modules beside it. Returns the process exit status a
 * command would use:
 *   0  success;
 *   1  an uncaught exception (its traceback is written to stderr) or a
 *      SyntaxError;
 *   N  SystemExit(N); SystemExit(None) is 0; SystemExit('text') writes
 *      the text to stderr and gives 1;
 *   2  the file cannot be read ("aw: can't open file ..." on stderr).
 * Each call runs in a fresh module namespace. */
AW_API int aw_run_file(AwState *S, const char *path);

/* Runs NUL-terminated source code as the __main__ module; filename is
 * what tracebacks show ("<string>" for `aw -c`, "<stdin>" for `aw -`;
 * names in angle brackets have no source lines to show) and, for
 * "<stdin>", also __file__. sys.path[0] is "" (the working directory).
 * Returns the exit status as aw_run_file. */
AW_API int aw_run_string(AwState *S, const char *code, const char *filename);

/* Compiles the file at path and writes its disassembly (every code object,
 * with source lines) to stdout. Returns 0, 1 on a SyntaxError (reported on
 * stderr) or 2 when the file cannot be read. */
AW_API int aw_dis_file(AwState *S, const char *path);

#ifdef __cplusplus
}
#endif

#endif
