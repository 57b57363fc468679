/* The object model: the C layout of every builtin object kind, the Type
 * object with its slots, and the generic operations every part of aw uses.
 *
 * Conventions (read these before writing code against this header):
 * - A fallible function returns bool (true = success) or a pointer (NULL =
 *   failure); on failure an aw exception is pending in S (see vm/exc.h).
 *   Tri-state functions return int: 1 yes/found, 0 no/absent, -1 error.
 * - Only the allocation of a GC object (awgc_alloc, hence any *_new) may run
 *   a collection. A C local holding the only reference to an object must be
 *   rooted across such a call with awgc_push/awgc_pop (vm/gc.h). Values in
 *   argv of a CFunc are rooted by the caller.
 * - Raw buffers (list items, string builders) come from awmem_* and never
 *   trigger a collection.
 */
#ifndef AW_OBJECT_H
#define AW_OBJECT_H

#include <tommath.h>

#include "vm/value.h"

/* ------------------------------------------------------------------ */
/* Function signatures of type slots and builtin functions            */

/* A builtin callable. argv[0..argc-1] are positional arguments, followed by
 * the values of keyword arguments, whose names are the strings of kwnames
 * (NULL when there are none). A method receives self as argv[0]. Writes the
 * result to *out and returns true, or returns false with an exception set.
 * argv is rooted and may be used as scratch space. */
typedef bool (*CFunc)(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out);

typedef bool (*UnaryFn)(AwState *S, Value self, Value *out);
typedef bool (*HashFn)(AwState *S, Value self, int64_t *out);
typedef bool (*LenFn)(AwState *S, Value self, int64_t *out);
/* op is a CmpOp; may write NotImplemented */
typedef bool (*RichCmpFn)(AwState *S, Value a, Value b, int op, Value *out);
/* op is a BinOp; a or b is of this type; may write NotImplemented */
typedef bool (*BinOpFn)(AwState *S, int op, Value a, Value b, Value *out);
typedef bool (*UnOpFn)(AwState *S, int op, Value a, Value *out);
typedef bool (*GetItemFn)(AwState *S, Value self, Value key, Value *out);
/* v is NULL_VAL for deletion */
typedef bool (*SetItemFn)(AwState *S, Value self, Value key, Value v);
typedef int (*ContainsFn)(AwState *S, Value self, Value x);
/* 1 = *out holds the next item, 0 = exhausted (no exception), -1 = error */
typedef int (*NextFn)(AwState *S, Value self, Value *out);
typedef bool (*CallFn)(AwState *S, Value self, int argc, Value *argv,
                       Tuple *kwnames, Value *out);
typedef bool (*GetAttrFn)(AwState *S, Value self, String *name, Value *out);
typedef bool (*SetAttrFn)(AwState *S, Value self, String *name, Value v);
/* type(...) calls this: constructs an instance of t (t may be a subclass) */
typedef bool (*NewFn)(AwState *S, Type *t, int argc, Value *argv,
                      Tuple *kwnames, Value *out);
/* format(self, spec) */
typedef bool (*FormatFn)(AwState *S, Value self, String *spec, Value *out);
typedef int (*TruthFn)(AwState *S, Value self);

typedef enum {
    MF_METHOD = 0,     /* argv[0] is self */
    MF_STATIC = 1,     /* no self */
    MF_CLASS = 2       /* argv[0] is the type */
} MethodFlags;

typedef struct MethodDef {
    const char *name;
    CFunc fn;
    uint32_t flags; /* MethodFlags */
} MethodDef;

typedef struct GetSetDef {
    const char *name;
    bool (*get)(AwState *S, Value self, Value *out);
    bool (*set)(AwState *S, Value self, Value v); /* NULL: read-only */
} GetSetDef;

/* Comparison and operator codes, shared by the compiler and the VM. */
typedef enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE } CmpOp;

