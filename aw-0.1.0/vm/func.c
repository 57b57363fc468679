/* Functions, code objects, cells and bound methods: their constructors and
 * the types "function", "code", "cell" and "method" with CPython's reprs
 * and attributes. */
#include <string.h>

#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/str.h"

/* ------------------------------------------------------------------ */
/* Constructors                                                        */

Code *awcode_new(AwState *S)
{
    Code *c = awgc_alloc(S, TYPE(S, CODE), OBJ_CODE, sizeof(Code));
    if (c != NULL)
        c->firstlineno = 1;
    return c;
}

int awcode_line(Code *code, uint32_t pc)
{
    uint32_t lo = 0, hi = code->nlines;
    if (hi == 0)
        return code->firstlineno;
    /* the last entry starting at or before pc */
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (code->lines[mid].start <= pc)
            lo = mid;
        else
            hi = mid;
    }
    return code->lines[lo].line;
}

/* CPython's compiler makes a function's docstring its first constant
 * (None when there is none; lambdas always get None there). */
static Value code_doc(Code *code)
{
    if ((code->flags & CO_FUNCTION) && code->nconsts > 0 &&
        IS_STR(code->consts[0]))
        return code->consts[0];
    return NONE_VAL;
}

Function *awfunc_new(AwState *S, Code *code, Dict *globals)
{
    Function *f =
        awgc_alloc(S, TYPE(S, FUNCTION), OBJ_FUNCTION, sizeof(Function));
    if (f == NULL)
        return NULL;
    f->code = code;
    f->globals = globals;
    f->builtins = S->builtins;
    f->name = code->name;
    f->qualname = code->qualname ? code->qualname : code->name;
    Value mod = awdict_get_str(S, globals, NAME(S, name));
    f->module = IS_NULL(mod) ? NONE_VAL : mod;
    f->doc = code_doc(code);
    return f;
}

Value awmethod_new(AwState *S, Value self, Value func)
{
    BoundMethod *m = awgc_alloc(S, TYPE(S, METHOD), OBJ_BOUND_METHOD,
                                sizeof(BoundMethod));
    if (m == NULL)
        return NULL_VAL;
    m->self = self;
    m->func = func;
    return OBJ_VAL(m);
}

/* ------------------------------------------------------------------ */
/* Shared helpers                                                      */

