/* The random module: CPython's Mersenne Twister (MT19937) with CPython's
 * seeding, so that a given seed gives the same numbers as CPython 3.11;
 * the random.Random type and the module functions, which are methods of a
 * hidden instance as in random.py. The methods CPython writes in Python
 * are in stdlib/random_methods.c. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "stdlib/modules.h"
#include "vm/class.h"
#include "stdlib/pyargs.h"
#include "stdlib/random.h"
#include "stdlib/sha512.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/num.h"
#include "vm/str.h"

static const NativeClass random_class = {"Random", NULL, NULL};

RandState *awrandom_state(AwState *S, Value self, const char *method)
{
    RandState *r = awnative_data(self, &random_class);
    if (!r)
        awerr_format(S, EXC_TypeError,
                     "descriptor '%s' for 'Random' objects doesn't apply to "
                     "a '%s' object",
                     method, awobj_typename(S, self));
    return r;
}

/* ------------------------------------------------------------------ */
/* MT19937 (Matsumoto and Nishimura's reference algorithm)             */

#define MT_M 397
#define MT_MATRIX_A 0x9908b0dfU
#define MT_UPPER 0x80000000U
#define MT_LOWER 0x7fffffffU

static void init_genrand(RandState *r, uint32_t s)
{
    r->mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        r->mt[i] = 1812433253U * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) +
                   (uint32_t)i;
    r->index = MT_N;
}

static void init_by_array(RandState *r, const uint32_t *key, size_t len)
{
    uint32_t *mt = r->mt;
    size_t i = 1, j = 0;
    init_genrand(r, 19650218U);
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) +
                key[j] + (uint32_t)j;
        if (++i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (++j >= len)
            j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) -
                (uint32_t)i;
        if (++i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U; /* non-zero initial array */
}

static uint32_t twist(uint32_t a, uint32_t b, uint32_t c)
{
    uint32_t y = (a & MT_UPPER) | (b & MT_LOWER);
    return c ^ (y >> 1) ^ ((y & 1) ? MT_MATRIX_A : 0);
}

uint32_t awrandom_u32(RandState *r)
{
    uint32_t *mt = r->mt;
    if (r->index >= MT_N) {
        int k;
        for (k = 0; k < MT_N - MT_M; k++)
            mt[k] = twist(mt[k], mt[k + 1], mt[k + MT_M]);
        for (; k < MT_N - 1; k++)
            mt[k] = twist(mt[k], mt[k + 1], mt[k + MT_M - MT_N]);
        mt[MT_N - 1] = twist(mt[MT_N - 1], mt[0], mt[MT_M - 1]);
        r->index = 0;
    }
    uint32_t y = mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    return y ^ (y >> 18);
}

