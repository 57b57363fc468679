/* aw: an embeddable scripting language with Python 3.11's syntax and
 * semantics and native async/await. This is the only installed header:
 * a host creates an interpreter, runs code in it, exchanges values with
 * it, gives it C functions (sync or async) and drives its event loop.
 * docs/embedding.md is the guide; this file is the reference.
 *
 * Conventions, which hold for every function below:
 *
 * - Interpreters. Everything aw knows hangs off one AwState: a process may
 *   hold many, and they share nothing. An AwState is not thread-safe: use
 *   each from one thread at a time. The one exception is aw_post(), which
 *   any thread may call at any time.
 *
 * - Values are handles (AwValue), never pointers into the heap: a handle
 *   keeps its value alive across garbage collections until released. A
 *   function that returns an AwValue returns a NEW handle that the caller
 *   owns and must give back with aw_release() (aw_free() releases what is
 *   left). Handles passed as arguments are BORROWED: the call neither
 *   keeps nor releases them. AW_NULL (0) is never a value: a function that
 *   returns it has failed, except where stated.
 *
 * - Errors. A function that can fail returns AW_NULL (for AwValue) or
 *   AW_ERROR (-1, for int) and records the error: the aw exception it
 *   raised, readable with aw_error_type(), aw_error_message(),
 *   aw_error_traceback() and aw_error_value() until the next failing call
 *   replaces it or aw_error_clear() forgets it. A successful call leaves
 *   the record alone. A stale or foreign handle, a NULL string, a value of
 *   the wrong type: each is an error (TypeError, ValueError or
 *   SystemError), never a crash.
 *
 * - Inside a C function that aw calls (AwCFunction), return AW_NULL to
 *   raise the error recorded last: the one aw_raise() set, or the one a
 *   failing aw_call() or other call recorded. */
#ifndef AW_H
#define AW_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) || defined(__clang__)
#define AW_API __attribute__((visibility("default")))
#define AW_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define AW_API
#define AW_PRINTF(f, a)
#endif

#define AW_VERSION_MAJOR 0
#define AW_VERSION_MINOR 2
#define AW_VERSION_PATCH 0
/* One number for compile-time tests: 0x000200 is 0.2.0. */
#define AW_VERSION_NUM                                                       \
    ((AW_VERSION_MAJOR << 16) | (AW_VERSION_MINOR << 8) | AW_VERSION_PATCH)

/* The version of the library linked, as "MAJOR.MINOR.PATCH" (static). */
AW_API const char *aw_version(void);

typedef struct AwState AwState;

/* A handle to an aw value (see the conventions above). 0 is AW_NULL. */
typedef uint64_t AwValue;
#define AW_NULL ((AwValue)0)

#define AW_OK 0
#define AW_ERROR (-1)

/* ------------------------------------------------------------------ */
/* Creating an interpreter                                            */

/* The allocator: like realloc when newsize > 0 (ptr NULL: a new block),
 * like free when newsize == 0 (return NULL). oldsize is the block's size
 * as aw asked for it (0 for a new block). Returning NULL for a request
 * makes aw raise MemoryError, from which the interpreter recovers. */
typedef void *(*AwAllocFn)(void *ud, void *ptr, size_t oldsize,
                           size_t newsize);

/* Output of print() (out) and of tracebacks and warnings (err). A call
 * with data NULL and len 0 asks to flush (sys.stdout.flush()). */
typedef void (*AwWriteFn)(void *ud, const char *data, size_t len);

/* Polled while aw code runs (about every AW_INTERRUPT_INTERVAL
 * instructions, and at every await): return nonzero to stop the script.
 * It must not call back into the interpreter. */
typedef int (*AwInterruptFn)(AwState *S, void *ud);
#define AW_INTERRUPT_INTERVAL 10000

/* Built-in capabilities a host may withhold (AwConfig.modules). */
#define AW_MOD_OS 0x1u    /* the os and os.path modules */
#define AW_MOD_FILES 0x2u /* open() and io's file objects */
#define AW_MOD_EXIT 0x4u  /* sys.exit(), exit() and quit() */
#define AW_MOD_NET 0x8u   /* network I/O (reserved) */
#define AW_MODULES_ALL 0xffffffffu
/* Scripts that may compute, print, import from module_path and use
 * asyncio, but not touch files, the environment or the process. */
