/* The value representation: a 16-byte tagged union. Immediates (None, bool,
 * small int, float) live in the Value; everything else is a heap Obj that
 * the GC owns. */
#ifndef AW_VALUE_H
#define AW_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__) || defined(__clang__)
#define AW_NODISCARD __attribute__((warn_unused_result))
#define AW_LIKELY(x) __builtin_expect(!!(x), 1)
#define AW_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define AW_UNUSED __attribute__((unused))
#else
#define AW_NODISCARD
#define AW_LIKELY(x) (x)
#define AW_UNLIKELY(x) (x)
#define AW_UNUSED
#endif

typedef struct AwState AwState;
typedef struct Obj Obj;
typedef struct Type Type;
typedef struct String String;
typedef struct Bytes Bytes;
typedef struct BigInt BigInt;
typedef struct List List;
typedef struct Tuple Tuple;
typedef struct Dict Dict;
typedef struct Set Set;
typedef struct Code Code;
typedef struct Function Function;
typedef struct Cell Cell;
typedef struct CFunction CFunction;
typedef struct BoundMethod BoundMethod;
typedef struct Exception Exception;
typedef struct Traceback Traceback;
typedef struct Frame Frame;

/* VT_NULL is the all-zero Value: "no value" (an unbound local, an empty
 * slot, a missing optional argument). It never reaches aw code. */
typedef enum {
    VT_NULL = 0,
    VT_NONE,
    VT_BOOL,
    VT_INT,   /* small int: every int that fits int64_t is stored here */
    VT_FLOAT,
    VT_OBJ
} ValueTag;

typedef struct Value {
    uint32_t tag;
    union {
        bool b;
        int64_t i;
        double f;
        Obj *o;
    } as;
} Value;

/* Every heap object starts with this header. `kind` selects the C layout
 * (a subclass instance of list still has kind OBJ_LIST); `type` is the aw
 * type, which for user subclasses differs from the builtin type. */
typedef enum {
    OBJ_STR,
    OBJ_BYTES,
    OBJ_BIGINT,
    OBJ_LIST,
    OBJ_TUPLE,
    OBJ_DICT,
    OBJ_SET, /* set and frozenset */
    OBJ_RANGE,
    OBJ_SLICE,
    OBJ_TYPE,
    OBJ_CODE,
    OBJ_FUNCTION,
    OBJ_CELL,
    OBJ_CFUNCTION,
    OBJ_BOUND_METHOD,
    OBJ_EXCEPTION,
    OBJ_TRACEBACK,
    OBJ_MODULE,
    OBJ_INSTANCE,  /* instances of user classes (issue 3) */
    OBJ_ITERATOR,  /* builtin iterators: see Iterator in object.h */
    OBJ_SINGLETON, /* NotImplemented, Ellipsis */
    OBJ_GENERATOR, /* generators and coroutines (vm/gen.h) */
    OBJ_LOOP,      /* the event loop (runtime/loop.h) */
    OBJ_FUTURE,    /* asyncio Future and Task */
    OBJ_HANDLE,    /* asyncio Handle and TimerHandle */
    OBJ_NCORO,     /* coroutines written in C (asyncio.sleep) */
    OBJ_QUEUE,     /* asyncio.Queue */
    OBJ_RECORD,    /* C types of stdlib/ made of Values (stdlib/rec.h) */
    OBJ_NATIVE     /* opaque C payload with trace/free hooks */
} ObjKind;

struct Obj {
    Type *type;
    Obj *gcnext;   /* all objects form one list for the sweep */
    uint8_t kind;  /* ObjKind */
    uint8_t marked;
    uint16_t flags; /* per-kind bits */
    /* Bytes appended after the kind's own layout (aligned to 8): the
     * __dict__ pointer and __slots__ values of instances of classes, an
     * array of Values that the GC traces without looking at the type
     * (see vm/class.h). 0 for most objects. */
    uint32_t extra;
};

#define NULL_VAL ((Value){VT_NULL, {.i = 0}})
#define NONE_VAL ((Value){VT_NONE, {.i = 0}})
#define BOOL_VAL(x) ((Value){VT_BOOL, {.b = (x)}})
#define TRUE_VAL BOOL_VAL(true)
#define FALSE_VAL BOOL_VAL(false)
#define INT_VAL(x) ((Value){VT_INT, {.i = (x)}})
#define FLOAT_VAL(x) ((Value){VT_FLOAT, {.f = (x)}})
#define OBJ_VAL(x) ((Value){VT_OBJ, {.o = (Obj *)(x)}})

#define IS_NULL(v) ((v).tag == VT_NULL)
#define IS_NONE(v) ((v).tag == VT_NONE)
#define IS_BOOL(v) ((v).tag == VT_BOOL)
#define IS_INT(v) ((v).tag == VT_INT) /* small int only */
#define IS_FLOAT(v) ((v).tag == VT_FLOAT)
#define IS_OBJ(v) ((v).tag == VT_OBJ)
#define IS_KIND(v, k) (IS_OBJ(v) && (v).as.o->kind == (k))
#define IS_STR(v) IS_KIND(v, OBJ_STR)
#define IS_BYTES(v) IS_KIND(v, OBJ_BYTES)
#define IS_BIGINT(v) IS_KIND(v, OBJ_BIGINT)
#define IS_LIST(v) IS_KIND(v, OBJ_LIST)
#define IS_TUPLE(v) IS_KIND(v, OBJ_TUPLE)
#define IS_DICT(v) IS_KIND(v, OBJ_DICT)
#define IS_SET(v) IS_KIND(v, OBJ_SET)
#define IS_TYPE(v) IS_KIND(v, OBJ_TYPE)
#define IS_FUNCTION(v) IS_KIND(v, OBJ_FUNCTION)
#define IS_CFUNCTION(v) IS_KIND(v, OBJ_CFUNCTION)
#define IS_EXCEPTION(v) IS_KIND(v, OBJ_EXCEPTION)
/* int in the Python sense: small or big (bool is a subclass but not here) */
#define IS_ANYINT(v) (IS_INT(v) || IS_BIGINT(v))

#define AS_BOOL(v) ((v).as.b)
#define AS_INT(v) ((v).as.i)
#define AS_FLOAT(v) ((v).as.f)
#define AS_OBJ(v) ((v).as.o)
#define AS_STR(v) ((String *)(v).as.o)
#define AS_BYTES(v) ((Bytes *)(v).as.o)
#define AS_BIGINT(v) ((BigInt *)(v).as.o)
#define AS_LIST(v) ((List *)(v).as.o)
#define AS_TUPLE(v) ((Tuple *)(v).as.o)
#define AS_DICT(v) ((Dict *)(v).as.o)
#define AS_SET(v) ((Set *)(v).as.o)
#define AS_TYPE(v) ((Type *)(v).as.o)
#define AS_FUNCTION(v) ((Function *)(v).as.o)
#define AS_CFUNCTION(v) ((CFunction *)(v).as.o)
#define AS_EXCEPTION(v) ((Exception *)(v).as.o)

/* Identity (the `is` operator). */
static inline bool aw_value_is(Value a, Value b)
{
    if (a.tag != b.tag)
        return false;
    switch (a.tag) {
    case VT_NULL:
    case VT_NONE:
        return true;
    case VT_BOOL:
        return a.as.b == b.as.b;
    case VT_INT:
        return a.as.i == b.as.i;
    case VT_FLOAT:
        return a.as.f == b.as.f || (a.as.f != a.as.f && b.as.f != b.as.f);
    default:
        return a.as.o == b.as.o;
    }
}

#endif
