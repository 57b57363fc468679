/* Numbers: int (small and big), bool, float (vm/int.c, vm/float.c) and
 * the format mini-language, str.format and % formatting (vm/format.c). */
#ifndef AW_NUM_H
#define AW_NUM_H

#include "vm/str.h"

/* Parse an int literal or int() argument: digits may hold '_' between
 * digits; base 0 means "from the prefix" (0x, 0o, 0b, else 10). Leading and
 * trailing whitespace and a sign are accepted when `literal` is false.
 * ValueError "invalid literal for int() with base 10: 'x'" on failure. */
AW_NODISCARD bool awint_parse(AwState *S, const char *s, size_t len,
                              int base, bool literal, Value *out);
/* Normalized int from a libtommath value: small when it fits. Takes
 * ownership of n (clears it). */
AW_NODISCARD bool awint_from_mp(AwState *S, mp_int *n, Value *out);
/* Copies any int (small, big or bool) into an initialised mp_int. */
AW_NODISCARD bool awint_to_mp(AwState *S, Value v, mp_int *out);
/* Decimal (or base 2/8/16 with CPython's 0b/0o/0x prefix when prefix)
 * text of an int. */
String *awint_to_str(AwState *S, Value v, int base, bool prefix);
/* int -> double with CPython's OverflowError "int too large to convert to
 * float". */
AW_NODISCARD bool awint_to_double(AwState *S, Value v, double *out);
int awint_sign(Value v); /* -1, 0, 1 of a small or big int */

/* Arithmetic on numbers (bool, int, float in any mix). Writes
 * NotImplemented when an operand is not a number. ZeroDivisionError,
 * OverflowError and ValueError with CPython's messages. */
AW_NODISCARD bool awnum_binop(AwState *S, int op, Value a, Value b,
                              Value *out);
AW_NODISCARD bool awnum_unop(AwState *S, int op, Value a, Value *out);
/* Comparison of two numbers, exact across int and float. */
AW_NODISCARD bool awnum_richcmp(AwState *S, Value a, Value b, int op,
                                Value *out);
/* CPython's numeric hash: hash(1) == hash(1.0) == hash(True), modulus
 * 2**61 - 1. */
int64_t awnum_hash(AwState *S, Value v);
/* pow(a, b, mod) */
AW_NODISCARD bool awnum_pow3(AwState *S, Value a, Value b, Value m,
                             Value *out);
AW_NODISCARD bool awnum_round(AwState *S, Value x, Value ndigits,
                              Value *out);

/* Shortest repr that round-trips, as CPython's float_repr: "0.1", "1e+16",
 * "inf", "nan", "-0.0". buf holds at least 32 bytes. */
void awfloat_repr(double d, char *buf);
/* float(str): CPython's syntax incl. "inf", "nan", "1_000.5", spaces. */
AW_NODISCARD bool awfloat_parse(AwState *S, const char *s, size_t len,
                                bool literal, double *out);

/* format(v, spec) for int, bool, float and str: the whole mini-language
 * (fill, align, sign, #, 0, width, grouping , and _, precision, types
 * d b o x X c e E f F g G n % s r...) with CPython's error messages. */
AW_NODISCARD bool awfmt_spec(AwState *S, Value v, const char *spec,
                             size_t len, StrBuf *out);
/* str.format(*args, **kwargs) and format_map. */
AW_NODISCARD bool awfmt_format(AwState *S, String *fmt, int argc,
                               Value *argv, Tuple *kwnames, Value *out);
/* fmt % args for str (and bytes when is_bytes). */
AW_NODISCARD bool awfmt_percent(AwState *S, Value fmt, Value args,
                                Value *out);

/* ------------------------------------------------------------------ */
/* Shared by vm/int.c, vm/float.c and vm/format.c (and usable by the
 * builtins and math modules).                                         */

/* CPython 3.11's default sys.get_int_max_str_digits(). */
#define AWINT_MAX_STR_DIGITS 4300

/* int(x) for a float: truncation, ValueError for NaN, OverflowError for
 * infinities. */