#define AW_MODULES_SANDBOX 0u

typedef struct AwConfig {
    size_t size; /* sizeof(AwConfig); aw_config_init sets it */
    /* memory: the allocator (NULL: the C library's) and a cap on the
     * bytes aw holds at once (0: none); past it, MemoryError. Not counted
     * (nor asked of alloc): the digits of big ints and the compiler's
     * temporary memory, which come from the C library */
    AwAllocFn alloc;
    void *alloc_ud;
    size_t memory_limit;
    /* CPU: a budget of VM instructions for the interpreter's whole life
     * (0: none; aw_set_budget() renews it) and an interrupt callback.
     * Instructions are counted where code can repeat: each pass of a
     * loop counts the loop's length, each call and each resumption one
     * (so code that runs once between calls is not counted). Either one
     * stopping the script raises an error that aw code cannot catch: no
     * except, finally or __exit__ runs, and the running call fails with
     * error type "Interrupted" (message "instruction budget exhausted"
     * or "interrupted by the host"). The budget's stop lasts until
     * aw_set_budget(); the interrupt's, until the failure reaches the
     * host. A loop inside one C function (sum(range(10**12))) is not
     * stopped before its end. Waiting spends no budget: with an
     * interrupt, time.sleep() and the loop's waits poll it every
     * 10 ms, so a wall-clock limit is an interrupt that checks the
     * time. */
    uint64_t instruction_budget;
    AwInterruptFn interrupt;
    void *interrupt_ud;
    /* deepest nesting of aw calls before RecursionError (0: 1000; at
     * most 100000) */
    int recursion_limit;
    /* directories searched by `import` after the script's own (and
     * before AW_PATH's), separated by ':' (NULL: none); copied */
    const char *module_path;
    /* output (NULL: stdout and stderr) */
    AwWriteFn write_out, write_err;
    void *write_ud;
    /* AW_MODULES_ALL, AW_MODULES_SANDBOX or a mask of AW_MOD_* bits */
    unsigned modules;
    /* nonzero: read AW_PATH, AW_HASHSEED, AW_GC_STRESS and
     * AW_VIRTUAL_TIME from the environment, as the aw command does */
    int use_environment;
    /* nonzero: the loop runs on a simulated clock (aw_set_virtual_time) */
    int virtual_time;
    /* anything the host wants to find again with aw_userdata() */
    void *userdata;
} AwConfig;

/* Fills c with the defaults: C allocator, no limits, recursion limit
 * 1000, stdout/stderr, every module, environment read, real time. */
AW_API void aw_config_init(AwConfig *c);
/* aw_config_init, then the sandbox: AW_MODULES_SANDBOX, no environment. */
AW_API void aw_config_sandbox(AwConfig *c);

/* A new interpreter with the builtins loaded, or NULL when out of memory
 * (start-up itself must fit in memory_limit) or when c is NULL or
 * c->size is not one this library knows. */
AW_API AwState *aw_new_config(const AwConfig *c);
/* aw_new_config with the defaults of aw_config_init. */
AW_API AwState *aw_new(void);

/* Frees the interpreter and everything it owns, handles included. What
 * dies with it still reports as at CPython's exit (coroutines never
 * awaited). NULL is allowed. Must not be called from inside aw code. */
AW_API void aw_free(AwState *S);

AW_API void *aw_userdata(AwState *S);
AW_API void aw_set_userdata(AwState *S, void *ud);

/* Sets sys.argv: argv[0] is the script name as the user gave it. The
 * strings are copied; bytes that are not UTF-8 become U+FFFD. */
AW_API void aw_set_argv(AwState *S, int argc, char **argv);

/* Virtual time (on != 0): the event loop's clock stands still while code
 * runs and jumps to the next timer when nothing is ready, so sleeps end at
 * once and timings come out exact. time.time(), time.monotonic(),
 * time.perf_counter() and loop.time() read this clock, which starts at the
 * real time. */
