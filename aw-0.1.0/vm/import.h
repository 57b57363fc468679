/* The import system: IMPORT_NAME, IMPORT_FROM and IMPORT_STAR. */
#ifndef AW_IMPORT_H
#define AW_IMPORT_H

#include "vm/object.h"

/* __import__(name, globals, fromlist, level): the module `import name`
 * binds (the top package when fromlist is None or empty), or the module
 * itself for `from name import ...`. */
AW_NODISCARD bool awimport_name(AwState *S, Dict *globals, String *name,
                                Value fromlist, int level, Value *out);
/* `from m import name`: the attribute, or ImportError. */
AW_NODISCARD bool awimport_from(AwState *S, Value module, String *name,
                                Value *out);
/* `from m import *` into locals: the names in __all__, else every name
 * not starting with an underscore. */
AW_NODISCARD bool awimport_star(AwState *S, Value module, Dict *locals);

#endif
