/* open() and file objects: the payload of a file (a native object, see
 * vm/object.h) and the functions the io files share.
 *   stdlib/io_buffer.c  the descriptor, the read and write buffers, the
 *                       newline-aware scanner
 *   stdlib/io_file.c    the methods and types (TextIOWrapper, Buffered*,
 *                       FileIO)
 *   stdlib/io_open.c    open(), the _io and io modules, start-up
 *
 * One object does the work of CPython's three layers (FileIO, Buffered*,
 * TextIOWrapper): text is decoded from the read buffer line by line on
 * demand, so that tell() is always a byte offset, as CPython's cookie is
 * whenever its decoder holds no state (UTF-8, Latin-1, ASCII). */
#ifndef AW_IO_H
#define AW_IO_H

#include "vm/state.h"

enum {
    FILE_READ = 1 << 0,
    FILE_WRITE = 1 << 1,
    FILE_APPEND = 1 << 2,
    FILE_BINARY = 1 << 3,
    FILE_RAW = 1 << 4,     /* buffering=0: FileIO, writes go straight out */
    FILE_CLOSEFD = 1 << 5,
    FILE_NOTELL = 1 << 6,  /* text iteration in progress: tell() refused */
    FILE_UTF8 = 1 << 7,    /* characters are UTF-8 sequences, not bytes */
    FILE_CREATE = 1 << 8   /* mode x */
};

/* newline= of a text file */
typedef enum {
    NL_UNIVERSAL, /* None: \r, \n, \r\n end lines and read as \n */
    NL_UNTRANSLATED, /* '': the same endings, kept as they are */
    NL_LF,
    NL_CR,
    NL_CRLF
} NewlineMode;

/* Newline kinds seen while reading (f.newlines). */
enum { SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4 };

#define AWIO_CHUNK 8192 /* io.DEFAULT_BUFFER_SIZE */

typedef struct File {
    int fd; /* -1 once closed */
    unsigned flags;
    uint8_t newline; /* NewlineMode */
    uint8_t seen;    /* SEEN_* */
    bool last_cr;    /* the last byte read in was \r (for SEEN_CRLF) */
    Value name;      /* str, bytes or int */
    Value mode;      /* the mode attribute */
    Value encoding;  /* text: str; binary: NULL_VAL */
    Value errors;
    Value unsupported; /* io.UnsupportedOperation, for the errors */
    char *rbuf;        /* bytes read ahead: rbuf[rpos..rlen) */
    size_t rcap, rpos, rlen;
    char *wbuf; /* bytes not yet written: wbuf[0..wlen) */
    size_t wcap, wlen;
} File;

extern const NativeClass awio_file_class;

/* The File of v, or NULL when v is not a file object. */
File *awio_file(Value v);

/* io_buffer.c. Each returns false with an OSError (errno's subclass)
 * set. None allocates a GC object except through the error. */
AW_NODISCARD bool awio_flush(AwState *S, File *f);
/* At least `need` bytes ahead in the read buffer, or all that is left
 * before the end of the file. */
AW_NODISCARD bool awio_fill(AwState *S, File *f, size_t need);
/* Everything up to the end of the file into the read buffer. */
AW_NODISCARD bool awio_fill_all(AwState *S, File *f);
/* Before a read: pending writes go out. Before a write: the read-ahead is
 * dropped (a binary file seeks back to the logical position first; a text
 * file writes where the read-ahead ended, as CPython's does). */
AW_NODISCARD bool awio_to_read(AwState *S, File *f);
AW_NODISCARD bool awio_to_write(AwState *S, File *f);
/* The logical position; lseek; both flush first. */
AW_NODISCARD bool awio_tell(AwState *S, File *f, int64_t *out);
AW_NODISCARD bool awio_seek(AwState *S, File *f, int64_t off, int whence,
                            int64_t *out);
/* Appends to the write buffer, writing it out past AWIO_CHUNK (at once
 * for FILE_RAW). */
AW_NODISCARD bool awio_write(AwState *S, File *f, const char *p, size_t n);
/* Flushes and closes the descriptor (unless closefd was false) and frees
 * the buffers. The file is closed even when the flush fails. */
AW_NODISCARD bool awio_close(AwState *S, File *f);

/* The bytes of the next read: up to nchars characters (-1: no limit), a
 * line when `line` (with its ending), counted as the file's newline mode
 * and encoding count them. *n is the byte count from rbuf + rpos. */
AW_NODISCARD bool awio_scan(AwState *S, File *f, int64_t nchars, bool line,
                            size_t *n);

/* io_open.c: creates the _io module (sys.modules['_io']) and
 * builtins.open at start-up. */
AW_NODISCARD bool awio_init(AwState *S);
/* io.UnsupportedOperation, the one class that files and sys's streams
 * raise; NULL with an exception set when it cannot be had. */
Type *awio_unsupported(AwState *S);
/* io_memory.c: StringIO and BytesIO, compiled into the io module m. */
AW_NODISCARD bool awio_memory_init(AwState *S, Module *m);
/* io_file.c: the file types, made once by awio_init and kept in _io. */
AW_NODISCARD bool awio_types_init(AwState *S, Module *m);

#endif