AW_API void aw_set_virtual_time(AwState *S, int on);

/* ------------------------------------------------------------------ */
/* Limits                                                             */

/* 0: none. Lowering it below what is in use makes the next allocation
 * fail with MemoryError. */
AW_API void aw_set_memory_limit(AwState *S, size_t bytes);
/* Bytes aw holds now (objects and buffers, as asked of the allocator). */
AW_API size_t aw_memory_used(AwState *S);
/* A new instruction budget (0: none), counted from now. */
AW_API void aw_set_budget(AwState *S, uint64_t instructions);
/* Instructions left of the budget (UINT64_MAX when there is none). */
AW_API uint64_t aw_budget_left(AwState *S);
AW_API void aw_set_interrupt(AwState *S, AwInterruptFn fn, void *ud);
/* AW_ERROR (ValueError) unless 1 <= limit <= 100000. */
AW_API int aw_set_recursion_limit(AwState *S, int limit);
/* A full garbage collection. */
AW_API void aw_gc(AwState *S);

/* ------------------------------------------------------------------ */
/* Running code                                                       */

/* Runs the file at path as the __main__ module (with __name__ ==
 * '__main__' and __file__ set to the absolute path), registered in
 * sys.modules, with the file's directory first in sys.path so that its
 * imports find the modules beside it. Returns the process exit status a
 * command would use:
 *   0  success;
 *   1  an uncaught exception (its traceback is written to write_err, and
 *      the error is recorded) or a SyntaxError;
 *   N  SystemExit(N); SystemExit(None) is 0; SystemExit('text') writes
 *      the text to write_err and gives 1;
 *   2  the file cannot be read ("aw: can't open file ..." on write_err).
 * Each call runs in a fresh __main__ namespace. */
AW_API int aw_run_file(AwState *S, const char *path);

/* Runs NUL-terminated source code as the __main__ module; filename is
 * what tracebacks show ("<string>" for `aw -c`, "<stdin>" for `aw -`;
 * names in angle brackets have no source lines to show) and, for
 * "<stdin>", also __file__. sys.path[0] is "" (the working directory).
 * Returns the exit status as aw_run_file. */
AW_API int aw_run_string(AwState *S, const char *code, const char *filename);

/* Compiles the file at path and writes its disassembly to write_out.
 * Returns 0, 1 on a SyntaxError (reported on write_err) or 2 when the
 * file cannot be read. */
AW_API int aw_dis_file(AwState *S, const char *path);

/* Runs code (statements) in the namespace of module, or of the host's
 * own __main__ module when module is AW_NULL (created at the first use
 * and kept: definitions persist from one call to the next). filename is
 * what tracebacks show (NULL: "<string>"). Nothing is printed: an
 * uncaught exception is recorded and AW_ERROR returned. */
AW_API int aw_exec(AwState *S, const char *code, const char *filename,
                   AwValue module);
/* Evaluates one expression in the same namespaces; its value. */
AW_API AwValue aw_eval(AwState *S, const char *expr, AwValue module);
/* `import name` (dotted names allowed): the module named, as
 * importlib.import_module gives it ("os.path": the os.path module). */
AW_API AwValue aw_import(AwState *S, const char *name);

/* ------------------------------------------------------------------ */
/* Handles                                                            */

/* Gives a handle back. AW_NULL and already released handles are ignored
 * (a released handle is never reused for another value before 2^32
 * more handles have been made). */
AW_API void aw_release(AwState *S, AwValue v);
/* A second handle to the same value. */
AW_API AwValue aw_dup(AwState *S, AwValue v);
/* Number of live handles (for tests of a host's own bookkeeping). */
AW_API size_t aw_handle_count(AwState *S);

/* ------------------------------------------------------------------ */
/* Making values                                                      */

AW_API AwValue aw_none(AwState *S);
AW_API AwValue aw_bool(AwState *S, int b);
AW_API AwValue aw_int(AwState *S, int64_t i);
/* An int of any size from text in base 2..36 (0: by prefix, as int(s, 0)
 * does); ValueError for bad text. */
