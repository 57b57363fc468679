/* Small blocks from pages of one size class each (vm/slab.h).
 *
 * Most objects are small and many live long (a sleeping task is three of
 * them), so the 8 to 16 bytes a general allocator adds to each one count:
 * here a block costs its size rounded to 8, and allocating or freeing one
 * is a few instructions on a free list.
 *
 * Pages are SLAB_PAGE bytes, aligned to their size, and hold blocks of one
 * class after a small header; they are cut from chunks of SLAB_CHUNK bytes
 * mapped from the system (an aligned malloc of each page would waste
 * about as much as it saves). The set of pages is kept in a hash set, so
 * whether a pointer is a slab block is known from the pointer itself: a
 * caller that misstates a block's size can never make a malloc'd block
 * join a free list, nor a block be reused as a larger one. Pages go back to
 * the C library when the interpreter ends. */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "vm/slab.h"
#include "vm/state.h"

#define SLAB_PAGE ((uintptr_t)1 << 16)
#define SLAB_CHUNK ((size_t)1 << 21) /* 32 pages */
#define SLAB_GRAIN 8
#define SLAB_CLASSES (AWSLAB_MAX / SLAB_GRAIN)
#define HEADER 16 /* keeps blocks of 16-multiple classes 16-aligned */

typedef struct PageHeader {
    uint32_t size; /* the block size of this page's class */
} PageHeader;

struct Slab {
    void *free[SLAB_CLASSES];
    unsigned char *bump[SLAB_CLASSES], *end[SLAB_CLASSES];
    uintptr_t *pages; /* open addressing; 0 empty */
    size_t mask, npages;
    unsigned char *next_page, *chunk_end; /* the chunk being cut */
    void **chunks; /* every mapped chunk, for awslab_release */
    size_t nchunks, capchunks;
};

/* A new chunk of SLAB_CHUNK bytes aligned to SLAB_PAGE: map more, trim. */
static bool new_chunk(Slab *sl)
{
    if (sl->nchunks == sl->capchunks) {
        size_t ncap = sl->capchunks ? sl->capchunks * 2 : 16;
        void **t = realloc(sl->chunks, ncap * sizeof *t);
        if (t == NULL)
            return false;
        sl->chunks = t;
        sl->capchunks = ncap;
    }
    size_t len = SLAB_CHUNK + SLAB_PAGE;
    unsigned char *m = mmap(NULL, len, PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED)
        return false;
    uintptr_t a = ((uintptr_t)m + SLAB_PAGE - 1) & ~(SLAB_PAGE - 1);
    size_t head = a - (uintptr_t)m;
    if (head)
        munmap(m, head);
    if (SLAB_PAGE - head)
        munmap((unsigned char *)a + SLAB_CHUNK, SLAB_PAGE - head);
    sl->chunks[sl->nchunks++] = (void *)a;
    sl->next_page = (unsigned char *)a;
    sl->chunk_end = (unsigned char *)a + SLAB_CHUNK;
    return true;
}

static size_t page_hash(uintptr_t page, size_t mask)
{
    uint64_t h = (uint64_t)(page >> 16) * 0x9e3779b97f4a7c15ull;
    return (size_t)(h >> 32) & mask;
}

static bool set_insert(Slab *sl, uintptr_t page)
{
    if ((sl->npages + 1) * 2 > sl->mask + 1) {
        size_t ncap = sl->pages ? (sl->mask + 1) * 2 : 64;
        uintptr_t *t = calloc(ncap, sizeof *t);
        if (t == NULL)
            return false;
        for (size_t i = 0; sl->pages && i <= sl->mask; i++) {
            if (sl->pages[i] == 0)
                continue;
            size_t j = page_hash(sl->pages[i], ncap - 1);
            while (t[j] != 0)
                j = (j + 1) & (ncap - 1);
            t[j] = sl->pages[i];
        }
        free(sl->pages);
        sl->pages = t;
        sl->mask = ncap - 1;
    }
    size_t j = page_hash(page, sl->mask);
    while (sl->pages[j] != 0)
        j = (j + 1) & sl->mask;
    sl->pages[j] = page;
    sl->npages++;
    return true;
}

/* The header of the page holding p, or NULL when p is not a slab block. */
static PageHeader *page_of(Slab *sl, const void *p)
{
    if (sl == NULL || sl->pages == NULL)
        return NULL;
    uintptr_t page = (uintptr_t)p & ~(SLAB_PAGE - 1);
    for (size_t j = page_hash(page, sl->mask); sl->pages[j] != 0;
         j = (j + 1) & sl->mask)
        if (sl->pages[j] == page)
            return (PageHeader *)page;
    return NULL;
}

static bool new_page(Slab *sl, size_t c)
{
    if (sl->next_page == sl->chunk_end && !new_chunk(sl))
        return false;
    void *p = sl->next_page;
    if (!set_insert(sl, (uintptr_t)p))
        return false;
    sl->next_page += SLAB_PAGE;
    size_t size = (c + 1) * SLAB_GRAIN;
    ((PageHeader *)p)->size = (uint32_t)size;
    sl->bump[c] = (unsigned char *)p + HEADER;
    sl->end[c] = (unsigned char *)p + HEADER +
                 (SLAB_PAGE - HEADER) / size * size;
    return true;
}

void *awslab_alloc(AwState *S, size_t size)
{
    Slab *sl = S->slab;
    if (sl == NULL) {
        if ((sl = calloc(1, sizeof *sl)) == NULL)
            return NULL;
        S->slab = sl;
    }
    size_t c = (size - 1) / SLAB_GRAIN;
    void *q = sl->free[c];
    if (q != NULL) {
        memcpy(&sl->free[c], q, sizeof(void *));
        return q;
    }
    size_t bsize = (c + 1) * SLAB_GRAIN;
    if ((sl->bump[c] == NULL || sl->bump[c] + bsize > sl->end[c]) &&
        !new_page(sl, c))
        return NULL;
    q = sl->bump[c];
    sl->bump[c] += bsize;
    return q;
}

size_t awslab_size(AwState *S, const void *p)
{
    PageHeader *h = page_of(S->slab, p);
    return h ? h->size : 0;
}

bool awslab_free(AwState *S, void *p)
{
    PageHeader *h = page_of(S->slab, p);
    if (h == NULL)
        return false;
    Slab *sl = S->slab;
    size_t c = h->size / SLAB_GRAIN - 1;
    memcpy(p, &sl->free[c], sizeof(void *));
    sl->free[c] = p;
    return true;
}

void awslab_release(AwState *S)
{
    Slab *sl = S->slab;
    if (sl == NULL)
        return;
    for (size_t i = 0; i < sl->nchunks; i++)
        munmap(sl->chunks[i], SLAB_CHUNK);
    free(sl->chunks);
    free(sl->pages);
    free(sl);
    S->slab = NULL;
}