AW_NODISCARD bool awint_from_double(AwState *S, double d, Value *out);
/* Any number (bool, int, float) as a double; OverflowError for huge ints. */
AW_NODISCARD bool awnum_to_double(AwState *S, Value v, double *out);
/* Appends the text of an int as awint_to_str does. */
AW_NODISCARD bool awint_to_buf(StrBuf *b, Value v, int base, bool prefix);
/* int(x, base) for a str or bytes x, with CPython's ValueError. */
AW_NODISCARD bool awint_from_text(AwState *S, Value x, int base,
                                  Value *out);
/* The scanner behind awint_parse: 1 ok, 0 syntax error (nothing raised),
 * -1 other error (raised). bytes: s is not UTF-8. */
int awint_scan(AwState *S, const char *s, size_t len, int base, bool bytes,
               Value *out);
/* ValueError "invalid literal for int() with base N: <repr of src>". */
bool awint_literal_error(AwState *S, Value src, int base);
/* s as ASCII into dst (room for len bytes): Unicode decimal digits become
 * '0'..'9', Unicode spaces ' ', other non-ASCII characters '?' (bytes:
 * every byte >= 0x80 is '?'). Returns the length. */
size_t awnum_ascii_copy(const char *s, size_t len, bool bytes, char *dst);
/* r = round(x / 2**s, -k) exactly (half to even; k > 0, s >= 0). */
AW_NODISCARD bool awnum_mp_round_pow10(AwState *S, const mp_int *x,
                                       int64_t k, int s, mp_int *r);
/* Correctly rounded mp_int -> double; OverflowError "int too large to
 * convert to float". */
AW_NODISCARD bool awnum_mp_to_double(AwState *S, const mp_int *n,
                                     double *out);
/* divmod(a, b) for numbers: a tuple, NotImplemented for non-numbers, and
 * CPython's "float divmod()" ZeroDivisionError. */
AW_NODISCARD bool awnum_divmod(AwState *S, Value a, Value b, Value *out);
/* Shared method helpers: argument-less check, __format__, format slot. */
AW_NODISCARD bool awnum_noargs(AwState *S, const char *name, int argc,
                               Tuple *kwnames);
AW_NODISCARD bool awnum_round_args(AwState *S, int argc, Value *argv,
                                   Tuple *kwnames, Value *nd);
AW_NODISCARD bool awnum_format_method(AwState *S, int argc, Value *argv,
                                      Tuple *kwnames, Value *out);
AW_NODISCARD bool awnum_format_slot(AwState *S, Value self, String *spec,
                                    Value *out);

/* Flags of awfloat_format, as CPython's Py_DTSF_*. */
enum {
    AWF_SIGN = 1,      /* always write a sign */
    AWF_ADD_DOT_0 = 2, /* integral values get ".0" (repr, empty type) */
    AWF_ALT = 4,       /* '#': keep the point and trailing zeros */
    AWF_NO_NEG_0 = 8   /* 'z': -0.0 rounds to 0.0 */
};
/* CPython's PyOS_double_to_string: code is one of e E f F g G r (r: the
 * shortest repr, prec must be 0); appends to b. */
void awfloat_format(StrBuf *b, double d, char code, int prec,
                    unsigned flags);
/* float arithmetic for awnum_binop (op a plain BinOp, not a shift). */
AW_NODISCARD bool awfloat_binop(AwState *S, int op, double a, double b,
                                Value *out);
/* Exact comparison of a float with an int (or bool): *res is -1, 0, 1 as
 * f <, ==, > n, or 2 when f is NaN. */
AW_NODISCARD bool awfloat_cmp_int(AwState *S, double f, Value n, int *res);
int64_t awfloat_hash(double d);
/* round(x) (has_nd false: an int) and round(x, nd) (a float). */
AW_NODISCARD bool awfloat_round(AwState *S, double x, bool has_nd,
                                int64_t nd, Value *out);
AW_NODISCARD bool awfloat_init(AwState *S); /* the float type */

/* format_map(mapping): like awfmt_format with keyword lookups in mapping
 * and no positional arguments. */
AW_NODISCARD bool awfmt_format_map(AwState *S, String *fmt, Value mapping,
                                   Value *out);
/* ascii(v): repr(v) with non-ASCII characters escaped. */
AW_NODISCARD bool awfmt_ascii(AwState *S, Value v, Value *out);

#endif