AW_API AwValue aw_int_from_string(AwState *S, const char *text, int base);
AW_API AwValue aw_float(AwState *S, double d);
/* A str from len bytes of UTF-8 (invalid bytes: UnicodeDecodeError);
 * utf8 may be NULL when len is 0. */
AW_API AwValue aw_str(AwState *S, const char *utf8, size_t len);
/* The same, from a NUL-terminated string. */
AW_API AwValue aw_cstr(AwState *S, const char *utf8);
AW_API AwValue aw_bytes(AwState *S, const void *data, size_t len);
/* A list or tuple of n items (copied handles; items may be NULL when n
 * is 0). */
AW_API AwValue aw_list(AwState *S, size_t n, const AwValue *items);
AW_API AwValue aw_tuple(AwState *S, size_t n, const AwValue *items);
AW_API AwValue aw_dict(AwState *S);

/* ------------------------------------------------------------------ */
/* Reading values                                                     */

typedef enum AwKind {
    AW_KIND_NONE,
    AW_KIND_BOOL,
    AW_KIND_INT,   /* int and its subclasses, any size */
    AW_KIND_FLOAT,
    AW_KIND_STR,
    AW_KIND_BYTES,
    AW_KIND_LIST,
    AW_KIND_TUPLE,
    AW_KIND_DICT,
    AW_KIND_FUTURE, /* asyncio futures and tasks */
    AW_KIND_OTHER   /* anything else: functions, modules, instances... */
} AwKind;

/* The kind of v, or AW_ERROR for an invalid handle. */
AW_API int aw_kind(AwState *S, AwValue v);
/* type(v).__name__, e.g. "int" or a class's name; "" for an invalid
 * handle. Valid while the type lives (as long as v's handle, at least). */
AW_API const char *aw_type_name(AwState *S, AwValue v);
/* isinstance(v, cls): 1, 0 or AW_ERROR. */
AW_API int aw_isinstance(AwState *S, AwValue v, AwValue cls);
/* `a is b`: 1 or 0. */
AW_API int aw_is(AwState *S, AwValue a, AwValue b);
/* bool(v): 1, 0 or AW_ERROR. */
AW_API int aw_truthy(AwState *S, AwValue v);
/* v as an int64_t: ints and bools (and objects with __index__);
 * OverflowError when it does not fit, TypeError for others. */
AW_API int aw_to_int64(AwState *S, AwValue v, int64_t *out);
/* v as a double: floats, ints (OverflowError when too large) and objects
 * with __float__. */
AW_API int aw_to_double(AwState *S, AwValue v, double *out);
/* The UTF-8 text of a str (TypeError for other values) and its length in
 * bytes (len may be NULL). NUL-terminated; valid while the handle v is
 * held. */
AW_API const char *aw_to_str(AwState *S, AwValue v, size_t *len);
/* The bytes of a bytes object, valid while v is held. */
AW_API const void *aw_to_bytes(AwState *S, AwValue v, size_t *len);
/* str(v) and repr(v), as new str values. */
AW_API AwValue aw_str_of(AwState *S, AwValue v);
AW_API AwValue aw_repr(AwState *S, AwValue v);

/* ------------------------------------------------------------------ */
/* Operations                                                         */

/* len(v), or AW_ERROR. */
AW_API int64_t aw_len(AwState *S, AwValue v);
/* v[key], v[key] = item, del v[key]. */
AW_API AwValue aw_getitem(AwState *S, AwValue v, AwValue key);
AW_API int aw_setitem(AwState *S, AwValue v, AwValue key, AwValue item);
AW_API int aw_delitem(AwState *S, AwValue v, AwValue key);
/* v[i] with an integer index (negative counts from the end). */
AW_API AwValue aw_index(AwState *S, AwValue v, int64_t i);
/* d[key] and d[key] = item with a str key: for dicts and keyword
 * arguments. KeyError when absent. */