#define BINOP_LIST(X)                                                        \
    X(ADD, "+", "__add__", "__radd__")                                       \
    X(SUB, "-", "__sub__", "__rsub__")                                       \
    X(MUL, "*", "__mul__", "__rmul__")                                       \
    X(TRUEDIV, "/", "__truediv__", "__rtruediv__")                           \
    X(FLOORDIV, "//", "__floordiv__", "__rfloordiv__")                       \
    X(MOD, "%", "__mod__", "__rmod__")                                       \
    X(POW, "**", "__pow__", "__rpow__")                                      \
    X(MATMUL, "@", "__matmul__", "__rmatmul__")                              \
    X(LSHIFT, "<<", "__lshift__", "__rlshift__")                             \
    X(RSHIFT, ">>", "__rshift__", "__rrshift__")                             \
    X(AND, "&", "__and__", "__rand__")                                       \
    X(OR, "|", "__or__", "__ror__")                                          \
    X(XOR, "^", "__xor__", "__rxor__")

/* BINOP_IADD.. follow BINOP_XOR in the same order: BINOP_IADD = BINOP_ADD +
 * BINOP_INPLACE. Slots receive in-place codes only for types that mutate in
 * place (list +=, set |=); awobj_binop falls back to the plain code. */
typedef enum {
#define X(n, s, d, r) BINOP_##n,
    BINOP_LIST(X)
#undef X
    BINOP_INPLACE
} BinOp;
#define BINOP_COUNT BINOP_INPLACE

typedef enum { UNOP_NEG, UNOP_POS, UNOP_INVERT } UnOp;

/* ------------------------------------------------------------------ */
/* Type objects                                                        */

enum {
    TF_BASETYPE = 1 << 0, /* may be subclassed */
    TF_HEAPTYPE = 1 << 1, /* created by a class statement */
    TF_EXCEPTION = 1 << 2, /* BaseException or a subclass */
    /* Hooks a class (or a base) defines in aw code; kept up to date by
     * vm/class.c so that attribute access tests one bit. */
    TF_GETATTRIBUTE = 1 << 3, /* __getattribute__ */
    TF_GETATTR = 1 << 4,      /* __getattr__ */
    TF_SETATTR = 1 << 5,      /* __setattr__ or __delattr__ */
    TF_DESCR_GET = 1 << 6,    /* instances are descriptors: __get__ */
    TF_DESCR_SET = 1 << 7,    /* ... data descriptors: __set__/__delete__ */
    TF_BOXED = 1 << 8         /* a class of int or float: its instances
                               * hold the number in their first extension
                               * Value (awclass_unbox) */
    /* bit 31 is vm/slots.c's (TF_SLOTS_SEEN) */
};

struct Type {
    Obj obj;
    String *name;     /* __name__ */
    String *qualname; /* __qualname__ */
    String *module;   /* "builtins" for builtin types */
    Type *base;       /* primary base; NULL for object */
    Tuple *bases;     /* __bases__ */
    Tuple *mro;       /* __mro__, including this type */
    Dict *dict;       /* __dict__: methods, descriptors, class attributes */
    uint32_t tflags;  /* TF_* */
    uint8_t instkind; /* ObjKind of instances */
    size_t instsize;  /* C size of an instance */
    /* Instance layout of classes (vm/class.h): extsize bytes of Values
     * follow the builtin layout of every instance (obj.extra); dictoffset
     * locates the Dict * of the instance's __dict__: > 0 a byte offset, -1
     * the first extension Value of a variable-size layout (str, tuple,
     * bytes), 0 no __dict__. */
    uint32_t extsize;
    int32_t dictoffset;
    /* Attribute caches (vm/interp.c) key on (type, version); 0 means "no
     * version yet". Changing the type or a base resets it to 0. */
    uint32_t version;
    /* Direct subclasses, weak: the GC prunes dead ones (vm/class.c). */
    Type **subs;
    uint32_t nsubs, capsubs;
    /* The getattr/setattr of the nearest builtin type in the MRO: what
     * the generic lookup of a class falls back on. */
    GetAttrFn base_getattr;
    SetAttrFn base_setattr;
    /* Calling the class: its aw __init__ when creating an instance needs
     * nothing else (valid while init_version == version != 0). */
    Function *init_cache;
    uint32_t init_version;

