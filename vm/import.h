/* The import system (vm/import.c, vm/import_file.c) and the module type's
 * slots (vm/module.c).
 *
 * Modules live in sys.modules (S->modules), keyed by their dotted name. A
 * name is found, in order: in sys.modules; among the C modules CPython
 * compiles into its interpreter (sys, time, itertools...: a file cannot
 * shadow them); for a top-level name, as NAME.aw or NAME/__init__.aw in the
 * directory of the importing file, then in each entry of sys.path (the
 * script's directory, then AW_PATH's entries); for a submodule, in the
 * parent package's __path__; last among the other C modules. */
#ifndef AW_IMPORT_H
#define AW_IMPORT_H

#include "vm/object.h"

/* Module obj.flags: set while the module's body runs, so that a circular
 * import can say it met a partially initialised module. */
enum { MOD_INITIALIZING = 1 };

/* ------------------------------------------------------------------ */
/* Finding and loading (vm/import.c)                                   */

/* Imports the absolute dotted name (a, then a.b, then a.b.c), each part
 * from sys.modules or else found and loaded, and binds each submodule as
 * an attribute of its parent. *out is the last module. globals (may be
 * NULL) gives the importing file's directory (its __file__), searched
 * first for a top-level name. May run aw code (module bodies). */
AW_NODISCARD bool awimport_module(AwState *S, String *name, Dict *globals,
                                  Value *out);

/* Raises exception id (an ImportError family member) with message msg
 * (NULL: an error is already set) and the attributes .name and .path
 * (NULL_VAL for None). Always false. */
bool awimport_error(AwState *S, int id, String *msg, Value name, Value path);

/* ------------------------------------------------------------------ */
/* The import statement (vm/import_stmt.c)                             */

/* __import__(name, globals, fromlist, level): the module `import name`
 * binds (the top package when fromlist is None or empty), or the module
 * itself for `from name import ...`, whose fromlist names are imported as
 * submodules when the module is a package. globals (may be NULL) gives
 * __package__/__name__ for relative imports and __file__ for the
 * importing file's directory. May run aw code (module bodies). */
AW_NODISCARD bool awimport_name(AwState *S, Dict *globals, String *name,
                                Value fromlist, int level, Value *out);
/* `from m import name`: the attribute, else the submodule m.name from
 * sys.modules, else ImportError with CPython's message, .name and .path. */
AW_NODISCARD bool awimport_from(AwState *S, Value module, String *name,
                                Value *out);
/* `from m import *` into locals: the names in __all__, else every name
 * not starting with an underscore. */
AW_NODISCARD bool awimport_star(AwState *S, Value module, Dict *locals);

/* Start-up: the module type's slots and the __import__ builtin. */
AW_NODISCARD bool awimport_init(AwState *S);

/* Registers globals as the namespace of a new module __main__ in
 * sys.modules (replacing an earlier one), loads sys and makes dir the
 * first entry of sys.path ("" for code without a file). May collect. */
AW_NODISCARD bool awimport_main(AwState *S, Dict *globals, const char *dir);

/* ------------------------------------------------------------------ */
/* Source modules (vm/import_file.c)                                   */

/* Looks for module `last` (the final part of the dotted name) in
 * directory dir ("" is the working directory): dir/last/__init__.aw (a
 * package) before dir/last.aw, as CPython's FileFinder. Returns the
 * absolute path of the file in a new string, NULL_VAL in *out when there
 * is none, false only on MemoryError. *is_pkg tells a package. */
AW_NODISCARD bool awimport_find_file(AwState *S, const char *dir, String *last,
                                     Value *out, bool *is_pkg);
/* Creates module `name` from the file at path (absolute), registers it in
 * sys.modules, runs its body and returns it; on failure it is removed
 * from sys.modules and the exception propagates with the module's
 * traceback entries. package is __package__; is_pkg adds __path__. */
AW_NODISCARD bool awimport_exec_file(AwState *S, String *name, String *path,
                                     String *package, bool is_pkg, Value *out);
/* The directory part of path ("" when it has none), as a new string. */
String *awimport_dirname(AwState *S, String *path);

/* ------------------------------------------------------------------ */
/* Module objects (vm/module.c)                                        */

/* Installs getattr (module __getattr__, "partially initialized module"
 * messages), setattr/delattr and __dict__ on the module type. */
void awmodule_type_init(AwState *S);

#endif
