/* aw_post, the one entry of the API that any thread may call, and the
 * wake descriptor (aw_loop_fd) that lets a post wake a sleeping loop.
 *
 * Posts wait in a mutex-protected FIFO until the loop thread takes them
 * all at the start of a round (awhost_run_posts). The descriptor is an
 * eventfd (a pipe elsewhere), made at its first use by the loop thread;
 * a post writes to it only when no wake is pending, so it holds at most
 * one, however many posts come, and the round that takes the posts
 * drains it. Nodes come from malloc, not the host's allocator, which
 * need not be thread-safe. */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/eventfd.h>
#endif

#include "runtime/loop.h"

typedef struct PostNode {
    struct PostNode *next;
    AwPostFn fn;
    void *ud;
} PostNode;

typedef struct HostPost HostPost;

struct HostPost {
    pthread_mutex_t lock;
    PostNode *head, *tail; /* under lock */
    atomic_size_t count;   /* nodes queued, read without the lock */
    int rfd, wfd;          /* the same eventfd, or a pipe's ends; -1 */
    bool signalled;        /* a wake written and not drained (under lock) */
};

bool awhost_init(AwState *S)
{
    HostPost *p = S->alloc(S->alloc_ud, NULL, 0, sizeof *p);
    if (p == NULL)
        return false;
    if (pthread_mutex_init(&p->lock, NULL) != 0) {
        S->alloc(S->alloc_ud, p, sizeof *p, 0);
        return false;
    }
    p->head = p->tail = NULL;
    atomic_init(&p->count, 0);
    p->rfd = p->wfd = -1;
    p->signalled = false;
    S->post = p;
    return true;
}

void awhost_free(AwState *S)
{
    HostPost *p = S->post;
    if (p == NULL)
        return;
    /* posts never run are dropped: their callers may not outlive S */
    for (PostNode *n = p->head, *next; n != NULL; n = next) {
        next = n->next;
        free(n);
    }
    if (p->rfd >= 0)
        close(p->rfd);
    if (p->wfd >= 0 && p->wfd != p->rfd)
        close(p->wfd);
    pthread_mutex_destroy(&p->lock);
    S->alloc(S->alloc_ud, p, sizeof *p, 0);
    S->post = NULL;
}

/* Under the lock. */
static void signal_wake(HostPost *p)
{
    if (p->signalled || p->wfd < 0)
        return;
#if defined(__linux__)
    uint64_t one = 1;
    ssize_t r = write(p->wfd, &one, sizeof one);
#else
    ssize_t r = write(p->wfd, "", 1);
#endif
    p->signalled = r > 0;
}

/* Under the lock. */
static void drain_wake(HostPost *p)
{
    if (!p->signalled)
        return;
    char buf[64];
    while (read(p->rfd, buf, sizeof buf) > 0)
        ;
    p->signalled = false;
}

static bool make_wake_fd(HostPost *p)
{
#if defined(__linux__)
    p->rfd = p->wfd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    return p->rfd >= 0;
#else
    int fds[2];
    if (pipe(fds) != 0)
        return false;
    for (int i = 0; i < 2; i++) {
        fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
        fcntl(fds[i], F_SETFD, FD_CLOEXEC);
    }
    p->rfd = fds[0];
    p->wfd = fds[1];
    return true;
#endif
}

int awhost_wake_fd(AwState *S)
{
    HostPost *p = S->post;
    pthread_mutex_lock(&p->lock);
    /* posts made before the descriptor existed must still wake */
    if (p->rfd < 0 && make_wake_fd(p) && p->head != NULL)
        signal_wake(p);
    int fd = p->rfd;
    pthread_mutex_unlock(&p->lock);
    return fd;
}

bool awhost_posted(AwState *S)
{
    return atomic_load_explicit(&S->post->count, memory_order_acquire) > 0;
}

void awhost_run_posts(AwState *S)
{
    HostPost *p = S->post;
    if (!awhost_posted(S))
        return;
    pthread_mutex_lock(&p->lock);
    PostNode *n = p->head;
    p->head = p->tail = NULL;
    atomic_store_explicit(&p->count, 0, memory_order_release);
    drain_wake(p);
    pthread_mutex_unlock(&p->lock);
    while (n != NULL) {
        PostNode *next = n->next;
        AwPostFn fn = n->fn;
        void *ud = n->ud;
        free(n);
        fn(S, ud);
        n = next;
    }
}

AW_API int aw_post(AwState *S, AwPostFn fn, void *ud)
{
    if (S == NULL || fn == NULL)
        return AW_ERROR;
    PostNode *n = malloc(sizeof *n);
    if (n == NULL)
        return AW_ERROR;
    n->next = NULL;
    n->fn = fn;
    n->ud = ud;
    HostPost *p = S->post;
    pthread_mutex_lock(&p->lock);
    if (p->tail)
        p->tail->next = n;
    else
        p->head = n;
    p->tail = n;
    atomic_fetch_add_explicit(&p->count, 1, memory_order_release);
    signal_wake(p);
    pthread_mutex_unlock(&p->lock);
    return AW_OK;
}

AW_API int aw_loop_fd(AwState *S)
{
    return S == NULL ? -1 : awhost_wake_fd(S);
}