    /* Slots: NULL means "not supported" and the generic operation raises
     * CPython's TypeError. Subclasses inherit slots they do not define. */
    UnaryFn repr, str;
    HashFn hash;
    RichCmpFn richcmp;
    BinOpFn binop;
    UnOpFn unop;
    TruthFn truth;
    LenFn len;
    GetItemFn getitem;
    SetItemFn setitem;
    ContainsFn contains;
    UnaryFn iter;
    NextFn next;
    CallFn call;
    GetAttrFn getattr; /* NULL: the generic lookup (type dict, then getset) */
    SetAttrFn setattr;
    NewFn new_;
    FormatFn format;
    const GetSetDef *getset; /* read through awobj_getattr */
};

/* Builtin type indices into S->types. */
#define TYPE_LIST(X)                                                         \
    X(OBJECT, "object")                                                      \
    X(TYPE, "type")                                                          \
    X(NONE, "NoneType")                                                      \
    X(BOOL, "bool")                                                          \
    X(INT, "int")                                                            \
    X(FLOAT, "float")                                                        \
    X(STR, "str")                                                            \
    X(BYTES, "bytes")                                                        \
    X(LIST, "list")                                                          \
    X(TUPLE, "tuple")                                                        \
    X(DICT, "dict")                                                          \
    X(SET, "set")                                                            \
    X(FROZENSET, "frozenset")                                                \
    X(RANGE, "range")                                                        \
    X(SLICE, "slice")                                                        \
    X(FUNCTION, "function")                                                  \
    X(BUILTIN_FUNC, "builtin_function_or_method")                            \
    X(METHOD_DESCR, "method_descriptor")                                     \
    X(CLASSMETHOD_DESCR, "classmethod_descriptor")                           \
    X(METHOD, "method")                                                      \
    X(CODE, "code")                                                          \
    X(CELL, "cell")                                                          \
    X(MODULE, "module")                                                      \
    X(TRACEBACK, "traceback")                                                \
    X(NOTIMPL, "NotImplementedType")                                         \
    X(ELLIPSIS, "ellipsis")                                                  \
    X(PROPERTY, "property")                                                  \
    X(STATICMETHOD, "staticmethod")                                          \
    X(CLASSMETHOD, "classmethod")                                            \
    X(SUPER, "super")                                                        \
    X(MEMBER_DESCR, "member_descriptor")                                     \
    X(LIST_ITER, "list_iterator")                                            \
    X(LIST_REVITER, "list_reverseiterator")                                  \
    X(TUPLE_ITER, "tuple_iterator")                                          \
    X(STR_ITER, "str_ascii_iterator")                                        \
    X(BYTES_ITER, "bytes_iterator")                                          \
    X(RANGE_ITER, "range_iterator")                                          \
    X(SET_ITER, "set_iterator")                                              \
    X(DICT_KEYS, "dict_keys")                                                \
    X(DICT_VALUES, "dict_values")                                            \
    X(DICT_ITEMS, "dict_items")                                              \
    X(DICT_KEYITER, "dict_keyiterator")                                      \
    X(DICT_VALUEITER, "dict_valueiterator")                                  \
    X(DICT_ITEMITER, "dict_itemiterator")                                    \
    X(DICT_REVKEYITER, "dict_reversekeyiterator")                            \
    X(ENUMERATE, "enumerate")                                                \
    X(ZIP, "zip")                                                            \
    X(MAP, "map")                                                            \
    X(FILTER, "filter")                                                      \
    X(REVERSED, "reversed")                                                  \
    X(SEQ_ITER, "iterator")                                                  \
    X(CALLABLE_ITER, "callable_iterator")                                    \
    X(GENERATOR, "generator")                                                \
    X(COROUTINE, "coroutine")                                                \
    X(CORO_WRAPPER, "coroutine_wrapper")                                    \
    X(ASYNC_GENERATOR, "async_generator")                                    \
    X(AGEN_ASEND, "async_generator_asend")                                   \
    X(AGEN_ATHROW, "async_generator_athrow")                                 \
    X(ANEXT_AWAITABLE, "anext_awaitable")                                    \
    X(LOOP, "_UnixSelectorEventLoop")                                        \
    X(FUTURE, "Future")                                                      \
    X(TASK, "Task")                                                          \
    X(GATHER_FUTURE, "_GatheringFuture")                                     \
    X(HANDLE, "Handle")                                                      \
    X(TIMER_HANDLE, "TimerHandle")                                           \
    X(NCORO, "coroutine")                                                    \
    X(NCORO_WRAPPER, "coroutine_wrapper")                                    \
    X(QUEUE, "Queue")                                                        \
    X(PRIORITY_QUEUE, "PriorityQueue")                                       \
    X(LIFO_QUEUE, "LifoQueue")                                              \
    X(WRAPPER_DESCR, "wrapper_descriptor")                                   \
    X(METHOD_WRAPPER, "method-wrapper")

