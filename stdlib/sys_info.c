/* The facts sys tells about the interpreter: version, version_info (a
 * tuple with named fields, CPython's struct sequence), hexversion,
 * implementation (a types.SimpleNamespace), platform, byteorder, maxsize,
 * maxunicode and executable. */
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "aw.h"
#include "stdlib/mod_sys.h"
#include "stdlib/modules.h"
#include "vm/class.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/str.h"

/* The Python version whose behaviour aw follows. */
#define PY_MAJOR 3
#define PY_MINOR 11
#define PY_MICRO 0
#define QUOTE2(x) #x
#define QUOTE(x) QUOTE2(x)
#define HEXVERSION(a, b, c) (((a) << 24) | ((b) << 16) | ((c) << 8) | 0xf0)
/* sys.version: "3.11.0 (aw 0.1.0)" */
#define VERSION_TEXT                                                           \
    QUOTE(PY_MAJOR)                                                            \
    "." QUOTE(PY_MINOR) "." QUOTE(PY_MICRO) " (aw " QUOTE(                     \
        AW_VERSION_MAJOR) "." QUOTE(AW_VERSION_MINOR) "." QUOTE(AW_VERSION_PATCH) ")"

static const char *const vi_fields[] = {"major", "minor", "micro",
                                        "releaselevel", "serial"};

/* ------------------------------------------------------------------ */
/* sys.version_info                                                    */

static bool vi_field(Value self, int i, Value *out)
{
    *out = AS_TUPLE(self)->items[i];
    return true;
}

#define FIELD_GETTER(i, name)                                                  \
    static bool vi_get_##name(AwState *S, Value self, Value *out)              \
    {                                                                          \
        (void)S;                                                               \
        return vi_field(self, i, out);                                         \
    }
FIELD_GETTER(0, major)
FIELD_GETTER(1, minor)
FIELD_GETTER(2, micro)
FIELD_GETTER(3, releaselevel)
FIELD_GETTER(4, serial)

static const GetSetDef vi_getset[] = {
    {"major", vi_get_major, NULL},
    {"minor", vi_get_minor, NULL},
    {"micro", vi_get_micro, NULL},
    {"releaselevel", vi_get_releaselevel, NULL},
    {"serial", vi_get_serial, NULL},
    {NULL, NULL, NULL},
};

/* sys.version_info(major=3, minor=11, micro=0, releaselevel='final',
 * serial=0) */
static bool vi_repr(AwState *S, Value self, Value *out)
{
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_puts(&b, "sys.version_info(");
    for (int i = 0; i < 5; i++) {
        awbuf_printf(&b, "%s%s=", i ? ", " : "", vi_fields[i]);
        if (!awbuf_repr(&b, AS_TUPLE(self)->items[i])) {
            awbuf_free(&b);
            return false;
        }
    }
    awbuf_putc(&b, ')');
    String *s = awbuf_finish(&b);
    *out = s ? OBJ_VAL(s) : NULL_VAL;
    return s != NULL;
}

static Type *vi_type(AwState *S)
{
    Type *t =
        awtype_new(S, "version_info", TYPE(S, TUPLE), OBJ_TUPLE, sizeof(Tuple));
    if (t == NULL)
        return NULL;
    t->module = awstr_intern_cstr(S, "sys");
    t->tflags &= ~(uint32_t)TF_BASETYPE;
    t->repr = vi_repr;
    t->new_ = NULL;
    t->getset = vi_getset;
    return t->module ? t : NULL;
}

static Tuple *version_tuple(AwState *S, Type *t, int major, int minor,
                            int micro)
{
    String *final = awstr_intern_cstr(S, "final");
    if (final == NULL)
        return NULL;
    awgc_push(S, OBJ_VAL(final));
    Tuple *v = awtuple_new(S, 5);
    awgc_pop(S, 1);
    if (v == NULL)
        return NULL;
    v->obj.type = t;
    v->items[0] = INT_VAL(major);
    v->items[1] = INT_VAL(minor);
    v->items[2] = INT_VAL(micro);
    v->items[3] = OBJ_VAL(final);
    v->items[4] = INT_VAL(0);
    return v;
}

/* ------------------------------------------------------------------ */
/* sys.implementation                                                  */

/* namespace(name='aw', cache_tag=None, ...) */
static bool ns_repr(AwState *S, Value self, Value *out)
{
    Dict *d = awobj_getdict(S, self, false);
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_puts(&b, "namespace(");
    size_t pos = 0;
    Value k, v;
    for (int i = 0; d && awdict_next(d, &pos, &k, &v); i++) {
        if (i > 0)
            awbuf_puts(&b, ", ");
        bool ok = awbuf_str(&b, k);
        awbuf_putc(&b, '=');
        if (!ok || !awbuf_repr(&b, v)) {
            awbuf_free(&b);
            return false;
        }
    }
    awbuf_putc(&b, ')');
    String *s = awbuf_finish(&b);
    *out = s ? OBJ_VAL(s) : NULL_VAL;
    return s != NULL;
}

