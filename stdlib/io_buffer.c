/* File objects below the methods: the descriptor, the read-ahead and
 * write buffers, and the scanner that finds where a read or a line ends
 * under the file's newline mode and encoding. */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "stdlib/io.h"
#include "vm/gc.h"

/* ------------------------------------------------------------------ */
/* The native class                                                    */

static void file_trace(AwState *S, void *data)
{
    File *f = data;
    awgc_mark_value(S, f->name);
    awgc_mark_value(S, f->mode);
    awgc_mark_value(S, f->encoding);
    awgc_mark_value(S, f->errors);
    awgc_mark_value(S, f->unsupported);
}

/* Writes what is buffered; 0 or an errno. Never raises. */
static int raw_flush(File *f)
{
    size_t done = 0;
    int err = 0;
    while (done < f->wlen) {
        ssize_t r = write(f->fd, f->wbuf + done, f->wlen - done);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            err = r < 0 ? errno : EIO;
            break;
        }
        done += (size_t)r;
    }
    f->wlen = 0; /* what failed is dropped, as a later flush would fail */
    return err;
}

static void free_buffers(AwState *S, File *f)
{
    awmem_free(S, f->rbuf, f->rcap);
    awmem_free(S, f->wbuf, f->wcap);
    f->rbuf = f->wbuf = NULL;
    f->rcap = f->rpos = f->rlen = f->wcap = f->wlen = 0;
}

/* A file collected or left open at the end of the interpreter is
 * flushed and closed; errors cannot be reported then. */
static void file_finalize(AwState *S, void *data)
{
    File *f = data;
    if (f->fd >= 0) {
        raw_flush(f);
        if (f->flags & FILE_CLOSEFD)
            close(f->fd);
        f->fd = -1;
    }
    free_buffers(S, f);
}

const NativeClass awio_file_class = {"file", file_trace, file_finalize};

File *awio_file(Value v)
{
    return awnative_data(v, &awio_file_class);
}

/* ------------------------------------------------------------------ */
/* Reading ahead                                                       */

static bool oserror(AwState *S, int err)
{
    return awerr_from_errno(S, err, NULL_VAL);
}

/* f.newlines: the endings met in the bytes read in (CPython's decoder
 * sees whole chunks, so endings not yet returned count too). */
static void track_newlines(File *f, const char *p, size_t n)
{
    if ((f->flags & FILE_BINARY) ||
        (f->newline != NL_UNIVERSAL && f->newline != NL_UNTRANSLATED))
        return;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\n')
            f->seen |= f->last_cr ? SEEN_CRLF : SEEN_LF;
        else if (f->last_cr)
            f->seen |= SEEN_CR;
        f->last_cr = p[i] == '\r';
    }
}

static bool grow(AwState *S, File *f, size_t room)
{
    if (f->rcap - f->rlen >= room)
        return true;
    size_t cap = f->rcap ? f->rcap : AWIO_CHUNK;
    while (cap - f->rlen < room)
        cap *= 2;
    char *p = awmem_realloc(S, f->rbuf, f->rcap, cap);
    if (p == NULL)
        return awerr_nomem(S);
    f->rbuf = p;
    f->rcap = cap;
    return true;
}

/* One read(2) of up to `room` bytes: *got is 0 at the end of the file. */
static bool read_some(AwState *S, File *f, size_t room, size_t *got)
{
    if (f->rpos > 0 && f->rpos == f->rlen)
        f->rpos = f->rlen = 0;
    if (f->rpos > 0 && f->rcap - f->rlen < room) {
        memmove(f->rbuf, f->rbuf + f->rpos, f->rlen - f->rpos);
        f->rlen -= f->rpos;
        f->rpos = 0;
    }
    if (!grow(S, f, room))
        return false;
    size_t ask = (f->flags & FILE_RAW) ? room : f->rcap - f->rlen;
    ssize_t r;
    do
        r = read(f->fd, f->rbuf + f->rlen, ask);
    while (r < 0 && errno == EINTR);
    if (r < 0)
        return oserror(S, errno);
    *got = (size_t)r;
    if (r == 0 && f->last_cr) { /* a final \r is an ending of its own */
        f->seen |= SEEN_CR;
        f->last_cr = false;
    }
    track_newlines(f, f->rbuf + f->rlen, (size_t)r);
    f->rlen += (size_t)r;
    return true;
}

bool awio_fill(AwState *S, File *f, size_t need)
{
    while (f->rlen - f->rpos < need) {
        size_t want = need - (f->rlen - f->rpos), got;
        /* FileIO (buffering=0) reads no further than it is asked to */
        if (want < AWIO_CHUNK && !(f->flags & FILE_RAW))
            want = AWIO_CHUNK;
        if (!read_some(S, f, want, &got))
            return false;
        if (got == 0)
            break;
    }
    return true;
}