typedef enum {
#define X(id, name) TY_##id,
    TYPE_LIST(X)
#undef X
    TY__COUNT
} TypeId;

/* ------------------------------------------------------------------ */
/* Object layouts                                                      */

enum { STR_ASCII = 1, STR_INTERNED = 2 }; /* String obj.flags */

/* Immutable UTF-8 text. data is NUL-terminated (a NUL may also occur
 * inside). ncp counts code points; when STR_ASCII is set ncp == len and
 * indexing is O(1). hash is -1 until computed. */
struct String {
    Obj obj;
    int64_t hash;
    size_t len;
    size_t ncp;
    char data[];
};

struct Bytes {
    Obj obj;
    int64_t hash;
    size_t len;
    uint8_t data[]; /* NUL-terminated for convenience */
};

/* An int outside int64_t range. Invariant: a value that fits int64_t is
 * always a small int (VT_INT), never a BigInt. The digits are malloc'd by
 * libtommath and freed when the object is swept. */
struct BigInt {
    Obj obj;
    mp_int n;
};

struct List {
    Obj obj;
    size_t len, cap;
    Value *items; /* awmem buffer */
};

struct Tuple {
    Obj obj;
    int64_t hash;
    size_t len;
    Value items[]; /* NULL_VAL until filled; the GC skips NULLs */
};

/* Compact, insertion-ordered hash table (CPython's design): entries in
 * insertion order, index maps hash slots to entry numbers. A deleted entry
 * has a NULL key. */
typedef struct DictEntry {
    Value key;
    Value value;
    int64_t hash;
} DictEntry;

struct Dict {
    Obj obj;
    DictEntry *entries; /* awmem buffer, nentries used of cap */
    size_t nentries;    /* used entries, including deleted ones */
    size_t cap;
    size_t len;         /* live entries */
    int32_t *index;     /* awmem buffer of mask+1 slots: -1 empty, -2 dummy */
    size_t mask;
    uint64_t version;   /* bumped on every mutation (caches, iterators) */
};

/* Open-addressing table with CPython's probing so that iteration order of
 * small ints matches CPython. key NULL with as.i == 0: empty; NULL with
 * as.i == 1: dummy. obj.type tells set from frozenset. */
typedef struct SetEntry {
    Value key;
    int64_t hash;
} SetEntry;

struct Set {
    Obj obj;
    SetEntry *table; /* awmem buffer of mask+1 entries */
    size_t mask;
    size_t fill; /* active + dummy */
    size_t used; /* active */
    int64_t hash; /* frozenset: -1 until computed */
    uint64_t version;
};