static bool ret_str(AwState *S, String *s, Value *out)
{
    if (s == NULL)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

static bool ret_obj(Obj *o, Value *out)
{
    *out = o ? OBJ_VAL(o) : NONE_VAL;
    return true;
}

static const GetSetDef *getset_find(const GetSetDef *g, String *name)
{
    for (; g->name != NULL; g++)
        if (strcmp(g->name, name->data) == 0)
            return g;
    return NULL;
}

static bool readonly(AwState *S)
{
    return awerr_format(S, EXC_AttributeError, "readonly attribute");
}

/* ------------------------------------------------------------------ */
/* function                                                            */

#define FUNC(v) ((Function *)AS_OBJ(v))

static bool func_repr(AwState *S, Value self, Value *out)
{
    return ret_str(S,
                   awstr_printf(S, "<function %s at %p>",
                                FUNC(self)->qualname->data,
                                (void *)AS_OBJ(self)),
                   out);
}

static bool func_call(AwState *S, Value self, int argc, Value *argv,
                      Tuple *kwnames, Value *out)
{
    return awvm_call_function(S, FUNC(self), argc, argv, kwnames, out);
}

static bool func_get_name(AwState *S, Value self, Value *out)
{
    return ret_obj((Obj *)FUNC(self)->name, out);
}

static bool func_set_name(AwState *S, Value self, Value v)
{
    if (!IS_STR(v))
        return awerr_format(S, EXC_TypeError,
                            "__name__ must be set to a string object");
    FUNC(self)->name = AS_STR(v);
    return true;
}

static bool func_get_qualname(AwState *S, Value self, Value *out)
{
    return ret_obj((Obj *)FUNC(self)->qualname, out);
}

static bool func_set_qualname(AwState *S, Value self, Value v)
{
    if (!IS_STR(v))
        return awerr_format(S, EXC_TypeError,
                            "__qualname__ must be set to a string object");
    FUNC(self)->qualname = AS_STR(v);
    return true;
}

static bool func_get_module(AwState *S, Value self, Value *out)
{
    *out = FUNC(self)->module;
    return true;
}

static bool func_set_module(AwState *S, Value self, Value v)
{
    FUNC(self)->module = IS_NULL(v) ? NONE_VAL : v;
    return true;
}

static bool func_get_doc(AwState *S, Value self, Value *out)
{
    *out = IS_NULL(FUNC(self)->doc) ? NONE_VAL : FUNC(self)->doc;
    return true;
}

static bool func_set_doc(AwState *S, Value self, Value v)
{
    FUNC(self)->doc = IS_NULL(v) ? NONE_VAL : v;
    return true;
}

static bool func_get_defaults(AwState *S, Value self, Value *out)
{
    return ret_obj((Obj *)FUNC(self)->defaults, out);
}

static bool func_set_defaults(AwState *S, Value self, Value v)
{
    if (!IS_NULL(v) && !IS_NONE(v) && !IS_TUPLE(v))
        return awerr_format(S, EXC_TypeError,
                            "__defaults__ must be set to a tuple object");
    FUNC(self)->defaults = IS_TUPLE(v) ? AS_TUPLE(v) : NULL;
    return true;
}

static bool func_get_kwdefaults(AwState *S, Value self, Value *out)
{
    return ret_obj((Obj *)FUNC(self)->kwdefaults, out);
}

static bool func_set_kwdefaults(AwState *S, Value self, Value v)
{
    if (!IS_NULL(v) && !IS_NONE(v) && !IS_DICT(v))
        return awerr_format(S, EXC_TypeError,
                            "__kwdefaults__ must be set to a dict object");
    FUNC(self)->kwdefaults = IS_DICT(v) ? AS_DICT(v) : NULL;
    return true;
}

static bool func_get_code(AwState *S, Value self, Value *out)
{
    return ret_obj((Obj *)FUNC(self)->code, out);
}

static bool func_set_code(AwState *S, Value self, Value v)
{
    if (!IS_KIND(v, OBJ_CODE))
        return awerr_format(S, EXC_TypeError,
                            "__code__ must be set to a code object");
    FUNC(self)->code = (Code *)AS_OBJ(v);
    return true;
}

static bool func_get_globals(AwState *S, Value self, Value *out)
{
    return ret_obj((Obj *)FUNC(self)->globals, out);
}

static bool func_get_builtins(AwState *S, Value self, Value *out)
{
    return ret_obj((Obj *)FUNC(self)->builtins, out);
}

static bool func_get_closure(AwState *S, Value self, Value *out)
{
    return ret_obj((Obj *)FUNC(self)->closure, out);
}

static bool func_get_dict(AwState *S, Value self, Value *out)
{
    Function *f = FUNC(self);
    if (f->dict == NULL && (f->dict = awdict_new(S)) == NULL)
        return false;
    *out = OBJ_VAL(f->dict);
    return true;
}

static bool func_set_dict(AwState *S, Value self, Value v)
{
    if (IS_NULL(v))
        return awerr_format(S, EXC_TypeError, "cannot delete __dict__");
    if (!IS_DICT(v))
        return awerr_format(S, EXC_TypeError,
                            "__dict__ must be set to a dictionary, not a "
                            "'%s'",
                            awobj_typename(S, v));
    FUNC(self)->dict = AS_DICT(v);
    return true;
}

static bool func_get_annotations(AwState *S, Value self, Value *out)
{
    Function *f = FUNC(self);
    if (f->annotations == NULL && (f->annotations = awdict_new(S)) == NULL)
        return false;
    *out = OBJ_VAL(f->annotations);
    return true;
}

static bool func_set_annotations(AwState *S, Value self, Value v)
{
    if (!IS_NULL(v) && !IS_NONE(v) && !IS_DICT(v))
        return awerr_format(S, EXC_TypeError,
                            "__annotations__ must be set to a dict object");
    FUNC(self)->annotations = IS_DICT(v) ? AS_DICT(v) : NULL;
    return true;
}

static const GetSetDef func_getset[] = {
    {"__name__", func_get_name, func_set_name},
    {"__qualname__", func_get_qualname, func_set_qualname},
    {"__module__", func_get_module, func_set_module},
    {"__doc__", func_get_doc, func_set_doc},
    {"__defaults__", func_get_defaults, func_set_defaults},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults},
    {"__code__", func_get_code, func_set_code},
    {"__globals__", func_get_globals, NULL},
    {"__builtins__", func_get_builtins, NULL},
    {"__closure__", func_get_closure, NULL},
    {"__dict__", func_get_dict, func_set_dict},
    {"__annotations__", func_get_annotations, func_set_annotations},
    {NULL, NULL, NULL},
};

