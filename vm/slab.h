/* Small blocks carved from pages of one size class (vm/slab.c): what
 * awmem_* use for requests up to AWSLAB_MAX bytes when the host allocator
 * is the C library's. Blocks are 8-aligned, and 16-aligned when their
 * size is a multiple of 16. */
#ifndef AW_SLAB_H
#define AW_SLAB_H

#include <stdbool.h>
#include <stddef.h>

typedef struct AwState AwState;
typedef struct Slab Slab;

#define AWSLAB_MAX 512

/* A block of at least size bytes (1..AWSLAB_MAX), or NULL. */
void *awslab_alloc(AwState *S, size_t size);
/* The block size of p, or 0 when p is not a slab block. */
size_t awslab_size(AwState *S, const void *p);
/* Frees p if it is a slab block; false (and nothing done) otherwise. */
bool awslab_free(AwState *S, void *p);
/* Returns every page (the interpreter ends). */
void awslab_release(AwState *S);

#endif