bool awio_fill_all(AwState *S, File *f)
{
    size_t got;
    do
        if (!read_some(S, f, AWIO_CHUNK, &got))
            return false;
    while (got > 0);
    return true;
}

/* ------------------------------------------------------------------ */
/* Writing, positions, closing                                         */

bool awio_flush(AwState *S, File *f)
{
    int err = f->wlen ? raw_flush(f) : 0;
    return err ? oserror(S, err) : true;
}

bool awio_to_read(AwState *S, File *f)
{
    return awio_flush(S, f);
}

bool awio_to_write(AwState *S, File *f)
{
    size_t ahead = f->rlen - f->rpos;
    if (ahead > 0 && (f->flags & FILE_BINARY))
        lseek(f->fd, -(off_t)ahead, SEEK_CUR);
    f->rpos = f->rlen = 0;
    return true;
}

bool awio_write(AwState *S, File *f, const char *p, size_t n)
{
    if (n == 0)
        return true;
    if (f->wcap - f->wlen < n) {
        size_t cap = f->wcap ? f->wcap : AWIO_CHUNK;
        while (cap - f->wlen < n)
            cap *= 2;
        char *q = awmem_realloc(S, f->wbuf, f->wcap, cap);
        if (q == NULL)
            return awerr_nomem(S);
        f->wbuf = q;
        f->wcap = cap;
    }
    memcpy(f->wbuf + f->wlen, p, n);
    f->wlen += n;
    if (f->wlen >= AWIO_CHUNK || (f->flags & FILE_RAW))
        return awio_flush(S, f);
    return true;
}

bool awio_tell(AwState *S, File *f, int64_t *out)
{
    if (!awio_flush(S, f))
        return false;
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0)
        return oserror(S, errno);
    *out = (int64_t)pos - (int64_t)(f->rlen - f->rpos);
    return true;
}

bool awio_seek(AwState *S, File *f, int64_t off, int whence, int64_t *out)
{
    if (!awio_flush(S, f))
        return false;
    if (whence == SEEK_CUR)
        off -= (int64_t)(f->rlen - f->rpos);
    off_t pos = lseek(f->fd, (off_t)off, whence);
    if (pos < 0)
        return oserror(S, errno);
    f->rpos = f->rlen = 0;
    f->last_cr = false;
    *out = (int64_t)pos;
    return true;
}

bool awio_close(AwState *S, File *f)
{
    if (f->fd < 0)
        return true;
    int err = f->wlen ? raw_flush(f) : 0;
    if ((f->flags & FILE_CLOSEFD) && close(f->fd) != 0 && err == 0)
        err = errno;
    f->fd = -1;
    free_buffers(S, f);
    return err ? oserror(S, err) : true;
}

/* ------------------------------------------------------------------ */
/* The scanner                                                         */

static size_t utf8_len(unsigned char c)
{
    return c >= 0xf0 && c < 0xf8 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
}

#define AT(j) ((unsigned char)f->rbuf[f->rpos + (j)])
#define AHEAD (f->rlen - f->rpos)

/* Offsets are kept from rpos: a fill may move the buffered bytes. */
bool awio_scan(AwState *S, File *f, int64_t nchars, bool line, size_t *n)
{
    bool text = !(f->flags & FILE_BINARY);
    NewlineMode nl = text ? (NewlineMode)f->newline : NL_LF;
    bool translate = text && nl == NL_UNIVERSAL;
    size_t j = 0;
    for (int64_t count = 0; nchars < 0 || count < nchars; count++) {
        if (!awio_fill(S, f, j + 1))
            return false;
        if (j >= AHEAD)
            break;
        unsigned char c = AT(j);
        size_t clen = text && (f->flags & FILE_UTF8) ? utf8_len(c) : 1;
        if (clen > 1 && !awio_fill(S, f, j + clen))
            return false;
        j += clen < AHEAD - j ? clen : AHEAD - j;
        if (c == '\r' && (translate || (line && nl == NL_UNTRANSLATED))) {
            /* \r\n is one ending, and one character once translated */
            if (!awio_fill(S, f, j + 1))
                return false;
            if (j < AHEAD && AT(j) == '\n')
                j++;
            if (line)
                break;
            continue;
        }
        if (line && c == (nl == NL_CR ? '\r' : '\n') &&
            (nl != NL_CRLF || (j >= 2 && AT(j - 2) == '\r')))
            break;
    }
    *n = j;
    return true;
}