/* Data descriptors first, then the function's own attributes, then the
 * type (methods, AttributeError). */
static bool func_getattr(AwState *S, Value self, String *name, Value *out)
{
    const GetSetDef *g = getset_find(func_getset, name);
    if (g != NULL)
        return g->get(S, self, out);
    Dict *d = FUNC(self)->dict;
    if (d != NULL) {
        Value v = awdict_get_str(S, d, name);
        if (!IS_NULL(v)) {
            *out = v;
            return true;
        }
    }
    return awobj_generic_getattr(S, self, name, out);
}

static bool func_setattr(AwState *S, Value self, String *name, Value v)
{
    const GetSetDef *g = getset_find(func_getset, name);
    if (g != NULL)
        return g->set ? g->set(S, self, v) : readonly(S);
    Function *f = FUNC(self);
    if (IS_NULL(v)) {
        int r = f->dict ? awdict_del(S, f->dict, OBJ_VAL(name)) : 0;
        if (r == 0)
            return awerr_format(S, EXC_AttributeError,
                                "'function' object has no attribute '%s'",
                                name->data);
        return r > 0;
    }
    if (f->dict == NULL && (f->dict = awdict_new(S)) == NULL)
        return false;
    return awdict_set_str(S, f->dict, name, v);
}

/* f.__call__(...) and m.__call__(...) */
static bool m_call(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    return awobj_call(S, argv[0], argc - 1, argv + 1, kwnames, out);
}

/* f.__get__(obj, type=None): f itself through None, else bound to obj */
static bool func_m_get(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    Value a[3];
    if (!awarg_unpack(S, "__get__", argc, argv, kwnames, 2, 3, NULL, a))
        return false;
    if (IS_NONE(a[1]) && (IS_NULL(a[2]) || IS_NONE(a[2])))
        return awerr_format(S, EXC_TypeError,
                            "__get__(None, None) is invalid");
    if (IS_NONE(a[1])) {
        *out = a[0];
        return true;
    }
    *out = awmethod_new(S, a[1], a[0]);
    return !IS_NULL(*out);
}

static const MethodDef func_methods[] = {
    {"__call__", m_call, MF_METHOD},
    {"__get__", func_m_get, MF_METHOD},
    {NULL, NULL, 0},
};

