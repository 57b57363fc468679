/* SHA-512 (FIPS 180-4), used by random.seed() to hash str and bytes seeds
 * as CPython does; a future hashlib can share it. No allocation, no
 * state outside the context. */
#ifndef AW_SHA512_H
#define AW_SHA512_H

#include <stddef.h>
#include <stdint.h>

typedef struct AwSha512 {
    uint64_t h[8];
    uint64_t nbytes; /* message length so far (2**64 bytes is plenty) */
    uint8_t block[128];
    size_t used; /* bytes waiting in block */
} AwSha512;

void awsha512_init(AwSha512 *c);
void awsha512_update(AwSha512 *c, const void *data, size_t len);
/* Writes the 64-byte digest; c must be initialised again before reuse. */
void awsha512_final(AwSha512 *c, uint8_t digest[64]);

#endif