typedef struct Range {
    Obj obj;
    int64_t start, stop, step, len;
} Range;

typedef struct Slice {
    Obj obj;
    Value start, stop, step; /* None when omitted */
} Slice;

struct Cell {
    Obj obj;
    Value v; /* NULL_VAL when empty */
};

/* Code object flags */
enum {
    CO_VARARGS = 1 << 0,
    CO_VARKEYWORDS = 1 << 1,
    CO_GENERATOR = 1 << 2,
    CO_COROUTINE = 1 << 3,
    CO_ASYNC_GENERATOR = 1 << 4,
    CO_NESTED = 1 << 5,
    CO_FUNCTION = 1 << 6 /* function scope: fast locals; else name lookup */
};

/* Source position of the instructions from pc `start` up to the next
 * entry's start. Columns are 0-based byte offsets, as in CPython. */
typedef struct LineEntry {
    uint32_t start;
    int32_t line, col, end_line, end_col;
} LineEntry;

/* Exception table (CPython 3.11's scheme): an exception raised by an
 * instruction at pc in [start, end) pops the value stack down to `depth`
 * values, pushes the pc of the instruction if `lasti`, pushes the
 * exception and jumps to `target`. Innermost ranges come first. */
typedef struct ExcEntry {
    uint32_t start, end, target, depth;
    uint8_t lasti;
} ExcEntry;

struct Code {
    Obj obj;
    String *name, *qualname, *filename;
    uint32_t *code; /* instruction words, see lang/opcodes.h */
    uint32_t ncode;
    Value *consts;
    uint32_t nconsts;
    String **names; /* global/attribute names (LOAD_GLOBAL, LOAD_ATTR...) */
    uint32_t nnames;
    /* localsplus: nlocals locals (parameters first), then ncells cell
     * variables, then nfrees free variables, then the value stack */
    String **localnames; /* nlocals + ncells + nfrees */
    int32_t *cell2arg;   /* per cell: the parameter it starts from, or -1 */
    uint32_t nlocals, ncells, nfrees, maxstack;
    uint32_t argcount, posonlyargcount, kwonlyargcount;
    uint32_t flags; /* CO_* */
    int32_t firstlineno;
    LineEntry *lines;
    uint32_t nlines;
    ExcEntry *exctab;
    uint32_t nexc;
};

struct Function {
    Obj obj;
    Code *code;
    Dict *globals;
    Dict *builtins;
    Tuple *defaults;   /* or NULL */
    Dict *kwdefaults;  /* or NULL */
    Tuple *closure;    /* of Cell, or NULL */
    String *name, *qualname;
    Value module;      /* __module__ */
    Value doc;
    Dict *dict;        /* function attributes, or NULL */
    Dict *annotations; /* or NULL */
};

/* CFunction obj.flags. CF_HOST: a C function of the embedding host
 * (vm/api_func.c): self holds its AwCFunction, which a trampoline (fn)
 * calls; it shows as a builtin function, not as a method of self. */
enum { CF_NONE = 0, CF_HOST = 1 };

/* A builtin function or method. With self NULL_VAL and def->flags ==
 * MF_METHOD it is a method descriptor stored in a type's dict; binding it
 * to an instance makes a copy with self set. Calling prepends self. */
struct CFunction {
    Obj obj;
    const char *name;
    CFunc fn;
    uint32_t mflags; /* MethodFlags */
    Value self;      /* bound self, or NULL_VAL */
    Type *owner;     /* type that defines the method, or NULL */
    Value module;    /* for builtin functions of a module, or NULL_VAL */
};

struct BoundMethod {
    Obj obj;
    Value self;
    Value func;
};

/* Exceptions. args is always a tuple. dict holds extra attributes
 * (SyntaxError's filename/lineno/offset/text, StopIteration's value,
 * OSError's errno/strerror/filename, KeyError has none). */
