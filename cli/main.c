/* The aw command: runs a script file, a -c string or stdin, or prints the
 * bytecode of a file. A host of libaw like any other: include/aw.h only. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "aw.h"

static const char usage_text[] =
    "usage: aw [option] [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd        program passed in as a string (ends the option list)\n"
    "  --dis file    print the bytecode of file instead of running it\n"
    "  --virtual-time  run the event loop on a simulated clock that jumps\n"
    "                to the next timer instead of sleeping\n"
    "  -h, --help    print this help message and exit\n"
    "  -V, --version print the version number and exit\n"
    "Arguments:\n"
    "  file          program read from a script file\n"
    "  -             program read from stdin\n"
    "  arg ...       arguments passed to the program in sys.argv[1:]\n";

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "aw: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n%s", usage_text);
    return 2;
}

/* The whole of stdin, NUL-terminated, or NULL. */
static char *read_stdin(void)
{
    size_t cap = 8192, len = 0;
    char *buf = malloc(cap);
    while (buf) {
        len += fread(buf + len, 1, cap - 1 - len, stdin);
        if (len < cap - 1)
            break;
        char *nb = realloc(buf, cap * 2);
        if (!nb)
            free(buf);
        buf = nb;
        cap *= 2;
    }
    if (buf)
        buf[len] = '\0';
    return buf;
}

typedef enum { RUN_FILE, RUN_STRING, RUN_STDIN, RUN_DIS } Mode;

typedef struct Options {
    Mode mode;
    const char *target; /* the file, the -c code */
    int first_arg;      /* argv index of what becomes sys.argv[0] */
    int virtual_time;
} Options;

/* 0 to run, -1 when done (help, version), else the usage error status. */
static int parse_args(int argc, char **argv, Options *o)
{
    int i = 1;
    while (i < argc && strcmp(argv[i], "--virtual-time") == 0) {
        o->virtual_time = 1;
        i++;
    }
    if (i < argc && strcmp(argv[i], "--") == 0)
        i++;
    else if (i < argc && argv[i][0] == '-' && argv[i][1] != '\0') {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(usage_text, stdout);
            return -1;
        }
        if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
            printf("aw %s\n", aw_version());
            return -1;
        }
        if (strcmp(a, "-c") != 0 && strcmp(a, "--dis") != 0)
            return usage_error("unknown option %s", a);
        if (i + 1 >= argc)
            return usage_error("argument expected for the %s option", a);
        o->mode = a[1] == 'c' ? RUN_STRING : RUN_DIS;
        o->target = argv[i + 1];
        o->first_arg = i; /* sys.argv[0] is "-c", as in CPython */
        return 0;
    }
    if (i >= argc && !isatty(STDIN_FILENO)) {
        /* no program: read it from stdin, sys.argv == [''] as CPython */
        o->mode = RUN_STDIN;
        o->first_arg = 0;
        argv[0] = "";
        return 0;
    }
    if (i >= argc)
        return usage_error("%s", "no program given");
    o->mode = strcmp(argv[i], "-") == 0 ? RUN_STDIN : RUN_FILE;
    o->target = argv[i];
    o->first_arg = i;
    return 0;
}

static int run(AwState *S, Options *o, int argc, char **argv)
{
    if (o->mode == RUN_DIS)
        return aw_dis_file(S, o->target);
    if (o->mode == RUN_STRING) {
        /* drop the code itself: sys.argv == ['-c', args...] */
        argv[o->first_arg + 1] = argv[o->first_arg];
        o->first_arg++;
    }
    aw_set_argv(S, argc - o->first_arg, argv + o->first_arg);
    if (o->mode == RUN_FILE)
        return aw_run_file(S, o->target);
    if (o->mode == RUN_STRING)
        return aw_run_string(S, o->target, "<string>");
    char *code = read_stdin();
    if (!code) {
        fputs("aw: cannot read the program from stdin\n", stderr);
        return 1;
    }
    int status = aw_run_string(S, code, "<stdin>");
    free(code);
    return status;
}

int main(int argc, char **argv)
{
    /* full buffering when piped, for speed; tracebacks flush first */
    if (!isatty(STDOUT_FILENO))
        setvbuf(stdout, NULL, _IOFBF, 1 << 16);
    Options o = {RUN_FILE, NULL, 1, 0};
    int status = parse_args(argc, argv, &o);
    if (status != 0) {
        fflush(stdout);
        return status < 0 ? 0 : status;
    }
    AwState *S = aw_new();
    if (!S) {
        fputs("aw: out of memory\n", stderr);
        return 1;
    }
    if (o.virtual_time)
        aw_set_virtual_time(S, 1);
    status = run(S, &o, argc, argv);
    fflush(stdout);
    aw_free(S);
    return status;
}
