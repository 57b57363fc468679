/* json.JSONEncoder and json.JSONDecoder. They are ordinary classes so
 * that programs can subclass them (class MyEncoder(json.JSONEncoder) with
 * its own default()), written in aw itself on top of the C dumps and
 * loads, and compiled into the json module when it is first imported. */
#include <string.h>

#include "lang/compile.h"
#include "stdlib/json.h"
#include "vm/gc.h"
#include "vm/interp.h"

static const char json_classes_src[] =
    "class JSONEncoder:\n"
    "    item_separator = ', '\n"
    "    key_separator = ': '\n"
    "\n"
    "    def __init__(self, *, skipkeys=False, ensure_ascii=True,\n"
    "                 check_circular=True, allow_nan=True, sort_keys=False,\n"
    "                 indent=None, separators=None, default=None):\n"
    "        self.skipkeys = skipkeys\n"
    "        self.ensure_ascii = ensure_ascii\n"
    "        self.check_circular = check_circular\n"
    "        self.allow_nan = allow_nan\n"
    "        self.sort_keys = sort_keys\n"
    "        self.indent = indent\n"
    "        if separators is not None:\n"
    "            self.item_separator, self.key_separator = separators\n"
    "        elif indent is not None:\n"
    "            self.item_separator = ','\n"
    "        if default is not None:\n"
    "            self.default = default\n"
    "\n"
    "    def default(self, o):\n"
    "        raise TypeError(f'Object of type {o.__class__.__name__} '\n"
    "                        f'is not JSON serializable')\n"
    "\n"
    "    def encode(self, o):\n"
    "        return dumps(o, skipkeys=self.skipkeys,\n"
    "                     ensure_ascii=self.ensure_ascii,\n"
    "                     check_circular=self.check_circular,\n"
    "                     allow_nan=self.allow_nan, indent=self.indent,\n"
    "                     separators=(self.item_separator,\n"
    "                                 self.key_separator),\n"
    "                     default=self.default, sort_keys=self.sort_keys)\n"
    "\n"
    "    def iterencode(self, o, _one_shot=False):\n"
    "        return iter((self.encode(o),))\n"
    "\n"
    "\n"
    "class JSONDecoder:\n"
    "    def __init__(self, *, object_hook=None, parse_float=None,\n"
    "                 parse_int=None, parse_constant=None, strict=True,\n"
    "                 object_pairs_hook=None):\n"
    "        self.object_hook = object_hook\n"
    "        self.parse_float = parse_float or float\n"
    "        self.parse_int = parse_int or int\n"
    "        self.parse_constant = parse_constant\n"
    "        self.strict = strict\n"
    "        self.object_pairs_hook = object_pairs_hook\n"
    "\n"
    "    def decode(self, s):\n"
    "        return loads(s, object_hook=self.object_hook,\n"
    "                     parse_float=self.parse_float,\n"
    "                     parse_int=self.parse_int,\n"
    "                     parse_constant=self.parse_constant,\n"
    "                     strict=self.strict,\n"
    "                     object_pairs_hook=self.object_pairs_hook)\n";

bool awjson_classes_init(AwState *S, Module *m)
{
    Code *code = awcomp_compile(S, json_classes_src,
                                sizeof json_classes_src - 1, "<json>",
                                PARSE_FILE);
    if (code == NULL)
        return false;
    awgc_push(S, OBJ_VAL(code));
    Value r;
    bool ok = awvm_run(S, code, m->dict, &r);
    awgc_pop(S, 1);
    return ok;
}