AW_API AwValue aw_dict_get(AwState *S, AwValue d, const char *key);
AW_API int aw_dict_set(AwState *S, AwValue d, const char *key, AwValue item);
/* `item in v`: 1, 0 or AW_ERROR. */
AW_API int aw_contains(AwState *S, AwValue v, AwValue item);
/* list.append. */
AW_API int aw_append(AwState *S, AwValue list, AwValue item);
/* iter(v); then aw_next() stores the next item in *item (a new handle)
 * and returns 1, or returns 0 at the end, or AW_ERROR. */
AW_API AwValue aw_iter(AwState *S, AwValue v);
AW_API int aw_next(AwState *S, AwValue iter, AwValue *item);
/* getattr(v, name), setattr, hasattr (1, 0). */
AW_API AwValue aw_getattr(AwState *S, AwValue v, const char *name);
AW_API int aw_setattr(AwState *S, AwValue v, const char *name, AwValue x);
AW_API int aw_hasattr(AwState *S, AwValue v, const char *name);
/* A global of module (AW_NULL: the host's __main__, as aw_exec), falling
 * back to the builtins as a name lookup does; NameError when absent. */
AW_API AwValue aw_get_global(AwState *S, AwValue module, const char *name);
AW_API int aw_set_global(AwState *S, AwValue module, const char *name,
                         AwValue x);
/* fn(*argv, **kwargs): kwargs is a dict with str keys, or AW_NULL. The
 * result. Calling an async function returns a coroutine: run it with
 * aw_run() or aw_start(). */
AW_API AwValue aw_call(AwState *S, AwValue fn, int argc, const AwValue *argv,
                       AwValue kwargs);
/* v.name(*argv, **kwargs). */
AW_API AwValue aw_call_method(AwState *S, AwValue v, const char *name,
                              int argc, const AwValue *argv, AwValue kwargs);

/* ------------------------------------------------------------------ */
/* Errors                                                             */

/* 1 when an error is recorded. */
AW_API int aw_error_occurred(AwState *S);
/* The recorded error's type as a traceback names it ("ValueError",
 * "mymod.MyError"; "Interrupted" when a CPU limit stopped the script),
 * its message (str(exc)) and the whole traceback text as CPython prints
 * it. "" when no error is recorded. Valid until the record changes. */
AW_API const char *aw_error_type(AwState *S);
AW_API const char *aw_error_message(AwState *S);
AW_API const char *aw_error_traceback(AwState *S);
/* The exception object (a new handle), or AW_NULL when none. */
AW_API AwValue aw_error_value(AwState *S);
/* Forgets the recorded error. */
AW_API void aw_error_clear(AwState *S);
/* Writes the recorded error's traceback to write_err, as an uncaught
 * exception is shown, and clears it. */
AW_API void aw_error_print(AwState *S);
/* Records a new exception of the builtin type named type (e.g.
 * "ValueError", "KeyError", "asyncio.TimeoutError"; an unknown name
 * gives SystemError) with the formatted message (invalid UTF-8 becomes
 * U+FFFD; fmt NULL: no arguments, as ValueError()). An "asyncio." name
 * imports asyncio, whose classes then show as tracebacks name them
 * ("asyncio.exceptions.CancelledError"). Returns AW_ERROR, so
 * that `return aw_raise(...), AW_NULL;` or `return aw_raise(...)` reads
 * naturally. */
AW_API int aw_raise(AwState *S, const char *type, const char *fmt, ...)
    AW_PRINTF(3, 4);
/* Records exc: an exception instance, or an exception class (of the
 * script's, say) called with msg (NULL: no arguments). */
AW_API int aw_raise_value(AwState *S, AwValue exc, const char *msg);

/* ------------------------------------------------------------------ */
/* C functions and modules                                            */

/* A C function aw code calls: argv holds argc positional arguments and
 * kwargs a dict of the keyword ones (AW_NULL when none), all borrowed
 * and valid until it returns. It returns a new handle, which aw takes
 * over, or AW_NULL to raise (see Errors; with nothing recorded, a
 * SystemError "NAME returned AW_NULL without setting an error"). It may
 * call any function here, aw_call and aw_exec included. Other handles it
 * makes are the host's: those it does not release stay until aw_free. */