static const MethodDef method_methods[] = {
    {"__call__", m_call, MF_METHOD},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------ */
/* code                                                                */

#define CODE(v) ((Code *)AS_OBJ(v))

static bool code_repr(AwState *S, Value self, Value *out)
{
    Code *c = CODE(self);
    const char *name = c->name ? c->name->data : "?";
    if (c->filename == NULL)
        return ret_str(S,
                       awstr_printf(S,
                                    "<code object %s at %p, file ???, "
                                    "line %d>",
                                    name, (void *)c, (int)c->firstlineno),
                       out);
    return ret_str(S,
                   awstr_printf(S,
                                "<code object %s at %p, file \"%s\", "
                                "line %d>",
                                name, (void *)c, c->filename->data,
                                (int)c->firstlineno),
                   out);
}

static bool names_tuple(AwState *S, String **names, size_t n, Value *out)
{
    Tuple *t = awtuple_new(S, n);
    if (t == NULL)
        return false;
    for (size_t i = 0; i < n; i++)
        t->items[i] = OBJ_VAL(names[i]);
    *out = OBJ_VAL(t);
    return true;
}

static bool code_get_name(AwState *S, Value self, Value *out)
{
    return ret_obj((Obj *)CODE(self)->name, out);
}

static bool code_get_qualname(AwState *S, Value self, Value *out)
{
    Code *c = CODE(self);
    return ret_obj((Obj *)(c->qualname ? c->qualname : c->name), out);
}

static bool code_get_filename(AwState *S, Value self, Value *out)
{
    return ret_obj((Obj *)CODE(self)->filename, out);
}

static bool code_get_firstlineno(AwState *S, Value self, Value *out)
{
    *out = INT_VAL(CODE(self)->firstlineno);
    return true;
}

static bool code_get_argcount(AwState *S, Value self, Value *out)
{
    *out = INT_VAL(CODE(self)->argcount);
    return true;
}

static bool code_get_posonlyargcount(AwState *S, Value self, Value *out)
{
    *out = INT_VAL(CODE(self)->posonlyargcount);
    return true;
}

static bool code_get_kwonlyargcount(AwState *S, Value self, Value *out)
{
    *out = INT_VAL(CODE(self)->kwonlyargcount);
    return true;
}

static bool code_get_nlocals(AwState *S, Value self, Value *out)
{
    *out = INT_VAL(CODE(self)->nlocals);
    return true;
}

static bool code_get_stacksize(AwState *S, Value self, Value *out)
{
    *out = INT_VAL(CODE(self)->maxstack);
    return true;
}

/* co_flags with CPython's bit values. */
static bool code_get_flags(AwState *S, Value self, Value *out)
{
    uint32_t f = CODE(self)->flags;
    int64_t r = 0;
    if (f & CO_FUNCTION)
        r |= 0x1 | 0x2; /* CO_OPTIMIZED | CO_NEWLOCALS */
    if (f & CO_VARARGS)
        r |= 0x4;
    if (f & CO_VARKEYWORDS)
        r |= 0x8;
    if (f & CO_NESTED)
        r |= 0x10;
    if (f & CO_GENERATOR)
        r |= 0x20;
    if (f & CO_COROUTINE)
        r |= 0x80;
    if (f & CO_ASYNC_GENERATOR)
        r |= 0x200;
    *out = INT_VAL(r);
    return true;
}

static bool code_get_varnames(AwState *S, Value self, Value *out)
{
    Code *c = CODE(self);
    return names_tuple(S, c->localnames, c->nlocals, out);
}

static bool code_get_cellvars(AwState *S, Value self, Value *out)
{
    Code *c = CODE(self);
    return names_tuple(S, c->localnames + c->nlocals, c->ncells, out);
}

static bool code_get_freevars(AwState *S, Value self, Value *out)
{
    Code *c = CODE(self);
    return names_tuple(S, c->localnames + c->nlocals + c->ncells, c->nfrees,
                       out);
}

static bool code_get_names(AwState *S, Value self, Value *out)
{
    Code *c = CODE(self);
    return names_tuple(S, c->names, c->nnames, out);
}

static bool code_get_consts(AwState *S, Value self, Value *out)
{
    Code *c = CODE(self);
    Tuple *t = awtuple_from_array(S, c->consts, c->nconsts);
    return ret_obj((Obj *)t, out) && t != NULL;
}

static const GetSetDef code_getset[] = {
    {"co_name", code_get_name, NULL},
    {"co_qualname", code_get_qualname, NULL},
    {"co_filename", code_get_filename, NULL},
    {"co_firstlineno", code_get_firstlineno, NULL},
    {"co_argcount", code_get_argcount, NULL},
    {"co_posonlyargcount", code_get_posonlyargcount, NULL},
    {"co_kwonlyargcount", code_get_kwonlyargcount, NULL},
    {"co_nlocals", code_get_nlocals, NULL},
    {"co_stacksize", code_get_stacksize, NULL},
    {"co_flags", code_get_flags, NULL},
    {"co_varnames", code_get_varnames, NULL},
    {"co_cellvars", code_get_cellvars, NULL},
    {"co_freevars", code_get_freevars, NULL},
    {"co_names", code_get_names, NULL},
    {"co_consts", code_get_consts, NULL},
    {NULL, NULL, NULL},
};

static bool code_setattr(AwState *S, Value self, String *name, Value v)
{
    if (getset_find(code_getset, name) != NULL)
        return readonly(S);
    return awerr_format(S, EXC_AttributeError,
                        "'code' object has no attribute '%s'", name->data);
}

/* ------------------------------------------------------------------ */
/* cell                                                                */

#define CELL(v) ((Cell *)AS_OBJ(v))

static bool cell_repr(AwState *S, Value self, Value *out)
{
    Cell *c = CELL(self);
    if (IS_NULL(c->v))
        return ret_str(S, awstr_printf(S, "<cell at %p: empty>", (void *)c),
                       out);
    /* an immediate has no address of its own: show the cell's slot */
    const void *addr = IS_OBJ(c->v) ? (void *)AS_OBJ(c->v) : (void *)&c->v;
    return ret_str(S,
                   awstr_printf(S, "<cell at %p: %.80s object at %p>",
                                (void *)c, awobj_typename(S, c->v), addr),
                   out);
}

static bool cell_get_contents(AwState *S, Value self, Value *out)
{
    if (IS_NULL(CELL(self)->v))
        return awerr_format(S, EXC_ValueError, "Cell is empty");
    *out = CELL(self)->v;
    return true;
}

static bool cell_set_contents(AwState *S, Value self, Value v)
{
    CELL(self)->v = v;
    return true;
}

static const GetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {NULL, NULL, NULL},
};