enum { EXC_SUPPRESS_CONTEXT = 1 }; /* Exception obj.flags */
struct Exception {
    Obj obj;
    Tuple *args;
    Value cause;   /* NULL_VAL or None when unset */
    Value context; /* NULL_VAL when unset */
    Traceback *tb; /* outermost frame first, or NULL */
    Dict *dict;    /* or NULL */
    Value task_site; /* (task name, Traceback) of the asyncio task it
                        escaped from, for the report; or NULL_VAL */
};

/* One traceback entry; `next` is the next inner frame, as tb_next. */
struct Traceback {
    Obj obj;
    Traceback *next;
    Code *code;
    uint32_t pc; /* instruction that raised or called */
};

typedef struct Module {
    Obj obj;
    String *name;
    Dict *dict;
} Module;

/* Instances of classes that derive from object alone, and of the small
 * builtin types written that way (property, super...): the header, then
 * the extension Values (Obj.extra, vm/class.h). */
typedef struct Instance {
    Obj obj;
    Value ext[];
} Instance;

/* Layout shared by the small builtin helper objects: iterators of every
 * builtin type, dict views, enumerate, zip, map, filter, reversed. The
 * meaning of each field is up to the type that uses it. */
typedef struct Iterator {
    Obj obj;
    Value src;       /* the object iterated over */
    Value aux;       /* a second object (a function, a tuple of iterators) */
    int64_t index;   /* position */
    int64_t end;     /* bound or remaining count */
    int64_t step;
    uint64_t version; /* for "changed size during iteration" checks */
} Iterator;

/* NotImplemented and Ellipsis. */
typedef struct Singleton {
    Obj obj;
} Singleton;

/* An object whose payload is plain C data: random's generator state, a
 * file's descriptor and buffer. Made by awnative_new (vm/gc.h) with a
 * zero-filled payload. cls says how to mark the Values the payload holds
 * (trace may be NULL: it holds none) and how to release what it owns when
 * the object is swept (finalize may be NULL; it runs inside the sweep, so
 * it must not allocate, raise or run aw code). A C function tells its own
 * natives from others by comparing cls. */
typedef struct NativeClass {
    const char *name;
    void (*trace)(AwState *S, void *data);
    void (*finalize)(AwState *S, void *data);
} NativeClass;

typedef struct Native {
    Obj obj;
    const NativeClass *cls;
    size_t size; /* bytes of data */
    _Alignas(16) unsigned char data[];
} Native;

/* The payload of v when v is a native of class cls, else NULL. */
static inline void *awnative_data(Value v, const NativeClass *cls)
{
    if (!IS_KIND(v, OBJ_NATIVE) || ((Native *)v.as.o)->cls != cls)
        return NULL;
    return ((Native *)v.as.o)->data;
}

/* ------------------------------------------------------------------ */
/* Generic operations (vm/ops.c unless stated). Each may call aw code.  */

Type *awobj_type(AwState *S, Value v);
const char *awobj_typename(AwState *S, Value v); /* type(v).__name__ */
bool awobj_isinstance(AwState *S, Value v, Type *t);
bool awtype_issubclass(Type *a, Type *b);

AW_NODISCARD bool awobj_repr(AwState *S, Value v, Value *out); /* a str */
AW_NODISCARD bool awobj_str(AwState *S, Value v, Value *out);  /* a str */
AW_NODISCARD bool awobj_hash(AwState *S, Value v, int64_t *out);
int awobj_truthy(AwState *S, Value v);
/* Rich comparison with reflection and CPython's TypeError. */
AW_NODISCARD bool awobj_richcmp(AwState *S, Value a, Value b, int op,
                                Value *out);
int awobj_compare(AwState *S, Value a, Value b, int op); /* as bool */
int awobj_eq(AwState *S, Value a, Value b); /* identity shortcut first */
AW_NODISCARD bool awobj_binop(AwState *S, int op, Value a, Value b,
                              Value *out);