typedef AwValue (*AwCFunction)(AwState *S, int argc, const AwValue *argv,
                               AwValue kwargs, void *ud);

/* A callable aw value named name that calls fn with ud: a builtin
 * function to scripts (repr "<built-in function NAME>"). */
AW_API AwValue aw_function(AwState *S, const char *name, AwCFunction fn,
                           void *ud);
/* A new, empty module, registered in sys.modules so that scripts import
 * it (`import name`, `from name import f`); an existing module of that
 * name is returned as it is. */
AW_API AwValue aw_module(AwState *S, const char *name);
/* aw_function + aw_setattr(module, name, ...); the function's
 * __module__ is the module's name. */
AW_API int aw_def(AwState *S, AwValue module, const char *name,
                  AwCFunction fn, void *ud);

/* ------------------------------------------------------------------ */
/* Async host functions: futures the host completes                   */

/* A new pending asyncio.Future on the interpreter's loop (the running
 * one, else the host loop: see below). A C function returns it (as a
 * new handle) and the script awaits it: `x = await host.fetch(url)`.
 *
 * While it is pending, a host future is outside work: its loop never
 * reports a deadlock, and with nothing else to run it waits for a post
 * (aw_post) instead. aw cannot know that no post will ever come while a
 * host future is pending, and it assumes none will when none is: a loop
 * with nothing to run and no pending host future reports the deadlock
 * (asyncio.run, aw_run) or returns at once (aw_loop_run_once). So a
 * host whose threads complete the work keeps a host future pending for
 * as long as it wants the loop to wait, and completes or cancels every
 * one it makes (one dropped while pending keeps its loop waiting). */
AW_API AwValue aw_future(AwState *S);
/* Called at most once, when the future is cancelled while pending
 * (task.cancel(), wait_for's timeout, a TaskGroup failing...): the
 * host stops the work. fut is borrowed. Only for futures made by
 * aw_future (TypeError otherwise); a second call replaces the first,
 * and a future that is done already keeps nothing. */
typedef void (*AwCancelFn)(AwState *S, AwValue fut, void *ud);
AW_API int aw_future_on_cancel(AwState *S, AwValue fut, AwCancelFn fn,
                               void *ud);
/* Completes the future with a value, or with an exception: the recorded
 * error (after aw_raise; the record moves into the future and is
 * forgotten) or a new one of the exception class named type (a builtin,
 * "ValueError", or "module.Name", "asyncio.TimeoutError"; SystemError
 * for an unknown name) called with msg (NULL: no arguments).
 * InvalidStateError when it is done already (a cancelled future: the
 * host's completion came too late, which is no error: these return AW_OK
 * and do nothing), RuntimeError for a task. Its awaiters wake at the
 * next round, as after set_result(). */
AW_API int aw_future_resolve(AwState *S, AwValue fut, AwValue value);
AW_API int aw_future_reject(AwState *S, AwValue fut, const char *type,
                            const char *msg);
AW_API int aw_future_reject_error(AwState *S, AwValue fut);
enum { AW_PENDING, AW_DONE, AW_CANCELLED };
/* AW_PENDING, AW_DONE (result or exception) or AW_CANCELLED; AW_ERROR
 * if fut is not a future. */
AW_API int aw_future_state(AwState *S, AwValue fut);
/* The result of a done future (a task's return value), or AW_NULL with
 * its exception recorded (CancelledError when cancelled). */
AW_API AwValue aw_future_result(AwState *S, AwValue fut);

/* ------------------------------------------------------------------ */
/* The event loop, driven by aw or by the host                        */

/* asyncio.run(): runs the awaitable (a coroutine, task or future) on a
 * new loop until it is done, then cancels what is left, finalises async
 * generators and closes that loop. Its result, or AW_NULL with its
 * exception recorded. A task or future already belongs to a loop (the
 * host loop, for aw_start's tasks and aw_future's futures): that loop
 * runs until it is done, as loop.run_until_complete(), and stays open.
 * RuntimeError when called while a loop runs (from a C function). */