static bool cell_setattr(AwState *S, Value self, String *name, Value v)
{
    if (strcmp(name->data, "cell_contents") == 0)
        return cell_set_contents(S, self, v);
    return awerr_format(S, EXC_AttributeError,
                        "'cell' object has no attribute '%s'", name->data);
}

static bool cell_new(AwState *S, Type *t, int argc, Value *argv,
                     Tuple *kwnames, Value *out)
{
    Value v[1];
    if (!awarg_unpack(S, "cell", argc, argv, kwnames, 0, 1, NULL, v))
        return false;
    Cell *c = awgc_alloc(S, t, OBJ_CELL, sizeof(Cell));
    if (c == NULL)
        return false;
    c->v = v[0];
    *out = OBJ_VAL(c);
    return true;
}

static bool cell_richcmp(AwState *S, Value a, Value b, int op, Value *out)
{
    if (!IS_KIND(b, OBJ_CELL)) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    Value x = CELL(a)->v, y = CELL(b)->v;
    if (IS_NULL(x) || IS_NULL(y)) {
        /* an empty cell sorts before any full one */
        int cx = !IS_NULL(x), cy = !IS_NULL(y);
        bool r = op == CMP_LT ? cx < cy : op == CMP_LE ? cx <= cy
               : op == CMP_EQ ? cx == cy : op == CMP_NE ? cx != cy
               : op == CMP_GT ? cx > cy : cx >= cy;
        *out = BOOL_VAL(r);
        return true;
    }
    return awobj_richcmp(S, x, y, op, out);
}

/* ------------------------------------------------------------------ */
/* method                                                              */

#define METHOD(v) ((BoundMethod *)AS_OBJ(v))

static bool method_repr(AwState *S, Value self, Value *out)
{
    BoundMethod *m = METHOD(self);
    Value name = NULL_VAL, r;
    if (IS_FUNCTION(m->func)) {
        name = OBJ_VAL(AS_FUNCTION(m->func)->qualname);
    } else {
        int found = awobj_getattr_opt(S, m->func, NAME(S, qualname), &name);
        if (found < 0)
            return false;
        if (found == 0 || !IS_STR(name))
            name = NULL_VAL;
    }
    awgc_push(S, name);
    bool ok = awobj_repr(S, m->self, &r);
    awgc_pop(S, 1);
    if (!ok)
        return false;
    awgc_push(S, r);
    String *s = awstr_printf(S, "<bound method %s of %s>",
                             IS_NULL(name) ? "?" : AS_STR(name)->data,
                             AS_STR(r)->data);
    awgc_pop(S, 1);
    return ret_str(S, s, out);
}

static bool method_call(AwState *S, Value self, int argc, Value *argv,
                        Tuple *kwnames, Value *out)
{
    /* awobj_call knows how to prepend self */
    return awobj_call(S, self, argc, argv, kwnames, out);
}