double awrandom_double(RandState *r)
{
    uint32_t a = awrandom_u32(r) >> 5, b = awrandom_u32(r) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* getrandbits fills 32-bit words from the least significant one; the last
 * word keeps the top bits of its draw. */
static uint32_t bits_word(RandState *r, uint64_t k)
{
    uint32_t w = awrandom_u32(r);
    return k < 32 ? w >> (32 - k) : w;
}

uint64_t awrandom_below64(RandState *r, uint64_t n)
{
    int k = 64 - __builtin_clzll(n);
    for (;;) {
        uint64_t v = bits_word(r, (uint64_t)k);
        if (k > 32)
            v |= (uint64_t)bits_word(r, (uint64_t)k - 32) << 32;
        if (v < n)
            return v;
    }
}

bool awrandom_bits(AwState *S, RandState *r, uint64_t k, Value *out)
{
    if (k <= 63) {
        uint64_t v = k == 0 ? 0 : bits_word(r, k);
        if (k > 32)
            v |= (uint64_t)bits_word(r, k - 32) << 32;
        *out = INT_VAL((int64_t)v);
        return true;
    }
    size_t nwords = (size_t)((k - 1) / 32 + 1);
    if (nwords > ((size_t)1 << 34))
        return awerr_nomem(S);
    uint32_t *w = awmem_alloc(S, nwords * sizeof(uint32_t));
    if (!w)
        return awerr_nomem(S);
    for (size_t i = 0; i < nwords; i++, k -= 32)
        w[i] = bits_word(r, k);
    mp_int n;
    mp_err err = mp_init(&n);
    if (err == MP_OKAY)
        err = mp_unpack(&n, nwords, MP_LSB_FIRST, sizeof(uint32_t),
                        MP_NATIVE_ENDIAN, 0, w);
    awmem_free(S, w, nwords * sizeof(uint32_t));
    if (err != MP_OKAY) {
        mp_clear(&n);
        return awerr_nomem(S);
    }
    return awint_from_mp(S, &n, out);
}

bool awrandom_below(AwState *S, RandState *r, Value n, Value *out)
{
    if (IS_INT(n)) {
        *out = INT_VAL((int64_t)awrandom_below64(r, (uint64_t)AS_INT(n)));
        return true;
    }
    uint64_t k = (uint64_t)mp_count_bits(&AS_BIGINT(n)->n);
    Value v;
    int cmp;
    do {
        if (!awrandom_bits(S, r, k, &v))
            return false;
        cmp = IS_BIGINT(v) ? mp_cmp(&AS_BIGINT(v)->n, &AS_BIGINT(n)->n)
                           : MP_LT;
    } while (cmp != MP_LT);
    *out = v;
    return true;
}

/* ------------------------------------------------------------------ */
/* Seeding                                                             */

/* The C level seed of an int: its absolute value cut into 32-bit words,
 * least significant first (at least one word). */
static bool seed_mp(AwState *S, RandState *r, const mp_int *n)
{
    size_t count = mp_pack_count(n, 0, sizeof(uint32_t));
    uint32_t zero = 0, *key = &zero;
    if (count > 0 && !(key = awmem_alloc(S, count * sizeof(uint32_t))))
        return awerr_nomem(S);
    mp_err err = count == 0 ? MP_OKAY
                            : mp_pack(key, count, NULL, MP_LSB_FIRST,
                                      sizeof(uint32_t), MP_NATIVE_ENDIAN, 0,
                                      n); /* the magnitude: sign ignored */
    if (err == MP_OKAY)
        init_by_array(r, key, count ? count : 1);
    if (count > 0)
        awmem_free(S, key, count * sizeof(uint32_t));
    return err == MP_OKAY || awerr_nomem(S);
}

static bool seed_int(AwState *S, RandState *r, Value v)
{
    mp_int n;
    mp_err err = mp_init(&n);
    if (err != MP_OKAY)
        return awerr_nomem(S);
    bool ok = awint_to_mp(S, v, &n) && seed_mp(S, r, &n);
    mp_clear(&n);
    return ok;
}

/* version 2 for str and bytes: the int whose big-endian bytes are the
 * seed followed by its SHA-512 digest. */
static bool seed_bytes(AwState *S, RandState *r, const uint8_t *p, size_t len)
{
    uint8_t *buf = awmem_alloc(S, len + 64);
    if (!buf)
        return awerr_nomem(S);
    memcpy(buf, p, len);
    AwSha512 h;
    awsha512_init(&h);
    awsha512_update(&h, p, len);
    awsha512_final(&h, buf + len);
    mp_int n;
    mp_err err = mp_init(&n);
    if (err == MP_OKAY)
        err = mp_from_ubin(&n, buf, len + 64);
    awmem_free(S, buf, len + 64);
    bool ok = err == MP_OKAY ? seed_mp(S, r, &n) : awerr_nomem(S);
    mp_clear(&n);
    return ok;
}

/* version 1 for str and bytes (bytes read as latin-1): CPython 2's
 * string hash of the code points. */
static uint64_t seed_v1(Value a)
{
    const uint8_t *p = IS_STR(a) ? (const uint8_t *)AS_STR(a)->data
                                 : AS_BYTES(a)->data;
    size_t len = IS_STR(a) ? AS_STR(a)->len : AS_BYTES(a)->len, n = 0;
    uint64_t x = 0;
    for (size_t i = 0; i < len; n++) {
        size_t step = 1;
        uint32_t c = IS_STR(a) ? awutf8_decode((const char *)p + i, &step)
                               : p[i];
        if (i == 0)
            x = (uint64_t)c << 7;
        x = (1000003U * x) ^ c;
        i += step;
    }
    return x ^ n;
}

/* No seed: 624 words from the system's entropy, else time and pid. */
static void seed_os(RandState *r)
{
    uint32_t key[MT_N];
    size_t got = 0;
    while (got < sizeof key) {
        ssize_t n = getrandom((char *)key + got, sizeof key - got, 0);
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    if (got == sizeof key) {
        init_by_array(r, key, MT_N);
        return;
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint32_t k[4] = {(uint32_t)ts.tv_sec, (uint32_t)ts.tv_nsec,
                     (uint32_t)getpid(), (uint32_t)clock()};
    init_by_array(r, k, 4);
}

static bool do_seed(AwState *S, RandState *r, Value a, Value version)
{
    int64_t ver = 2;
    if (!IS_NULL(version) && (IS_INT(version) || IS_BOOL(version)))
        ver = IS_INT(version) ? AS_INT(version) : AS_BOOL(version);
    else if (!IS_NULL(version) && !IS_FLOAT(version))
        ver = -1; /* compares unequal to 1 and 2, as in random.py */
    else if (IS_FLOAT(version))
        ver = AS_FLOAT(version) == 1.0 ? 1 : AS_FLOAT(version) == 2.0 ? 2 : -1;
    r->has_gauss = false;
    a = awclass_unbox(a);
    bool text = IS_STR(a) || IS_BYTES(a);
    if (ver == 1 && text) {
        mp_int n;
        if (mp_init_u64(&n, seed_v1(a)) != MP_OKAY)
            return awerr_nomem(S);
        bool ok = seed_mp(S, r, &n);
        mp_clear(&n);
        return ok;
    }
    if (ver == 2 && IS_STR(a))
        return seed_bytes(S, r, (const uint8_t *)AS_STR(a)->data,
                          AS_STR(a)->len);
    if (ver == 2 && IS_BYTES(a))
        return seed_bytes(S, r, AS_BYTES(a)->data, AS_BYTES(a)->len);
    if (IS_NULL(a) || IS_NONE(a)) {
        seed_os(r);
        return true;
    }
    if (IS_ANYINT(a) || IS_BOOL(a))
        return seed_int(S, r, a);
    if (!IS_FLOAT(a) && !text)
        return awerr_format(S, EXC_TypeError,
                            "The only supported seed types are: None,\n"
                            "int, float, str, bytes, and bytearray.");
    /* anything else seeds with its hash, read as unsigned */
    int64_t h;
    if (!awobj_hash(S, a, &h))
        return false;
    mp_int n;
    if (mp_init_u64(&n, (uint64_t)h) != MP_OKAY)
        return awerr_nomem(S);
    bool ok = seed_mp(S, r, &n);
    mp_clear(&n);
    return ok;
}

/* Binds a method's arguments with the messages of a Python method
 * "Random.name()" (see stdlib/pyargs.h). */
bool awrandom_args(AwState *S, const char *name, int argc, Value *argv,
                   Tuple *kwnames, const char *const *names, int nreq,
                   int npos, int nnames, Value *out)
{
    char qual[64];
    snprintf(qual, sizeof qual, "Random.%s", name);
    return awpyargs(S, qual, 1, argc, argv, kwnames, names, nreq, npos,
                    nnames, out);
}

/* ------------------------------------------------------------------ */
/* Core methods: seed, random, getrandbits, getstate, setstate         */

static bool r_seed(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    static const char *const names[] = {"a", "version"};
    Value a[2];
    RandState *r = awrandom_state(S, argv[0], "seed");
    if (!r || !awrandom_args(S, "seed", argc - 1, argv + 1, kwnames, names,
                             0, 2, 2, a) ||
        !do_seed(S, r, a[0], a[1]))
        return false;
    *out = NONE_VAL;
    return true;
}

static bool r_random(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    RandState *r = awrandom_state(S, argv[0], "random");
    if (!r)
        return false;
    if (argc > 1 || (kwnames && kwnames->len))
        return awerr_format(S, EXC_TypeError,
                            "Random.random() takes no arguments (%d given)",
                            argc - 1 + (kwnames ? (int)kwnames->len : 0));
    *out = FLOAT_VAL(awrandom_double(r));
    return true;
}

static bool r_getrandbits(AwState *S, int argc, Value *argv, Tuple *kwnames,
                          Value *out)
{
    RandState *r = awrandom_state(S, argv[0], "getrandbits");
    if (!r)
        return false;
    if (kwnames && kwnames->len)
        return awerr_format(S, EXC_TypeError,
                            "Random.getrandbits() takes no keyword "
                            "arguments");
    if (argc != 2)
        return awerr_format(S, EXC_TypeError,
                            "Random.getrandbits() takes exactly one argument "
                            "(%d given)",
                            argc - 1);
    Value k;
    if (!awobj_index(S, argv[1], &k))
        return false;
    if (awint_sign(k) < 0)
        return awerr_format(S, EXC_ValueError,
                            "number of bits must be non-negative");
    if (IS_BIGINT(k))
        return awerr_format(S, EXC_OverflowError,
                            "Python int too large to convert to C int");
    return awrandom_bits(S, r, (uint64_t)AS_INT(k), out);
}

static bool r_getstate(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    static const char *const names[] = {NULL};
    RandState *r = awrandom_state(S, argv[0], "getstate");
    Value unused;
    if (!r || !awrandom_args(S, "getstate", argc - 1, argv + 1, kwnames,
                             names, 0, 0, 0, &unused))
        return false;
    Tuple *words = awtuple_new(S, MT_N + 1);
    if (!words)
        return false;
    for (int i = 0; i < MT_N; i++)
        words->items[i] = INT_VAL(r->mt[i]);
    words->items[MT_N] = INT_VAL(r->index);
    awgc_push(S, OBJ_VAL(words));
    Value items[3] = {INT_VAL(3), OBJ_VAL(words),
                      r->has_gauss ? FLOAT_VAL(r->gauss_next) : NONE_VAL};
    Tuple *t = awtuple_from_array(S, items, 3);
    awgc_pop(S, 1);
    if (!t)
        return false;
    *out = OBJ_VAL(t);
    return true;
}

/* The C half of setstate: a tuple of 624 words and an index. */
static bool set_words(AwState *S, RandState *r, Value v)
{
    if (!IS_TUPLE(v))
        return awerr_format(S, EXC_TypeError,
                            "state vector must be a tuple");
    Tuple *t = AS_TUPLE(v);
    if (t->len != MT_N + 1)
        return awerr_format(S, EXC_ValueError,
                            "state vector is the wrong size");
    uint32_t mt[MT_N];
    for (int i = 0; i <= MT_N; i++) {
        Value w = t->items[i];
        if (!IS_INT(w) && !IS_BOOL(w) && !IS_BIGINT(w))
            return awerr_format(S, EXC_TypeError,
                                "an integer is required (got type %s)",
                                awobj_typename(S, w));
        int64_t x = IS_INT(w) ? AS_INT(w) : IS_BOOL(w) ? AS_BOOL(w) : -1;
        if (i == MT_N) {
            if (x < 0 || x > MT_N)
                return awerr_format(S, EXC_ValueError, "invalid state");
            r->index = (int)x;
        } else if (x < 0 || x > (int64_t)UINT32_MAX) {
            return awerr_format(S, EXC_OverflowError,
                                "Python int too large to convert to C "
                                "unsigned long");
        } else {
            mt[i] = (uint32_t)x;
        }
    }
    memcpy(r->mt, mt, sizeof mt);
    return true;
}

/* Version 2 states held signed words: x % 2**32 each. */
static bool set_words_v2(AwState *S, RandState *r, Value v)
{
    Tuple *t = awtuple_from_iterable(S, v);
    if (!t)
        return false;
    awgc_push(S, OBJ_VAL(t));
    bool ok = true;
    for (size_t i = 0; ok && i < t->len; i++)
        ok = awobj_binop(S, BINOP_MOD, t->items[i], INT_VAL(4294967296LL),
                         &t->items[i]);
    ok = ok && set_words(S, r, OBJ_VAL(t));
    awgc_pop(S, 1);
    return ok;
}

static bool r_setstate(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    static const char *const names[] = {"state"};
    Value st, version, parts;
    RandState *r = awrandom_state(S, argv[0], "setstate");
    if (!r || !awrandom_args(S, "setstate", argc - 1, argv + 1, kwnames,
                             names, 1, 1, 1, &st) ||
        !awobj_getitem(S, st, INT_VAL(0), &version))
        return false;
    int v = IS_INT(version) ? (int)AS_INT(version) : 0;
    if (v != 2 && v != 3) {
        awgc_push(S, version);
        String *s = NULL;
        Value rep;
        if (awobj_str(S, version, &rep))
            s = AS_STR(rep);
        awgc_pop(S, 1);
        if (!s)
            return false;
        return awerr_format(S, EXC_ValueError,
                            "state with version %s passed to "
                            "Random.setstate() of version 3",
                            s->data);
    }
    Tuple *t = awtuple_from_iterable(S, st);
    if (!t)
        return false;
    if (t->len != 3)
        return awerr_format(S, EXC_ValueError,
                            t->len > 3 ? "too many values to unpack "
                                         "(expected 3)"
                                       : "not enough values to unpack "
                                         "(expected 3, got %zu)",
                            t->len);
    parts = OBJ_VAL(t);
    awgc_push(S, parts);
    Value gauss = t->items[2];
    bool ok = v == 3 ? set_words(S, r, t->items[1])
                     : set_words_v2(S, r, t->items[1]);
    awgc_pop(S, 1);
    if (!ok)
        return false;
    r->has_gauss = IS_FLOAT(gauss);
    r->gauss_next = IS_FLOAT(gauss) ? AS_FLOAT(gauss) : 0.0;
    *out = NONE_VAL;
    return true;
}

/* getrandbits(n * 8).to_bytes(n, 'little'), written byte by byte: the
 * little-endian bytes of the int are those of its words in order. */
static bool r_randbytes(AwState *S, int argc, Value *argv, Tuple *kwnames,
                        Value *out)
{
    static const char *const names[] = {"n"};
    Value nv, n;
    RandState *r = awrandom_state(S, argv[0], "randbytes");
    if (!r || !awrandom_args(S, "randbytes", argc - 1, argv + 1, kwnames,
                             names, 1, 1, 1, &nv) ||
        !awobj_index(S, nv, &n))
        return false;
    if (awint_sign(n) < 0)
        return awerr_format(S, EXC_ValueError,
                            "number of bits must be non-negative");
    if (IS_BIGINT(n) || AS_INT(n) > (int64_t)(AWSTR_MAX_LEN / 8))
        return awerr_nomem(S);
    size_t len = (size_t)AS_INT(n);
    Bytes *b = awbytes_alloc(S, NULL, NULL, len);
    if (!b)
        return false;
    uint64_t k = (uint64_t)len * 8;
    for (size_t i = 0; i < len; k -= 32) {
        uint32_t w = bits_word(r, k);
        for (int j = 0; j < 4 && i < len; j++, w >>= 8)
            b->data[i++] = (uint8_t)w;
    }
    *out = OBJ_VAL(b);
    return true;
}

static const MethodDef core_methods[] = {
    {"randbytes", r_randbytes, MF_METHOD},
    {"seed", r_seed, MF_METHOD},
    {"random", r_random, MF_METHOD},
    {"getrandbits", r_getrandbits, MF_METHOD},
    {"getstate", r_getstate, MF_METHOD},
    {"setstate", r_setstate, MF_METHOD},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------ */
/* The type and the module                                             */

static bool random_new(AwState *S, Type *t, int argc, Value *argv,
                       Tuple *kwnames, Value *out)
{
    static const char *const names[] = {"x"};
    Value x;
    if (!awrandom_args(S, "__init__", argc, argv, kwnames, names, 0, 1, 1,
                       &x))
        return false;
    Native *n = awnative_new(S, t, &random_class, sizeof(RandState));
    if (!n)
        return false;
    *out = OBJ_VAL(n);
    return do_seed(S, (RandState *)n->data, x, NULL_VAL);
}

static Type *make_type(AwState *S)
{
    Type *t = awtype_new(S, "Random", TYPE(S, OBJECT), OBJ_NATIVE,
                         sizeof(Native) + sizeof(RandState));
    if (!t)
        return NULL;
    awgc_push(S, OBJ_VAL(t));
    /* instances are natives: a class statement could not lay one out */
    t->tflags &= ~(uint32_t)TF_BASETYPE;
    t->new_ = random_new;
    t->module = awstr_intern_cstr(S, "random");
    bool ok = t->module && awtype_add_methods(S, t, core_methods) &&
              awtype_add_methods(S, t, awrandom_methods);
    awgc_pop(S, 1);
    return ok ? t : NULL;
}

/* Every method of the type, bound to inst, as a module function. */
static bool bind_all(AwState *S, Module *m, Type *t, Value inst,
                     const MethodDef *defs)
{
    for (; defs->name; defs++) {
        if (defs->name[0] == '_')
            continue;
        CFunction *f = awcfunc_new(S, defs->name, defs->fn, MF_METHOD, inst,
                                   t);
        if (!f || !awmodule_set(S, m, defs->name, OBJ_VAL(f)))
            return false;
    }
    return true;
}

bool awmod_random_init(AwState *S, Module *m)
{
    Type *t = make_type(S);
    if (!t || !awmodule_set(S, m, "Random", OBJ_VAL(t)))
        return false;
    Value inst;
    if (!random_new(S, t, 0, NULL, NULL, &inst))
        return false;
    awgc_push(S, inst);
    bool ok = awmodule_set(S, m, "_inst", inst) &&
              bind_all(S, m, t, inst, core_methods) &&
              bind_all(S, m, t, inst, awrandom_methods);
    awgc_pop(S, 1);
    return ok;
}
