/* Unicode character names (vm/uniname.c): the lookup behind \N{...} in
 * str literals, and its reverse, over tables generated from CPython. */
#ifndef AW_UNINAME_H
#define AW_UNINAME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Room for any name awuni_name writes, its NUL included. */
#define AWUNI_NAME_SIZE 128

/* The code point named by name[0..len) as CPython 3.11's \N{...} reads
 * it: character names and name aliases, ASCII case ignored except in the
 * computed "CJK UNIFIED IDEOGRAPH-XXXX" and "HANGUL SYLLABLE XXX" names;
 * named sequences are not characters. false when nothing has that name.
 * name need not be NUL-terminated; never allocates. */
bool awuni_lookup(const char *name, size_t len, uint32_t *cp);

/* Writes cp's name (unicodedata.name's, no alias) and a NUL to buf, which
 * holds AWUNI_NAME_SIZE bytes; returns its length, 0 when cp has none. */
size_t awuni_name(uint32_t cp, char *buf);

#endif