static bool ns_set(AwState *S, Value ns, const char *name, Value v)
{
    awgc_push(S, v);
    String *k = awstr_intern_cstr(S, name);
    /* k is weak (interned) and setattr may make the instance dict */
    awgc_push(S, k ? OBJ_VAL(k) : NONE_VAL);
    bool ok = k && awobj_setattr(S, ns, k, v);
    awgc_pop(S, 2);
    return ok;
}

/* A class types.SimpleNamespace (a plain class with CPython's repr). */
static Type *ns_type(AwState *S)
{
    String *name = awstr_intern_cstr(S, "SimpleNamespace");
    if (name == NULL)
        return NULL;
    awgc_push(S, OBJ_VAL(name));
    Tuple *bases = awtuple_new(S, 0);
    awgc_push(S, bases ? OBJ_VAL(bases) : NONE_VAL);
    Dict *ns = bases ? awdict_new(S) : NULL;
    awgc_push(S, ns ? OBJ_VAL(ns) : NONE_VAL);
    String *mod = ns ? awstr_intern_cstr(S, "types") : NULL;
    Type *t = mod && awdict_set_str(S, ns, NAME(S, module), OBJ_VAL(mod))
                  ? awclass_new(S, name, bases, ns)
                  : NULL;
    awgc_pop(S, 3);
    if (t != NULL) {
        t->module = mod;
        t->repr = ns_repr;
    }
    return t;
}

static bool implementation(AwState *S, Type *vi, Value *out)
{
    Type *t = ns_type(S);
    if (t == NULL)
        return false;
    awgc_push(S, OBJ_VAL(t));
    Value ns = NULL_VAL;
    bool ok = awobj_call(S, OBJ_VAL(t), 0, NULL, NULL, &ns);
    awgc_push(S, ns);
    String *name = ok ? awstr_cstr(S, "aw") : NULL;
    ok = name && ns_set(S, ns, "name", OBJ_VAL(name)) &&
         ns_set(S, ns, "cache_tag", NONE_VAL);
    Tuple *v = ok ? version_tuple(S, vi, AW_VERSION_MAJOR, AW_VERSION_MINOR,
                                  AW_VERSION_PATCH)
                  : NULL;
    ok = v && ns_set(S, ns, "version", OBJ_VAL(v)) &&
         ns_set(S, ns, "hexversion",
                INT_VAL(HEXVERSION(AW_VERSION_MAJOR, AW_VERSION_MINOR,
                                   AW_VERSION_PATCH)));
    *out = ns;
    awgc_pop(S, 2);
    return ok;
}

/* ------------------------------------------------------------------ */
/* The module attributes                                               */

static bool set_str(AwState *S, Module *m, const char *name, const char *s)
{
    String *v = awstr_cstr(S, s);
    return v && awmodule_set(S, m, name, OBJ_VAL(v));
}

static const char *platform(void)
{
#if defined(__linux__)
    return "linux";
#elif defined(__APPLE__)
    return "darwin";
#elif defined(_WIN32)
    return "win32";
#else
    return "unknown";
#endif
}

static const char *byteorder(void)
{
    const uint16_t one = 1;
    return *(const uint8_t *)&one ? "little" : "big";
}

/* The path of the running program, or "" when the system cannot say. */
static bool set_executable(AwState *S, Module *m)
{
    char buf[4096];
    ssize_t n = -1;
#if defined(__linux__)
    n = readlink("/proc/self/exe", buf, sizeof buf - 1);
#endif
    buf[n > 0 ? n : 0] = '\0';
    if (awutf8_check(buf, strlen(buf)) != strlen(buf))
        buf[0] = '\0';
    return set_str(S, m, "executable", buf);
}

bool awsys_add_info(AwState *S, Module *m)
{
    Type *vi = vi_type(S);
    if (vi == NULL)
        return false;
    awgc_push(S, OBJ_VAL(vi));
    Value impl = NULL_VAL;
    Tuple *v = version_tuple(S, vi, PY_MAJOR, PY_MINOR, PY_MICRO);
    bool ok = v && awmodule_set(S, m, "version_info", OBJ_VAL(v)) &&
              implementation(S, vi, &impl) &&
              awmodule_set(S, m, "implementation", impl);
    awgc_pop(S, 1);
    return ok && set_str(S, m, "version", VERSION_TEXT) &&
           awmodule_set(S, m, "hexversion",
                        INT_VAL(HEXVERSION(PY_MAJOR, PY_MINOR, PY_MICRO))) &&
           set_str(S, m, "platform", platform()) &&
           set_str(S, m, "byteorder", byteorder()) &&
           awmodule_set(S, m, "maxsize", INT_VAL(INT64_MAX)) &&
           awmodule_set(S, m, "maxunicode", INT_VAL(0x10ffff)) &&
           set_executable(S, m);
}