static bool method_richcmp(AwState *S, Value a, Value b, int op, Value *out)
{
    if ((op != CMP_EQ && op != CMP_NE) || !IS_KIND(b, OBJ_BOUND_METHOD)) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    int eq = aw_value_is(METHOD(a)->self, METHOD(b)->self);
    if (eq)
        eq = awobj_eq(S, METHOD(a)->func, METHOD(b)->func);
    if (eq < 0)
        return false;
    *out = BOOL_VAL((op == CMP_EQ) == (eq == 1));
    return true;
}

static bool method_hash(AwState *S, Value self, int64_t *out)
{
    BoundMethod *m = METHOD(self);
    int64_t x, y;
    if (IS_OBJ(m->self))
        x = (int64_t)((uintptr_t)AS_OBJ(m->self) >> 4);
    else if (!awobj_hash(S, m->self, &x))
        return false;
    if (!awobj_hash(S, m->func, &y))
        return false;
    x ^= y;
    *out = x == -1 ? -2 : x;
    return true;
}

static bool method_get_self(AwState *S, Value self, Value *out)
{
    *out = METHOD(self)->self;
    return true;
}

static bool method_get_func(AwState *S, Value self, Value *out)
{
    *out = METHOD(self)->func;
    return true;
}

static bool method_get_doc(AwState *S, Value self, Value *out)
{
    int r = awobj_getattr_opt(S, METHOD(self)->func, NAME(S, doc), out);
    if (r == 0)
        *out = NONE_VAL;
    return r >= 0;
}

static const GetSetDef method_getset[] = {
    {"__self__", method_get_self, NULL},
    {"__func__", method_get_func, NULL},
    {"__doc__", method_get_doc, NULL},
    {NULL, NULL, NULL},
};

/* What the method type itself defines wins; everything else is the
 * function's (m.__name__, m.__qualname__, m.x). */
static bool method_getattr(AwState *S, Value self, String *name, Value *out)
{
    const GetSetDef *g = getset_find(method_getset, name);
    if (g != NULL)
        return g->get(S, self, out);
    if (!IS_NULL(awtype_lookup(S, TYPE(S, METHOD), name)))
        return awobj_generic_getattr(S, self, name, out);
    return awobj_getattr(S, METHOD(self)->func, name, out);
}

/* ------------------------------------------------------------------ */
/* Start-up                                                            */

static bool init_function_type(AwState *S)
{
    Type *t = awtype_new_builtin(S, TY_FUNCTION, "function", TYPE(S, OBJECT),
                                 OBJ_FUNCTION, sizeof(Function));
    if (t == NULL)
        return false;
    t->repr = func_repr;
    t->call = func_call;
    t->getattr = func_getattr;
    t->setattr = func_setattr;
    t->getset = func_getset;
    t->new_ = NULL;
    return awtype_add_methods(S, t, func_methods);
}

static bool init_code_type(AwState *S)
{
    Type *t = awtype_new_builtin(S, TY_CODE, "code", TYPE(S, OBJECT),
                                 OBJ_CODE, sizeof(Code));
    if (t == NULL)
        return false;
    t->repr = code_repr;
    t->getset = code_getset;
    t->setattr = code_setattr;
    t->new_ = NULL;
    return true;
}

static bool init_cell_type(AwState *S)
{
    Type *t = awtype_new_builtin(S, TY_CELL, "cell", TYPE(S, OBJECT),
                                 OBJ_CELL, sizeof(Cell));
    if (t == NULL)
        return false;
    t->repr = cell_repr;
    t->getset = cell_getset;
    t->setattr = cell_setattr;
    t->richcmp = cell_richcmp;
    t->hash = NULL; /* cells define __eq__, so CPython makes them unhashable */
    t->new_ = cell_new;
    return true;
}

static bool init_method_type(AwState *S)
{
    Type *t = awtype_new_builtin(S, TY_METHOD, "method", TYPE(S, OBJECT),
                                 OBJ_BOUND_METHOD, sizeof(BoundMethod));
    if (t == NULL)
        return false;
    t->repr = method_repr;
    t->call = method_call;
    t->richcmp = method_richcmp;
    t->hash = method_hash;
    t->getattr = method_getattr;
    t->getset = method_getset;
    t->new_ = NULL;
    return awtype_add_methods(S, t, method_methods);
}

bool awfunc_init(AwState *S)
{
    return init_function_type(S) && init_code_type(S) && init_cell_type(S) &&
           init_method_type(S);
}
