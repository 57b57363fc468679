/* The parts of the sys module (stdlib/mod_sys.c) kept in their own
 * files. */
#ifndef AW_MOD_SYS_H
#define AW_MOD_SYS_H

#include "vm/object.h"

/* Sets m.stdin, m.stdout, m.stderr and their __stdin__... twins to new
 * stream objects (stdlib/sys_io.c). May collect. */
AW_NODISCARD bool awsys_add_streams(AwState *S, Module *m);

/* Sets version, version_info, hexversion, implementation, platform,
 * byteorder, maxsize, maxunicode and executable (stdlib/sys_info.c). May
 * collect. */
AW_NODISCARD bool awsys_add_info(AwState *S, Module *m);

/* The builtins exit() and quit(), when the host grants AW_MOD_EXIT
 * (stdlib/mod_sys.c). */
AW_NODISCARD bool awsys_add_exit(AwState *S, Dict *builtins);

/* True when v is the interpreter's own stream on file descriptor fd
 * (stdlib/sys_io.c). */
bool awsys_is_stream(AwState *S, Value v, int fd);

#endif