AW_NODISCARD bool awobj_unop(AwState *S, int op, Value a, Value *out);
AW_NODISCARD bool awobj_getattr(AwState *S, Value o, String *name,
                                Value *out);
/* 1 found, 0 AttributeError (cleared), -1 other error */
int awobj_getattr_opt(AwState *S, Value o, String *name, Value *out);
AW_NODISCARD bool awobj_setattr(AwState *S, Value o, String *name, Value v);
AW_NODISCARD bool awobj_delattr(AwState *S, Value o, String *name);
AW_NODISCARD bool awobj_getitem(AwState *S, Value o, Value key, Value *out);
AW_NODISCARD bool awobj_setitem(AwState *S, Value o, Value key, Value v);
AW_NODISCARD bool awobj_delitem(AwState *S, Value o, Value key);
int awobj_contains(AwState *S, Value container, Value x);
/* `x in c` for a container without __contains__: iterate and compare.
 * 1, 0 or -1 (raised). */
int awobj_contains_by_iter(AwState *S, Value c, Value x);
AW_NODISCARD bool awobj_len(AwState *S, Value o, int64_t *out);
AW_NODISCARD bool awobj_iter(AwState *S, Value o, Value *out);
int awobj_next(AwState *S, Value iter, Value *out);
AW_NODISCARD bool awobj_format(AwState *S, Value v, String *spec,
                               Value *out);
/* Calls any callable; for aw functions re-enters the VM (vm/interp.c). */
AW_NODISCARD bool awobj_call(AwState *S, Value callable, int argc,
                             Value *argv, Tuple *kwnames, Value *out);
/* Python's operator.index(): int or bool, else TypeError. */
AW_NODISCARD bool awobj_index(AwState *S, Value v, Value *out);
/* An int that must fit int64_t ("cannot fit 'int' into an index-sized
 * integer" otherwise); what: used in the TypeError of a non-int. */
AW_NODISCARD bool awobj_as_i64(AwState *S, Value v, int64_t *out);

/* Types (vm/type.c) */
/* A new type object, not registered in S->types (exception classes, later
 * user classes): name, base (slots are copied from it), MRO (this type then
 * base's MRO), an empty dict, TF_BASETYPE. */
Type *awtype_new(AwState *S, const char *name, Type *base, ObjKind kind,
                 size_t instsize);
Type *awtype_new_builtin(AwState *S, TypeId id, const char *name,
                         Type *base, ObjKind kind, size_t instsize);
AW_NODISCARD bool awtype_add_methods(AwState *S, Type *t,
                                     const MethodDef *defs);
/* Copies every C slot of b into t (a subclass inherits them). */
void awtype_inherit_slots(Type *t, Type *b);
/* Looks name up along t's MRO; NULL_VAL when absent. Never fails. */
Value awtype_lookup(AwState *S, Type *t, String *name);
/* Generic attribute lookup: getset, type dict (binding methods), instance
 * dict. */
AW_NODISCARD bool awobj_generic_getattr(AwState *S, Value o, String *name,
                                        Value *out);
CFunction *awcfunc_new(AwState *S, const char *name, CFunc fn,
                       uint32_t mflags, Value self, Type *owner);

/* Argument unpacking for CFuncs (vm/args.c). Fills out[0..nmax-1] from
 * positional arguments then keywords named in kwlist (kwlist may be NULL:
 * keywords are refused; a kwlist entry may be NULL for positional-only).
 * Missing optional arguments are NULL_VAL. Errors use CPython's wording
 * ("f() takes at most 2 arguments (3 given)", "f() missing required
 * argument 'x' (pos 1)", "'x' is an invalid keyword argument for f()"). */
AW_NODISCARD bool awarg_unpack(AwState *S, const char *fname, int argc,
                               Value *argv, Tuple *kwnames, int nreq,
                               int nmax, const char *const *kwlist,
                               Value *out);

#endif