AW_API AwValue aw_run(AwState *S, AwValue awaitable);

/* The host loop: one per interpreter, made at its first use, driven by
 * the host one round at a time, so that a host with its own event loop
 * never blocks inside aw. */

/* Called when a task started by aw_start finishes (done, failed or
 * cancelled); task is borrowed: read it with aw_future_result. */
typedef void (*AwDoneFn)(AwState *S, AwValue task, void *ud);
/* Wraps a coroutine in a task on the host loop (as create_task: its
 * first step runs at the next round) and returns the task; done (may be
 * NULL) is called when it finishes. */
AW_API AwValue aw_start(AwState *S, AwValue coro, AwDoneFn done, void *ud);
/* One round of the host loop: first waits up to timeout seconds (0: do
 * not wait; < 0: as long as needed) for something to be ready (a timer
 * due, a posted callback), then runs the posted callbacks and the
 * callbacks due, as one iteration of asyncio's loop does. With no timer
 * and no pending host future, nothing but an unexpected post could end
 * a wait with no limit: it returns at once instead (see aw_future).
 * Under virtual time the wait moves the clock (to the first timer, or
 * by timeout) instead of sleeping, except with no timer and a host
 * future pending: then it waits for a post in real time. The loop runs
 * during the round (asyncio.get_running_loop() is it). Uncaught errors
 * in tasks go where asyncio sends them (the task's result, the
 * exception handler); the round fails only when a limit stopped the
 * script (error "Interrupted"), on SystemExit or KeyboardInterrupt
 * leaving a task, on MemoryError outside any task, or (RuntimeError)
 * when called while a loop runs. */
AW_API int aw_loop_run_once(AwState *S, double timeout);
/* How long the host may sleep before the next round is due: 0 when
 * callbacks are ready or posted, the seconds until the first timer
 * (virtual seconds under virtual time), or -1 when nothing is scheduled
 * at all (no timer, nothing ready; host futures may be pending: a post
 * then makes aw_loop_fd() readable). */
AW_API double aw_loop_next_timeout(AwState *S);
/* Virtual time only: moves the clock forward by seconds (>= 0), as if
 * that much time had passed; timers now due fire at the next round. A
 * fixed-tick host calls it once per frame, so that the script's sleeps
 * end in frames. AW_ERROR (ValueError) under real time, or for a
 * negative or NaN amount. */
AW_API int aw_advance_time(AwState *S, double seconds);
/* Number of tasks of the host loop that are not done. */
AW_API size_t aw_loop_tasks(AwState *S);
/* The host loop's end, as asyncio.run's: cancels every pending task,
 * runs rounds until they finish (their done callbacks run), finalises
 * async generators, closes the loop, even when that fails (a task that
 * will not finish: the RuntimeError is recorded). The next aw_start
 * makes a new one. */
AW_API int aw_loop_close(AwState *S);

/* The only thread-safe entry: asks the interpreter to call fn(S, ud) on
 * its own thread, from its next loop round (the host loop's or a running
 * asyncio.run's), and wakes that loop if it waits. Posts run in the
 * order made, at the start of a round, before its timers and ready
 * callbacks; one made by a posted fn waits for the next round. fn may
 * complete futures and use every function here. Posts no round ran are
 * dropped by aw_free. The queue's nodes come from malloc, not from the
 * host's allocator, which need not be thread-safe. AW_ERROR only when
 * out of memory or for a NULL S or fn (nothing is recorded: the call may
 * come from another thread). */
typedef void (*AwPostFn)(AwState *S, void *ud);
AW_API int aw_post(AwState *S, AwPostFn fn, void *ud);
/* A file descriptor that becomes readable when a callback is posted: a
 * host that poll()s its own descriptors adds it to its set and runs a
 * round when it fires (the round drains it). Timers do not make it
 * readable: poll with aw_loop_next_timeout() as the timeout. Owned by
 * the interpreter (closed by aw_free). -1 if it cannot be made. */
AW_API int aw_loop_fd(AwState *S);

#ifdef __cplusplus
}
#endif

#endif
